#pragma once

// A fresh portal database in its own temporary folder, for one test.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QTemporaryDir>
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

} // namespace PortalDesk::Testing
