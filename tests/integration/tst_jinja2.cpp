// Differential test: ConfigTemplate renders the same bytes as Jinja2 (python3-jinja2, through
// tests/tools/render_jinja2.py), for the shipped templates and a generated set.
#include "TestSupport.h"
#include "config/ConfigTemplate.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Tenancy::ConfigTemplate;
using Tenancy::TemplateValues;

namespace {

const QString python = u"/usr/bin/python3"_s;

struct Case
{
    QString name;
    QString text;
    TemplateValues values;
};

TemplateValues standardValues()
{
    TemplateValues values;
    values.variables = {{u"tenant_id"_s, u"acme-corp"_s},
                        {u"tenant_name"_s, u"Acme Corporation"_s},
                        {u"data_residency_region"_s, u"eu-west-1"_s}};
    values.functions = {{u"current_timestamp"_s, u"2026-12-01T13:40:26Z"_s},
                        {u"trial_expiry_date"_s, u"2026-12-15T13:40:26Z"_s},
                        {u"subscription_end_date"_s, u"2027-12-01T13:40:26Z"_s}};
    return values;
}

QJsonObject toJson(const QHash<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// Random templates that stay inside the accepted language: JSON documents whose strings mix
// text (Unicode letters, JSON escapes, "}}", lone braces) with placeholders (every whitespace
// style, functions, filter chains, defaults in both quotes), and values that need no JSON
// escaping (Greek, German, Turkish, CJK, emoji, "{{ … }}" as data).
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    { }

    Case next(int index)
    {
        Case c;
        c.name = u"generated %1"_s.arg(index);
        c.values = standardValues();
        const QStringList plain {u"Acme GmbH"_s,       u"Zürich"_s,   u"ΟΔΟΣ ΣΑΣ"_s,   u"Straße"_s,
                                 u"İstanbul"_s,        u"東京支社"_s, u"🙂 emoji"_s, u"x}}y"_s,
                                 u"{{ tenant_id }}"_s, u"it's"_s,     u"ǅemal"_s,      QString(),
                                 u"MiXeD cAsE"_s,      u"ﬁnance"_s,   u"ΑΣ'"_s,        u"%{#}"_s};
        for (const QString &name : variablePool)
            c.values.variables.insert(name, pick(plain));
        // Sometimes an undefined variable without a default: both sides must refuse it.
        m_undefinedAllowed = m_random.bounded(20) == 0;
        m_undefinedUsed = false;
        c.text = pick({u""_s, u"\n"_s, u"  "_s}) + value(0) + pick({u""_s, u"\n"_s, u"\r\n"_s});
        if (m_undefinedAllowed && !m_undefinedUsed)
            c.text = u"[\"{{ nowhere }}\", "_s + c.text + u"]"_s;
        return c;
    }

private:
    QString pick(const QStringList &list) { return list.at(m_random.bounded(int(list.size()))); }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    QString space()
    {
        static const QStringList spaces {u""_s,       u" "_s,      u" "_s,      u"  "_s,
                                         u"\t"_s,     u"\n"_s,     u"\r\n "_s,  u"\u00a0"_s,
                                         u"\u3000"_s, u"\u2028"_s, u"\u0085"_s, u"\u001c"_s};
        return chance(60) ? pick(spaces.mid(0, 3)) : pick(spaces);
    }

    QString defaultText()
    {
        static const QStringList texts {u"Acme"_s,    u""_s,       u"Zürich AG"_s, u"}}"_s,
                                        u"{{ x }}"_s, u"ΣΟΦΙΑΣ"_s, u"🙂"_s,      u"a b  c"_s};
        QString text = pick(texts);
        if (chance(50))
            return u"'"_s + text + u"'"_s;
        if (chance(30))
            text += u"'s"_s;
        return u"\""_s + text + u"\""_s;
    }

    QString placeholder()
    {
        QString expression;
        bool defined = true;
        if (chance(25)) {
            expression
                = pick(ConfigTemplate::functionNames()) + space() + u"("_s + space() + u")"_s;
        } else if (chance(15)) {
            expression = u"missing_%1"_s.arg(m_random.bounded(5));
            defined = false;
        } else {
            expression = pick(variablePool);
        }
        const int filters = int(m_random.bounded(4));
        for (int i = 0; i < filters; ++i) {
            QString filter;
            if (!defined && chance(60)) {
                filter
                    = u"default"_s + space() + u"("_s + space() + defaultText() + space() + u")"_s;
                defined = true;
            } else if (defined || (m_undefinedAllowed && chance(20))) {
                filter = pick({u"upper"_s, u"lower"_s, u"default(\"unused\")"_s, u"upper()"_s});
                if (filter.startsWith(u"default"_s))
                    defined = true;
                else if (!defined)
                    m_undefinedUsed = true; // upper/lower of an undefined value: an error
            } else {
                continue;
            }
            expression += space() + u"|"_s + space() + filter;
        }
        if (!defined) {
            if (m_undefinedAllowed && chance(30))
                m_undefinedUsed = true;
            else
                expression += space() + u"|"_s + space() + u"default('fallback')"_s;
        }
        return u"{{"_s + space() + expression + space() + u"}}"_s;
    }

    QString string()
    {
        static const QStringList pieces {
            u"plain"_s, u" words "_s, u"Größe"_s, u"Ωμέγα"_s,   u"東京"_s,
            u"🙂"_s,  u"}}"_s,      u"} }"_s,   u"{ "_s,      u" }"_s,
            u"\\n"_s,   u"\\\""_s,    u"\\\\"_s,  u"\\u00e9"_s, u"\\ud83d\\ude42"_s,
            u"\\/"_s,   u"-"_s,       u"%"_s,     u"#"_s,       u"a{b"_s,
            u"'"_s,     u"\u2028"_s,  u"\t"_s};
        QString s = u"\""_s;
        const int parts = int(m_random.bounded(6));
        for (int i = 0; i < parts; ++i) {
            if (chance(45)) {
                s += placeholder();
            } else {
                QString piece = pick(pieces);
                // "\t" raw is not JSON; keep it for keys only as an escape.
                if (piece == u"\t"_s)
                    piece = u"\\t"_s;
                // Never "{#" or "{%": those are refused.
                if (s.endsWith(u'{') && (piece.startsWith(u'#') || piece.startsWith(u'%')))
                    s += u' ';
                s += piece;
            }
        }
        return s + u"\""_s;
    }

    // A JSON value; at depth 0 an object or an array (QJsonDocument wants one).
    QString value(int depth)
    {
        const int kind
            = depth == 0 ? 3 + int(m_random.bounded(3)) : int(m_random.bounded(depth >= 3 ? 3 : 6));
        switch (kind) {
        case 0:
        case 1:
            return string();
        case 2:
            return pick({u"42"_s, u"-1.5e3"_s, u"true"_s, u"false"_s, u"null"_s, u"0"_s});
        case 3:
        case 4: {
            QStringList members;
            const int n = int(m_random.bounded(5));
            for (int i = 0; i < n; ++i)
                members.append(string() + pick({u":"_s, u": "_s, u" : "_s}) + value(depth + 1));
            return u"{"_s + separator() + members.join(u","_s + separator()) + separator() + u"}"_s;
        }
        default: {
            QStringList items;
            const int n = int(m_random.bounded(5));
            for (int i = 0; i < n; ++i)
                items.append(value(depth + 1));
            return u"["_s + items.join(u", "_s) + u"]"_s;
        }
        }
    }

    QString separator() { return pick({u""_s, u" "_s, u"\n  "_s, u"\r\n"_s, u"\r"_s}); }

    const QStringList variablePool {u"tenant_id"_s, u"tenant_name"_s, u"data_residency_region"_s,
                                    u"x"_s,         u"_private"_s,    u"region2"_s,
                                    u"if"_s,        u"loop"_s,        u"Upper"_s};
    QRandomGenerator m_random;
    bool m_undefinedAllowed = false;
    bool m_undefinedUsed = false;
};

// Hand-written corners of the language, next to the generated ones.
QList<Case> edgeCases()
{
    QList<Case> cases;
    const auto add = [&](const QString &name, const QString &text) {
        cases.append({u"edge "_s + name, text, standardValues()});
    };
    add(u"no spaces"_s, u"[\"{{tenant_id}}\"]"_s);
    add(u"Python whitespace"_s,
        u"[\"{{\u000b\u000c\u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2000\u200a\u2028\u2029\u202f"
        "\u205f\u3000tenant_id\t}}\"]"_s);
    add(u"closing braces"_s, u"{\"a\": {\"b\": \"}}{{ tenant_id }}}}\"}}"_s);
    add(u"line ends"_s, u"{\r\n\"a\": \"{{ tenant_id }}\"\r}\r\n\r\n"_s);
    add(u"final sigma"_s, u"[\"{{ tenant_name | default('x') | lower }}\"]"_s);
    add(u"defaults"_s, u"[\"{{ a | default('}}') }}{{ b | default(\"{{ c }}\") | upper }}\"]"_s);
    add(u"filters with parentheses"_s, u"[\"{{ tenant_name | upper ( ) | lower() }}\"]"_s);
    add(u"keywords as names"_s, u"[\"{{ if | default('a') }}{{ in | default('b') }}\"]"_s);
    add(u"undefined"_s, u"[\"{{ nowhere }}\"]"_s);
    add(u"undefined under upper"_s, u"[\"{{ nowhere | upper | default('x') }}\"]"_s);
    add(u"greek"_s, u"[\"{{ tenant_name | lower }}\"]"_s);
    cases[4].values.variables.insert(u"tenant_name"_s, u"ΟΔΥΣΣΕΥΣ Ο ΣΟΦΟΣ"_s);
    cases.last().values.variables.insert(u"tenant_name"_s, u"ΣΑΣ. ΑΣ' Σ Α\u0301Σ"_s);
    return cases;
}

} // namespace

class tst_Jinja2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QProcess probe;
        probe.start(python, {u"-c"_s, u"import jinja2"_s});
        const bool available = probe.waitForFinished(30000)
            && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
        TENANCY_REQUIRE_SERVICE(available, "/usr/bin/python3 with jinja2 (python3-jinja2)");

        collectShippedTemplates();
        m_cases += edgeCases();
        Generator generator(20261201);
        for (int i = 0; i < 400; ++i)
            m_cases.append(generator.next(i));
        renderWithJinja2();
    }

    void matchesJinja2_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < m_cases.size(); ++i)
            QTest::newRow(qPrintable(m_cases.at(i).name)) << int(i);
    }
    void matchesJinja2()
    {
        QFETCH(int, index);
        const Case &c = m_cases.at(index);
        const QJsonObject expected = m_results.at(index).toObject();
        const auto parsed = ConfigTemplate::parse(c.text);
        QVERIFY2(parsed.isValid(),
                 qPrintable(
                     c.text + u"\n"_s
                     + (parsed.issues().isEmpty() ? QString() : parsed.issues().first().message)));
        const auto rendered = parsed.render(c.values);
        if (expected.contains(u"error"_s)) {
            QVERIFY2(!rendered.ok(),
                     qPrintable(u"Jinja2 refused it ("_s + expected.value(u"error"_s).toString()
                                + u"), we did not:\n"_s + c.text));
            QVERIFY(rendered.error().message.startsWith(u"unknown variable"_s));
            return;
        }
        QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().message));
        const QByteArray jinja2
            = QByteArray::fromBase64(expected.value(u"output"_s).toString().toLatin1());
        if (*rendered != jinja2) {
            qWarning().noquote() << "template:" << c.text << "\nours:  " << *rendered
                                 << "\njinja2:" << jinja2;
        }
        QCOMPARE(*rendered, jinja2);
        QJsonParseError error;
        QJsonDocument::fromJson(*rendered, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    }

    void coverage()
    {
        QVERIFY(m_generated >= 300);
        qsizetype placeholders = 0;
        for (const Case &c : std::as_const(m_cases))
            placeholders += c.text.count(u"{{"_s);
        qsizetype refused = 0;
        for (const QJsonValue &result : std::as_const(m_results))
            refused += result.toObject().contains(u"error"_s);
        qInfo("%d shipped templates, %d generated and hand-written cases, %d placeholders, "
              "%d undefined-variable cases",
              int(m_shipped), int(m_generated), int(placeholders), int(refused));
        QVERIFY(refused > 5 && refused < m_cases.size() / 5);
    }

private:
    void collectShippedTemplates()
    {
        const QString dir = QStringLiteral(TENANCY_SOURCE_DIR "/resources/templates");
        QDirIterator it(dir, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            Case c {u"shipped "_s + QDir(dir).relativeFilePath(path),
                    QString::fromUtf8(file.readAll()), standardValues()};
            // Whatever else a shipped template uses gets a plain value.
            for (const QString &name : ConfigTemplate::parse(c.text).variableNames()) {
                if (!c.values.variables.contains(name))
                    c.values.variables.insert(name, u"value of "_s + name);
            }
            m_cases.append(c);
            ++m_shipped;
        }
        if (files.isEmpty())
            qInfo("no shipped templates under %s yet: only the generated set", qPrintable(dir));
    }

    void renderWithJinja2()
    {
        QJsonArray cases;
        for (const Case &c : std::as_const(m_cases)) {
            cases.append(QJsonObject {{u"template"_s, c.text},
                                      {u"variables"_s, toJson(c.values.variables)},
                                      {u"functions"_s, toJson(c.values.functions)}});
        }
        m_generated = m_cases.size() - m_shipped;
        QVERIFY(m_dir.isValid());
        QFile in(m_dir.filePath(u"cases.json"_s));
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write(QJsonDocument(cases).toJson(QJsonDocument::Compact));
        in.close();

        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(python,
                      {QStringLiteral(TENANCY_SOURCE_DIR "/tests/tools/render_jinja2.py"),
                       in.fileName(), m_dir.filePath(u"results.json"_s)});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);

        QFile out(m_dir.filePath(u"results.json"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        m_results = QJsonDocument::fromJson(out.readAll()).array();
        QCOMPARE(m_results.size(), m_cases.size());
    }

    QTemporaryDir m_dir;
    QList<Case> m_cases;
    QJsonArray m_results;
    qsizetype m_shipped = 0;
    qsizetype m_generated = 0;
};

QTEST_GUILESS_MAIN(tst_Jinja2)
#include "tst_jinja2.moc"
