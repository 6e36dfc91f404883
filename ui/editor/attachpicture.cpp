// Typography ▸ Attach as Photo: a picture from another site in the body (an image.offsite
// finding) fetched on a background job into the article's photos, and out of the text.

#include "core/ingest/feedfetch.h"
#include "core/render/markdown.h"
#include "core/store/mediastore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/editlockbar.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QUrl>

namespace PortalDesk::Ui {

namespace {

// A picture fetched for "Attach as Photo", checked on the worker: its bytes and a file name
// whose extension says what it is.
struct FetchedPicture
{
    QByteArray bytes;
    QString fileName;
};

Result<FetchedPicture> fetchPicture(const QString &url)
{
    auto fetched = FeedFetch::fetch(url, {}, std::chrono::seconds(20));
    if (!fetched)
        return std::unexpected(fetched.error());
    QBuffer buffer(&fetched->bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader(&buffer).format();
    const QString stem = QFileInfo(QUrl(fetched->address).path()).completeBaseName();
    FetchedPicture picture { fetched->bytes,
        (stem.isEmpty() ? QStringLiteral("picture") : stem.left(80)) + u'.'
            + (format == "jpeg" ? QStringLiteral("jpg") : QString::fromLatin1(format)) };
    if (auto checked = MediaStore::checkPicture(picture.bytes, picture.fileName); !checked)
        return std::unexpected(checked.error());
    if (format.isEmpty() || QImage::fromData(picture.bytes).isNull())
        return fail(
            Error::Code::Format, ArticleEditor::tr("what %1 sent is not a picture").arg(fetched->address));
    return picture;
}

} // namespace

bool ArticleEditor::isFetchingPicture() const
{
    return m_pictureFetch->isRunning();
}

void ArticleEditor::attachOffsiteImage(const ArticleFinding &entry)
{
    if (m_readOnly) {
        emit message(m_lockBar->text());
        return;
    }
    if (m_pictureFetch->isRunning()) {
        emit message(tr("A picture is being fetched already: try again when it has arrived."));
        return;
    }
    const QString body = m_document->article().body;
    const auto image = Markdown::imageAt(body, entry.finding.offset);
    if (!image || !Markdown::isOffSite(image->url)) {
        emit message(tr("There is no picture from another site there any more."));
        return;
    }
    const QString url = image->url.startsWith(u"//") ? QStringLiteral("https:") + image->url : image->url;
    const QString markup = body.mid(image->start, image->length);
    emit message(tr("Fetching the picture from %1…").arg(QUrl(url).host()));
    m_pictureFetch->start([url] { return fetchPicture(url); },
        [this, found = *image, markup, url](Result<FetchedPicture> picture) {
            const QString host = QUrl(url).host();
            if (!picture) {
                emit message(
                    tr("The picture from %1 was not attached: %2").arg(host, picture.error().message));
                return;
            }
            QTemporaryDir folder;
            const QString file = folder.filePath(picture->fileName);
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(picture->bytes) != picture->bytes.size()) {
                emit message(tr("The picture from %1 was not attached: %2").arg(host, out.errorString()));
                return;
            }
            out.close();
            Photo photo;
            photo.caption = found.alt;
            photo.alt = found.alt;
            photo.credit = host;
            if (m_readOnly || !addPhoto(file, photo))
                return;
            // Out of the text where it still is (it may have been edited meanwhile).
            QString text = m_document->article().body;
            qsizetype at
                = text.mid(found.start, markup.size()) == markup ? found.start : text.indexOf(markup);
            if (at < 0) {
                emit message(
                    tr("The picture from %1 is photo %2 now; its markup changed meanwhile, so it stays "
                       "in the text.")
                        .arg(host)
                        .arg(m_document->article().photos.size()));
                return;
            }
            text.remove(at, markup.size());
            m_document->setField(ArticleField::Body, text, tr("Attach picture as photo"));
            recheckNow();
            emit message(tr("The picture from %1 is photo %2 now, and out of the text.")
                             .arg(host)
                             .arg(m_document->article().photos.size()));
        });
}

} // namespace PortalDesk::Ui
