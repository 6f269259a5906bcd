#pragma once

#include <QLoggingCategory>

// One category per core folder; enable detail with QT_LOGGING_RULES="tenancy.core.*.debug=true".
// Never log secrets or full connection strings.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcFleet)
Q_DECLARE_LOGGING_CATEGORY(lcTenants)
