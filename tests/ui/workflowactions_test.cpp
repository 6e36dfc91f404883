#include "core/store/articlestore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/workflowactions.h"
#include "uitesting.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QPushButton *workflowButton(ArticleEditor &editor, ArticleStatus target)
{
    const QList<QPushButton *> buttons = editor.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->property("target").isValid() && button->property("target").toInt() == int(target))
            return button;
    }
    return nullptr;
}

// An article that passes the checklist: section, byline, standfirst and a real body.
Article publishable(const QString &headline)
{
    Article article
        = Testing::article(headline, Language::ZhHantHK, ArticleStatus::Draft, QStringLiteral("finance"));
    article.standfirst = QStringLiteral("恒指早段高開，科技股領漲。");
    article.body = QString(60, QChar(0x6E2F)) + QStringLiteral("\n\n") + QString(60, QChar(0x80A1));
    return article;
}

// Clicks the checklist's accept button ("Publish", "Schedule Anyway", …); fails when it has none.
void acceptChecklist(QWidget *dialog)
{
    auto *accept = dialog->findChild<QPushButton *>(QStringLiteral("accept"));
    REQUIRE(accept);
    QTest::mouseClick(accept, Qt::LeftButton);
}

// `article` stored in a seeded portal and open in an editor on screen.
struct OpenEditor
{
    Testing::TestPortal portal = Testing::seededPortal();
    Article stored;
    ArticleDocument *document = nullptr;
    std::unique_ptr<ArticleEditor> editor;

    explicit OpenEditor(const Article &article)
    {
        stored = *ArticleStore(portal.database).create(article);
        document = new ArticleDocument(portal.database);
        document->load(stored);
        editor = std::make_unique<ArticleEditor>(document);
        editor->show();
    }
    Article storedNow() const { return *ArticleStore(portal.database).get(stored.id); }
};

} // namespace

TEST_CASE("Schedule… asks for a Hong Kong time and saves the article as scheduled", "[ui][editor]")
{
    auto portal = Testing::seededPortal();
    const Article stored = *ArticleStore(portal.database).create(publishable(QStringLiteral("恒指收市")));
    auto *document = new ArticleDocument(portal.database);
    document->load(stored);
    ArticleEditor editor(document);
    editor.show();

    QPushButton *schedule = workflowButton(editor, ArticleStatus::Scheduled);
    REQUIRE(schedule);
    CHECK(schedule->text() == WorkflowActions::find(ArticleStatus::Scheduled)->label());
    CHECK(schedule->isVisible());

    const QDate day = QDate::currentDate().addYears(1);
    bool answered = false;
    Testing::answerModal(
        [day](QWidget *dialog) {
            auto *when = dialog->findChild<QDateTimeEdit *>();
            REQUIRE(when);
            // The field shows the portal's wall clock (see ArticleForm): 09:30 there.
            when->setDateTime(QDateTime(day, QTime(9, 30), Qt::UTC));
            Testing::answerModal(acceptChecklist); // then the checklist
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        &answered);
    QTest::mouseClick(schedule, Qt::LeftButton);
    REQUIRE(answered);

    const Result<Article> saved = ArticleStore(portal.database).get(stored.id);
    REQUIRE(saved);
    CHECK(saved->status == ArticleStatus::Scheduled);
    CHECK(saved->publishAt == QDateTime(day, QTime(1, 30), Qt::UTC)); // 09:30 HKT
    CHECK_FALSE(document->isDirty());
    CHECK_FALSE(schedule->isVisible()); // a scheduled article is not scheduled again
}

TEST_CASE("a cancelled Schedule… changes nothing", "[ui][editor]")
{
    auto portal = Testing::seededPortal();
    const Article stored = *ArticleStore(portal.database)
                                .create(Testing::article(
                                    QStringLiteral("恒指收市"), Language::ZhHantHK, ArticleStatus::Draft));
    auto *document = new ArticleDocument(portal.database);
    document->load(stored);
    ArticleEditor editor(document);
    editor.show();
    bool answered = false;
    Testing::answerModal(
        [](QWidget *dialog) {
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        },
        &answered);
    QTest::mouseClick(workflowButton(editor, ArticleStatus::Scheduled), Qt::LeftButton);
    REQUIRE(answered);
    CHECK(ArticleStore(portal.database).get(stored.id)->status == ArticleStatus::Draft);
    CHECK_FALSE(document->isDirty());
}

TEST_CASE(
    "Publish after a schedule goes live now, and a future time always shows as Scheduled", "[ui][editor]")
{
    Article article = publishable(QStringLiteral("恒指收市"));
    article.status = ArticleStatus::Scheduled;
    article.publishAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    OpenEditor open(article);
    auto *status = open.editor->findChild<QLabel *>(QStringLiteral("workflowStatus"));
    REQUIRE(status);
    CHECK(status->text().startsWith(u"Scheduled for "));
    CHECK(status->text().contains(u"HKT"));
    CHECK(workflowButton(*open.editor, ArticleStatus::Draft)->text().toStdString() == "Unschedule");

    bool answered = false;
    Testing::answerModal(acceptChecklist, &answered);
    QTest::mouseClick(workflowButton(*open.editor, ArticleStatus::Published), Qt::LeftButton);
    REQUIRE(answered);
    const Article published = open.storedNow();
    CHECK(published.status == ArticleStatus::Published);
    CHECK(published.publishAt <= QDateTime::currentDateTimeUtc());
    CHECK(isLive(published, QDateTime::currentDateTimeUtc()));
    CHECK(status->text().startsWith(u"Published · version 2"));
    CHECK_FALSE(open.document->isDirty());
}

TEST_CASE("a publish the checklist refuses changes nothing: status, typing and undo stay", "[ui][editor]")
{
    Article article = publishable(QStringLiteral("恒指收市"));
    article.photos = { Photo { {}, QStringLiteral("圖為中環，待補圖片"), {}, {} } };
    OpenEditor open(article);
    open.document->setField(ArticleField::Headline, QStringLiteral("恒指收市升百點"));
    const int undoSteps = open.document->undoStack()->count();
    REQUIRE(open.document->isDirty());

    bool answered = false;
    QStringList shown;
    Testing::answerModal(
        [&shown](QWidget *dialog) {
            CHECK_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("accept")));
            auto *list = dialog->findChild<QTreeWidget *>();
            REQUIRE(list);
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                shown << list->topLevelItem(i)->text(0);
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close), Qt::LeftButton);
        },
        &answered);
    QTest::mouseClick(workflowButton(*open.editor, ArticleStatus::Published), Qt::LeftButton);
    REQUIRE(answered);
    CHECK(shown.value(0) == u"Photo 1 has no picture yet: attach one or remove the photo.");
    CHECK(open.storedNow().status == ArticleStatus::Draft);
    CHECK(open.storedNow().version == 1);
    CHECK(open.document->article().status == ArticleStatus::Draft);
    CHECK(open.document->article().headline == u"恒指收市升百點");
    CHECK(open.document->isDirty());
    CHECK(open.document->undoStack()->count() == undoSteps);
}

TEST_CASE("a move the store refuses leaves the editor as it was", "[ui][editor]")
{
    OpenEditor open(publishable(QStringLiteral("恒指收市")));
    open.editor->setMoveConfirmer([](ArticleStatus, const QList<PublishCheck> &) { return true; });
    open.document->setField(ArticleField::Kicker, QStringLiteral("快訊"));
    const int undoSteps = open.document->undoStack()->count();
    REQUIRE(ArticleStore(open.portal.database).remove(open.stored.id)); // a colleague deleted it meanwhile

    bool answered = false;
    Testing::answerModal([](QWidget *dialog) { dialog->close(); }, &answered); // "Not Saved"
    open.editor->changeStatus(ArticleStatus::Published);
    REQUIRE(answered);
    CHECK(open.document->article().status == ArticleStatus::Draft);
    CHECK_FALSE(open.document->article().publishAt.isValid());
    CHECK(open.document->isDirty());
    CHECK(open.document->undoStack()->count() == undoSteps);
    CHECK(open.editor->findChild<QLabel *>(QStringLiteral("workflowStatus"))->text().startsWith(u"Draft"));
}

TEST_CASE("Unpublish and Archive ask first; Send Back is its own action", "[ui][editor]")
{
    Article article = publishable(QStringLiteral("恒指收市"));
    article.status = ArticleStatus::Published;
    article.publishAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    OpenEditor open(article);

    QPushButton *unpublish = workflowButton(*open.editor, ArticleStatus::Draft);
    CHECK(unpublish->text().toStdString() == "Unpublish");
    bool answered = false;
    Testing::answerModal(
        [](QWidget *dialog) {
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        },
        &answered);
    QTest::mouseClick(unpublish, Qt::LeftButton);
    REQUIRE(answered);
    CHECK(open.storedNow().status == ArticleStatus::Published);

    answered = false;
    Testing::answerModal(
        [](QWidget *dialog) {
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == u"&Archive")
                    QTest::mouseClick(button, Qt::LeftButton);
            }
        },
        &answered);
    QTest::mouseClick(workflowButton(*open.editor, ArticleStatus::Archived), Qt::LeftButton);
    REQUIRE(answered);
    CHECK(open.storedNow().status == ArticleStatus::Archived);

    // In review, going back to draft is sending it back, and asks nothing.
    Article review = publishable(QStringLiteral("新聞稿"));
    review.status = ArticleStatus::InReview;
    OpenEditor other(review);
    QPushButton *sendBack = workflowButton(*other.editor, ArticleStatus::Draft);
    CHECK(sendBack->text().toStdString() == "Send Back to Reporter");
    QTest::mouseClick(sendBack, Qt::LeftButton);
    CHECK(other.storedNow().status == ArticleStatus::Draft);
    const QList<Revision> history = *ArticleStore(other.portal.database).revisions(other.stored.id);
    CHECK(history.first().note == u"sent back to draft");
}
