#include "core/store/articlestore.h"
#include "core/store/recoverystore.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/articles/articlelistview.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/editortabs.h"
#include "ui/ingest/wirecopyimport.h"
#include "ui/mainwindow/mainwindow.h"
#include "uitesting.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUrl>
#include <catch2/catch.hpp>
#include <memory>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

const QString fixture = QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire-prnewswire-etnet.txt");
const QString headline = QStringLiteral("Xinhua Silk Road: E. China Hangzhou Linping holds micro drama "
                                        "conference to boost high-quality development");

using PortalDesk::Ui::Testing::TemporarySettings;

// The main window on a fresh portal, with the file dialog and the report answered here.
struct Window
{
    TemporarySettings settings;
    Testing::TestPortal portal = Testing::seededPortal();
    MainWindow window;
    QStringList chosen;
    std::optional<WireImportReport> report;
    ArticleListModel *model = nullptr;
    QTableView *table = nullptr;

    Window()
    {
        REQUIRE(window.openDatabase(portal.database->address()));
        window.editorTabs()->setRecoveryQuestion(
            [](const RecoveredArticle &) { return EditorTabs::RecoveryAnswer::Later; });
        window.wireImport()->setFileChooser([this](QWidget *) { return chosen; });
        window.wireImport()->setReportPresenter([this](const WireImportReport &r) { report = r; });
        model = window.findChild<ArticleListView *>()->model();
        table = window.findChild<QTableView *>(QStringLiteral("articleTable"));
        REQUIRE(table);
    }

    QStringList listedHeadlines() const
    {
        QStringList headlines;
        for (int row = 0; row < model->rowCount(); ++row)
            headlines.append(model->index(row, ArticleListModel::HeadlineColumn).data().toString());
        return headlines;
    }

    void triggerImportAction()
    {
        auto *action = window.findChild<QAction *>(QStringLiteral("importWireAction"));
        REQUIRE(action);
        CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        action->trigger();
    }
};

} // namespace

TEST_CASE("File ▸ Import Wire Copy… turns a release into a draft that is listed and opened", "[ui][ingest]")
{
    Window w;
    w.chosen = { fixture };
    w.triggerImportAction();

    REQUIRE(w.report);
    CHECK(w.report->error.isEmpty());
    REQUIRE(w.report->createdIds.size() == 1);
    CHECK(w.report->headlines.value(0) == headline);
    // The portal's chrome after the credit is left out and named, file by file.
    CHECK_FALSE(w.report->droppedLines.isEmpty());
    CHECK(w.report->droppedLines.first().startsWith(u"wire-prnewswire-etnet.txt: "));

    REQUIRE(Testing::waitFor([&] { return w.listedHeadlines().contains(headline); }));
    const QModelIndex first = w.model->index(0, ArticleListModel::StatusColumn);
    CHECK(first.data().toString() == statusName(ArticleStatus::Draft));

    ArticleEditor *editor = w.window.editorTabs()->currentEditor();
    REQUIRE(editor);
    CHECK(editor->document()->id() == w.report->createdIds.first());
    CHECK(editor->document()->article().headline == headline);
    CHECK_FALSE(editor->document()->isDirty());
}

TEST_CASE("wire copy that is not UTF-8 is named with its byte offset and nothing is stored", "[ui][ingest]")
{
    Window w;
    const QString bad = w.portal.folder->filePath(QStringLiteral("broken.txt"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PRNewswire\n\nHeadline\xff here\n");
    file.close();

    w.chosen = { fixture, bad }; // the good file comes first and still is not stored
    w.triggerImportAction();

    REQUIRE(w.report);
    CHECK(w.report->createdIds.isEmpty());
    CHECK(w.report->error.contains(u"broken.txt"));
    CHECK(w.report->error.contains(u"byte offset 20"));
    CHECK(ArticleStore(w.portal.database).count().value_or(-1) == 0);
    CHECK(w.window.editorTabs()->editors().isEmpty());
}

TEST_CASE("wire copy pasted into the article list becomes a draft", "[ui][ingest]")
{
    Window w;
    QFile file(fixture);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QApplication::clipboard()->setText(QString::fromUtf8(file.readAll()));

    w.window.editorTabs()->setCurrentIndex(0);
    w.table->setFocus();
    QTest::keyClick(w.table, Qt::Key_V, Qt::ControlModifier);

    REQUIRE(w.report);
    CHECK(w.report->headlines == QStringList { headline });
    CHECK(w.report->droppedLines.value(0).startsWith(u"pasted copy: "));
    CHECK(Testing::waitFor([&] { return w.listedHeadlines().contains(headline); }));
}

TEST_CASE(".txt files dropped on the article list become drafts; other files are refused", "[ui][ingest]")
{
    Window w;
    QWidget *viewport = w.table->viewport();

    QMimeData picture;
    picture.setUrls({ QUrl::fromLocalFile(QStringLiteral("/tmp/photo.jpg")) });
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &picture, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &refused);
    CHECK_FALSE(refused.isAccepted());

    QMimeData files;
    files.setUrls({ QUrl::fromLocalFile(fixture),
        QUrl::fromLocalFile(QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire/zh-hant-photo.txt")) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    CHECK(drop.isAccepted());

    REQUIRE(Testing::waitFor([&] { return w.report.has_value(); }));
    CHECK(w.report->createdIds.size() == 2);
    CHECK(w.report->headlines.value(0) == headline);
    CHECK(Testing::waitFor([&] { return w.model->rowCount() == 2; }));
    CHECK(w.window.editorTabs()->editors().size() == 2);
}

TEST_CASE(
    "dropped wire files report after the drop has finished, from a copy of the drag's data", "[ui][ingest]")
{
    Window w;
    QWidget *viewport = w.table->viewport();
    bool reportedDuringDrop = false;
    bool dropping = false;
    w.window.wireImport()->setReportPresenter([&](const WireImportReport &r) {
        reportedDuringDrop = dropping;
        w.report = r;
    });
    auto files = std::make_unique<QMimeData>();
    files->setUrls({ QUrl::fromLocalFile(fixture) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, files.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, files.get(), Qt::LeftButton, Qt::NoModifier);
    dropping = true;
    QApplication::sendEvent(viewport, &drop);
    dropping = false;
    CHECK(drop.isAccepted());
    CHECK_FALSE(w.report);
    files.reset(); // as a drag's data goes when the drop is over

    REQUIRE(Testing::waitFor([&] { return w.report.has_value(); }));
    CHECK_FALSE(reportedDuringDrop);
    CHECK(w.report->createdIds.size() == 1);
    CHECK(w.report->headlines.value(0) == headline);
}

TEST_CASE("a Simplified release imported into a Hong Kong portal becomes a zh-Hant-HK draft", "[ui][ingest]")
{
    Window w; // a new portal's default edition is zh-Hant-HK
    w.chosen = { QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire/zh-hans-release.txt") };
    w.triggerImportAction();

    REQUIRE(w.report);
    CHECK(w.report->error.isEmpty());
    REQUIRE(w.report->createdIds.size() == 1);
    ArticleStore store(w.portal.database);
    const Article draft = store.get(w.report->createdIds.first()).value();
    CHECK(draft.language == Language::ZhHantHK);
    // The copy as it came is the first revision.
    const QList<Revision> revisions = store.revisions(draft.id).value();
    REQUIRE(revisions.size() == 2);
    CHECK(store.revision(revisions.last().id)->language == Language::ZhHans);
}

TEST_CASE(
    "a GlobeNewswire and a 中新社 release: boilerplate kept aside, the credit as byline", "[ui][ingest]")
{
    Window w;
    w.chosen = { QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire/globenewswire-en.txt"),
        QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire/chinanews-zh-hant.txt") };
    w.triggerImportAction();

    REQUIRE(w.report);
    CHECK(w.report->error.isEmpty());
    REQUIRE(w.report->createdIds.size() == 2);
    REQUIRE(w.report->notes.size() == 1);
    CHECK(w.report->notes.first().startsWith(u"globenewswire-en.txt:\n### About Lionrock Robotics"));
    CHECK(w.report->notes.first().contains(u"press@example-lionrock.sg"));
    CHECK(w.report->droppedLines == QStringList { QStringLiteral("chinanews-zh-hant.txt: 【編輯：王五】") });

    ArticleStore store(w.portal.database);
    const Article globe = store.get(w.report->createdIds.at(0)).value();
    CHECK(globe.source == u"GlobeNewswire");
    CHECK(globe.dateline == u"SINGAPORE");
    CHECK_FALSE(globe.body.contains(u"About Lionrock"));
    CHECK_FALSE(globe.body.contains(u"Media Contact"));
    const Article chinaNews = store.get(w.report->createdIds.at(1)).value();
    CHECK(chinaNews.byline == u"李明");
    CHECK(chinaNews.source == u"中新社");
    CHECK(chinaNews.body.endsWith(u"並協助企業對接投資者。"));
}
