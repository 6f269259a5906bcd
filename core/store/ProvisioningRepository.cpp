#include "ProvisioningRepository.h"

#include "model/Tenant.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QString kJobColumns
    = u"id, tenant_id, kind, isolation, storage, state, phase, forced, reason, error, "
      "cancel_requested, runner, heartbeat_at, created_at, created_by, updated_at, finished_at"_s;

QVariant timeColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(toIsoUtc(time)) : QVariant(QMetaType::fromType<QString>());
}

// A null QString binds as SQL NULL; these columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromIsoUtc(value.toString());
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toIsoUtc(time)) : QJsonValue();
}

} // namespace

JournalEntry::JournalEntry(qint64 jobId, const QDateTime &heartbeat)
    : m_jobId(jobId)
    , m_heartbeat(heartbeat)
{ }

void JournalEntry::step(const StepRecord &step, bool unlessCancelled)
{
    m_steps.append(QJsonObject {{u"step"_s, int(step.step)},
                                {u"status"_s, stepStatusId(step.status)},
                                {u"attempts"_s, step.attempts},
                                {u"started_at"_s, timeJson(step.startedAt)},
                                {u"finished_at"_s, timeJson(step.finishedAt)},
                                {u"error"_s, text(step.error)},
                                {u"unless_cancelled"_s, unlessCancelled}});
}

void JournalEntry::lines(const QList<ProvisioningLogLine> &lines, bool unlessCancelled)
{
    for (const ProvisioningLogLine &line : lines)
        m_lines.append(QJsonObject {{u"step"_s, line.step},
                                    {u"at"_s, toIsoUtc(line.at)},
                                    {u"level"_s, line.level},
                                    {u"message"_s, line.message},
                                    {u"unless_cancelled"_s, unlessCancelled}});
}

QString JournalEntry::sql()
{
    return u"SELECT tenancy_journal_entry(?, ?, CAST(? AS JSONB), CAST(? AS JSONB))"_s;
}

QVariantList JournalEntry::values() const
{
    return {m_jobId, timeColumn(m_heartbeat),
            QString::fromUtf8(QJsonDocument(m_steps).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(m_lines).toJson(QJsonDocument::Compact))};
}

Result<qint64> ProvisioningRepository::insert(const ProvisioningJob &job)
{
    // SQLite runs RETURNING through a temporary table (a page cache set up and torn down each
    // time); its last_insert_rowid() costs nothing.
    const bool returning = m_db.backend() == Backend::Postgres;
    const QString sql
        = u"INSERT INTO provisioning_jobs (tenant_id, kind, isolation, storage, state, phase, "
          "forced, reason, error, cancel_requested, runner, heartbeat_at, created_at, created_by, "
          "updated_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
        + (returning ? u" RETURNING id"_s : QString());
    const QVariantList jobValues {job.tenantId,
                                  job.kind,
                                  isolationId(job.isolation),
                                  text(job.storage),
                                  jobStateId(job.state),
                                  job.phase,
                                  job.forced ? 1 : 0,
                                  text(job.reason),
                                  text(job.error),
                                  job.cancelRequested ? 1 : 0,
                                  text(job.runner),
                                  timeColumn(job.heartbeatAt),
                                  toIsoUtc(job.createdAt),
                                  job.createdBy,
                                  toIsoUtc(job.updatedAt),
                                  timeColumn(job.finishedAt)};
    QVariant newId;
    if (returning) {
        // Goes with the pending BEGIN (and anything queued) in one message.
        auto row = m_db.readRow(sql, jobValues);
        if (!row)
            return row.error();
        newId = row->value(0);
    } else {
        auto q = m_db.exec(sql, jobValues);
        if (!q)
            return q.error();
        newId = q->lastInsertId();
    }
    if (!newId.isValid())
        return Error::make(ErrorCode::Storage, tr("the new job's id was not returned"));
    const qint64 id = newId.toLongLong();
    // The six steps in one statement.
    QStringList tuples;
    QVariantList values;
    for (int n = 1; n <= provisioningStepCount; ++n) {
        StepRecord step;
        if (n - 1 < job.steps.size())
            step = job.steps.at(n - 1);
        tuples.append(u"(?, ?, ?, ?, ?, ?, ?)"_s);
        values << id << n << stepStatusId(step.status) << step.attempts
               << timeColumn(step.startedAt) << timeColumn(step.finishedAt) << text(step.error);
    }
    if (auto r = m_db.queue(u"INSERT INTO provisioning_steps (job_id, step, status, attempts, "
                            "started_at, finished_at, error) VALUES "_s
                                + tuples.join(u", "_s),
                            values);
        !r)
        return r.error();
    m_inserted.append(id);
    return id;
}

Result<QList<ProvisioningJob>> ProvisioningRepository::query(const QString &where,
                                                             const QVariantList &values, int limit)
{
    QString sql = u"SELECT "_s + kJobColumns + u" FROM provisioning_jobs"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY id DESC LIMIT "_s + QString::number(limit);
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<ProvisioningJob> jobs;
    while (q->next()) {
        ProvisioningJob job;
        job.id = q->value(0).toLongLong();
        job.tenantId = q->value(1).toString();
        job.kind = q->value(2).toString();
        job.isolation = isolationFromId(q->value(3).toString()).value_or(Isolation::Shared);
        job.storage = q->value(4).toString();
        const QString state = q->value(5).toString();
        auto parsed = jobStateFromId(state);
        if (!parsed)
            return Error::make(ErrorCode::Storage,
                               tr("provisioning job %1 has an unknown state \"%2\" (written by "
                                  "another version?)")
                                   .arg(job.id)
                                   .arg(state));
        job.state = *parsed;
        job.phase = q->value(6).toString();
        job.forced = q->value(7).toInt() != 0;
        job.reason = q->value(8).toString();
        job.error = q->value(9).toString();
        job.cancelRequested = q->value(10).toInt() != 0;
        job.runner = q->value(11).toString();
        job.heartbeatAt = timeFrom(q->value(12));
        job.createdAt = timeFrom(q->value(13));
        job.createdBy = q->value(14).toString();
        job.updatedAt = timeFrom(q->value(15));
        job.finishedAt = timeFrom(q->value(16));
        jobs.append(job);
    }
    q->finish();
    if (auto r = loadSteps(jobs); !r)
        return r.error();
    return jobs;
}

Result<void> ProvisioningRepository::loadSteps(QList<ProvisioningJob> &jobs)
{
    if (jobs.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    QStringList marks;
    QVariantList ids;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        index.insert(jobs[i].id, i);
        marks.append(u"?"_s);
        ids.append(jobs[i].id);
        jobs[i].steps.clear();
    }
    auto q = m_db.exec(u"SELECT job_id, step, status, attempts, started_at, finished_at, error "
                       "FROM provisioning_steps WHERE job_id IN ("_s
                           + marks.join(u", "_s) + u") ORDER BY job_id, step"_s,
                       ids);
    if (!q)
        return q.error();
    while (q->next()) {
        const qint64 jobId = q->value(0).toLongLong();
        auto step = stepFromNumber(q->value(1).toInt());
        auto status = stepStatusFromId(q->value(2).toString());
        if (!step || !status)
            return Error::make(ErrorCode::Storage,
                               tr("provisioning job %1 has a step row this version does not "
                                  "know (step %2, status \"%3\")")
                                   .arg(jobId)
                                   .arg(q->value(1).toInt())
                                   .arg(q->value(2).toString()));
        StepRecord record;
        record.step = *step;
        record.status = *status;
        record.attempts = q->value(3).toInt();
        record.startedAt = timeFrom(q->value(4));
        record.finishedAt = timeFrom(q->value(5));
        record.error = q->value(6).toString();
        jobs[index.value(jobId)].steps.append(record);
    }
    for (const ProvisioningJob &job : jobs) {
        if (job.steps.size() != provisioningStepCount)
            return Error::make(ErrorCode::Storage,
                               tr("provisioning job %1 has %2 step rows instead of %3")
                                   .arg(job.id)
                                   .arg(job.steps.size())
                                   .arg(provisioningStepCount));
    }
    return {};
}

Result<std::optional<ProvisioningJob>> ProvisioningRepository::find(qint64 id)
{
    auto jobs = query(u"id = ?"_s, {id}, 1);
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return std::optional<ProvisioningJob>();
    return std::optional<ProvisioningJob>(jobs->first());
}

Result<std::optional<ProvisioningJob>> ProvisioningRepository::latestFor(const QString &tenantId)
{
    auto jobs = query(u"tenant_id = ?"_s, {tenantId}, 1);
    if (!jobs)
        return jobs.error();
    if (jobs->isEmpty())
        return std::optional<ProvisioningJob>();
    return std::optional<ProvisioningJob>(jobs->first());
}

Result<QList<ProvisioningJob>> ProvisioningRepository::list(bool openOnly, int limit)
{
    return query(openOnly ? u"state NOT IN ('completed', 'rolled_back')"_s : QString(), {}, limit);
}

Result<QList<ProvisioningJob>> ProvisioningRepository::held()
{
    return query(u"state IN ('running', 'rolling_back')"_s, {}, 100000);
}

Result<void> ProvisioningRepository::update(const ProvisioningJob &job)
{
    return m_db.queue(u"UPDATE provisioning_jobs SET isolation = ?, storage = ?, state = ?, "
                      "phase = ?, forced = ?, reason = ?, error = ?, cancel_requested = ?, "
                      "runner = ?, heartbeat_at = ?, updated_at = ?, finished_at = ? "
                      "WHERE id = ?"_s,
                      {isolationId(job.isolation), text(job.storage), jobStateId(job.state),
                       job.phase, job.forced ? 1 : 0, text(job.reason), text(job.error),
                       job.cancelRequested ? 1 : 0, text(job.runner), timeColumn(job.heartbeatAt),
                       toIsoUtc(job.updatedAt), timeColumn(job.finishedAt), job.id});
}

Result<void> ProvisioningRepository::updateStep(qint64 jobId, const StepRecord &step)
{
    return m_db.queue(u"UPDATE provisioning_steps SET status = ?, attempts = ?, started_at = ?, "
                      "finished_at = ?, error = ? WHERE job_id = ? AND step = ?"_s,
                      {stepStatusId(step.status), step.attempts, timeColumn(step.startedAt),
                       timeColumn(step.finishedAt), text(step.error), jobId, int(step.step)});
}

Result<bool> ProvisioningRepository::claim(qint64 jobId, const QList<JobState> &from, JobState to,
                                           const QString &phase, const QString &runner,
                                           const QDateTime &now)
{
    QStringList states;
    QVariantList values {jobStateId(to), phase, runner, toIsoUtc(now), toIsoUtc(now), jobId};
    for (JobState s : from) {
        states.append(u"?"_s);
        values.append(jobStateId(s));
    }
    auto q = m_db.exec(u"UPDATE provisioning_jobs SET state = ?, phase = ?, runner = ?, "
                       "heartbeat_at = ?, updated_at = ?, cancel_requested = 0, error = '', "
                       "finished_at = NULL WHERE id = ? AND state IN ("_s
                           + states.join(u", "_s) + u')',
                       values);
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<bool> ProvisioningRepository::heartbeat(qint64 jobId, const QDateTime &now)
{
    // Two statements rather than RETURNING: see insert().
    if (auto q = m_db.exec(u"UPDATE provisioning_jobs SET heartbeat_at = ? WHERE id = ?"_s,
                           {toIsoUtc(now), jobId});
        !q)
        return q.error();
    return cancelRequested(jobId);
}

Result<bool> ProvisioningRepository::cancelRequested(qint64 jobId)
{
    auto q = m_db.exec(u"SELECT cancel_requested FROM provisioning_jobs WHERE id = ?"_s, {jobId});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toInt() != 0;
}

Result<void> ProvisioningRepository::requestCancel(qint64 jobId, const QDateTime &now)
{
    return m_db.queue(
        u"UPDATE provisioning_jobs SET cancel_requested = 1, updated_at = ? WHERE id = ?"_s,
        {toIsoUtc(now), jobId});
}

Result<void> ProvisioningRepository::appendLog(qint64 jobId, int step, const QDateTime &at,
                                               const QString &level, const QString &message)
{
    return appendLog(jobId, {ProvisioningLogLine {0, jobId, step, at, level, message}});
}

Result<void> ProvisioningRepository::appendLog(qint64 jobId,
                                               const QList<ProvisioningLogLine> &lines)
{
    if (lines.isEmpty())
        return {};
    if (m_db.backend() == Backend::Postgres && !m_inserted.contains(jobId)) {
        JournalEntry entry(jobId, QDateTime());
        entry.lines(lines, false);
        return m_db.queue(JournalEntry::sql(), entry.values());
    }
    QStringList tuples;
    QVariantList values;
    for (const ProvisioningLogLine &line : lines) {
        tuples.append(u"(?, ?, ?, ?, ?)"_s);
        values << jobId << line.step << toIsoUtc(line.at) << line.level << line.message;
    }
    return m_db.queue(u"INSERT INTO provisioning_log (job_id, step, at, level, message) VALUES "_s
                          + tuples.join(u", "_s),
                      values);
}

Result<QList<ProvisioningLogLine>> ProvisioningRepository::log(qint64 jobId, qint64 afterId,
                                                               int limit)
{
    auto q = m_db.exec(u"SELECT id, step, at, level, message FROM provisioning_log WHERE "
                       "job_id = ? AND id > ? ORDER BY id LIMIT "_s
                           + QString::number(limit),
                       {jobId, afterId});
    if (!q)
        return q.error();
    QList<ProvisioningLogLine> lines;
    while (q->next()) {
        ProvisioningLogLine line;
        line.id = q->value(0).toLongLong();
        line.jobId = jobId;
        line.step = q->value(1).toInt();
        line.at = timeFrom(q->value(2));
        line.level = q->value(3).toString();
        line.message = q->value(4).toString();
        lines.append(line);
    }
    return lines;
}

} // namespace Tenancy
