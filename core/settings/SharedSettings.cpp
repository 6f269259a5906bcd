#include "SharedSettings.h"

#include "store/Database.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

struct Range
{
    int min, max;
};

std::optional<Range> rangeOf(const QString &key)
{
    using S = SharedSettings;
    if (key == QLatin1StringView(S::orchestratorRequestTimeout))
        return Range {1, 300};
    if (key == QLatin1StringView(S::orchestratorTimeout))
        return Range {10, 86'400};
    if (key == QLatin1StringView(S::orchestratorBackoff))
        return Range {10, 60'000};
    if (key == QLatin1StringView(S::orchestratorMaxBackoff))
        return Range {1, 600};
    return std::nullopt;
}

} // namespace

const QList<SharedSettings::Key> &SharedSettings::keys()
{
    static const QList<Key> all {
        {QString::fromLatin1(orchestratorUrl),
         {},
         tr("the cluster orchestrator's endpoint (http or https); cluster isolation needs it")},
        {QString::fromLatin1(orchestratorRequestTimeout), u"10"_s,
         tr("seconds one request to the orchestrator may take")},
        {QString::fromLatin1(orchestratorTimeout), u"600"_s,
         tr("seconds a cluster may take to become ready, or to go")},
        {QString::fromLatin1(orchestratorBackoff), u"500"_s,
         tr("milliseconds before the first poll or retry; doubled each time")},
        {QString::fromLatin1(orchestratorMaxBackoff), u"30"_s,
         tr("the longest wait between polls, in seconds")},
        {QString::fromLatin1(healthUrl),
         {},
         tr("a URL verification GETs for each tenant ({tenant} becomes its id); unset: none")},
    };
    return all;
}

const SharedSettings::Key *SharedSettings::find(const QString &key)
{
    for (const Key &k : keys()) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

Result<QString> SharedSettings::check(const QString &key, const QString &raw)
{
    const Key *known = find(key);
    if (!known) {
        QStringList names;
        for (const Key &k : keys())
            names.append(k.key);
        return Error::invalid(
            key, tr("\"%1\" is not a setting; the settings are %2").arg(key, names.join(u", "_s)));
    }
    const QString value = raw.trimmed();
    if (const auto range = rangeOf(key)) {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < range->min || n > range->max)
            return Error::invalid(key,
                                  tr("%1 must be a whole number from %2 to %3 (found \"%4\")")
                                      .arg(key)
                                      .arg(range->min)
                                      .arg(range->max)
                                      .arg(value));
        return QString::number(n);
    }
    // The URLs.
    QString probe = value;
    probe.replace(u"{tenant}"_s, u"tenant"_s);
    const QUrl url(probe, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        || url.host().isEmpty())
        return Error::invalid(key,
                              tr("%1 must be an http:// or https:// URL with a host "
                                 "(found \"%2\")")
                                  .arg(key, value));
    if (!url.userInfo().isEmpty())
        return Error::invalid(key,
                              tr("%1 must not carry a user or password: secrets belong in "
                                 "the keychain, not in shared settings")
                                  .arg(key));
    return value;
}

QString SharedSettings::value(const QMap<QString, QString> &stored, const QString &key)
{
    const auto it = stored.constFind(key);
    if (it != stored.constEnd())
        return *it;
    const Key *known = find(key);
    return known ? known->defaultValue : QString();
}

int SharedSettings::number(const QMap<QString, QString> &stored, const QString &key)
{
    return value(stored, key).toInt();
}

Result<QMap<QString, QString>> SharedSettings::load(Database &db)
{
    auto q = db.exec(u"SELECT key, value FROM settings"_s);
    if (!q)
        return q.error();
    QMap<QString, QString> stored;
    while (q->next())
        stored.insert(q->value(0).toString(), q->value(1).toString());
    return stored;
}

Result<void> SharedSettings::store(Database &db, const QString &key,
                                   const std::optional<QString> &value)
{
    if (auto q = db.exec(u"DELETE FROM settings WHERE key = ?"_s, {key}); !q)
        return q.error();
    if (!value)
        return {};
    if (auto q = db.exec(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {key, *value}); !q)
        return q.error();
    return {};
}

} // namespace Tenancy
