#pragma once

// Wire copy into article drafts from the editor: files chosen in File ▸ Import
// Wire Copy…, .txt files dropped on the article list, or copy pasted into it.
// Everything is read and parsed before anything is stored, so a file that is not
// UTF-8 stores nothing; then the drafts are created through core's WireImport,
// as `portaldesk-cli import-wire --db` does, and the editor is told what the
// parser was unsure about and which lines of portal chrome it left out. Copy that is
// already in the portal (same original link, or nearly the same text: WireDuplicates) is
// not stored before the editor has chosen, in a DuplicateDialog, to open the existing
// article, update it, import the copy anyway or stop.

#include "core/error.h"
#include "core/store/database.h"
#include "ui/ingest/duplicatedialog.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <functional>

class QMimeData;
class QWidget;

namespace PortalDesk::Ui {

// One piece of copy and where it came from ("release.txt", "pasted copy").
struct WireCopy
{
    QString name;
    QByteArray bytes;
};

// What an import did, for the message the editor reads.
struct WireImportReport
{
    QStringList createdIds;
    QStringList headlines;
    QStringList updatedIds; // duplicates brought up to date from their copy
    QStringList updatedHeadlines;
    QStringList openedIds; // duplicates the editor chose to open instead of importing
    QStringList refusals; // "release.txt: “…” was not updated: 陳大文 is editing this article since …"
    bool cancelled = false; // the editor stopped at a duplicate; the copies after it were left
    QStringList warnings; // "release.txt: …"
    QStringList droppedLines; // "release.txt: 人氣文章"
    QStringList notes; // "release.txt: About X …": boilerplate and contacts kept out of the body
    QString error; // non-empty: the import stopped; nothing after the drafts listed was stored
};

class WireCopyImport : public QObject
{
    Q_OBJECT

public:
    using FileChooser = std::function<QStringList(QWidget *parent)>;
    using ReportPresenter = std::function<void(const WireImportReport &report)>;
    using DuplicateChooser = std::function<DuplicateChoice(const QString &copyName, const WireDuplicate &)>;

    explicit WireCopyImport(QWidget *window);

    void setDatabase(DatabasePtr database) { m_database = std::move(database); }
    // Tests answer the file dialog and read the report instead of a message box.
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setReportPresenter(ReportPresenter presenter) { m_presenter = std::move(presenter); }
    // Tests answer the duplicate question instead of a DuplicateDialog.
    void setDuplicateChooser(DuplicateChooser chooser) { m_duplicateChooser = std::move(chooser); }

    // True when `mime` holds .txt files or plain text that import() would take.
    static bool canImport(const QMimeData *mime);

    // Reads every file first; an unreadable one is an error naming it.
    static Result<QList<WireCopy>> readFiles(const QStringList &paths);
    // Parses all, then stores all; the report says what was created.
    WireImportReport import(const QList<WireCopy> &copies);

public slots:
    void chooseFiles(); // File ▸ Import Wire Copy…
    void importFiles(const QStringList &paths);
    void importText(const QString &text); // pasted copy
    void importMime(const QMimeData *mime); // dropped files or text

signals:
    // After the report: the articles to open, in the order of the copies: the drafts made,
    // and the duplicates updated or chosen to be opened instead.
    void draftsCreated(const QStringList &ids);

private:
    DuplicateChoice askAbout(const QString &copyName, const WireDuplicate &duplicate, const QTimeZone &zone);
    void finish(const WireImportReport &report);
    void present(const WireImportReport &report);

    QWidget *m_window;
    DatabasePtr m_database;
    FileChooser m_chooser;
    ReportPresenter m_presenter;
    DuplicateChooser m_duplicateChooser;
};

} // namespace PortalDesk::Ui
