#include "Usage.h"

#include "model/Tenant.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

// The inverse: year, month (1-12) and day (1-31) of a day since the epoch.
void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(qint64 y, unsigned m)
{
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Floor division for times before the epoch (never stored, but bucketStart takes any).
qint64 floorTo(qint64 at, qint64 unit)
{
    const qint64 r = at % unit;
    return at - (r < 0 ? r + unit : r);
}

int digits(QByteArrayView s, qsizetype from, qsizetype count, bool &ok)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = s.at(i);
        if (c < '0' || c > '9') {
            ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

QByteArrayView trimmedView(QByteArrayView s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && (s.at(b) == ' ' || s.at(b) == '\t'))
        ++b;
    while (e > b && (s.at(e - 1) == ' ' || s.at(e - 1) == '\t' || s.at(e - 1) == '\r'))
        --e;
    return s.sliced(b, e - b);
}

enum Column { TenantColumn, MetricColumn, TimestampColumn, ValueColumn, ColumnCount };
constexpr const char *kColumnNames[ColumnCount] = {"tenant_id", "metric", "timestamp", "value"};

// Reads the rows of a file into Parsed, interning tenants and metrics.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::UsageFile)

public:
    Reader(UsageFile::Parsed &out, const QString &name)
        : m_out(out)
        , m_name(name)
    { }

    void problem(int line, const char *field, const QString &message)
    {
        m_out.problems.append(Error::at(QString::fromLatin1(field),
                                        u"%1:%2: %3"_s.arg(m_name).arg(line).arg(message), line,
                                        1));
    }
    void fatal(int line, const QString &message)
    {
        m_out.fatal = true;
        m_out.problems.append(
            Error::at(m_name, u"%1:%2: %3"_s.arg(m_name).arg(line).arg(message), line, 1));
    }

    // One data row's four fields (text already unquoted).
    void row(int line, QByteArrayView tenant, QByteArrayView metric, QByteArrayView timestamp,
             QByteArrayView value)
    {
        ++m_out.dataRows;
        tenant = trimmedView(tenant);
        metric = trimmedView(metric);
        timestamp = trimmedView(timestamp);
        value = trimmedView(value);
        if (tenant.isEmpty())
            return problem(line, "tenant_id", tr("tenant_id: empty"));
        if (metric.isEmpty())
            return problem(line, "metric", tr("metric: empty"));
        const int m = intern(metric, m_metricIndex, m_out.metrics, m_lastMetric, m_lastMetricIndex);
        if (const QString &bad = m_metricProblems.at(m); !bad.isEmpty())
            return problem(line, "metric", bad);
        const auto at = UsageFile::parseTimestamp(timestamp);
        if (!at)
            return problem(line, "timestamp",
                           tr("timestamp: \"%1\" is not an ISO 8601 time from 1970 on with Z or an "
                              "offset (such as 2026-01-31T12:00:00Z)")
                               .arg(QString::fromUtf8(
                                   timestamp.first(std::min<qsizetype>(40, timestamp.size())))));
        double v = 0;
        const char *end = value.data() + value.size();
        const auto [ptr, ec] = std::from_chars(value.data(), end, v);
        if (value.isEmpty() || ec != std::errc() || ptr != end || !std::isfinite(v))
            return problem(
                line, "value",
                tr("value: \"%1\" is not a number")
                    .arg(QString::fromUtf8(value.first(std::min<qsizetype>(40, value.size())))));
        if (v < 0)
            return problem(
                line, "value",
                tr("value: %1 is negative; usage is counted from 0").arg(QString::fromUtf8(value)));
        const int t = intern(tenant, m_tenantIndex, m_out.tenants, m_lastTenant, m_lastTenantIndex);
        m_out.rows.append(UsageFile::Row {t, m, line, *at, v});
    }

private:
    int intern(QByteArrayView text, QHash<QByteArray, int> &index, QStringList &names,
               QByteArray &last, int &lastIndex)
    {
        if (lastIndex >= 0 && QByteArrayView(last) == text)
            return lastIndex;
        const QByteArray key = text.toByteArray();
        auto it = index.constFind(key);
        int i;
        if (it != index.constEnd()) {
            i = *it;
        } else {
            i = int(names.size());
            names.append(QString::fromUtf8(key));
            index.insert(key, i);
            if (&names == &m_out.metrics) {
                const auto bad = UsageMetric::checkName(names.last());
                m_metricProblems.append(bad ? tr("metric: %1").arg(*bad) : QString());
            }
        }
        last = key;
        lastIndex = i;
        return i;
    }

    UsageFile::Parsed &m_out;
    const QString &m_name;
    QHash<QByteArray, int> m_tenantIndex, m_metricIndex;
    QStringList m_metricProblems; // per metric index: why it is not a metric name, or empty
    QByteArray m_lastTenant, m_lastMetric;
    int m_lastTenantIndex = -1, m_lastMetricIndex = -1;
};

// Splits one CSV line into fields (RFC 4180 quoting within the line). nullopt: a quote left
// open or text after a closing quote.
std::optional<QList<QByteArrayView>> csvFields(QByteArrayView line, QList<QByteArray> &unquoted)
{
    QList<QByteArrayView> fields;
    if (!line.contains('"')) {
        qsizetype start = 0;
        for (;;) {
            const qsizetype comma = line.indexOf(',', start);
            if (comma < 0) {
                fields.append(line.sliced(start));
                return fields;
            }
            fields.append(line.sliced(start, comma - start));
            start = comma + 1;
        }
    }
    unquoted.clear();
    unquoted.reserve(line.size()); // no reallocation: the views stay valid
    qsizetype i = 0;
    for (;;) {
        while (i < line.size() && line.at(i) == ' ')
            ++i;
        if (i < line.size() && line.at(i) == '"') {
            QByteArray text;
            ++i;
            for (;;) {
                if (i >= line.size())
                    return std::nullopt;
                if (line.at(i) == '"') {
                    if (i + 1 < line.size() && line.at(i + 1) == '"') {
                        text += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                text += line.at(i++);
            }
            while (i < line.size() && (line.at(i) == ' ' || line.at(i) == '\r'))
                ++i;
            if (i < line.size() && line.at(i) != ',')
                return std::nullopt;
            unquoted.append(text);
            fields.append(unquoted.last());
        } else {
            const qsizetype comma = line.indexOf(',', i);
            const qsizetype end = comma < 0 ? line.size() : comma;
            fields.append(line.sliced(i, end - i));
            i = end;
        }
        if (i >= line.size())
            return fields;
        ++i; // the comma
        if (i == line.size()) {
            fields.append(QByteArrayView());
            return fields;
        }
    }
}

void parseCsv(QByteArrayView data, const QString &name, UsageFile::Parsed &out)
{
    Reader reader(out, name);
    QList<QByteArray> unquoted;
    int map[ColumnCount] = {-1, -1, -1, -1};
    qsizetype fieldCount = 0;
    bool header = true;
    int line = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        QByteArrayView text = data.sliced(pos, end - pos);
        pos = end + 1;
        ++line;
        if (text.endsWith('\r'))
            text.chop(1);
        if (trimmedView(text).isEmpty())
            continue;
        const auto fields = csvFields(text, unquoted);
        if (header) {
            header = false;
            if (!fields)
                return reader.fatal(line, UsageFile::tr("the header has an unclosed quote"));
            fieldCount = fields->size();
            QStringList unknown;
            for (qsizetype i = 0; i < fields->size(); ++i) {
                const QByteArray column = trimmedView(fields->at(i)).toByteArray().toLower();
                bool known = false;
                for (int c = 0; c < ColumnCount; ++c) {
                    if (column == kColumnNames[c]) {
                        if (map[c] >= 0)
                            return reader.fatal(line,
                                                UsageFile::tr("the header names %1 twice")
                                                    .arg(QLatin1StringView(column)));
                        map[c] = int(i);
                        known = true;
                    }
                }
                if (!known)
                    unknown << QString::fromUtf8(column);
            }
            QStringList missing;
            for (int c = 0; c < ColumnCount; ++c) {
                if (map[c] < 0)
                    missing << QString::fromLatin1(kColumnNames[c]);
            }
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                QString message = UsageFile::tr("the header must be tenant_id,metric,timestamp,"
                                                "value (in any order)");
                if (!missing.isEmpty())
                    message += UsageFile::tr("; missing: %1").arg(missing.join(u", "_s));
                if (!unknown.isEmpty())
                    message += UsageFile::tr("; unknown: %1").arg(unknown.join(u", "_s));
                return reader.fatal(line, message);
            }
            continue;
        }
        if (!fields) {
            ++out.dataRows;
            reader.problem(line, "line", UsageFile::tr("a quote is not closed on its line"));
            continue;
        }
        if (fields->size() != fieldCount) {
            ++out.dataRows;
            reader.problem(line, "line",
                           UsageFile::tr("%1 fields where the header has %2")
                               .arg(fields->size())
                               .arg(fieldCount));
            continue;
        }
        reader.row(line, fields->at(map[TenantColumn]), fields->at(map[MetricColumn]),
                   fields->at(map[TimestampColumn]), fields->at(map[ValueColumn]));
    }
    if (header)
        reader.fatal(1,
                     UsageFile::tr("the file is empty (a CSV needs the header "
                                   "tenant_id,metric,timestamp,value)"));
}

void parseJsonLines(QByteArrayView data, const QString &name, UsageFile::Parsed &out)
{
    Reader reader(out, name);
    int line = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArrayView text = trimmedView(data.sliced(pos, end - pos));
        pos = end + 1;
        ++line;
        if (text.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            ++out.dataRows;
            reader.problem(line, "line",
                           UsageFile::tr("not a JSON object (%1)")
                               .arg(error.error != QJsonParseError::NoError
                                        ? error.errorString()
                                        : UsageFile::tr("another JSON value")));
            continue;
        }
        const QJsonObject o = doc.object();
        QByteArray fields[ColumnCount];
        bool bad = false;
        for (int c = 0; c < ColumnCount && !bad; ++c) {
            const QJsonValue v = o.value(QLatin1StringView(kColumnNames[c]));
            if (v.isString()) {
                fields[c] = v.toString().toUtf8();
            } else if (c == ValueColumn && v.isDouble()) {
                fields[c] = QByteArray::number(v.toDouble(), 'g', 17);
            } else {
                ++out.dataRows;
                bad = true;
                reader.problem(
                    line, kColumnNames[c],
                    v.isUndefined()
                        ? UsageFile::tr("%1: missing").arg(QLatin1StringView(kColumnNames[c]))
                        : UsageFile::tr("%1: must be %2")
                              .arg(QLatin1StringView(kColumnNames[c]),
                                   c == ValueColumn ? UsageFile::tr("a number")
                                                    : UsageFile::tr("a string")));
            }
        }
        if (bad)
            continue;
        QStringList unknown;
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *column : kColumnNames)
                known = known || it.key() == QLatin1StringView(column);
            if (!known)
                unknown << it.key();
        }
        if (!unknown.isEmpty()) {
            ++out.dataRows;
            reader.problem(line, "line",
                           UsageFile::tr("unknown keys: %1 (a sample has tenant_id, metric, "
                                         "timestamp and value)")
                               .arg(unknown.join(u", "_s)));
            continue;
        }
        reader.row(line, fields[TenantColumn], fields[MetricColumn], fields[TimestampColumn],
                   fields[ValueColumn]);
    }
}

} // namespace

QStringList UsageMetric::builtin()
{
    return {u"users"_s, u"storage_bytes"_s, u"ai_sessions"_s, u"api_calls"_s, u"bandwidth_bytes"_s};
}

MetricKind UsageMetric::kindOf(const QString &metric)
{
    return metric == u"users"_s || metric == u"storage_bytes"_s ? MetricKind::Gauge
                                                                : MetricKind::Counter;
}

std::optional<QString> UsageMetric::checkName(const QString &metric)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,63}$"_s);
    if (pattern.match(metric).hasMatch())
        return std::nullopt;
    return tr("\"%1\" is not a metric name (1 to 64 of a-z, 0-9 and _, starting with a letter; "
              "built in: %2)")
        .arg(metric.left(80), builtin().join(u", "_s));
}

bool UsageMetric::isBytes(const QString &metric)
{
    return metric.endsWith(u"_bytes"_s);
}

QString bucketSizeId(UsageBucketSize size)
{
    switch (size) {
    case UsageBucketSize::Hour:
        return u"hour"_s;
    case UsageBucketSize::Day:
        return u"day"_s;
    case UsageBucketSize::Month:
        return u"month"_s;
    }
    return {};
}

std::optional<UsageBucketSize> bucketSizeFromId(const QString &id)
{
    for (UsageBucketSize s :
         {UsageBucketSize::Hour, UsageBucketSize::Day, UsageBucketSize::Month}) {
        if (bucketSizeId(s) == id)
            return s;
    }
    return std::nullopt;
}

qint64 bucketStart(qint64 at, UsageBucketSize size)
{
    switch (size) {
    case UsageBucketSize::Hour:
        return floorTo(at, kHourMs);
    case UsageBucketSize::Day:
        return floorTo(at, kDayMs);
    case UsageBucketSize::Month: {
        qint64 y;
        unsigned m, d;
        civilFromDays(floorTo(at, kDayMs) / kDayMs, y, m, d);
        return daysFromCivil(y, m, 1) * kDayMs;
    }
    }
    return at;
}

qint64 nextBucketStart(qint64 start, UsageBucketSize size)
{
    switch (size) {
    case UsageBucketSize::Hour:
        return start + kHourMs;
    case UsageBucketSize::Day:
        return start + kDayMs;
    case UsageBucketSize::Month: {
        qint64 y;
        unsigned m, d;
        civilFromDays(floorTo(start, kDayMs) / kDayMs, y, m, d);
        return (m == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1)) * kDayMs;
    }
    }
    return start;
}

void UsageBucket::add(const UsageBucket &later)
{
    if (later.samples == 0)
        return;
    if (samples == 0) {
        const qint64 keep = start;
        *this = later;
        start = keep;
        return;
    }
    samples += later.samples;
    sum += later.sum;
    max = std::max(max, later.max);
    if (later.latestAt >= latestAt) {
        latestAt = later.latestAt;
        latest = later.latest;
    }
}

QJsonObject UsageBucket::toJson(MetricKind kind, UsageBucketSize size) const
{
    return QJsonObject {{u"start"_s, usageTimeText(start)},
                        {u"bucket"_s, bucketSizeId(size)},
                        {u"value"_s, value(kind)},
                        {u"samples"_s, samples},
                        {u"sum"_s, sum},
                        {u"max"_s, max},
                        {u"latest"_s, latest},
                        {u"latest_at"_s, usageTimeText(latestAt)}};
}

std::optional<qint64> UsageFile::parseTimestamp(QByteArrayView s)
{
    // YYYY-MM-DDTHH:MM:SS, then .fraction, then Z or +HH:MM / -HH:MM / +HHMM / +HH.
    if (s.size() < 20 || s.at(4) != '-' || s.at(7) != '-'
        || (s.at(10) != 'T' && s.at(10) != 't' && s.at(10) != ' ') || s.at(13) != ':'
        || s.at(16) != ':')
        return std::nullopt;
    bool ok = true;
    const int year = digits(s, 0, 4, ok);
    const int month = digits(s, 5, 2, ok);
    const int day = digits(s, 8, 2, ok);
    const int hour = digits(s, 11, 2, ok);
    const int minute = digits(s, 14, 2, ok);
    const int second = digits(s, 17, 2, ok);
    if (!ok || year < 1970 || month < 1 || month > 12 || day < 1
        || unsigned(day) > daysInMonth(year, unsigned(month)) || hour > 23 || minute > 59
        || second > 59)
        return std::nullopt;
    qsizetype i = 19;
    int millis = 0;
    if (i < s.size() && (s.at(i) == '.' || s.at(i) == ',')) {
        ++i;
        const qsizetype first = i;
        int scale = 100;
        while (i < s.size() && s.at(i) >= '0' && s.at(i) <= '9') {
            millis += (s.at(i) - '0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == first)
            return std::nullopt;
    }
    if (i >= s.size())
        return std::nullopt; // no zone: local time is not a UTC time
    int offsetMinutes = 0;
    const char zone = s.at(i);
    if (zone == 'Z' || zone == 'z') {
        ++i;
    } else if (zone == '+' || zone == '-') {
        const QByteArrayView rest = s.sliced(i + 1);
        int oh = 0, om = 0;
        if (rest.size() == 5 && rest.at(2) == ':') {
            oh = digits(rest, 0, 2, ok);
            om = digits(rest, 3, 2, ok);
        } else if (rest.size() == 4) {
            oh = digits(rest, 0, 2, ok);
            om = digits(rest, 2, 2, ok);
        } else if (rest.size() == 2) {
            oh = digits(rest, 0, 2, ok);
        } else {
            return std::nullopt;
        }
        if (!ok || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (zone == '-' ? -1 : 1);
        i = s.size();
    } else {
        return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 ms
        = ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60'000 + second * 1000 + millis;
    if (ms < 0)
        return std::nullopt;
    return ms;
}

UsageFile::Parsed UsageFile::parse(QByteArrayView data, const QString &name)
{
    Parsed out;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    qsizetype first = 0;
    while (first < data.size() && QChar::isSpace(uchar(data.at(first))))
        ++first;
    if (first < data.size() && data.at(first) == '{')
        parseJsonLines(data, name, out);
    else
        parseCsv(data, name, out);
    return out;
}

QString usageTimeText(qint64 at)
{
    return toIsoUtc(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC));
}

} // namespace Tenancy
