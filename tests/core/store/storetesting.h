#pragma once

// A fresh portal database in its own temporary folder, for one test.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

namespace PortalDesk::Testing {

struct TestPortal
{
    std::unique_ptr<QTemporaryDir> folder;
    DatabasePtr database;
    QString path; // the SQLite file
};

TestPortal freshPortal(); // schema only
TestPortal seededPortal(); // plus sections finance/opinion and columns
Article sampleArticle(const QString &headline = QStringLiteral("港股半日升 200 點"));

// Runs the event loop until `condition` holds or `ms` pass; whether it came to hold.
template<typename Condition> bool within(int ms, Condition condition)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (condition())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }
    return condition();
}

} // namespace PortalDesk::Testing
