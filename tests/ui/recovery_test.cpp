#include "core/store/articlestore.h"
#include "core/store/recoverystore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articleform.h"
#include "ui/editor/editortabs.h"
#include "uitesting.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

// Chinese arrives through the input method, as it does from a real IME.
void typeChinese(QLineEdit *widget, const QString &text)
{
    widget->end(false); // the editor shows the start of a field; type at its end
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

void processEventsFor(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

std::unique_ptr<EditorTabs> tabsFor(const DatabasePtr &database, const QString &recoveryFolder)
{
    auto tabs = std::make_unique<EditorTabs>(new QWidget);
    tabs->setRecoveryFolder(recoveryFolder);
    tabs->setDatabase(database);
    return tabs;
}

} // namespace

TEST_CASE(
    "typing reaches the recovery store soon after it stops and comes back after a crash", "[ui][recovery]")
{
    auto portal = Testing::seededPortal();
    const QString folder = portal.folder->filePath(QStringLiteral("recovery"));
    auto created = ArticleStore(portal.database).create(Testing::article(QStringLiteral("港股收市")));
    REQUIRE(created.has_value());
    const QString id = created->id;

    auto tabs = tabsFor(portal.database, folder);
    ArticleEditor *editor = tabs->openArticle(id);
    REQUIRE(editor);
    typeChinese(editor->form()->lineEdit(ArticleField::Headline), QStringLiteral("（更新）"));
    processEventsFor(2100);
    RecoveryStore store(folder);
    REQUIRE(store.contains(id));
    CHECK(store.list().first().article.headline == u"港股收市（更新）");

    tabs.reset(); // the crash: no question asked, nothing cleaned up
    REQUIRE(store.contains(id));

    auto restarted = tabsFor(portal.database, folder);
    int asked = 0;
    restarted->setRecoveryQuestion([&asked](const RecoveredArticle &) {
        ++asked;
        return EditorTabs::RecoveryAnswer::Restore;
    });
    CHECK(restarted->offerRecovery() == 1);
    CHECK(asked == 1);
    ArticleEditor *restored = restarted->currentEditor();
    REQUIRE(restored);
    CHECK(restored->document()->article().headline == u"港股收市（更新）");
    CHECK(restored->document()->isDirty());
    CHECK(restored->tabTitle().startsWith(u"• "));

    REQUIRE(restored->save());
    CHECK_FALSE(store.contains(id));
    CHECK(ArticleStore(portal.database).get(id)->headline == u"港股收市（更新）");
}

TEST_CASE(
    "closing an edited article asks: Cancel keeps it, Discard drops the recovery file", "[ui][recovery]")
{
    auto portal = Testing::seededPortal();
    const QString folder = portal.folder->filePath(QStringLiteral("recovery"));
    auto created = ArticleStore(portal.database).create(Testing::article(QStringLiteral("港股收市")));
    REQUIRE(created.has_value());
    auto tabs = tabsFor(portal.database, folder);
    ArticleEditor *editor = tabs->openArticle(created->id);
    editor->document()->setField(ArticleField::Kicker, QStringLiteral("快訊"));
    editor->document()->writeRecovery();
    RecoveryStore store(folder);
    REQUIRE(store.contains(created->id));

    EditorTabs::CloseAnswer answer = EditorTabs::CloseAnswer::Cancel;
    tabs->setCloseQuestion([&answer](ArticleEditor *) { return answer; });
    CHECK_FALSE(tabs->closeAll());
    CHECK(tabs->editors().size() == 1);

    answer = EditorTabs::CloseAnswer::Discard;
    CHECK(tabs->closeAll());
    CHECK(tabs->editors().isEmpty());
    CHECK_FALSE(store.contains(created->id));
    CHECK(ArticleStore(portal.database).get(created->id)->kicker.isEmpty());
}

TEST_CASE("a new article is created by its first save", "[ui][editor]")
{
    auto portal = Testing::seededPortal();
    auto tabs = tabsFor(portal.database, portal.folder->filePath(QStringLiteral("recovery")));
    ArticleEditor *editor = tabs->newArticle();
    REQUIRE(editor);
    CHECK_FALSE(editor->save()); // no headline yet
    editor->document()->setField(ArticleField::Headline, QStringLiteral("新文章"));
    REQUIRE(editor->save());
    auto stored = ArticleStore(portal.database).get(editor->document()->id());
    REQUIRE(stored.has_value());
    CHECK(stored->headline == u"新文章");
    CHECK(stored->version == 1);
}

TEST_CASE("the recovery question gives the time in the portal's zone, 24-hour", "[ui][recovery]")
{
    auto portal = Testing::seededPortal();
    const QString folder = portal.folder->filePath(QStringLiteral("recovery"));
    auto created = ArticleStore(portal.database).create(Testing::article(QStringLiteral("港股收市")));
    REQUIRE(created.has_value());
    auto tabs = tabsFor(portal.database, folder);
    ArticleEditor *editor = tabs->openArticle(created->id);
    REQUIRE(editor);
    editor->document()->setField(ArticleField::Kicker, QStringLiteral("快訊"));
    editor->document()->writeRecovery();
    const QDateTime written = RecoveryStore(folder).list().first().writtenAt;
    tabs.reset();

    auto restarted = tabsFor(portal.database, folder);
    QString said;
    Ui::Testing::answerModal([&said](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        said = box->informativeText();
        box->reject(); // Later
    });
    CHECK(restarted->offerRecovery() == 0);
    const QDateTime there = written.toTimeZone(QTimeZone("Asia/Hong_Kong"));
    CHECK(said.contains(there.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" HKT")));
}
