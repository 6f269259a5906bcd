// tenancyctl audit …: the tamper-evident audit log (docs/audit-format.md).
#include "Cli.h"
#include "audit/AuditKeys.h"
#include "audit/AuditSigning.h"
#include "model/Tenant.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

// --NAME as a time: ISO 8601 (with Z or an offset) or a date (midnight UTC).
std::optional<QDateTime> timeArgument(Context &c, const QString &command, const QString &name,
                                      int *status)
{
    const QString text = c.args.value(name);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() == 10 && date.isValid())
        at = QDateTime(date, QTime(0, 0), Qt::UTC);
    if (at.isValid() && (text.size() == 10 || at.timeSpec() != Qt::LocalTime))
        return at.toUTC();
    *status = c.cli.usageError(Cli::tr("audit %1: --%2 \"%3\" is not a time (such as "
                                       "2026-01-31T12:00:00Z) or a date (2026-01-31)")
                                   .arg(command, name, text));
    return std::nullopt;
}

int runLog(Context &c)
{
    AuditFilter filter;
    filter.tenantId = c.args.value(u"tenant"_s);
    filter.operatorName = c.args.value(u"operator"_s);
    filter.action = c.args.value(u"action"_s);
    filter.text = c.args.value(u"text"_s);
    filter.limit = 50;
    if (c.args.isSet(u"limit"_s)) {
        const auto limit = parseCount(c.args.value(u"limit"_s), 1, 100000);
        if (!limit)
            return c.cli.usageError(
                Cli::tr("audit log: --limit must be a number from 1 to 100000"));
        filter.limit = int(*limit);
    }
    int status = Ok;
    for (const auto &[name, into] :
         {std::pair {u"since"_s, &filter.since}, std::pair {u"until"_s, &filter.until}}) {
        if (!c.args.isSet(name))
            continue;
        const auto at = timeArgument(c, u"log"_s, name, &status);
        if (!at)
            return status;
        *into = *at;
    }
    if (filter.since.isValid() && filter.until.isValid() && filter.until <= filter.since)
        return c.cli.usageError(Cli::tr("audit log: --until must be after --since"));
    auto entries = c.manager->auditEntries(filter);
    if (!entries)
        return c.cli.fail(entries.error());
    if (c.cli.json()) {
        printAuditEntriesJson(c, *entries);
        return Ok;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : *entries) {
        rows << QStringList {QString::number(e.seq),
                             toIsoUtc(e.at),
                             e.operatorName + u" ("_s + e.role + u')',
                             e.action,
                             e.tenantId,
                             e.target,
                             e.reason};
    }
    c.cli.printTable({Cli::tr("SEQ"), Cli::tr("WHEN"), Cli::tr("WHO"), Cli::tr("ACTION"),
                      Cli::tr("TENANT"), Cli::tr("TARGET"), Cli::tr("REASON")},
                     rows);
    return Ok;
}

int printVerification(Cli &cli, const AuditVerification &v, const QString &keyNote)
{
    const AuditChain::Verdict &verdict = v.verdict;
    if (cli.json()) {
        QJsonObject o {
            {u"intact"_s, verdict.intact()},
            {u"damage"_s, AuditChain::damageId(verdict.damage)},
            {u"entries"_s, verdict.entries},
            {u"head_seq"_s, verdict.headSeq},
            {u"head_hash"_s, QString::fromLatin1(verdict.headHash)},
            {u"seals_checked"_s, v.sealsChecked},
            {u"seals_unchecked"_s, v.sealsUnchecked},
        };
        if (!verdict.intact()) {
            o.insert(u"first_bad_seq"_s, verdict.firstBadSeq);
            o.insert(u"detail"_s, verdict.detail);
        }
        if (v.lastSeal)
            o.insert(u"last_seal"_s, v.lastSeal->toJson());
        if (v.checkpoint)
            o.insert(u"checkpoint"_s, v.checkpoint->toJson());
        if (!keyNote.isEmpty())
            o.insert(u"note"_s, keyNote);
        cli.printJson(o);
    } else if (verdict.intact()) {
        cli.out() << Cli::tr("intact: %1 entries, head %2 (%3)")
                         .arg(verdict.entries)
                         .arg(verdict.headSeq)
                         .arg(QString::fromLatin1(verdict.headHash))
                  << '\n'
                  << Cli::tr("seals: %1 checked, %2 made with another machine's key")
                         .arg(v.sealsChecked)
                         .arg(v.sealsUnchecked)
                  << '\n';
        if (v.checkpoint)
            cli.out() << Cli::tr("from the checkpoint of %1: entries 1 to %2 were purged under "
                                 "the retention policy")
                             .arg(toIsoUtc(v.checkpoint->at))
                             .arg(v.checkpoint->seq)
                      << '\n';
        if (!keyNote.isEmpty())
            cli.out() << keyNote << '\n';
    } else {
        cli.out() << Cli::tr("DAMAGED: %1 at entry %2")
                         .arg(AuditChain::damageName(verdict.damage))
                         .arg(verdict.firstBadSeq)
                  << '\n'
                  << verdict.detail << '\n';
    }
    return verdict.intact() ? Ok : Failed;
}

int runVerify(Context &c)
{
    Cli *cli = &c.cli;
    TenantManager *manager = c.manager;
    AuditKeys::obtain(c.cli.secretStore(), c.url, false, [cli, manager](Result<QByteArray> key) {
        QString note;
        if (!key)
            note = Cli::tr("seals not checked: no audit key from the keychain (%1)")
                       .arg(key.error().message);
        else if (key->isEmpty())
            note = Cli::tr("seals not checked: this machine has no audit key for this database "
                           "(tenancyctl audit seal makes one)");
        auto verified = manager->verifyAuditLog(key ? *key : QByteArray());
        if (!verified)
            return cli->finish(cli->fail(verified.error()));
        cli->finish(printVerification(*cli, *verified, note));
    });
    return Later;
}

int runSeal(Context &c)
{
    Cli *cli = &c.cli;
    TenantManager *manager = c.manager;
    AuditKeys::obtain(c.cli.secretStore(), c.url, true, [cli, manager](Result<QByteArray> key) {
        if (!key)
            return cli->finish(cli->fail(key.error()));
        auto seal = manager->sealAuditLog(*key, u"manual"_s);
        if (!seal)
            return cli->finish(cli->fail(seal.error()));
        if (cli->json())
            cli->printJson(seal->toJson());
        else
            cli->out() << Cli::tr("sealed: entry %1 (%2), %3 entries, key %4")
                              .arg(seal->seq)
                              .arg(seal->hash)
                              .arg(seal->entries)
                              .arg(seal->keyId)
                       << '\n';
        cli->finish(Ok);
    });
    return Later;
}

// audit export: the HMAC key seals the head, the Ed25519 key signs a bundle; both from the
// keychain (made on first use).
int runExport(Context &c)
{
    const auto format = auditReportFormatFromId(c.args.value(u"format"_s));
    if (!format)
        return c.cli.usageError(Cli::tr("audit export: --format must be pdf, csv, json or bundle, "
                                        "not \"%1\"")
                                    .arg(c.args.value(u"format"_s)));
    if (c.args.value(u"out"_s).isEmpty())
        return c.cli.usageError(Cli::tr("audit export: --out PATH says where the report goes"));
    AuditReportScope scope;
    scope.tenants = c.args.values(u"tenant"_s);
    scope.frameworks = c.args.values(u"framework"_s);
    int status = Ok;
    for (const auto &[name, into] :
         {std::pair {u"from"_s, &scope.from}, std::pair {u"to"_s, &scope.to}}) {
        if (!c.args.isSet(name))
            continue;
        const auto at = timeArgument(c, u"export"_s, name, &status);
        if (!at)
            return status;
        *into = *at;
    }
    if (scope.from.isValid() && scope.to.isValid() && scope.to <= scope.from)
        return c.cli.usageError(Cli::tr("audit export: --to must be after --from"));
    Cli *cli = &c.cli;
    TenantManager *manager = c.manager;
    SecretStore *secrets = &c.cli.secretStore();
    const DatabaseUrl url = c.url;
    const QString out = c.args.value(u"out"_s);
    const AuditReportFormat f = *format;
    // Refused before any key is made for someone who may not export.
    if (!roleAllows(manager->currentOperator().role, Permission::ExportAuditReports))
        return c.cli.fail(
            Error::make(ErrorCode::PermissionDenied,
                        Cli::tr("%1 may not export audit reports (compliance and admin may)")
                            .arg(roleId(manager->currentOperator().role))));
    AuditKeys::obtain(*secrets, url, true, [=](Result<QByteArray> key) {
        if (!key)
            return cli->finish(cli->fail(key.error()));
        const auto run = [=](const QByteArray &seed) {
            auto exported = manager->exportAuditReport(scope, f, out, *key, seed);
            if (!exported)
                return cli->finish(cli->fail(exported.error()));
            if (cli->json()) {
                QJsonObject o {{u"format"_s, auditReportFormatId(f)},
                               {u"out"_s, out},
                               {u"tenants"_s, exported->tenants},
                               {u"entries"_s, exported->entries},
                               {u"seal"_s, exported->seal.toJson()}};
                if (!exported->manifest.isEmpty())
                    o.insert(u"manifest"_s, exported->manifest);
                cli->printJson(o);
            } else {
                cli->out() << Cli::tr("wrote %1 (%2): %3 tenants, %4 audit entries; chain head "
                                      "entry %5 (%6), sealed with key %7")
                                  .arg(QDir::toNativeSeparators(out), auditReportFormatId(f))
                                  .arg(exported->tenants)
                                  .arg(exported->entries)
                                  .arg(exported->seal.seq)
                                  .arg(exported->seal.hash, exported->seal.keyId)
                           << '\n';
                if (!exported->manifest.isEmpty())
                    cli->out() << Cli::tr("signed with Ed25519 key %1; auditors verify it with "
                                          "tenancyctl audit verify-bundle or openssl "
                                          "(docs/audit-bundle.md)")
                                      .arg(exported->manifest.value(u"signature"_s)
                                               .toObject()
                                               .value(u"key_id"_s)
                                               .toString())
                               << '\n';
            }
            cli->finish(Ok);
        };
        if (f != AuditReportFormat::Bundle)
            return run({});
        AuditKeys::obtainSigningKey(*secrets, url, true, [=](Result<QByteArray> seed) {
            if (!seed)
                return cli->finish(cli->fail(seed.error()));
            run(*seed);
        });
    });
    return Later;
}

int runPublicKey(Context &c)
{
    const QString out = c.args.value(u"out"_s);
    if (out.isEmpty())
        return c.cli.usageError(Cli::tr("audit public-key: --out FILE says where the key goes"));
    Cli *cli = &c.cli;
    AuditKeys::obtainSigningKey(
        c.cli.secretStore(), c.url, true, [cli, out](Result<QByteArray> seed) {
            if (!seed)
                return cli->finish(cli->fail(seed.error()));
            auto pem = AuditSigning::publicKeyPem(*seed);
            auto id = AuditSigning::keyId(*seed);
            if (!pem || !id)
                return cli->finish(cli->fail(pem ? id.error() : pem.error()));
            QSaveFile file(out);
            if (!file.open(QIODevice::WriteOnly) || file.write(*pem) != pem->size()
                || !file.commit())
                return cli->finish(cli->fail(Error::invalid(
                    u"out"_s, Cli::tr("cannot write %1: %2").arg(out, file.errorString()))));
            if (cli->json())
                cli->printJson(QJsonObject {{u"out"_s, out}, {u"key_id"_s, *id}});
            else
                cli->out() << Cli::tr(
                                  "wrote the audit signing key's public half to %1 (Ed25519, key "
                                  "%2); give it to auditors by another channel than the bundles")
                                  .arg(QDir::toNativeSeparators(out), *id)
                           << '\n';
            cli->finish(Ok);
        });
    return Later;
}

// Offline: the bundle and the public key only; no database, no keychain.
int runVerifyBundle(Context &c)
{
    const QString keyPath = c.args.value(u"public-key"_s);
    if (keyPath.isEmpty())
        return c.cli.usageError(
            Cli::tr("audit verify-bundle: --public-key FILE (from tenancyctl audit public-key)"));
    const auto pem = readInputFile(keyPath);
    if (!pem)
        return c.cli.fail(pem.error());
    auto checked = AuditBundle::verify(c.positional.value(0), *pem);
    if (!checked)
        return c.cli.fail(checked.error());
    const BundleVerification &v = *checked;
    if (c.cli.json()) {
        c.cli.printJson(QJsonObject {
            {u"intact"_s, v.intact()},
            {u"problems"_s, QJsonArray::fromStringList(v.problems)},
            {u"key_id"_s, v.keyId},
            {u"entries_checked"_s, v.entries},
            {u"head"_s, QJsonObject {{u"seq"_s, v.headSeq}, {u"hash"_s, v.headHash}}}});
    } else if (v.intact()) {
        c.cli.out() << Cli::tr("intact: signed by key %1; every file matches the manifest; %2 "
                               "audit entries rehashed and chained; head entry %3 (%4)")
                           .arg(v.keyId)
                           .arg(v.entries)
                           .arg(v.headSeq)
                           .arg(v.headHash)
                    << '\n';
    } else {
        c.cli.out() << Cli::tr("NOT INTACT:") << '\n';
        for (const QString &problem : v.problems)
            c.cli.out() << "  " << problem << '\n';
    }
    return v.intact() ? Ok : Failed;
}

} // namespace

QList<Command> auditCommands()
{
    Command log;
    log.path = {u"audit"_s, u"log"_s};
    log.summary = Cli::tr("List audit entries, newest first.");
    log.options
        = {option(u"tenant"_s, Cli::tr("only this tenant's"), u"ID"_s),
           option(u"operator"_s, Cli::tr("only this operator's"), u"NAME"_s),
           option(u"action"_s, Cli::tr("only this action (tenant.create), or a group (tenant.)"),
                  u"A"_s),
           option(u"since"_s, Cli::tr("from this time on (ISO 8601 or a date)"), u"T"_s),
           option(u"until"_s, Cli::tr("before this time"), u"T"_s),
           option(u"text"_s, Cli::tr("containing this text"), u"S"_s),
           option(u"limit"_s, Cli::tr("at most N entries (default 50)"), u"N"_s)};
    log.run = runLog;

    Command verify;
    verify.path = {u"audit"_s, u"verify"_s};
    verify.summary = Cli::tr("Recompute the audit log's hash chain and check its seals. Exits 0 "
                             "when intact, 1 with the first bad entry and the kind of damage.");
    verify.run = runVerify;

    Command seal;
    seal.path = {u"audit"_s, u"seal"_s};
    seal.summary = Cli::tr("Sign the audit log's head with this machine's audit key (made in the "
                           "OS keychain on first use).");
    seal.run = runSeal;

    Command exportReport;
    exportReport.path = {u"audit"_s, u"export"_s};
    exportReport.summary = Cli::tr(
        "Export an audit report (compliance results and the audit trail of a period) as PDF, CSV "
        "(a directory: controls.csv, audit-entries.csv), JSON, or a signed bundle (a directory).");
    exportReport.options = {
        option(u"format"_s, Cli::tr("pdf, csv, json or bundle"), u"F"_s),
        option(u"out"_s, Cli::tr("the file (pdf, json) or new directory (csv, bundle)"), u"PATH"_s),
        option(u"tenant"_s, Cli::tr("only this tenant (repeatable; default: the fleet)"), u"ID"_s),
        option(u"from"_s, Cli::tr("the period's start (ISO 8601 or a date)"), u"T"_s),
        option(u"to"_s, Cli::tr("the period's end, excluded"), u"T"_s),
        option(u"framework"_s, Cli::tr("only this framework (repeatable; default: all)"), u"F"_s)};
    exportReport.run = runExport;

    Command verifyBundle;
    verifyBundle.path = {u"audit"_s, u"verify-bundle"_s};
    verifyBundle.arguments = u"DIR"_s;
    verifyBundle.positionalCount = 1;
    verifyBundle.needs = Command::Needs::Catalog;
    verifyBundle.summary = Cli::tr("Verify an audit report bundle offline: the signatures, every "
                                   "file's SHA-256 and the audit chain segment. Exits 0 when "
                                   "intact, 1 otherwise.");
    verifyBundle.options
        = {option(u"public-key"_s, Cli::tr("the PEM from audit public-key"), u"FILE"_s)};
    verifyBundle.run = runVerifyBundle;

    Command publicKey;
    publicKey.path = {u"audit"_s, u"public-key"_s};
    publicKey.needs = Command::Needs::Url;
    publicKey.summary = Cli::tr("Write the public key that verifies this database's audit "
                                "bundles (PEM; the private key stays in the OS keychain).");
    publicKey.options = {option(u"out"_s, Cli::tr("the PEM file to write"), u"FILE"_s)};
    publicKey.run = runPublicKey;
    return {log, verify, seal, exportReport, verifyBundle, publicKey};
}

} // namespace Tenancy::Ctl
