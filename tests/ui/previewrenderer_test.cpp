#include "core/render/markdown.h"
#include "ui/preview/previewrenderer.h"
#include "uitesting.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

bool waitUntilIdle(const PreviewRenderer &renderer, const QSignalSpy &spy)
{
    QElapsedTimer timer;
    timer.start();
    while (renderer.isRendering() || spy.isEmpty()) {
        if (timer.elapsed() > 15000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QCoreApplication::processEvents();
    return !renderer.isRendering();
}

PreviewRequest articleRequest(const QString &headline)
{
    PreviewRequest request;
    request.article = Testing::article(headline, Language::ZhHantHK, ArticleStatus::Draft);
    request.article.id = QStringLiteral("preview-1");
    request.article.body = QStringLiteral("畢加索的市場潛能有多強？");
    return request;
}

} // namespace

TEST_CASE("the preview renders the article as typed, off the GUI thread, with its assets", "[ui][preview]")
{
    auto portal = Testing::seededPortal();
    PreviewRenderer renderer;
    renderer.setDatabase(portal.database);
    QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);

    renderer.request(articleRequest(QStringLiteral("未儲存的標題")));
    CHECK(renderer.isRendering());
    REQUIRE(waitUntilIdle(renderer, rendered));
    REQUIRE(rendered.size() == 1);
    const auto result = rendered.first().first().value<PreviewResult>();
    INFO(result.error.toStdString());
    CHECK(result.error.isEmpty());
    CHECK(result.html.contains(QStringLiteral("未儲存的標題")));
    CHECK(result.baseUrl.isLocalFile());
    CHECK(QDir(renderer.folder()).entryList({ QStringLiteral("assets") }, QDir::Dirs).size() == 1);
}

TEST_CASE("quick preview requests are coalesced and the latest wins", "[ui][preview]")
{
    auto portal = Testing::seededPortal();
    PreviewRenderer renderer;
    renderer.setDatabase(portal.database);
    QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);

    renderer.request(articleRequest(QStringLiteral("第一版標題")));
    renderer.request(articleRequest(QStringLiteral("第二版標題")));
    renderer.request(articleRequest(QStringLiteral("第三版標題")));
    REQUIRE(waitUntilIdle(renderer, rendered));
    CHECK(renderer.rendersStarted() <= 2);
    const auto last = rendered.last().first().value<PreviewResult>();
    CHECK(last.html.contains(QStringLiteral("第三版標題")));
    for (const QList<QVariant> &signal : rendered)
        CHECK_FALSE(signal.first().value<PreviewResult>().html.contains(QStringLiteral("第二版標題")));
}

TEST_CASE("the front page preview renders", "[ui][preview]")
{
    auto portal = Testing::seededPortal();
    PreviewRenderer renderer;
    renderer.setDatabase(portal.database);
    QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
    PreviewRequest request;
    request.page = PreviewRequest::Page::Front;
    renderer.request(request);
    REQUIRE(waitUntilIdle(renderer, rendered));
    const auto result = rendered.first().first().value<PreviewResult>();
    INFO(result.error.toStdString());
    CHECK(result.error.isEmpty());
    CHECK(result.html.contains(QStringLiteral("<html")));
}

TEST_CASE(
    "previews rendered while other threads parse Markdown are the same as alone", "[ui][preview][threads]")
{
    // Issue 12: the preview renders off the GUI thread while an export (or another
    // preview) parses bodies; cmark-gfm's shared tables used to drop links and <del>.
    auto portal = Testing::seededPortal();
    const QString body = QStringLiteral(
        "~~舊價~~新價見 https://example.com/p/1 及 www.example.org/1。\n\n| 期限 | 息率 |\n|---|---:|\n"
        "| 一個月 | ~~3.8~~ 3.9厘 |\n\n- [x] www.hkex.com.hk\n- [ ] https://example.net/t\n");
    auto requestFor = [&](int n) {
        PreviewRequest request = articleRequest(QStringLiteral("標題%1").arg(n));
        request.article.body = body.repeated(20);
        return request;
    };
    auto render = [&](PreviewRenderer &renderer, const PreviewRequest &request) {
        QSignalSpy rendered(&renderer, &PreviewRenderer::rendered);
        renderer.request(request);
        REQUIRE(waitUntilIdle(renderer, rendered));
        const auto result = rendered.last().first().value<PreviewResult>();
        INFO(result.error.toStdString());
        REQUIRE(result.error.isEmpty());
        return result.html;
    };
    PreviewRenderer renderer;
    renderer.setDatabase(portal.database);
    QStringList alone;
    for (int n = 0; n < 6; ++n)
        alone.append(render(renderer, requestFor(n)));
    CHECK(alone.first().contains(u"<del>"));
    CHECK(alone.first().contains(u"<a href=\"http://www.example.org/1"));

    std::atomic<bool> stop { false };
    std::vector<std::thread> busy;
    for (int t = 0; t < 3; ++t) {
        busy.emplace_back([&stop, body] {
            while (!stop.load())
                Markdown::toHtml(body);
        });
    }
    for (int round = 0; round < 3; ++round) {
        for (int n = 0; n < 6; ++n) {
            INFO("round " << round << ", page " << n);
            CHECK(render(renderer, requestFor(n)) == alone.at(n));
        }
    }
    stop = true;
    for (std::thread &thread : busy)
        thread.join();
}
