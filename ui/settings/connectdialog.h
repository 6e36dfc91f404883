#pragma once

// File ▸ Connect to Newsroom Server…: where the newsroom's PostgreSQL server is, who
// signs in, how the connection is secured (TLS mode, and the CA file that vouches for
// the server under verify-ca / verify-full), and the password, which the system keychain
// may remember (ui/settings/passwordstore.h). Recent servers fill the fields in one
// choice; they are kept without passwords.

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace PortalDesk::Ui {

class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int RecentCount = 8;

    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from an address (postgresql://login@host:port/db?sslmode=…).
    void setAddress(const QString &address);
    // The address without the password, as recent servers and the keychain name it.
    QString address() const;
    QString password() const;
    bool rememberPassword() const;
    // Says why the last attempt failed, above the fields (the dialog stays open for a retry).
    void setProblem(const QString &problem);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *loginEdit() const { return m_login; }
    QComboBox *tlsMode() const { return m_tls; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QComboBox *recentBox() const { return m_recent; }

    static QStringList recentServers();
    static void addRecentServer(const QString &address);

    void accept() override;

private:
    void updateState();
    void chooseCaFile();
    void recentChosen(int index);

    QComboBox *m_recent;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QComboBox *m_tls;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QLabel *m_keychain;
    QPushButton *m_connect;
};

} // namespace PortalDesk::Ui
