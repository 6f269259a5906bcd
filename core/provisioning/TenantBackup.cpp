#include "TenantBackup.h"

#include "TenantStorage.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlRecord>
#include <QStandardPaths>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Tenancy {

QString TenantBackup::folder(const Database &main)
{
    const QString fromEnv = qEnvironmentVariable("TENANCY_BACKUP_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    if (main.backend() == Backend::Sqlite) {
        const QFileInfo info(main.url().sqlitePath());
        return info.absolutePath() + u'/' + info.fileName() + u".backups"_s;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/backups/"_s
        + main.url().databaseName();
}

Result<TenantBackup::Written> TenantBackup::write(const QString &folder, const QString &tenantId,
                                                  const QString &stamp, QJsonObject document,
                                                  TenantStorage *storage)
{
    if (!QDir().mkpath(folder))
        return Error::make(
            ErrorCode::Storage,
            tr("cannot create the backup folder %1").arg(QDir::toNativeSeparators(folder)));
    return writeTo(folder + u'/' + tenantId + u'-' + stamp + u".json.gz"_s, tenantId,
                   std::move(document), storage, u"tenancy-backup"_s);
}

Result<TenantBackup::Written> TenantBackup::writeTo(const QString &path, const QString &tenantId,
                                                    QJsonObject document, TenantStorage *storage,
                                                    const QString &format)
{
    Written written;
    if (storage) {
        auto there = storage->exists();
        if (!there)
            return there.error();
        if (*there) {
            QJsonObject tables;
            auto read = storage->transaction([&](Database &db,
                                                 const QString &prefix) -> Result<void> {
                for (const QString &table : tenantTables()) {
                    auto q
                        = db.exec(u"SELECT * FROM "_s + prefix + table + u" WHERE tenant_id = ?"_s,
                                  {tenantId});
                    if (!q)
                        return q.error();
                    QJsonArray rows;
                    while (q->next()) {
                        const QSqlRecord record = q->record();
                        QJsonObject row;
                        for (int i = 0; i < record.count(); ++i)
                            row.insert(record.fieldName(i), QJsonValue::fromVariant(q->value(i)));
                        rows.append(row);
                    }
                    written.rows += rows.size();
                    tables.insert(table, rows);
                }
                return {};
            });
            if (!read)
                return read.error();
            document.insert(u"tables"_s, tables);
            document.insert(u"storage"_s, storage->describe());
        }
    }
    document.insert(u"format"_s, format);
    document.insert(u"format_version"_s, 1);
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Indented);

    // gzip (RFC 1952), so that zcat and any archive tool read it.
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
        != Z_OK)
        return Error::make(ErrorCode::Storage, tr("cannot start compressing the backup"));
    QByteArray compressed;
    compressed.resize(qsizetype(deflateBound(&stream, uLong(json.size()))) + 64);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(json.constData()));
    stream.avail_in = uInt(json.size());
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = uInt(compressed.size());
    const int status = deflate(&stream, Z_FINISH);
    compressed.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return Error::make(ErrorCode::Storage, tr("compressing the backup failed"));

    written.path = path;
    QSaveFile file(written.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(compressed) != compressed.size()
        || !file.commit())
        return Error::make(ErrorCode::Storage,
                           tr("cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(written.path), file.errorString()));
    written.bytes = compressed.size();
    written.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(compressed, QCryptographicHash::Sha256).toHex());
    return written;
}

Result<QString> TenantBackup::sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::NotFound,
            tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

Result<QJsonObject> TenantBackup::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            ErrorCode::NotFound,
            tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray compressed = file.readAll();
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return Error::make(ErrorCode::Storage, tr("cannot start reading the backup"));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray json;
    char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        json.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return Error::make(
            ErrorCode::Storage,
            tr("%1 is not a complete gzip file").arg(QDir::toNativeSeparators(path)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Error::make(ErrorCode::Storage,
                           tr("%1 does not hold a backup: %2")
                               .arg(QDir::toNativeSeparators(path), error.errorString()));
    return doc.object();
}

} // namespace Tenancy
