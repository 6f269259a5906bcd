#pragma once

#include "Overrides.h"

#include <QJsonObject>
#include <QList>

namespace Tenancy {

class Catalog;

// One leaf of an effective configuration and the layer that set it.
struct ProvenanceEntry
{
    QString pointer;
    QJsonValue value;
    ConfigLayer layer = ConfigLayer::Template;
};

// What the catalog says for a tier, in the document's shape: the tier, its configuration
// defaults, infrastructure and list price. A leaf of a tenant's document equal to this is a
// tier default.
QJsonObject tierDefaultsDocument(const Catalog &catalog, const QString &tierName);

// Every leaf (arrays count as one) of effective, in document order, with its layer: the most
// specific override covering it; else tier default when the catalog has the same value there;
// else the template.
QList<ProvenanceEntry> provenance(const QJsonObject &effective, const QJsonObject &tierDefaults,
                                  const QList<ConfigOverride> &overrides);

} // namespace Tenancy
