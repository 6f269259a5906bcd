#include "AuditAnchor.h"

#include "model/Tenant.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Tenancy {

QString AuditAnchor::folder()
{
    const QString fromEnv = qEnvironmentVariable("TENANCY_AUDIT_ANCHOR_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit-anchors"_s;
}

QString AuditAnchor::path(const QString &databaseId)
{
    return folder() + u'/' + databaseId + u".json"_s;
}

Result<void> AuditAnchor::record(const QString &databaseId, const AuditSeal &seal)
{
    static const QRegularExpression safe(u"^[0-9a-f]{8,64}$"_s);
    if (!safe.match(databaseId).hasMatch())
        return Error::make(
            ErrorCode::Storage,
            tr("the database has no usable id (settings database_id: \"%1\")").arg(databaseId));
    auto previous = read(databaseId);
    if (previous && *previous && (*previous)->seq > seal.seq)
        return {}; // a newer seal is recorded already
    if (!QDir().mkpath(folder()))
        return Error::make(
            ErrorCode::Storage,
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder())));
    QSaveFile file(path(databaseId));
    const QByteArray json = QJsonDocument(seal.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error::make(
            ErrorCode::Storage,
            tr("cannot write the audit anchor %1: %2")
                .arg(QDir::toNativeSeparators(path(databaseId)), file.errorString()));
    return {};
}

Result<std::optional<AuditSeal>> AuditAnchor::read(const QString &databaseId)
{
    QFile file(path(databaseId));
    if (!file.exists())
        return std::optional<AuditSeal>();
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Storage,
                           tr("cannot read the audit anchor %1: %2")
                               .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || !o.value(u"seq"_s).isDouble()
        || !o.value(u"hash"_s).isString())
        return Error::make(ErrorCode::Storage,
                           tr("the audit anchor %1 is not a seal (seq, hash): it was damaged")
                               .arg(QDir::toNativeSeparators(file.fileName())));
    AuditSeal seal;
    seal.at = fromIsoUtc(o.value(u"at"_s).toString());
    seal.operatorName = o.value(u"operator"_s).toString();
    seal.kind = o.value(u"kind"_s).toString();
    seal.seq = qint64(o.value(u"seq"_s).toDouble());
    seal.hash = o.value(u"hash"_s).toString();
    seal.entries = qint64(o.value(u"entries"_s).toDouble());
    seal.keyId = o.value(u"key_id"_s).toString();
    seal.mac = o.value(u"mac"_s).toString();
    return std::optional<AuditSeal>(seal);
}

} // namespace Tenancy
