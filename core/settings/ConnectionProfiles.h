#pragma once

#include "settings/Settings.h"
#include "store/DatabaseUrl.h"

#include <QList>
#include <QString>

namespace Tenancy {

// A named database connection the console offers to open. Only the name and the URL text are
// kept (in settings); the password of a PostgreSQL profile lives in the OS keychain under
// url.secretKey(), never here.
struct ConnectionProfile
{
    QString name;
    DatabaseUrl url;
};

// The profiles stored under SettingKeys::connectionProfiles, in their stored order. A stored
// row that is unusable (no name, a URL that does not parse, a name seen before) is skipped with
// a warning that never repeats the URL.
QList<ConnectionProfile> loadProfiles(const Settings &settings);

// Replaces the stored profiles with these (name and DatabaseUrl::toString() only) and syncs
// the settings file.
void saveProfiles(Settings &settings, const QList<ConnectionProfile> &profiles);

} // namespace Tenancy
