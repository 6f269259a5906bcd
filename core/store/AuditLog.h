#pragma once

#include "Database.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Tenancy {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString operatorName;
    QString role;
    QString action; // "tenant.create", "tenant.suspend", "operator.add", ...
    QString tenantId;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
    QString reason;

    QJsonObject toJson() const;
};

// The append-only audit log. Entries are written in the same transaction as the change they
// record; the database refuses UPDATE and DELETE on them (see migration 1).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::AuditLog)

public:
    explicit AuditLog(Database &db)
        : m_db(db)
    { }

    Result<void> append(const AuditEntry &entry);
    // Newest first.
    Result<QList<AuditEntry>> forTenant(const QString &tenantId, int limit = 50);
    Result<QList<AuditEntry>> recent(int limit = 50);
    Result<qint64> count();

private:
    Result<QList<AuditEntry>> query(const QString &where, const QVariantList &values, int limit);
    Database &m_db;
};

} // namespace Tenancy
