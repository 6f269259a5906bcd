#include "ConnectionProfiles.h"

#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcSettings, "tenancy.core.settings", QtWarningMsg)
}

namespace Tenancy {

namespace {
const QString nameField = u"name"_s;
const QString urlField = u"url"_s;
} // namespace

QList<ConnectionProfile> loadProfiles(const Settings &settings)
{
    QList<ConnectionProfile> profiles;
    QSet<QString> seen;
    const QList<QVariantMap> records = settings.records(SettingKeys::connectionProfiles);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QVariantMap &record = records.at(i);
        const QString name = record.value(nameField).toString().trimmed();
        if (name.isEmpty()) {
            qCWarning(lcSettings) << "skipping stored connection profile" << i + 1
                                  << "without a name";
            continue;
        }
        if (seen.contains(name)) {
            qCWarning(lcSettings) << "skipping a second stored connection profile named" << name;
            continue;
        }
        auto url = DatabaseUrl::parse(record.value(urlField).toString());
        if (!url) {
            // The reason only: the stored text itself might hold something it should not.
            qCWarning(lcSettings) << "skipping stored connection profile" << name << "-"
                                  << url.error().message;
            continue;
        }
        seen.insert(name);
        profiles.append({name, *url});
    }
    return profiles;
}

void saveProfiles(Settings &settings, const QList<ConnectionProfile> &profiles)
{
    QList<QVariantMap> records;
    records.reserve(profiles.size());
    for (const ConnectionProfile &profile : profiles)
        records.append({{nameField, profile.name}, {urlField, profile.url.toString()}});
    settings.setRecords(SettingKeys::connectionProfiles, records);
    settings.sync();
}

} // namespace Tenancy
