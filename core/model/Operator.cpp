#include "Operator.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

QString roleId(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Support:
        return u"support"_s;
    case OperatorRole::Compliance:
        return u"compliance"_s;
    case OperatorRole::Sales:
        return u"sales"_s;
    case OperatorRole::Auditor:
        return u"auditor"_s;
    case OperatorRole::Admin:
        return u"admin"_s;
    }
    return {};
}

QList<OperatorRole> allRoles()
{
    return {OperatorRole::Support, OperatorRole::Compliance, OperatorRole::Sales,
            OperatorRole::Auditor, OperatorRole::Admin};
}

std::optional<OperatorRole> roleFromId(const QString &id)
{
    for (OperatorRole r : allRoles()) {
        if (roleId(r) == id)
            return r;
    }
    return std::nullopt;
}

} // namespace Tenancy
