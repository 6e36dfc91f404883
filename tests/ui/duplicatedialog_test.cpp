// Wire copy that is already in the portal (issue 15), in the editor: the question naming
// the existing article, and each of its answers carried out.

#include "core/ingest/wireimport.h"
#include "core/store/articlestore.h"
#include "core/store/editlocks.h"
#include "core/store/recoverystore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/editortabs.h"
#include "ui/ingest/duplicatedialog.h"
#include "ui/ingest/wirecopyimport.h"
#include "ui/mainwindow/mainwindow.h"
#include "uitesting.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;
using namespace Qt::StringLiterals;

namespace {

const QString first = QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire-prnewswire-etnet.txt");
const QString again = QStringLiteral(PORTALDESK_FIXTURES_DIR "/duplicates/en-xinhua-repaste.txt");
const QString other = QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire/globenewswire-en.txt");

// The main window on a portal that holds the etnet release, with the questions answered here.
struct Desk
{
    Testing::TemporarySettings settings;
    Testing::TestPortal portal = Testing::seededPortal();
    MainWindow window;
    QStringList chosen;
    std::optional<WireImportReport> report;
    QStringList asked; // "copy name: reason"
    DuplicateChoice answer = DuplicateChoice::OpenExisting;
    QString existingId;

    Desk()
    {
        REQUIRE(window.openDatabase(portal.database->address()));
        window.editorTabs()->setRecoveryQuestion(
            [](const RecoveredArticle &) { return EditorTabs::RecoveryAnswer::Later; });
        window.wireImport()->setFileChooser([this](QWidget *) { return chosen; });
        window.wireImport()->setReportPresenter([this](const WireImportReport &r) { report = r; });
        window.wireImport()->setDuplicateChooser([this](const QString &name, const WireDuplicate &duplicate) {
            asked.append(name + u": "_s + duplicate.reason());
            return answer;
        });
        importFiles({ first });
        REQUIRE(report->createdIds.size() == 1);
        existingId = report->createdIds.first();
        asked.clear();
    }

    void importFiles(const QStringList &paths)
    {
        report.reset();
        window.wireImport()->importFiles(paths);
        REQUIRE(report);
    }

    int articles() const { return ArticleStore(portal.database).count().value_or(-1); }
};

} // namespace

TEST_CASE("importing copy already in the portal asks first; Open Existing stores nothing",
    "[ui][ingest][duplicates]")
{
    Desk desk;
    desk.importFiles({ first });
    CHECK(desk.asked == QStringList { u"wire-prnewswire-etnet.txt: same original link"_s });
    CHECK(desk.report->createdIds.isEmpty());
    CHECK(desk.report->openedIds == QStringList { desk.existingId });
    CHECK(desk.articles() == 1);
    ArticleEditor *editor = desk.window.editorTabs()->currentEditor();
    REQUIRE(editor);
    CHECK(editor->document()->id() == desk.existingId);

    // Pasted, as the issue found it, rather than from a file.
    QFile file(first);
    REQUIRE(file.open(QIODevice::ReadOnly));
    desk.report.reset();
    desk.window.wireImport()->importText(QString::fromUtf8(file.readAll()));
    REQUIRE(desk.report);
    CHECK(desk.asked.value(1) == u"pasted copy: same original link"_s);
    CHECK(desk.articles() == 1);
}

TEST_CASE("Update Existing saves the copy over the existing article as its next version",
    "[ui][ingest][duplicates]")
{
    Desk desk;
    desk.answer = DuplicateChoice::UpdateExisting;
    desk.importFiles({ again });
    REQUIRE(desk.asked.size() == 1);
    CHECK(desk.asked.first().startsWith(u"en-xinhua-repaste.txt: "_s));
    CHECK(desk.asked.first().endsWith(u"% the same text"_s));
    CHECK(desk.report->updatedIds == QStringList { desk.existingId });
    CHECK(desk.report->createdIds.isEmpty());
    CHECK(desk.articles() == 1);
    const Article updated = ArticleStore(desk.portal.database).get(desk.existingId).value();
    CHECK(updated.version == 2);
    CHECK(updated.headline.startsWith(u"Xinhua Silk Road: Hangzhou's Linping"_s));
    CHECK(ArticleStore(desk.portal.database).revisions(desk.existingId)->first().note
        == u"updated from wire copy"_s);
}

TEST_CASE("Update Existing on an article a colleague is editing says who, and changes nothing",
    "[ui][ingest][duplicates]")
{
    Desk desk;
    auto colleague = Database::open(desk.portal.database->address());
    REQUIRE(colleague.has_value());
    (*colleague)->setUserName(u"陳大文"_s);
    // The import opened the article here; the colleague takes it over.
    REQUIRE(EditLocks(*colleague).takeOver(desk.existingId).has_value());
    desk.answer = DuplicateChoice::UpdateExisting;
    desk.importFiles({ again });
    CHECK(desk.report->updatedIds.isEmpty());
    REQUIRE(desk.report->refusals.size() == 1);
    CHECK(desk.report->refusals.first().startsWith(u"en-xinhua-repaste.txt: "_s));
    CHECK(desk.report->refusals.first().contains(u"was not updated"_s));
    CHECK(desk.report->refusals.first().contains(u"陳大文"_s));
    CHECK(ArticleStore(desk.portal.database).get(desk.existingId)->version == 1);
}

TEST_CASE("Import Anyway makes a second article; Cancel stops before the copies after it",
    "[ui][ingest][duplicates]")
{
    Desk desk;
    desk.answer = DuplicateChoice::ImportAnyway;
    desk.importFiles({ again });
    CHECK(desk.report->createdIds.size() == 1);
    CHECK(desk.articles() == 2);

    desk.answer = DuplicateChoice::Cancel;
    desk.importFiles({ first, other });
    CHECK(desk.report->cancelled);
    CHECK(desk.report->createdIds.isEmpty());
    CHECK(desk.articles() == 2); // the GlobeNewswire release after it was not imported
}

TEST_CASE("the duplicate dialog names the article and how it matched; Enter opens it, Esc cancels",
    "[ui][ingest][duplicates]")
{
    WireDuplicate duplicate;
    duplicate.existing.headline = u"立法會七題：支援零售業中小企"_s;
    duplicate.existing.status = ArticleStatus::Published;
    duplicate.existing.updatedBy = u"陳大文"_s;
    duplicate.existing.updatedAt = QDateTime(QDate(2025, 3, 6), QTime(3, 5), QTimeZone::utc());
    duplicate.similarity = 0.923;

    const auto shown = [&](const std::function<void(DuplicateDialog &)> &act) {
        DuplicateDialog dialog(u"pasted copy"_s, duplicate, QTimeZone("Asia/Hong_Kong"));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        act(dialog);
        return dialog.choice();
    };
    shown([&](DuplicateDialog &dialog) {
        CHECK(dialog.text().contains(u"pasted copy"_s));
        CHECK(dialog.text().contains(duplicate.existing.headline));
        CHECK(dialog.informativeText().contains(u"92 % the same text"_s));
        CHECK(dialog.informativeText().contains(statusName(ArticleStatus::Published)));
        CHECK(dialog.informativeText().contains(u"陳大文"_s));
        // When, as the desk reads times: the portal's zone, 24-hour.
        CHECK(dialog.informativeText().contains(u"Last updated: 2025-03-06 11:05 HKT by 陳大文"_s));
        CHECK(dialog.defaultButton() == dialog.buttonFor(DuplicateChoice::OpenExisting));
        CHECK(dialog.escapeButton() == dialog.buttonFor(DuplicateChoice::Cancel));
    });
    CHECK(shown([](DuplicateDialog &dialog) { QTest::keyClick(&dialog, Qt::Key_Return); })
        == DuplicateChoice::OpenExisting);
    CHECK(shown([](DuplicateDialog &dialog) { QTest::keyClick(&dialog, Qt::Key_Escape); })
        == DuplicateChoice::Cancel);
    CHECK(shown([](DuplicateDialog &dialog) { dialog.buttonFor(DuplicateChoice::UpdateExisting)->click(); })
        == DuplicateChoice::UpdateExisting);
    CHECK(shown([](DuplicateDialog &dialog) { dialog.buttonFor(DuplicateChoice::ImportAnyway)->click(); })
        == DuplicateChoice::ImportAnyway);

    duplicate.match = WireDuplicate::Match::SameLink;
    shown([&](DuplicateDialog &dialog) {
        CHECK(dialog.informativeText().contains(u"same original link"_s));
        CHECK(dialog.informativeText().contains(u"92 % the same"_s));
    });
}

TEST_CASE("without a chooser set, the editor is asked in the dialog", "[ui][ingest][duplicates]")
{
    Desk desk;
    desk.window.wireImport()->setDuplicateChooser({});
    bool answered = false;
    Testing::answerModal(
        [](QWidget *dialog) {
            auto *question = qobject_cast<DuplicateDialog *>(dialog);
            REQUIRE(question);
            question->buttonFor(DuplicateChoice::ImportAnyway)->click();
        },
        &answered);
    desk.importFiles({ first });
    CHECK(answered);
    CHECK(desk.report->createdIds.size() == 1);
    CHECK(desk.articles() == 2);
}
