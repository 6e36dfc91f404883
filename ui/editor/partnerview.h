#pragma once

// The other side of a translation pair beside the editor (issue 15): the original next
// to its translation (or the translation next to its original), read-only, its body
// scrolled with the editor's paragraph by paragraph, so the third paragraph of one sits
// beside the third of the other whatever their lengths. Follows the store: a colleague's
// save of the partner shows at once.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace PortalDesk::Ui {

class PartnerView : public QWidget
{
    Q_OBJECT

public:
    PartnerView(DatabasePtr database, const QTimeZone &zone, QWidget *parent = nullptr);

    // Shows `id` (read from the store); scrolls with `editor`, the article's own body.
    void showArticle(const QString &id, QPlainTextEdit *editor);
    QString articleId() const { return m_id; }
    QPlainTextEdit *textView() const { return m_text; }
    QString heading() const;

signals:
    void closeRequested();

private:
    void reload();
    void editorScrolled();
    void partnerScrolled();
    void follow(QPlainTextEdit *leader, QPlainTextEdit *follower);
    static int firstVisibleLine(QPlainTextEdit *view);
    static void scrollToLine(QPlainTextEdit *view, int line);

    DatabasePtr m_database;
    QTimeZone m_zone;
    QString m_id;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_heading;
    QLabel *m_standfirst;
    QPlainTextEdit *m_text;
    bool m_following = false; // one scroll moves the other without moving itself back
};

} // namespace PortalDesk::Ui
