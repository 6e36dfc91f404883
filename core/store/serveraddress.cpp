#include "core/store/serveraddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::ServerAddress", text);
}

// The libpq connection keywords an address may carry after '?'.
const QStringList &knownOptions()
{
    static const QStringList keys { QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslcrl"),
        QStringLiteral("sslpassword"), QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("service"), QStringLiteral("target_session_attrs"), QStringLiteral("passfile"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"), QStringLiteral("requiressl"),
        QStringLiteral("gssencmode"), QStringLiteral("channel_binding"), QStringLiteral("hostaddr") };
    return keys;
}

// A password typed into an address that let the client in is kept in memory only, so that
// a worker thread that opens the same address again (the preview) is let in too; it is
// never written out.
QMutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> known; // display address → password
    return known;
}

// A value in libpq's conninfo syntax: quoted, with \ and ' escaped.
QString quotedValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

bool ServerAddress::looksLikeServer(QStringView address)
{
    return address.startsWith(u"postgresql://") || address.startsWith(u"postgres://");
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!looksLikeServer(text) || !url.isValid())
        return std::unexpected(Error::invalid(QStringLiteral("address"),
            tr("“%1” is not a server address like postgresql://user@host:5432/portal")
                .arg(QUrl(text).toDisplayString(QUrl::RemovePassword))));
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(-1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.contains(u'/'))
        return std::unexpected(Error::invalid(QStringLiteral("address"),
            tr("the database name in “%1” may not contain '/'").arg(address.display())));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(key))
            return std::unexpected(Error::invalid(QStringLiteral("address"),
                tr("“%1” is not a connection setting PortalDesk knows (use one of: %2)")
                    .arg(key, knownOptions().join(QStringLiteral(", ")))));
        if (value.contains(u';'))
            return std::unexpected(
                Error::invalid(QStringLiteral("address"), tr("the setting %1 may not contain ';'").arg(key)));
        address.options.append({ key, value });
    }
    if (address.password.isEmpty()) {
        QMutexLocker lock(&passwordsMutex);
        address.password = passwords().value(address.display());
    }
    return address;
}

void ServerAddress::rememberPassword() const
{
    if (password.isEmpty())
        return;
    QMutexLocker lock(&passwordsMutex);
    passwords().insert(display(), password);
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port >= 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : options)
            query.addQueryItem(key, value);
        url.setQuery(query);
    }
    QString shown = url.toString(QUrl::FullyEncoded);
    if (host.isEmpty()) // QUrl drops the empty authority: postgresql:/db → postgresql:///db
        shown.replace(0, shown.indexOf(u':') + 1, QStringLiteral("postgresql://"));
    return shown;
}

QString ServerAddress::option(const QString &key) const
{
    for (const auto &[name, value] : options) {
        if (name == key)
            return value;
    }
    return {};
}

void ServerAddress::configure(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList settings;
    for (const auto &[key, value] : options)
        settings.append(key + u'=' + quotedValue(value));
    if (option(QStringLiteral("connect_timeout")).isEmpty())
        settings.append(QStringLiteral("connect_timeout=10")); // never a frozen window
    if (option(QStringLiteral("application_name")).isEmpty())
        settings.append(QStringLiteral("application_name=PortalDesk"));
    // A server that went silent (a network gone, not refused) is given up on within about
    // 20 s instead of TCP's many minutes: keepalive probes on an idle connection, and a
    // limit on data the server does not acknowledge. ChangeWatch then reports "offline".
    for (const auto &[key, value] :
        { std::pair { "keepalives_idle", "10" }, std::pair { "keepalives_interval", "5" },
            std::pair { "keepalives_count", "2" }, std::pair { "tcp_user_timeout", "20000" } }) {
        if (option(QLatin1String(key)).isEmpty())
            settings.append(QLatin1String(key) + u'=' + QLatin1String(value));
    }
    db.setConnectOptions(settings.join(u';'));
}

Error ServerAddress::connectionError(const QString &driverText) const
{
    const QString said = driverText.simplified();
    const QString where = host.isEmpty() ? tr("the default server")
        : port >= 0                      ? QStringLiteral("%1:%2").arg(host).arg(port)
                                         : host;
    const QString who = user.isEmpty() ? tr("your login") : user;
    auto has = [&](const char *words) { return said.contains(QLatin1String(words), Qt::CaseInsensitive); };
    QString message;
    if (has("password authentication failed") || has("no password supplied") || has("fe_sendauth")
        || has("authentication failed"))
        message = tr("the newsroom server at %1 refused the login %2: check the password (kept in the "
                     "keychain or ~/.pgpass) and the login name")
                      .arg(where, who);
    else if (has("does not exist") && has("database"))
        message = tr("there is no database “%1” on the newsroom server at %2: check the name, or ask "
                     "whoever runs the server to create it (README, “Newsroom server”)")
                      .arg(database, where);
    else if (has("role") && has("does not exist"))
        message = tr("the newsroom server at %1 has no login %2: ask the chief editor to add you")
                      .arg(where, who);
    else if (has("server does not support SSL"))
        message = tr("the address asks for an encrypted connection (sslmode=%1) but the server at %2 "
                     "does not offer TLS: ask whoever runs it to turn TLS on, or use sslmode=prefer")
                      .arg(option(QStringLiteral("sslmode")), where);
    else if (has("no encryption") || has("SSL off") || has("requires SSL") || has("hostnossl"))
        message = tr("the newsroom server at %1 only accepts encrypted connections: add "
                     "?sslmode=verify-full (with sslrootcert=the CA file) or ?sslmode=require to the address")
                      .arg(where);
    else if (has("does not match host name") || (has("certificate") && has("host name")))
        message = tr("the certificate of the server at %1 is for another name: connect with the name the "
                     "certificate was made for, or ask for a certificate that names this host")
                      .arg(where);
    else if (has("certificate verify failed") || has("root certificate") || has("certificate"))
        message = tr("the certificate of the server at %1 could not be checked against the CA file (%2): "
                     "pick the newsroom's CA file as sslrootcert")
                      .arg(where, option(QStringLiteral("sslrootcert")));
    else if (has("permission denied"))
        message = tr("the login %1 is not allowed to do this on the newsroom server at %2: ask the "
                     "chief editor for the rights it needs")
                      .arg(who, where);
    else if (has("timeout expired") || has("timed out"))
        message = tr("the newsroom server at %1 did not answer in time: check the network and the "
                     "address, then try again")
                      .arg(where);
    else if (has("could not translate host name") || has("Name or service not known"))
        message = tr("the server name “%1” is not known: check the address").arg(host);
    else if (has("Connection refused") || has("could not connect") || has("No route to host")
        || has("Network is unreachable") || has("server closed the connection"))
        message = tr("cannot reach the newsroom server at %1: is it running, and is the address right?")
                      .arg(where);
    else
        message = tr("cannot connect to the newsroom server at %1").arg(where);
    if (!said.isEmpty())
        message += QStringLiteral(" (") + tr("the server said: %1").arg(said) + u')';
    return Error { Error::Code::Database, message, display() };
}

} // namespace PortalDesk
