#include "ConfigurationRepository.h"

#include "model/Tenant.h"

#include <QCache>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

const QString kRevisionColumns
    = u"r.revision, r.template_name, r.template_version, r.template_sha256, r.variables, "
      "r.overrides, r.action, r.based_on, r.reason, r.created_at, r.created_by, d.document, "
      "d.kind"_s;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject ConfigRevision::toJson() const
{
    QJsonArray list;
    for (const ConfigOverride &o : overrides)
        list.append(o.toJson());
    QJsonObject json {{u"revision"_s, revision},
                      {u"template"_s, templateName},
                      {u"template_version"_s, templateVersion},
                      {u"template_sha256"_s, templateSha256},
                      {u"variables"_s, variables},
                      {u"overrides"_s, list},
                      {u"action"_s, action},
                      {u"reason"_s, reason},
                      {u"created_at"_s, toIsoUtc(createdAt)},
                      {u"created_by"_s, createdBy}};
    if (basedOn >= 0)
        json.insert(u"based_on"_s, basedOn);
    return json;
}

QString ConfigurationRepository::sha256Of(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> ConfigurationRepository::storeTemplateText(const QString &text)
{
    const QString sha256 = sha256Of(text);
    if (auto r = m_db.queue(u"INSERT INTO configuration_documents (sha256, document, kind) "
                            "VALUES (?, ?, 'template') ON CONFLICT (sha256) DO NOTHING"_s,
                            {sha256, text});
        !r)
        return r.error();
    return sha256;
}

Result<std::optional<ConfigurationRepository::StoredText>>
ConfigurationRepository::text(const QString &sha256)
{
    // Keyed by database and hash (a row's kind is that database's). A text missing from the
    // database is not kept: it may be stored a moment later.
    static QMutex mutex;
    static QCache<QString, StoredText> texts(64);
    const QString key = m_db.url().toString() + u'\n' + sha256;
    {
        QMutexLocker lock(&mutex);
        if (const StoredText *known = texts.object(key))
            return std::optional<StoredText>(*known);
    }
    auto q = m_db.exec(u"SELECT kind, document FROM configuration_documents WHERE sha256 = ?"_s,
                       {sha256});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredText>();
    StoredText found {q->value(0).toString(), q->value(1).toString()};
    QMutexLocker lock(&mutex);
    texts.insert(key, new StoredText(found));
    return std::optional<StoredText>(std::move(found));
}

Result<void> ConfigurationRepository::insertRevision(const QString &tenantId,
                                                     const ConfigRevision &r)
{
    QJsonArray overrides;
    for (const ConfigOverride &o : r.overrides)
        overrides.append(o.toJson());
    auto q = m_db.exec(
        u"INSERT INTO configuration_revisions (tenant_id, revision, template_name, "
        "template_version, template_sha256, variables, overrides, action, based_on, reason, "
        "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {tenantId, r.revision, r.templateName, r.templateVersion, r.templateSha256,
         compact(r.variables), compact(overrides), r.action,
         r.basedOn >= 0 ? QVariant(r.basedOn) : QVariant(QMetaType::fromType<int>()),
         r.reason.isNull() ? u""_s : r.reason, toIsoUtc(r.createdAt), r.createdBy});
    if (!q)
        return q.error();
    return {};
}

Result<ConfigRevision> ConfigurationRepository::revisionFromRow(const QSqlQuery &q)
{
    ConfigRevision r;
    r.revision = q.value(0).toInt();
    r.templateName = q.value(1).toString();
    r.templateVersion = q.value(2).toString();
    r.templateSha256 = q.value(3).toString();
    const auto bad = [&](const QString &column) {
        return Error::make(ErrorCode::Storage,
                           tr("configuration revision %1: column %2 cannot be read (written by "
                              "another version?)")
                               .arg(r.revision)
                               .arg(column));
    };
    QJsonParseError error;
    const QJsonDocument variables = QJsonDocument::fromJson(q.value(4).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !variables.isObject())
        return bad(u"variables"_s);
    r.variables = variables.object();
    const QJsonDocument overrides = QJsonDocument::fromJson(q.value(5).toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !overrides.isArray())
        return bad(u"overrides"_s);
    for (const QJsonValue &v : overrides.array()) {
        auto o = ConfigOverride::fromJson(v);
        if (!o)
            return bad(u"overrides"_s);
        r.overrides.append(*o);
    }
    r.action = q.value(6).toString();
    r.basedOn = q.value(7).isNull() ? -1 : q.value(7).toInt();
    r.reason = q.value(8).toString();
    r.createdAt = fromIsoUtc(q.value(9).toString());
    r.createdBy = q.value(10).toString();
    r.templateText = q.value(11).toString();
    r.legacy = q.value(12).toString() != u"template"_s;
    if (!r.createdAt.isValid())
        return bad(u"created_at"_s);
    return r;
}

Result<QList<ConfigRevision>> ConfigurationRepository::revisions(const QString &tenantId)
{
    auto q = m_db.exec(u"SELECT "_s + kRevisionColumns
                           + u" FROM configuration_revisions r JOIN configuration_documents d "
                             "ON d.sha256 = r.template_sha256 WHERE r.tenant_id = ? "
                             "ORDER BY r.revision"_s,
                       {tenantId});
    if (!q)
        return q.error();
    QList<ConfigRevision> out;
    while (q->next()) {
        auto r = revisionFromRow(*q);
        if (!r)
            return r.error();
        out.append(std::move(r).value());
    }
    return out;
}

Result<std::optional<ConfigRevision>> ConfigurationRepository::revision(const QString &tenantId,
                                                                        int revision)
{
    auto q = m_db.exec(u"SELECT "_s + kRevisionColumns
                           + u" FROM configuration_revisions r JOIN configuration_documents d "
                             "ON d.sha256 = r.template_sha256 WHERE r.tenant_id = ? "
                             "AND r.revision = ?"_s,
                       {tenantId, revision});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ConfigRevision>();
    auto r = revisionFromRow(*q);
    if (!r)
        return r.error();
    return std::optional<ConfigRevision>(std::move(r).value());
}

Result<int> ConfigurationRepository::saveTemplate(const QString &name, const QString &text,
                                                  const QString &note, const QDateTime &at,
                                                  const QString &by)
{
    auto sha256 = storeTemplateText(text);
    if (!sha256)
        return sha256.error();
    auto last
        = m_db.exec(u"SELECT COALESCE(MAX(version), 0) FROM templates WHERE name = ?"_s, {name});
    if (!last)
        return last.error();
    const int version = last->next() ? last->value(0).toInt() + 1 : 1;
    auto q = m_db.exec(u"INSERT INTO templates (name, version, template_sha256, note, saved_at, "
                       "saved_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {name, version, *sha256, note.isNull() ? u""_s : note, toIsoUtc(at), by});
    if (!q)
        return q.error();
    return version;
}

Result<QList<ConfigurationRepository::SavedTemplate>> ConfigurationRepository::savedTemplates()
{
    auto q = m_db.exec(u"SELECT t.name, t.version, t.template_sha256, d.document, t.note, "
                       "t.saved_at, t.saved_by FROM templates t JOIN configuration_documents d "
                       "ON d.sha256 = t.template_sha256 ORDER BY t.name, t.version"_s);
    if (!q)
        return q.error();
    QList<SavedTemplate> out;
    while (q->next()) {
        out.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toString(),
                    fromIsoUtc(q->value(5).toString()), q->value(6).toString()});
    }
    return out;
}

} // namespace Tenancy
