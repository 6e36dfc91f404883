// Every exported page checked by the Nu Html Checker (vnu.jar, pinned in tools/web and
// installed by scripts/bootstrap), as a web engineer would before shipping: the demo
// portal and a portal of hostile content must both give 0 errors.

#include "bundlecheck.h"
#include "core/store/articlestore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Testing;

namespace {

struct Finding
{
    QString type; // "error", "info" (subType "warning"), "non-document-error"
    QString file;
    int line = 0;
    QString message;
};

// Checks every .html file under `bundle` in one run of the checker.
QList<Finding> nuCheck(const QString &bundle)
{
    const QString jar
        = QStringLiteral(PORTALDESK_SOURCE_DIR "/tools/web/node_modules/vnu-jar/build/dist/vnu.jar");
    INFO("the Nu Html Checker is installed by scripts/bootstrap (scripts/web-tools): " << jar.toStdString());
    REQUIRE(QFileInfo::exists(jar));
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    INFO("Java comes from Debian's default-jre-headless (scripts/bootstrap)");
    REQUIRE_FALSE(java.isEmpty());

    QProcess process;
    process.start(java,
        { QStringLiteral("-jar"), jar, QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--stdout"), QStringLiteral("--skip-non-html"), QStringLiteral("--also-check-css"),
            bundle });
    REQUIRE(process.waitForFinished(180000));
    const QByteArray output = process.readAllStandardOutput();
    INFO(process.readAllStandardError().toStdString());
    QJsonParseError parseError;
    const QJsonDocument report = QJsonDocument::fromJson(output, &parseError);
    INFO(output.left(2000).toStdString());
    REQUIRE(parseError.error == QJsonParseError::NoError);

    QList<Finding> findings;
    for (const QJsonValue &value : report.object().value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const QString url = message.value(QStringLiteral("url")).toString();
        findings.append({ message.value(QStringLiteral("subType")).toString() == u"warning"
                ? QStringLiteral("warning")
                : message.value(QStringLiteral("type")).toString(),
            QDir(bundle).relativeFilePath(QUrl(url).toLocalFile()),
            message.value(QStringLiteral("lastLine")).toInt(),
            message.value(QStringLiteral("message")).toString() });
    }
    return findings;
}

QStringList errorsIn(const QList<Finding> &findings)
{
    QStringList errors;
    for (const Finding &finding : findings) {
        if (finding.type != u"warning" && finding.type != u"info")
            errors.append(
                QStringLiteral("%1:%2: %3").arg(finding.file).arg(finding.line).arg(finding.message));
    }
    return errors;
}

// Exports `portal`, once with every live article as it is, then again after one of them had
// its slug changed, so that the bundle holds a redirect page (core/publish/redirects.h).
QString exported(DemoPortal &portal, bool withRedirect = true)
{
    const QString bundle = portal.folder->filePath(QStringLiteral("site"));
    exportTo(portal.database, bundle);
    if (!withRedirect)
        return bundle;
    ArticleStore store(portal.database);
    const Result<QList<Article>> published = store.withStatus({ ArticleStatus::Published });
    REQUIRE(published.has_value());
    for (Article article : *published) {
        if (!isLive(article, demoMoment()))
            continue;
        article.slug = QStringLiteral("moved-for-the-checker");
        REQUIRE(store.save(article).has_value());
        break;
    }
    const ExportReport report = exportTo(portal.database, bundle);
    REQUIRE(report.redirects >= 1);
    return bundle;
}

int htmlPages(const QString &bundle)
{
    int pages = 0;
    for (const QString &file : bundleFiles(bundle))
        pages += file.endsWith(u".html") ? 1 : 0;
    return pages;
}

// The heading levels of an article page's body, in order.
QList<int> bodyHeadings(const QString &html)
{
    static const QRegularExpression heading(QStringLiteral("<h([1-6])[ >]"));
    const qsizetype start = html.indexOf(QStringLiteral("<div class=\"story-body\">"));
    const qsizetype end = html.indexOf(QStringLiteral("<footer class=\"story-foot\">"), start);
    QList<int> levels;
    if (start < 0 || end < 0)
        return levels;
    for (auto it = heading.globalMatch(QStringView(html).mid(start, end - start)); it.hasNext();)
        levels.append(it.next().captured(1).toInt());
    return levels;
}

} // namespace

TEST_CASE("the Nu Html Checker finds no error on any page of the demo bundle", "[e2e][html]")
{
    auto demo = demoPortal();
    const QString bundle = exported(demo);
    REQUIRE(htmlPages(bundle) > 40);
    const QStringList errors = errorsIn(nuCheck(bundle));
    INFO(errors.join(u'\n').toStdString());
    CHECK(errors.size() == 0);
}

TEST_CASE("the Nu Html Checker finds no error on any page of a hostile-content bundle", "[e2e][html]")
{
    auto hostile = hostilePortal();
    const QString bundle = exported(hostile);
    REQUIRE(htmlPages(bundle) > 10);
    const QStringList errors = errorsIn(nuCheck(bundle));
    INFO(errors.join(u'\n').toStdString());
    CHECK(errors.size() == 0);
    // Nothing hostile became markup on the way.
    for (const QString &file : bundleFiles(bundle)) {
        if (!file.endsWith(u".html"))
            continue;
        const QString html = QString::fromUtf8(readFile(QDir(bundle).filePath(file)));
        INFO(file.toStdString());
        CHECK_FALSE(html.contains(QStringLiteral("<script>alert"), Qt::CaseInsensitive));
        CHECK_FALSE(html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive));
        CHECK_FALSE(html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive));
        CHECK_FALSE(html.contains(QStringLiteral(" onerror="), Qt::CaseInsensitive));
    }
}

TEST_CASE("article bodies' headings start at h2 under the page's one h1", "[e2e][html]")
{
    auto hostile = hostilePortal();
    const QString bundle = exported(hostile, false);
    // The English body opens with "#", then "###" and "######": h2, then one level down each time.
    const QString english = QString::fromUtf8(
        readFile(QDir(bundle).filePath(QStringLiteral("en/articles/h-en-1-hostile-english.html"))));
    CHECK(bodyHeadings(english) == QList<int> { 2, 3, 4 });
    CHECK(english.count(QStringLiteral("<h1")) == 1);
    const QString chinese = QString::fromUtf8(
        readFile(QDir(bundle).filePath(QStringLiteral("zh-hant/articles/h-zh-1-hostile-chinese.html"))));
    // "##" first, then the English body's "#": the "##" would be h3 under the h1, so it is h2.
    CHECK(bodyHeadings(chinese) == QList<int> { 2, 2, 3, 4 });
    CHECK(chinese.count(QStringLiteral("<h1")) == 1);

    auto demo = demoPortal();
    const QString demoBundle = exported(demo, false);
    for (const QString &file : bundleFiles(demoBundle)) {
        if (!file.contains(u"/articles/"))
            continue;
        const QList<int> levels = bodyHeadings(QString::fromUtf8(readFile(QDir(demoBundle).filePath(file))));
        INFO(file.toStdString());
        if (!levels.isEmpty())
            CHECK(*std::min_element(levels.begin(), levels.end()) == 2);
    }
}
