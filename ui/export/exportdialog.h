#pragma once

// File ▸ Export…: writes the portal as a static HTML bundle to a folder or a
// .zip, in full or incrementally, with an optional theme folder. The export
// runs on a worker thread; a timer reads its page counts into the progress bar,
// Cancel asks it to stop (the previous bundle stays as it was), and the summary
// offers to open the folder.

#include "core/backgroundjob.h"
#include "core/publish/bundleexporter.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace PortalDesk::Ui {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int OthersCheckMs = 3000; // how often a colleague's running export is looked for
    explicit ExportDialog(DatabasePtr database, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // What the form holds; tests and the remembered settings fill it in.
    void setFolder(const QString &folder);
    void setZipFile(const QString &zipFile); // empty: export to the folder
    void setIncremental(bool incremental);
    void setThemeFolder(const QString &folder);

    bool isRunning() const;
    QString summary() const; // the last export's outcome as shown
    QString bundleFolder() const { return m_bundleFolder; }

public slots:
    void start();
    void cancel();
    void reject() override;

signals:
    void finished(bool succeeded);

private:
    QWidget *createForm();
    QWidget *pathRow(QLineEdit *edit, QPushButton *browse);
    void browseFolder();
    void browseZip();
    void browseTheme();
    void updateMode();
    void poll();
    void checkOthers();
    void done(const Result<ExportReport> &result);
    ExportOptions options() const;
    void remember() const;

    DatabasePtr m_database;
    QTimer m_othersCheck;
    QString m_othersText; // what the status says of a colleague's export
    QRadioButton *m_toFolder;
    QRadioButton *m_toZip;
    QLineEdit *m_folder;
    QLineEdit *m_zip;
    QPushButton *m_browseFolder;
    QPushButton *m_browseZip;
    QRadioButton *m_full;
    QRadioButton *m_incremental;
    QLineEdit *m_theme;
    QProgressBar *m_progressBar;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QWidget *m_form = nullptr;
    std::shared_ptr<ExportProgress> m_progress;
    BackgroundJob m_job;
    QTimer m_poll;
    QString m_bundleFolder;
    QString m_summary;
    bool m_closeWhenDone = false;
};

} // namespace PortalDesk::Ui
