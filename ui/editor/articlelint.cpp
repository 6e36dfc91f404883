#include "ui/editor/articlelint.h"

#include "core/content/articlefields.h"
#include "core/text/lintcontent.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articleform.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/photolist.h"
#include "ui/editor/simplifiedbody.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QUndoStack>

namespace PortalDesk::Ui::ArticleLint {

namespace {

const QString body = QStringLiteral("body");
const QString simplifiedBody = QStringLiteral("zh_hans/body");

// The document field a ContentLint key stands for; photos are one field, Photos.
std::optional<ArticleField> fieldOf(const QString &key)
{
    static const QHash<QString, ArticleField> fields {
        { QStringLiteral("kicker"), ArticleField::Kicker },
        { QStringLiteral("headline"), ArticleField::Headline },
        { QStringLiteral("standfirst"), ArticleField::Standfirst },
        { QStringLiteral("byline"), ArticleField::Byline },
        { QStringLiteral("source"), ArticleField::Source },
        { QStringLiteral("dateline"), ArticleField::Dateline },
        { body, ArticleField::Body },
        { simplifiedBody, ArticleField::SimplifiedBody },
        { QStringLiteral("credit"), ArticleField::Credit },
    };
    if (key.startsWith(u"photos/"))
        return ArticleField::Photos;
    if (const auto it = fields.constFind(key); it != fields.cend())
        return *it;
    return std::nullopt;
}

// "photos/2/caption" → index 1 and the photo's text; nullptr when it has gone.
QString *photoText(QList<Photo> &photos, const QString &key)
{
    const QStringList parts = key.split(u'/');
    const qsizetype index = parts.value(1).toLongLong() - 1;
    if (parts.size() != 3 || index < 0 || index >= photos.size())
        return nullptr;
    Photo &photo = photos[index];
    if (parts.at(2) == u"caption")
        return &photo.caption;
    if (parts.at(2) == u"credit")
        return &photo.credit;
    if (parts.at(2) == u"alt")
        return &photo.alt;
    return nullptr;
}

void select(QPlainTextEdit *edit, qsizetype offset, qsizetype size)
{
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(int(offset));
    cursor.setPosition(int(offset + size), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    edit->setFocus(Qt::OtherFocusReason);
}

} // namespace

QList<ArticleFinding> findings(const Article &article, const LintOptions &house)
{
    QList<ArticleFinding> out;
    for (LintFinding &finding : ContentLint::check(ContentLint::fields(article, house)))
        out.append({ finding.fieldKey == u"headline", std::move(finding) });
    return out;
}

void show(ArticleEditor *editor, const ArticleFinding &entry)
{
    const LintFinding &finding = entry.finding;
    const QString key = finding.fieldKey.isEmpty() ? (entry.inHeadline ? QStringLiteral("headline") : body)
                                                   : finding.fieldKey;
    const std::optional<ArticleField> field = fieldOf(key);
    if (!field)
        return;
    switch (*field) {
    case ArticleField::Body:
        editor->bodyTabs()->setCurrentWidget(editor->bodyEditor());
        editor->bodyEditor()->showRange(finding.offset, finding.size);
        return;
    case ArticleField::SimplifiedBody:
        editor->bodyTabs()->setCurrentWidget(editor->simplifiedBody());
        select(editor->simplifiedBody()->textEdit(), finding.offset, finding.size);
        return;
    case ArticleField::Photos: {
        QListWidget *list = editor->photoList()->listWidget();
        list->setCurrentRow(key.section(u'/', 1, 1).toInt() - 1);
        list->setFocus(Qt::OtherFocusReason);
        return;
    }
    default:
        break;
    }
    QWidget *widget = editor->form()->editorOf(*field);
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setFocus(Qt::OtherFocusReason);
        line->setSelection(int(finding.offset), int(finding.size));
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        select(text, finding.offset, finding.size);
    }
}

bool fix(ArticleEditor *editor, const ArticleFinding &entry, const LintOptions &house)
{
    ArticleDocument *document = editor->document();
    Article article = document->article();
    const QString key = entry.finding.fieldKey.isEmpty()
        ? (entry.inHeadline ? QStringLiteral("headline") : body)
        : entry.finding.fieldKey;
    // The list may be a moment old: fix only what is still found at the same place.
    const QList<LintField> fields = ContentLint::fields(article, house);
    const LintField *now = ContentLint::find(fields, key);
    const std::optional<ArticleField> field = fieldOf(key);
    if (!now || !field)
        return false;
    const QList<LintFinding> current = Lint::check(now->text, now->options);
    const auto same = std::find_if(current.cbegin(), current.cend(), [&](const LintFinding &finding) {
        return finding.rule == entry.finding.rule && finding.offset == entry.finding.offset
            && finding.size == entry.finding.size && finding.replacement;
    });
    if (same == current.cend())
        return false;
    if (*field == ArticleField::Body) {
        editor->bodyEditor()->replaceRange(same->offset, same->size, *same->replacement);
        return true;
    }
    const QString fixed = Lint::apply(now->text, { *same });
    if (*field == ArticleField::Photos) {
        QString *text = photoText(article.photos, key);
        if (!text)
            return false;
        *text = fixed;
        document->setField(
            ArticleField::Photos, QVariant::fromValue(article.photos), LintPanel::tr("Fix typography"));
    } else {
        document->setField(*field, fixed, LintPanel::tr("Fix typography"));
    }
    return true;
}

void fixAll(ArticleDocument *document, const LintOptions &house, const QString &actionText)
{
    Article article = document->article();
    QList<Photo> photos = article.photos;
    document->undoStack()->beginMacro(actionText);
    for (const LintField &field : ContentLint::fields(article, house)) {
        const QString fixed = Lint::fix(field.text, field.options);
        if (fixed == field.text)
            continue;
        const std::optional<ArticleField> target = fieldOf(field.key);
        if (target == ArticleField::Photos) {
            if (QString *text = photoText(photos, field.key))
                *text = fixed;
        } else if (target) {
            document->setField(*target, fixed);
        }
    }
    if (photos != article.photos)
        document->setField(ArticleField::Photos, QVariant::fromValue(photos));
    document->undoStack()->endMacro();
}

} // namespace PortalDesk::Ui::ArticleLint
