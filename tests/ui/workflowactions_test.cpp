#include "core/store/articlestore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/workflowactions.h"
#include "uitesting.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QPushButton *workflowButton(ArticleEditor &editor, ArticleStatus target)
{
    const QList<QPushButton *> buttons = editor.findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->property("target").toInt() == int(target))
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Schedule… asks for a Hong Kong time and saves the article as scheduled", "[ui][editor]")
{
    auto portal = Testing::seededPortal();
    const Article stored = *ArticleStore(portal.database)
                                .create(Testing::article(
                                    QStringLiteral("恒指收市"), Language::ZhHantHK, ArticleStatus::Draft));
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
