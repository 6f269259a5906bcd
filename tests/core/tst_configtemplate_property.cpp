// The property of ConfigTemplate's escaping, at volume: one million fuzzed variable values
// (quotes, backslashes, control characters, NUL, lone surrogates, mixed Unicode, strings up to
// 100 KB) rendered into professional_init.json give zero outputs that are not a JSON object,
// and every value comes back out of the parsed document (with lone surrogates as U+FFFD), the
// same through renderDocument() as through parsing render()'s text.
//
// Its own executable, apart from tst_configtemplate: about 167,000 renderings, each parsed,
// take a few seconds in Release and several more in Debug, too long for the quick unit suite
// that editors run on every change, and too important to hide among the benchmarks (a failure
// here fails ctest). TENANCY_PROPERTY_VALUES=N runs N values instead.
#include "config/ConfigTemplate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Tenancy::ConfigTemplate;
using Tenancy::TemplateValues;

namespace {

// A hostile value: mostly 1–64 units from one pool or all of them, sometimes empty, one in a
// thousand up to 100 KB long.
QString fuzzedValue(QRandomGenerator &rng)
{
    static const QStringList fragments {
        u"\""_s,
        u"\\"_s,
        u"\\\""_s,
        u"\", \"admin\": true, \"x\": \""_s,
        u"\\u0000"_s,
        u"\\n"_s,
        u"{{ tenant_id }}"_s,
        u"}]},"_s,
        u"</script>"_s,
        u"\u2028"_s,
        u"\uFEFF"_s,
        u"\uFFFE\uFFFF"_s,
    };
    const auto unit = [&](int pool) -> QString {
        switch (pool) {
        case 0: { // printable ASCII, quotes and backslashes often
            const quint32 r = rng.bounded(100);
            if (r < 15)
                return u"\""_s;
            if (r < 30)
                return u"\\"_s;
            return QString(QChar(char16_t(rng.bounded(0x20, 0x7F))));
        }
        case 1: // control characters, NUL and DEL
            return QString(QChar(char16_t(rng.bounded(4) == 0 ? 0x7F : rng.bounded(0x20))));
        case 2: { // surrogates: lone high, lone low, pairs, reversed pairs
            const char16_t high = char16_t(rng.bounded(0xD800, 0xDC00));
            const char16_t low = char16_t(rng.bounded(0xDC00, 0xE000));
            switch (rng.bounded(4)) {
            case 0:
                return QString(QChar(high));
            case 1:
                return QString(QChar(low));
            case 2:
                return QString(QChar(high)) + QChar(low);
            default:
                return QString(QChar(low)) + QChar(high);
            }
        }
        case 3: { // any Unicode scalar value, BMP or astral
            char32_t c
                = rng.bounded(8) == 0 ? rng.bounded(0x10000, 0x110000) : rng.bounded(0x80, 0x10000);
            if (c >= 0xD800 && c < 0xE000)
                c = 0xFFFD;
            return QString::fromUcs4(&c, 1);
        }
        default:
            return fragments.at(rng.bounded(fragments.size()));
        }
    };

    const quint32 kind = rng.bounded(1000);
    if (kind == 0) { // very long: up to 100 KB, one pool or all of them
        const qsizetype length = rng.bounded(1, 100001);
        const int only = int(rng.bounded(6));
        QString s;
        s.reserve(length + 2);
        while (s.size() < length)
            s += unit(only == 5 ? int(rng.bounded(5)) : only);
        return s;
    }
    if (kind < 30)
        return QString();
    const qsizetype length = rng.bounded(1, 65);
    const int only = int(rng.bounded(6)); // 5: mixed
    QString s;
    while (s.size() < length)
        s += unit(only == 5 ? int(rng.bounded(5)) : only);
    return s;
}

// What the document holds for value: lone surrogates as U+FFFD, as render() writes UTF-8.
QString expected(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            out += c;
            out += value.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar(0xFFFD);
        } else {
            out += c;
        }
    }
    return out;
}

QString at(const QJsonObject &document, const QString &pointer)
{
    QJsonObject object = document;
    const QStringList steps = pointer.split(u'/').mid(1);
    for (qsizetype i = 0; i + 1 < steps.size(); ++i)
        object = object.value(steps.at(i)).toObject();
    return object.value(steps.constLast()).toString(u"<missing>"_s);
}

} // namespace

class tst_ConfigTemplateProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMillionHostileValues()
    {
        QFile file(u":/tenancy/templates/professional_init.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ConfigTemplate t = ConfigTemplate::parse(QString::fromUtf8(file.readAll()));
        QVERIFY(t.isValid());
        QVERIFY(t.hasSkeleton());

        // Each name, whether it is a function, and where its value lands.
        struct Target
        {
            QString name;
            bool function;
            QStringList pointers;
        };
        const QList<Target> targets {
            {u"tenant_id"_s, false, {u"/tenant_id"_s}},
            {u"tenant_name"_s, false, {u"/tenant_name"_s, u"/billing/account_name"_s}},
            {u"data_residency_region"_s,
             false,
             {u"/infrastructure/region"_s, u"/configuration/compliance/data_residency/region"_s}},
            {u"current_timestamp"_s,
             true,
             {u"/_metadata/generated_at"_s, u"/billing/subscription_started_at"_s}},
            {u"trial_expiry_date"_s, true, {u"/billing/trial_expires_at"_s}},
            {u"subscription_end_date"_s, true, {u"/billing/subscription_ends_at"_s}},
        };

        const qint64 total = qEnvironmentVariableIsSet("TENANCY_PROPERTY_VALUES")
            ? qEnvironmentVariableIntValue("TENANCY_PROPERTY_VALUES")
            : 1000000;
        QRandomGenerator rng(20260611);
        qint64 values = 0;
        qint64 renderings = 0;
        qint64 failures = 0;
        qint64 longest = 0;
        QStringList firstFailures;
        const auto failed = [&](const QString &what) {
            if (++failures <= 5)
                firstFailures.append(what);
        };
        QElapsedTimer timer;
        timer.start();
        while (values < total) {
            TemplateValues input;
            QStringList given;
            for (const Target &target : targets) {
                const QString value = values < total ? fuzzedValue(rng) : u"plain"_s;
                values += values < total ? 1 : 0;
                longest = std::max(longest, qint64(value.size()));
                given.append(value);
                (target.function ? input.functions : input.variables).insert(target.name, value);
            }
            ++renderings;
            const auto text = t.render(input);
            if (!text) {
                failed(u"render() failed: "_s + text.error().message);
                continue;
            }
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(*text, &error);
            if (error.error != QJsonParseError::NoError || !parsed.isObject()) {
                failed(u"not a JSON object: "_s + error.errorString());
                continue;
            }
            const QJsonObject document = parsed.object();
            for (qsizetype i = 0; i < targets.size(); ++i) {
                const QString want = expected(given.at(i));
                for (const QString &pointer : targets.at(i).pointers) {
                    if (at(document, pointer) != want)
                        failed(targets.at(i).name + u" does not round-trip at "_s + pointer);
                }
            }
            const auto fromSkeleton = t.renderDocument(input);
            if (!fromSkeleton || *fromSkeleton != document)
                failed(u"renderDocument() differs from the parsed text"_s);
        }
        qInfo("%lld values in %lld renderings of professional_init.json (longest %lld UTF-16 "
              "units), %.1f s: %lld failures",
              values, renderings, longest, timer.nsecsElapsed() / 1e9, failures);
        QVERIFY2(failures == 0, qPrintable(firstFailures.join(u"\n"_s)));
        QCOMPARE(values, total);
    }
};

QTEST_GUILESS_MAIN(tst_ConfigTemplateProperty)
#include "tst_configtemplate_property.moc"
