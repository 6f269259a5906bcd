#include "TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace Tenancy {

TokenBucket::TokenBucket(double capacity, double ratePerSecond, const MonotonicClock &clock)
    : m_clock(clock)
    , m_capacity(std::max(capacity, 0.0))
    , m_rate(std::max(ratePerSecond, 0.0))
    , m_tokens(m_capacity)
    , m_last(clock.nanoseconds())
{ }

TokenBucket TokenBucket::perPeriod(double count, std::chrono::seconds period,
                                   const MonotonicClock &clock)
{
    return TokenBucket(count, count / double(std::max<qint64>(1, period.count())), clock);
}

void TokenBucket::refill(qint64 now) const
{
    if (now <= m_last)
        return; // a clock that does not move forward adds nothing
    m_tokens = std::min(m_capacity, m_tokens + double(now - m_last) * 1e-9 * m_rate);
    m_last = now;
}

bool TokenBucket::tryTake(double cost)
{
    std::lock_guard locker(m_lock);
    refill(m_clock.nanoseconds());
    // A hair of tolerance, so that refills summing to a whole token are one.
    if (cost > m_tokens + 1e-9)
        return false;
    m_tokens = std::max(0.0, m_tokens - cost);
    return true;
}

double TokenBucket::available() const
{
    std::lock_guard locker(m_lock);
    refill(m_clock.nanoseconds());
    return m_tokens;
}

std::chrono::nanoseconds TokenBucket::waitFor(double cost) const
{
    std::lock_guard locker(m_lock);
    refill(m_clock.nanoseconds());
    if (cost > m_capacity)
        return std::chrono::nanoseconds(-1);
    if (cost <= m_tokens + 1e-9)
        return std::chrono::nanoseconds(0);
    if (m_rate <= 0)
        return std::chrono::nanoseconds(-1);
    return std::chrono::nanoseconds(qint64(std::ceil((cost - m_tokens) / m_rate * 1e9)));
}

} // namespace Tenancy
