#include "Provisioner.h"

#include "ClusterOrchestrator.h"
#include "Failpoints.h"
#include "Logging.h"
#include "TenantStorage.h"
#include "model/TenantValidation.h"
#include "settings/SharedSettings.h"
#include "store/AuditLog.h"
#include "store/ProvisioningRepository.h"
#include "store/TenantRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// The start time of a process (clock ticks since boot, field 22 of /proc/PID/stat): with the
// pid it names one process, even after the pid is reused.
QString processStart(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    // The command name (field 2) may hold spaces; count fields after its closing parenthesis.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // After ")": state is field 3, so start time (22) is index 22 - 3 = 19. A zombie (killed,
    // not yet reaped by its parent) runs no more.
    if (fields.size() <= 19 || fields.at(0) == "Z" || fields.at(0) == "X")
        return {};
    return QString::fromLatin1(fields.at(19));
}

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isUndefined() || value.isNull())
        return u"null"_s;
    // A scalar: as a one-element array, without the brackets.
    const QString text
        = QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
    return text.mid(1, text.size() - 2);
}

// A check of sql/tenant-checks.json: how many rows of its tables (summed) meet where.
struct Check
{
    QString name;
    QStringList tables;
    QString where;
    qint64 expect = 0;
    bool isolatedOnly = false;
};

Result<QList<Check>> parseChecks(const QByteArray &json)
{
    const auto bad = [](const QString &what) {
        return Error::make(ErrorCode::Catalog, u"sql/tenant-checks.json: "_s + what);
    };
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return bad(parseError.errorString());
    QStringList known;
    for (const QJsonValue &table : root.value(u"tables"_s).toArray())
        known.append(table.toString());
    QList<Check> checks;
    const QJsonArray array = root.value(u"checks"_s).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Check check {o.value(u"name"_s).toString(),
                     {},
                     o.value(u"where"_s).toString(),
                     o.value(u"expect"_s).toInteger(-1),
                     o.value(u"isolated_only"_s).toBool()};
        const QString which = u"check %1 (\"%2\")"_s.arg(i + 1).arg(check.name);
        if (check.name.isEmpty())
            return bad(u"check %1 has no name"_s.arg(i + 1));
        if (o.value(u"table"_s).isString())
            check.tables.append(o.value(u"table"_s).toString());
        for (const QJsonValue &table : o.value(u"tables"_s).toArray())
            check.tables.append(table.toString());
        if (check.tables.isEmpty())
            return bad(which + u": names no table (table or tables)"_s);
        for (const QString &table : std::as_const(check.tables)) {
            if (!known.contains(table))
                return bad(which
                           + u": table \"%1\" is not one of tenant.sql's (%2)"_s.arg(
                               table, known.join(u", "_s)));
        }
        if (check.where.trimmed().isEmpty())
            return bad(which + u": has no condition (where)"_s);
        if (check.expect < 0)
            return bad(which + u": expect must be a count (0 or more)"_s);
        checks.append(check);
    }
    if (checks.isEmpty())
        return bad(u"holds no checks"_s);
    return checks;
}

// Read once: the file is built in.
const Result<QList<Check>> &loadChecks()
{
    static const Result<QList<Check>> checks = []() -> Result<QList<Check>> {
        QFile file(u":/tenancy/sql/tenant-checks.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Catalog,
                               Provisioner::tr("the storage checks (sql/tenant-checks.json) are "
                                               "missing from this build"));
        return parseChecks(file.readAll());
    }();
    return checks;
}

// One check's count: a subquery per table, summed.
QString checkCount(const Check &check, const QString &prefix)
{
    QStringList terms;
    for (const QString &table : check.tables)
        terms.append(u"(SELECT count(*) FROM "_s + prefix + table + u" WHERE "_s + check.where
                     + u')');
    return terms.join(u" + "_s);
}

// All the checks as one SELECT with a column per check.
// PostgreSQL reads each table once: a table's conditions are its subquery's filtered counts,
// over the rows that meet any of them (so that in shared tables, where every condition names
// the tenant, only its rows are read, by index), and a check's column sums its tables' counts;
// that plans and runs in half the time of a subquery per check.
// SQLite would build a temporary table for each such subquery (and its page cache, each time):
// there, a subquery per check, which it runs in place.
QString checksStatement(const QList<Check> &checks, const QString &prefix, Backend backend)
{
    QStringList columns; // per check
    if (backend != Backend::Postgres) {
        for (const Check &check : checks)
            columns.append(checkCount(check, prefix));
        return u"SELECT "_s + columns.join(u", "_s);
    }
    QStringList tables;
    QList<QStringList> counts; // per table
    QList<QStringList> wheres; // per table
    for (const Check &check : checks) {
        QStringList terms;
        for (const QString &table : check.tables) {
            qsizetype t = tables.indexOf(table);
            if (t < 0) {
                t = tables.size();
                tables.append(table);
                counts.append(QStringList());
                wheres.append(QStringList());
            }
            const QString alias = u"c%1"_s.arg(counts[t].size());
            counts[t].append(u"count(*) FILTER (WHERE "_s + check.where + u") AS "_s + alias);
            wheres[t].append(u'(' + check.where + u')');
            terms.append(u"t%1."_s.arg(t) + alias);
        }
        columns.append(terms.join(u" + "_s));
    }
    QStringList from;
    for (qsizetype t = 0; t < tables.size(); ++t)
        from.append(u"(SELECT "_s + counts[t].join(u", "_s) + u" FROM "_s + prefix + tables[t]
                    + u" WHERE "_s + wheres[t].join(u" OR "_s) + u") AS t%1"_s.arg(t));
    return u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + from.join(u", "_s);
}

} // namespace

Provisioner::Provisioner(Context context)
    : m_context(std::move(context))
{ }

Provisioner::~Provisioner() = default;

QString Provisioner::runnerId()
{
    // The same for the whole life of the process (made again in a forked child); every job
    // asks, so it is made once.
    struct Made
    {
        qint64 pid = 0;
        QString id;
    };
    static QMutex mutex;
    static Made made;
    const qint64 pid = ::getpid();
    QMutexLocker lock(&mutex);
    if (made.pid != pid)
        made = {pid, u"%1:%2:%3"_s.arg(QHostInfo::localHostName()).arg(pid).arg(processStart(pid))};
    return made.id;
}

bool Provisioner::runnerAlive(const QString &runner, const QDateTime &heartbeat,
                              const QDateTime &now)
{
    const QStringList parts = runner.split(u':');
    if (parts.size() != 3)
        return false;
    if (parts.at(0) == QHostInfo::localHostName()) {
        const QString start = processStart(parts.at(1).toLongLong());
        return !start.isEmpty() && start == parts.at(2);
    }
    return heartbeat.isValid() && heartbeat.secsTo(now) < heartbeatStaleSeconds;
}

QList<Isolation> Provisioner::offeredIsolation(const Tier &tier)
{
    if (tier.infrastructure == u"dedicated_cluster"_s)
        return {Isolation::Database, Isolation::Cluster};
    if (tier.infrastructure == u"dedicated"_s)
        return {Isolation::Schema, Isolation::Database};
    return {Isolation::Shared, Isolation::Schema};
}

bool Provisioner::cancelled(const ProvisioningJob &job, bool betweenSteps)
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        return true;
    // Another process (the console, a second tenancyctl) asks through the job's row. Between
    // steps, the journal entry just written read it; inside a step, read it at most every half
    // second.
    if (betweenSteps)
        return m_cancelRequested;
    if (m_sinceCancelCheck.isValid() && m_sinceCancelCheck.elapsed() < 500)
        return false;
    m_sinceCancelCheck.start();
    auto requested = ProvisioningRepository(m_context.db).cancelRequested(job.id);
    return requested && *requested;
}

void Provisioner::report(const ProvisioningJob &job, int step, double withinStep,
                         const QString &message)
{
    if (!m_progress)
        return;
    ProvisioningProgress p;
    p.jobId = job.id;
    p.tenantId = job.tenantId;
    p.step = step;
    p.fraction = std::clamp(((step - 1) + withinStep) / provisioningStepCount, 0.0, 1.0);
    p.message = message;
    m_progress(p);
}

Result<void> Provisioner::journal(ProvisioningJob &job, const std::function<Result<void>()> &body)
{
    ProvisioningRepository jobs(m_context.db);
    m_flushedInEntry.clear();
    job.heartbeatAt = m_context.clock.now();
    // First the records that changed since the last entry (see run()): whatever this entry is.
    const QList<int> deferred = m_deferred;
    const auto withDeferred = [&]() -> Result<void> {
        for (int step : deferred) {
            if (auto r = saveStep(job, ProvisioningStep(step)); !r)
                return r;
        }
        return body();
    };
    Result<void> written;
    if (m_context.db.queues()) {
        // PostgreSQL: the body's work goes to the server as it is queued; the entry's own
        // writes (heartbeat, steps, lines) follow as one call, which takes the job's row and
        // reads whether a cancel was asked for: begin() wrote a step's start only if none was.
        // One message with the COMMIT, unless the body had to ask the server something.
        m_entry.emplace(job.id, job.heartbeatAt);
        m_cancelKnown = false;
        QVariantList entry; // filled at the body's end, read by writeThenRead() after it
        auto row = m_context.db.writeThenRead(
            [&]() -> Result<void> {
                if (auto r = withDeferred(); !r)
                    return r;
                if (auto r = flushLog(job); !r)
                    return r;
                entry = m_entry->values();
                return {};
            },
            JournalEntry::sql(), entry);
        m_entry.reset();
        if (row)
            m_cancelRequested = !row->isEmpty() && row->first().toInt() != 0;
        else
            written = row.error();
    } else {
        // SQLite: the heartbeat first: it takes the write lock, so whether a cancel was asked
        // for stays as it is until the commit, and is known at once.
        written = m_context.db.write([&]() -> Result<void> {
            auto cancel = jobs.heartbeat(job.id, job.heartbeatAt);
            if (!cancel)
                return cancel.error();
            m_cancelKnown = true;
            m_cancelRequested = *cancel;
            if (auto r = withDeferred(); !r)
                return r;
            return flushLog(job);
        });
    }
    if (!written) {
        // Nothing of it was written: its lines (the earlier ones and the body's) go with the
        // next entry.
        m_pendingLog = m_flushedInEntry + m_pendingLog;
        m_flushedInEntry.clear();
        return written;
    }
    m_deferred.clear();
    m_sinceCancelCheck.start();
    return {};
}

Result<void> Provisioner::saveStep(ProvisioningJob &job, ProvisioningStep step)
{
    if (m_entry) {
        m_entry->step(job.steps[int(step) - 1], false);
        return {};
    }
    return ProvisioningRepository(m_context.db).updateStep(job.id, job.steps[int(step) - 1]);
}

ProvisioningLogLine Provisioner::line(const ProvisioningJob &job, int step, const QString &level,
                                      const QString &message) const
{
    qCInfo(lcTenants).noquote() << "job" << job.id << job.tenantId << "step" << step << level
                                << message;
    ProvisioningLogLine line;
    line.jobId = job.id;
    line.step = step;
    line.at = m_context.clock.now();
    line.level = level;
    line.message = message;
    return line;
}

Result<void> Provisioner::log(ProvisioningJob &job, int step, const QString &level,
                              const QString &message)
{
    // Written with the next journal entry, in its transaction (a commit per line would cost
    // more than the step).
    m_pendingLog.append(line(job, step, level, message));
    return {};
}

Result<void> Provisioner::flushLog(const ProvisioningJob &job)
{
    if (m_entry)
        m_entry->lines(m_pendingLog, false);
    else if (auto r = ProvisioningRepository(m_context.db).appendLog(job.id, m_pendingLog); !r)
        return r;
    m_flushedInEntry.append(m_pendingLog);
    m_pendingLog.clear();
    return {};
}

Result<void> Provisioner::finish(ProvisioningJob &job, JobState state, const QString &error,
                                 std::optional<TenantStatus> tenantTo, const QString &action)
{
    const QDateTime now = m_context.clock.now();
    job.state = state;
    job.error = error;
    job.updatedAt = now;
    if (isFinal(state))
        job.finishedAt = now;
    job.runner.clear();
    job.cancelRequested = false;
    if (auto r = ProvisioningRepository(m_context.db).update(job); !r)
        return r;
    if (!tenantTo)
        return {};
    TenantRepository tenants(m_context.db);
    // Moves the tenant on from before; false when it is no longer as before (its version).
    const auto move = [&](const Tenant &before) -> Result<bool> {
        Tenant after = before;
        after.status = *tenantTo;
        if (*tenantTo == TenantStatus::Active)
            after.isolation = isolationId(job.isolation);
        after.updatedAt = now;
        after.updatedBy = m_context.operatorName;
        auto ok = tenants.update(after, before.version);
        if (!ok || !*ok)
            return ok;
        after.version = before.version + 1;
        AuditEntry entry;
        entry.at = now;
        entry.operatorName = m_context.operatorName;
        entry.role = m_context.role;
        entry.action = action;
        entry.tenantId = job.tenantId;
        entry.reason = error.isEmpty() ? job.reason : error;
        entry.before = before.toJson(false);
        QJsonObject afterJson = after.toJson(false);
        afterJson.insert(u"job"_s, job.id);
        entry.after = afterJson;
        if (auto r = AuditLog(m_context.db).append(entry); !r)
            return r.error();
        if (m_subject && m_subject->tenant.id == job.tenantId)
            m_subject->tenant = after;
        return true;
    };
    // The tenant as this run saw it (its subject) is most often as it still is: moving it on
    // at that version spares reading it first. Had it changed since, it is read afresh.
    if (m_subject && m_subject->tenant.id == job.tenantId && m_subject->tenant.status != *tenantTo
        && canMove(m_subject->tenant.status, *tenantTo)) {
        auto moved = move(m_subject->tenant);
        if (!moved)
            return moved.error();
        if (*moved)
            return {};
    }
    auto found = tenants.find(job.tenantId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(ErrorCode::NotFound, tr("no tenant with id \"%1\"").arg(job.tenantId));
    const Tenant before = **found;
    if (before.status == *tenantTo)
        return {};
    if (!canMove(before.status, *tenantTo))
        return Error::make(ErrorCode::NotAllowed,
                           tr("tenant \"%1\" is %2, which cannot become %3")
                               .arg(job.tenantId, statusId(before.status), statusId(*tenantTo)));
    auto moved = move(before);
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::make(ErrorCode::Conflict,
                           tr("tenant \"%1\" changed while its job ran").arg(job.tenantId));
    return {};
}

Result<ProvisioningJob> Provisioner::run(ProvisioningJob job, int from, const Progress &progress,
                                         const std::atomic_bool *cancel)
{
    m_progress = progress;
    m_cancel = cancel;
    m_sinceCancelCheck.start(); // job.cancelRequested was just read
    m_subject.reset();
    m_pendingLog.clear();
    m_deferred.clear();
    m_reportedStart = 0;
    m_cancelRequested = job.cancelRequested;
    // PostgreSQL: a journal entry costs the server about as much as a step's own statements, so
    // the steps that run on the journal's connection run on in one entry (allocation,
    // configuration and integration: one transaction, one message), and the end of a step whose
    // work ran elsewhere (validation, verification) waits for the next entry. Whole or not at
    // all, as each entry is. Step by step while a failpoint is set, so that the kill -9 tests
    // stop the run where they say.
    m_chain = m_context.db.queues() && !Failpoints::anySet(u"provision.batch."_s);
    bool startedWithPrevious = false; // this step's start was journaled with the last one's end
    for (int n = std::max(1, from); n <= provisioningStepCount; ++n) {
        const auto step = ProvisioningStep(n);
        StepRecord &record = job.steps[n - 1];
        if (record.status == StepStatus::Succeeded || record.status == StepStatus::Skipped)
            continue;
        // Before: the step is running (its attempt counted) — a crash from here on leaves
        // that in the journal. Written with the previous step's end when that just ran; not
        // written when a cancel is asked for.
        if (!startedWithPrevious && m_chain
            && (step == ProvisioningStep::Validation || step == ProvisioningStep::Verification)
            && !cancelled(job, true)) {
            // A step that changes nothing (it reads and checks) starts in memory: its start is
            // written with its end, in the next entry. A crash before that leaves it as it was,
            // and a resume runs it again.
            if (auto r = begin(job, step, false, true); !r)
                return r.error();
            startedWithPrevious = true;
        }
        if (!startedWithPrevious) {
            bool started = false;
            if (!cancelled(job, true)) {
                const StepRecord before = record;
                auto r = journal(job, [&]() { return begin(job, step); });
                if (!r)
                    return r.error();
                started = !m_cancelRequested;
                if (!started)
                    record = before;
            }
            if (!started) {
                auto r = journal(job, [&]() -> Result<void> {
                    if (auto l
                        = log(job, n, u"warning"_s, tr("cancelled before %1").arg(stepTitle(step)));
                        !l)
                        return l;
                    return finish(job, JobState::Cancelled,
                                  tr("cancelled before %1").arg(stepTitle(step)),
                                  TenantStatus::Failed, u"provisioning.cancel"_s);
                });
                if (!r)
                    return r.error();
                report(job, n, 0, tr("Cancelled"));
                return job;
            }
        }
        startedWithPrevious = false;
        if (m_reportedStart != n)
            report(job, n, 0, stepTitle(step));
        m_reportedStart = 0;
        Result<void> done = Failpoints::hit(u"provision.%1.before"_s.arg(stepId(step)));
        // Work on the journal's own connection commits with the step's end.
        const bool withEnd = done && joinsJournal(job, step);
        if (done && !withEnd)
            done = execute(job, step);
        if (done && step != ProvisioningStep::Activation) {
            const int next = nextToRun(job, n + 1);
            bool defer = !withEnd && next <= provisioningStepCount && chains(job, next)
                && !cancelled(job, true);
            if (defer && next == int(ProvisioningStep::Activation)) {
                // No entry reads whether a cancel was asked for before activation, which no
                // cancel undoes: read it now.
                m_sinceCancelCheck.invalidate();
                defer = !cancelled(job, false);
            }
            if (defer) {
                // The end of this step and the next one's start go with the next step's entry,
                // which holds its work (or activation's): one entry fewer. A crash before that
                // leaves this step running, and a resume runs it again.
                if (auto r = end(job, step, true); !r)
                    return r.error();
                if (auto r = begin(job, ProvisioningStep(next), false, true); !r)
                    return r.error();
                report(job, n, 1, tr("%1 done").arg(stepTitle(step)));
                startedWithPrevious = true;
                continue;
            }
            // The step's end and, in the same transaction, the next step's start (one commit
            // between steps): unless a cancel was asked for, which the next pass then handles.
            // Steps after it that run on the journal's connection run on in the same entry
            // (chained), their starts then written whatever a cancel says.
            const StepRecord before = record;
            const QList<ProvisioningLogLine> logBefore = m_pendingLog;
            QList<StepRecord> beforeChain; // as they were: the chained steps, then the one begun
            int begun = 0; // the step begun at the entry's end
            int reported = 0; // the last step whose start was reported in the entry
            QList<int> doneReported; // steps whose end was reported in the entry
            Result<void> work;
            auto ended = journal(job, [&]() -> Result<void> {
                if (withEnd) {
                    work = execute(job, step);
                    if (!work)
                        return work;
                }
                if (auto r = end(job, step); !r)
                    return r;
                for (int m = next, last = n;;) {
                    if (m > provisioningStepCount || cancelled(job, true))
                        return {};
                    const auto further = ProvisioningStep(m);
                    bool chained
                        = withEnd && chains(job, m) && further != ProvisioningStep::Activation;
                    if (chained) {
                        // Said as it goes (an observer may ask for a cancel on a step's start).
                        report(job, last, 1, tr("%1 done").arg(stepTitle(ProvisioningStep(last))));
                        doneReported.append(last);
                        report(job, m, 0, stepTitle(further));
                        reported = m;
                        chained = !cancelled(job, true); // the report may have asked for it
                    }
                    beforeChain.append(job.steps[m - 1]);
                    if (auto r = begin(job, further, !chained); !r)
                        return r;
                    if (!chained) {
                        begun = m;
                        return {};
                    }
                    if (work = execute(job, further); !work)
                        return work;
                    if (auto r = end(job, further); !r)
                        return r;
                    if (auto r = Failpoints::hit(u"provision.batch.inside"_s); !r)
                        return r;
                    last = m;
                    m = nextToRun(job, m + 1);
                }
            });
            const qsizetype chainedCount = beforeChain.size() - (begun ? 1 : 0);
            if (ended) {
                QList<int> ran {n};
                for (const StepRecord &chained : beforeChain.first(chainedCount))
                    ran.append(int(chained.step));
                for (int m : ran) {
                    if (!doneReported.contains(m))
                        report(job, m, 1, tr("%1 done").arg(stepTitle(ProvisioningStep(m))));
                }
                if (begun) {
                    // Not begun after all when a cancel was asked for: the next pass ends the
                    // job.
                    startedWithPrevious = !m_cancelRequested;
                    if (!startedWithPrevious)
                        job.steps[begun - 1] = beforeChain.last();
                    else if (reported == begun)
                        m_reportedStart = begun;
                }
                if (auto r = Failpoints::hit(u"provision.%1.after"_s.arg(stepId(step))); !r)
                    return r.error();
                continue;
            }
            // The step's work rolled back with its end: the step failed; or, with steps chained
            // after it, one of them did (or the entry could not be written): they run again one
            // at a time, which says which.
            record = before;
            for (const StepRecord &was : beforeChain)
                job.steps[int(was.step) - 1] = was;
            if (chainedCount > 0) {
                m_pendingLog = logBefore;
                m_chain = false;
                startedWithPrevious = true; // this step's start is journaled (or deferred)
                --n;
                continue;
            }
            if (!withEnd)
                return ended.error();
            // What the step's work and end said went with them: the reason says what happened.
            m_pendingLog = logBefore;
            done = work ? ended : work;
        }
        if (done) {
            report(job, n, 1, tr("Active"));
            return job; // activation wrote its own end, with the job's
        }

        // Failed (or cancelled inside the step): say why, in the step and the job.
        const Error &error = done.error();
        const bool wasCancelled = error.code == ErrorCode::Cancelled;
        const QString reason = wasCancelled
            ? tr("cancelled during %1").arg(stepTitle(step))
            : tr("%1 failed: %2").arg(stepTitle(step), error.message);
        auto failed = journal(job, [&]() -> Result<void> {
            record.status = StepStatus::Failed;
            record.finishedAt = m_context.clock.now();
            record.error = wasCancelled ? tr("cancelled") : error.message;
            if (auto r = saveStep(job, step); !r)
                return r;
            if (auto r = log(job, n, wasCancelled ? u"warning"_s : u"error"_s, reason); !r)
                return r;
            return finish(job, wasCancelled ? JobState::Cancelled : JobState::Failed, reason,
                          TenantStatus::Failed,
                          wasCancelled ? u"provisioning.cancel"_s : u"provisioning.fail"_s);
        });
        if (!failed)
            return failed.error();
        report(job, n, 0, reason);
        return job;
    }
    // Nothing left to run (every step had succeeded): make sure the job says so.
    if (job.state != JobState::Completed) {
        auto r = journal(job, [&]() {
            return finish(job, JobState::Completed, {}, TenantStatus::Active, u"tenant.activate"_s);
        });
        if (!r)
            return r.error();
    }
    return job;
}

int Provisioner::nextToRun(const ProvisioningJob &job, int from)
{
    int n = from;
    while (n <= provisioningStepCount
           && (job.steps[n - 1].status == StepStatus::Succeeded
               || job.steps[n - 1].status == StepStatus::Skipped))
        ++n;
    return n;
}

Result<void> Provisioner::begin(ProvisioningJob &job, ProvisioningStep step, bool unlessCancelled,
                                bool deferred)
{
    if (unlessCancelled && !deferred && m_cancelKnown && m_cancelRequested)
        return {}; // not begun: the caller sees m_cancelRequested
    StepRecord &record = job.steps[int(step) - 1];
    record.status = StepStatus::Running;
    record.attempts += 1;
    record.startedAt = m_context.clock.now();
    record.finishedAt = QDateTime();
    record.error.clear();
    const QString started = record.attempts == 1
        ? tr("%1 started").arg(stepTitle(step))
        : tr("%1 started (attempt %2)").arg(stepTitle(step)).arg(record.attempts);
    if (deferred) {
        if (!m_deferred.contains(int(step)))
            m_deferred.append(int(step));
        return log(job, int(step), u"info"_s, started);
    }
    if (!m_entry) {
        // SQLite: whether a cancel is asked for is known (see journal()).
        if (auto r = saveStep(job, step); !r)
            return r;
        return log(job, int(step), u"info"_s, started);
    }
    // PostgreSQL: after the lines before it; both only while no cancel is asked for (unless
    // the step's work follows in the same entry), which the entry's call at its end says (see
    // journal()).
    if (auto r = flushLog(job); !r)
        return r;
    m_entry->step(record, unlessCancelled);
    m_entry->lines({line(job, int(step), u"info"_s, started)}, unlessCancelled);
    return {};
}

Result<void> Provisioner::end(ProvisioningJob &job, ProvisioningStep step, bool deferred)
{
    StepRecord &record = job.steps[int(step) - 1];
    record.status = StepStatus::Succeeded;
    record.finishedAt = m_context.clock.now();
    if (!deferred) {
        if (auto r = saveStep(job, step); !r)
            return r;
    } else if (!m_deferred.contains(int(step))) {
        m_deferred.append(int(step));
    }
    return log(job, int(step), u"info"_s, tr("%1 done").arg(stepTitle(step)));
}

bool Provisioner::chains(const ProvisioningJob &job, int step)
{
    if (!m_chain)
        return false;
    const auto s = ProvisioningStep(step);
    return s == ProvisioningStep::Activation || joinsJournal(job, s);
}

Result<ProvisioningJob> Provisioner::rollback(ProvisioningJob job, const Progress &progress,
                                              const std::atomic_bool *cancel)
{
    m_progress = progress;
    m_cancel = cancel;
    m_sinceCancelCheck.invalidate();
    m_subject.reset();
    m_pendingLog.clear();
    m_deferred.clear();
    m_cancelRequested = job.cancelRequested;
    for (int n = provisioningStepCount; n >= 1; --n) {
        const auto step = ProvisioningStep(n);
        StepRecord &record = job.steps[n - 1];
        if (record.status == StepStatus::Pending || record.status == StepStatus::Compensated
            || record.status == StepStatus::Skipped)
            continue;
        if (cancelled(job, true)) {
            auto r = journal(job, [&]() -> Result<void> {
                if (auto l = log(job, n, u"warning"_s, tr("roll-back cancelled")); !l)
                    return l;
                return finish(job, JobState::Cancelled, tr("roll-back cancelled"), std::nullopt,
                              {});
            });
            if (!r)
                return r.error();
            return job;
        }
        auto started = journal(job, [&]() -> Result<void> {
            record.status = StepStatus::Compensating;
            if (auto r = saveStep(job, step); !r)
                return r;
            return log(job, n, u"info"_s, tr("undoing %1").arg(stepTitle(step)));
        });
        if (!started)
            return started.error();
        report(job, n, 0, tr("Undoing %1").arg(stepTitle(step)));
        Result<void> undone = Failpoints::hit(u"rollback.%1.inside"_s.arg(stepId(step)));
        if (undone)
            undone = compensate(job, step);
        if (!undone) {
            const QString reason
                = tr("undoing %1 failed: %2").arg(stepTitle(step), undone.error().message);
            auto failed = journal(job, [&]() -> Result<void> {
                record.status = StepStatus::Failed;
                record.error = undone.error().message;
                if (auto r = saveStep(job, step); !r)
                    return r;
                if (auto r = log(job, n, u"error"_s, reason); !r)
                    return r;
                return finish(job, JobState::Failed, reason, std::nullopt, {});
            });
            if (!failed)
                return failed.error();
            return job;
        }
        auto ended = journal(job, [&]() -> Result<void> {
            record.status = StepStatus::Compensated;
            record.finishedAt = m_context.clock.now();
            if (auto r = saveStep(job, step); !r)
                return r;
            return log(job, n, u"info"_s, tr("%1 undone").arg(stepTitle(step)));
        });
        if (!ended)
            return ended.error();
    }
    auto r = journal(job, [&]() -> Result<void> {
        if (auto l = log(job, 0, u"info"_s, tr("rolled back; the tenant is pending again")); !l)
            return l;
        return finish(job, JobState::RolledBack, {}, TenantStatus::Pending,
                      u"provisioning.rollback"_s);
    });
    if (!r)
        return r.error();
    report(job, 1, 0, tr("Rolled back"));
    return job;
}

bool Provisioner::joinsJournal(const ProvisioningJob &job, ProvisioningStep step)
{
    if (job.isolation == Isolation::Cluster
        || (step != ProvisioningStep::ResourceAllocation && step != ProvisioningStep::Configuration
            && step != ProvisioningStep::Integration))
        return false;
    auto store = storage(job);
    return store && (*store)->joinsMain();
}

Result<TenantStorage *> Provisioner::storage(const ProvisioningJob &job)
{
    if (!m_storage || m_storage->tenantId() != job.tenantId
        || m_storage->isolation() != job.isolation) {
        auto opened = TenantStorage::open(m_context.db, job.tenantId, job.isolation);
        if (!opened)
            return opened.error();
        m_storage = std::move(opened).value();
    }
    return m_storage.get();
}

Result<std::unique_ptr<ClusterOrchestrator>> Provisioner::orchestrator(const ProvisioningJob &job)
{
    auto options = ClusterOrchestrator::configured(m_context.db);
    if (!options)
        return options.error();
    return std::make_unique<ClusterOrchestrator>(*options,
                                                 [this, job]() { return cancelled(job); });
}

Result<void> Provisioner::checkHealth(ProvisioningJob &job, const QUrl &clusterHealth)
{
    const int n = int(ProvisioningStep::Verification);
    QUrl url = clusterHealth;
    int timeoutMs = 10'000;
    auto stored = SharedSettings::load(m_context.db);
    if (!stored)
        return stored.error();
    using S = SharedSettings;
    timeoutMs = 1000 * S::number(*stored, QString::fromLatin1(S::orchestratorRequestTimeout));
    if (url.isEmpty()) {
        QString configured = S::value(*stored, QString::fromLatin1(S::healthUrl));
        if (configured.isEmpty())
            return {};
        url = QUrl(configured.replace(u"{tenant}"_s, job.tenantId));
    }
    if (auto r = ClusterOrchestrator::checkHealth(url, timeoutMs,
                                                  [this, &job]() { return cancelled(job); });
        !r)
        return r;
    return log(job, n, u"info"_s,
               tr("the health check %1 answered").arg(url.toString(QUrl::RemoveUserInfo)));
}

Result<Provisioner::Subject> Provisioner::subject(const QString &tenantId)
{
    // Read once a run: the tenant's configuration does not change while its job runs (it is
    // provisioning, and edits go to active tenants).
    if (m_subject && m_subject->tenant.id == tenantId)
        return *m_subject;
    auto found = m_context.subject(tenantId);
    if (!found)
        return found.error();
    m_subject = *found;
    return found;
}

QList<std::pair<QString, QJsonValue>> Provisioner::settingsOf(const QJsonObject &document)
{
    const QJsonObject configuration = document.value(u"configuration"_s).toObject();
    const QJsonObject security = configuration.value(u"security"_s).toObject();
    QList<std::pair<QString, QJsonValue>> settings;
    for (const QString &key :
         {u"password_policy"_s, u"mfa_config"_s, u"encryption"_s, u"session"_s, u"lockout"_s})
        settings.append({u"security."_s + key, security.value(key)});
    for (const QString &key : {u"features"_s, u"limits"_s, u"ai_configuration"_s, u"compliance"_s})
        settings.append({key, configuration.value(key)});
    return settings;
}

namespace {

// INSERT INTO into VALUES (…) for rows (each a row's values, all as long), queued.
Result<void> insertRows(Database &db, const QString &into, const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    const QString tuple = u"("_s + QStringList(rows.first().size(), u"?"_s).join(u", "_s) + u')';
    if (!db.queues()) {
        // SQLite runs a single-row INSERT without the statement journal a multi-row one needs.
        for (const QVariantList &row : rows) {
            if (auto r = db.queue(u"INSERT INTO "_s + into + u" VALUES "_s + tuple, row); !r)
                return r;
        }
        return {};
    }
    // PostgreSQL: one statement for all rows (parsed, planned and run once).
    QVariantList values;
    for (const QVariantList &row : rows)
        values.append(row);
    return db.queue(u"INSERT INTO "_s + into + u" VALUES "_s
                        + QStringList(rows.size(), tuple).join(u", "_s),
                    values);
}

} // namespace

Result<void> Provisioner::writeSettings(TenantStorage &storage, const QString &tenantId,
                                        const QList<std::pair<QString, QJsonValue>> &settings)
{
    return storage.transaction([&](Database &db, const QString &prefix) -> Result<void> {
        if (auto r
            = db.queue(u"DELETE FROM %1settings WHERE tenant_id = ?"_s.arg(prefix), {tenantId});
            !r)
            return r;
        QList<QVariantList> rows;
        for (const auto &[key, value] : settings)
            rows.append({tenantId, key, compact(value)});
        return insertRows(db, prefix + u"settings (tenant_id, key, value)"_s, rows);
    });
}

QList<Provisioner::IntegrationRow> Provisioner::integrationsOf(const QJsonObject &document)
{
    const QJsonObject monitoring = document.value(u"monitoring"_s).toObject();
    const QJsonObject integrations
        = document.value(u"configuration"_s).toObject().value(u"integrations"_s).toObject();
    QList<IntegrationRow> rows {
        {u"monitoring"_s, u"metrics"_s, monitoring.value(u"metrics"_s)},
        {u"logging"_s, u"logs"_s, monitoring.value(u"logging"_s)},
        {u"alerting"_s, u"alerts"_s, monitoring.value(u"alerting"_s)},
    };
    int index = 0;
    for (const QJsonValue &hook : integrations.value(u"webhooks"_s).toArray()) {
        QString name = hook.toObject().value(u"url"_s).toString();
        if (name.isEmpty())
            name = u"webhook-%1"_s.arg(++index);
        rows.append({u"webhook"_s, name, hook});
    }
    for (const QJsonValue &provider : integrations.value(u"providers"_s).toArray()) {
        const QString name = provider.isString() ? provider.toString()
                                                 : provider.toObject().value(u"name"_s).toString();
        if (!name.isEmpty())
            rows.append({u"provider"_s, name, provider});
    }
    return rows;
}

Result<void> Provisioner::writeIntegrations(TenantStorage &storage, const QString &tenantId,
                                            const QList<IntegrationRow> &rows)
{
    return storage.transaction([&](Database &db, const QString &prefix) -> Result<void> {
        if (auto r
            = db.queue(u"DELETE FROM %1integrations WHERE tenant_id = ?"_s.arg(prefix), {tenantId});
            !r)
            return r;
        QList<QVariantList> values;
        for (const IntegrationRow &row : rows)
            values.append({tenantId, row.kind, row.name, compact(row.config)});
        return insertRows(db, prefix + u"integrations (tenant_id, kind, name, config)"_s, values);
    });
}

Result<int> Provisioner::runChecks(TenantStorage &storage, const QString &tenantId,
                                   const std::function<bool()> &cancelled)
{
    const auto &loaded = loadChecks();
    if (!loaded)
        return loaded.error();
    QList<Check> checks;
    for (const Check &check : *loaded) {
        if (!check.isolatedOnly || storage.isolation() != Isolation::Shared)
            checks.append(check);
    }
    const auto valuesOf = [&](const QString &sql) {
        return QVariantList(sql.count(u'?'), tenantId);
    };
    if (cancelled && cancelled())
        return Error::make(ErrorCode::Cancelled, tr("cancelled"));
    QList<qint64> found;
    auto ran = storage.read([&](Database &db, const QString &prefix) -> Result<void> {
        const QString sql = checksStatement(checks, prefix, db.backend());
        auto q = db.exec(sql, valuesOf(sql));
        if (!q) {
            // Which check cannot run: each alone.
            for (const Check &check : checks) {
                const QString one = u"SELECT "_s + checkCount(check, prefix);
                if (auto r = db.exec(one, valuesOf(one)); !r)
                    return Error::make(
                        r.error().code,
                        tr("check \"%1\" could not run: %2").arg(check.name, r.error().message));
            }
            return q.error();
        }
        if (q->next()) {
            for (qsizetype i = 0; i < checks.size(); ++i)
                found.append(q->value(int(i)).toLongLong());
        }
        return {};
    });
    if (!ran)
        return ran.error();
    QStringList failures;
    int passed = 0;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const qint64 value = i < found.size() ? found.at(i) : -1;
        if (value != checks.at(i).expect)
            failures.append(tr("%1 (expected %2, found %3)")
                                .arg(checks.at(i).name)
                                .arg(checks.at(i).expect)
                                .arg(value));
        else
            ++passed;
    }
    if (!failures.isEmpty())
        return Error::make(ErrorCode::NotAllowed,
                           tr("%n check(s) failed: ", nullptr, int(failures.size()))
                               + failures.join(u"; "_s));
    return passed;
}

Result<void> Provisioner::execute(ProvisioningJob &job, ProvisioningStep step)
{
    switch (step) {
    case ProvisioningStep::Validation:
        return validate(job);
    case ProvisioningStep::ResourceAllocation:
        return allocate(job);
    case ProvisioningStep::Configuration:
        return configure(job);
    case ProvisioningStep::Integration:
        return integrate(job);
    case ProvisioningStep::Verification:
        return verify(job);
    case ProvisioningStep::Activation:
        return activate(job);
    }
    return {};
}

Result<void> Provisioner::validate(ProvisioningJob &job)
{
    const int n = int(ProvisioningStep::Validation);
    auto found = subject(job.tenantId);
    if (!found)
        return found.error();
    const Tenant &t = found->tenant;
    const Catalog &catalog = m_context.engine.catalog();
    QStringList problems;
    for (const auto &finding :
         {TenantValidation::checkId(t.id), TenantValidation::checkName(t.name),
          TenantValidation::checkOwnerEmail(t.ownerEmail),
          TenantValidation::checkTier(t.tier, catalog),
          TenantValidation::checkRegion(t.region, catalog),
          TenantValidation::checkIndustry(t.industry, catalog)}) {
        if (finding)
            problems.append(finding->field + u": "_s + finding->message);
    }
    if (auto compliance = TenantValidation::normaliseCompliance(t.compliance, catalog); !compliance)
        problems.append(u"compliance: "_s + compliance.error().message);
    if (!problems.isEmpty())
        return Error::invalid(u"tenant"_s, problems.join(u"; "_s));
    if (auto r = log(job, n, u"info"_s,
                     tr("tenant id, name, owner, tier, region and compliance "
                        "are valid"));
        !r)
        return r;

    const QList<Error> errors
        = m_context.engine.check(found->document, t.id, t.tier, found->overrides);
    if (!errors.isEmpty()) {
        const Error &e = errors.first();
        return Error::invalid(
            e.field,
            tr("the configuration does not validate: %1%2")
                .arg(e.field.isEmpty() ? QString() : e.field + u": "_s, e.message));
    }
    if (auto r = log(job, n, u"info"_s, tr("the configuration renders and validates")); !r)
        return r;

    const Tier *tier = catalog.tier(t.tier);
    const QList<Isolation> offered = tier ? offeredIsolation(*tier) : QList<Isolation> {};
    if (!offered.contains(job.isolation)) {
        QStringList names;
        for (Isolation i : offered)
            names.append(isolationId(i));
        return Error::invalid(
            u"isolation"_s,
            tr("the %1 tier (%2 infrastructure) does not offer %3 isolation; it offers %4")
                .arg(t.tier, tier ? tier->infrastructure : QString(), isolationId(job.isolation),
                     names.join(u", "_s)));
    }
    if (job.isolation == Isolation::Cluster) {
        auto client = orchestrator(job);
        if (!client)
            return client.error();
        return log(job, n, u"info"_s,
                   tr("cluster isolation is offered on the %1 tier; the orchestrator at %2 will "
                      "run it")
                       .arg(t.tier, (*client)->options().endpoint.toString(QUrl::RemoveUserInfo)));
    }
    Database &db = m_context.db;
    if (db.backend() == Backend::Postgres && job.isolation != Isolation::Shared) {
        const QString sql = job.isolation == Isolation::Schema
            ? u"SELECT has_database_privilege(current_database(), 'CREATE')"_s
            : u"SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"_s;
        auto q = db.exec(sql);
        if (!q)
            return q.error();
        if (!q->next() || !q->value(0).toBool())
            return Error::make(
                ErrorCode::PermissionDenied,
                job.isolation == Isolation::Schema
                    ? tr("the login %1 may not create schemas in this database (GRANT CREATE ON "
                         "DATABASE … TO %1)")
                          .arg(db.login())
                    : tr("the login %1 may not create databases (ALTER ROLE %1 CREATEDB)")
                          .arg(db.login()));
    }
    return log(job, n, u"info"_s,
               tr("%1 isolation is offered on the %2 tier; the tenant's data will be in %3")
                   .arg(isolationId(job.isolation), t.tier, job.storage));
}

Result<void> Provisioner::allocate(ProvisioningJob &job)
{
    const int n = int(ProvisioningStep::ResourceAllocation);
    auto found = subject(job.tenantId);
    if (!found)
        return found.error();
    if (job.isolation == Isolation::Cluster) {
        auto client = orchestrator(job);
        if (!client)
            return client.error();
        const Tenant &t = found->tenant;
        const QJsonObject request {
            {u"tenant"_s, t.id},
            {u"name"_s, t.name},
            {u"tier"_s, t.tier},
            {u"region"_s, t.region},
            {u"owner_email"_s, t.ownerEmail},
            {u"request_id"_s, u"job-%1"_s.arg(job.id)},
            {u"infrastructure"_s, found->document.value(u"infrastructure"_s)},
        };
        if (auto r
            = log(job, n, u"info"_s, tr("asking for %1").arg((*client)->describe(job.tenantId)));
            !r)
            return r;
        auto ready = (*client)->create(job.tenantId, request);
        if (!ready)
            return ready.error();
        if (auto r = Failpoints::hit(u"provision.resource_allocation.inside"_s); !r)
            return r;
        return log(
            job, n, u"info"_s,
            ready->message.isEmpty()
                ? tr("%1 is ready").arg((*client)->describe(job.tenantId))
                : tr("%1 is ready: %2").arg((*client)->describe(job.tenantId), ready->message));
    }
    auto store = storage(job);
    if (!store)
        return store.error();
    TenantStorage &s = **store;
    if (auto r = log(job, n, u"info"_s, tr("creating %1").arg(s.describe())); !r)
        return r;
    if (auto r = s.allocate(); !r)
        return r;
    if (auto r = log(job, n, u"info"_s, tr("created %1").arg(s.describe())); !r)
        return r;
    if (auto r = Failpoints::hit(u"provision.resource_allocation.inside"_s); !r)
        return r;
    if (cancelled(job))
        return Error::make(ErrorCode::Cancelled, tr("cancelled"));
    const Tenant &t = found->tenant;
    const QString now = toIsoUtc(m_context.clock.now());
    auto seeded = s.transaction([&](Database &db, const QString &prefix) -> Result<void> {
        for (const QString &sql :
             {u"DELETE FROM %1info WHERE tenant_id = ?"_s,
              u"DELETE FROM %1accounts WHERE tenant_id = ? AND role = 'owner'"_s}) {
            if (auto r = db.queue(sql.arg(prefix), {t.id}); !r)
                return r;
        }
        if (auto r = db.queue(u"INSERT INTO %1info (tenant_id, ddl_version, isolation, "
                              "created_at) VALUES (?, 1, ?, ?)"_s.arg(prefix),
                              {t.id, isolationId(job.isolation), now});
            !r)
            return r;
        return db.queue(u"INSERT INTO %1accounts (tenant_id, id, email, role, created_at) "
                        "VALUES (?, 'owner', ?, 'owner', ?)"_s.arg(prefix),
                        {t.id, t.ownerEmail, now});
    });
    if (!seeded)
        return seeded;
    return log(job, n, u"info"_s, tr("the owner's account (%1) is in place").arg(t.ownerEmail));
}

Result<void> Provisioner::configure(ProvisioningJob &job)
{
    const int n = int(ProvisioningStep::Configuration);
    auto found = subject(job.tenantId);
    if (!found)
        return found.error();
    const QList<std::pair<QString, QJsonValue>> settings = settingsOf(found->document);
    const QString applied = tr("applied %1 settings: security policies, feature flags, limits, "
                               "AI and data governance")
                                .arg(settings.size());
    if (job.isolation == Isolation::Cluster) {
        auto client = orchestrator(job);
        if (!client)
            return client.error();
        QJsonObject body;
        for (const auto &[key, value] : settings)
            body.insert(key, value.isUndefined() ? QJsonValue() : value);
        if (auto r = (*client)->put(job.tenantId, u"settings"_s, {{u"settings"_s, body}}); !r)
            return r;
        if (auto r = Failpoints::hit(u"provision.configuration.inside"_s); !r)
            return r;
        return log(job, n, u"info"_s, applied);
    }
    auto store = storage(job);
    if (!store)
        return store.error();
    if (cancelled(job))
        return Error::make(ErrorCode::Cancelled, tr("cancelled"));
    auto written = writeSettings(**store, job.tenantId, settings);
    if (written)
        written = Failpoints::hit(u"provision.configuration.inside"_s);
    if (!written)
        return written;
    return log(job, n, u"info"_s, applied);
}

Result<void> Provisioner::integrate(ProvisioningJob &job)
{
    const int n = int(ProvisioningStep::Integration);
    auto found = subject(job.tenantId);
    if (!found)
        return found.error();
    const QList<IntegrationRow> rows = integrationsOf(found->document);
    const QString registered
        = tr("registered monitoring, logging and alerting, %n webhook(s) and provider(s)", nullptr,
             int(rows.size() - 3));
    if (job.isolation == Isolation::Cluster) {
        auto client = orchestrator(job);
        if (!client)
            return client.error();
        QJsonArray list;
        for (const IntegrationRow &row : rows)
            list.append(QJsonObject {
                {u"kind"_s, row.kind}, {u"name"_s, row.name}, {u"config"_s, row.config}});
        if (auto r = (*client)->put(job.tenantId, u"integrations"_s, {{u"integrations"_s, list}});
            !r)
            return r;
        if (auto r = Failpoints::hit(u"provision.integration.inside"_s); !r)
            return r;
        return log(job, n, u"info"_s, registered);
    }
    auto store = storage(job);
    if (!store)
        return store.error();
    auto written = writeIntegrations(**store, job.tenantId, rows);
    if (written)
        written = Failpoints::hit(u"provision.integration.inside"_s);
    if (!written)
        return written;
    return log(job, n, u"info"_s, registered);
}

Result<void> Provisioner::verify(ProvisioningJob &job)
{
    const int n = int(ProvisioningStep::Verification);
    QUrl clusterHealth;
    if (job.isolation == Isolation::Cluster) {
        auto client = orchestrator(job);
        if (!client)
            return client.error();
        auto cluster = (*client)->status(job.tenantId);
        if (!cluster)
            return cluster.error();
        if (!*cluster)
            return Error::make(ErrorCode::NotFound,
                               tr("%1 does not exist").arg((*client)->describe(job.tenantId)));
        if ((*cluster)->status != u"ready"_s)
            return Error::make(ErrorCode::NotAllowed,
                               tr("%1 is %2, not ready%3")
                                   .arg((*client)->describe(job.tenantId), (*cluster)->status,
                                        (*cluster)->message.isEmpty()
                                            ? QString()
                                            : u": "_s + (*cluster)->message));
        clusterHealth = (*cluster)->healthUrl;
        if (auto r
            = log(job, n, u"info"_s, tr("%1 is ready").arg((*client)->describe(job.tenantId)));
            !r)
            return r;
        return verifyRest(job, clusterHealth);
    }
    auto store = storage(job);
    if (!store)
        return store.error();
    TenantStorage &s = **store;
    auto passed = runChecks(s, job.tenantId, [&] { return cancelled(job); });
    if (!passed) {
        // Say so plainly when the storage is not there at all.
        auto there = s.exists();
        if (there && !*there)
            return Error::make(ErrorCode::NotFound, tr("%1 does not exist").arg(s.describe()));
        return passed.error();
    }
    if (auto r = log(job, n, u"info"_s,
                     tr("%1 answers; %n check(s) passed", nullptr, *passed).arg(s.describe()));
        !r)
        return r;
    return verifyRest(job, clusterHealth);
}

Result<void> Provisioner::verifyRest(ProvisioningJob &job, const QUrl &clusterHealth)
{
    const int n = int(ProvisioningStep::Verification);
    if (auto r = checkHealth(job, clusterHealth); !r)
        return r;
    auto found = subject(job.tenantId);
    if (!found)
        return found.error();
    const QList<Error> errors = m_context.engine.check(found->document, found->tenant.id,
                                                       found->tenant.tier, found->overrides);
    if (!errors.isEmpty())
        return Error::invalid(
            errors.first().field,
            tr("the configuration no longer validates: %1").arg(errors.first().message));
    if (auto r = Failpoints::hit(u"provision.verification.inside"_s); !r)
        return r;
    return log(job, n, u"info"_s, tr("the configuration validates"));
}

Result<void> Provisioner::activate(ProvisioningJob &job)
{
    const int n = int(ProvisioningStep::Activation);
    StepRecord &record = job.steps[n - 1];
    // The step's end, the job's and the tenant's status in one transaction: there is no
    // moment when the tenant is active and the job is not complete, or the other way round.
    return journal(job, [&]() -> Result<void> {
        record.status = StepStatus::Succeeded;
        record.finishedAt = m_context.clock.now();
        if (auto r = saveStep(job, ProvisioningStep::Activation); !r)
            return r;
        if (auto r = log(job, n, u"info"_s, tr("the tenant is active")); !r)
            return r;
        if (auto r
            = finish(job, JobState::Completed, {}, TenantStatus::Active, u"tenant.activate"_s);
            !r)
            return r;
        return Failpoints::hit(u"provision.activation.inside"_s);
    });
}

Result<void> Provisioner::compensate(ProvisioningJob &job, ProvisioningStep step)
{
    const int n = int(step);
    switch (step) {
    case ProvisioningStep::Validation:
    case ProvisioningStep::Verification:
    case ProvisioningStep::Activation:
        return log(job, n, u"info"_s, tr("nothing to undo"));
    case ProvisioningStep::ResourceAllocation: {
        if (job.isolation == Isolation::Cluster) {
            auto client = orchestrator(job);
            if (!client)
                return client.error();
            if (auto r = (*client)->destroy(job.tenantId); !r)
                return r;
            return log(job, n, u"info"_s, tr("removed %1").arg((*client)->describe(job.tenantId)));
        }
        auto store = storage(job);
        if (!store)
            return store.error();
        if (auto r = (*store)->release(); !r)
            return r;
        return log(job, n, u"info"_s, tr("removed %1").arg((*store)->describe()));
    }
    case ProvisioningStep::Configuration:
    case ProvisioningStep::Integration: {
        const QString part
            = step == ProvisioningStep::Configuration ? u"settings"_s : u"integrations"_s;
        if (job.isolation == Isolation::Cluster) {
            auto client = orchestrator(job);
            if (!client)
                return client.error();
            if (auto r = (*client)->remove(job.tenantId, part); !r)
                return r;
            return log(job, n, u"info"_s, tr("removed the cluster's %1").arg(part));
        }
        auto store = storage(job);
        if (!store)
            return store.error();
        auto there = (*store)->exists();
        if (!there)
            return there.error();
        if (!*there)
            return log(job, n, u"info"_s, tr("nothing to undo: the storage is gone"));
        const QString table
            = step == ProvisioningStep::Configuration ? u"settings"_s : u"integrations"_s;
        auto r = (*store)->transaction([&](Database &db, const QString &prefix) -> Result<void> {
            auto q = db.exec(u"DELETE FROM "_s + prefix + table + u" WHERE tenant_id = ?"_s,
                             {job.tenantId});
            if (!q)
                return q.error();
            return {};
        });
        if (!r)
            return r;
        return log(job, n, u"info"_s, tr("removed the tenant's %1").arg(table));
    }
    }
    return {};
}

} // namespace Tenancy
