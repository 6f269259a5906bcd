#pragma once

#include <QtGlobal>

#include <chrono>
#include <mutex>

namespace Tenancy {

// Where a rate limiter's time comes from: monotonic nanoseconds. Tests substitute a clock they
// move by hand.
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    virtual qint64 nanoseconds() const = 0;
};

class SteadyClock final : public MonotonicClock
{
public:
    qint64 nanoseconds() const override
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }
};

// A token bucket, the limiter behind requests_per_minute and tokens_per_day that a platform
// can embed: it holds at most `capacity` tokens, gains `ratePerSecond` a second, and a request
// takes what it costs or is refused (with the wait until it would fit). Thread-safe.
class TokenBucket
{
public:
    // Starts full. ratePerSecond > 0, capacity > 0.
    TokenBucket(double capacity, double ratePerSecond, const MonotonicClock &clock);

    // For a limit "N per period": capacity N, refilled evenly over the period.
    static TokenBucket perPeriod(double count, std::chrono::seconds period,
                                 const MonotonicClock &clock);

    // Takes cost tokens if there are that many; false (and nothing taken) otherwise.
    bool tryTake(double cost = 1);
    // Tokens there now.
    double available() const;
    // How long until cost tokens are there (0 when they are; -1 when cost exceeds capacity).
    std::chrono::nanoseconds waitFor(double cost = 1) const;

    double capacity() const { return m_capacity; }
    double ratePerSecond() const { return m_rate; }

private:
    void refill(qint64 now) const;

    const MonotonicClock &m_clock;
    double m_capacity;
    double m_rate;
    mutable std::mutex m_lock;
    mutable double m_tokens;
    mutable qint64 m_last;
};

} // namespace Tenancy
