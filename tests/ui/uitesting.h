#pragma once

// Fresh portal databases and articles for ui tests, each in its own temporary folder.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace PortalDesk::Ui::Testing {

// Keeps a test's QSettings (window layout, last database, language) away from the real user's.
struct TemporarySettings
{
    QTemporaryDir folder;
    TemporarySettings();
};

struct TestPortal
{
    std::unique_ptr<QTemporaryDir> folder;
    DatabasePtr database;
};

TestPortal seededPortal(); // sections finance (財經新聞) and opinion (評論), no articles

Article article(const QString &headline, Language language = Language::ZhHantHK,
    ArticleStatus status = ArticleStatus::Published, const QString &section = QStringLiteral("finance"));

// Stores `count` articles headed "<prefix> 1", "<prefix> 2", ….
void addArticles(const DatabasePtr &database, int count, const QString &prefix = QStringLiteral("港股快訊"));

// Runs the event loop until `condition` holds or `milliseconds` pass (ten seconds).
bool waitFor(const std::function<bool()> &condition, int milliseconds = 10000);

// Runs an event loop (so the dialog's timers and background job run) until `dialog` emits
// its finished(bool succeeded), at most a minute; false if it never did.
template<typename Dialog> bool waitForFinished(Dialog &dialog, bool *succeeded)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&dialog, &Dialog::finished, &loop, [&](bool ok) {
        finished = true;
        *succeeded = ok;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return finished;
}

// Hands the next modal dialog (when it is up) to `answer`, which works its widgets
// as a person would and closes it. `answered` is set once that happened.
void answerModal(const std::function<void(QWidget *dialog)> &answer, bool *answered = nullptr);

} // namespace PortalDesk::Ui::Testing
