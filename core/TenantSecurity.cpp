// TenantManager: tenants' security policies (password checks, conformance).
#include "TenantManager.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

Result<PasswordEvaluation> TenantManager::checkPassword(const QString &tenantId,
                                                        const QString &password,
                                                        const PasswordContext &context)
{
    auto state = configuration(tenantId);
    if (!state)
        return state.error();
    const QJsonObject policy = state->document.value(u"configuration"_s)
                                   .toObject()
                                   .value(u"security"_s)
                                   .toObject()
                                   .value(u"password_policy"_s)
                                   .toObject();
    PasswordContext withTenant = context;
    // An attacker's first guesses: the tenant's own names.
    withTenant.otherWords << state->tenant.id << state->tenant.name;
    return m_security->evaluate(PasswordPolicy::fromJson(policy), password, withTenant);
}

Result<QList<ConformanceResult>> TenantManager::conformance(const QString &tenantId,
                                                            const QString &framework)
{
    // "PCI_DSS", "pci-dss", "PCI DSS" and "pci" all name PCI DSS; "nist" NIST SP 800-63B.
    const auto squeeze = [](const QString &text) {
        QString out;
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                out += c.toUpper();
        }
        return out;
    };
    QString id;
    if (!framework.trimmed().isEmpty()) {
        const QString wanted = squeeze(framework);
        QStringList known;
        for (const auto &[fid, name] : m_security->frameworks()) {
            known << fid;
            if (id.isEmpty() && !wanted.isEmpty() && squeeze(fid).startsWith(wanted))
                id = fid;
        }
        if (id.isEmpty()) {
            return Error::invalid(u"framework"_s,
                                  tr("unknown framework \"%1\" (frameworks: %2)")
                                      .arg(framework, known.join(u", "_s)));
        }
    }
    auto state = configuration(tenantId);
    if (!state)
        return state.error();
    return m_security->conformance(state->document, id);
}

} // namespace Tenancy
