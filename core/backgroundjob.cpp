#include "core/backgroundjob.h"

namespace PortalDesk {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{ }

BackgroundJob::~BackgroundJob()
{
    wait();
}

bool BackgroundJob::launch(std::function<void()> work, std::function<void()> done)
{
    if (m_running)
        return false;
    if (m_thread.joinable())
        m_thread.join(); // delivered already; the thread may still be returning
    m_running = true;
    m_workReturned = false;
    m_done = std::move(done);
    m_thread = std::thread([this, work = std::move(work)]() mutable {
        work();
        work = nullptr; // what it captured goes now, on this thread
        m_workReturned = true;
        // A data-free event: the answer itself crosses when deliver() joins this thread.
        // The job outlives this call, since its destructor joins first.
        QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
    });
    return true;
}

void BackgroundJob::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
    m_done = nullptr;
}

void BackgroundJob::deliver()
{
    if (!m_running || !m_workReturned)
        return; // waited for (the answer was dropped), or the event of a job waited for
    m_thread.join();
    m_running = false;
    const std::function<void()> done = std::exchange(m_done, nullptr);
    done();
    emit finished();
}

} // namespace PortalDesk
