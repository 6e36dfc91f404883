#pragma once

// Edit ▸ Settings…: which database is open (open or create another), the house
// style for CJK–Latin spacing, the interface language (applied at the next
// start), the theme the preview and export use (the default or a folder), and the portal's own settings
// (names, base URL, time zone, default edition, logo), which are checked field by field before they are
// saved.

#include "core/content/portal.h"
#include "core/store/database.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace PortalDesk::Ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(DatabasePtr database, QWidget *parent = nullptr);

    void setDatabase(DatabasePtr database); // after Open or New: shows that portal
    Portal portal() const; // the portal settings as entered
    QString fieldError(const QString &field) const; // "base_url", "time_zone", "theme", …; empty when fine
    QLineEdit *themeField() const { return m_theme; }
    QLineEdit *nameField() const { return m_name; }

    // Logo ▸ Choose…: reads `file` into the portal's media (saved with the portal on OK); false
    // with the reason shown under the row when it is no picture the site's icons can come from.
    bool chooseLogo(const QString &file);
    void useThemeLogo();
    QLabel *logoPreview() const { return m_logoPreview; }

    void accept() override;

signals:
    void openDatabaseRequested();
    void newDatabaseRequested();

private:
    QWidget *createDatabaseGroup();
    QWidget *createEditingGroup();
    QWidget *createPortalGroup();
    QLabel *errorLabel(const QString &field);
    void loadPortal();
    bool savePortal();
    bool saveTheme();
    void showLogo();

    DatabasePtr m_database;
    Portal m_loaded;
    QLabel *m_address;
    QComboBox *m_spacing;
    QComboBox *m_language;
    QLineEdit *m_theme;
    QLineEdit *m_name;
    QLineEdit *m_names[3];
    QLineEdit *m_baseUrl;
    QComboBox *m_timeZone;
    QComboBox *m_edition;
    QLabel *m_logoPreview;
    QString m_logo; // Portal::logo as chosen here
    QWidget *m_portalGroup = nullptr;
    QHash<QString, QLabel *> m_errors;
};

} // namespace PortalDesk::Ui
