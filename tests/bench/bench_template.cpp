// Benchmark: rendering configuration templates, against Jinja2 in the same run. Prints
// figures; it is not a pass/fail timer (it fails only when an output is wrong or Jinja2 is
// missing).
//
//   bench_template [--runs R] [--min-ms M] [--python PATH]
//
// For professional_init.json and a generated ~10 KB template with 50 placeholders:
//   render + parse + validate  renderDocument() then ConfigEngine::check (schema, tier, tenant)
//   render + parse             renderDocument() (the skeleton), and render() + QJsonDocument
//   render                     render() alone (UTF-8 text)
// and, in one python3 process started once, Jinja2 (StrictUndefined, keep_trailing_newline,
// the functions as callables) rendering the same template with the same values, alone and
// followed by json.loads. Each figure is the median of R runs; a run repeats the operation
// (doubling the count) until it took at least M ms. Ratios are our rate / Jinja2's rate.
#include "config/ConfigEngine.h"
#include "config/ConfigTemplate.h"
#include "model/Catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

// Times f per call in microseconds: the median of runs runs of at least minMs each.
template<typename F>
double medianMicros(int runs, double minMs, F &&f)
{
    QList<double> samples;
    QElapsedTimer timer;
    for (int r = 0; r < runs; ++r) {
        for (qint64 n = 1;; n *= 2) {
            timer.start();
            for (qint64 i = 0; i < n; ++i)
                f();
            const qint64 ns = timer.nsecsElapsed();
            if (ns >= minMs * 1e6 || n >= (qint64(1) << 40)) {
                samples.append(ns / 1e3 / double(n));
                break;
            }
        }
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

// ~10 KB of JSON with 50 placeholders over 10 variables, most inside longer strings: one in
// _metadata and 49 either each in its own object (spread) or together in one (grouped).
// renderDocument() copies every object on the way to a placeholder; render() does not care.
QString tenKilobyteTemplate(bool spread)
{
    QString text = u"{\n  \"_metadata\": {\"template_type\": \"bench\", \"generated_at\": "
                   "\"{{ current_timestamp() }}\"},\n"_s;
    const auto placeholder = [](int i) {
        const QString var = u"var_%1"_s.arg(i % 10);
        return i % 3 == 0 ? u"{{ %1 }}"_s.arg(var) : u"prefix-%1/{{ %2 }}/suffix"_s.arg(i).arg(var);
    };
    if (!spread) {
        text += u"  \"settings\": {\n"_s;
        for (int i = 0; i < 49; ++i) {
            text += u"    \"setting_%1\": \"%2\"%3\n"_s.arg(i).arg(placeholder(i),
                                                                   i == 48 ? QString() : u","_s);
        }
        text += u"  },\n"_s;
    }
    text += u"  \"entries\": {\n"_s;
    for (int i = 0; i < 49; ++i) {
        text += u"    \"entry_%1\": {\"value\": \"%2\", \"enabled\": %3, \"limit\": %4, "
                "\"ratio\": 0.%5, \"tags\": [\"alpha\", \"beta\", \"gamma\"], "
                "\"note\": \"a fixed description of entry %1 that pads the template\"}%6\n"_s.arg(i)
                    .arg(spread ? placeholder(i) : u"fixed"_s, i % 2 ? u"true"_s : u"false"_s)
                    .arg(i * 100)
                    .arg(i + 10)
                    .arg(i == 48 ? QString() : u","_s);
    }
    text += u"  }\n}\n"_s;
    return text;
}

TemplateValues tenKilobyteValues()
{
    TemplateValues values;
    for (int i = 0; i < 10; ++i)
        values.variables.insert(u"var_%1"_s.arg(i), u"value-%1-of-the-bench"_s.arg(i));
    values.functions.insert(u"current_timestamp"_s, u"2026-01-01T09:00:00Z"_s);
    return values;
}

// The Jinja2 side: reads {"templates": {name: text}, "variables", "functions", "runs",
// "min_ms"} on stdin, prints {name: {"render": us, "render_loads": us, "output": text}}.
const char kPython[] = R"(import json, sys, time
import jinja2
cfg = json.load(sys.stdin)
env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                         autoescape=False)
def median_micros(fn, runs, min_s):
    samples = []
    for _ in range(runs):
        n = 1
        while True:
            t0 = time.perf_counter()
            for _ in range(n):
                fn()
            dt = time.perf_counter() - t0
            if dt >= min_s:
                samples.append(dt / n * 1e6)
                break
            n *= 2
    samples.sort()
    return samples[len(samples) // 2]
out = {"python": sys.version.split()[0], "jinja2": jinja2.__version__}
for name, case in cfg["templates"].items():
    ctx = dict(case["variables"])
    for k, v in case["functions"].items():
        ctx[k] = (lambda v: lambda: v)(v)
    t = env.from_string(case["text"])
    assert isinstance(json.loads(t.render(ctx)), dict)
    out[name] = {
        "render": median_micros(lambda: t.render(ctx), cfg["runs"], cfg["min_ms"] / 1e3),
        "render_loads": median_micros(lambda: json.loads(t.render(ctx)), cfg["runs"],
                                      cfg["min_ms"] / 1e3),
        "output": t.render(ctx),
    }
json.dump(out, sys.stdout)
)";

QJsonObject toJson(const QHash<QString, QString> &hash)
{
    QJsonObject o;
    for (auto it = hash.begin(); it != hash.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

struct Case
{
    QString name;
    QString text;
    TemplateValues values;
    bool validate = false; // against the configuration schema (professional_init only)
};

QString rate(double micros)
{
    const double perSecond = 1e6 / micros;
    return perSecond >= 1e6 ? u"%1 M/s"_s.arg(perSecond / 1e6, 0, 'f', 2)
                            : u"%1 k/s"_s.arg(perSecond / 1e3, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addOption({u"runs"_s, u"runs per figure (the median is printed)"_s, u"R"_s, u"7"_s});
    parser.addOption({u"min-ms"_s, u"least time of one run, in ms"_s, u"M"_s, u"200"_s});
    parser.addOption({u"python"_s, u"the Python with Jinja2"_s, u"PATH"_s, u"/usr/bin/python3"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const double minMs = std::max(0.01, parser.value(u"min-ms"_s).toDouble());
    out << "command: " << QCoreApplication::arguments().join(u' ') << '\n';

    auto catalog = Catalog::load();
    if (!catalog) {
        out << catalog.error().message << '\n';
        return 1;
    }
    auto engine = ConfigEngine::load(std::make_shared<const Catalog>(std::move(catalog).value()));
    if (!engine) {
        out << engine.error().message << '\n';
        return 1;
    }
    const ConfigEngine &config = **engine;
    const TemplateInfo *professional = config.shippedTemplate(u"professional_init"_s);
    if (!professional)
        return 1;

    QList<Case> cases {
        {u"professional_init.json"_s, professional->text,
         ConfigEngine::templateValues(config.sampleVariables(u"professional"_s)), true},
        {u"10 KB, 50 placeholders, 50 objects"_s, tenKilobyteTemplate(true), tenKilobyteValues(),
         false},
        {u"10 KB, 50 placeholders, 2 objects"_s, tenKilobyteTemplate(false), tenKilobyteValues(),
         false},
    };

    // Jinja2 first (one process), so both sides run on the same quiet machine.
    QJsonObject request {{u"runs"_s, runs}, {u"min_ms"_s, minMs}};
    QJsonObject templates;
    for (const Case &c : cases) {
        templates.insert(c.name,
                         QJsonObject {{u"text"_s, c.text},
                                      {u"variables"_s, toJson(c.values.variables)},
                                      {u"functions"_s, toJson(c.values.functions)}});
    }
    request.insert(u"templates"_s, templates);
    const QString python = parser.value(u"python"_s);
    out << "jinja2: " << python << " -c <the timing loop in bench_template.cpp>, the same "
        << "templates and values on stdin\n";
    out.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(python, {u"-c"_s, QString::fromUtf8(kPython)});
    process.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        out << "the Jinja2 side failed (python3-jinja2 installed?)\n";
        return 1;
    }
    const QJsonObject jinja = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    out << "Python " << jinja.value(u"python"_s).toString() << ", Jinja2 "
        << jinja.value(u"jinja2"_s).toString() << "; Qt " << qVersion() << "; medians of " << runs
        << " runs of >= " << minMs << " ms\n";

    volatile qsizetype sink = 0;
    for (const Case &c : cases) {
        const ConfigTemplate t = ConfigTemplate::parse(c.text);
        const auto text = t.render(c.values);
        const auto document = t.renderDocument(c.values);
        if (!text || !document || !t.hasSkeleton()
            || QJsonDocument::fromJson(*text).object() != *document) {
            out << c.name << ": renderDocument() and render() disagree\n";
            return 1;
        }
        const QJsonObject theirs = jinja.value(c.name).toObject();
        const bool sameAsJinja = theirs.value(u"output"_s).toString() == QString::fromUtf8(*text);
        if (c.validate && !config.check(*document, u"acme"_s, u"professional"_s, {}).isEmpty()) {
            out << c.name << ": the rendered document does not validate\n";
            return 1;
        }

        const double renderUs
            = medianMicros(runs, minMs, [&] { sink = sink + t.render(c.values)->size(); });
        const double documentUs
            = medianMicros(runs, minMs, [&] { sink = sink + t.renderDocument(c.values)->size(); });
        const double textParseUs = medianMicros(runs, minMs, [&] {
            sink = sink + QJsonDocument::fromJson(*t.render(c.values)).object().size();
        });
        const double jinjaUs = theirs.value(u"render"_s).toDouble();
        const double jinjaLoadsUs = theirs.value(u"render_loads"_s).toDouble();

        out << '\n'
            << c.name << ": " << c.text.toUtf8().size() << " bytes, "
            << t.variableNames().size() + t.functionCalls().size() << " names, "
            << t.skeletonPointers().size() << " strings set by renderDocument(); output "
            << (sameAsJinja ? "identical to" : "DIFFERENT from") << " Jinja2's\n";
        const auto line = [&](const char *what, double us, double theirUs) {
            out << "  " << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0)
                << QString::number(us, 'f', 2) << " us  " << rate(us);
            if (theirUs > 0)
                out << "  = " << QString::number(theirUs / us, 'f', 1) << "x Jinja2";
            out << '\n';
        };
        if (c.validate) {
            const double validateUs = medianMicros(runs, minMs, [&] {
                const auto doc = t.renderDocument(c.values);
                sink = sink + config.check(*doc, u"acme"_s, u"professional"_s, {}).size();
            });
            const double textValidateUs = medianMicros(runs, minMs, [&] {
                const QJsonObject doc = QJsonDocument::fromJson(*t.render(c.values)).object();
                sink = sink + config.check(doc, u"acme"_s, u"professional"_s, {}).size();
            });
            line("render+parse+validate (renderDocument)", validateUs, 0);
            line("render+parse+validate (render+fromJson)", textValidateUs, 0);
        }
        line("render+parse: renderDocument()", documentUs, jinjaLoadsUs);
        line("render+parse: render()+QJsonDocument", textParseUs, jinjaLoadsUs);
        line("render alone: render()", renderUs, jinjaUs);
        line("Jinja2 render + json.loads", jinjaLoadsUs, 0);
        line("Jinja2 render", jinjaUs, 0);
    }
    return sink < 0 ? 1 : 0;
}
