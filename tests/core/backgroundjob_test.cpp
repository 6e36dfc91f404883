#include "core/backgroundjob.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QString>
#include <QThread>
#include <atomic>
#include <catch2/catch.hpp>
#include <vector>

using namespace PortalDesk;

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace

TEST_CASE("a background job answers on the thread that started it", "[background]")
{
    BackgroundJob job;
    QSignalSpy finished(&job, &BackgroundJob::finished);
    Qt::HANDLE workThread = nullptr;
    Qt::HANDLE doneThread = nullptr;
    QString answer;
    const QString input = QStringLiteral("新聞稿");
    REQUIRE(job.start(
        [input, &workThread] {
            workThread = QThread::currentThreadId();
            return input.repeated(3);
        },
        [&](QString result) {
            doneThread = QThread::currentThreadId();
            answer = result;
        }));
    CHECK(job.isRunning());
    CHECK(answer.isEmpty()); // never before the event loop ran
    REQUIRE(waitFor([&] { return finished.size() == 1; }));
    CHECK_FALSE(job.isRunning());
    CHECK(answer == QStringLiteral("新聞稿新聞稿新聞稿"));
    CHECK(doneThread == QThread::currentThreadId());
    CHECK(workThread != doneThread);
}

TEST_CASE("a background job refuses a second start while one runs, then takes it", "[background]")
{
    BackgroundJob job;
    std::atomic<bool> release { false };
    std::vector<int> answers;
    REQUIRE(job.start(
        [&release] {
            while (!release.load())
                QThread::msleep(2);
            return 1;
        },
        [&](int n) { answers.push_back(n); }));
    CHECK_FALSE(job.start([] { return 2; }, [&](int n) { answers.push_back(n); }));
    release = true;
    REQUIRE(waitFor([&] { return !job.isRunning(); }));
    // Started again from within the event loop, as the preview does with its pending request.
    REQUIRE(job.start([] { return 3; }, [&](int n) { answers.push_back(n); }));
    REQUIRE(waitFor([&] { return !job.isRunning(); }));
    CHECK(answers == std::vector<int> { 1, 3 });
}

TEST_CASE(
    "a background job that was waited for drops its answer, and a stale event is ignored", "[background]")
{
    BackgroundJob job;
    std::vector<int> answers;
    REQUIRE(job.start([] { return 1; }, [&](int n) { answers.push_back(n); }));
    job.wait(); // the worker's "done" event is now queued, and must not deliver
    CHECK_FALSE(job.isRunning());
    std::atomic<bool> release { false };
    REQUIRE(job.start(
        [&release] {
            while (!release.load())
                QThread::msleep(2);
            return 2;
        },
        [&](int n) { answers.push_back(n); }));
    // The first job's event arrives while the second works: it must neither deliver nor block.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(answers.empty());
    CHECK(job.isRunning());
    release = true;
    REQUIRE(waitFor([&] { return !job.isRunning(); }));
    CHECK(answers == std::vector<int> { 2 });
}

TEST_CASE("destroying a running background job waits for its work and calls nothing", "[background]")
{
    std::atomic<bool> worked { false };
    bool delivered = false;
    {
        BackgroundJob job;
        REQUIRE(job.start(
            [&worked] {
                QThread::msleep(50);
                worked = true;
                return 0;
            },
            [&](int) { delivered = true; }));
    }
    CHECK(worked.load());
    QCoreApplication::processEvents();
    CHECK_FALSE(delivered);
}
