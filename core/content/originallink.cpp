#include "core/content/originallink.h"

#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace PortalDesk::OriginalLink {

namespace {

bool isTracking(const QString &name)
{
    const QString lower = name.toLower();
    return lower.startsWith(u"utm_") || lower == u"fbclid" || lower == u"gclid" || lower == u"mc_cid"
        || lower == u"mc_eid";
}

} // namespace

QString key(const QString &link)
{
    const QString trimmed = link.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return trimmed;

    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.startsWith(u"www."))
        host.remove(0, 4);
    const int port = url.port();
    if (port != -1 && port != 80 && port != 443)
        host += u':' + QString::number(port);

    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);

    QList<std::pair<QString, QString>> kept;
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (!isTracking(item.first))
            kept.append(item);
    }
    std::sort(kept.begin(), kept.end()); // the order of parameters does not make another page
    QStringList query;
    for (const auto &[name, value] : std::as_const(kept))
        query.append(value.isEmpty() ? name : name + u'=' + value);

    return host + path + (query.isEmpty() ? QString() : u'?' + query.join(u'&'));
}

} // namespace PortalDesk::OriginalLink
