// Benchmark: the audit log (issue targets in parentheses). Prints figures; not a pass/fail timer.
//
//   1. Appending --entries entries through AuditLog::append (the product's path: head read,
//      hash, insert), 10,000 a transaction, on SQLite.
//   2. Verifying them all, reading from the database included (1,000,000 under 1.5 s), against
//      `openssl dgst -sha256` over the same canonical bytes in a file (the physical baseline:
//      one SHA-256 pass over the bytes the chain hashes), as a ratio. Also the hashing alone,
//      in memory, to tell reading from hashing.
//
//   3. Exporting them all as CSV (1,000,000 under 5 s), and a PDF report of the first 10,000
//      (under 10 s), through TenantManager::exportAuditReport (sealing and the audit.export
//      entry included).
//
//   bench_audit [--entries N] [--runs R]
#include "TenantManager.h"
#include "audit/AuditChain.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1) + u" ms"_s;
}

// An entry like the console writes for a configuration change.
AuditEntry entry(qint64 i, const QDateTime &start)
{
    AuditEntry e;
    e.at = start.addMSecs(i * 1500);
    e.operatorName = i % 3 ? u"support-%1"_s.arg(i % 17) : u"admin"_s;
    e.role = i % 3 ? u"support"_s : u"admin"_s;
    e.action = i % 5 ? u"configuration.apply"_s : u"tenant.suspend"_s;
    e.tenantId = u"tenant-%1"_s.arg(i % 100000, 6, 10, QChar(u'0'));
    e.target = i % 5 ? u"configuration.security.session.idle_timeout_minutes"_s : QString();
    e.before = QJsonObject {{u"revision"_s, i % 40},
                            {u"values"_s, QJsonObject {{e.target, qint64(30 + i % 7)}}}};
    e.after = QJsonObject {{u"revision"_s, i % 40 + 1},
                           {u"template"_s, u"professional_init"_s},
                           {u"template_version"_s, 3},
                           {u"values"_s, QJsonObject {{e.target, 15}}}};
    e.reason = u"ticket SUP-%1: HIPAA automatic logoff"_s.arg(i);
    e.clientHost = u"console-%1.example.internal"_s.arg(i % 4);
    return e;
}

} // namespace

int main(int argc, char *argv[])
{
    // The PDF report draws with QPainter: a GUI application, without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"entries"_s, u"entries to write and verify"_s, u"N"_s, u"1000000"_s},
         {u"runs"_s, u"verification runs (median)"_s, u"R"_s, u"5"_s},
         {u"file"_s, u"keep the database in FILE (reused when it exists)"_s, u"FILE"_s}});
    parser.process(app);
    const qint64 count = parser.value(u"entries"_s).toLongLong();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path
        = parser.isSet(u"file"_s) ? parser.value(u"file"_s) : dir.filePath(u"audit.sqlite"_s);
    const bool reuse = QFileInfo::exists(path);
    static const FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    auto catalog = Catalog::load();
    auto db = Database::open(*DatabaseUrl::parse(u"sqlite://"_s + path));
    if (!catalog || !db) {
        out << "cannot open the database\n";
        return 1;
    }
    auto manager = TenantManager::open(
        std::move(db).value(), std::make_shared<const Catalog>(*catalog), u"bench"_s, clock);
    if (!manager) {
        out << manager.error().message << '\n';
        return 1;
    }
    TenantManager &m = **manager;
    Database &database = m.database();

    // 1. Appends.
    QElapsedTimer timer;
    timer.start();
    const QDateTime start = clock.now();
    constexpr qint64 perTransaction = 10'000;
    for (qint64 from = 0; from < count && !reuse; from += perTransaction) {
        auto written = database.write([&]() -> Result<void> {
            AuditLog log(database);
            for (qint64 i = from; i < std::min(count, from + perTransaction); ++i) {
                if (auto r = log.append(entry(i, start)); !r)
                    return r;
            }
            return {};
        });
        if (!written) {
            out << written.error().message << '\n';
            return 1;
        }
    }
    const double appendMs = double(timer.nsecsElapsed()) / 1e6;
    out << "audit log, SQLite, " << count << " entries (+1 bootstrap), "
        << QFileInfo(path).size() / (1024 * 1024) << " MiB file\n";
    if (reuse)
        out << "  append: skipped (the file was there already)\n";
    else
        out << "  append (head read, hash, insert; 10,000 a transaction): " << ms(appendMs) << ", "
            << qint64(double(count) / (appendMs / 1000.0)) << " entries/s\n";

    // 2. Verify, and the same bytes for the baseline.
    std::vector<double> verifyMs;
    AuditChain::Verdict verdict;
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        auto v = m.verifyAuditLog({});
        verifyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!v || !v->verdict.intact()) {
            out << "verification failed: " << (v ? v->verdict.detail : v.error().message) << '\n';
            return 1;
        }
        verdict = v->verdict;
    }
    QByteArray bytes;
    qint64 canonicalBytes = 0;
    QFile canonical(dir.filePath(u"canonical.bin"_s));
    canonical.open(QIODevice::WriteOnly);
    std::vector<QByteArray> rows;
    AuditLog log(database);
    auto scanned = log.scan(1, [&](const AuditChain::Row &row) {
        bytes.resize(0);
        AuditChain::serialize(row, bytes);
        canonicalBytes += bytes.size();
        canonical.write(bytes);
        return true;
    });
    canonical.close();
    if (!scanned) {
        out << scanned.error().message << '\n';
        return 1;
    }
    // Hashing alone: every entry's bytes, in memory, one SHA-256 each (what verify adds to
    // reading).
    QFile again(canonical.fileName());
    again.open(QIODevice::ReadOnly);
    const QByteArray all = again.readAll();
    std::vector<double> hashMs;
    {
        AuditChain::Hasher hasher;
        // Entry boundaries: each starts with the magic line.
        std::vector<qsizetype> starts;
        for (qsizetype at = all.indexOf("tenancy-audit/1\n"); at >= 0;
             at = all.indexOf("tenancy-audit/1\n", at + 1))
            starts.push_back(at);
        starts.push_back(all.size());
        for (int r = 0; r < runs; ++r) {
            timer.restart();
            int sink = 0;
            for (size_t k = 0; k + 1 < starts.size(); ++k)
                sink += hasher.sha256Hex(
                    QByteArrayView(all).sliced(starts[k], starts[k + 1] - starts[k]))[0];
            hashMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (sink == 42)
                out << "";
        }
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    std::vector<double> opensslMs;
    for (int r = 0; r < runs && !openssl.isEmpty(); ++r) {
        QProcess p;
        timer.restart();
        p.start(openssl, {u"dgst"_s, u"-sha256"_s, canonical.fileName()});
        p.waitForFinished(-1);
        opensslMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    // Reading alone: every row through AuditLog::scan, nothing done with it.
    std::vector<double> readMs;
    for (int r = 0; r < runs; ++r) {
        qint64 seen = 0;
        timer.restart();
        auto read = log.scan(1, [&](const AuditChain::Row &row) {
            seen += row.hash.size();
            return true;
        });
        readMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!read || seen == 0)
            return 1;
    }
    const double v = median(verifyMs);
    out << "  reading alone (AuditLog::scan, every column): median " << ms(median(readMs)) << "\n";
    out << "  verify, reading from the database included: median " << ms(v) << " of " << runs
        << " runs (" << qint64(double(verdict.entries) / (v / 1000.0)) << " entries/s; target "
        << "for 1,000,000: under 1500 ms)\n";
    out << "  hashing alone, in memory (" << canonicalBytes / (1024 * 1024)
        << " MiB of canonical bytes, one SHA-256 per entry): median " << ms(median(hashMs)) << "\n";
    if (!opensslMs.empty()) {
        const double o = median(opensslMs);
        out << "  baseline: openssl dgst -sha256 over the same bytes (one pass, process start "
               "and page-cache read included): median "
            << ms(o) << "\n";
        out << "  ratio verify / openssl: " << QString::number(v / o, 'f', 2) << "\n";
    } else {
        out << "  baseline: openssl not found\n";
    }

    // 3. Exports: every entry as CSV, and the first 10,000 as a PDF report.
    const QByteArray key = AuditChain::randomBytes(32);
    std::vector<double> csvMs;
    qint64 csvEntries = 0;
    for (int r = 0; r < runs; ++r) {
        const QString target = dir.filePath(u"csv-%1"_s.arg(r));
        timer.restart();
        auto exported = m.exportAuditReport({}, AuditReportFormat::Csv, target, key, {});
        csvMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!exported) {
            out << "CSV export failed: " << exported.error().message << '\n';
            return 1;
        }
        csvEntries = exported->entries;
        QDir(target).removeRecursively();
    }
    out << "  export as CSV (" << csvEntries << " entries, sealed and recorded): median "
        << ms(median(csvMs)) << " (target for 1,000,000: under 5000 ms)\n";
    const qint64 pdfEntries = std::min<qint64>(count, 10'000);
    AuditReportScope first;
    first.from = start.addSecs(-1);
    first.to = start.addMSecs((pdfEntries - 1) * 1500 + 1);
    std::vector<double> pdfMs;
    qint64 pdfShown = 0;
    for (int r = 0; r < std::min(runs, 3); ++r) {
        const QString target = dir.filePath(u"report-%1.pdf"_s.arg(r));
        timer.restart();
        auto exported = m.exportAuditReport(first, AuditReportFormat::Pdf, target, key, {});
        pdfMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!exported) {
            out << "PDF export failed: " << exported.error().message << '\n';
            return 1;
        }
        pdfShown = exported->entries;
        QFile::remove(target);
    }
    out << "  PDF report of " << pdfShown << " entries: median " << ms(median(pdfMs))
        << " (target for 10,000: under 10000 ms)\n";
    return 0;
}
