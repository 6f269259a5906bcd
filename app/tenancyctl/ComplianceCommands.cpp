// tenancyctl compliance …: tenants against the framework catalogs (resources/compliance).
#include "Cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
        .chopped(1)
        .mid(1);
}

QString counts(const FrameworkResult &f)
{
    return Cli::tr("%1 pass, %2 fail, %3 manual, %4 not applicable")
        .arg(f.count(ControlStatus::Pass))
        .arg(f.count(ControlStatus::Fail))
        .arg(f.count(ControlStatus::Manual))
        .arg(f.count(ControlStatus::NotApplicable));
}

int runCheck(Context &c)
{
    const QString id = c.positional.at(0);
    auto results = c.manager->complianceCheck(id, c.args.values(u"framework"_s));
    if (!results)
        return c.cli.fail(results.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const FrameworkResult &f : *results)
            array.append(f.toJson());
        c.cli.printJson(array);
        return Ok;
    }
    for (const FrameworkResult &f : *results) {
        c.cli.out() << f.framework
                    << (f.requested ? Cli::tr(" (requested by the tenant)") : QString()) << ": "
                    << controlStatusName(f.worst()) << " — " << counts(f) << '\n';
        QList<QStringList> rows;
        for (const ControlResult &r : f.controls) {
            QString detail = r.status == ControlStatus::Manual
                ? Cli::tr("evidence needed: %1").arg(r.manualEvidence)
                : r.evidence.join(u"; "_s);
            rows << QStringList {r.controlId, controlStatusName(r.status), severityId(r.severity),
                                 r.title, detail};
        }
        c.cli.printTable({Cli::tr("CONTROL"), Cli::tr("STATUS"), Cli::tr("SEVERITY"),
                          Cli::tr("TITLE"), Cli::tr("EVIDENCE")},
                         rows);
        for (const ControlResult &r : f.controls) {
            if (r.remediation.isEmpty())
                continue;
            QStringList sets;
            for (const auto &[path, value] : r.remediation)
                sets << u"--set "_s + path + u'=' + valueText(value);
            c.cli.out() << Cli::tr("fix %1: tenancyctl tenant apply %2 %3 --reason \"%4 %1\"")
                               .arg(r.controlId, id, sets.join(u' '), f.framework)
                        << '\n';
        }
        c.cli.out() << '\n';
    }
    return Ok;
}

int runMatrix(Context &c)
{
    auto results = c.manager->complianceMatrix(c.args.values(u"framework"_s));
    if (!results)
        return c.cli.fail(results.error());
    if (c.cli.json()) {
        QJsonArray array;
        for (const FrameworkResult &f : *results) {
            QJsonObject o = f.toJson();
            o.remove(u"controls"_s);
            QJsonArray failing;
            for (const ControlResult &r : f.controls) {
                if (r.status == ControlStatus::Fail)
                    failing.append(r.controlId);
            }
            o.insert(u"failing"_s, failing);
            array.append(o);
        }
        c.cli.printJson(array);
        return Ok;
    }
    QStringList frameworks;
    for (const FrameworkResult &f : *results) {
        if (!frameworks.contains(f.framework))
            frameworks.append(f.framework);
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < results->size(); i += frameworks.size()) {
        QStringList row {results->at(i).tenantId};
        for (qsizetype k = 0; k < frameworks.size() && i + k < results->size(); ++k) {
            const FrameworkResult &f = results->at(i + k);
            const int failed = f.count(ControlStatus::Fail);
            row << (failed > 0 ? Cli::tr("fail (%1)").arg(failed) : controlStatusName(f.worst()));
        }
        rows << row;
    }
    c.cli.printTable(QStringList {Cli::tr("TENANT")} + frameworks, rows);
    return Ok;
}

} // namespace

QList<Command> complianceCommands()
{
    const QCommandLineOption framework
        = option(u"framework"_s,
                 Cli::tr("GDPR, CCPA, HIPAA, SOC2, ISO27001, PCI_DSS or FEDRAMP (repeatable; "
                         "default: all)"),
                 u"F"_s);
    Command check;
    check.path = {u"compliance"_s, u"check"_s};
    check.arguments = u"ID"_s;
    check.positionalCount = 1;
    check.summary = Cli::tr("Check a tenant against framework controls: pass, fail, manual or not "
                            "applicable, with the evidence and the fix.");
    check.options = {framework};
    check.run = runCheck;

    Command matrix;
    matrix.path = {u"compliance"_s, u"matrix"_s};
    matrix.summary = Cli::tr("Every tenant against the frameworks: the worst status of each, "
                             "with how many controls fail.");
    matrix.options = {framework};
    matrix.run = runMatrix;
    return {check, matrix};
}

} // namespace Tenancy::Ctl
