// tenancyctl provision …: journaled provisioning jobs (see Tenancy::Provisioner).
#include "Cli.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? toIsoUtc(time) : u"-"_s;
}

void printJob(Cli &cli, const ProvisioningJob &job)
{
    if (cli.json()) {
        cli.printJson(job.toJson());
        return;
    }
    QTextStream &out = cli.out();
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
                   rows);
    const StepRecord *current = job.currentStep();
    if (job.state == JobState::Failed || job.state == JobState::Interrupted
        || job.state == JobState::Cancelled) {
        out << Cli::tr("next: tenancyctl provision resume %1 (from %2), or provision rollback %1")
                   .arg(job.tenantId, current ? stepId(current->step) : u"-"_s)
            << '\n';
    }
}

// The observer of a foreground run: a line per step change (text mode only).
TenantManager::ProvisioningObserver printer(Cli &cli)
{
    if (cli.json())
        return {};
    return [&cli](const ProvisioningProgress &p) {
        cli.out() << u"[%1/%2] %3"_s.arg(p.step).arg(provisioningStepCount).arg(p.message) << '\n';
        cli.out().flush();
    };
}

// A run's end: the job, and the exit status (failed and cancelled runs fail).
int ended(Context &c, const Result<ProvisioningJob> &job)
{
    if (!job)
        return c.cli.fail(job.error());
    printJob(c.cli, *job);
    if (job->state == JobState::Completed || job->state == JobState::RolledBack)
        return Ok;
    return c.cli.fail(Error::make(ErrorCode::NotAllowed, job->error));
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
        command({u"provision"_s, u"jobs"_s}, {},
                Cli::tr("The provisioning queue: open jobs (or --all), newest first."),
                {option(u"all"_s, Cli::tr("finished jobs too"))}, runJobs),
    };
}

} // namespace Tenancy::Ctl
