// tenancyctl audit …: the tamper-evident audit log (docs/audit-format.md).
#include "Cli.h"
#include "audit/AuditKeys.h"
#include "model/Tenant.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

// --NAME as a time: ISO 8601 (with Z or an offset) or a date (midnight UTC).
std::optional<QDateTime> timeArgument(Context &c, const QString &name, int *status)
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
    *status = c.cli.usageError(Cli::tr("audit log: --%1 \"%2\" is not a time (such as "
                                       "2026-01-31T12:00:00Z) or a date (2026-01-31)")
                                   .arg(name, text));
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
        const auto at = timeArgument(c, name, &status);
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
        QJsonArray array;
        for (const AuditEntry &e : *entries)
            array.append(e.toJson());
        c.cli.printJson(array);
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
    return {log, verify, seal};
}

} // namespace Tenancy::Ctl
