#include "Tier.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

QString isolationId(Isolation isolation)
{
    switch (isolation) {
    case Isolation::Shared:
        return u"shared"_s;
    case Isolation::Schema:
        return u"schema"_s;
    case Isolation::Database:
        return u"database"_s;
    case Isolation::Cluster:
        return u"cluster"_s;
    }
    return {};
}

std::optional<Isolation> isolationFromId(const QString &id)
{
    for (auto isolation :
         {Isolation::Shared, Isolation::Schema, Isolation::Database, Isolation::Cluster}) {
        if (isolationId(isolation) == id)
            return isolation;
    }
    return std::nullopt;
}

} // namespace Tenancy
