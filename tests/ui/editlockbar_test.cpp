// Two editors on one SQLite portal, each with its own connection, as two PortalDesk
// windows would be: the second opens read-only and sees who edits; Take Over turns the
// first read-only and keeps its unsaved text; letting go hands editing back.

#include "core/store/articlestore.h"
#include "core/store/changewatch.h"
#include "core/store/recoverystore.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articleform.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/editlockbar.h"
#include "uitesting.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

struct Desk
{
    DatabasePtr database;
    std::unique_ptr<ChangeWatch> watch;
    std::shared_ptr<RecoveryStore> recovery;
    std::unique_ptr<ArticleEditor> editor;

    Desk(const QString &address, const QString &name, const QString &recoveryFolder)
    {
        auto opened = Database::open(address);
        REQUIRE(opened.has_value());
        database = *opened;
        database->setUserName(name);
        watch = std::make_unique<ChangeWatch>(database);
        REQUIRE(watch->start().has_value());
        recovery = std::make_shared<RecoveryStore>(recoveryFolder);
    }

    void open(const QString &id)
    {
        auto *document = new ArticleDocument(database);
        document->setRecoveryStore(recovery);
        document->load(ArticleStore(database).get(id).value());
        editor = std::make_unique<ArticleEditor>(document);
    }

    QLineEdit *headline() const { return editor->form()->lineEdit(ArticleField::Headline); }
};

} // namespace

TEST_CASE(
    "an article a colleague edits opens read-only, says who, and can be taken over", "[ui][editor][locks]")
{
    auto portal = Testing::seededPortal();
    const Article stored = ArticleStore(portal.database)
                               .create(Testing::article(QStringLiteral("港股半日升 200 點"),
                                   Language::ZhHantHK, ArticleStatus::Draft))
                               .value();
    QTemporaryDir recoveryFolder;
    Desk first(
        portal.database->address(), QStringLiteral("陳大文"), recoveryFolder.filePath(QStringLiteral("a")));
    Desk second(
        portal.database->address(), QStringLiteral("李小明"), recoveryFolder.filePath(QStringLiteral("b")));

    first.open(stored.id);
    CHECK_FALSE(first.editor->isReadOnly());
    CHECK(first.editor->lockBar()->state() == EditLockBar::State::Editing);
    CHECK(first.editor->lockBar()->isHidden());

    // The colleague's list marks the article; their editor is read-only and says why.
    ArticleListModel list;
    list.setDatabase(second.database);
    REQUIRE(list.rowCount() == 1);
    CHECK(list.data(list.index(0, 0), ArticleListModel::LockRole)
              .toString()
              .startsWith(u"陳大文 is editing since"));
    CHECK_FALSE(list.data(list.index(0, 0), Qt::DecorationRole).isNull());

    second.open(stored.id);
    CHECK(second.editor->isReadOnly());
    CHECK(second.editor->lockBar()->state() == EditLockBar::State::HeldByOther);
    CHECK(second.editor->lockBar()->text().startsWith(u"陳大文 is editing since"));
    CHECK(second.headline()->isReadOnly());
    CHECK(second.editor->bodyEditor()->textEdit()->isReadOnly());
    CHECK(second.editor->lockBar()->takeOverButton()->isEnabled());
    CHECK_FALSE(second.editor->save());

    // The first editor has unsaved typing when the colleague takes over.
    first.editor->document()->setField(ArticleField::Kicker, QStringLiteral("未儲存的肩題"));
    second.editor->lockBar()->takeOver();
    CHECK_FALSE(second.editor->isReadOnly());
    CHECK_FALSE(second.headline()->isReadOnly());
    REQUIRE(Testing::waitFor([&] { return first.editor->isReadOnly(); }));
    CHECK(first.editor->lockBar()->state() == EditLockBar::State::TakenOver);
    CHECK(first.editor->lockBar()->text().startsWith(u"李小明 took over this article at"));
    CHECK(first.headline()->isReadOnly());
    CHECK(first.editor->document()->article().kicker == u"未儲存的肩題"); // still on screen
    CHECK(first.recovery->contains(stored.id)); // and kept as a recovery copy
    CHECK_FALSE(first.editor->save());
    const QList<Revision> history = ArticleStore(portal.database).revisions(stored.id).value();
    CHECK(history.first().note == u"李小明 took over editing from 陳大文");

    // The colleague saves and closes: the first editor gets the lock back, and its typing merges.
    second.editor->document()->setField(ArticleField::Byline, QStringLiteral("記者 李小明"));
    REQUIRE(second.editor->save());
    second.editor.reset();
    REQUIRE(Testing::waitFor([&] { return !first.editor->isReadOnly(); }));
    CHECK(first.editor->lockBar()->state() == EditLockBar::State::Editing);
    REQUIRE(first.editor->save());
    const Article merged = ArticleStore(portal.database).get(stored.id).value();
    CHECK(merged.kicker == u"未儲存的肩題");
    CHECK(merged.byline == u"記者 李小明");
}

TEST_CASE("a new article is locked once it is first saved, and let go when its editor closes",
    "[ui][editor][locks]")
{
    auto portal = Testing::seededPortal();
    QTemporaryDir recoveryFolder;
    Desk first(portal.database->address(), QStringLiteral("陳大文"), recoveryFolder.path());
    auto *document = new ArticleDocument(first.database);
    Article draft = ArticleDocument::newArticle();
    draft.headline = QStringLiteral("新稿");
    document->load(draft);
    first.editor = std::make_unique<ArticleEditor>(document);
    CHECK_FALSE(first.editor->isReadOnly());
    REQUIRE(first.editor->save());
    auto holder = EditLocks(portal.database).holder(draft.id).value();
    REQUIRE(holder.has_value());
    CHECK(holder->name == u"陳大文");
    first.editor.reset();
    CHECK_FALSE(EditLocks(portal.database).holder(draft.id).value().has_value());
}
