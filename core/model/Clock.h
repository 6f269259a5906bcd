#pragma once

#include <QDateTime>

namespace Tenancy {

// Where "now" comes from, so tests can pin time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime time)
        : m_time(time.toUTC())
    { }
    QDateTime now() const override { return m_time; }
    void set(const QDateTime &time) { m_time = time.toUTC(); }
    void advance(qint64 seconds) { m_time = m_time.addSecs(seconds); }

private:
    QDateTime m_time;
};

} // namespace Tenancy
