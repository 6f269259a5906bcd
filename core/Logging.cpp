#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "tenancy.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecurity, "tenancy.core.security", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFleet, "tenancy.core.fleet", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTenants, "tenancy.core.tenants", QtWarningMsg)
