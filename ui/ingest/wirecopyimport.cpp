#include "ui/ingest/wirecopyimport.h"

#include "core/ingest/wireduplicates.h"
#include "core/ingest/wireimport.h"
#include "core/ingest/wireparser.h"
#include "core/store/articlestore.h"
#include "core/store/portalstore.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

namespace PortalDesk::Ui {

namespace {

QStringList textFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()
            && QFileInfo(url.toLocalFile()).suffix().compare(u"txt", Qt::CaseInsensitive) == 0)
            paths.append(url.toLocalFile());
    }
    return paths;
}

QString bulleted(const QStringList &lines, int limit)
{
    QStringList shown = lines.mid(0, limit);
    for (QString &line : shown)
        line.prepend(QStringLiteral("• "));
    if (lines.size() > limit)
        shown.append(WireCopyImport::tr("… and %n more", nullptr, int(lines.size() - limit)));
    return shown.join(u'\n');
}

} // namespace

WireCopyImport::WireCopyImport(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

bool WireCopyImport::canImport(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls())
        return !textFiles(mime).isEmpty();
    return mime->hasText() && !mime->text().trimmed().isEmpty();
}

Result<QList<WireCopy>> WireCopyImport::readFiles(const QStringList &paths)
{
    QList<WireCopy> copies;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(Error { Error::Code::Io,
                tr("cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), {} });
        copies.append({ QFileInfo(path).fileName(), file.readAll() });
    }
    return copies;
}

WireImportReport WireCopyImport::import(const QList<WireCopy> &copies)
{
    WireImportReport report;
    if (!m_database) {
        report.error = tr("Open or create a portal database first.");
        return report;
    }
    // A Hong Kong portal turns Simplified releases into zh-Hant-HK, as the CLI does;
    // the Simplified original stays the draft's first revision.
    const Result<Portal> portal = PortalStore(m_database).get();
    if (!portal) { // the CLI stops here too: without the settings the edition is a guess
        report.error = portal.error().text();
        return report;
    }
    const QTimeZone zone = portal->zone();
    const WireImportOptions options = WireImportOptions::forPortal(*portal);

    // Parsed one and all before the first save: one bad file stores nothing.
    QList<WireDraft> drafts;
    for (const WireCopy &copy : copies) {
        Result<WireDraft> draft = WireParser::parseUtf8(copy.bytes, zone);
        if (!draft) {
            Error error = draft.error();
            error.field = copy.name;
            report.error = error.text();
            return report;
        }
        drafts.append(std::move(*draft));
    }

    ArticleStore store(m_database);
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const QString &name = copies.at(i).name;
        const Result<WireDraft> adapted = WireImport::adapt(drafts.at(i), options);
        if (!adapted) {
            report.error = name + QStringLiteral(": ") + adapted.error().text();
            return report;
        }
        const Result<std::optional<WireDuplicate>> duplicate = WireDuplicates::find(m_database, *adapted);
        if (!duplicate) {
            report.error = name + QStringLiteral(": ") + duplicate.error().text();
            return report;
        }
        if (*duplicate) {
            const QString &existingId = (*duplicate)->existing.id;
            const DuplicateChoice choice = askAbout(name, **duplicate, zone);
            if (choice == DuplicateChoice::Cancel) {
                report.cancelled = true;
                return report;
            }
            if (choice == DuplicateChoice::OpenExisting) {
                report.openedIds.append(existingId);
                continue;
            }
            if (choice == DuplicateChoice::UpdateExisting) {
                const Result<Article> updated
                    = WireImport::update(m_database, existingId, drafts.at(i), options);
                if (updated) {
                    report.updatedIds.append(existingId);
                    report.updatedHeadlines.append(updated->headline);
                } else {
                    report.refusals.append(name + QStringLiteral(": ") + updated.error().text());
                }
                continue;
            }
        }
        const Result<Article> article = WireImport::create(store, drafts.at(i), *adapted, options);
        if (!article) {
            report.error = name + QStringLiteral(": ") + article.error().text();
            return report;
        }
        report.createdIds.append(article->id);
        report.headlines.append(article->headline);
        for (const QString &warning : drafts.at(i).warnings)
            report.warnings.append(name + QStringLiteral(": ") + warning);
        for (const QString &line : drafts.at(i).droppedLines)
            report.droppedLines.append(name + QStringLiteral(": ") + line);
        if (!drafts.at(i).notes.isEmpty())
            report.notes.append(name + QStringLiteral(":\n") + drafts.at(i).notes);
    }
    return report;
}

void WireCopyImport::chooseFiles()
{
    QStringList paths;
    if (m_chooser) {
        paths = m_chooser(m_window);
    } else {
        paths = QFileDialog::getOpenFileNames(m_window, tr("Import Wire Copy"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Wire copy (*.txt);;All files (*)"));
    }
    if (!paths.isEmpty())
        importFiles(paths);
}

void WireCopyImport::importFiles(const QStringList &paths)
{
    const Result<QList<WireCopy>> copies = readFiles(paths);
    if (!copies) {
        WireImportReport report;
        report.error = copies.error().text();
        finish(report);
        return;
    }
    finish(import(*copies));
}

void WireCopyImport::importText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    finish(import({ { tr("pasted copy"), text.toUtf8() } }));
}

void WireCopyImport::importMime(const QMimeData *mime)
{
    if (const QStringList paths = textFiles(mime); !paths.isEmpty())
        importFiles(paths);
    else if (mime && mime->hasText())
        importText(mime->text());
}

DuplicateChoice WireCopyImport::askAbout(
    const QString &copyName, const WireDuplicate &duplicate, const QTimeZone &zone)
{
    if (m_duplicateChooser)
        return m_duplicateChooser(copyName, duplicate);
    DuplicateDialog dialog(copyName, duplicate, zone, m_window);
    dialog.exec();
    return dialog.choice();
}

void WireCopyImport::finish(const WireImportReport &report)
{
    present(report);
    const QStringList toOpen = report.createdIds + report.updatedIds + report.openedIds;
    if (!toOpen.isEmpty())
        emit draftsCreated(toOpen);
}

void WireCopyImport::present(const WireImportReport &report)
{
    if (m_presenter) {
        m_presenter(report);
        return;
    }
    const int created = int(report.createdIds.size());
    const int updated = int(report.updatedIds.size());
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Import Wire Copy"));
    box.setTextFormat(Qt::PlainText);
    const QString refused
        = report.refusals.isEmpty() ? QString() : tr("Not updated:") + u'\n' + bulleted(report.refusals, 5);
    if (created == 0 && updated == 0) {
        // Cancelled, or the existing articles opened instead: the editor sees what happened.
        if (report.error.isEmpty() && report.refusals.isEmpty())
            return;
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("Nothing was imported."));
        box.setInformativeText(QStringList { report.error, refused }.join(QStringLiteral("\n\n")).trimmed());
        box.exec();
        return;
    }
    box.setIcon(report.error.isEmpty() && report.warnings.isEmpty() && refused.isEmpty()
            ? QMessageBox::Information
            : QMessageBox::Warning);
    QStringList summary;
    if (created > 0)
        summary.append(tr("Created %n draft(s) from wire copy:", nullptr, created) + u'\n'
            + bulleted(report.headlines, 5));
    if (updated > 0)
        summary.append(tr("Updated %n existing article(s) from wire copy:", nullptr, updated) + u'\n'
            + bulleted(report.updatedHeadlines, 5));
    box.setText(summary.join(QStringLiteral("\n\n")));
    QStringList notes;
    if (!report.error.isEmpty())
        notes.append(tr("The import stopped: %1").arg(report.error));
    if (!refused.isEmpty())
        notes.append(refused);
    if (!report.warnings.isEmpty())
        notes.append(tr("Please check:") + u'\n' + bulleted(report.warnings, 8));
    if (!report.notes.isEmpty())
        notes.append(tr("The company boilerplate and media contacts of %n release(s) were kept out of the "
                        "body (see Details).",
            nullptr, int(report.notes.size())));
    if (!report.droppedLines.isEmpty())
        notes.append(tr("%n line(s) of portal menus, promos and wire end marks were left out (see Details).",
            nullptr, int(report.droppedLines.size())));
    box.setInformativeText(notes.join(QStringLiteral("\n\n")));
    QStringList details;
    if (!report.notes.isEmpty())
        details.append(tr("Kept out of the body:") + u'\n' + report.notes.join(QStringLiteral("\n\n")));
    if (!report.droppedLines.isEmpty())
        details.append(tr("Left out:") + u'\n' + report.droppedLines.join(u'\n'));
    if (!details.isEmpty())
        box.setDetailedText(details.join(QStringLiteral("\n\n")));
    box.exec();
}

} // namespace PortalDesk::Ui
