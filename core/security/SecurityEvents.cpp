#include "SecurityEvents.h"

#include "model/Tenant.h"
#include "model/TenantValidation.h"

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr int kMaxUserLength = 256;

// One row's fields by column name, and the line it started on.
struct Row
{
    int line = 0;
    QHash<QString, QString> fields;
};

// RFC 4180: fields separated by commas, quoted with "" when they hold commas, quotes or line
// breaks. Rows keep the line they start on; a quote left open is a problem at its line.
QList<QList<std::pair<int, QString>>> csvRecords(const QString &text, QList<Error> &problems,
                                                 const QString &name)
{
    QList<QList<std::pair<int, QString>>> records;
    QList<std::pair<int, QString>> record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        record.append({recordLine, field});
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.size() == 1 && record.first().second.trimmed().isEmpty();
        if (!blank)
            records.append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        problems.append(Error::at(
            name,
            SecurityEventFile::tr("%1:%2: a quoted field is not closed").arg(name).arg(quoteLine),
            quoteLine, 1));
    } else if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        endRecord();
    }
    return records;
}

QString canonicalColumn(const QString &header)
{
    const QString h = header.trimmed().toLower();
    if (h == u"tenant_id"_s)
        return u"tenant"_s;
    if (h == u"user_name"_s || h == u"username"_s)
        return u"user"_s;
    if (h == u"timestamp"_s)
        return u"time"_s;
    if (h == u"ip"_s)
        return u"source_ip"_s;
    return h;
}

QString nearestKind(const QString &text)
{
    // The closest kind by edit distance, when it is close.
    QString best;
    int bestDistance = 4;
    for (const QString &id : securityEventKindIds()) {
        const QString a = text.toLower();
        QList<int> previous(id.size() + 1);
        for (int j = 0; j <= id.size(); ++j)
            previous[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            QList<int> current(id.size() + 1);
            current[0] = i;
            for (int j = 1; j <= id.size(); ++j) {
                current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                       previous[j - 1] + (a.at(i - 1) == id.at(j - 1) ? 0 : 1)});
            }
            previous = current;
        }
        if (previous.last() < bestDistance) {
            bestDistance = previous.last();
            best = id;
        }
    }
    return best;
}

} // namespace

SecurityEventFile::Parsed SecurityEventFile::parse(const QByteArray &data, const QString &name)
{
    Parsed out;
    const QString text = QString::fromUtf8(data);
    if (text.toUtf8() != data) {
        out.problems.append(Error::at(name, tr("%1: not UTF-8 text").arg(name), 1, 1));
        return out;
    }
    QList<Row> rows;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'[')) {
        // A JSON array: each element's line from its offset in the text.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            const int line = int(text.left(error.offset).count(u'\n')) + 1;
            out.problems.append(Error::at(
                name, tr("%1:%2: not JSON (%3)").arg(name).arg(line).arg(error.errorString()), line,
                1));
            return out;
        }
        // Element lines: the line of each top-level '{' (strings cannot hold raw newlines).
        QList<int> lines;
        int depth = 0;
        int line = 1;
        bool inString = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (inString) {
                if (c == u'\\')
                    ++i;
                else if (c == u'"')
                    inString = false;
                continue;
            }
            if (c == u'"')
                inString = true;
            else if (c == u'\n')
                ++line;
            else if (c == u'[' || c == u'{') {
                if (depth == 1)
                    lines << line;
                ++depth;
            } else if (c == u']' || c == u'}') {
                --depth;
            }
        }
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Row row;
            row.line = int(i < lines.size() ? lines.at(i) : 1);
            if (!array.at(i).isObject()) {
                out.problems.append(Error::at(
                    name, tr("%1:%2: each event must be a JSON object").arg(name).arg(row.line),
                    row.line, 1));
                ++out.rows;
                continue;
            }
            const QJsonObject o = array.at(i).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                row.fields.insert(canonicalColumn(it.key()),
                                  it.value().isString() ? it.value().toString()
                                                        : it.value().toVariant().toString());
            }
            rows.append(row);
        }
    } else if (trimmed.startsWith(u'{')) {
        // JSON Lines.
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString l = lines.at(i).trimmed();
            if (l.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(l.toUtf8(), &error);
            Row row;
            row.line = i + 1;
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                ++out.rows;
                out.problems.append(Error::at(name,
                                              tr("%1:%2: not a JSON object (%3)")
                                                  .arg(name)
                                                  .arg(row.line)
                                                  .arg(error.error != QJsonParseError::NoError
                                                           ? error.errorString()
                                                           : tr("another JSON value")),
                                              row.line, 1));
                continue;
            }
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                row.fields.insert(canonicalColumn(it.key()),
                                  it.value().isString() ? it.value().toString()
                                                        : it.value().toVariant().toString());
            }
            rows.append(row);
        }
    } else {
        const auto records = csvRecords(text, out.problems, name);
        if (records.isEmpty()) {
            if (out.problems.isEmpty())
                out.problems.append(
                    Error::at(name, tr("%1: no header and no events").arg(name), 1, 1));
            return out;
        }
        QStringList header;
        for (const auto &[line, field] : records.first())
            header << canonicalColumn(field);
        QStringList missing;
        for (const QString &column : {u"time"_s, u"tenant"_s, u"user"_s, u"kind"_s}) {
            if (!header.contains(column))
                missing << column;
        }
        if (!missing.isEmpty()) {
            out.problems.append(
                Error::at(name,
                          tr("%1:1: the header must name the columns time, tenant, user and kind "
                             "(missing: %2)")
                              .arg(name, missing.join(u", "_s)),
                          1, 1));
            return out;
        }
        for (qsizetype r = 1; r < records.size(); ++r) {
            const auto &record = records.at(r);
            Row row;
            row.line = record.first().first;
            if (record.size() != header.size()) {
                ++out.rows;
                out.problems.append(Error::at(name,
                                              tr("%1:%2: %3 fields, the header has %4")
                                                  .arg(name)
                                                  .arg(row.line)
                                                  .arg(record.size())
                                                  .arg(header.size()),
                                              row.line, 1));
                continue;
            }
            for (qsizetype c = 0; c < header.size(); ++c)
                row.fields.insert(header.at(c), record.at(c).second);
            rows.append(row);
        }
    }

    QHash<QString, int> seen; // canonical form → occurrences so far in this file
    for (const Row &row : std::as_const(rows)) {
        ++out.rows;
        const auto problem = [&](const QString &field, const QString &message) {
            Error e
                = Error::at(field, tr("%1:%2: %3: %4").arg(name).arg(row.line).arg(field, message),
                            row.line, 1);
            out.problems.append(e);
        };
        SecurityEvent e;
        const QString time = row.fields.value(u"time"_s).trimmed();
        e.at = QDateTime::fromString(time, Qt::ISODateWithMs);
        const bool zoned = time.endsWith(u'Z') || time.endsWith(u'z')
            || QStringView(time).right(6).contains(u'+')
            || (time.size() > 6 && time.at(time.size() - 6) == u'-');
        if (time.isEmpty() || !e.at.isValid() || !zoned) {
            problem(u"time"_s,
                    time.isEmpty() ? tr("missing")
                                   : tr("\"%1\" is not an ISO 8601 time with a zone, such as "
                                        "2026-11-30T14:05:00Z")
                                         .arg(time));
            continue;
        }
        e.at = e.at.toUTC();
        e.tenantId = row.fields.value(u"tenant"_s).trimmed();
        if (auto bad = TenantValidation::checkId(e.tenantId)) {
            problem(u"tenant"_s, bad->message);
            continue;
        }
        e.user = row.fields.value(u"user"_s).trimmed();
        if (e.user.isEmpty() || e.user.size() > kMaxUserLength) {
            problem(u"user"_s,
                    e.user.isEmpty() ? tr("missing")
                                     : tr("longer than %1 characters").arg(kMaxUserLength));
            continue;
        }
        const QString kind = row.fields.value(u"kind"_s).trimmed();
        const auto parsedKind = securityEventKindFromId(kind.toLower());
        if (!parsedKind) {
            const QString near = nearestKind(kind);
            problem(u"kind"_s,
                    near.isEmpty()
                        ? tr("\"%1\" is not a kind (kinds: %2)")
                              .arg(kind, securityEventKindIds().join(u", "_s))
                        : tr("\"%1\" is not a kind; did you mean \"%2\"?").arg(kind, near));
            continue;
        }
        e.kind = *parsedKind;
        e.sourceIp = row.fields.value(u"source_ip"_s).trimmed();
        if (!e.sourceIp.isEmpty() && QHostAddress(e.sourceIp).isNull()) {
            problem(u"source_ip"_s, tr("\"%1\" is not an IP address").arg(e.sourceIp));
            continue;
        }
        // The same event twice in one file is two events (two failures in one second); the
        // same file imported again adds nothing.
        const QString canonical = e.tenantId + u'\n' + toIsoUtc(e.at) + u'\n' + e.user + u'\n'
            + securityEventKindId(e.kind) + u'\n' + e.sourceIp;
        const int occurrence = seen[canonical]++;
        e.key = QString::fromLatin1(
            QCryptographicHash::hash((canonical + u'\n' + QString::number(occurrence)).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex());
        out.events.append(e);
        out.lines.append(row.line);
    }
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const Error &a, const Error &b) { return a.line < b.line; });
    return out;
}

QJsonObject SecurityAnomaly::toJson() const
{
    return {{u"tenant"_s, tenantId},
            {u"hour"_s, toIsoUtc(hour)},
            {u"failures"_s, failures},
            {u"baseline_median"_s, baselineMedian},
            {u"baseline_spread"_s, std::round(baselineSpread * 100) / 100},
            {u"score"_s, std::round(score * 10) / 10},
            {u"explanation"_s, explanation}};
}

QList<HourlyCount> BurstDetector::contiguous(const QList<HourlyCount> &counts,
                                             const QDateTime &from, const QDateTime &to)
{
    QHash<qint64, HourlyCount> byHour;
    for (const HourlyCount &c : counts)
        byHour.insert(c.hour.toSecsSinceEpoch(), c);
    QList<HourlyCount> out;
    for (QDateTime h = from; h <= to; h = h.addSecs(3600)) {
        HourlyCount c = byHour.value(h.toSecsSinceEpoch());
        c.hour = h;
        out.append(c);
    }
    return out;
}

QList<SecurityAnomaly> BurstDetector::detect(const QString &tenantId,
                                             const QList<HourlyCount> &counts) const
{
    QList<SecurityAnomaly> out;
    std::vector<double> window;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const qsizetype begin = std::max<qsizetype>(0, i - baselineHours);
        if (i - begin < minBaselineHours)
            continue;
        const int x = counts.at(i).failures;
        if (x < minFailures)
            continue;
        window.clear();
        for (qsizetype j = begin; j < i; ++j)
            window.push_back(counts.at(j).failures);
        const auto median = [](std::vector<double> v) {
            const size_t n = v.size();
            std::nth_element(v.begin(), v.begin() + long(n / 2), v.end());
            const double upper = v[n / 2];
            if (n % 2 == 1)
                return upper;
            const double lower = *std::max_element(v.begin(), v.begin() + long(n / 2));
            return (lower + upper) / 2;
        };
        const double m = median(window);
        std::vector<double> deviations;
        deviations.reserve(window.size());
        for (const double v : window)
            deviations.push_back(std::abs(v - m));
        const double mad = median(deviations);
        const double spread = std::max({1.4826 * mad, std::sqrt(m), 1.0});
        const double score = (x - m) / spread;
        if (score < threshold)
            continue;
        SecurityAnomaly a;
        a.tenantId = tenantId;
        a.hour = counts.at(i).hour;
        a.failures = x;
        a.baselineMedian = m;
        a.baselineSpread = spread;
        a.score = score;
        a.explanation
            = tr("%1 failed sign-ins between %2 and %3 UTC, against a median of %4 an hour over "
                 "the %5 hours before (robust z-score %6, threshold %7)")
                  .arg(x)
                  .arg(a.hour.toString(u"yyyy-MM-dd HH:mm"_s),
                       a.hour.addSecs(3600).toString(u"HH:mm"_s))
                  .arg(m)
                  .arg(i - begin)
                  .arg(QString::number(score, 'f', 1))
                  .arg(threshold);
        out.append(a);
    }
    return out;
}

Result<qint64> parseSinceSeconds(const QString &text)
{
    static const QList<std::pair<QChar, qint64>> units {
        {u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}, {u'w', 7 * 86400}};
    const QString t = text.trimmed().toLower();
    if (t.size() >= 2) {
        bool ok = false;
        const qint64 n = t.chopped(1).toLongLong(&ok);
        for (const auto &[unit, seconds] : units) {
            if (ok && n > 0 && n <= 100000 && t.back() == unit)
                return n * seconds;
        }
    }
    return Error::invalid(u"since"_s,
                          BurstDetector::tr("\"%1\" is not a span such as 30m, 1h, "
                                            "24h, 7d or 2w")
                              .arg(text));
}

} // namespace Tenancy
