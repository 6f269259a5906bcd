#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Tenancy {

enum class OperatorRole { Support, Compliance, Sales, Auditor, Admin };

QString roleId(OperatorRole role);
std::optional<OperatorRole> roleFromId(const QString &id);
QList<OperatorRole> allRoles();

struct Operator
{
    QString name;
    OperatorRole role = OperatorRole::Auditor;
    QDateTime createdAt;
    QString createdBy;
};

} // namespace Tenancy
