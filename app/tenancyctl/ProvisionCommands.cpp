// tenancyctl provision …: journaled provisioning jobs (see Tenancy::Provisioner).
#include "Cli.h"
#include "audit/AuditKeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? toIsoUtc(time) : u"-"_s;
}

void printJob(Cli &cli, const ProvisioningJob &job, QTextStream *stream = nullptr)
{
    if (cli.json()) {
        cli.printJson(job.toJson());
        return;
    }
    QTextStream &out = stream ? *stream : cli.out();
    out << Cli::tr("job %1 for %2: %3 (%4 isolation, %5)")
               .arg(job.id)
               .arg(job.tenantId, jobStateId(job.state), isolationId(job.isolation), job.storage)
        << '\n';
    if (job.forced)
        out << Cli::tr("forced past validation: %1").arg(job.reason) << '\n';
    if (!job.error.isEmpty())
        out << Cli::tr("reason: %1").arg(job.error) << '\n';
    QList<QStringList> rows;
    for (const StepRecord &s : job.steps) {
        rows.append({QString::number(int(s.step)), stepId(s.step), stepStatusId(s.status),
                     QString::number(s.attempts), timeText(s.startedAt), timeText(s.finishedAt),
                     s.error.isEmpty() ? u"-"_s : s.error});
    }
    cli.printTable({Cli::tr("STEP"), Cli::tr("NAME"), Cli::tr("STATUS"), Cli::tr("ATTEMPTS"),
                    Cli::tr("STARTED"), Cli::tr("FINISHED"), Cli::tr("ERROR")},
                   rows, &out);
    const StepRecord *current = job.currentStep();
    if (job.state == JobState::Failed || job.state == JobState::Interrupted
        || job.state == JobState::Cancelled) {
        out << Cli::tr("next: tenancyctl provision resume %1 (from %2), or provision rollback %1")
                   .arg(job.tenantId, current ? stepId(current->step) : u"-"_s)
            << '\n';
    }
}

// The observer of a foreground run: a line per step change on stderr when it is a terminal
// (stdout holds the result only; scripts see one error line, nothing else).
TenantManager::ProvisioningObserver printer(Cli &cli)
{
    if (!::isatty(STDERR_FILENO))
        return {};
    return [&cli](const ProvisioningProgress &p) {
        cli.err() << u"[%1/%2] %3"_s.arg(p.step).arg(provisioningStepCount).arg(p.message) << '\n';
        cli.err().flush();
    };
}

// A run's end: the job, and the exit status (failed and cancelled runs fail, their job on
// stderr).
int ended(Context &c, const Result<ProvisioningJob> &job)
{
    if (!job)
        return c.cli.fail(job.error());
    if (job->state == JobState::Completed || job->state == JobState::RolledBack) {
        printJob(c.cli, *job);
        return Ok;
    }
    if (!c.cli.json() && ::isatty(STDERR_FILENO))
        printJob(c.cli, *job, &c.cli.err());
    return c.cli.fail(Error::make(
        ErrorCode::NotAllowed,
        Cli::tr("%1 (job %2 is %3: see tenancyctl provision status %4; then provision retry, "
                "resume or rollback)")
            .arg(job->error)
            .arg(job->id)
            .arg(jobStateId(job->state), job->tenantId)));
}

std::optional<Isolation> isolationOption(Context &c, int *status)
{
    if (!c.args.isSet(u"isolation"_s))
        return std::nullopt;
    const QString text = c.args.value(u"isolation"_s);
    auto isolation = isolationFromId(text);
    if (!isolation)
        *status = c.cli.usageError(
            Cli::tr("--isolation must be shared, schema, database or cluster (found \"%1\")")
                .arg(text));
    return isolation;
}

int runProvision(Context &c)
{
    int status = Ok;
    const auto isolation = isolationOption(c, &status);
    if (status != Ok)
        return status;
    const QString id = c.positional.at(0);
    if (c.args.isSet(u"wait"_s))
        return ended(c, c.manager->provision(id, isolation, printer(c.cli)));

    // In the background: a second tenancyctl runs it with --wait; this one reports the job it
    // started and leaves. Checks first, so that a refusal is reported here.
    auto before = c.manager->show(id);
    if (!before)
        return c.cli.fail(before.error());
    if (!c.manager->can(Permission::Provision))
        return c.cli.fail(Error::make(ErrorCode::PermissionDenied,
                                      Cli::tr("operator \"%1\" may not provision tenants")
                                          .arg(c.manager->currentOperator().name)));
    if (before->status != TenantStatus::Pending)
        return c.cli.fail(Error::make(ErrorCode::NotAllowed,
                                      Cli::tr("cannot provision tenant \"%1\": its status is %2, "
                                              "and only pending tenants can be provisioned")
                                          .arg(id, statusId(before->status))));
    qint64 previous = 0;
    if (auto last = c.manager->provisioningJob(id))
        previous = last->id;
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    QStringList arguments = c.cli.arguments().mid(1);
    arguments.removeAll(u"--json"_s);
    arguments.append(u"--wait"_s);
    child.setArguments(arguments);
    child.setStandardInputFile(QProcess::nullDevice());
    child.setStandardOutputFile(QProcess::nullDevice());
    child.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!child.startDetached(&pid))
        return c.cli.fail(
            Error::make(ErrorCode::Unavailable,
                        Cli::tr("cannot start the background run: %1").arg(child.errorString())));
    // Wait for its job to appear (it checks and journals in well under a second).
    for (int i = 0; i < 200; ++i) {
        auto job = c.manager->provisioningJob(id);
        if (job && job->id > previous) {
            if (c.cli.json()) {
                c.cli.printJson(job->toJson());
            } else {
                c.cli.out() << Cli::tr("provisioning %1 in the background: job %2 (process %3)")
                                   .arg(id)
                                   .arg(job->id)
                                   .arg(pid)
                            << '\n'
                            << Cli::tr("follow it with: tenancyctl provision status %1").arg(id)
                            << '\n';
            }
            return Ok;
        }
        QThread::msleep(50);
    }
    return c.cli.fail(Error::make(ErrorCode::Unavailable,
                                  Cli::tr("the background run did not start a job within 10 "
                                          "seconds; run tenancyctl provision %1 --wait to see "
                                          "why")
                                      .arg(id)));
}

int runStatus(Context &c)
{
    auto job = c.manager->provisioningJob(c.positional.at(0));
    if (!job)
        return c.cli.fail(job.error());
    printJob(c.cli, *job);
    return Ok;
}

int runLog(Context &c)
{
    auto lines = c.manager->provisioningLog(c.positional.at(0));
    if (!lines)
        return c.cli.fail(lines.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const ProvisioningLogLine &line : *lines)
            array.append(line.toJson());
        c.cli.printJson(array);
        return Ok;
    }
    for (const ProvisioningLogLine &line : *lines) {
        c.cli.out()
            << toIsoUtc(line.at) << ' ' << line.level.leftJustified(7) << ' '
            << (line.step == 0 ? u"job"_s : stepId(ProvisioningStep(line.step))).leftJustified(19)
            << ' ' << line.message << '\n';
    }
    return Ok;
}

int runRetry(Context &c)
{
    std::optional<int> step;
    if (c.args.isSet(u"step"_s)) {
        auto n = parseCount(c.args.value(u"step"_s), 1, provisioningStepCount);
        if (!n)
            return c.cli.usageError(Cli::tr("--step must be a step number from 1 to %1 (found "
                                            "\"%2\")")
                                        .arg(provisioningStepCount)
                                        .arg(c.args.value(u"step"_s)));
        step = int(*n);
    }
    return ended(c, c.manager->retryProvisioning(c.positional.at(0), step, printer(c.cli)));
}

int runResume(Context &c)
{
    return ended(c, c.manager->resumeProvisioning(c.positional.at(0), printer(c.cli)));
}

int runRollback(Context &c)
{
    return ended(c, c.manager->rollbackProvisioning(c.positional.at(0), printer(c.cli)));
}

int runForce(Context &c)
{
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("provision force: --reason is required"));
    int status = Ok;
    const auto isolation = isolationOption(c, &status);
    if (status != Ok)
        return status;
    return ended(c,
                 c.manager->forceProvisioning(c.positional.at(0), c.args.value(u"reason"_s),
                                              isolation, printer(c.cli)));
}

int runCancel(Context &c)
{
    auto job = c.manager->cancelProvisioning(c.positional.at(0));
    if (!job)
        return c.cli.fail(job.error());
    if (c.cli.json())
        c.cli.printJson(job->toJson());
    else
        c.cli.out() << Cli::tr("asked job %1 to stop; it stops at its next check (see provision "
                               "status %2)")
                           .arg(job->id)
                           .arg(job->tenantId)
                    << '\n';
    return Ok;
}

int runJobs(Context &c)
{
    auto jobs = c.manager->provisioningJobs(!c.args.isSet(u"all"_s));
    if (!jobs)
        return c.cli.fail(jobs.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const ProvisioningJob &job : *jobs)
            array.append(job.toJson());
        c.cli.printJson(array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const ProvisioningJob &job : *jobs) {
        const StepRecord *current = isFinal(job.state) ? nullptr : job.currentStep();
        rows.append({QString::number(job.id), job.tenantId, jobStateId(job.state),
                     isolationId(job.isolation), QString::number(job.succeededSteps()) + u"/6"_s,
                     current ? stepId(current->step) : u"-"_s,
                     job.error.isEmpty() ? u"-"_s : job.error});
    }
    c.cli.printTable({Cli::tr("JOB"), Cli::tr("TENANT"), Cli::tr("STATE"), Cli::tr("ISOLATION"),
                      Cli::tr("DONE"), Cli::tr("STEP"), Cli::tr("REASON")},
                     rows);
    return Ok;
}

void printTenantLine(Context &c, const Tenant &t, const QString &text)
{
    if (c.cli.json())
        c.cli.printJson(t.toJson(false));
    else
        c.cli.out() << text << '\n';
}

int runDeprovision(Context &c)
{
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("deprovision: --reason is required"));
    auto t = c.manager->deprovision(c.positional.at(0), c.args.value(u"reason"_s));
    if (!t)
        return c.cli.fail(t.error());
    printTenantLine(c, *t,
                    Cli::tr("%1 is being deprovisioned: access is suspended; it can be cancelled "
                            "until %2 (the grace period of %3 days), when it may be purged. Its "
                            "final backup is kept %4 days after the purge.")
                        .arg(t->id, toIsoUtc(t->purgeAfter))
                        .arg(TenantManager::gracePeriodDays)
                        .arg(TenantManager::backupRetentionDays));
    return Ok;
}

int runDeprovisionCancel(Context &c)
{
    const QString reason = c.args.isSet(u"reason"_s) ? c.args.value(u"reason"_s)
                                                     : Cli::tr("deprovisioning cancelled");
    auto t = c.manager->cancelDeprovisioning(c.positional.at(0), reason);
    if (!t)
        return c.cli.fail(t.error());
    printTenantLine(
        c, *t,
        Cli::tr("deprovisioning of %1 cancelled; it is %2 again").arg(t->id, statusId(t->status)));
    return Ok;
}

int runPurge(Context &c)
{
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("deprovision purge: --reason is required"));
    auto purged = c.manager->purge(c.positional.at(0), c.args.value(u"reason"_s));
    if (!purged)
        return c.cli.fail(purged.error());
    if (c.cli.json()) {
        c.cli.printJson(purged->certificate);
        return Ok;
    }
    QTextStream &out = c.cli.out();
    out << Cli::tr("purged %1: its data is destroyed").arg(purged->tenant.id) << '\n'
        << Cli::tr("backup: %1 (SHA-256 %2), kept until %3")
               .arg(purged->backupPath, purged->certificate[u"backup"_s][u"sha256"_s].toString(),
                    purged->certificate[u"backup"_s][u"retain_until"_s].toString())
        << '\n';
    if (!purged->certificatePath.isEmpty())
        out << Cli::tr("deletion certificate: %1").arg(purged->certificatePath) << '\n';
    return Ok;
}

int runLegalHold(Context &c)
{
    const QString state = c.positional.value(1);
    if (state != u"on"_s && state != u"off"_s)
        return c.cli.usageError(
            Cli::tr("tenant legal-hold: say on or off (found \"%1\")").arg(state));
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("tenant legal-hold: --reason is required"));
    auto t
        = c.manager->setLegalHold(c.positional.at(0), state == u"on"_s, c.args.value(u"reason"_s));
    if (!t)
        return c.cli.fail(t.error());
    printTenantLine(c, *t,
                    t->legalHold
                        ? Cli::tr("%1 is under a legal hold: it cannot be purged").arg(t->id)
                        : Cli::tr("the legal hold on %1 is lifted").arg(t->id));
    return Ok;
}

int printMaintenance(Cli &cli, const MaintenanceReport &report)
{
    if (cli.json()) {
        cli.printJson(report.toJson());
    } else {
        QTextStream &out = cli.out();
        out << Cli::tr("purged (grace period over): %1")
                   .arg(report.purged.isEmpty() ? u"-"_s : report.purged.join(u", "_s))
            << '\n'
            << Cli::tr("kept (legal hold): %1")
                   .arg(report.held.isEmpty() ? u"-"_s : report.held.join(u", "_s))
            << '\n'
            << Cli::tr("backups removed: %1").arg(report.backupsRemoved.size()) << '\n';
        for (const QString &path : report.backupsRemoved)
            out << "  " << path << '\n';
        out << Cli::tr("past their retention (data governance): %1")
                   .arg(report.retention.isEmpty() ? u"-"_s : QString())
            << '\n';
        for (const RetentionRemoval &r : report.retention)
            out << "  "
                << Cli::tr("%1: %2 %3 older than %4 (%5 days)")
                       .arg(r.tenantId.isEmpty() ? Cli::tr("audit log") : r.tenantId)
                       .arg(r.removed)
                       .arg(r.kind, toIsoUtc(r.before))
                       .arg(r.days)
                << '\n';
        if (!report.retentionHeld.isEmpty())
            out << Cli::tr("data kept (legal hold): %1").arg(report.retentionHeld.join(u", "_s))
                << '\n';
        if (report.checkpoint)
            out << Cli::tr("audit checkpoint: entries up to %1 purged, signed (%2)")
                       .arg(report.checkpoint->seq)
                       .arg(report.checkpoint->hash)
                << '\n';
        if (report.seal)
            out << Cli::tr("audit log sealed: entry %1 (%2)")
                       .arg(report.seal->seq)
                       .arg(report.seal->hash)
                << '\n';
        if (!report.auditNote.isEmpty())
            out << Cli::tr("note: %1").arg(report.auditNote) << '\n';
    }
    for (const Error &e : report.failed)
        cli.err() << "tenancyctl: error: " << e.message << '\n';
    return report.failed.isEmpty() ? Ok : Failed;
}

// The audit key (made on first use) seals the log and signs the retention checkpoint; without
// the keychain, the rest of the maintenance runs all the same and says what it left.
int runMaintenance(Context &c)
{
    Cli *cli = &c.cli;
    TenantManager *manager = c.manager;
    AuditKeys::obtain(c.cli.secretStore(), c.url, true, [cli, manager](Result<QByteArray> key) {
        auto report = manager->runMaintenance(key ? *key : QByteArray());
        if (!report)
            return cli->finish(cli->fail(report.error()));
        if (!key)
            report->auditNote = Cli::tr("the audit log was neither sealed nor purged: %1")
                                    .arg(key.error().message);
        cli->finish(printMaintenance(*cli, *report));
    });
    return Later;
}

void printPlan(QTextStream &out, const UpgradePlan &plan)
{
    out << Cli::tr("%1: %2 -> %3, %4 isolation -> %5")
               .arg(plan.tenant.id, plan.tenant.tier, plan.toTier, isolationId(plan.fromIsolation),
                    isolationId(plan.toIsolation))
        << '\n';
    int n = 0;
    for (const QString &step : plan.steps)
        out << "  " << ++n << ". " << step << '\n';
    if (!plan.changes.isEmpty()) {
        out << Cli::tr("configuration changes (%1):").arg(plan.changes.size()) << '\n';
        for (const ConfigChange &change : plan.changes)
            out << "  " << pointerToDotted(change.pointer) << ": "
                << (change.before.isUndefined() ? u"-"_s : compactJson(change.before)) << " -> "
                << (change.after.isUndefined() ? u"-"_s : compactJson(change.after)) << '\n';
    }
}

std::optional<QString> tierOption(Context &c, const QString &command, int *status)
{
    if (!c.args.isSet(u"to"_s)) {
        *status = c.cli.usageError(Cli::tr("%1: --to TIER is required").arg(command));
        return std::nullopt;
    }
    return c.args.value(u"to"_s);
}

int runUpgradePlan(Context &c)
{
    int status = Ok;
    const auto tier = tierOption(c, u"upgrade plan"_s, &status);
    if (!tier)
        return status;
    auto plan = c.manager->planUpgrade(c.positional.at(0), *tier);
    if (!plan)
        return c.cli.fail(plan.error());
    if (c.cli.json())
        c.cli.printJson(plan->toJson());
    else
        printPlan(c.cli.out(), *plan);
    return Ok;
}

int runUpgradeApply(Context &c)
{
    int status = Ok;
    const auto tier = tierOption(c, u"upgrade apply"_s, &status);
    if (!tier)
        return status;
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("upgrade apply: --reason is required"));
    TenantManager::UpgradeObserver observer;
    if (::isatty(STDERR_FILENO)) {
        observer = [&c](TenantManager::UpgradeStage stage, double, const QString &message) {
            c.cli.err() << u"[%1/%2] %3"_s.arg(int(stage))
                               .arg(TenantManager::upgradeStageCount)
                               .arg(message)
                        << '\n';
            c.cli.err().flush();
        };
    }
    auto done = c.manager->upgrade(c.positional.at(0), *tier, c.args.value(u"reason"_s), observer);
    if (!done)
        return c.cli.fail(done.error());
    if (c.cli.json()) {
        c.cli.printJson(done->toJson());
        return Ok;
    }
    QTextStream &out = c.cli.out();
    out << Cli::tr("%1 is on the %2 tier (%3 isolation, %4)")
               .arg(done->tenant.id, done->tenant.tier, done->tenant.isolation,
                    done->plan.toStorage)
        << '\n';
    if (done->plan.movesData)
        out << Cli::tr("moved %n row(s) from %1", nullptr, int(done->rowsMoved))
                   .arg(done->plan.fromStorage)
            << '\n';
    if (!done->backupPath.isEmpty())
        out << Cli::tr("backup before the move: %1 (SHA-256 %2)")
                   .arg(done->backupPath, done->backupSha256)
            << '\n';
    for (const QString &warning : done->warnings)
        c.cli.err() << "tenancyctl: warning: " << warning << '\n';
    return Ok;
}

Command command(const QStringList &path, const QString &arguments, const QString &summary,
                const QList<QCommandLineOption> &options, int (*run)(Context &))
{
    Command c;
    c.path = path;
    c.arguments = arguments;
    c.positionalCount = arguments.isEmpty() ? 0 : 1;
    c.summary = summary;
    c.options = options;
    c.run = run;
    return c;
}

} // namespace

QList<Command> provisionCommands()
{
    const QCommandLineOption isolation = option(
        u"isolation"_s,
        Cli::tr("shared, schema, database or cluster (default: what its configuration names)"),
        u"LEVEL"_s);
    return {
        command({u"provision"_s}, u"ID"_s,
                Cli::tr("Provision a pending tenant: six journaled steps, in the background "
                        "unless --wait."),
                {isolation,
                 option(u"wait"_s,
                        Cli::tr("run here, printing each step, until it "
                                "ends"))},
                runProvision),
        command({u"provision"_s, u"status"_s}, u"ID"_s,
                Cli::tr("The tenant's provisioning job: its state and each step."), {}, runStatus),
        command({u"provision"_s, u"log"_s}, u"ID"_s,
                Cli::tr("The log of the tenant's provisioning job."), {}, runLog),
        command({u"provision"_s, u"retry"_s}, u"ID"_s,
                Cli::tr("Run a failed job again from the step that failed (or --step N)."),
                {option(u"step"_s, Cli::tr("run again from this step (1-6)"), u"N"_s)}, runRetry),
        command({u"provision"_s, u"resume"_s}, u"ID"_s,
                Cli::tr("Go on with an interrupted or cancelled job from where it stopped."), {},
                runResume),
        command({u"provision"_s, u"rollback"_s}, u"ID"_s,
                Cli::tr("Undo every step the job ran; the tenant is pending again."), {},
                runRollback),
        command({u"provision"_s, u"force"_s}, u"ID"_s,
                Cli::tr("Provision skipping validation (admin; the reason is audited)."),
                {isolation, option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s)}, runForce),
        command({u"provision"_s, u"cancel"_s}, u"ID"_s,
                Cli::tr("Ask the process running the tenant's job to stop."), {}, runCancel),
        command({u"upgrade"_s, u"plan"_s}, u"ID"_s,
                Cli::tr("What a tier change would do: the stages, the isolation, the "
                        "configuration changes. Changes nothing."),
                {option(u"to"_s, Cli::tr("the new tier (required)"), u"TIER"_s)}, runUpgradePlan),
        command({u"upgrade"_s, u"apply"_s}, u"ID"_s,
                Cli::tr("Change the tenant's tier: compatibility, snapshot, migrate, verify, "
                        "switch; rolled back on any failure."),
                {option(u"to"_s, Cli::tr("the new tier (required)"), u"TIER"_s),
                 option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s)},
                runUpgradeApply),
        command({u"deprovision"_s}, u"ID"_s,
                Cli::tr("Start deprovisioning: access suspended, purge possible after %1 days.")
                    .arg(TenantManager::gracePeriodDays),
                {option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s)}, runDeprovision),
        command({u"deprovision"_s, u"cancel"_s}, u"ID"_s,
                Cli::tr("Cancel deprovisioning: the tenant is as it was before."),
                {option(u"reason"_s, Cli::tr("why"), u"TEXT"_s)}, runDeprovisionCancel),
        command({u"deprovision"_s, u"purge"_s}, u"ID"_s,
                Cli::tr("Back up, destroy and certify a deprovisioned tenant's data (before the "
                        "grace period ends: admin)."),
                {option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s)}, runPurge),
        {{u"tenant"_s, u"legal-hold"_s},
         u"ID on|off"_s,
         2,
         Cli::tr("Set or lift a legal hold (compliance, admin); a held tenant cannot be purged."),
         {option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s)},
         Command::Needs::Manager,
         runLegalHold},
        command({u"maintenance"_s, u"run"_s}, {},
                Cli::tr("Purge tenants past their grace period; remove what is past its "
                        "retention (backups, and per tenant usage, security events and audit "
                        "entries, behind a signed checkpoint); seal the audit log (admin)."),
                {}, runMaintenance),
        command({u"provision"_s, u"jobs"_s}, {},
                Cli::tr("The provisioning queue: open jobs (or --all), newest first."),
                {option(u"all"_s, Cli::tr("finished jobs too"))}, runJobs),
    };
}

} // namespace Tenancy::Ctl
