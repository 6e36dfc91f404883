#include "ui/editor/articlefields.h"

#include <QCoreApplication>
#include <QLocale>

namespace PortalDesk::Ui::ArticleFields {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ui::ArticleFields", text);
}

QString time(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return tr("(not set)");
    return QLocale().toString(moment.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QString label(ArticleField field)
{
    switch (field) {
    case ArticleField::Language:
        return tr("Language");
    case ArticleField::Section:
        return tr("Section");
    case ArticleField::Columns:
        return tr("Columns");
    case ArticleField::Kicker:
        return tr("Kicker");
    case ArticleField::Headline:
        return tr("Headline");
    case ArticleField::Standfirst:
        return tr("Standfirst");
    case ArticleField::Byline:
        return tr("Byline");
    case ArticleField::Source:
        return tr("Source");
    case ArticleField::Dateline:
        return tr("Dateline");
    case ArticleField::Body:
        return tr("Body");
    case ArticleField::Photos:
        return tr("Photos");
    case ArticleField::OriginalLink:
        return tr("Original link");
    case ArticleField::Credit:
        return tr("Credit");
    case ArticleField::Slug:
        return tr("Slug");
    case ArticleField::Status:
        return tr("Status");
    case ArticleField::PublishAt:
        return tr("Publish time");
    case ArticleField::Embargo:
        return tr("Embargo until");
    case ArticleField::TranslationGroup:
        return tr("Translation group");
    case ArticleField::SimplifiedBody:
        return tr("Simplified edition body");
    case ArticleField::Notes:
        return tr("Desk notes");
    }
    return {};
}

QString display(const Article &article, ArticleField field, const QTimeZone &zone)
{
    switch (field) {
    case ArticleField::Language:
        return languageTag(article.language);
    case ArticleField::Columns:
        return article.columns.join(QStringLiteral(", "));
    case ArticleField::Photos: {
        QStringList lines;
        for (const Photo &photo : article.photos)
            lines.append(photo.file + QStringLiteral(" — ") + photo.caption);
        return lines.join(u'\n');
    }
    case ArticleField::Status:
        return statusName(article.status);
    case ArticleField::PublishAt:
        return time(article.publishAt, zone);
    case ArticleField::Embargo:
        return time(article.embargoUntil, zone);
    default:
        return value(article, field).toString();
    }
}

std::optional<ArticleField> fromErrorField(const QString &name)
{
    static const QHash<QString, ArticleField> names { { QStringLiteral("headline"), ArticleField::Headline },
        { QStringLiteral("slug"), ArticleField::Slug }, { QStringLiteral("section"), ArticleField::Section },
        { QStringLiteral("columns"), ArticleField::Columns },
        { QStringLiteral("original_link"), ArticleField::OriginalLink },
        { QStringLiteral("photos"), ArticleField::Photos },
        { QStringLiteral("publish_at"), ArticleField::PublishAt },
        { QStringLiteral("embargo"), ArticleField::Embargo }, { QStringLiteral("body"), ArticleField::Body },
        { QStringLiteral("language"), ArticleField::Language },
        { QStringLiteral("zh_hans_override"), ArticleField::SimplifiedBody },
        { QStringLiteral("notes"), ArticleField::Notes } };
    if (auto found = names.constFind(name); found != names.cend())
        return *found;
    return std::nullopt;
}

bool isTyped(ArticleField field)
{
    switch (field) {
    case ArticleField::Kicker:
    case ArticleField::Headline:
    case ArticleField::Standfirst:
    case ArticleField::Byline:
    case ArticleField::Source:
    case ArticleField::Dateline:
    case ArticleField::OriginalLink:
    case ArticleField::Credit:
    case ArticleField::Slug:
    case ArticleField::SimplifiedBody:
    case ArticleField::Notes:
    case ArticleField::PublishAt:
    case ArticleField::Embargo:
        return true;
    default:
        return false;
    }
}

} // namespace PortalDesk::Ui::ArticleFields
