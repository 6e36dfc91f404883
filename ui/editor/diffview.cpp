#include "ui/editor/diffview.h"

#include "core/text/textdiff.h"
#include "ui/editor/articlefields.h"

#include <QPlainTextEdit>
#include <QTextCursor>

namespace PortalDesk::Ui::DiffView {

QString articleText(const Article &article, const QTimeZone &zone)
{
    QStringList lines;
    for (ArticleField field : ArticleFields::all()) {
        if (field == ArticleField::Body || field == ArticleField::TranslationGroup)
            continue;
        const QString value = ArticleFields::display(article, field, zone);
        if (!value.isEmpty())
            lines.append(ArticleFields::label(field) + QStringLiteral(": ") + value);
    }
    lines.append(QString());
    lines.append(article.body);
    return lines.join(u'\n');
}

void show(QPlainTextEdit *view, const QString &before, const QString &after)
{
    view->clear();
    QTextCharFormat removed;
    removed.setBackground(QColor(0xff, 0xcd, 0xd2));
    removed.setForeground(Qt::black);
    removed.setFontStrikeOut(true);
    QTextCharFormat added;
    added.setBackground(QColor(0xc8, 0xe6, 0xc9));
    added.setForeground(Qt::black);
    added.setFontUnderline(true);
    QTextCursor cursor(view->document());
    for (const DiffSpan &span : diffText(before, after)) {
        cursor.insertText(span.text,
            span.kind == DiffSpan::Kind::Removed     ? removed
                : span.kind == DiffSpan::Kind::Added ? added
                                                     : QTextCharFormat());
    }
    view->moveCursor(QTextCursor::Start);
}

} // namespace PortalDesk::Ui::DiffView
