// Signing in to a newsroom server: the connect dialog's address and checks, the
// keychain that keeps passwords (GNOME Keyring on a private D-Bus session, started by
// tests/ui/with-keychain), the path with no keychain, and the window connecting through
// the dialog to the test PostgreSQL server when scripts/test started one.

#include "core/store/database.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/connectdialog.h"
#include "ui/settings/passwordstore.h"
#include "uitesting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QPushButton *connectButton(ConnectDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == u"Connect")
            return button;
    }
    return nullptr;
}

// Every file under `folder` that holds `secret`: none may.
QStringList filesHolding(const QString &folder, const QByteArray &secret)
{
    QStringList holding;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            holding << file.fileName();
    }
    return holding;
}

} // namespace

TEST_CASE("the connect dialog makes the address from its fields and says what is missing", "[ui][connect]")
{
    Testing::TemporarySettings settings;
    ConnectDialog dialog;
    QPushButton *connect = connectButton(dialog);
    REQUIRE(connect);
    CHECK_FALSE(connect->isEnabled());
    CHECK(connect->toolTip().contains(QStringLiteral("server")));

    dialog.hostEdit()->setText(QStringLiteral("db.newsroom.example"));
    dialog.portEdit()->setValue(6543);
    dialog.databaseEdit()->setText(QStringLiteral("hkfinance"));
    CHECK(connect->toolTip().contains(QStringLiteral("login")));
    dialog.loginEdit()->setText(QStringLiteral("chan.tai.man"));
    CHECK(connect->isEnabled());
    dialog.tlsMode()->setCurrentIndex(dialog.tlsMode()->findData(QStringLiteral("verify-full")));
    CHECK(dialog.caFileEdit()->isEnabled());
    dialog.caFileEdit()->setText(QStringLiteral("/no/such/ca.crt"));
    CHECK_FALSE(connect->isEnabled());
    CHECK(connect->toolTip().contains(QStringLiteral("/no/such/ca.crt")));
    QTemporaryDir folder;
    const QString ca = folder.filePath(QStringLiteral("newsroom ca.crt"));
    QFile(ca).open(QIODevice::WriteOnly);
    dialog.caFileEdit()->setText(ca);
    CHECK(connect->isEnabled());
    dialog.passwordEdit()->setText(QStringLiteral("secret password"));

    const QUrl address(dialog.address());
    CHECK(address.scheme() == u"postgresql");
    CHECK(address.host() == u"db.newsroom.example");
    CHECK(address.port() == 6543);
    CHECK(address.userName() == u"chan.tai.man");
    CHECK(address.password().isEmpty()); // never in the address
    CHECK(address.path() == u"/hkfinance");
    CHECK(QUrlQuery(address).queryItemValue(QStringLiteral("sslmode")) == u"verify-full");
    CHECK(QUrlQuery(address).queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded) == ca);

    // The same fields come back from the address, as recent servers fill them.
    ConnectDialog again;
    again.setAddress(dialog.address());
    CHECK(again.address() == dialog.address());
    CHECK(again.tlsMode()->currentData().toString() == u"verify-full");

    ConnectDialog::addRecentServer(dialog.address());
    ConnectDialog::addRecentServer(
        QStringLiteral("postgresql://lee@other.example:5432/portal?sslmode=prefer"));
    ConnectDialog::addRecentServer(dialog.address());
    CHECK(ConnectDialog::recentServers()
        == QStringList {
            dialog.address(), QStringLiteral("postgresql://lee@other.example:5432/portal?sslmode=prefer") });
    ConnectDialog listed;
    CHECK(listed.recentBox()->count() == 3); // "New server" and the two
    CHECK(filesHolding(settings.folder.path(), "secret password").isEmpty());
}

// Run by ctest with no session bus (DBUS_SESSION_BUS_ADDRESS points nowhere).
TEST_CASE("with no keychain the password is asked for each time and never written down", "[.][nokeychain]")
{
    Testing::TemporarySettings settings;
    const QString server
        = QStringLiteral("postgresql://chan.tai.man@db.newsroom.example:5432/hkfinance?sslmode=prefer");
    const auto write = PasswordStore::write(server, QStringLiteral("never-on-disk-42"));
    REQUIRE_FALSE(write.has_value());
    CHECK(write.error().message.contains(QStringLiteral("ask for it next time")));
    const PasswordStore::Lookup read = PasswordStore::read(server);
    CHECK(read.outcome == PasswordStore::Outcome::NoKeychain);
    CHECK_FALSE(read.problem.isEmpty());
    CHECK(filesHolding(settings.folder.path(), "never-on-disk-42").isEmpty());
    CHECK(filesHolding(
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation), "never-on-disk-42")
              .isEmpty());

    ConnectDialog::addRecentServer(server);
    ConnectDialog dialog;
    dialog.recentBox()->setCurrentIndex(1);
    emit dialog.recentBox()->activated(1);
    CHECK(dialog.hostEdit()->text() == u"db.newsroom.example");
    CHECK_FALSE(dialog.rememberBox()->isEnabled());
    CHECK_FALSE(dialog.rememberBox()->isChecked());
    CHECK(dialog.passwordEdit()->text().isEmpty());
}

// Run by ctest inside tests/ui/with-keychain (a private D-Bus session with GNOME Keyring).
TEST_CASE("a remembered password lives in the system keychain and fills the dialog", "[.][keychain]")
{
    Testing::TemporarySettings settings;
    const QString server
        = QStringLiteral("postgresql://lee.siu.ming@db.newsroom.example:5432/hkfinance?sslmode=require");
    REQUIRE(PasswordStore::remove(server).has_value());
    CHECK(PasswordStore::read(server).outcome == PasswordStore::Outcome::Missing);
    const auto written = PasswordStore::write(server, QStringLiteral("kept-in-keyring-77"));
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.has_value());
    const PasswordStore::Lookup read = PasswordStore::read(server);
    CHECK(read.outcome == PasswordStore::Outcome::Found);
    CHECK(read.password == u"kept-in-keyring-77");
    CHECK(filesHolding(settings.folder.path(), "kept-in-keyring-77").isEmpty());

    ConnectDialog::addRecentServer(server);
    ConnectDialog dialog;
    emit dialog.recentBox()->activated(1);
    CHECK(dialog.passwordEdit()->text() == u"kept-in-keyring-77");
    CHECK(dialog.rememberBox()->isChecked());
    REQUIRE(PasswordStore::remove(server).has_value());
    CHECK(PasswordStore::read(server).outcome == PasswordStore::Outcome::Missing);
}

TEST_CASE("the window signs in to the newsroom server through the connect dialog", "[ui][connect]")
{
    const QString port = qEnvironmentVariable("PORTALDESK_TEST_PG_PORT");
    if (port.isEmpty())
        return; // scripts/test starts the server; a bare run of this suite has none
    Testing::TemporarySettings settings;
    // A database of its own on the test server, dropped at the end.
    const QString name = QStringLiteral("pd_ui_connect_%1").arg(QCoreApplication::applicationPid());
    const auto admin = [&](const QString &sql) {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("connect-test-admin"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port.toInt());
        db.setUserName(qEnvironmentVariable("PORTALDESK_TEST_PG_USER"));
        db.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(db.open());
        QSqlQuery(db).exec(sql);
        db.close();
    };
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    admin(QStringLiteral("CREATE DATABASE %1").arg(name));
    MainWindow window;
    // A wrong password first: the dialog stays, says what failed, and takes a retry.
    int asked = 0;
    QString problemShown;
    std::function<void(QWidget *)> answer = [&](QWidget *widget) {
        auto *dialog = qobject_cast<ConnectDialog *>(widget);
        REQUIRE(dialog);
        ++asked;
        dialog->hostEdit()->setText(QStringLiteral("127.0.0.1"));
        dialog->portEdit()->setValue(port.toInt());
        dialog->databaseEdit()->setText(name);
        dialog->loginEdit()->setText(qEnvironmentVariable("PORTALDESK_TEST_PG_USER"));
        dialog->tlsMode()->setCurrentIndex(dialog->tlsMode()->findData(QStringLiteral("disable")));
        dialog->rememberBox()->setChecked(false);
        if (asked == 1) {
            dialog->passwordEdit()->setText(QStringLiteral("wrong password"));
            Testing::answerModal(answer);
        } else {
            problemShown = dialog->findChildren<QLabel *>().constFirst()->text();
            dialog->passwordEdit()->clear(); // the passfile the tests use knows it
        }
        dialog->accept();
    };
    Testing::answerModal(answer);
    window.connectToServer();
    CHECK(asked == 2);
    CHECK(problemShown.contains(QStringLiteral("password")));
    REQUIRE(window.database());
    CHECK(window.database()->kind() == Database::Kind::Postgres);
    CHECK(ConnectDialog::recentServers().constFirst() == window.database()->address());
    CHECK(filesHolding(settings.folder.path(), "wrong password").isEmpty());
    QSqlDatabase::removeDatabase(QStringLiteral("connect-test-admin"));
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

TEST_CASE("the window says when the newsroom server is offline, and when it is back", "[ui][connect]")
{
    // The connection itself is dropped and regained in core_store_tests ("a server restarted
    // mid-session"); here the window's answer to the Database's word.
    Testing::TemporarySettings settings;
    auto portal = Testing::seededPortal();
    MainWindow window;
    REQUIRE(window.openDatabase(portal.database->address()));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("offlineBanner"));
    REQUIRE(banner);
    CHECK(banner->isHidden());
    emit window.database()->connectionChanged(false);
    CHECK_FALSE(banner->isHidden());
    CHECK(banner->text().startsWith(QStringLiteral("Offline — reconnecting")));
    CHECK(banner->toolTip().contains(QStringLiteral("recovery copies")));
    emit window.database()->connectionChanged(true);
    CHECK(banner->isHidden());
}

TEST_CASE("signing in with verify-full and the CA file the user picked", "[ui][connect]")
{
    const QString port = qEnvironmentVariable("PORTALDESK_TEST_PGSSL_PORT");
    if (port.isEmpty())
        return; // scripts/test starts the TLS server
    Testing::TemporarySettings settings;
    const QString name = QStringLiteral("pd_ui_tls_%1").arg(QCoreApplication::applicationPid());
    const auto admin = [&](const QString &sql) {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tls-test-admin"));
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(port.toInt());
            db.setUserName(qEnvironmentVariable("PORTALDESK_TEST_PGSSL_USER"));
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setConnectOptions(QStringLiteral("sslmode=require"));
            REQUIRE(db.open());
            QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tls-test-admin"));
    };
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    admin(QStringLiteral("CREATE DATABASE %1").arg(name));
    {
        MainWindow window;
        int asked = 0;
        QString problemShown;
        std::function<void(QWidget *)> answer = [&](QWidget *widget) {
            auto *dialog = qobject_cast<ConnectDialog *>(widget);
            REQUIRE(dialog);
            ++asked;
            dialog->hostEdit()->setText(QStringLiteral("localhost"));
            dialog->portEdit()->setValue(port.toInt());
            dialog->databaseEdit()->setText(name);
            dialog->loginEdit()->setText(qEnvironmentVariable("PORTALDESK_TEST_PGSSL_USER"));
            dialog->tlsMode()->setCurrentIndex(dialog->tlsMode()->findData(QStringLiteral("verify-full")));
            if (asked == 1) {
                // The system's CAs do not vouch for the newsroom's own certificate.
                dialog->caFileEdit()->setText(QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
                Testing::answerModal(answer);
            } else {
                problemShown = dialog->findChildren<QLabel *>().constFirst()->text();
                dialog->caFileEdit()->setText(qEnvironmentVariable("PORTALDESK_TEST_PGSSL_CA"));
            }
            dialog->accept();
        };
        Testing::answerModal(answer);
        window.connectToServer();
        CHECK(asked == 2);
        CHECK(problemShown.contains(QStringLiteral("certificate")));
        REQUIRE(window.database());
        CHECK(window.database()->address().contains(QStringLiteral("sslmode=verify-full")));
    }
    admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}
