#include "core/store/articlestore.h"
#include "core/store/mediastore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/photodialog.h"
#include "ui/editor/photolist.h"
#include "uitesting.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

struct OpenArticle
{
    Testing::TestPortal portal = Testing::seededPortal();
    std::unique_ptr<ArticleEditor> editor;
    QString picture;

    explicit OpenArticle(const QList<Photo> &photos = {})
    {
        Article article
            = Testing::article(QStringLiteral("維港夜景"), Language::ZhHantHK, ArticleStatus::Draft);
        article.photos = photos;
        auto *document = new ArticleDocument(portal.database);
        if (photos.isEmpty())
            document->load(*ArticleStore(portal.database).create(article));
        else
            document->load(article); // caption-only photos, as a wire import may bring them
        editor = std::make_unique<ArticleEditor>(document);
        editor->resize(1000, 700);
        editor->show();

        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        picture = portal.folder->filePath(QStringLiteral("harbour.png"));
        REQUIRE(image.save(picture));
        editor->photoList()->setFileChooser([this](QWidget *) { return picture; });
    }

    ArticleDocument *document() const { return editor->document(); }
    QListWidget *list() const { return editor->photoList()->listWidget(); }
};

// Types the description into the photo dialog and presses Insert, as an editor would.
void describePhoto(QWidget *dialog)
{
    REQUIRE(qobject_cast<PhotoDialog *>(dialog));
    const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
    REQUIRE(fields.size() == 3); // caption, credit, alt text
    QTest::keyClicks(fields.at(0), QStringLiteral("Victoria Harbour at night"));
    QTest::keyClicks(fields.at(1), QStringLiteral("Xinhua"));
    QTest::keyClicks(fields.at(2), QStringLiteral("Lights over the harbour"));
    QPushButton *insert = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK(insert->text() == u"Insert");
    QTest::mouseClick(insert, Qt::LeftButton);
}

} // namespace

TEST_CASE("Insert photo… from the body's toolbar asks for the picture and its caption", "[ui][editor]")
{
    OpenArticle open;
    QAction *photo = nullptr;
    const QList<QAction *> actions = open.editor->bodyEditor()->toolBar()->actions();
    for (QAction *action : actions) {
        if (action->text() == u"Photo…")
            photo = action;
    }
    REQUIRE(photo);
    bool answered = false;
    Testing::answerModal(describePhoto, &answered);
    QTest::mouseClick(open.editor->bodyEditor()->toolBar()->widgetForAction(photo), Qt::LeftButton);
    REQUIRE(answered);

    const QList<Photo> photos = open.document()->article().photos;
    REQUIRE(photos.size() == 1);
    CHECK(photos.first().caption == u"Victoria Harbour at night");
    CHECK(photos.first().credit == u"Xinhua");
    CHECK(photos.first().alt == u"Lights over the harbour");
    CHECK(MediaStore(open.portal.database).get(photos.first().file).has_value());
    REQUIRE(open.list()->count() == 1);
    CHECK(open.list()->item(0)->text() == u"Victoria Harbour at night (Xinhua)");
    CHECK_FALSE(open.list()->item(0)->icon().isNull());

    open.document()->undoStack()->undo();
    CHECK(open.list()->count() == 0);
}

TEST_CASE("the photo list's Add… button and a cancelled photo dialog add nothing", "[ui][editor]")
{
    OpenArticle open;
    auto *add = open.editor->photoList()->findChild<QToolButton *>(QStringLiteral("addPhotoButton"));
    REQUIRE(add);
    bool answered = false;
    Testing::answerModal(
        [](QWidget *dialog) {
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        },
        &answered);
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(answered);
    CHECK(open.document()->article().photos.isEmpty());
    CHECK(open.document()->undoStack()->count() == 0);
}

TEST_CASE("a caption that came without its picture is listed with a placeholder", "[ui][editor]")
{
    OpenArticle open({ { QString(), QStringLiteral("圖為第二屆微短劇大會現場"), QString(), QString() },
        { QString(), QString(), QString(), QString() } });
    REQUIRE(open.list()->count() == 2);
    CHECK(open.list()->item(0)->text() == u"Picture to be attached\n圖為第二屆微短劇大會現場");
    CHECK(open.list()->item(1)->text() == u"Picture to be attached");
    CHECK_FALSE(open.list()->item(0)->icon().isNull());
    CHECK(open.list()->item(0)->toolTip().contains(u"without a picture"));
}

TEST_CASE("Attach Picture… gives a caption-only photo its picture, undoably, and then it can be published",
    "[ui][editor]")
{
    auto portal = Testing::seededPortal();
    Article draft = Testing::article(QStringLiteral("微短劇大會"), Language::ZhHantHK, ArticleStatus::Draft);
    draft.photos
        = { { QString(), QStringLiteral("圖為第二屆微短劇大會現場"), QStringLiteral("新華社"), QString() } };
    const Article stored = *ArticleStore(portal.database).create(draft); // a draft may wait for its picture
    auto *document = new ArticleDocument(portal.database);
    document->load(stored);
    ArticleEditor editor(document);
    editor.resize(1000, 700);
    editor.show();
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString picture = portal.folder->filePath(QStringLiteral("hall.png"));
    REQUIRE(image.save(picture));
    PhotoList *photos = editor.photoList();
    photos->setFileChooser([&](QWidget *) { return picture; });
    auto *attach = photos->findChild<QToolButton *>(QStringLiteral("attachPictureButton"));
    REQUIRE(attach);

    Article publishing = document->article();
    publishing.status = ArticleStatus::Published;
    const QList<Error> refused = validate(publishing); // the caption alone cannot go out
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().field == u"photos");

    photos->listWidget()->setCurrentRow(0);
    REQUIRE(attach->isEnabled());
    QTest::mouseClick(attach, Qt::LeftButton);
    const Photo attached = document->article().photos.value(0);
    CHECK(attached.hasPicture());
    CHECK(attached.caption == u"圖為第二屆微短劇大會現場");
    CHECK(attached.credit == u"新華社");
    CHECK(MediaStore(portal.database).get(attached.file));
    CHECK_FALSE(attach->isEnabled());
    CHECK(photos->listWidget()->item(0)->text() == u"圖為第二屆微短劇大會現場 (新華社)");

    QUndoStack *undo = document->undoStack();
    CHECK(undo->undoText() == u"Attach picture");
    undo->undo();
    CHECK_FALSE(document->article().photos.value(0).hasPicture());
    CHECK(attach->isEnabled());
    undo->redo();
    CHECK(document->article().photos.value(0).file == attached.file);

    // The checklist passes the photo now; what else it says is workflowactions_test's.
    QList<PublishCheck> checked;
    editor.setMoveConfirmer([&checked](ArticleStatus, const QList<PublishCheck> &checks) {
        checked = checks;
        return true;
    });
    document->setField(ArticleField::Body, QString(40, QChar(0x6E2F)));
    editor.changeStatus(ArticleStatus::Published);
    for (const PublishCheck &check : checked)
        CHECK(check.field + u": " + check.message
            != u"photos: Photo 1 has no picture yet: attach one or remove the photo.");
    const Article published = *ArticleStore(portal.database).get(stored.id);
    CHECK(published.status == ArticleStatus::Published);
    CHECK(published.photos.value(0).file == attached.file);
}
