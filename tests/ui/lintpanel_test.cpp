#include "core/store/articlestore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articleform.h"
#include "ui/editor/articlelint.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/photolist.h"
#include "ui/editor/simplifiedbody.h"
#include "uitesting.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

// An article with the slips of issue 15 outside its headline and body: half-width
// punctuation in the kicker, standfirst and a caption, Cantonese in an alt text.
Article slips()
{
    Article article
        = Testing::article(QStringLiteral("畢加索的市場潛能"), Language::ZhHantHK, ArticleStatus::Draft);
    article.kicker = QStringLiteral("獨家:");
    article.standfirst = QStringLiteral("市場潛能有多強?亞洲收藏家");
    article.body = QStringLiteral("正文。");
    article.photos = { Photo { QString(), QStringLiteral("拍賣會現場"), QString(), QString() },
        Photo { QString(), QStringLiteral("拍賣會現場,攝於會展"), QString(), QStringLiteral("佢哋喺度") } };
    return article;
}

struct OpenSlips
{
    Testing::TestPortal portal = Testing::seededPortal();
    std::unique_ptr<ArticleEditor> editor;

    OpenSlips()
    {
        auto created = ArticleStore(portal.database).create(slips());
        REQUIRE(created.has_value());
        auto *document = new ArticleDocument(portal.database);
        document->load(*created);
        editor = std::make_unique<ArticleEditor>(document);
    }

    QList<ArticleFinding> findings() const
    {
        return ArticleLint::findings(editor->document()->article(), {});
    }

    ArticleFinding in(const QString &fieldKey) const
    {
        for (const ArticleFinding &entry : findings()) {
            if (entry.finding.fieldKey == fieldKey)
                return entry;
        }
        FAIL("no finding in " << fieldKey.toStdString());
        return {};
    }
};

QStringList whereColumn(const LintPanel &panel)
{
    QStringList where;
    for (int row = 0; row < panel.list()->topLevelItemCount(); ++row)
        where.append(panel.list()->topLevelItem(row)->text(0));
    return where;
}

} // namespace

TEST_CASE("the lint panel lists findings in every field, named with their place", "[ui][editor][lint]")
{
    LintPanel panel;
    panel.setFindings(ArticleLint::findings(slips(), {}));
    CHECK(whereColumn(panel)
        == QStringList { QStringLiteral("Kicker 1:3"), QStringLiteral("Standfirst 1:8"),
            QStringLiteral("Photo 2 caption 1:6"), QStringLiteral("Photo 2 alt text 1:1"),
            QStringLiteral("Photo 2 alt text 1:3") });
    const QTreeWidgetItem *alt = panel.list()->topLevelItem(3);
    CHECK(alt->toolTip(1).startsWith(QStringLiteral("Warning: ")));
    CHECK(alt->toolTip(1).contains(QStringLiteral("word.cantonese")));

    // A click asks the editor to show the finding, field and all.
    QSignalSpy shown(&panel, &LintPanel::showRequested);
    emit panel.list()->itemClicked(panel.list()->topLevelItem(1), 0);
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().first().value<ArticleFinding>().finding.fieldKey == u"standfirst");
}

TEST_CASE("Fix on a row or the Fix button applies that finding; a row without a fix has neither",
    "[ui][editor][lint]")
{
    OpenSlips open;
    LintPanel *panel = open.editor->lintPanel();
    QTreeWidget *list = panel->list();
    REQUIRE(list->topLevelItemCount() == 5);
    CHECK(list->topLevelItem(0)->text(LintPanel::FixColumn) == u"Fix"); // the kicker's colon
    CHECK(list->topLevelItem(3)->text(LintPanel::FixColumn).isEmpty()); // Cantonese: by hand

    // A click on "Fix" in the caption's row fixes the caption.
    open.editor->resize(1200, 800);
    open.editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(open.editor.get()));
    const QRect caption = list->visualItemRect(list->topLevelItem(2));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
        QPoint(list->columnViewportPosition(LintPanel::FixColumn) + 4, caption.center().y()));
    CHECK(open.editor->document()->article().photos.at(1).caption == u"拍賣會現場，攝於會展");
    REQUIRE(list->topLevelItemCount() == 4);

    // The Fix button fixes the selected row; on a row it cannot fix, it is off.
    auto buttons = panel->findChildren<QPushButton *>();
    const auto fix = std::find_if(
        buttons.cbegin(), buttons.cend(), [](const QPushButton *button) { return button->text() == u"Fix"; });
    REQUIRE(fix != buttons.cend());
    list->setCurrentItem(list->topLevelItem(2)); // the first alt text finding: Cantonese
    CHECK_FALSE((*fix)->isEnabled());
    list->setCurrentItem(list->topLevelItem(0));
    REQUIRE((*fix)->isEnabled());
    (*fix)->click();
    CHECK(open.editor->document()->article().kicker == u"獨家：");
    CHECK(list->topLevelItemCount() == 3);
}

TEST_CASE("a pasted story with thousands of findings lists every one", "[ui][editor][lint]")
{
    // Rows go in at once (one at a time, each with a button, 1,700 took half a minute;
    // tests/bench/editor_bench.cpp measures it).
    Article article = slips();
    article.body = QStringLiteral("市場潛能有多強?亞洲收藏家\n\n").repeated(2000);
    LintPanel panel;
    panel.setFindings(ArticleLint::findings(article, {}));
    CHECK(panel.list()->topLevelItemCount() == panel.findings().size());
    CHECK(panel.findings().size() > 2000);
    CHECK_FALSE(panel.list()->findItems(QStringLiteral("Body 3999:8"), Qt::MatchExactly, 0).isEmpty());
}

TEST_CASE("showing a finding selects it in its own field", "[ui][editor][lint]")
{
    OpenSlips open;
    ArticleLint::show(open.editor.get(), open.in(QStringLiteral("standfirst")));
    auto *standfirst
        = qobject_cast<QPlainTextEdit *>(open.editor->form()->editorOf(ArticleField::Standfirst));
    REQUIRE(standfirst);
    CHECK(standfirst->textCursor().selectedText() == u"?");

    ArticleLint::show(open.editor.get(), open.in(QStringLiteral("kicker")));
    CHECK(open.editor->form()->lineEdit(ArticleField::Kicker)->selectedText() == u":");

    ArticleLint::show(open.editor.get(), open.in(QStringLiteral("photos/2/alt")));
    CHECK(open.editor->photoList()->listWidget()->currentRow() == 1);

    open.editor->document()->setField(ArticleField::SimplifiedBody, QStringLiteral("正文?他说了"));
    open.editor->bodyTabs()->setCurrentWidget(open.editor->bodyEditor());
    ArticleLint::show(open.editor.get(), open.in(QStringLiteral("zh_hans/body")));
    CHECK(open.editor->bodyTabs()->currentWidget() == open.editor->simplifiedBody());
    CHECK(open.editor->simplifiedBody()->textEdit()->textCursor().selectedText() == u"?");
}

TEST_CASE("a finding outside the body is fixed in its field, undoably, and Fix All reaches every field",
    "[ui][editor][lint]")
{
    OpenSlips open;
    ArticleDocument *document = open.editor->document();
    REQUIRE(ArticleLint::fix(open.editor.get(), open.in(QStringLiteral("standfirst")), {}));
    CHECK(document->article().standfirst == u"市場潛能有多強？亞洲收藏家");
    document->undoStack()->undo();
    CHECK(document->article().standfirst == u"市場潛能有多強?亞洲收藏家");

    REQUIRE(ArticleLint::fix(open.editor.get(), open.in(QStringLiteral("photos/2/caption")), {}));
    CHECK(document->article().photos.at(1).caption == u"拍賣會現場，攝於會展");
    CHECK(document->article().photos.at(1).alt == u"佢哋喺度"); // the rest of the photo as it was
    // A finding that is no longer there (the list was a moment old) changes nothing.
    ArticleFinding stale = open.in(QStringLiteral("kicker"));
    stale.finding.offset = 0;
    CHECK_FALSE(ArticleLint::fix(open.editor.get(), stale, {}));

    const int steps = document->undoStack()->count();
    ArticleLint::fixAll(document, {}, QStringLiteral("Fix all typography"));
    CHECK(document->undoStack()->count() == steps + 1);
    CHECK(document->article().kicker == u"獨家：");
    CHECK(document->article().standfirst == u"市場潛能有多強？亞洲收藏家");
    // What only a person can fix is left: Cantonese has no automatic fix.
    QStringList left;
    for (const ArticleFinding &entry : open.findings())
        left.append(entry.finding.rule);
    CHECK(left == QStringList { QStringLiteral("word.cantonese"), QStringLiteral("word.cantonese") });
}

TEST_CASE("the article editor lints every field; a click goes to the field and Fix fixes it there",
    "[ui][editor][lint]")
{
    OpenSlips open;
    LintPanel *panel = open.editor->lintPanel();
    CHECK(whereColumn(*panel)
        == QStringList { QStringLiteral("Kicker 1:3"), QStringLiteral("Standfirst 1:8"),
            QStringLiteral("Photo 2 caption 1:6"), QStringLiteral("Photo 2 alt text 1:1"),
            QStringLiteral("Photo 2 alt text 1:3") });
    emit panel->list()->itemClicked(panel->list()->topLevelItem(1), 0);
    auto *standfirst
        = qobject_cast<QPlainTextEdit *>(open.editor->form()->editorOf(ArticleField::Standfirst));
    REQUIRE(standfirst);
    CHECK(standfirst->textCursor().selectedText() == u"?");

    open.editor->fixFinding(panel->findings().at(2));
    CHECK(open.editor->document()->article().photos.at(1).caption == u"拍賣會現場，攝於會展");
    CHECK(panel->findings().size() == 4);
    open.editor->fixAll();
    CHECK(open.editor->document()->article().kicker == u"獨家：");
    CHECK(open.editor->document()->article().standfirst == u"市場潛能有多強？亞洲收藏家");
    CHECK(panel->findings().size() == 2); // the alt text's Cantonese, which only a person can reword
}
