#include "ui/settings/passwordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace PortalDesk::Ui {

namespace {

const QString service = QStringLiteral("PortalDesk newsroom server");

// Runs a keychain job to its end (or the time limit) on a local event loop.
bool finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(PasswordStore::TimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

QString why(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("PortalDesk::Ui::PasswordStore",
            "this computer has no system keychain (such as GNOME Keyring) running");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate(
            "PortalDesk::Ui::PasswordStore", "the system keychain refused access (%1)")
            .arg(job.errorString());
    default:
        return job.errorString();
    }
}

} // namespace

PasswordStore::Lookup PasswordStore::read(const QString &server)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(server);
    if (!finish(job))
        return { Outcome::NoKeychain, {},
            QCoreApplication::translate(
                "PortalDesk::Ui::PasswordStore", "the system keychain did not answer") };
    if (job.error() == QKeychain::NoError)
        return { Outcome::Found, job.textData(), {} };
    if (job.error() == QKeychain::EntryNotFound)
        return { Outcome::Missing, {}, {} };
    return { Outcome::NoKeychain, {}, why(job) };
}

Status PasswordStore::write(const QString &server, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(server);
    job.setTextData(password);
    const bool finished = finish(job);
    if (!finished || job.error() != QKeychain::NoError)
        return fail(Error::Code::Unsupported,
            QCoreApplication::translate("PortalDesk::Ui::PasswordStore",
                "the password was not remembered (%1); PortalDesk will ask for it next time")
                .arg(finished ? why(job)
                              : QCoreApplication::translate(
                                  "PortalDesk::Ui::PasswordStore", "the system keychain did not answer")));
    return {};
}

Status PasswordStore::remove(const QString &server)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(server);
    if (!finish(job))
        return fail(Error::Code::Unsupported,
            QCoreApplication::translate(
                "PortalDesk::Ui::PasswordStore", "the system keychain did not answer"));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return fail(Error::Code::Unsupported, why(job));
    return {};
}

} // namespace PortalDesk::Ui
