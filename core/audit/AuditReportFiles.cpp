// Audit reports as CSV and JSON, signed bundles, and their offline verification
// (docs/audit-bundle.md). The PDF is in AuditReportPdf.cpp.
#include "AuditReport.h"
#include "audit/AuditSigning.h"
#include "model/Tenant.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstring>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr qint64 kFlushBytes = 1 << 20;
constexpr qint64 kProgressEvery = 4096;

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

Error writeError(const QString &path, const QString &why)
{
    return Error::make(
        ErrorCode::Storage,
        AuditReportFiles::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

Error stopped()
{
    return Error::make(ErrorCode::Cancelled, AuditReportFiles::tr("the export was stopped"));
}

// A file written through a buffer and renamed into place at commit (QSaveFile).
class BufferedFile
{
public:
    explicit BufferedFile(const QString &path)
        : m_file(path)
    {
        m_buffer.reserve(kFlushBytes + 65536);
    }
    Result<void> open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }
    QByteArray &buffer() { return m_buffer; }
    Result<void> flushIfFull() { return m_buffer.size() >= kFlushBytes ? flush() : Result<void>(); }
    Result<void> flush()
    {
        if (m_file.write(m_buffer) != m_buffer.size())
            return writeError(m_file.fileName(), m_file.errorString());
        m_buffer.resize(0);
        return {};
    }
    Result<void> commit()
    {
        if (auto r = flush(); !r)
            return r;
        if (!m_file.commit())
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }

private:
    QSaveFile m_file;
    QByteArray m_buffer;
};

// An existing directory must be empty; a new one is not made yet.
Result<void> emptyDirectory(const QString &directory)
{
    QDir dir(directory);
    if (dir.exists()) {
        if (!dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            return Error::invalid(u"out"_s,
                                  AuditReportFiles::tr("%1 is not empty: choose a new directory")
                                      .arg(QDir::toNativeSeparators(directory)));
        return {};
    }
    if (QFileInfo::exists(directory))
        return Error::invalid(u"out"_s,
                              AuditReportFiles::tr("%1 is a file, not a directory")
                                  .arg(QDir::toNativeSeparators(directory)));
    // Only the folder it goes in: the directory itself appears when its files are complete.
    const QString parent
        = QFileInfo(QDir::cleanPath(QFileInfo(directory).absoluteFilePath())).absolutePath();
    if (!QDir().mkpath(parent))
        return writeError(directory, AuditReportFiles::tr("cannot make the directory"));
    return {};
}

// Writes a set of files into directory whole or not at all: into a hidden directory beside it,
// renamed into place at the end.
Result<void> writeDirectory(const QString &directory,
                            const std::function<Result<void>(const QString &into)> &write)
{
    if (auto r = emptyDirectory(directory); !r)
        return r;
    const QFileInfo target(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()));
    QTemporaryDir partial(target.absolutePath() + u"/."_s + target.fileName()
                          + u".partial-XXXXXX"_s);
    if (!partial.isValid())
        return writeError(directory, partial.errorString());
    if (auto r = write(partial.path()); !r)
        return r;
    QDir().rmdir(target.absoluteFilePath());
    if (!QDir().rename(partial.path(), target.absoluteFilePath()))
        return writeError(directory, AuditReportFiles::tr("cannot move the files into place"));
    partial.setAutoRemove(false);
    return {};
}

void appendJsonString(QByteArray &out, QByteArrayView value)
{
    if (value.data() == nullptr) {
        out.append("null", 4);
        return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    const char *begin = value.data();
    const char *end = begin + value.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default:
            out.append("\\u00", 4);
            out.append(kHex[c >> 4]);
            out.append(kHex[c & 0xf]);
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void appendJsonString(QByteArray &out, const QString &value)
{
    appendJsonString(out, QByteArrayView(value.toUtf8()));
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrapped in an array and unwrapped.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString remediationText(const QList<std::pair<QString, QJsonValue>> &remediation)
{
    QStringList parts;
    for (const auto &[path, value] : remediation)
        parts.append(path + u'=' + QString::fromUtf8(compact(value)));
    return parts.join(u"; "_s);
}

// Calls progress every kProgressEvery rows, offset by what earlier files did.
class Progress
{
public:
    Progress(const AuditReportProgress &progress, qint64 offset, qint64 total)
        : m_progress(progress)
        , m_offset(offset)
        , m_total(total)
    { }
    // False: stop.
    bool step()
    {
        ++m_done;
        return !m_progress || m_done % kProgressEvery || m_progress(m_offset + m_done, m_total);
    }
    bool at(qint64 done) { return !m_progress || m_progress(m_offset + done, m_total); }

private:
    const AuditReportProgress &m_progress;
    qint64 m_offset;
    qint64 m_total;
    qint64 m_done = 0;
};

Result<void> writeControlsCsv(const AuditReport &report, const QString &path)
{
    BufferedFile file(path);
    if (auto r = file.open(); !r)
        return r;
    QByteArray &out = file.buffer();
    out.append("tenant_id,tenant_name,framework,control_id,title,severity,status,expected,"
               "evidence,manual_evidence,remediation\r\n");
    QHash<QString, QString> names;
    for (const AuditReportTenant &t : report.tenants)
        names.insert(t.id, t.name);
    for (const FrameworkResult &f : report.results) {
        for (const ControlResult &c : f.controls) {
            const QStringList fields {
                f.tenantId,
                names.value(f.tenantId),
                f.framework,
                c.controlId,
                c.title,
                severityId(c.severity),
                controlStatusId(c.status),
                c.expected,
                c.evidence.join(u"; "_s),
                c.manualEvidence,
                c.status == ControlStatus::Fail ? remediationText(c.remediation) : QString()};
            for (int i = 0; i < fields.size(); ++i) {
                if (i)
                    out.append(',');
                AuditReportFiles::appendCsvField(out, fields[i].toUtf8());
            }
            out.append("\r\n", 2);
        }
        if (auto r = file.flushIfFull(); !r)
            return r;
    }
    return file.commit();
}

Result<void> writeEntriesCsv(const AuditReport &report, const QString &path, Progress &progress)
{
    BufferedFile file(path);
    if (auto r = file.open(); !r)
        return r;
    QByteArray &out = file.buffer();
    out.append("seq");
    for (int f = 0; f < AuditChain::FieldCount; ++f) {
        out.append(',');
        out.append(AuditChain::fieldName(AuditChain::Field(f)));
    }
    out.append(",prev_hash,hash\r\n");
    if (!report.firstSeq)
        return file.commit();
    bool cancelled = false;
    Result<void> failed;
    auto scanned = report.scan([&](const AuditChain::Row &row, bool inScope) {
        if (!progress.step()) {
            cancelled = true;
            return false;
        }
        if (!inScope)
            return true;
        out.append(QByteArray::number(row.seq));
        for (const QByteArrayView field : row.fields) {
            out.append(',');
            AuditReportFiles::appendCsvField(out, field);
        }
        out.append(',');
        out.append(row.prevHash);
        out.append(',');
        out.append(row.hash);
        out.append("\r\n", 2);
        failed = file.flushIfFull();
        return bool(failed);
    });
    if (!scanned)
        return scanned;
    if (!failed)
        return failed;
    if (cancelled)
        return stopped();
    return file.commit();
}

Result<void> writeJsonFile(const AuditReport &report, const QString &path, Progress &progress)
{
    BufferedFile file(path);
    if (auto r = file.open(); !r)
        return r;
    QByteArray &out = file.buffer();
    QJsonArray tenants;
    for (const AuditReportTenant &t : report.tenants)
        tenants.append(QJsonObject {
            {u"id"_s, t.id}, {u"name"_s, t.name}, {u"tier"_s, t.tier}, {u"status"_s, t.status}});
    QJsonArray compliance;
    for (const FrameworkResult &f : report.results)
        compliance.append(f.toJson());
    const QJsonObject chain {
        {u"head"_s,
         QJsonObject {{u"seq"_s, report.seal.seq},
                      {u"hash"_s, report.seal.hash},
                      {u"entries"_s, report.seal.entries}}},
        {u"seal"_s, report.seal.toJson()},
        {u"segment"_s,
         QJsonObject {{u"first_seq"_s, report.firstSeq},
                      {u"last_seq"_s, report.lastSeq},
                      {u"prev_hash"_s, QString::fromLatin1(report.segmentPrev)},
                      {u"entries_in_scope"_s, report.entries}}},
    };
    out.append("{\n\"format\":\"tenancy-audit-report/1\",\n\"generated_at\":");
    appendJsonString(out, toIsoUtc(report.generatedAt));
    out.append(",\n\"generated_by\":");
    appendJsonString(out, report.generatedBy);
    out.append(",\n\"role\":");
    appendJsonString(out, report.role);
    out.append(",\n\"scope\":");
    out.append(compact(report.scope.toJson()));
    out.append(",\n\"tenants\":");
    out.append(compact(tenants));
    out.append(",\n\"summary\":");
    out.append(compact(report.summaryJson()));
    out.append(",\n\"compliance\":");
    out.append(compact(compliance));
    out.append(",\n\"chain\":");
    out.append(compact(chain));
    out.append(",\n\"entries\":[");
    bool first = true;
    bool cancelled = false;
    Result<void> failed;
    auto scanned = report.firstSeq ? report.scan([&](const AuditChain::Row &row, bool inScope) {
        if (!progress.step()) {
            cancelled = true;
            return false;
        }
        out.append(first ? "\n{\"seq\":" : ",\n{\"seq\":");
        first = false;
        out.append(QByteArray::number(row.seq));
        if (inScope) {
            out.append(",\"prev_hash\":");
            appendJsonString(out, row.prevHash);
            for (int f = 0; f < AuditChain::FieldCount; ++f) {
                out.append(",\"", 2);
                out.append(AuditChain::fieldName(AuditChain::Field(f)));
                out.append("\":", 2);
                appendJsonString(out, row.fields[f]);
            }
        } else {
            out.append(",\"in_scope\":false");
        }
        out.append(",\"hash\":");
        appendJsonString(out, row.hash);
        out.append('}');
        failed = file.flushIfFull();
        return bool(failed);
    })
                                   : Result<void>();
    if (!scanned)
        return scanned;
    if (!failed)
        return failed;
    if (cancelled)
        return stopped();
    out.append("\n]\n}\n");
    return file.commit();
}

Result<QByteArray> sha256OfFile(const QString &path, qint64 *size = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::NotFound,
                           AuditBundle::tr("cannot read %1: %2")
                               .arg(QFileInfo(path).fileName(), file.errorString()));
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const auto free = qScopeGuard([&] { EVP_MD_CTX_free(context); });
    if (!context || !EVP_DigestInit_ex2(context, EVP_sha256(), nullptr))
        return Error::make(ErrorCode::Unavailable, AuditBundle::tr("OpenSSL has no SHA-256"));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error::make(ErrorCode::Storage,
                               AuditBundle::tr("cannot read %1: %2")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
        if (n == 0)
            break;
        EVP_DigestUpdate(context, chunk.constData(), size_t(n));
        total += n;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    EVP_DigestFinal_ex(context, digest, &length);
    if (size)
        *size = total;
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::NotFound,
                           AuditBundle::tr("%1 is missing or unreadable (%2)")
                               .arg(QFileInfo(path).fileName(), file.errorString()));
    return file.readAll();
}

Result<void> writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace

QString AuditReportScope::tenantsText() const
{
    if (tenants.isEmpty())
        return AuditReportFiles::tr("the fleet (every tenant)");
    if (tenants.size() == 1)
        return AuditReportFiles::tr("tenant %1").arg(tenants.first());
    const QStringList shown = tenants.mid(0, 8);
    return AuditReportFiles::tr("%n tenants: %1", nullptr, int(tenants.size()))
        .arg(shown.join(u", "_s) + (tenants.size() > shown.size() ? u", …"_s : QString()));
}

QString AuditReportScope::periodText() const
{
    const auto day = [](const QDateTime &t) {
        return t.time() == QTime(0, 0) ? t.date().toString(Qt::ISODate) : toIsoUtc(t);
    };
    if (!from.isValid() && !to.isValid())
        return AuditReportFiles::tr("the whole log");
    if (!from.isValid())
        return AuditReportFiles::tr("up to %1").arg(day(to));
    if (!to.isValid())
        return AuditReportFiles::tr("from %1").arg(day(from));
    return AuditReportFiles::tr("%1 to %2 (the end excluded)").arg(day(from), day(to));
}

QJsonObject AuditReportScope::toJson() const
{
    return QJsonObject {
        {u"tenants"_s,
         tenants.isEmpty() ? QJsonValue(u"fleet"_s)
                           : QJsonValue(QJsonArray::fromStringList(tenants))},
        {u"from"_s, from.isValid() ? QJsonValue(toIsoUtc(from)) : QJsonValue()},
        {u"to"_s, to.isValid() ? QJsonValue(toIsoUtc(to)) : QJsonValue()},
        {u"frameworks"_s, QJsonArray::fromStringList(frameworks)},
    };
}

QJsonObject AuditReport::summaryJson() const
{
    QJsonObject summary;
    for (const QString &framework : frameworks) {
        int counts[4] = {};
        int tenantsFailing = 0;
        for (const FrameworkResult &f : results) {
            if (f.framework != framework)
                continue;
            for (const ControlResult &c : f.controls)
                ++counts[int(c.status)];
            tenantsFailing += f.worst() == ControlStatus::Fail;
        }
        summary.insert(
            framework,
            QJsonObject {{u"pass"_s, counts[int(ControlStatus::Pass)]},
                         {u"fail"_s, counts[int(ControlStatus::Fail)]},
                         {u"manual"_s, counts[int(ControlStatus::Manual)]},
                         {u"not_applicable"_s, counts[int(ControlStatus::NotApplicable)]},
                         {u"tenants_failing"_s, tenantsFailing}});
    }
    return summary;
}

void AuditReportFiles::appendCsvField(QByteArray &out, QByteArrayView field)
{
    const char *data = field.data();
    const qsizetype size = field.size();
    bool quote = false;
    for (qsizetype i = 0; i < size && !quote; ++i) {
        const char c = data[i];
        quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
        out.append(field);
        return;
    }
    out.append('"');
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == '"') {
            out.append(data + run, i + 1 - run);
            out.append('"');
            run = i + 1;
        }
    }
    out.append(data + run, size - run);
    out.append('"');
}

Result<void> AuditReportFiles::writeCsv(const AuditReport &report, const QString &directory,
                                        const AuditReportProgress &progress)
{
    return writeDirectory(directory, [&](const QString &into) -> Result<void> {
        if (auto r = writeControlsCsv(report, into + u'/' + text(controlsCsv)); !r)
            return r;
        Progress p(progress, 0, report.segmentLength());
        return writeEntriesCsv(report, into + u'/' + text(entriesCsv), p);
    });
}

Result<void> AuditReportFiles::writeJson(const AuditReport &report, const QString &path,
                                         const AuditReportProgress &progress)
{
    Progress p(progress, 0, report.segmentLength());
    return writeJsonFile(report, path, p);
}

Result<QJsonObject> AuditReportFiles::writeBundle(const AuditReport &report,
                                                  const QString &directory,
                                                  QByteArrayView signingSeed,
                                                  const AuditReportProgress &progress)
{
    auto keyId = AuditSigning::keyId(signingSeed);
    if (!keyId)
        return keyId.error();
    QJsonObject manifest;
    const qint64 length = report.segmentLength();
    auto written = writeDirectory(directory, [&](const QString &into) -> Result<void> {
        const auto at = [&](const char *name) -> QString {
            return into + u'/' + text(name);
        };
        if (auto r = writeControlsCsv(report, at(controlsCsv)); !r)
            return r;
        Progress csv(progress, 0, length * 3);
        if (auto r = writeEntriesCsv(report, at(entriesCsv), csv); !r)
            return r;
        Progress json(progress, length, length * 3);
        if (auto r = writeJsonFile(report, at(jsonFile), json); !r)
            return r;
        const AuditReportProgress pdf = [&](qint64 done, qint64) {
            return !progress || progress(2 * length + done, length * 3);
        };
        if (auto r = writePdf(report, at(pdfFile), pdf); !r)
            return r;
        QJsonArray files;
        QByteArray sums;
        for (const char *name : {pdfFile, jsonFile, controlsCsv, entriesCsv}) {
            qint64 size = 0;
            auto hash = sha256OfFile(at(name), &size);
            if (!hash)
                return hash.error();
            files.append(QJsonObject {{u"name"_s, text(name)},
                                      {u"sha256"_s, QString::fromLatin1(*hash)},
                                      {u"bytes"_s, size}});
            sums += *hash + "  " + name + '\n';
        }
        manifest = QJsonObject {
            {u"format"_s, u"tenancy-audit-bundle/1"_s},
            {u"generated_at"_s, toIsoUtc(report.generatedAt)},
            {u"generated_by"_s, report.generatedBy},
            {u"role"_s, report.role},
            {u"scope"_s, report.scope.toJson()},
            {u"head"_s,
             QJsonObject {{u"seq"_s, report.seal.seq},
                          {u"hash"_s, report.seal.hash},
                          {u"entries"_s, report.seal.entries}}},
            {u"entries_in_scope"_s, report.entries},
            {u"signature"_s, QJsonObject {{u"algorithm"_s, u"Ed25519"_s}, {u"key_id"_s, *keyId}}},
            {u"files"_s, files},
        };
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        if (auto r = writeBytes(at(manifestFile), manifestBytes); !r)
            return r;
        sums += AuditChain::Hasher().sha256Hex(manifestBytes).toByteArray() + "  " + manifestFile
            + '\n';
        if (auto r = writeBytes(at(sumsFile), sums); !r)
            return r;
        for (const auto &[name, bytes] :
             {std::pair {manifestFile, manifestBytes}, std::pair {sumsFile, sums}}) {
            auto signature = AuditSigning::sign(signingSeed, bytes);
            if (!signature)
                return signature.error();
            if (auto r = writeBytes(at(name) + text(signatureSuffix), *signature); !r)
                return r;
        }
        return {};
    });
    if (!written)
        return written.error();
    return manifest;
}

Result<BundleVerification> AuditBundle::verify(const QString &directory,
                                               QByteArrayView publicKeyPem)
{
    auto keyId = AuditSigning::keyIdOfPem(publicKeyPem);
    if (!keyId)
        return keyId.error();
    BundleVerification v;
    v.keyId = *keyId;
    const QDir dir(directory);
    if (!dir.exists())
        return Error::make(ErrorCode::NotFound,
                           tr("%1 is not a directory").arg(QDir::toNativeSeparators(directory)));
    const auto path = [&](const QString &name) {
        return dir.filePath(name);
    };
    const QString manifestName = text(AuditReportFiles::manifestFile);
    const QString sumsName = text(AuditReportFiles::sumsFile);
    const QString sig = text(AuditReportFiles::signatureSuffix);

    // 1. The signatures.
    QHash<QString, QByteArray> signedFiles;
    for (const QString &name : {manifestName, sumsName}) {
        auto bytes = readAll(path(name));
        auto signature = readAll(path(name + sig));
        if (!bytes || !signature) {
            v.problems.append((bytes ? signature : bytes).error().message);
            continue;
        }
        auto ok = AuditSigning::verify(publicKeyPem, *bytes, *signature);
        if (!ok)
            return ok.error();
        if (!*ok)
            v.problems.append(tr("%1: the signature does not match: the file was changed, or "
                                 "signed with another key than %2")
                                  .arg(name, v.keyId));
        signedFiles.insert(name, *bytes);
    }
    if (!signedFiles.contains(manifestName))
        return v;
    QJsonParseError parseError;
    const QJsonDocument manifestDocument
        = QJsonDocument::fromJson(signedFiles.value(manifestName), &parseError);
    if (!manifestDocument.isObject()) {
        v.problems.append(tr("%1 is not JSON: %2").arg(manifestName, parseError.errorString()));
        return v;
    }
    v.manifest = manifestDocument.object();
    const QString signedBy
        = v.manifest.value(u"signature"_s).toObject().value(u"key_id"_s).toString();
    if (signedBy != v.keyId)
        v.problems.append(tr("%1 says key %2 signed it; the public key given is %3")
                              .arg(manifestName, signedBy, v.keyId));

    // 2. Every file against the manifest and SHA256SUMS; nothing more, nothing less.
    QHash<QString, QString> sums;
    for (const QByteArray &line : signedFiles.value(sumsName).split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype gap = line.indexOf("  ");
        if (gap != 64) {
            v.problems.append(tr("%1: a line is not \"<sha256>  <file>\"").arg(sumsName));
            continue;
        }
        sums.insert(QString::fromUtf8(line.mid(66)), QString::fromLatin1(line.first(64)));
    }
    QSet<QString> expected {manifestName, manifestName + sig, sumsName, sumsName + sig};
    for (const QJsonValue &value : v.manifest.value(u"files"_s).toArray()) {
        const QJsonObject file = value.toObject();
        const QString name = file.value(u"name"_s).toString();
        if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\')
            || name.startsWith(u'.')) {
            v.problems.append(
                tr("%1 names a file \"%2\" outside the bundle").arg(manifestName, name));
            continue;
        }
        expected.insert(name);
        qint64 size = 0;
        auto hash = sha256OfFile(path(name), &size);
        if (!hash) {
            v.problems.append(hash.error().message);
            continue;
        }
        if (QString::fromLatin1(*hash) != file.value(u"sha256"_s).toString()
            || size != file.value(u"bytes"_s).toInteger(-1))
            v.problems.append(
                tr("%1 was changed: its SHA-256 is %2, the manifest says %3")
                    .arg(name, QString::fromLatin1(*hash), file.value(u"sha256"_s).toString()));
        if (sums.value(name) != file.value(u"sha256"_s).toString())
            v.problems.append(tr("%1 and %2 disagree about %3").arg(sumsName, manifestName, name));
    }
    if (sums.value(manifestName)
        != QString::fromLatin1(
            AuditChain::Hasher().sha256Hex(signedFiles.value(manifestName)).toByteArray()))
        v.problems.append(tr("%1 does not list %2's SHA-256").arg(sumsName, manifestName));
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (!expected.contains(name))
            v.problems.append(tr("%1 is not part of the bundle (no manifest entry)").arg(name));
    }

    // 3. The chain segment in the JSON report.
    const QString jsonName = text(AuditReportFiles::jsonFile);
    auto json = readAll(path(jsonName));
    if (!json) {
        v.problems.append(json.error().message);
        return v;
    }
    const QJsonDocument report = QJsonDocument::fromJson(*json, &parseError);
    if (!report.isObject()) {
        v.problems.append(tr("%1 is not JSON: %2").arg(jsonName, parseError.errorString()));
        return v;
    }
    const QJsonObject chain = report.object().value(u"chain"_s).toObject();
    const QJsonObject head = chain.value(u"head"_s).toObject();
    const QJsonObject segment = chain.value(u"segment"_s).toObject();
    v.headSeq = head.value(u"seq"_s).toInteger();
    v.headHash = head.value(u"hash"_s).toString();
    if (head != v.manifest.value(u"head"_s).toObject())
        v.problems.append(tr("%1: the chain head differs from the manifest's").arg(jsonName));
    QByteArray previous = segment.value(u"prev_hash"_s).toString().toLatin1();
    qint64 expectedSeq = segment.value(u"first_seq"_s).toInteger();
    qint64 inScope = 0;
    AuditChain::Hasher hasher;
    std::array<QByteArray, AuditChain::FieldCount> storage;
    for (const QJsonValue &value : report.object().value(u"entries"_s).toArray()) {
        const QJsonObject e = value.toObject();
        const qint64 seq = e.value(u"seq"_s).toInteger();
        const QByteArray hash = e.value(u"hash"_s).toString().toLatin1();
        if (seq != expectedSeq) {
            v.problems.append(tr("%1: entry %2 comes where entry %3 should")
                                  .arg(jsonName)
                                  .arg(seq)
                                  .arg(expectedSeq));
            return v;
        }
        ++expectedSeq;
        if (e.value(u"in_scope"_s).toBool(true)) {
            ++inScope;
            AuditChain::Row row;
            row.seq = seq;
            const QByteArray prev = e.value(u"prev_hash"_s).toString().toLatin1();
            row.prevHash = prev;
            for (int f = 0; f < AuditChain::FieldCount; ++f) {
                const QJsonValue field
                    = e.value(QString::fromLatin1(AuditChain::fieldName(AuditChain::Field(f))));
                storage[f] = field.isNull() ? QByteArray() : field.toString().toUtf8();
                row.fields[f] = field.isNull()
                    ? QByteArrayView()
                    : QByteArrayView(storage[f].isNull() ? QByteArrayView("")
                                                         : QByteArrayView(storage[f]));
            }
            if (prev != previous) {
                v.problems.append(tr("%1: entry %2 is not chained to the entry before it")
                                      .arg(jsonName)
                                      .arg(seq));
                return v;
            }
            if (hasher.hashOf(row) != QByteArrayView(hash)) {
                v.problems.append(tr("%1: entry %2 does not match its hash: it was changed")
                                      .arg(jsonName)
                                      .arg(seq));
                return v;
            }
            ++v.entries;
        }
        previous = hash;
    }
    if (inScope != segment.value(u"entries_in_scope"_s).toInteger(-1))
        v.problems.append(tr("%1: %2 entries in scope, the segment says %3")
                              .arg(jsonName)
                              .arg(inScope)
                              .arg(segment.value(u"entries_in_scope"_s).toInteger(-1)));
    if (expectedSeq - 1 == v.headSeq && QString::fromLatin1(previous) != v.headHash)
        v.problems.append(tr("%1: the last entry is not the signed head").arg(jsonName));
    if (expectedSeq - 1 > v.headSeq)
        v.problems.append(tr("%1: entries after the signed head").arg(jsonName));
    return v;
}

} // namespace Tenancy
