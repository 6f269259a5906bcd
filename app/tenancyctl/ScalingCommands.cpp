// tenancyctl scaling … and tenant scale: auto-scaling policies and a tenant's capacity.
#include "Cli.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Tenancy::Ctl {

namespace {

// A policy file: a JSON object; errors name the file, and the line and column of bad JSON.
Result<QJsonObject> readPolicyFile(const QString &path)
{
    const auto read = readInputFile(path);
    if (!read)
        return read.error();
    const QByteArray &bytes = *read;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error::at(path,
                         Cli::tr("%1:%2:%3: not JSON: %4")
                             .arg(path)
                             .arg(line)
                             .arg(column)
                             .arg(error.errorString()),
                         line, column, error.offset);
    }
    if (!doc.isObject())
        return Error::invalid(path,
                              Cli::tr("%1: a scaling policy is a JSON object such as "
                                      "{\"min_capacity\": 2, \"max_capacity\": 20}")
                                  .arg(path));
    // The policy itself, or a configuration fragment around it.
    QJsonObject o = doc.object();
    if (o.contains(u"infrastructure"_s))
        o = o.value(u"infrastructure"_s).toObject();
    if (o.contains(u"auto_scaling"_s))
        o = o.value(u"auto_scaling"_s).toObject();
    return o;
}

void printState(Cli &cli, const ScalingState &s)
{
    if (cli.json()) {
        cli.printJson(s.toJson());
        return;
    }
    QTextStream &out = cli.out();
    const ScalingPolicy &p = s.policy;
    out << Cli::tr("%1: capacity %2 (policy %3 to %4)")
               .arg(s.tenantId)
               .arg(s.capacity)
               .arg(p.minCapacity)
               .arg(p.maxCapacity)
        << '\n';
    if (s.scaledAt.isValid())
        out << Cli::tr("last scaled %1 at %2 by %3")
                   .arg(s.direction, toIsoUtc(s.scaledAt), s.scaledBy)
            << '\n';
    QList<QStringList> rows;
    const QJsonObject json = p.toJson();
    for (auto it = json.begin(); it != json.end(); ++it) {
        QString value = it->isArray()
            ? QString::fromUtf8(QJsonDocument(it->toArray()).toJson(QJsonDocument::Compact))
            : it->toVariant().toString();
        rows.append({it.key(), value});
    }
    cli.printTable({Cli::tr("FIELD"), Cli::tr("VALUE")}, rows);
}

int runScalingShow(Context &c)
{
    auto s = c.manager->scaling(c.positional.at(0));
    if (!s)
        return c.cli.fail(s.error());
    printState(c.cli, *s);
    return Ok;
}

int runScalingSet(Context &c)
{
    if (!c.args.isSet(u"file"_s))
        return c.cli.usageError(Cli::tr("scaling set: --file POLICY.json is required"));
    if (!c.args.isSet(u"reason"_s))
        return c.cli.usageError(Cli::tr("scaling set: --reason is required"));
    auto fields = readPolicyFile(c.args.value(u"file"_s));
    if (!fields)
        return c.cli.fail(fields.error());
    const QString id = c.positional.at(0);
    auto changed = c.manager->setScalingPolicy(id, *fields, c.args.value(u"reason"_s));
    if (!changed)
        return c.cli.fail(changed.error());
    auto s = c.manager->scaling(id);
    if (!s)
        return c.cli.fail(s.error());
    printState(c.cli, *s);
    return Ok;
}

int runScale(Context &c)
{
    if (!c.args.isSet(u"factor"_s))
        return c.cli.usageError(Cli::tr("tenant scale: --factor F is required"));
    bool ok = false;
    const double factor = c.args.value(u"factor"_s).toDouble(&ok);
    if (!ok)
        return c.cli.usageError(Cli::tr("tenant scale: --factor must be a number such as 2 or 0.5 "
                                        "(found \"%1\")")
                                    .arg(c.args.value(u"factor"_s)));
    const QString reason = c.args.isSet(u"reason"_s)
        ? c.args.value(u"reason"_s)
        : Cli::tr("scaled by a factor of %1").arg(factor);
    auto s = c.manager->scale(c.positional.at(0), factor, reason);
    if (!s)
        return c.cli.fail(s.error());
    printState(c.cli, *s);
    return Ok;
}

Command make(const QStringList &path, const QString &summary,
             const QList<QCommandLineOption> &options, int (*run)(Context &))
{
    Command c;
    c.path = path;
    c.arguments = u"ID"_s;
    c.positionalCount = 1;
    c.summary = summary;
    c.options = options;
    c.run = run;
    return c;
}

} // namespace

QList<Command> scalingCommands()
{
    return {
        make({u"scaling"_s, u"show"_s},
             Cli::tr("The tenant's auto-scaling policy and its capacity now."), {}, runScalingShow),
        make({u"scaling"_s, u"set"_s},
             Cli::tr("Set fields of the tenant's auto-scaling policy from a JSON file (checked: "
                     "min <= max, 0 < down < up <= 1, cooldowns >= 60 s, factor >= 1)."),
             {option(u"file"_s, Cli::tr("the policy's fields, a JSON object"), u"POLICY.json"_s),
              option(u"reason"_s, Cli::tr("why (required)"), u"TEXT"_s)},
             runScalingSet),
        make({u"tenant"_s, u"scale"_s},
             Cli::tr("Multiply the tenant's capacity by a factor, within its scaling policy."),
             {option(u"factor"_s, Cli::tr("above 1 scales up, below 1 down"), u"F"_s),
              option(u"reason"_s, Cli::tr("why"), u"TEXT"_s)},
             runScale),
    };
}

} // namespace Tenancy::Ctl
