#pragma once

// File ▸ Publish to Web Server…: exports the portal incrementally and puts it live on the
// portal's web server (a folder or SSH, core/publish/sitepublisher.h) in one switch, or rolls
// the site back a release. The target is chosen from those saved with the portal, or typed
// and saved under a name for everyone. The work runs on a background job; a timer reads the
// export's page count and then the upload's percentage into the progress bar; Cancel stops
// either (the live site stays as it was). The last outcome is remembered per portal and shown
// when the dialog opens again.

#include "core/backgroundjob.h"
#include "core/content/portal.h"
#include "core/publish/sitepublisher.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace PortalDesk::Ui {

class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PublishDialog(DatabasePtr database, QWidget *parent = nullptr);
    ~PublishDialog() override;

    // The form, for tests and for the remembered choice.
    void setTarget(const QString &name, const QString &address, int keep);
    void setSshConfig(const QString &file); // ssh -F; empty: the user's own
    QString targetName() const;

    bool isRunning() const { return m_job.isRunning(); }
    QString summary() const; // the last outcome as shown

public slots:
    void publish();
    void rollBack();
    void cancel();
    void reject() override;

signals:
    void finished(bool succeeded);

private:
    struct Shared; // what the worker and the progress timer both see

    void loadTargets();
    void chooseSaved(int index);
    Result<PublishTarget> checkedTarget();
    bool saveTarget();
    void begin(const QString &status);
    void poll();
    void done(const Result<PortalPublish> &outcome, bool rollingBack);
    void remember(const QString &summary) const;
    QString rememberedKey() const;

    DatabasePtr m_database;
    Portal m_portal;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QSpinBox *m_keep;
    QProgressBar *m_progressBar;
    QLabel *m_status;
    QLabel *m_last;
    QDialogButtonBox *m_buttons;
    QPushButton *m_publish;
    QPushButton *m_rollBack;
    QWidget *m_form;
    QString m_sshConfig;
    QString m_summary;
    std::shared_ptr<Shared> m_shared;
    QTimer m_poll;
    bool m_closeWhenDone = false;
    bool m_rollingBack = false; // a switch runs: it cannot be cancelled, only waited for
    BackgroundJob m_job; // last: destroyed first, waiting for a running publish
};

} // namespace PortalDesk::Ui
