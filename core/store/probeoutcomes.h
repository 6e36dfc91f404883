#pragma once

// What a probe of the server found (ServerSocket::ask), and the hand-over of those findings
// from the probing thread to the one that acts on them (ChangeWatch). No QtSql here: the
// user interface sees these names through ChangeWatch.

#include <atomic>
#include <cstdint>
#include <vector>

namespace PortalDesk::ServerSocket {

enum class Probe { Answered, Failed, Silent };

// Probe outcomes handed from a probing thread to the thread that acts on them, oldest first,
// packed into one atomic word so that nothing but atomics passes between the two (a count in
// the low bits, two bits per outcome). One thread puts, one takes. Should the taker fall
// `Capacity` outcomes behind, the oldest make room: only what the server did lately matters.
class Outcomes
{
public:
    static constexpr int Capacity = 29;

    void put(Probe outcome)
    {
        std::uint64_t packed = m_packed.load();
        std::uint64_t next = 0;
        do {
            std::uint64_t count = packed & CountMask;
            std::uint64_t items = packed >> CountBits;
            if (count == Capacity) {
                items >>= 2;
                --count;
            }
            items |= std::uint64_t(outcome) << (2 * count);
            next = items << CountBits | (count + 1);
        } while (!m_packed.compare_exchange_weak(packed, next));
    }

    std::vector<Probe> take()
    {
        const std::uint64_t packed = m_packed.exchange(0);
        std::vector<Probe> outcomes;
        std::uint64_t items = packed >> CountBits;
        for (std::uint64_t count = packed & CountMask; count > 0; --count, items >>= 2)
            outcomes.push_back(Probe(items & 3));
        return outcomes;
    }

private:
    static constexpr int CountBits = 6;
    static constexpr std::uint64_t CountMask = (1u << CountBits) - 1;
    static_assert(CountBits + 2 * Capacity <= 64);
    std::atomic<std::uint64_t> m_packed = 0;
};

} // namespace PortalDesk::ServerSocket
