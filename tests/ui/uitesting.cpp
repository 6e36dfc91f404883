#include "uitesting.h"

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <catch2/catch.hpp>

namespace PortalDesk::Ui::Testing {

TemporarySettings::TemporarySettings()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
}

TestPortal seededPortal()
{
    TestPortal portal;
    portal.folder = std::make_unique<QTemporaryDir>();
    REQUIRE(portal.folder->isValid());
    auto opened = Database::open(portal.folder->filePath(QStringLiteral("portal.sqlite")));
    REQUIRE(opened.has_value());
    portal.database = *opened;
    portal.database->setUserName(QStringLiteral("chan.tai.man"));
    CategoryStore sections(portal.database, CategoryStore::Kind::Sections);
    REQUIRE(sections.put({ QStringLiteral("finance"),
        { { Language::ZhHantHK, QStringLiteral("財經新聞") }, { Language::En, QStringLiteral("Finance") } },
        1 }));
    REQUIRE(sections.put({ QStringLiteral("opinion"),
        { { Language::ZhHantHK, QStringLiteral("評論") }, { Language::En, QStringLiteral("Opinion") } },
        2 }));
    return portal;
}

Article article(const QString &headline, Language language, ArticleStatus status, const QString &section)
{
    Article article;
    article.headline = headline;
    article.language = language;
    article.status = status;
    article.section = section;
    article.byline = QStringLiteral("本報記者 陳大文");
    return article;
}

void addArticles(const DatabasePtr &database, int count, const QString &prefix)
{
    ArticleStore store(database);
    for (int i = 1; i <= count; ++i)
        REQUIRE(store.create(article(prefix + QStringLiteral(" %1").arg(i))).has_value());
}

bool waitFor(const std::function<bool()> &condition, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > milliseconds) // generous: a loaded CI machine renders a preview slowly
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void answerModal(const std::function<void(QWidget *dialog)> &answer, bool *answered)
{
    QTimer::singleShot(10, qApp, [answer, answered] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible()) {
            answerModal(answer, answered);
            return;
        }
        answer(dialog);
        if (answered)
            *answered = true;
    });
}

} // namespace PortalDesk::Ui::Testing
