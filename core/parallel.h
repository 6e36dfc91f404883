#pragma once

// Work fanned out over threads with QtConcurrent, told to ThreadSanitizer.
//
// The tsan build (CMakePresets.json) instruments PortalDesk, not Qt: Debian's Qt hands a
// task to a pool thread and reports it done through locks inside libQt6Core that
// ThreadSanitizer cannot see. It would then report the data a task reads from its caller,
// or the caller reads back, as races. forEach() marks those two hand-overs the way Qt
// really orders them (all that came before the call, then each task, then the return),
// so that what remains to report is a real race between tasks. The marks are nothing
// in other builds. tests/tsan.supp names the few reports from inside Qt's own templates.

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

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

// Calls `work` on each element of `items` on `pool`'s threads (the global pool when
// null) and returns when every call has returned.
template<typename Sequence, typename Work> void forEach(QThreadPool *pool, Sequence &items, Work work)
{
    const char start = 0;
    const char done = 0;
    handOver(&start);
    auto task = [&](auto &item) {
        takeOver(&start);
        work(item);
        handOver(&done);
    };
    if (pool)
        QtConcurrent::blockingMap(pool, items, task);
    else
        QtConcurrent::blockingMap(items, task);
    takeOver(&done);
}

template<typename Sequence, typename Work> void forEach(Sequence &items, Work work)
{
    forEach(nullptr, items, std::move(work));
}

} // namespace PortalDesk::Parallel
