#pragma once

// One piece of work on a thread of its own, its answer delivered back on the thread
// that started it, from that thread's event loop: what the GUI needs to render or
// import without freezing.
//
// Why not QtConcurrent::run with a QFutureWatcher: Debian's Qt hands the task to a pool
// thread, and reports it done, through locks inside libQt6Core that ThreadSanitizer
// (the tsan build) cannot see, so it reports the task object itself as raced. Here the
// worker is a std::thread; the event that says "done" carries no data, and the answer is
// taken only after joining the thread. Thread start and join are synchronisation
// ThreadSanitizer knows, so what it reports is a real race.
//
// The job waits for a running worker when it is destroyed (a render or a parse takes a
// second at most); the work must therefore not wait on the job's thread.

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace PortalDesk {

class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return m_running; }

    // Runs `work` on a new thread; `done` is then called on this object's thread with
    // work's answer. Refused (false) while a job runs.
    template<typename Work, typename Done> bool start(Work work, Done done)
    {
        using Answer = std::invoke_result_t<Work &>;
        auto answer = std::make_shared<std::optional<Answer>>();
        return launch([answer, work = std::move(work)]() mutable { answer->emplace(work()); },
            [answer, done = std::move(done)]() mutable { done(std::move(**answer)); });
    }

    // Blocks until the running work (if any) returned; its `done` is then not called.
    void wait();

signals:
    void finished(); // after `done` was called

private:
    bool launch(std::function<void()> work, std::function<void()> done);
    Q_INVOKABLE void deliver();

    std::thread m_thread;
    std::function<void()> m_done;
    bool m_running = false;
    std::atomic<bool> m_workReturned { false }; // a stale "done" event must not join a new worker
};

} // namespace PortalDesk
