// TenantManager: tenants' security policies (password checks, conformance, events) and
// AI configuration.
#include "ImportProblems.h"
#include "Logging.h"
#include "TenantManager.h"
#include "store/SecurityEventRepository.h"
#include "store/TenantRepository.h"

#include <QJsonArray>

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

namespace {

QString frameworkLabel(const ConformanceResult &r)
{
    return r.frameworkName + u' ' + r.clause + u": "_s + r.title;
}

} // namespace

QJsonObject SecurityEventImport::toJson() const
{
    QJsonArray bad;
    for (const Error &e : skipped)
        bad.append(QJsonObject {{u"line"_s, e.line}, {u"message"_s, e.message}});
    return {{u"file"_s, file},
            {u"rows"_s, rows},
            {u"imported"_s, imported},
            {u"duplicates"_s, duplicates},
            {u"skipped"_s, bad}};
}

QJsonObject SecurityAudit::toJson() const
{
    QJsonArray frameworks;
    QStringList order;
    for (const ConformanceResult &r : conformance) {
        if (!order.contains(r.framework))
            order << r.framework;
    }
    for (const QString &f : std::as_const(order)) {
        int pass = 0;
        int warn = 0;
        int fail = 0;
        QJsonArray results;
        QString name;
        for (const ConformanceResult &r : conformance) {
            if (r.framework != f)
                continue;
            name = r.frameworkName;
            pass += r.status == ConformanceStatus::Pass ? 1 : 0;
            warn += r.status == ConformanceStatus::Warn ? 1 : 0;
            fail += r.status == ConformanceStatus::Fail ? 1 : 0;
            results.append(r.toJson());
        }
        frameworks.append(QJsonObject {
            {u"framework"_s, f},
            {u"name"_s, name},
            {u"status"_s, fail ? u"fail"_s : (warn ? u"warn"_s : u"pass"_s)},
            {u"pass"_s, pass},
            {u"warn"_s, warn},
            {u"fail"_s, fail},
            {u"results"_s, results},
        });
    }
    QJsonArray anomalyList;
    for (const SecurityAnomaly &a : anomalies)
        anomalyList.append(a.toJson());
    QJsonObject events;
    for (auto it = eventsLastDay.begin(); it != eventsLastDay.end(); ++it)
        events.insert(it.key(), it.value());
    QJsonArray advice;
    for (const Recommendation &r : recommendations) {
        advice.append(QJsonObject {{u"path"_s, r.path},
                                   {u"value"_s, r.value},
                                   {u"severity"_s, conformanceStatusId(r.severity)},
                                   {u"because"_s, QJsonArray::fromStringList(r.because)}});
    }
    return {{u"tenant"_s, tenantId},
            {u"tier"_s, tier},
            {u"generated_at"_s, toIsoUtc(generatedAt)},
            {u"security"_s, security},
            {u"frameworks"_s, frameworks},
            {u"anomalies"_s, anomalyList},
            {u"events_last_24h"_s, events},
            {u"recommendations"_s, advice}};
}

Result<AiConfigurationView> TenantManager::aiConfiguration(const QString &tenantId)
{
    auto state = configuration(tenantId);
    if (!state)
        return state.error();
    return AiConfigurationManager(m_catalog).view(state->tenant.id, state->document,
                                                  provenanceOf(*state));
}

Result<SecurityEventImport> TenantManager::importSecurityEvents(const QByteArray &data,
                                                                const QString &name, bool skipBad)
{
    if (auto error = denied(Permission::ImportSecurityEvents))
        return *error;
    SecurityEventFile::Parsed parsed = SecurityEventFile::parse(data, name);
    // Events of tenants this database does not know are bad rows too.
    QSet<QString> ids;
    for (const SecurityEvent &e : parsed.events)
        ids.insert(e.tenantId);
    auto known = TenantRepository(*m_db).existing(ids);
    if (!known)
        return known.error();
    QList<SecurityEvent> good;
    for (qsizetype i = 0; i < parsed.events.size(); ++i) {
        const SecurityEvent &e = parsed.events.at(i);
        if (known->contains(e.tenantId)) {
            good.append(e);
            continue;
        }
        const int line = parsed.lines.at(i);
        parsed.problems.append(Error::at(u"tenant"_s,
                                         tr("%1:%2: tenant: no tenant \"%3\" in this database")
                                             .arg(name)
                                             .arg(line)
                                             .arg(e.tenantId),
                                         line, 1));
    }
    std::stable_sort(parsed.problems.begin(), parsed.problems.end(),
                     [](const Error &a, const Error &b) { return a.line < b.line; });
    if (!parsed.problems.isEmpty() && !skipBad)
        return badRowsError(name, parsed.problems);
    SecurityEventImport result;
    result.file = name;
    result.rows = parsed.rows;
    result.skipped = parsed.problems;
    auto written = m_db->write([&]() -> Result<void> {
        auto inserted = SecurityEventRepository(*m_db).insert(good, m_clock.now(), m_operator.name);
        if (!inserted)
            return inserted.error();
        result.imported = *inserted;
        result.duplicates = int(good.size()) - *inserted;
        AuditEntry entry = auditEntry(u"security_events.import"_s, {}, {});
        entry.after = QJsonObject {{u"file"_s, name},
                                   {u"rows"_s, result.rows},
                                   {u"imported"_s, result.imported},
                                   {u"duplicates"_s, result.duplicates},
                                   {u"skipped"_s, int(result.skipped.size())}};
        return AuditLog(*m_db).append(entry);
    });
    if (!written)
        return written.error();
    qCInfo(lcTenants) << "imported" << result.imported << "security events from" << name;
    return result;
}

Result<QList<SecurityEvent>> TenantManager::securityEvents(const QString &tenantId,
                                                           const QDateTime &since, int limit)
{
    if (auto error = denied(Permission::ReadSecurityEvents))
        return *error;
    if (auto tenant = findTenant(tenantId); !tenant)
        return tenant.error();
    return SecurityEventRepository(*m_db).list(tenantId, since.toUTC(),
                                               std::clamp(limit, 1, 100000));
}

Result<QList<HourlyCount>> TenantManager::securityEventHours(const QString &tenantId,
                                                             const QDateTime &since)
{
    if (auto error = denied(Permission::ReadSecurityEvents))
        return *error;
    if (auto tenant = findTenant(tenantId); !tenant)
        return tenant.error();
    const auto onTheHour = [](const QDateTime &t) {
        const QDateTime u = t.toUTC();
        return QDateTime(u.date(), QTime(u.time().hour(), 0), Qt::UTC);
    };
    const QDateTime from = onTheHour(since);
    const QDateTime to = onTheHour(m_clock.now());
    auto hours = SecurityEventRepository(*m_db).hourly(tenantId, from, to.addSecs(3600));
    if (!hours)
        return hours.error();
    return BurstDetector::contiguous(*hours, from, to);
}

Result<QList<SecurityAnomaly>> TenantManager::securityAnomalies(const QString &tenantId,
                                                                const QDateTime &since)
{
    const BurstDetector detector;
    // The hours asked for, and a baseline before them.
    auto hours = securityEventHours(tenantId, since.addSecs(-3600LL * detector.baselineHours));
    if (!hours)
        return hours.error();
    QList<SecurityAnomaly> out;
    for (const SecurityAnomaly &a : detector.detect(tenantId, *hours)) {
        if (a.hour.addSecs(3600) > since)
            out.append(a);
    }
    return out;
}

Result<SecurityAudit> TenantManager::auditSecurity(const QString &tenantId)
{
    if (auto error = denied(Permission::ReadSecurityEvents))
        return *error;
    auto state = configuration(tenantId);
    if (!state)
        return state.error();
    SecurityAudit audit;
    audit.tenantId = state->tenant.id;
    audit.tier = state->tenant.tier;
    audit.generatedAt = m_clock.now();
    audit.security = SecurityPolicyEngine::effectiveSecurity(state->document);
    audit.conformance = m_security->conformance(state->document);
    auto anomalies = securityAnomalies(tenantId, audit.generatedAt.addDays(-7));
    if (!anomalies)
        return anomalies.error();
    audit.anomalies = *anomalies;
    auto lastDay = securityEvents(tenantId, audit.generatedAt.addDays(-1), 100000);
    if (!lastDay)
        return lastDay.error();
    for (const SecurityEvent &e : *lastDay)
        ++audit.eventsLastDay[securityEventKindId(e.kind)];
    // Each remediation once, with every clause that asks for it; failures first. Advice that
    // would make another clause worse (NIST's "no composition rules" against PCI DSS's
    // "letters and digits") is left out.
    const auto rank = [](ConformanceStatus status) {
        return status == ConformanceStatus::Pass ? 0 : (status == ConformanceStatus::Warn ? 1 : 2);
    };
    const auto harmless = [&](const ConformanceResult &r) {
        QList<ConfigOverride> fixes;
        for (const auto &[path, value] : r.remediation) {
            auto pointer = m_engine->resolvePath(path);
            if (!pointer)
                return false;
            fixes.append({*pointer, value, ConfigLayer::OperatorEdit});
        }
        auto fixed = Overrides::apply(state->document, fixes);
        if (!fixed)
            return false;
        const QList<ConformanceResult> after = m_security->conformance(*fixed);
        for (qsizetype i = 0; i < after.size() && i < audit.conformance.size(); ++i) {
            if (rank(after.at(i).status) > rank(audit.conformance.at(i).status))
                return false;
        }
        return true;
    };
    for (const ConformanceStatus severity : {ConformanceStatus::Fail, ConformanceStatus::Warn}) {
        for (const ConformanceResult &r : audit.conformance) {
            if (r.status != severity || !harmless(r))
                continue;
            for (const auto &[path, value] : r.remediation) {
                auto same = std::find_if(audit.recommendations.begin(), audit.recommendations.end(),
                                         [&](const SecurityAudit::Recommendation &x) {
                                             return x.path == path && x.value == value;
                                         });
                if (same == audit.recommendations.end()) {
                    audit.recommendations.append({path, value, {}, severity});
                    same = audit.recommendations.end() - 1;
                }
                same->because << frameworkLabel(r);
            }
        }
    }
    return audit;
}

} // namespace Tenancy
