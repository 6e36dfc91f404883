// Translation pairs in the editor and the list (issue 15): what the Translation menu
// offers, a new translation beside its original, the bar that says a translation fell
// behind, its changes, Mark Up to Date, linking and unlinking, and the pair mark.
#include "core/store/articlestore.h"
#include "core/store/translationpairs.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/articles/articlelistview.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/linktranslationdialog.h"
#include "ui/editor/originalchangesdialog.h"
#include "ui/editor/partnerview.h"
#include "ui/editor/translationbar.h"
#include "uitesting.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QString paragraphs(const QString &prefix, int count)
{
    QStringList lines;
    for (int i = 1; i <= count; ++i)
        lines.append(QStringLiteral("%1 %2").arg(prefix).arg(i));
    return lines.join(QStringLiteral("\n\n"));
}

struct Pair
{
    Testing::TestPortal portal = Testing::seededPortal();
    Article zh;
    Article en;

    Pair()
    {
        ArticleStore store(portal.database);
        Article chinese
            = Testing::article(QStringLiteral("港股半日升200點"), Language::ZhHantHK, ArticleStatus::Draft);
        chinese.body = paragraphs(QStringLiteral("第段"), 40);
        zh = store.create(chinese).value();
        Article english
            = Testing::article(QStringLiteral("Hang Seng up 200 points"), Language::En, ArticleStatus::Draft);
        english.body = paragraphs(QStringLiteral("Paragraph\nwith a second line"), 40);
        en = store.create(english).value();
        REQUIRE(TranslationPairs(portal.database).link(zh.id, en.id).has_value());
        zh = store.get(zh.id).value();
        en = store.get(en.id).value();
    }

    std::unique_ptr<ArticleEditor> open(const Article &article) const
    {
        auto *document = new ArticleDocument(portal.database);
        document->load(article);
        return std::make_unique<ArticleEditor>(document);
    }

    void editOriginal(const QString &headline)
    {
        Article editing = ArticleStore(portal.database).get(zh.id).value();
        editing.headline = headline;
        REQUIRE(ArticleStore(portal.database).save(editing).has_value());
    }
};

QStringList menuTexts(ArticleEditor &editor)
{
    editor.fillTranslationMenu();
    QStringList texts;
    for (QAction *action : editor.translationMenu()->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

} // namespace

TEST_CASE("the Translation menu offers a new translation only while the pair lacks one", "[ui][pairs]")
{
    Pair pair;
    auto editor = pair.open(pair.zh);
    const QStringList paired = menuTexts(*editor);
    CHECK(paired.contains(u"Open English: Hang Seng up 200 points"));
    CHECK(paired.contains(u"Show Side by Side"));
    CHECK(paired.contains(u"Unlink Translation…"));
    CHECK_FALSE(paired.contains(u"Create English Translation Draft"));
    CHECK_FALSE(paired.contains(u"Link to Existing Article…"));

    // Asked anyway (an old shortcut, a script): the existing one opens, no second partner.
    QString opened;
    int drafts = 0;
    QObject::connect(
        editor.get(), &ArticleEditor::openArticleRequested, [&opened](const QString &id) { opened = id; });
    QObject::connect(editor.get(), &ArticleEditor::openDraftRequested, [&drafts] { ++drafts; });
    editor->createTranslation();
    CHECK(opened == pair.en.id);
    CHECK(drafts == 0);

    Article single = Testing::article(QStringLiteral("恒指收市升"), Language::ZhHantHK, ArticleStatus::Draft);
    single = ArticleStore(pair.portal.database).create(single).value();
    auto alone = pair.open(single);
    const QStringList unpaired = menuTexts(*alone);
    CHECK(unpaired.contains(u"Create English Translation Draft"));
    CHECK(unpaired.contains(u"Link to Existing Article…"));
    CHECK_FALSE(unpaired.contains(u"Unlink Translation…"));
}

TEST_CASE("a new translation opens beside its original, without the original's words", "[ui][pairs]")
{
    Testing::TestPortal portal = Testing::seededPortal();
    Article zh
        = Testing::article(QStringLiteral("港股半日升200點"), Language::ZhHantHK, ArticleStatus::Draft);
    zh.source = QStringLiteral("美通社");
    zh.dateline = QStringLiteral("北京");
    zh.body = paragraphs(QStringLiteral("第段"), 3);
    zh = ArticleStore(portal.database).create(zh).value();
    auto *document = new ArticleDocument(portal.database);
    document->load(zh);
    ArticleEditor editor(document);
    Article draft;
    QObject::connect(&editor, &ArticleEditor::openDraftRequested,
        [&draft](const Article &requested) { draft = requested; });
    editor.createTranslation();
    REQUIRE(draft.language == Language::En);
    CHECK(draft.translationGroup == zh.id);
    CHECK(draft.source.isEmpty());
    CHECK(draft.dateline.isEmpty());
    CHECK(draft.body.isEmpty());

    auto *translation = new ArticleDocument(portal.database);
    translation->load(draft);
    ArticleEditor translating(translation);
    translating.show();
    REQUIRE(translating.partnerView()->isVisible());
    CHECK(translating.partnerView()->articleId() == zh.id);
    CHECK(translating.partnerView()->heading().contains(u"港股半日升200點"));
    CHECK(translating.partnerView()->textView()->isReadOnly());
    CHECK(translating.partnerView()->textView()->toPlainText() == zh.body);

    // Saved for the first time: the translation of the original as it is now.
    translation->setField(ArticleField::Headline, QStringLiteral("Hang Seng up 200 points"));
    translation->body()->setPlainText(QStringLiteral("The Hang Seng rose."));
    REQUIRE(translating.save());
    auto link = TranslationPairs(portal.database).linkOf(draft.id);
    REQUIRE(link.has_value());
    REQUIRE(link->has_value());
    CHECK((*link)->originalId == zh.id);
    CHECK((*link)->behind == 0);
}

TEST_CASE(
    "a translation says when its original changed, shows what, and can be marked up to date", "[ui][pairs]")
{
    Pair pair;
    auto editor = pair.open(pair.en);
    editor->show();
    TranslationBar *bar = editor->translationBar();
    CHECK_FALSE(bar->isVisible());

    // A colleague edits the Chinese original: the open translation learns at once.
    pair.editOriginal(QStringLiteral("港股半日升250點"));
    REQUIRE(Testing::waitFor([bar] { return bar->isVisible(); }));
    CHECK(bar->text().contains(u"behind its original by 1 edit"));
    pair.editOriginal(QStringLiteral("港股半日升300點"));
    REQUIRE(Testing::waitFor([bar] { return bar->text().contains(u"by 2 edits"); }));

    ArticleListModel model;
    model.setDatabase(pair.portal.database);
    REQUIRE(Testing::waitFor([&model] { return model.rowCount() == 2; }));
    QStringList marks;
    for (int row = 0; row < model.rowCount(); ++row)
        marks.append(model.index(row, ArticleListModel::PairColumn).data().toString());
    CHECK(marks.contains(u"⇄ 繁 · 2 edits behind"));
    CHECK(marks.contains(u"⇄ EN"));

    OriginalChangesDialog changes(pair.portal.database, pair.en.id, QTimeZone("Asia/Hong_Kong"));
    CHECK(changes.heading().contains(u"2 edits"));
    // The headline's 200 became 300: the number struck out, the new one added.
    QString struck;
    QString added;
    for (QTextBlock block = changes.view()->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (format.fontStrikeOut())
                struck += fragment.fragment().text();
            else if (format.fontUnderline())
                added += fragment.fragment().text();
        }
    }
    CHECK(struck == u"200");
    CHECK(added == u"300");
    CHECK(changes.changesText().contains(u"港股半日升"));
    CHECK(changes.markUpToDateButton()->isEnabled());

    bar->markUpToDateButton()->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(TranslationPairs(pair.portal.database).linkOf(pair.en.id)->value().behind == 0);
    REQUIRE(Testing::waitFor([&model] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, ArticleListModel::PairColumn).data().toString() == u"⇄ 繁")
                return true;
        }
        return false;
    }));

    // The original itself never shows the bar.
    auto original = pair.open(ArticleStore(pair.portal.database).get(pair.zh.id).value());
    original->show();
    CHECK_FALSE(original->translationBar()->isVisible());
}

TEST_CASE("side by side, the two bodies scroll together paragraph by paragraph", "[ui][pairs]")
{
    Pair pair;
    auto editor = pair.open(pair.en);
    editor->resize(1400, 900);
    editor->show();
    editor->showPartner(true);
    REQUIRE(editor->partnerView()->isVisible());
    CHECK(editor->partnerView()->articleId() == pair.zh.id);
    QPlainTextEdit *mine = editor->bodyEditor()->textEdit();
    QPlainTextEdit *theirs = editor->partnerView()->textView();
    QCoreApplication::processEvents();

    // The English has two lines per paragraph, the Chinese one: paragraph 10 of the
    // English starts on line 27, of the Chinese on line 18.
    const QTextBlock english = mine->document()->findBlockByNumber(27);
    REQUIRE(english.text() == u"Paragraph");
    mine->verticalScrollBar()->setValue(english.firstLineNumber());
    QCoreApplication::processEvents();
    CHECK(theirs->cursorForPosition(QPoint(0, 0)).block().text() == u"第段 10");

    // And back: the original scrolled to paragraph 12 brings the translation along.
    theirs->verticalScrollBar()->setValue(theirs->document()->findBlockByNumber(22).firstLineNumber());
    QCoreApplication::processEvents();
    CHECK(mine->cursorForPosition(QPoint(0, 0)).blockNumber() == 33);

    editor->showPartner(false);
    CHECK_FALSE(editor->partnerView()->isVisible());

    // Ctrl+Shift+B from the text, with the Translation menu never opened.
    editor->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(editor.get()));
    mine->setFocus();
    QTest::keyClick(mine, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyRelease(mine, Qt::Key_Control);
    QTest::keyRelease(mine, Qt::Key_Shift);
    CHECK(editor->partnerView()->isVisible());
    CHECK(mine->toPlainText() == pair.en.body); // the keys did not type into the text
}

TEST_CASE("Link Translation lists the other language, keeps paired articles out of reach", "[ui][pairs]")
{
    Pair pair;
    ArticleStore store(pair.portal.database);
    const Article loose = store
                              .create(Testing::article(QStringLiteral("Stocks rise at midday"), Language::En,
                                  ArticleStatus::Draft))
                              .value();
    const Article single = store
                               .create(Testing::article(
                                   QStringLiteral("恒指收市升"), Language::ZhHantHK, ArticleStatus::Draft))
                               .value();
    LinkTranslationDialog dialog(pair.portal.database, single, QTimeZone("Asia/Hong_Kong"));
    QListWidget *list = dialog.candidates();
    REQUIRE(list->count() == 2);
    CHECK_FALSE(dialog.chosenIsOriginal()); // the Chinese one is the original by default
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->text().startsWith(u"Hang Seng")) {
            CHECK(item->text().contains(u"already paired"));
            CHECK_FALSE(item->flags() & Qt::ItemIsEnabled);
        } else {
            list->setCurrentItem(item);
        }
    }
    CHECK(dialog.chosenId() == loose.id);

    dialog.searchField()->setText(QStringLiteral("nothing like this"));
    REQUIRE(Testing::waitFor(
        [list] { return list->count() == 1 && list->item(0)->text().startsWith(u"No article"); }));
    CHECK(dialog.chosenId().isEmpty());

    // Linked as the dialog would: the Chinese is the original.
    REQUIRE(TranslationPairs(pair.portal.database).link(single.id, loose.id).has_value());
    auto editor = pair.open(store.get(single.id).value());
    CHECK(menuTexts(*editor).contains(u"Open English: Stocks rise at midday"));
    editor->unlinkTranslation(false);
    CHECK(store.get(single.id)->translationGroup.isEmpty());
    CHECK(store.get(loose.id)->translationGroup.isEmpty());
}

TEST_CASE("the article list shows both versions of a story, and all again", "[ui][pairs]")
{
    Pair pair;
    ArticleStore(pair.portal.database)
        .create(Testing::article(QStringLiteral("恒指收市升"), Language::ZhHantHK, ArticleStatus::Draft))
        .value();
    ArticleListView view;
    view.setDatabase(pair.portal.database);
    ArticleListModel *model = view.model();
    REQUIRE(Testing::waitFor([model] { return model->rowCount() == 3; }));
    CHECK_FALSE(view.showsPair());

    REQUIRE(view.showPairOf(pair.en.id));
    REQUIRE(Testing::waitFor([model] { return model->rowCount() == 2; }));
    CHECK(view.showsPair());
    QStringList languages;
    for (int row = 0; row < model->rowCount(); ++row)
        languages.append(model->index(row, ArticleListModel::LanguageColumn).data().toString());
    languages.sort();
    CHECK(languages == QStringList { QStringLiteral("English"), QStringLiteral("Traditional Chinese") });

    view.findChild<QPushButton *>(QStringLiteral("showAllArticles"))->click();
    REQUIRE(Testing::waitFor([model] { return model->rowCount() == 3; }));
    CHECK_FALSE(view.showsPair());

    // From the keyboard on the list: Ctrl+Shift+B on a paired row shows both versions.
    QTableView *table = view.findChild<QTableView *>();
    REQUIRE(table);
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ArticleListModel::ArticleIdRole).toString() == pair.zh.id)
            table->setCurrentIndex(model->index(row, 0));
    }
    REQUIRE(view.currentArticleId() == pair.zh.id);
    auto *showPair = view.findChild<QAction *>(QStringLiteral("showPairAction"));
    REQUIRE(showPair);
    CHECK(showPair->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    showPair->trigger();
    REQUIRE(Testing::waitFor([model] { return model->rowCount() == 2; }));
    CHECK(view.showsPair());
    view.findChild<QPushButton *>(QStringLiteral("showAllArticles"))->click();
    REQUIRE(Testing::waitFor([model] { return model->rowCount() == 3; }));

    // An article without a partner has no pair to show.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ArticleListModel::PairColumn).data().toString().isEmpty())
            CHECK_FALSE(
                view.showPairOf(model->index(row, 0).data(ArticleListModel::ArticleIdRole).toString()));
    }
}
