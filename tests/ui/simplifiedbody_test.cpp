#include "core/store/articlestore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/simplifiedbody.h"
#include "ui/preview/previewrenderer.h"
#include "uitesting.h"

#include <QAction>
#include <QElapsedTimer>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

struct OpenArticle
{
    Testing::TestPortal portal = Testing::seededPortal();
    Article stored;
    std::unique_ptr<ArticleEditor> editor;

    explicit OpenArticle(Language language = Language::ZhHantHK)
    {
        Article article = Testing::article(QStringLiteral("頭髮與發展"), language, ArticleStatus::Draft);
        article.body = QStringLiteral("頭髮和發展都要理。");
        stored = *ArticleStore(portal.database).create(article);
        auto *document = new ArticleDocument(portal.database);
        document->load(stored);
        editor = std::make_unique<ArticleEditor>(document);
        editor->resize(1000, 700);
        editor->show();
    }

    ArticleDocument *document() const { return editor->document(); }
    QString simplified() const { return document()->article().simplifiedOverride; }
};

QString renderSimplified(const DatabasePtr &database, const Article &article)
{
    PreviewRenderer renderer;
    renderer.setDatabase(database);
    QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
    PreviewRequest request;
    request.article = article;
    request.edition = Language::ZhHans;
    renderer.request(request);
    QElapsedTimer timer;
    timer.start();
    while (rendered.isEmpty() && timer.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(rendered.size() == 1);
    return rendered.first().first().value<PreviewResult>().html;
}

} // namespace

TEST_CASE("a zh-Hant-HK article's Simplified edition is filled from conversion, edited, undone and saved",
    "[ui][editor]")
{
    OpenArticle open;
    QTabWidget *tabs = open.editor->bodyTabs();
    SimplifiedBody *page = open.editor->simplifiedBody();
    REQUIRE(tabs->isTabVisible(tabs->indexOf(page)));
    tabs->setCurrentWidget(page);

    auto *fill = page->findChild<QPushButton *>(QStringLiteral("fillFromConversion"));
    REQUIRE(fill);
    QTest::mouseClick(fill, Qt::LeftButton);
    CHECK(open.simplified() == u"头发和发展都要理。"); // phrase by phrase: 頭髮 → 头发, 發展 → 发展
    CHECK(page->textEdit()->toPlainText() == open.simplified());
    CHECK(open.document()->isDirty());

    // Typed edits are one step of their own on the article's stack, after the fill.
    QPlainTextEdit *text = page->textEdit();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" OK"));
    CHECK(open.simplified() == u"头发和发展都要理。 OK");
    QUndoStack *undo = open.document()->undoStack();
    undo->undo();
    CHECK(open.simplified() == u"头发和发展都要理。");
    undo->undo();
    CHECK(open.simplified().isEmpty());
    CHECK(text->toPlainText().isEmpty());
    undo->redo();
    REQUIRE(open.editor->save());
    CHECK(
        ArticleStore(open.portal.database).get(open.stored.id)->simplifiedOverride == u"头发和发展都要理。");

    // The 简 preview shows the desk's own text; without it, the converted body.
    CHECK(renderSimplified(open.portal.database, open.document()->article()).contains(u"头发和发展都要理。"));
    page->useConversion();
    CHECK(open.simplified().isEmpty());
    Article converted = open.document()->article();
    converted.body = QStringLiteral("維港夜景。");
    CHECK(renderSimplified(open.portal.database, converted).contains(u"维港夜景。"));
}

TEST_CASE("an English article has no Simplified edition tab", "[ui][editor]")
{
    OpenArticle open(Language::En);
    QTabWidget *tabs = open.editor->bodyTabs();
    CHECK_FALSE(tabs->isTabVisible(tabs->indexOf(open.editor->simplifiedBody())));
    open.document()->setField(ArticleField::Language, int(Language::ZhHantHK));
    CHECK(tabs->isTabVisible(tabs->indexOf(open.editor->simplifiedBody())));
}

TEST_CASE("the Simplified body's right-click Undo steps the article's undo stack", "[ui][editor]")
{
    OpenArticle open;
    auto *text = static_cast<ArticleTextEdit *>(open.editor->simplifiedBody()->textEdit());
    text->setFocus();
    text->insertPlainText(QStringLiteral("头发")); // as typed: one change of the field
    REQUIRE(open.simplified() == u"头发");

    std::unique_ptr<QMenu> menu(text->createContextMenu({}));
    QList<QAction *> undos;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == u"edit-undo")
            undos.append(action);
    }
    REQUIRE(undos.size() == 1); // the widget's own, always greyed out, is gone
    CHECK(undos.first()->isEnabled());
    undos.first()->trigger();
    CHECK(open.simplified().isEmpty());
}
