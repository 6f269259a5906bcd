#pragma once

#include "model/Result.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Tenancy {

class TenantStorage;

// A tenant's data and configuration in one gzip-compressed JSON file
// ("tenancy-backup" format 1: {"format", "tenant", "configuration", "revisions",
// "security_events", "tables": {"accounts": [rows…], …}}), readable with zcat, with the
// SHA-256 of the compressed file.
class TenantBackup
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::TenantBackup)

public:
    struct Written
    {
        QString path;
        QString sha256; // hex, of the .json.gz file
        qint64 bytes = 0;
        qint64 rows = 0; // storage rows included
    };

    // Where backups go: $TENANCY_BACKUP_DIR, else beside the SQLite file
    // (<file>.backups), else the application's data folder (backups/<database>).
    static QString folder(const Database &main);

    // Reads every row of the tenant's storage (if given) into the document, then writes it to
    // folder as <tenant>-<time>.json.gz (written to a temporary name, flushed, then renamed:
    // a crash never leaves a half file under the final name).
    static Result<Written> write(const QString &folder, const QString &tenantId,
                                 const QString &stamp, QJsonObject document,
                                 TenantStorage *storage);
    // The same, to path, with format as the document's "format" ("tenancy-export" for a
    // tenant's data archive, GDPR art. 20).
    static Result<Written> writeTo(const QString &path, const QString &tenantId,
                                   QJsonObject document, TenantStorage *storage,
                                   const QString &format);
    static Result<QString> sha256Of(const QString &path);
    // Reads a backup back (tests, and operators with questions).
    static Result<QJsonObject> read(const QString &path);
};

} // namespace Tenancy
