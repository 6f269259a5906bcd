// TenantManager: audit reports (compliance results and the audit trail of a period) and their
// export as PDF, CSV, JSON or a signed bundle (docs/audit-bundle.md).
#include "TenantManager.h"
#include "audit/AuditSigning.h"
#include "store/TenantRepository.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tenancy {

QString auditReportFormatId(AuditReportFormat format)
{
    switch (format) {
    case AuditReportFormat::Pdf:
        return u"pdf"_s;
    case AuditReportFormat::Csv:
        return u"csv"_s;
    case AuditReportFormat::Json:
        return u"json"_s;
    case AuditReportFormat::Bundle:
        return u"bundle"_s;
    }
    return {};
}

std::optional<AuditReportFormat> auditReportFormatFromId(const QString &id)
{
    for (AuditReportFormat f : {AuditReportFormat::Pdf, AuditReportFormat::Csv,
                                AuditReportFormat::Json, AuditReportFormat::Bundle}) {
        if (auditReportFormatId(f) == id.trimmed().toLower())
            return f;
    }
    return std::nullopt;
}

Result<AuditReport> TenantManager::auditReport(const AuditReportScope &requested,
                                               const QByteArray &auditKey)
{
    if (auto error = denied(Permission::ExportAuditReports))
        return *error;
    if (requested.from.isValid() && requested.to.isValid() && requested.to <= requested.from)
        return Error::invalid(u"to"_s, tr("the period's end must be after its start"));
    AuditReport report;
    report.scope = requested;
    report.generatedAt = m_clock.now();
    report.generatedBy = m_operator.name;
    report.role = roleId(m_operator.role);

    // The frameworks, as catalog ids in catalog order.
    auto compliance = complianceCatalog(*m_catalog);
    if (!compliance)
        return compliance.error();
    for (const QString &name : requested.frameworks) {
        if (!m_catalog->frameworkId(name)
            || !(*compliance)->framework(*m_catalog->frameworkId(name)))
            return Error::invalid(u"framework"_s, tr("unknown framework \"%1\"").arg(name));
    }
    QStringList frameworks;
    for (const ComplianceFramework &f : (*compliance)->frameworks()) {
        const bool asked = requested.frameworks.isEmpty()
            || std::any_of(requested.frameworks.cbegin(), requested.frameworks.cend(),
                           [&](const QString &n) { return m_catalog->frameworkId(n) == f.id; });
        if (asked)
            frameworks.append(f.id);
    }
    report.frameworks = frameworks;
    report.scope.frameworks = frameworks;

    // The tenants: those named (each must exist), or the fleet (not deleted).
    QStringList ids;
    for (const QString &id : requested.tenants) {
        if (!ids.contains(id.trimmed()))
            ids.append(id.trimmed());
    }
    if (ids.isEmpty()) {
        auto live = liveTenantIds();
        if (!live)
            return live.error();
        ids = *live;
    }
    for (const QString &id : std::as_const(ids)) {
        auto tenant = show(id);
        if (!tenant) {
            if (tenant.error().code == ErrorCode::NotFound && requested.tenants.isEmpty())
                continue; // deleted since the scan
            if (tenant.error().code == ErrorCode::NotFound)
                return Error::invalid(u"tenant"_s, tr("no tenant with id \"%1\"").arg(id));
            return tenant.error();
        }
        report.tenants.append({tenant->id, tenant->name, tenant->tier, statusId(tenant->status)});
        const QJsonObject document = ComplianceCatalog::evaluationDocument(*tenant, *m_catalog);
        for (const QString &f : std::as_const(frameworks))
            report.results.append(
                ComplianceCatalog::evaluate(*(*compliance)->framework(f), *tenant, document));
    }

    // The signed head, then the segment under it.
    auto seal = sealAuditLog(auditKey, u"export"_s);
    if (!seal)
        return seal.error();
    report.seal = *seal;
    QString where = u"seq <= ?"_s;
    QVariantList values {seal->seq};
    if (requested.from.isValid()) {
        where += u" AND at >= ?"_s;
        values.append(toIsoUtc(requested.from));
    }
    if (requested.to.isValid()) {
        where += u" AND at < ?"_s;
        values.append(toIsoUtc(requested.to));
    }
    if (!requested.tenants.isEmpty()) {
        where += u" AND tenant_id IN ("_s + QStringList(ids.size(), u"?"_s).join(u", "_s) + u')';
        for (const QString &id : std::as_const(ids))
            values.append(id);
    }
    auto segment = m_db->readRow(
        u"SELECT min(seq), max(seq), count(*) FROM audit_entries WHERE "_s + where, values);
    if (!segment)
        return segment.error();
    report.entries = segment->value(2).toLongLong();
    if (report.entries) {
        report.firstSeq = segment->value(0).toLongLong();
        report.lastSeq = segment->value(1).toLongLong();
        auto prev = m_db->readRow(u"SELECT prev_hash FROM audit_entries WHERE seq = ?"_s,
                                  {report.firstSeq});
        if (!prev)
            return prev.error();
        report.segmentPrev = prev->value(0).toString().toLatin1();
    }

    // The rows: the stored text compared as bytes (ISO 8601 UTC with milliseconds sorts as
    // it reads).
    const QByteArray from
        = requested.from.isValid() ? toIsoUtc(requested.from).toUtf8() : QByteArray();
    const QByteArray to = requested.to.isValid() ? toIsoUtc(requested.to).toUtf8() : QByteArray();
    QSet<QByteArray> tenants;
    if (!requested.tenants.isEmpty()) {
        for (const QString &id : std::as_const(ids))
            tenants.insert(id.toUtf8());
    }
    Database *db = m_db.get();
    const qint64 firstSeq = report.firstSeq;
    const qint64 lastSeq = report.lastSeq;
    report.scan = [db, from, to, tenants, firstSeq,
                   lastSeq](const std::function<bool(const AuditChain::Row &, bool)> &visit) {
        if (!firstSeq)
            return Result<void>();
        return AuditLog(*db).scan(firstSeq, [&](const AuditChain::Row &row) {
            if (row.seq > lastSeq)
                return false;
            const QByteArrayView at = row.fields[AuditChain::At];
            const bool inScope = (from.isNull() || at >= QByteArrayView(from))
                && (to.isNull() || at < QByteArrayView(to))
                && (tenants.isEmpty()
                    || tenants.contains(row.fields[AuditChain::TenantId].toByteArray()));
            return visit(row, inScope);
        });
    };
    return report;
}

Result<AuditReportExport>
TenantManager::exportAuditReport(const AuditReportScope &scope, AuditReportFormat format,
                                 const QString &out, const QByteArray &auditKey,
                                 const QByteArray &signingSeed, const AuditReportProgress &progress)
{
    if (auto error = denied(Permission::ExportAuditReports))
        return *error;
    if (out.trimmed().isEmpty())
        return Error::invalid(u"out"_s, tr("say where the report goes"));
    if (format == AuditReportFormat::Bundle && signingSeed.size() != AuditSigning::seedBytes)
        return Error::make(ErrorCode::Unavailable,
                           tr("a bundle needs the audit signing key from the keychain"));
    auto report = auditReport(scope, auditKey);
    if (!report)
        return report.error();
    // The first chance to stop (a small report asks no more before it is written).
    if (progress && !progress(0, report->segmentLength()))
        return Error::make(ErrorCode::Cancelled, AuditReportFiles::tr("the export was stopped"));
    AuditReportExport result;
    result.seal = report->seal;
    result.entries = report->entries;
    result.tenants = int(report->tenants.size());
    Result<void> written;
    switch (format) {
    case AuditReportFormat::Pdf:
        written = AuditReportFiles::writePdf(*report, out, progress);
        break;
    case AuditReportFormat::Csv:
        written = AuditReportFiles::writeCsv(*report, out, progress);
        break;
    case AuditReportFormat::Json:
        written = AuditReportFiles::writeJson(*report, out, progress);
        break;
    case AuditReportFormat::Bundle: {
        auto manifest = AuditReportFiles::writeBundle(*report, out, signingSeed, progress);
        if (manifest)
            result.manifest = *manifest;
        else
            written = manifest.error();
        break;
    }
    }
    if (!written)
        return written.error();

    // Who exported what, in the log itself.
    AuditEntry entry = auditEntry(u"audit.export"_s, {}, {});
    entry.target = auditReportFormatId(format);
    QJsonObject after {
        {u"format"_s, auditReportFormatId(format)},
        {u"file"_s, QFileInfo(out).fileName()},
        {u"scope"_s, report->scope.toJson()},
        {u"head"_s, QJsonObject {{u"seq"_s, report->seal.seq}, {u"hash"_s, report->seal.hash}}},
        {u"entries"_s, report->entries}};
    if (!result.manifest.isEmpty())
        after.insert(u"key_id"_s,
                     result.manifest.value(u"signature"_s).toObject().value(u"key_id"_s));
    entry.after = after;
    auto logged = m_db->write([&] { return AuditLog(*m_db).append(entry); });
    if (!logged)
        return logged.error();
    return result;
}

} // namespace Tenancy
