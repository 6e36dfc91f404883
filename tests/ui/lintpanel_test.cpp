#include "core/store/articlestore.h"
#include "core/store/mediastore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articleform.h"
#include "ui/editor/articlelint.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/photolist.h"
#include "ui/editor/simplifiedbody.h"
#include "uitesting.h"

#include <QBuffer>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
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

namespace {

// A web server on 127.0.0.1 answering every GET with `status` and `body`, in this thread's
// event loop (the editor fetches on a thread of its own).
class PictureServer : public QObject
{
public:
    PictureServer(QByteArray status, QByteArray body, QByteArray type)
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this, status, body, type] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                connect(client, &QTcpSocket::readyRead, client, [client, status, body, type] {
                    if (!client->readAll().contains("\r\n\r\n"))
                        return;
                    client->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    client->disconnectFromHost();
                });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(path);
    }

private:
    QTcpServer m_server;
};

QByteArray pngOf(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("Attach as Photo fetches a picture from another site into the photos and out of the text",
    "[ui][editor][lint]")
{
    const PictureServer server("200 OK", pngOf(320, 200), "image/png");
    const PictureServer notFound("404 Not Found", "<h1>gone</h1>", "text/html");
    const PictureServer page("200 OK", "<html>not a picture</html>", "text/html");
    Testing::TestPortal portal = Testing::seededPortal();
    Article article = Testing::article(QStringLiteral("維港夜景"), Language::ZhHantHK, ArticleStatus::Draft);
    const QString picture = QStringLiteral("![維港\\[夜\\]景](%1 \"夜景\")")
                                .arg(server.url(QStringLiteral("night/harbour.png")));
    article.body = QStringLiteral("第一段。\n\n") + picture + QStringLiteral("\n\n![缺圖](")
        + notFound.url(QStringLiteral("x.png")) + QStringLiteral(")\n\n![網頁](")
        + page.url(QStringLiteral("p.png")) + QStringLiteral(")\n\n最後一段。");
    auto created = ArticleStore(portal.database).create(article);
    REQUIRE(created.has_value());
    auto *document = new ArticleDocument(portal.database);
    document->load(*created);
    ArticleEditor editor(document);
    QSignalSpy messages(&editor, &ArticleEditor::message);
    LintPanel *panel = editor.lintPanel();

    auto offsite = [&](int which) {
        QList<ArticleFinding> found;
        for (const ArticleFinding &entry : panel->findings()) {
            if (entry.finding.rule == u"image.offsite")
                found.append(entry);
        }
        REQUIRE(found.size() > which);
        return found.at(which);
    };
    REQUIRE(panel->findings().size() >= 3);
    // The button is there for such a finding only.
    panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
    for (int row = 0; row < panel->list()->topLevelItemCount(); ++row) {
        panel->list()->setCurrentItem(panel->list()->topLevelItem(row));
        CHECK(panel->attachButton()->isVisibleTo(panel)
            == (panel->findings().at(row).finding.rule == u"image.offsite"));
    }

    // A server that answers 404, and one that sends a page: said, and nothing changes.
    const QString before = editor.document()->article().body;
    for (int which : { 1, 2 }) {
        editor.attachOffsiteImage(offsite(which));
        REQUIRE(Testing::waitFor([&] { return !editor.isFetchingPicture(); }, 30000));
        INFO(messages.last().first().toString().toStdString());
        CHECK(
            messages.last().first().toString().startsWith(u"The picture from 127.0.0.1 was not attached: "));
        CHECK(editor.document()->article().body == before);
        CHECK(editor.document()->article().photos.isEmpty());
    }

    editor.attachOffsiteImage(offsite(0));
    CHECK(editor.isFetchingPicture()); // the window goes on meanwhile
    REQUIRE(Testing::waitFor([&] { return !editor.isFetchingPicture(); }, 30000));
    INFO(messages.last().first().toString().toStdString());
    const Article attached = editor.document()->article();
    REQUIRE(attached.photos.size() == 1);
    CHECK(attached.photos.first().caption == u"維港[夜]景");
    CHECK(attached.photos.first().alt == u"維港[夜]景");
    CHECK(attached.photos.first().credit == u"127.0.0.1");
    CHECK(attached.photos.first().file.endsWith(u".png"));
    CHECK(MediaStore(portal.database).get(attached.photos.first().file).value() == pngOf(320, 200));
    CHECK_FALSE(attached.body.contains(u"harbour.png"));
    CHECK(attached.body.startsWith(u"第一段。\n\n\n\n![缺圖]"));
    CHECK(messages.last().first().toString()
        == u"The picture from 127.0.0.1 is photo 1 now, and out of the text.");
    // Two steps to undo, as two things changed: the text, then the photos.
    editor.document()->undoStack()->undo();
    CHECK(editor.document()->article().body == before);
}
