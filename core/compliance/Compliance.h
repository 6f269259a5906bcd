#pragma once

#include "config/JsonCondition.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tenancy {

class Catalog;
struct Tenant;

enum class ControlStatus { Pass, Fail, NotApplicable, Manual };
QString controlStatusId(ControlStatus status); // "pass", "fail", "not_applicable", "manual"
QString controlStatusName(ControlStatus status); // for people: "passes", "fails", ...

enum class Severity { Low, Medium, High, Critical };
QString severityId(Severity severity);

// One control of a framework's catalog (resources/compliance/<framework>.json).
struct ComplianceControl
{
    QString id; // as the framework cites it: "164.312(d)", "8.4.2", "art. 17", "A.8.5"
    QString title;
    QString description;
    Severity severity = Severity::Medium;
    std::optional<JsonCondition> applies; // none: always
    // What configuration can show. None: a manual control, which an auditor checks against
    // the evidence named.
    std::optional<JsonCondition> check;
    QString manualEvidence;
    // The overrides (dotted paths from the document's root, as `tenant config set` takes them)
    // that make a failing check pass; may be empty when no setting alone can.
    QList<std::pair<QString, QJsonValue>> remediation;
};

struct ComplianceFramework
{
    QString id; // "HIPAA"
    QString name; // "HIPAA Security Rule"
    QString edition;
    QList<ComplianceControl> controls;
};

// A control's result for one tenant.
struct ControlResult
{
    QString framework;
    QString controlId;
    QString title;
    QString description;
    Severity severity = Severity::Medium;
    ControlStatus status = ControlStatus::Pass;
    QString expected; // the check in words ("configuration.security.mfa_config.required == true")
    QStringList evidence; // "configuration.security.mfa_config.required = false" (path and value)
    QString manualEvidence; // for manual controls: what an auditor needs to see
    QList<std::pair<QString, QJsonValue>> remediation; // when it fails

    QJsonObject toJson() const;
};

// A tenant's results for one framework, and its summary.
struct FrameworkResult
{
    QString framework;
    QString tenantId;
    bool requested = false; // the tenant asked for this framework
    QList<ControlResult> controls;
    int count(ControlStatus status) const;
    // The cell's status: fail when any control fails; else pass when any passes; else manual
    // when any is manual; else not applicable.
    ControlStatus worst() const;
    QJsonObject toJson() const;
};

// The control catalogs of the seven frameworks (DOMAIN.md, "Compliance"), as data. Immutable
// once loaded; any thread.
class ComplianceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ComplianceCatalog)

public:
    // <directory>/compliance/<id in lowercase>.json for every framework catalog knows.
    static Result<ComplianceCatalog> load(const Catalog &catalog, const QString &directory);
    // One catalog file's content; fileName names it in errors.
    static Result<ComplianceFramework> parse(const QJsonObject &json, const QString &fileName);

    const QList<ComplianceFramework> &frameworks() const { return m_frameworks; }
    const ComplianceFramework *framework(const QString &id) const;

    // What the checks read: the tenant's configuration document, with "tenant": {id, tier,
    // region, jurisdiction, industry, frameworks}.
    static QJsonObject evaluationDocument(const Tenant &tenant, const Catalog &catalog);
    static FrameworkResult evaluate(const ComplianceFramework &framework, const Tenant &tenant,
                                    const QJsonObject &document);

private:
    QList<ComplianceFramework> m_frameworks;
};

} // namespace Tenancy
