#include "core/store/articlestore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyeditor.h"
#include "uitesting.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QList<QAction *> named(QMenu *menu, const QString &name)
{
    QList<QAction *> found;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->objectName() == name)
            found.append(action);
    }
    return found;
}

} // namespace

TEST_CASE("the body's right-click Undo and Redo step the article's history", "[ui][editor]")
{
    auto portal = Testing::seededPortal();
    Article article = Testing::article(QStringLiteral("港股收市"), Language::ZhHantHK, ArticleStatus::Draft);
    article.body = QStringLiteral("恒指收市。");
    auto *document = new ArticleDocument(portal.database);
    document->load(*ArticleStore(portal.database).create(article));
    ArticleEditor editor(document);
    editor.show();

    // A field edit first, then typing in the body: Undo from the menu takes the typing back
    // and a second one the field, in the article's order.
    document->setField(ArticleField::Kicker, QStringLiteral("收市"));
    QPlainTextEdit *body = editor.bodyEditor()->textEdit();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" ok"));
    REQUIRE(document->bodyText() == u"恒指收市。 ok");

    std::unique_ptr<QMenu> menu(editor.bodyEditor()->createContextMenu({}));
    const QList<QAction *> undos = named(menu.get(), QStringLiteral("edit-undo"));
    REQUIRE(undos.size() == 1); // QPlainTextEdit's own entry is gone
    REQUIRE(named(menu.get(), QStringLiteral("edit-redo")).size() == 1);
    QAction *undo = undos.first();
    CHECK(undo->isEnabled());
    undo->trigger();
    CHECK(document->bodyText() == u"恒指收市。");
    undo->trigger();
    CHECK(document->article().kicker.isEmpty());
    CHECK_FALSE(document->isDirty());
    CHECK_FALSE(undo->isEnabled());

    QAction *redo = named(menu.get(), QStringLiteral("edit-redo")).first();
    redo->trigger();
    CHECK(document->article().kicker == u"收市");
    CHECK(document->undoStack()->index() == 1);
}
