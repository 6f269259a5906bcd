#pragma once

#include "Overrides.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tenancy {

// A revision of a tenant's configuration: how to make the document (which template text, the
// values it is rendered with, the overrides above it) and who made the revision and why.
// Revision 0 is the tenant's first configuration, implied by its row; later revisions are
// stored. Rendering a revision again always gives the same document.
struct ConfigRevision
{
    int revision = 0;
    QString templateName; // "professional_init", a file's name, or "stored" (schema v2 data)
    QString templateVersion; // "2024.3.0", a saved template's "3", ...
    QString templateSha256;
    // The template text; for revision 0 of a tenant from schema v2, its stored configuration
    // object (legacy: rendered as the tier's shipped template with that configuration over it).
    QString templateText;
    bool legacy = false;
    QJsonObject variables; // tenant_id, tenant_name, data_residency_region, current_timestamp, ...
    QList<ConfigOverride> overrides;
    QString action; // create, apply, rollback
    int basedOn = -1; // rollback: the revision restored
    QString reason;
    QDateTime createdAt;
    QString createdBy;

    QJsonObject toJson() const; // without the template text
};

} // namespace Tenancy
