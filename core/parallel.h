#pragma once

// Work fanned out over threads, in a way ThreadSanitizer can follow.
//
// The tsan build (CMakePresets.json) instruments PortalDesk, not Qt: Debian's Qt hands a
// task to a pool thread, and reports it done, through locks inside libQt6Core that
// ThreadSanitizer cannot see, so it would report every value a task reads from its
// caller as a race. forEach() therefore starts plain threads and joins them: thread start
// and join are synchronisation ThreadSanitizer knows, so what it reports is a real race
// between tasks. (Starting two threads costs tens of microseconds; the calls here run
// thousands of items each.) Work in the background of the GUI: core/backgroundjob.h.
// handOver()/takeOver() mark a hand-over that still goes through Qt's queue (a test's
// proxy thread), and are nothing in other builds.

#include <QThread>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#if defined(__SANITIZE_THREAD__)
#include <sanitizer/tsan_interface.h>
#endif

namespace PortalDesk::Parallel {

// What this thread did so far happens before whatever takes over `token` next.
inline void handOver([[maybe_unused]] const void *token)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(const_cast<void *>(token));
#endif
}

// What was handed over at `token` happens before what this thread does next.
inline void takeOver([[maybe_unused]] const void *token)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void *>(token));
#endif
}

// Calls `work` on each element of `items`, on `threads` threads (0: one per core) of
// which the calling thread is one, and returns when every call has returned. Elements
// are taken in order, one at a time, by whichever thread is free. `work` must not throw.
template<typename Sequence, typename Work> void forEach(int threads, Sequence &items, Work work)
{
    const qsizetype count = items.size();
    if (count == 0)
        return;
    const qsizetype wanted = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    const int helpers = int(std::min(wanted, count)) - 1;
    std::atomic<qsizetype> next { 0 };
    auto run = [&] {
        for (qsizetype i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(items[i]);
    };
    std::vector<std::thread> started;
    started.reserve(size_t(helpers));
    for (int t = 0; t < helpers; ++t)
        started.emplace_back(run);
    run();
    for (std::thread &thread : started)
        thread.join();
}

template<typename Sequence, typename Work> void forEach(Sequence &items, Work work)
{
    forEach(0, items, std::move(work));
}

} // namespace PortalDesk::Parallel
