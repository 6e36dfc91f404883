#include "core/content/articlefields.h"

namespace PortalDesk::FieldValues {

namespace {

QString *textField(Article &article, ArticleField field)
{
    switch (field) {
    case ArticleField::Section:
        return &article.section;
    case ArticleField::Kicker:
        return &article.kicker;
    case ArticleField::Headline:
        return &article.headline;
    case ArticleField::Standfirst:
        return &article.standfirst;
    case ArticleField::Byline:
        return &article.byline;
    case ArticleField::Source:
        return &article.source;
    case ArticleField::Dateline:
        return &article.dateline;
    case ArticleField::Body:
        return &article.body;
    case ArticleField::OriginalLink:
        return &article.originalLink;
    case ArticleField::Credit:
        return &article.credit;
    case ArticleField::Slug:
        return &article.slug;
    case ArticleField::TranslationGroup:
        return &article.translationGroup;
    case ArticleField::SimplifiedBody:
        return &article.simplifiedOverride;
    case ArticleField::Notes:
        return &article.notes;
    default:
        return nullptr;
    }
}

} // namespace

const QList<ArticleField> &all()
{
    static const QList<ArticleField> fields { ArticleField::Language, ArticleField::Section,
        ArticleField::Columns, ArticleField::Kicker, ArticleField::Headline, ArticleField::Standfirst,
        ArticleField::Byline, ArticleField::Source, ArticleField::Dateline, ArticleField::Body,
        ArticleField::SimplifiedBody, ArticleField::Photos, ArticleField::OriginalLink, ArticleField::Credit,
        ArticleField::Notes, ArticleField::Slug, ArticleField::Status, ArticleField::PublishAt,
        ArticleField::Embargo, ArticleField::TranslationGroup };
    return fields;
}

QVariant value(const Article &article, ArticleField field)
{
    switch (field) {
    case ArticleField::Language:
        return static_cast<int>(article.language);
    case ArticleField::Columns:
        return article.columns;
    case ArticleField::Photos:
        return QVariant::fromValue(article.photos);
    case ArticleField::Status:
        return static_cast<int>(article.status);
    case ArticleField::PublishAt:
        return article.publishAt;
    case ArticleField::Embargo:
        return article.embargoUntil;
    default:
        return *textField(const_cast<Article &>(article), field);
    }
}

void setValue(Article &article, ArticleField field, const QVariant &value)
{
    switch (field) {
    case ArticleField::Language:
        article.language = static_cast<Language>(value.toInt());
        return;
    case ArticleField::Columns:
        article.columns = value.toStringList();
        return;
    case ArticleField::Photos:
        article.photos = value.value<QList<Photo>>();
        return;
    case ArticleField::Status:
        article.status = static_cast<ArticleStatus>(value.toInt());
        return;
    case ArticleField::PublishAt:
        article.publishAt = value.toDateTime();
        return;
    case ArticleField::Embargo:
        article.embargoUntil = value.toDateTime();
        return;
    default:
        *textField(article, field) = value.toString();
    }
}

QList<ArticleField> differing(const Article &a, const Article &b)
{
    QList<ArticleField> fields;
    for (ArticleField field : all()) {
        if (value(a, field) != value(b, field))
            fields.append(field);
    }
    return fields;
}

} // namespace PortalDesk::FieldValues
