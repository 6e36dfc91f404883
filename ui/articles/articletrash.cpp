#include "ui/articles/articletrash.h"

#include "core/store/articlestore.h"
#include "core/store/trashstore.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/articles/articlelistview.h"
#include "ui/articles/commands/movetotrashcommand.h"
#include "ui/articles/trashdialog.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>
#include <QWidget>

namespace PortalDesk::Ui {

namespace {

QString quotedHeadline(const QString &headline)
{
    return ArticleTrash::tr("“%1”").arg(headline);
}

} // namespace

ArticleTrash::ArticleTrash(ArticleListView *list, QWidget *window)
    : QObject(window)
    , m_list(list->model())
    , m_window(window)
    , m_undo(new QUndoStack(this))
{
    connect(list, &ArticleListView::trashRequested, this, &ArticleTrash::moveToTrash);
    connect(list, &ArticleListView::trashShown, this, &ArticleTrash::showTrash);
}

void ArticleTrash::addToStatusBar(QStatusBar *bar)
{
    auto *undo = new QPushButton(tr("Undo"));
    undo->setObjectName(QStringLiteral("trashUndoButton"));
    undo->setFlat(true);
    undo->hide();
    bar->addPermanentWidget(undo);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(undo, &QPushButton::clicked, undo, &QWidget::hide);
    connect(this, &ArticleTrash::message, bar, [bar, undo](const QString &text, bool undoable) {
        bar->showMessage(text, 10000);
        undo->setVisible(undoable);
    });
    connect(bar, &QStatusBar::messageChanged, undo, [undo](const QString &text) {
        if (text.isEmpty())
            undo->hide();
    });
}

QAction *ArticleTrash::addShowAction(QMenu *menu)
{
    QAction *show = menu->addAction(tr("&Trash…"), this, &ArticleTrash::showTrash);
    show->setObjectName(QStringLiteral("editTrashAction"));
    // "Trash (3)…": how full it is, each time the menu opens.
    connect(menu, &QMenu::aboutToShow, show, [this, show] {
        show->setEnabled(m_database != nullptr);
        const int count = m_database ? TrashStore(m_database).count().value_or(0) : 0;
        show->setText(count > 0 ? tr("&Trash (%1)…").arg(count) : tr("&Trash…"));
    });
    return show;
}

void ArticleTrash::showTrash()
{
    if (!m_database)
        return;
    auto *dialog = new TrashDialog(m_database, this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &ArticleTrash::databaseChanged, dialog, &QWidget::close);
    dialog->show();
}

void ArticleTrash::setDatabase(DatabasePtr database)
{
    m_undo->clear(); // its steps name another database's articles
    m_database = std::move(database);
    emit databaseChanged();
}

bool ArticleTrash::ask(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(
               m_window, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void ArticleTrash::refuse(const QString &text)
{
    emit message(text);
    if (m_inform)
        m_inform(text);
    else
        QMessageBox::information(m_window, tr("Trash"), text);
}

QString ArticleTrash::refusal(const QString &id, QString *headline, bool *live) const
{
    auto article = ArticleStore(m_database).get(id);
    if (!article)
        return article.error().text();
    *headline = article->headline;
    const ArticleStatus shown
        = shownStatus(article->status, article->publishAt, QDateTime::currentDateTimeUtc());
    *live = shown == ArticleStatus::Published || shown == ArticleStatus::Scheduled;
    if (const QString lock = m_list->lockText(id); !lock.isEmpty())
        return tr("%1 stays where it is: %2. It can go to the trash once they close it.")
            .arg(quotedHeadline(article->headline), lock);
    return {};
}

bool ArticleTrash::moveToTrash(const QStringList &ids)
{
    if (!m_database || ids.isEmpty())
        return false;
    QStringList going;
    QStringList headlines;
    QStringList liveHeadlines;
    QStringList refusals;
    for (const QString &id : ids) {
        QString headline;
        bool live = false;
        if (const QString why = refusal(id, &headline, &live); !why.isEmpty()) {
            refusals << why;
            continue;
        }
        going << id;
        headlines << headline;
        if (live)
            liveHeadlines << quotedHeadline(headline);
    }
    if (!refusals.isEmpty())
        refuse(refusals.join(u'\n'));
    if (going.isEmpty())
        return false;
    if (!liveHeadlines.isEmpty()
        && !ask(tr("Take Off the Portal?"),
            tr("%1 is public or scheduled on the portal. In the trash it leaves the portal at the next "
               "export: its page and address go, with no redirect left behind. Restoring it from the "
               "trash brings it back as it was.\n\nMove it to the trash?")
                .arg(liveHeadlines.join(QStringLiteral(", ")))))
        return false;

    QStringList moved;
    QStringList movedHeadlines;
    QStringList problems;
    for (qsizetype i = 0; i < going.size(); ++i) {
        const QString &id = going.at(i);
        if (m_letGo && !m_letGo(id)) {
            problems << tr("%1 is still open in its tab, so it stays.").arg(quotedHeadline(headlines.at(i)));
            continue;
        }
        if (auto done = TrashStore(m_database).moveToTrash(id); !done) {
            problems << tr("%1 could not go to the trash: %2")
                            .arg(quotedHeadline(headlines.at(i)), done.error().text());
            continue;
        }
        moved << id;
        movedHeadlines << headlines.at(i);
    }
    if (!problems.isEmpty())
        refuse(problems.join(u'\n'));
    if (moved.isEmpty())
        return false;
    const QString text = moved.size() == 1
        ? tr("Moved %1 to the trash").arg(quotedHeadline(movedHeadlines.first()))
        : tr("Moved %n article(s) to the trash", nullptr, int(moved.size()));
    m_undo->push(new MoveToTrashCommand(this, moved,
        moved.size() == 1 ? tr("Move %1 to Trash").arg(quotedHeadline(movedHeadlines.first()))
                          : tr("Move %n Article(s) to Trash", nullptr, int(moved.size()))));
    emit trashChanged();
    emit message(text, true);
    return true;
}

QStringList ArticleTrash::trashAgain(const QStringList &ids)
{
    QStringList moved;
    QStringList problems;
    for (const QString &id : ids) {
        if (m_letGo && !m_letGo(id))
            continue;
        if (auto done = TrashStore(m_database).moveToTrash(id); done)
            moved << id;
        else
            problems << done.error().text();
    }
    if (!problems.isEmpty())
        refuse(problems.join(u'\n'));
    emit trashChanged();
    if (!moved.isEmpty())
        emit message(tr("Moved %n article(s) to the trash again", nullptr, int(moved.size())));
    return moved;
}

QStringList ArticleTrash::restoreAll(const QStringList &ids)
{
    QStringList restored;
    QStringList problems;
    QString headline;
    for (const QString &id : ids) {
        if (auto back = TrashStore(m_database).restore(id); back) {
            restored << id;
            headline = back->headline;
        } else if (back.error().code == Error::Code::NotFound && ArticleStore(m_database).get(id)) {
            continue; // restored already (from the trash dialog, or by a colleague)
        } else {
            problems << back.error().text();
        }
    }
    if (!problems.isEmpty())
        refuse(problems.join(u'\n'));
    emit trashChanged();
    if (restored.size() == 1)
        emit message(tr("Restored %1 from the trash").arg(quotedHeadline(headline)));
    else if (!restored.isEmpty())
        emit message(tr("Restored %n article(s) from the trash", nullptr, int(restored.size())));
    return restored;
}

bool ArticleTrash::restore(const QString &id)
{
    if (!m_database)
        return false;
    return !restoreAll({ id }).isEmpty();
}

bool ArticleTrash::deleteForever(const QString &id)
{
    if (!m_database)
        return false;
    auto trashed = TrashStore(m_database).get(id);
    if (!trashed) {
        refuse(trashed.error().text());
        return false;
    }
    if (!ask(tr("Delete Permanently?"),
            tr("Delete %1 for good, with its history? This cannot be undone.")
                .arg(quotedHeadline(trashed->headline))))
        return false;
    if (auto done = TrashStore(m_database).deleteForever(id); !done) {
        refuse(done.error().text());
        return false;
    }
    emit trashChanged();
    emit message(tr("Deleted %1 for good").arg(quotedHeadline(trashed->headline)));
    return true;
}

bool ArticleTrash::empty()
{
    if (!m_database)
        return false;
    auto count = TrashStore(m_database).count();
    if (!count) {
        refuse(count.error().text());
        return false;
    }
    if (*count == 0)
        return false;
    if (!ask(tr("Empty Trash?"),
            tr("Delete the %n article(s) in the trash for good, with their history? This cannot be undone.",
                nullptr, *count)))
        return false;
    auto emptied = TrashStore(m_database).empty();
    if (!emptied) {
        refuse(emptied.error().text());
        return false;
    }
    // The steps that would restore them have nothing left to restore.
    m_undo->clear();
    emit trashChanged();
    emit message(tr("Deleted %n article(s) from the trash for good", nullptr, *emptied));
    return true;
}

} // namespace PortalDesk::Ui
