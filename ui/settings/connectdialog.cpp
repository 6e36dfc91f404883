#include "ui/settings/connectdialog.h"

#include "ui/settings/passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

namespace {

const QString recentKey = QStringLiteral("servers/recent");

QSettings settings()
{
    return QSettings(QStringLiteral("PortalDesk"), QStringLiteral("PortalDesk"));
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QComboBox)
    , m_host(new QLineEdit)
    , m_port(new QSpinBox)
    , m_database(new QLineEdit)
    , m_login(new QLineEdit)
    , m_tls(new QComboBox)
    , m_caFile(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain")))
    , m_problem(new QLabel)
    , m_keychain(new QLabel)
{
    setWindowTitle(tr("Connect to Newsroom Server"));
    m_recent->addItem(tr("New server"));
    for (const QString &server : recentServers())
        m_recent->addItem(server, server);
    m_host->setPlaceholderText(tr("e.g. db.newsroom.example"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("e.g. hkfinance"));
    m_login->setPlaceholderText(tr("your server login, e.g. chan.tai.man"));
    m_tls->addItem(tr("Verify the server (verify-full)"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Verify the certificate authority only (verify-ca)"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Encrypt, do not verify (require)"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypt when the server can (prefer)"), QStringLiteral("prefer"));
    m_tls->addItem(tr("No encryption (disable)"), QStringLiteral("disable"));
    m_tls->setCurrentIndex(3);
    m_caFile->setPlaceholderText(tr("the newsroom's CA certificate (.crt, .pem)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_keychain->setWordWrap(true);
    m_keychain->setTextFormat(Qt::PlainText);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Re&cent:"), m_recent);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Encryption:"), m_tls);
    auto *caLabel = new QLabel(tr("C&A file:"));
    caLabel->setBuddy(m_caFile); // the row is a layout: the label needs to be told
    form->addRow(caLabel, caRow);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keychain);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = buttons->addButton(tr("Co&nnect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_recent, &QComboBox::activated, this, &ConnectDialog::recentChosen);
    connect(m_browse, &QPushButton::clicked, this, &ConnectDialog::chooseCaFile);
    for (QLineEdit *edit : { m_host, m_database, m_login, m_caFile })
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    m_keychain->setText(tr("The password is kept only in the system keychain, never in a file."));
    updateState();
    resize(520, sizeHint().height());
}

QStringList ConnectDialog::recentServers()
{
    return settings().value(recentKey).toStringList();
}

void ConnectDialog::addRecentServer(const QString &address)
{
    QStringList servers = recentServers();
    servers.removeAll(address);
    servers.prepend(address);
    settings().setValue(recentKey, servers.mid(0, RecentCount));
}

void ConnectDialog::setAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_login->setText(url.userName());
    const QUrlQuery query(url);
    const int mode = m_tls->findData(query.queryItemValue(QStringLiteral("sslmode")));
    m_tls->setCurrentIndex(mode >= 0 ? mode : m_tls->findData(QStringLiteral("prefer")));
    m_caFile->setText(query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded));
    updateState();
}

QString ConnectDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_login->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_tls->currentData().toString());
    if (!m_caFile->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), m_caFile->text().trimmed());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ConnectDialog::recentChosen(int index)
{
    const QString server = m_recent->itemData(index).toString();
    if (server.isEmpty())
        return;
    setAddress(server);
    const PasswordStore::Lookup stored = PasswordStore::read(server);
    m_password->setText(stored.outcome == PasswordStore::Outcome::Found ? stored.password : QString());
    m_remember->setChecked(stored.outcome == PasswordStore::Outcome::Found);
    if (stored.outcome == PasswordStore::Outcome::NoKeychain) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keychain->setText(
            tr("No system keychain (%1): PortalDesk asks for the password each time and never "
               "writes it to a file.")
                .arg(stored.problem));
    }
}

void ConnectDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("The Newsroom's CA Certificate"),
        QFileInfo(m_caFile->text()).absolutePath(), tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ConnectDialog::updateState()
{
    const QString mode = m_tls->currentData().toString();
    const bool verifies = mode.startsWith(u"verify");
    m_caFile->setEnabled(verifies);
    m_browse->setEnabled(verifies);
    QString missing;
    if (m_host->text().trimmed().isEmpty())
        missing = tr("Give the server's name or address.");
    else if (m_database->text().trimmed().isEmpty())
        missing = tr("Give the portal's database name.");
    else if (m_login->text().trimmed().isEmpty())
        missing = tr("Give your server login.");
    else if (verifies && !m_caFile->text().trimmed().isEmpty()
        && !QFileInfo(m_caFile->text().trimmed()).isFile())
        missing = tr("There is no CA file at %1.").arg(m_caFile->text().trimmed());
    m_connect->setEnabled(missing.isEmpty());
    m_connect->setToolTip(missing);
}

void ConnectDialog::accept()
{
    updateState();
    if (!m_connect->isEnabled()) {
        setProblem(m_connect->toolTip());
        return;
    }
    QDialog::accept();
}

} // namespace PortalDesk::Ui
