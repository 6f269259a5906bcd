#pragma once

#include "audit/AuditChain.h"
#include "compliance/Compliance.h"
#include "model/Result.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Tenancy {

// What an audit report covers: tenants (none: the fleet), a period [from, to) (a null end is
// open) and frameworks (none: all seven).
struct AuditReportScope
{
    QStringList tenants;
    QDateTime from;
    QDateTime to;
    QStringList frameworks;

    // "3 tenants: acme, blue, corp" or "the fleet"; "2026-07-01 to 2026-10-01" ...
    QString tenantsText() const;
    QString periodText() const;
    QJsonObject toJson() const;
};

struct AuditReportTenant
{
    QString id;
    QString name;
    QString tier;
    QString status;
};

// Progress of a long export: done of total (entries written, over every file); false stops it.
using AuditReportProgress = std::function<bool(qint64 done, qint64 total)>;

// An audit report's content, gathered by TenantManager::auditReport: the compliance results
// of the tenants in scope, and the audit entries of the period, streamed from the log (a
// million of them need not fit in memory). Writers: AuditReportFiles.
struct AuditReport
{
    AuditReportScope scope;
    QDateTime generatedAt;
    QString generatedBy;
    QString role;
    QList<AuditReportTenant> tenants;
    QStringList frameworks; // ids, in catalog order
    QList<FrameworkResult> results; // tenant by tenant, frameworks in order
    // The chain's head when the report was made, signed (a seal of kind "export").
    AuditSeal seal;
    // The segment of the chain the report carries: from the first entry in scope to the last
    // (0 and 0 when there is none), the hash before it, and how many in it are in scope.
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray segmentPrev;
    qint64 entries = 0;
    // Streams the segment in seq order; inScope: one of the report's entries (else a link of
    // the chain between two of them). Stop by returning false.
    std::function<Result<void>(const std::function<bool(const AuditChain::Row &, bool inScope)> &)>
        scan;

    qint64 segmentLength() const { return firstSeq ? lastSeq - firstSeq + 1 : 0; }
    // Framework totals over the tenants: [framework] -> count per status.
    QJsonObject summaryJson() const;
};

// The report's files, each written whole or not at all. Paths are files, except the CSV pair
// and bundles, which are directories (made when missing; an existing one must be empty).
class AuditReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::AuditReportFiles)

public:
    static constexpr auto controlsCsv = "controls.csv";
    static constexpr auto entriesCsv = "audit-entries.csv";
    static constexpr auto jsonFile = "audit-report.json";
    static constexpr auto pdfFile = "audit-report.pdf";
    static constexpr auto manifestFile = "manifest.json";
    static constexpr auto sumsFile = "SHA256SUMS";
    static constexpr auto signatureSuffix = ".sig";

    // RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF.
    static Result<void> writeCsv(const AuditReport &report, const QString &directory,
                                 const AuditReportProgress &progress = {});
    static Result<void> writeJson(const AuditReport &report, const QString &path,
                                  const AuditReportProgress &progress = {});
    // PDF for people (needs a QGuiApplication; the offscreen platform will do).
    static Result<void> writePdf(const AuditReport &report, const QString &path,
                                 const AuditReportProgress &progress = {});
    // The three formats, manifest.json with each file's SHA-256, SHA256SUMS (for sha256sum -c)
    // and an Ed25519 signature of both (.sig, 64 raw bytes) under signingSeed. Returns the
    // manifest.
    static Result<QJsonObject> writeBundle(const AuditReport &report, const QString &directory,
                                           QByteArrayView signingSeed,
                                           const AuditReportProgress &progress = {});

    // One CSV field, quoted when RFC 4180 asks for it.
    static void appendCsvField(QByteArray &out, QByteArrayView field);
};

// What verifying a bundle found (offline: the files and the public key only).
struct BundleVerification
{
    QStringList problems; // each names the file; empty: the bundle is intact
    QString keyId;
    qint64 entries = 0; // entries whose hash was recomputed
    qint64 headSeq = 0;
    QString headHash;
    QJsonObject manifest;
    bool intact() const { return problems.isEmpty(); }
};

class AuditBundle
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::AuditBundle)

public:
    // Checks both signatures, every file against the manifest and SHA256SUMS, and the chain
    // segment in the JSON report (each entry's hash recomputed, each link, the head). An error
    // only when the public key cannot be read.
    static Result<BundleVerification> verify(const QString &directory, QByteArrayView publicKeyPem);
};

} // namespace Tenancy
