#include "core/store/articlestore.h"
#include "core/store/changewatch.h"
#include "core/store/mediastore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articleform.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/readonlywidgets.h"
#include "uitesting.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QToolButton>
#include <QUndoStack>
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

struct OpenArticle
{
    Testing::TestPortal portal = Testing::seededPortal();
    Article stored;
    std::unique_ptr<ArticleEditor> editor;

    explicit OpenArticle(const QString &body = QStringLiteral("恒指今早高開。"))
    {
        Article article
            = Testing::article(QStringLiteral("港股半日升 200 點"), Language::ZhHantHK, ArticleStatus::Draft);
        article.body = body;
        auto created = ArticleStore(portal.database).create(article);
        REQUIRE(created.has_value());
        stored = *created;
        auto *document = new ArticleDocument(portal.database);
        document->load(stored);
        editor = std::make_unique<ArticleEditor>(document);
    }

    ArticleDocument *document() const { return editor->document(); }
    QLineEdit *headline() const { return editor->form()->lineEdit(ArticleField::Headline); }
};

} // namespace

TEST_CASE("editing a field can be undone and redone, in the widget too", "[ui][editor]")
{
    OpenArticle open;
    typeChinese(open.headline(), QStringLiteral("！"));
    CHECK(open.document()->article().headline == u"港股半日升 200 點！");
    CHECK(open.document()->isDirty());
    CHECK(open.editor->tabTitle().startsWith(u"• "));

    open.document()->undoStack()->undo();
    CHECK(open.document()->article().headline == u"港股半日升 200 點");
    CHECK(open.headline()->text() == u"港股半日升 200 點");
    CHECK_FALSE(open.document()->isDirty());

    open.document()->undoStack()->redo();
    CHECK(open.headline()->text() == u"港股半日升 200 點！");
}

TEST_CASE("body typing and field edits undo in the order they were made", "[ui][editor]")
{
    OpenArticle open;
    QPlainTextEdit *body = open.editor->bodyEditor()->textEdit();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("ABC"));
    open.document()->setField(ArticleField::Byline, QStringLiteral("記者 李小明"));
    CHECK(open.document()->bodyText() == u"恒指今早高開。ABC");

    QUndoStack *undo = open.document()->undoStack();
    undo->undo();
    CHECK(open.document()->article().byline == u"本報記者 陳大文");
    CHECK(open.document()->bodyText() == u"恒指今早高開。ABC");
    undo->undo();
    CHECK(open.document()->bodyText() == u"恒指今早高開。");
    CHECK_FALSE(open.document()->isDirty());
    undo->redo();
    undo->redo();
    CHECK(open.document()->article().byline == u"記者 李小明");
    CHECK(open.document()->bodyText() == u"恒指今早高開。ABC");
}

TEST_CASE("save writes through the store and clears the dirty mark", "[ui][editor]")
{
    OpenArticle open;
    open.document()->setField(ArticleField::Kicker, QStringLiteral("市場快訊"));
    REQUIRE(open.editor->save());
    CHECK_FALSE(open.document()->isDirty());
    CHECK_FALSE(open.editor->tabTitle().startsWith(u"•"));
    auto reread = ArticleStore(open.portal.database).get(open.stored.id);
    REQUIRE(reread.has_value());
    CHECK(reread->kicker == u"市場快訊");
    CHECK(reread->version == 2);
}

TEST_CASE("a save with a problem names the field and keeps the typing", "[ui][editor]")
{
    OpenArticle open;
    open.document()->setField(ArticleField::OriginalLink, QStringLiteral("ftp://example.com"));
    QString said;
    QObject::connect(
        open.editor.get(), &ArticleEditor::message, [&said](const QString &text) { said = text; });
    CHECK_FALSE(open.editor->save());
    CHECK(said.contains(QStringLiteral("Original link")));
    CHECK(open.document()->article().originalLink == u"ftp://example.com");
    CHECK(open.document()->isDirty());
}

TEST_CASE("a colleague's save to other fields merges without asking", "[ui][editor]")
{
    OpenArticle open;
    open.document()->setField(ArticleField::Headline, QStringLiteral("我的標題"));
    ArticleStore other(open.portal.database);
    Article theirs = open.stored;
    theirs.kicker = QStringLiteral("他們的肩題");
    REQUIRE(other.save(theirs).has_value());

    bool asked = false;
    open.editor->setConflictResolver([&](const ArticleMerge &, const Article &, const QString &) {
        asked = true;
        return ConflictDecision {};
    });
    QString said;
    QObject::connect(
        open.editor.get(), &ArticleEditor::message, [&said](const QString &text) { said = text; });
    REQUIRE(open.editor->save());
    CHECK_FALSE(asked);
    CHECK(said.contains(QStringLiteral("merged")));
    const Article stored = other.get(open.stored.id).value();
    CHECK(stored.headline == u"我的標題");
    CHECK(stored.kicker == u"他們的肩題"); // not reverted by my save
    CHECK(stored.version == open.stored.version + 2);
    CHECK(open.document()->article().kicker == u"他們的肩題"); // the editor shows the merge
    CHECK_FALSE(open.document()->isDirty());
}

TEST_CASE("a true conflict goes to the editor to decide, never an overwrite", "[ui][editor]")
{
    OpenArticle open;
    open.document()->setField(ArticleField::Headline, QStringLiteral("我的標題"));

    ArticleStore other(open.portal.database);
    Article theirs = open.stored;
    theirs.headline = QStringLiteral("他們的標題");
    theirs.body = QStringLiteral("他們改了內文。");
    REQUIRE(other.save(theirs).has_value());

    ArticleMerge seen;
    auto answer = [&](ConflictDecision::Kind kind) {
        open.editor->setConflictResolver(
            [&, kind](const ArticleMerge &merge, const Article &, const QString &) {
                seen = merge;
                return ConflictDecision { kind, {} };
            });
    };

    SECTION("keep theirs shows their version, and Undo brings mine back")
    {
        answer(ConflictDecision::KeepTheirs);
        REQUIRE(open.editor->save());
        REQUIRE(seen.conflicts.size() == 1);
        CHECK(seen.conflicts.first().field == ArticleField::Headline);
        CHECK(seen.fromTheirs.contains(ArticleField::Body));
        CHECK(open.document()->article().headline == u"他們的標題");
        CHECK(open.document()->bodyText() == u"他們改了內文。");
        CHECK(open.document()->article().version == open.stored.version + 1);
        CHECK_FALSE(open.document()->isDirty());
        open.document()->undoStack()->undo();
        CHECK(open.document()->article().headline == u"我的標題");
    }
    SECTION("cancel leaves both versions alone")
    {
        answer(ConflictDecision::Cancel);
        CHECK_FALSE(open.editor->save());
        CHECK(other.get(open.stored.id)->headline == u"他們的標題");
        CHECK(open.document()->article().headline == u"我的標題");
    }
    SECTION("a merge keeps the pick and everything settled")
    {
        open.editor->setConflictResolver([](const ArticleMerge &merge, const Article &, const QString &) {
            return ConflictDecision { ConflictDecision::Merge,
                *merge.resolved({ { ArticleField::Headline, ArticleMerge::Side::Mine } }) };
        });
        REQUIRE(open.editor->save());
        auto stored = other.get(open.stored.id);
        CHECK(stored->headline == u"我的標題");
        CHECK(stored->body == u"他們改了內文。");
        CHECK(stored->version == open.stored.version + 2);
    }
}

TEST_CASE("the lint panel lists the half-width question mark and Fix applies it", "[ui][editor]")
{
    OpenArticle open(
        QStringLiteral("【與拍賣官看藝術】畢加索的市場潛能有多強?亞洲收藏家如何從新角度鑑賞？► 即睇"));
    const QList<ArticleFinding> findings = open.editor->lintPanel()->findings();
    const auto question = std::find_if(findings.cbegin(), findings.cend(),
        [](const ArticleFinding &entry) { return !entry.inHeadline && entry.finding.replacement == u"？"; });
    REQUIRE(question != findings.cend());
    CHECK(open.document()->bodyText().mid(question->finding.offset, question->finding.size) == u"?");

    open.editor->fixFinding(*question);
    CHECK(open.document()->bodyText().contains(QStringLiteral("多強？亞洲")));
    open.document()->undoStack()->undo();
    CHECK(open.document()->bodyText().contains(QStringLiteral("多強?亞洲")));
    open.editor->fixAll();
    CHECK(open.document()->bodyText().contains(QStringLiteral("多強？亞洲")));
}

TEST_CASE("convert to Simplified changes the selection only", "[ui][editor]")
{
    OpenArticle open(QStringLiteral("頭髮很長。發展很快。"));
    QPlainTextEdit *body = open.editor->bodyEditor()->textEdit();
    QTextCursor cursor(body->document());
    cursor.setPosition(0);
    cursor.setPosition(5, QTextCursor::KeepAnchor);
    body->setTextCursor(cursor);
    REQUIRE(open.editor->convert(true));
    CHECK(open.document()->bodyText() == u"头发很长。發展很快。");
    open.document()->undoStack()->undo();
    CHECK(open.document()->bodyText() == u"頭髮很長。發展很快。");
}

TEST_CASE("the counts follow the body", "[ui][editor]")
{
    OpenArticle open(QStringLiteral("港股今早高開 HSBC shares rose"));
    CHECK(open.editor->counts().cjkChars == 6);
    CHECK(open.editor->counts().latinWords == 3);
    CHECK(open.editor->countsText().contains(QStringLiteral("9")));
}

TEST_CASE("a workflow button changes the status and saves", "[ui][editor]")
{
    OpenArticle open;
    // The checklist's answer: go on whatever it found (what it finds is workflowactions_test's).
    open.editor->setMoveConfirmer([](ArticleStatus, const QList<PublishCheck> &) { return true; });
    open.document()->setField(ArticleField::Section, QStringLiteral("finance"));
    open.document()->setField(ArticleField::Body, QString(40, QChar(0x6E2F)));
    open.editor->changeStatus(ArticleStatus::InReview);
    auto stored = ArticleStore(open.portal.database).get(open.stored.id);
    CHECK(stored->status == ArticleStatus::InReview);
    open.editor->changeStatus(ArticleStatus::Published);
    stored = ArticleStore(open.portal.database).get(open.stored.id);
    CHECK(stored->status == ArticleStatus::Published);
    CHECK(stored->publishAt.isValid());
}

TEST_CASE("a photo from a file goes to the media store and the article, undoably", "[ui][editor]")
{
    OpenArticle open;
    QImage picture(64, 48, QImage::Format_RGB32);
    picture.fill(Qt::darkRed);
    const QString file = open.portal.folder->filePath(QStringLiteral("harbour.png"));
    REQUIRE(picture.save(file));

    REQUIRE(open.editor->addPhoto(file,
        { {}, QStringLiteral("維港夜景"), QStringLiteral("新華社"),
            QStringLiteral("Victoria Harbour at night") }));
    const QList<Photo> photos = open.document()->article().photos;
    REQUIRE(photos.size() == 1);
    CHECK(photos.first().caption == u"維港夜景");
    CHECK(photos.first().file.endsWith(QStringLiteral(".png")));
    CHECK(MediaStore(open.portal.database).get(photos.first().file).has_value());
    open.document()->undoStack()->undo();
    CHECK(open.document()->article().photos.isEmpty());
}

TEST_CASE("a translation draft is linked to the article through a shared group", "[ui][editor]")
{
    OpenArticle open;
    Article draft;
    QObject::connect(open.editor.get(), &ArticleEditor::openDraftRequested,
        [&draft](const Article &requested) { draft = requested; });
    open.editor->createTranslation();
    CHECK(draft.language == Language::En);
    CHECK_FALSE(draft.id.isEmpty());
    CHECK(draft.translationGroup == open.stored.id);
    CHECK(draft.section == open.stored.section);
    auto stored = ArticleStore(open.portal.database).get(open.stored.id);
    CHECK(stored->translationGroup == open.stored.id);
}

TEST_CASE("the publish time is typed in Hong Kong time and stored in UTC", "[ui][editor]")
{
    OpenArticle open;
    auto *edit = qobject_cast<QDateTimeEdit *>(open.editor->form()->editorOf(ArticleField::PublishAt));
    REQUIRE(edit);
    auto *set = edit->parentWidget()->findChild<QCheckBox *>();
    REQUIRE(set);
    set->click();
    CHECK(open.document()->article().publishAt.isValid());
    edit->setDateTime(QDateTime(QDate(2024, 11, 8), QTime(12, 0), Qt::UTC)); // 12:00 on the HKT clock
    CHECK(open.document()->article().publishAt == QDateTime(QDate(2024, 11, 8), QTime(4, 0), Qt::UTC));
    open.document()->undoStack()->undo();
    CHECK_FALSE(open.document()->article().publishAt.isValid());
}

TEST_CASE("a colleague's save shows at once in a clean editor, and leaves unsaved typing alone",
    "[ui][editor][watch]")
{
    OpenArticle open;
    auto opened = Database::open(open.portal.database->address()); // the colleague's own connection
    REQUIRE(opened.has_value());
    ChangeWatch watch(open.portal.database);
    REQUIRE(watch.start().has_value());
    Article theirs = open.stored;
    theirs.headline = QStringLiteral("同事改好的標題");
    REQUIRE(ArticleStore(*opened).save(theirs).has_value());
    REQUIRE(Testing::waitFor([&] { return open.headline()->text() == u"同事改好的標題"; }));
    CHECK(open.document()->stored().version == open.stored.version + 1);
    CHECK_FALSE(open.document()->isDirty());

    QSignalSpy newer(open.document(), &ArticleDocument::newerVersionSaved);
    QString said;
    QObject::connect(
        open.editor.get(), &ArticleEditor::message, [&said](const QString &text) { said = text; });
    open.document()->setField(ArticleField::Kicker, QStringLiteral("我未儲存的肩題"));
    theirs = ArticleStore(*opened).get(theirs.id).value();
    theirs.byline = QStringLiteral("記者 李小明");
    REQUIRE(ArticleStore(*opened).save(theirs).has_value());
    REQUIRE(Testing::waitFor([&] { return newer.size() > 0; }));
    CHECK(said.contains(QStringLiteral("saving merges")));
    CHECK(open.document()->article().kicker == u"我未儲存的肩題"); // the typing stays
    REQUIRE(open.editor->save()); // and merges with the byline
    const Article stored = ArticleStore(*opened).get(theirs.id).value();
    CHECK(stored.kicker == u"我未儲存的肩題");
    CHECK(stored.byline == u"記者 李小明");
}

TEST_CASE("a save whose answer was lost is recognised when its version arrives", "[ui][editor][watch]")
{
    // The connection dropped after the server committed: the editor never heard "saved".
    // When the watch reports the new version and it holds exactly this text, the editor
    // is saved after all, instead of offering to merge with itself.
    OpenArticle open;
    auto opened = Database::open(open.portal.database->address());
    REQUIRE(opened.has_value());
    ChangeWatch watch(open.portal.database);
    REQUIRE(watch.start().has_value());
    open.document()->setField(ArticleField::Headline, QStringLiteral("已提交但未收到回覆"));
    REQUIRE(open.document()->isDirty());
    Article committed = open.document()->article();
    REQUIRE(ArticleStore(*opened).save(committed).has_value()); // what the lost COMMIT wrote
    REQUIRE(Testing::waitFor([&] { return !open.document()->isDirty(); }));
    CHECK(open.document()->stored().version == open.stored.version + 1);
    CHECK(open.headline()->text() == u"已提交但未收到回覆");
}

TEST_CASE("a wire draft shows the wire's own time under the form, never as the publish time", "[ui][editor]")
{
    Testing::TestPortal portal = Testing::seededPortal();
    Article draft = ArticleDocument::newArticle(Language::En);
    draft.headline = QStringLiteral("Hang Seng up 200 points");
    draft.wireTime = QDateTime(QDate(2026, 12, 2), QTime(1, 30), QTimeZone::utc());
    auto *document = new ArticleDocument(portal.database);
    document->load(draft);
    ArticleEditor editor(document);
    editor.show();
    auto *wire = editor.findChild<QLabel *>(QStringLiteral("wireTime"));
    REQUIRE(wire);
    CHECK(wire->isVisible());
    CHECK(wire->text().contains(u"2026-12-02 09:30 HKT"));
    CHECK_FALSE(document->article().publishAt.isValid());
    // Typing does not touch it; an article from the desk has none.
    document->setField(ArticleField::Headline, QStringLiteral("Hang Seng up 250 points"));
    CHECK(wire->text().contains(u"09:30 HKT"));
    auto *plain = new ArticleDocument(portal.database);
    plain->load(ArticleDocument::newArticle(Language::En));
    ArticleEditor desk(plain);
    desk.show();
    CHECK_FALSE(desk.findChild<QLabel *>(QStringLiteral("wireTime"))->isVisible());
}

TEST_CASE("the desk notes fold away, say what they hold, edit, undo and save", "[ui][editor][notes]")
{
    Testing::TestPortal portal = Testing::seededPortal();
    Article article
        = Testing::article(QStringLiteral("機械臂公司完成融資"), Language::ZhHantHK, ArticleStatus::Draft);
    article.notes = QStringLiteral("### 關於獅子山機械人\n\n公司成立於2019年。\n\n傳媒查詢：陳小姐");
    const Article stored = ArticleStore(portal.database).create(article).value();
    auto *document = new ArticleDocument(portal.database);
    document->load(stored);
    ArticleEditor editor(document);
    auto *header = editor.findChild<QToolButton *>(QStringLiteral("notesHeader"));
    auto *notes = editor.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    REQUIRE(header);
    REQUIRE(notes);
    CHECK(notes->isHidden()); // folded: the form stays short
    CHECK(notes->toPlainText() == article.notes);
    CHECK(header->text().contains(u"5 lines"));
    CHECK(header->text().contains(u"never published"));

    header->click();
    CHECK_FALSE(notes->isHidden());
    notes->moveCursor(QTextCursor::End);
    notes->insertPlainText(QStringLiteral("\n已致電，待回覆。"));
    CHECK(document->article().notes.endsWith(u"待回覆。"));
    CHECK(document->isDirty());
    CHECK(header->text().contains(u"6 lines"));
    document->undoStack()->undo();
    CHECK(document->article().notes == article.notes);
    CHECK(notes->toPlainText() == article.notes);
    document->undoStack()->redo();
    REQUIRE(editor.save());
    CHECK(ArticleStore(portal.database).get(stored.id)->notes.endsWith(u"待回覆。"));
    // Read-only (a colleague holds the lock), the notes still unfold, but do not edit.
    ReadOnlyWidgets::setEditable(&editor, false);
    header->click();
    CHECK(notes->isHidden());
    CHECK(header->isEnabled());
    header->click();
    CHECK_FALSE(notes->isHidden());
    CHECK(notes->isReadOnly());
    // A History entry names the field.
    CHECK(ArticleFields::label(ArticleField::Notes) == u"Desk notes");
}

TEST_CASE("the article form shows a look-alike original link's host in punycode", "[ui][editor][links]")
{
    OpenArticle open;
    auto *warning = open.editor->findChild<QLabel *>(QStringLiteral("linkWarning"));
    REQUIRE(warning);
    CHECK(warning->isHidden());
    open.document()->setField(ArticleField::OriginalLink, QStringLiteral("https://www.hkex\u0441.com/news"));
    CHECK_FALSE(warning->isHidden());
    CHECK(warning->text().contains(u"xn--"));
    open.document()->undoStack()->undo();
    CHECK(warning->isHidden());
}
