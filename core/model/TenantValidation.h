#pragma once

#include "Catalog.h"
#include "Result.h"
#include "Tenant.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Tenancy {

// Validation of what a person types for a tenant. Each check returns the error for its field
// (named as in the JSON shape: "id", "name", "owner_email", ...) or nothing when the value is
// good, so a form can show it next to the field as the user types.
class TenantValidation
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::TenantValidation)

public:
    static std::optional<Error> checkId(const QString &id);
    static std::optional<Error> checkName(const QString &name);
    static std::optional<Error> checkOwnerEmail(const QString &email);
    static std::optional<Error> checkTier(const QString &tier, const Catalog &catalog);
    static std::optional<Error> checkRegion(const QString &region, const Catalog &catalog);
    static std::optional<Error> checkIndustry(const QString &industry, const Catalog &catalog);
    // Normalises to canonical ids (sorted, without duplicates) or names the unknown entry.
    static Result<QStringList> normaliseCompliance(const QStringList &input,
                                                   const Catalog &catalog);
    static std::optional<Error> checkReason(const QString &reason);

    // Every finding for a new tenant, in field order (empty: valid).
    static QList<Error> check(const NewTenant &tenant, const Catalog &catalog);
    // The tenant as it will be stored: trimmed name and e-mail, canonical compliance ids.
    static NewTenant normalised(NewTenant tenant, const Catalog &catalog);

    static constexpr int maxIdLength = 63;
    static constexpr int maxNameLength = 200;
    static constexpr int maxReasonLength = 1000;
};

// Characters a person should never have to see in a name: C0/C1 controls, and invisible
// formatting marks that can make one text look like another (bidi overrides, zero widths).
bool containsControlOrInvisible(const QString &text);

} // namespace Tenancy
