// TenantManager: compliance checks against the framework catalogs (resources/compliance).
#include "TenantManager.h"

#include <QMutex>

using namespace Qt::StringLiterals;

namespace Tenancy {

Result<std::shared_ptr<const ComplianceCatalog>>
TenantManager::complianceCatalog(const Catalog &catalog)
{
    // Shipped data: loaded once, then shared by every manager and thread.
    static QMutex lock;
    static std::shared_ptr<const ComplianceCatalog> loaded;
    QMutexLocker locker(&lock);
    if (!loaded) {
        auto read = ComplianceCatalog::load(catalog, Catalog::builtinDirectory());
        if (!read)
            return read.error();
        loaded = std::make_shared<const ComplianceCatalog>(std::move(read).value());
    }
    return loaded;
}

namespace {

// The catalogs of frameworks (ids as people write them; all when empty), or the unknown one.
Result<QList<const ComplianceFramework *>>
chosen(const ComplianceCatalog &compliance, const Catalog &catalog, const QStringList &frameworks)
{
    QList<const ComplianceFramework *> out;
    if (frameworks.isEmpty()) {
        for (const ComplianceFramework &f : compliance.frameworks())
            out.append(&f);
        return out;
    }
    for (const QString &name : frameworks) {
        const std::optional<QString> id = catalog.frameworkId(name);
        const ComplianceFramework *f = id ? compliance.framework(*id) : nullptr;
        if (!f) {
            QStringList known;
            for (const ComplianceFramework &k : compliance.frameworks())
                known.append(k.id);
            return Error::invalid(u"framework"_s,
                                  TenantManager::tr("unknown framework \"%1\" (known: %2)")
                                      .arg(name, known.join(u", "_s)));
        }
        if (!out.contains(f))
            out.append(f);
    }
    return out;
}

} // namespace

Result<QList<FrameworkResult>> TenantManager::complianceCheck(const QString &id,
                                                              const QStringList &frameworks)
{
    auto compliance = complianceCatalog(*m_catalog);
    if (!compliance)
        return compliance.error();
    auto which = chosen(**compliance, *m_catalog, frameworks);
    if (!which)
        return which.error();
    auto tenant = show(id);
    if (!tenant)
        return tenant.error();
    const QJsonObject document = ComplianceCatalog::evaluationDocument(*tenant, *m_catalog);
    QList<FrameworkResult> results;
    for (const ComplianceFramework *f : *which)
        results.append(ComplianceCatalog::evaluate(*f, *tenant, document));
    return results;
}

Result<QList<FrameworkResult>>
TenantManager::complianceMatrix(const QStringList &frameworks,
                                const std::function<bool(qint64, qint64)> &progress)
{
    if (auto error = denied(Permission::ReadTenants))
        return *error;
    auto compliance = complianceCatalog(*m_catalog);
    if (!compliance)
        return compliance.error();
    auto which = chosen(**compliance, *m_catalog, frameworks);
    if (!which)
        return which.error();
    auto live = liveTenantIds();
    if (!live)
        return live.error();
    const QStringList ids = *live;
    QList<FrameworkResult> results;
    qint64 done = 0;
    for (const QString &id : std::as_const(ids)) {
        if (progress && !progress(done, ids.size()))
            return Error::make(ErrorCode::Cancelled, tr("the compliance matrix was stopped"));
        auto tenant = show(id);
        if (!tenant) {
            if (tenant.error().code == ErrorCode::NotFound)
                continue; // deleted since the scan
            return tenant.error();
        }
        const QJsonObject document = ComplianceCatalog::evaluationDocument(*tenant, *m_catalog);
        for (const ComplianceFramework *f : *which)
            results.append(ComplianceCatalog::evaluate(*f, *tenant, document));
        ++done;
    }
    if (progress)
        progress(ids.size(), ids.size());
    return results;
}

} // namespace Tenancy
