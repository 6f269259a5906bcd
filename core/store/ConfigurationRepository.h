#pragma once

#include "Database.h"
#include "config/ConfigRevision.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Tenancy {

// SQL for configuration texts (content-addressed), revisions and saved templates.
class ConfigurationRepository
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ConfigurationRepository)

public:
    explicit ConfigurationRepository(Database &db)
        : m_db(db)
    { }

    static QString sha256Of(const QString &text);

    // Stores a template text once; returns its SHA-256.
    Result<QString> storeTemplateText(const QString &text);
    struct StoredText
    {
        QString kind; // "template", or "configuration" (a schema v2 configuration object)
        QString text;
    };
    // A stored text by its SHA-256. Texts never change once stored (their address is their
    // hash), so the last ones read from each database are kept in memory for the process.
    Result<std::optional<StoredText>> text(const QString &sha256);

    Result<void> insertRevision(const QString &tenantId, const ConfigRevision &revision);
    // Stored revisions (1, 2, ...), oldest first, with their template texts.
    Result<QList<ConfigRevision>> revisions(const QString &tenantId);
    Result<std::optional<ConfigRevision>> revision(const QString &tenantId, int revision);

    struct SavedTemplate
    {
        QString name;
        int version = 0;
        QString sha256;
        QString text;
        QString note;
        QDateTime savedAt;
        QString savedBy;
    };
    // Saves text as the next version of name; returns that version.
    Result<int> saveTemplate(const QString &name, const QString &text, const QString &note,
                             const QDateTime &at, const QString &by);
    // Every saved version of every template (texts included), by name then version.
    Result<QList<SavedTemplate>> savedTemplates();

private:
    Result<ConfigRevision> revisionFromRow(const QSqlQuery &q);
    Database &m_db;
};

} // namespace Tenancy
