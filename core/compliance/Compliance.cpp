#include "Compliance.h"

#include "model/Catalog.h"
#include "model/Tenant.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

Error catalogError(const QString &where, const QString &problem)
{
    return Error {ErrorCode::Catalog, where + u": "_s + problem, where};
}

std::optional<Severity> severityFromId(const QString &id)
{
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (severityId(s) == id)
            return s;
    }
    return std::nullopt;
}

QJsonArray remediationJson(const QList<std::pair<QString, QJsonValue>> &remediation)
{
    QJsonArray fixes;
    for (const auto &[path, value] : remediation)
        fixes.append(QJsonObject {{u"path"_s, path}, {u"value"_s, value}});
    return fixes;
}

} // namespace

QString controlStatusId(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass:
        return u"pass"_s;
    case ControlStatus::Fail:
        return u"fail"_s;
    case ControlStatus::NotApplicable:
        return u"not_applicable"_s;
    case ControlStatus::Manual:
        return u"manual"_s;
    }
    return {};
}

QString controlStatusName(ControlStatus status)
{
    switch (status) {
    case ControlStatus::Pass:
        return ComplianceCatalog::tr("pass");
    case ControlStatus::Fail:
        return ComplianceCatalog::tr("fail");
    case ControlStatus::NotApplicable:
        return ComplianceCatalog::tr("not applicable");
    case ControlStatus::Manual:
        return ComplianceCatalog::tr("manual");
    }
    return {};
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

QJsonObject ControlResult::toJson() const
{
    QJsonObject o {
        {u"framework"_s, framework},
        {u"control"_s, controlId},
        {u"title"_s, title},
        {u"description"_s, description},
        {u"severity"_s, severityId(severity)},
        {u"status"_s, controlStatusId(status)},
        {u"evidence"_s, QJsonArray::fromStringList(evidence)},
    };
    if (!expected.isEmpty())
        o.insert(u"expected"_s, expected);
    if (!manualEvidence.isEmpty())
        o.insert(u"evidence_needed"_s, manualEvidence);
    if (!remediation.isEmpty())
        o.insert(u"remediation"_s, remediationJson(remediation));
    return o;
}

int FrameworkResult::count(ControlStatus status) const
{
    return int(std::count_if(controls.cbegin(), controls.cend(),
                             [status](const ControlResult &r) { return r.status == status; }));
}

ControlStatus FrameworkResult::worst() const
{
    for (ControlStatus s : {ControlStatus::Fail, ControlStatus::Pass, ControlStatus::Manual}) {
        if (count(s) > 0)
            return s;
    }
    return ControlStatus::NotApplicable;
}

QJsonObject FrameworkResult::toJson() const
{
    QJsonArray results;
    for (const ControlResult &r : controls)
        results.append(r.toJson());
    return QJsonObject {
        {u"tenant_id"_s, tenantId},
        {u"framework"_s, framework},
        {u"requested"_s, requested},
        {u"status"_s, controlStatusId(worst())},
        {u"counts"_s,
         QJsonObject {{u"pass"_s, count(ControlStatus::Pass)},
                      {u"fail"_s, count(ControlStatus::Fail)},
                      {u"manual"_s, count(ControlStatus::Manual)},
                      {u"not_applicable"_s, count(ControlStatus::NotApplicable)}}},
        {u"controls"_s, results},
    };
}

Result<ComplianceFramework> ComplianceCatalog::parse(const QJsonObject &json,
                                                     const QString &fileName)
{
    ComplianceFramework framework;
    framework.id = json.value(u"framework"_s).toString();
    framework.name = json.value(u"name"_s).toString();
    framework.edition = json.value(u"edition"_s).toString();
    if (framework.id.isEmpty() || framework.name.isEmpty() || framework.edition.isEmpty())
        return catalogError(fileName, tr("needs \"framework\", \"name\" and \"edition\""));
    const QJsonValue controls = json.value(u"controls"_s);
    if (!controls.isArray() || controls.toArray().isEmpty())
        return catalogError(fileName, tr("\"controls\" must be a non-empty array"));
    QSet<QString> seen;
    const QJsonArray list = controls.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = u"%1: controls[%2]"_s.arg(fileName).arg(i);
        ComplianceControl c;
        c.id = o.value(u"id"_s).toString();
        c.title = o.value(u"title"_s).toString();
        c.description = o.value(u"description"_s).toString();
        if (c.id.isEmpty() || c.title.isEmpty() || c.description.isEmpty())
            return catalogError(where, tr("needs an \"id\", a \"title\" and a \"description\""));
        if (seen.contains(c.id))
            return catalogError(where, tr("control \"%1\" is listed twice").arg(c.id));
        seen.insert(c.id);
        const auto severity = severityFromId(o.value(u"severity"_s).toString());
        if (!severity)
            return catalogError(where + u".severity"_s,
                                tr("is one of low, medium, high, critical"));
        c.severity = *severity;
        if (o.contains(u"applies"_s)) {
            auto applies = JsonCondition::parse(o.value(u"applies"_s), where + u".applies"_s);
            if (!applies)
                return Error {ErrorCode::Catalog, applies.error().message, where};
            c.applies = *applies;
        }
        const bool manual = o.contains(u"manual"_s);
        if (manual == o.contains(u"check"_s))
            return catalogError(
                where, tr("has either a \"check\" or a \"manual\" (control %1)").arg(c.id));
        if (manual) {
            c.manualEvidence = o.value(u"manual"_s).toObject().value(u"evidence"_s).toString();
            if (c.manualEvidence.isEmpty())
                return catalogError(where + u".manual"_s,
                                    tr("names the \"evidence\" an auditor needs"));
        } else {
            auto check = JsonCondition::parse(o.value(u"check"_s), where + u".check"_s);
            if (!check)
                return Error {ErrorCode::Catalog, check.error().message, where};
            c.check = *check;
        }
        const QJsonArray fixes = o.value(u"remediation"_s).toArray();
        for (qsizetype k = 0; k < fixes.size(); ++k) {
            const QJsonObject fix = fixes.at(k).toObject();
            const QString path = fix.value(u"path"_s).toString();
            const QJsonValue value = fix.value(u"value"_s);
            if (path.isEmpty() || value.isUndefined())
                return catalogError(where + u".remediation[%1]"_s.arg(k),
                                    tr("needs a \"path\" and a \"value\""));
            c.remediation.append({path, value});
        }
        if (manual && !c.remediation.isEmpty())
            return catalogError(where, tr("a manual control has no remediation"));
        framework.controls.append(c);
    }
    return framework;
}

Result<ComplianceCatalog> ComplianceCatalog::load(const Catalog &catalog, const QString &directory)
{
    ComplianceCatalog result;
    for (const Framework &f : catalog.frameworks()) {
        const QString path = directory + u"/compliance/"_s + f.id.toLower() + u".json"_s;
        auto json = readJsonObjectFile(path);
        if (!json)
            return json.error();
        auto framework = parse(*json, path);
        if (!framework)
            return framework.error();
        if (framework->id != f.id)
            return catalogError(path,
                                tr("is the catalog of %1, not of %2").arg(framework->id, f.id));
        result.m_frameworks.append(std::move(framework).value());
    }
    return result;
}

const ComplianceFramework *ComplianceCatalog::framework(const QString &id) const
{
    for (const ComplianceFramework &f : m_frameworks) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QJsonObject ComplianceCatalog::evaluationDocument(const Tenant &tenant, const Catalog &catalog)
{
    QJsonObject document = tenant.configuration;
    const Region *region = catalog.region(tenant.region);
    document.insert(u"tenant"_s,
                    QJsonObject {
                        {u"id"_s, tenant.id},
                        {u"tier"_s, tenant.tier},
                        {u"region"_s, tenant.region},
                        {u"jurisdiction"_s, region ? region->jurisdiction : QString()},
                        {u"industry"_s, tenant.industry},
                        {u"frameworks"_s, QJsonArray::fromStringList(tenant.compliance)},
                    });
    return document;
}

FrameworkResult ComplianceCatalog::evaluate(const ComplianceFramework &framework,
                                            const Tenant &tenant, const QJsonObject &document)
{
    FrameworkResult result;
    result.framework = framework.id;
    result.tenantId = tenant.id;
    result.requested = tenant.compliance.contains(framework.id);
    for (const ComplianceControl &c : framework.controls) {
        ControlResult r;
        r.framework = framework.id;
        r.controlId = c.id;
        r.title = c.title;
        r.description = c.description;
        r.severity = c.severity;
        if (c.applies) {
            const JsonCondition::Outcome applies = c.applies->evaluate(document);
            if (!applies.holds) {
                r.status = ControlStatus::NotApplicable;
                r.expected = tr("applies when %1").arg(c.applies->describe());
                r.evidence = applies.evidence;
                result.controls.append(r);
                continue;
            }
        }
        if (!c.check) {
            r.status = ControlStatus::Manual;
            r.manualEvidence = c.manualEvidence;
            result.controls.append(r);
            continue;
        }
        const JsonCondition::Outcome outcome = c.check->evaluate(document);
        r.expected = c.check->describe();
        r.evidence = outcome.evidence;
        r.status = outcome.holds ? ControlStatus::Pass : ControlStatus::Fail;
        if (!outcome.holds)
            r.remediation = c.remediation;
        result.controls.append(r);
    }
    return result;
}

} // namespace Tenancy
