#include "core/ingest/feedfetch.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ingest", text);
}

Result<FetchedFeed> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            Error::of(Error::Code::Io, tr("cannot read the feed %1: %2").arg(path, file.errorString())));
    if (file.size() > FeedFetch::SizeLimit)
        return std::unexpected(Error::of(Error::Code::Invalid,
            tr("the feed %1 is larger than %2 MB").arg(path).arg(FeedFetch::SizeLimit / 1024 / 1024)));
    FetchedFeed fetched;
    fetched.bytes = file.readAll();
    fetched.address = path;
    return fetched;
}

} // namespace

bool FeedFetch::isWebAddress(const QString &source)
{
    return source.startsWith(u"http://", Qt::CaseInsensitive)
        || source.startsWith(u"https://", Qt::CaseInsensitive);
}

Result<FetchedFeed> FeedFetch::fetch(
    const QString &source, const FeedValidators &known, std::chrono::milliseconds timeout)
{
    if (!isWebAddress(source))
        return readFile(source);
    const QUrl url(source, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::unexpected(Error::of(Error::Code::Invalid, tr("%1 is not a web address").arg(source)));

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(int(timeout.count()));
    request.setRawHeader(
        "Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    if (!known.etag.isEmpty())
        request.setRawHeader("If-None-Match", known.etag.toUtf8());
    if (!known.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", known.lastModified.toUtf8());

    QNetworkReply *reply = network.get(request);
    QByteArray bytes;
    bool tooLarge = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        bytes += reply->readAll();
        if (bytes.size() > SizeLimit) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isOpen())
        bytes += reply->readAll(); // the reply belongs to `network`, which deletes it

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge)
        return std::unexpected(Error::of(Error::Code::Invalid,
            tr("the feed at %1 is larger than %2 MB").arg(source).arg(SizeLimit / 1024 / 1024)));
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return std::unexpected(Error::of(Error::Code::Io,
            tr("%1 did not answer within %2 seconds").arg(source).arg(double(timeout.count()) / 1000.0)));
    FetchedFeed fetched;
    fetched.address = reply->url().toString();
    if (status == 304) {
        fetched.notModified = true;
        fetched.validators = known;
        return fetched;
    }
    if (reply->error() != QNetworkReply::NoError)
        return std::unexpected(Error::of(Error::Code::Io,
            status > 0 ? tr("cannot fetch %1: the server answered %2 (%3)")
                             .arg(source)
                             .arg(status)
                             .arg(reply->errorString())
                       : tr("cannot fetch %1: %2").arg(source, reply->errorString())));
    fetched.bytes = std::move(bytes);
    fetched.validators.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    fetched.validators.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    return fetched;
}

} // namespace PortalDesk
