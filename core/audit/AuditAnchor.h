#pragma once

#include "model/Result.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Tenancy {

// This machine's record, outside the database, of the last seal it made of a database's audit
// log: a small JSON file per database (named by the database's own id, settings
// "database_id", so a database recreated at the same address is another one). Verifying adds
// it to the heads the chain must pass through: a log truncated or rewritten wholesale since,
// seals included, no longer reaches it.
//
// Where: $TENANCY_AUDIT_ANCHOR_DIR, else the application's data folder (audit-anchors/).
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::AuditAnchor)

public:
    static QString folder();
    static QString path(const QString &databaseId);
    // Replaces the anchor with seal when it is newer (a higher seq) than the one there.
    static Result<void> record(const QString &databaseId, const AuditSeal &seal);
    // None when this machine never sealed that database; an unreadable file is an error.
    static Result<std::optional<AuditSeal>> read(const QString &databaseId);
};

} // namespace Tenancy
