#pragma once

#include <QString>

class QCoreApplication;

namespace Tenancy {

// The reverse-DNS application id (desktop file, AppStream, D-Bus).
QString applicationId();

// Sets organisation and application names so both binaries share one AppDataLocation (and so
// one default database), and the version from the build.
void setApplicationIdentity();

// Loads our translation and Qt's own for the system locale; English is the fallback.
void installTranslations(QCoreApplication &app);

} // namespace Tenancy
