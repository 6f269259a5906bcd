#pragma once

#include "Database.h"
#include "model/Operator.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Tenancy {

class OperatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::OperatorRepository)

public:
    explicit OperatorRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<Operator>> find(const QString &name);
    Result<QList<Operator>> list();
    Result<qint64> count();
    Result<void> insert(const Operator &op);
    Result<void> setRole(const QString &name, OperatorRole role);

private:
    Database &m_db;
};

} // namespace Tenancy
