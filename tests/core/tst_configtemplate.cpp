// ConfigTemplate: the safe Jinja2 subset for JSON configuration templates.
#include "config/ConfigTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Tenancy::ConfigTemplate;
using Tenancy::Error;
using Tenancy::TemplateValues;

using StringMap = QHash<QString, QString>;

namespace {

TemplateValues standardValues()
{
    TemplateValues values;
    values.variables = {{u"tenant_id"_s, u"acme-corp"_s},
                        {u"tenant_name"_s, u"Acme Corp"_s},
                        {u"data_residency_region"_s, u"eu-west-1"_s},
                        {u"empty"_s, QString()}};
    values.functions = {{u"current_timestamp"_s, u"2026-12-01T13:40:26Z"_s},
                        {u"trial_expiry_date"_s, u"2026-12-15T00:00:00Z"_s},
                        {u"subscription_end_date"_s, u"2027-12-01T00:00:00Z"_s}};
    return values;
}

// "line:column:offset:field" for each issue, to compare positions in one go.
QStringList positions(const QList<Error> &issues)
{
    QStringList out;
    for (const Error &e : issues)
        out.append(u"%1:%2:%3:%4"_s.arg(e.line).arg(e.column).arg(e.offset).arg(e.field));
    return out;
}

// The JSON value shapes (types, keys count, array lengths) without the strings' contents.
QString shape(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts.append(shape(it.value()));
        parts.sort();
        return u"{"_s + parts.join(u',') + u"}"_s;
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(shape(v));
        return u"["_s + parts.join(u',') + u"]"_s;
    }
    case QJsonValue::String:
        return u"s"_s;
    default:
        return QString::number(int(value.type()));
    }
}

QString shape(const QJsonDocument &doc)
{
    return doc.isArray() ? shape(doc.array()) : shape(doc.object());
}

// A JSON string of random pieces: plain text, escapes (surrogate halves too), non-ASCII,
// braces, and (with placeholders) placeholders of every kind.
QString randomString(QRandomGenerator &rng, bool placeholders)
{
    static const QStringList pieces {
        u"a"_s,         u"id-"_s,
        u" "_s,         u"\\\""_s,
        u"\\\\"_s,      u"\\n"_s,
        u"\\/"_s,       u"\\u00e9"_s,
        u"\\u0000"_s,   u"\\uD83D"_s,
        u"\\uDE00"_s,   u"\\uE000"_s,
        u"é東🙂"_s, QString(QChar(0xE000)) + QChar(0xE001),
        u"}}"_s,        u"{ }"_s,
    };
    static const QStringList placeholderPieces {
        u"{{ v1 }}"_s,
        u"{{v2}}"_s,
        u"{{ v3 | upper }}"_s,
        u"{{ v1 | lower | default('x') }}"_s,
        u"{{ nickname | default('Acme') }}"_s,
        u"{{ current_timestamp() }}"_s,
        u"{{ trial_expiry_date() | lower }}"_s,
    };
    QString s = u"\""_s;
    const int n = int(rng.bounded(5));
    for (int i = 0; i < n; ++i) {
        if (placeholders && rng.bounded(3) == 0)
            s += placeholderPieces.at(rng.bounded(placeholderPieces.size()));
        else
            s += pieces.at(rng.bounded(pieces.size()));
    }
    return s + u'"';
}

// A random JSON template: nested objects and arrays whose strings hold placeholders; keys come
// from a small set (so some repeat) and, with keyPlaceholders, hold placeholders sometimes.
QString randomTemplate(QRandomGenerator &rng, int depth, bool keyPlaceholders)
{
    const int kind = depth == 0 ? 0 : int(rng.bounded(depth > 3 ? 4 : 7));
    switch (kind) {
    case 0:
    case 4: {
        QStringList members;
        const int n = int(rng.bounded(depth == 0 ? 2 : 0, 5));
        for (int i = 0; i < n; ++i) {
            const QString key = keyPlaceholders && rng.bounded(4) == 0
                ? randomString(rng, true)
                : u"\"%1\""_s.arg(QChar(u'a' + rng.bounded(4)));
            members.append(key + u": "_s + randomTemplate(rng, depth + 1, keyPlaceholders));
        }
        return u"{"_s + members.join(u", "_s) + u"}"_s;
    }
    case 5: {
        QStringList elements;
        const int n = int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            elements.append(randomTemplate(rng, depth + 1, keyPlaceholders));
        return u"["_s + elements.join(u",\n "_s) + u"]"_s;
    }
    case 1:
        return QStringList {u"12"_s, u"-0.5"_s, u"1e3"_s, u"true"_s, u"null"_s}.at(rng.bounded(5));
    default:
        return randomString(rng, true);
    }
}

// Values that JSON must escape, or that look like markers, in many combinations.
QStringList hostileValues()
{
    return {
        u"acme-corp"_s,
        QString(),
        u"\""_s,
        u"\\"_s,
        u"\\\""_s,
        u"\", \"admin\": true, \"x\": \""_s,
        u"\n\r\t\b\f\u001f\u007f"_s,
        QString(1, QChar(0)),
        u"a"_s + QChar(0) + u"b"_s,
        QString(QChar(0xD800)),
        QString(QChar(0xDC00)),
        QString(QChar(0xDE00)) + QChar(0xD83D),
        u"x"_s + QChar(0xD83D),
        QString(QChar(0xDE00)) + u"x"_s,
        u"🙂"_s,
        u"\\uD83D\\u0000"_s,
        u"{{ v1 }}"_s,
        QString(QChar(0xE000)) + u"0"_s + QChar(0xE000),
        QString(QChar(0xE001)) + u"1"_s + QChar(0xE001),
        u"ΟΔΟΣ straße İ"_s,
        u"\uFEFF"_s,
        u"\uFEFFx\uFEFF"_s,
        QString(100000, u'"'),
    };
}

// Every variable and function of t set to value; with several, each its own in turn.
TemplateValues valuesFor(const ConfigTemplate &t, const QStringList &values)
{
    TemplateValues out;
    qsizetype i = 0;
    for (const QString &name : t.variableNames())
        out.variables.insert(name, values.at(i++ % values.size()));
    for (const QString &name : ConfigTemplate::functionNames())
        out.functions.insert(name, values.at(i++ % values.size()));
    return out;
}

// renderDocument() gives what parsing render()'s text gives: the same object, or the same
// error (an undefined value), or fails at line 0 when the text is no JSON object.
bool sameAsText(const ConfigTemplate &t, const TemplateValues &values, QString *why)
{
    const auto text = t.render(values);
    const auto document = t.renderDocument(values);
    if (!text) {
        const Error &a = text.error();
        if (document.ok()) {
            *why = u"renderDocument() succeeded, render() failed: "_s + a.message;
            return false;
        }
        const Error &b = document.error();
        if (a.message != b.message || a.field != b.field || a.line != b.line || a.column != b.column
            || a.offset != b.offset || a.code != b.code) {
            *why = u"different errors: "_s + a.message + u" / "_s + b.message;
            return false;
        }
        return true;
    }
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(*text, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject()) {
        if (document.ok() || document.error().line != 0) {
            *why = u"render() is no JSON object, renderDocument() did not fail at line 0"_s;
            return false;
        }
        return true;
    }
    if (!document.ok()) {
        *why = u"renderDocument() failed: "_s + document.error().message;
        return false;
    }
    if (*document != parsed.object()) {
        *why = u"different documents:\n"_s + QString::fromUtf8(*text) + u"\n"_s
            + QString::fromUtf8(QJsonDocument(*document).toJson(QJsonDocument::Compact));
        return false;
    }
    return true;
}

} // namespace

class tst_ConfigTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no placeholder") << u"{\"tier\": \"professional\", \"n\": 5}"_s
                                        << u"{\"tier\": \"professional\", \"n\": 5}"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("variable") << u"[\"{{ tenant_id }}\"]"_s << u"[\"acme-corp\"]"_s;
        QTest::newRow("no spaces") << u"[\"{{tenant_id}}\"]"_s << u"[\"acme-corp\"]"_s;
        QTest::newRow("many spaces")
            << u"[\"{{ \t\n  tenant_id \r\n }}\"]"_s << u"[\"acme-corp\"]"_s;
        QTest::newRow("unicode spaces")
            << u"[\"{{\u00a0tenant_id\u3000|\u2003upper\u2028}}\"]"_s << u"[\"ACME-CORP\"]"_s;
        QTest::newRow("several in one string")
            << u"[\"{{tenant_id}}/{{ data_residency_region }}-{{tenant_id}}\"]"_s
            << u"[\"acme-corp/eu-west-1-acme-corp\"]"_s;
        QTest::newRow("in a key") << u"{\"{{ tenant_id }}\": 1}"_s << u"{\"acme-corp\": 1}"_s;
        QTest::newRow("current_timestamp")
            << u"[\"{{ current_timestamp() }}\"]"_s << u"[\"2026-12-01T13:40:26Z\"]"_s;
        QTest::newRow("trial_expiry_date")
            << u"[\"{{trial_expiry_date()}}\"]"_s << u"[\"2026-12-15T00:00:00Z\"]"_s;
        QTest::newRow("subscription_end_date")
            << u"[\"{{ subscription_end_date ( ) }}\"]"_s << u"[\"2027-12-01T00:00:00Z\"]"_s;
        QTest::newRow("function filtered")
            << u"[\"{{ current_timestamp() | lower }}\"]"_s << u"[\"2026-12-01t13:40:26z\"]"_s;
        QTest::newRow("upper") << u"[\"{{ tenant_name | upper }}\"]"_s << u"[\"ACME CORP\"]"_s;
        QTest::newRow("lower") << u"[\"{{ tenant_name|lower }}\"]"_s << u"[\"acme corp\"]"_s;
        QTest::newRow("upper()") << u"[\"{{ tenant_name | upper() }}\"]"_s << u"[\"ACME CORP\"]"_s;
        QTest::newRow("default unused")
            << u"[\"{{ tenant_name | default(\"X\") }}\"]"_s << u"[\"Acme Corp\"]"_s;
        QTest::newRow("default unused for empty")
            << u"[\"{{ empty | default(\"X\") }}\"]"_s << u"[\"\"]"_s;
        QTest::newRow("default used")
            << u"[\"{{ nickname | default(\"Acme\") }}\"]"_s << u"[\"Acme\"]"_s;
        QTest::newRow("default single quotes")
            << u"[\"{{ nickname | default('Acme') }}\"]"_s << u"[\"Acme\"]"_s;
        QTest::newRow("default empty") << u"[\"{{ nickname|default('') }}\"]"_s << u"[\"\"]"_s;
        QTest::newRow("default then upper")
            << u"[\"{{ nickname | default(\"Acme\") | upper }}\"]"_s << u"[\"ACME\"]"_s;
        QTest::newRow("two defaults")
            << u"[\"{{ nickname | default(\"a\") | default(\"b\") }}\"]"_s << u"[\"a\"]"_s;
        QTest::newRow("upper lower upper")
            << u"[\"{{ tenant_name | upper | lower | upper }}\"]"_s << u"[\"ACME CORP\"]"_s;
        QTest::newRow("default with braces")
            << u"[\"{{ x | default(\"{{ y }} }}\") }}\"]"_s << u"[\"{{ y }} }}\"]"_s;
        QTest::newRow("default with apostrophe")
            << u"[\"{{ x | default(\"it's\") }}\"]"_s << u"[\"it's\"]"_s;
        QTest::newRow("default non-ASCII")
            << u"[\"{{ x | default('Zürich 🙂') | upper }}\"]"_s << u"[\"ZÜRICH 🙂\"]"_s;
        QTest::newRow("closing braces are text") << u"{\"a\": {\"b\": \"}} {{tenant_id}} }}\"}}"_s
                                                 << u"{\"a\": {\"b\": \"}} acme-corp }}\"}}"_s;
        QTest::newRow("single brace") << u"[\"{ {{tenant_id}}}\"]"_s << u"[\"{ acme-corp}\"]"_s;
        QTest::newRow("after an escaped quote")
            << u"[\"\\\"{{ tenant_id }}\\\"\"]"_s << u"[\"\\\"acme-corp\\\"\"]"_s;
        QTest::newRow("after an escaped backslash")
            << u"[\"\\\\{{ tenant_id }}\"]"_s << u"[\"\\\\acme-corp\"]"_s;
        QTest::newRow("after a unicode escape")
            << u"[\"\\u0041{{ tenant_id }}\"]"_s << u"[\"\\u0041acme-corp\"]"_s;
        QTest::newRow("line ends as in Jinja2")
            << u"{\r\n\"a\": \"{{ tenant_id }}\"\r}\n"_s << u"{\n\"a\": \"acme-corp\"\n}\n"_s;
        QTest::newRow("non-ASCII text") << u"{\"Größe\": \"{{ tenant_id }} — 東京 🙂\"}"_s
                                        << u"{\"Größe\": \"acme-corp — 東京 🙂\"}"_s;
        QTest::newRow("Jinja2 keywords that are plain names")
            << u"[\"{{ if | default('a') }}{{ loop | default('b') }}{{ and | default('c') }}\"]"_s
            << u"[\"abc\"]"_s;
    }
    void render()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto parsed = ConfigTemplate::parse(text);
        QVERIFY2(
            parsed.isValid(),
            qPrintable(parsed.issues().isEmpty() ? QString() : parsed.issues().first().message));
        const auto rendered = parsed.render(standardValues());
        QVERIFY2(rendered.ok(), qPrintable(rendered.ok() ? QString() : rendered.error().message));
        QCOMPARE(QString::fromUtf8(*rendered), expected);
    }

    void caseMapping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("upper");
        QTest::addColumn<QString>("lower");
        // What Python's str.upper() / str.lower() give.
        QTest::newRow("ascii") << u"Acme Corp 42"_s << u"ACME CORP 42"_s << u"acme corp 42"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"STRASSE"_s << u"straße"_s;
        QTest::newRow("dotted I") << u"İstanbul"_s << u"İSTANBUL"_s << u"i̇stanbul"_s;
        QTest::newRow("ligature") << u"ﬁne"_s << u"FINE"_s << u"ﬁne"_s;
        QTest::newRow("titlecase digraph") << u"ǅ"_s << u"Ǆ"_s << u"ǆ"_s;
        QTest::newRow("final sigma") << u"ΟΔΟΣ"_s << u"ΟΔΟΣ"_s << u"οδος"_s;
        QTest::newRow("sigma then word") << u"ΟΔΟΣ ΣΑ"_s << u"ΟΔΟΣ ΣΑ"_s << u"οδος σα"_s;
        QTest::newRow("lone sigma") << u"Σ"_s << u"Σ"_s << u"σ"_s;
        QTest::newRow("sigma before apostrophe") << u"ΑΣ'"_s << u"ΑΣ'"_s << u"ας'"_s;
        QTest::newRow("sigma inside") << u"ΑΣ'Α"_s << u"ΑΣ'Α"_s << u"ασ'α"_s;
        QTest::newRow("sigma after mark") << u"Α\u0301Σ"_s << u"Α\u0301Σ"_s << u"α\u0301ς"_s;
        QTest::newRow("final small sigma") << u"ας"_s << u"ΑΣ"_s << u"ας"_s;
        QTest::newRow("astral") << u"𐐀𐐨"_s << u"𐐀𐐀"_s << u"𐐨𐐨"_s;
        QTest::newRow("cherokee") << u"ꭰᏸ"_s << u"ᎠᏰ"_s << u"ꭰᏸ"_s;
    }
    void caseMapping()
    {
        QFETCH(QString, value);
        QFETCH(QString, upper);
        QFETCH(QString, lower);
        QCOMPARE(ConfigTemplate::upper(value), upper);
        QCOMPARE(ConfigTemplate::lower(value), lower);
        const auto parsed = ConfigTemplate::parse(u"[\"{{ v | upper }}\", \"{{ v | lower }}\"]"_s);
        TemplateValues values;
        values.variables.insert(u"v"_s, value);
        const auto rendered = parsed.render(values);
        QVERIFY(rendered.ok());
        const QJsonArray array = QJsonDocument::fromJson(*rendered).array();
        QCOMPARE(array.at(0).toString(), upper);
        QCOMPARE(array.at(1).toString(), lower);
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("escaped"); // empty: only check the round trip
        QTest::addColumn<QString>("decoded");

        QTest::newRow("quote") << u"say \"hi\""_s << QByteArray(R"(say \"hi\")") << u"say \"hi\""_s;
        QTest::newRow("backslash") << u"C:\\x\\"_s << QByteArray(R"(C:\\x\\)") << u"C:\\x\\"_s;
        QTest::newRow("quote backslash end") << u"\\\""_s << QByteArray(R"(\\\")") << u"\\\""_s;
        QTest::newRow("slash and DEL") << u"a/b\u007f"_s << QByteArray("a/b\x7f") << u"a/b\u007f"_s;
        for (char16_t c = 0; c < 0x20; ++c) {
            QByteArray escaped;
            switch (c) {
            case u'\b':
                escaped = R"(\b)";
                break;
            case u'\f':
                escaped = R"(\f)";
                break;
            case u'\n':
                escaped = R"(\n)";
                break;
            case u'\r':
                escaped = R"(\r)";
                break;
            case u'\t':
                escaped = R"(\t)";
                break;
            default:
                escaped = "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
            }
            const QString value = u"x"_s + QChar(c) + u"y"_s;
            QTest::addRow("control U+%04X", unsigned(c)) << value << "x" + escaped + "y" << value;
        }
        QTest::newRow("all controls") << [] {
            QString all;
            for (char16_t c = 0; c < 0x20; ++c)
                all += QChar(c);
            return all;
        }() << QByteArray() << QString();
        QTest::newRow("braces are data")
            << u"{{ tenant_id }} {% x %} }}"_s << QByteArray("{{ tenant_id }} {% x %} }}")
            << u"{{ tenant_id }} {% x %} }}"_s;
        QTest::newRow("line separators") << u"a\u2028b\u2029"_s
                                         << QByteArray("a\xe2\x80\xa8"
                                                       "b\xe2\x80\xa9")
                                         << u"a\u2028b\u2029"_s;
        QTest::newRow("non-BMP") << u"🙂𝄞"_s << QByteArray("\xf0\x9f\x99\x82\xf0\x9d\x84\x9e")
                                 << u"🙂𝄞"_s;
        QTest::newRow("lone high surrogate") << u"a"_s + QChar(0xD83D) + u"b"_s
                                             << QByteArray("a\xef\xbf\xbd"
                                                           "b")
                                             << u"a\uFFFDb"_s;
        QTest::newRow("lone high surrogate at end")
            << u"a"_s + QChar(0xD83D) << QByteArray("a\xef\xbf\xbd") << u"a\uFFFD"_s;
        QTest::newRow("lone low surrogate") << QString(QChar(0xDE42)) + u"b"_s
                                            << QByteArray("\xef\xbf\xbd"
                                                          "b")
                                            << u"\uFFFDb"_s;
        QTest::newRow("reversed pair")
            << QString(QChar(0xDE42)) + QChar(0xD83D) << QByteArray("\xef\xbf\xbd\xef\xbf\xbd")
            << u"\uFFFD\uFFFD"_s;
        QTest::newRow("byte order mark")
            << u"\uFEFFa\uFEFF"_s << QByteArray(R"(\ufeffa\ufeff)") << u"\uFEFFa\uFEFF"_s;
        QTest::newRow("noncharacters")
            << u"\uFFFE\uFFFF\uFDD0"_s << QByteArray() << u"\uFFFE\uFFFF\uFDD0"_s;
        QTest::newRow("long") << QString(100000, u'"') << QByteArray() << QString(100000, u'"');
        QTest::newRow("json injection") << u"\", \"admin\": true, \"x\": \""_s << QByteArray()
                                        << u"\", \"admin\": true, \"x\": \""_s;
    }
    void escaping()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, escaped);
        QFETCH(QString, decoded);
        if (decoded.isEmpty())
            decoded = value;

        if (!escaped.isEmpty()) {
            QByteArray out("prefix");
            ConfigTemplate::appendJsonStringContent(out, value);
            QCOMPARE(out, "prefix" + escaped);
        }
        // Where a placeholder stands, after every filter: the string round-trips.
        const auto parsed = ConfigTemplate::parse(
            u"{\"a\": \"{{ v }}\", \"b\": \"<{{ v | default('x') }}>\", \"{{ v }}\": [\"{{v}}{{v}}\"]}"_s);
        QVERIFY(parsed.isValid());
        TemplateValues values;
        values.variables.insert(u"v"_s, value);
        const auto rendered = parsed.render(values);
        QVERIFY(rendered.ok());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*rendered, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject object = doc.object();
        QCOMPARE(object.size(), 3);
        QCOMPARE(object.value(u"a"_s).toString(), decoded);
        QCOMPARE(object.value(u"b"_s).toString(), u"<"_s + decoded + u">"_s);
        QCOMPARE(object.value(decoded).toArray().at(0).toString(), decoded + decoded);
    }

    void hostileValuesKeepTheStructure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("object") << u"{\"id\": \"{{ tenant_id }}\", \"n\": 1, \"ok\": true}"_s;
        QTest::newRow("nested")
            << u"{\"a\": [{\"b\": \"x{{ tenant_name | upper }}y\"}, null, 2.5], \"{{ tenant_id }}\": {}}"_s;
        QTest::newRow("escapes around")
            << u"[\"\\\\{{ tenant_id }}\\\"\", \"\\u00e9{{ tenant_name }}\\n\"]"_s;
    }
    void hostileValuesKeepTheStructure()
    {
        QFETCH(QString, text);
        const auto parsed = ConfigTemplate::parse(text);
        QVERIFY(parsed.isValid());
        TemplateValues empty;
        for (const QString &name : parsed.variableNames())
            empty.variables.insert(name, QString());
        const QJsonDocument skeleton = QJsonDocument::fromJson(*parsed.render(empty));
        QVERIFY(!skeleton.isNull());
        const QStringList hostile {
            u"\""_s,
            u"\\"_s,
            u"\\\""_s,
            u"\"}, \"x\": {\""_s,
            u"\n\r\t\b\f"_s,
            QString(1, QChar(0)),
            QString(QChar(0xD800)),
            QString(QChar(0xDC00)),
            u"\\u0022"_s,
            u"{{ tenant_id }}"_s,
            u"]]]}}}"_s,
            QString(5000, u'\\'),
        };
        for (const QString &value : hostile) {
            TemplateValues values;
            for (const QString &name : parsed.variableNames())
                values.variables.insert(name, value);
            const auto rendered = parsed.render(values);
            QVERIFY(rendered.ok());
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(*rendered, &error);
            QVERIFY2(error.error == QJsonParseError::NoError,
                     qPrintable(error.errorString() + u": "_s + QString::fromUtf8(*rendered)));
            QCOMPARE(shape(doc), shape(skeleton));
        }
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        // "line:column:offset:field" of every issue, in text order
        QTest::addColumn<QStringList>("where");
        QTest::addColumn<QString>("firstMessage"); // a part of the first issue's message

        QTest::newRow("statement") << u"{% if x %}[]{% endif %}"_s
                                   << QStringList {u"1:1:0:"_s, u"1:13:12:"_s} << u"statements"_s;
        QTest::newRow("statement in a string")
            << u"[\"50{%\"]"_s << QStringList {u"1:5:4:"_s} << u"statements"_s;
        QTest::newRow("comment") << u"[\"a\", {# note #} \"b\"]"_s << QStringList {u"1:7:6:"_s}
                                 << u"comments"_s;
        QTest::newRow("comment in a string")
            << u"{\"color\": \"{#fff\"}"_s << QStringList {u"1:12:11:"_s} << u"comments"_s;
        QTest::newRow("outside a string")
            << u"{\"max_users\": {{ max_users }}}"_s << QStringList {u"1:15:14:"_s}
            << u"placeholder outside a JSON string"_s;
        QTest::newRow("outside after a string")
            << u"[\"a\" {{ x }}]"_s << QStringList {u"1:6:5:"_s} << u"outside a JSON string"_s;
        QTest::newRow("outside, escaped quote")
            << u"[\"\\\"\", {{ x }}]"_s << QStringList {u"1:8:7:"_s} << u"outside"_s;
        QTest::newRow("plain text")
            << u"Hello {{ name }}"_s << QStringList {u"1:7:6:"_s} << u"outside"_s;
        QTest::newRow("after a backslash")
            << u"[\"\\{{ x }}\"]"_s << QStringList {u"1:4:3:"_s} << u"escape sequence"_s;
        QTest::newRow("inside \\u")
            << u"[\"\\u00{{ x }}41\"]"_s << QStringList {u"1:7:6:"_s} << u"escape sequence"_s;
        QTest::newRow("unterminated")
            << u"[\"{{ tenant_id \"]"_s << QStringList {u"1:3:2:"_s} << u"unterminated"_s;
        QTest::newRow("unterminated at end")
            << u"[\"{{ tenant_id"_s << QStringList {u"1:3:2:"_s} << u"unterminated"_s;
        QTest::newRow("unterminated at open")
            << u"[\"{{"_s << QStringList {u"1:3:2:"_s} << u"unterminated"_s;
        QTest::newRow("empty") << u"[\"{{ }}\", \"{{}}\"]"_s
                               << QStringList {u"1:3:2:"_s, u"1:12:11:"_s} << u"empty"_s;
        QTest::newRow("unknown function") << u"[\"{{ now() }}\"]"_s << QStringList {u"1:6:5:now"_s}
                                          << u"unknown function \"now\""_s;
        QTest::newRow("unknown function with arguments")
            << u"[\"{{ now(1) }}\"]"_s << QStringList {u"1:6:5:now"_s} << u"unknown function"_s;
        QTest::newRow("variable called")
            << u"[\"{{ tenant_id() }}\"]"_s << QStringList {u"1:6:5:tenant_id"_s}
            << u"unknown function \"tenant_id\""_s;
        QTest::newRow("function arguments")
            << u"[\"{{ current_timestamp(\"utc\") }}\"]"_s
            << QStringList {u"1:24:23:current_timestamp"_s} << u"takes no arguments"_s;
        QTest::newRow("function not called")
            << u"[\"{{ trial_expiry_date }}\"]"_s << QStringList {u"1:6:5:trial_expiry_date"_s}
            << u"trial_expiry_date is a function: write trial_expiry_date()"_s;
        QTest::newRow("reserved true")
            << u"[\"{{ true }}\"]"_s << QStringList {u"1:6:5:true"_s} << u"reserved"_s;
        QTest::newRow("reserved None")
            << u"[\"{{None}}\"]"_s << QStringList {u"1:5:4:None"_s} << u"reserved"_s;
        QTest::newRow("reserved self")
            << u"[\"{{ self }}\"]"_s << QStringList {u"1:6:5:self"_s} << u"reserved"_s;
        QTest::newRow("reserved global") << u"[\"{{ range | default('x') }}\"]"_s
                                         << QStringList {u"1:6:5:range"_s} << u"reserved"_s;
        QTest::newRow("unknown filter")
            << u"[\"{{ tenant_name | title }}\"]"_s << QStringList {u"1:20:19:title"_s}
            << u"unknown filter \"title\""_s;
        QTest::newRow("unknown filter with arguments")
            << u"[\"{{ x | replace(\"a\", \"b\") }}\"]"_s << QStringList {u"1:10:9:replace"_s}
            << u"unknown filter \"replace\""_s;
        QTest::newRow("alias d") << u"[\"{{ x | d('a') }}\"]"_s << QStringList {u"1:10:9:d"_s}
                                 << u"unknown filter \"d\""_s;
        QTest::newRow("two unknown filters")
            << u"[\"{{ x | trim | title }}\"]"_s
            << QStringList {u"1:10:9:trim"_s, u"1:17:16:title"_s} << u"unknown filter \"trim\""_s;
        QTest::newRow("no filter name")
            << u"[\"{{ x | }}\"]"_s << QStringList {u"1:10:9:"_s} << u"expected a filter name"_s;
        QTest::newRow("upper with argument")
            << u"[\"{{ x | upper(1) }}\"]"_s << QStringList {u"1:16:15:upper"_s}
            << u"upper takes no arguments"_s;
        QTest::newRow("default without argument")
            << u"[\"{{ x | default }}\"]"_s << QStringList {u"1:18:17:default"_s}
            << u"default needs one quoted text"_s;
        QTest::newRow("default empty parentheses")
            << u"[\"{{ x | default() }}\"]"_s << QStringList {u"1:18:17:default"_s}
            << u"default needs one quoted text"_s;
        QTest::newRow("default number")
            << u"[\"{{ x | default(5) }}\"]"_s << QStringList {u"1:18:17:default"_s} << u"quoted"_s;
        QTest::newRow("default two arguments") << u"[\"{{ x | default('a', true) }}\"]"_s
                                               << QStringList {u"1:21:20:default"_s} << u"quoted"_s;
        QTest::newRow("default concatenation") << u"[\"{{ x | default('a' 'b') }}\"]"_s
                                               << QStringList {u"1:22:21:default"_s} << u"quoted"_s;
        QTest::newRow("default backslash") << u"[\"{{ x | default(\"a\\\\n\") }}\"]"_s
                                           << QStringList {u"1:19:18:default"_s} << u"backslash"_s;
        QTest::newRow("default double quote inside single")
            << u"[\"{{ x | default('say \"hi\"') }}\"]"_s << QStringList {u"1:19:18:default"_s}
            << u"double quote"_s;
        QTest::newRow("default control character")
            << u"[\"{{ x | default('a\tb') }}\"]"_s << QStringList {u"1:19:18:default"_s}
            << u"control character"_s;
        QTest::newRow("default unclosed")
            << u"[\"{{ x | default('abc) }}\"]"_s << QStringList {u"1:18:17:default"_s}
            << u"no closing quote"_s;
        QTest::newRow("default unclosed on its line")
            << u"[\"{{ x | default('abc) }}\",\n\"'\"]"_s << QStringList {u"1:18:17:default"_s}
            << u"no closing quote"_s;
        QTest::newRow("attribute") << u"[\"{{ tenant.name }}\"]"_s << QStringList {u"1:12:11:"_s}
                                   << u"expected \"|\" or \"}}\", found \".\""_s;
        QTest::newRow("index") << u"[\"{{ tenant[0] }}\"]"_s << QStringList {u"1:12:11:"_s}
                               << u"found \"[\""_s;
        QTest::newRow("arithmetic")
            << u"[\"{{ a + b }}\"]"_s << QStringList {u"1:8:7:"_s} << u"found \"+\""_s;
        QTest::newRow("literal") << u"[\"{{ 'x' }}\"]"_s << QStringList {u"1:6:5:"_s}
                                 << u"expected a variable name or a function call, found \"'\""_s;
        QTest::newRow("number") << u"[\"{{ 42 }}\"]"_s << QStringList {u"1:6:5:"_s}
                                << u"found \"4\""_s;
        QTest::newRow("whitespace control before")
            << u"[\"{{- x }}\"]"_s << QStringList {u"1:5:4:"_s} << u"found \"-\""_s;
        QTest::newRow("whitespace control after")
            << u"[\"{{ x -}}\"]"_s << QStringList {u"1:8:7:"_s} << u"found \"-\""_s;
        QTest::newRow("plus") << u"[\"{{+ x }}\"]"_s << QStringList {u"1:5:4:"_s}
                              << u"found \"+\""_s;
        QTest::newRow("triple brace")
            << u"[\"{{{ x }}}\"]"_s << QStringList {u"1:5:4:"_s} << u"found \"{\""_s;
        QTest::newRow("non-ASCII name")
            << u"[\"{{ größe }}\"]"_s << QStringList {u"1:8:7:"_s} << u"found \"ö\""_s;
        QTest::newRow("control character")
            << u"[\"{{ x\u0001 }}\"]"_s << QStringList {u"1:7:6:"_s} << u"found U+0001"_s;
        QTest::newRow("after multi-byte characters") << u"{\"Zürich 東京 🙂\": {{ x }}}"_s
                                                     << QStringList {u"1:17:17:"_s} << u"outside"_s;
        QTest::newRow("after astral characters in the line")
            << u"[\"🙂🙂\", \"{{ 🙂 }}\"]"_s << QStringList {u"1:12:13:"_s}
            << u"found \"🙂\""_s;
        QTest::newRow("later line") << u"{\n  \"a\": \"ü\",\n  \"b\": {{ x }}\n}"_s
                                    << QStringList {u"3:8:21:"_s} << u"outside"_s;
        QTest::newRow("CRLF lines") << u"{\r\n\"a\": 1,\r\n\"b\": \"{{ now() }}\"\r\n}"_s
                                    << QStringList {u"3:10:21:now"_s} << u"unknown function"_s;
        QTest::newRow("CR lines") << u"{\r\"a\": 1,\r\"b\": \"{{ now() }}\"\r}"_s
                                  << QStringList {u"3:10:19:now"_s} << u"unknown function"_s;
        QTest::newRow("name on a later line of its placeholder")
            << u"[\"{{\n\n   nope() }}\"]"_s << QStringList {u"3:4:9:nope"_s} << u"nope"_s;
        QTest::newRow("everything reported")
            << u"{\"a\": {{ x }},\n \"b\": \"{{ y | title }}\",\n {% raw %}\n \"c\": \"{{ z()\"}"_s
            << QStringList {u"1:7:6:"_s, u"2:15:29:title"_s, u"3:2:41:"_s, u"4:8:58:"_s,
                            u"4:11:61:z"_s}
            << u"outside"_s;
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, where);
        QFETCH(QString, firstMessage);
        const auto parsed = ConfigTemplate::parse(text);
        QVERIFY(!parsed.isValid());
        QCOMPARE(positions(parsed.issues()), where);
        QVERIFY2(parsed.issues().first().message.contains(firstMessage),
                 qPrintable(parsed.issues().first().message));
        for (const Error &e : parsed.issues()) {
            QCOMPARE(e.code, Tenancy::ErrorCode::Invalid);
            QVERIFY(!e.message.isEmpty());
            QVERIFY2(e.message.at(0).isLower(), qPrintable(e.message));
        }
        // An invalid template renders to its first issue.
        const auto rendered = parsed.render(standardValues());
        QVERIFY(!rendered.ok());
        QCOMPARE(rendered.error().offset, parsed.issues().first().offset);
    }

    void renderErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where"); // "line:column:offset:field"
        QTest::addColumn<QString>("message");

        QTest::newRow("unknown variable")
            << u"{\n  \"name\": \"Größe {{ nickname }}\"\n}"_s << u"2:18:19:nickname"_s
            << u"unknown variable \"nickname\""_s;
        QTest::newRow("filter before default")
            << u"[\"{{ nickname | upper | default('x') }}\"]"_s << u"1:3:2:nickname"_s
            << u"unknown variable \"nickname\""_s;
        QTest::newRow("lower on undefined")
            << u"[\"a\", \"{{ nickname|lower }}\"]"_s << u"1:8:7:nickname"_s
            << u"unknown variable \"nickname\""_s;
        QTest::newRow("second of two") << u"[\"{{ tenant_id }}{{ region }}\"]"_s
                                       << u"1:18:17:region"_s << u"unknown variable \"region\""_s;
        QTest::newRow("function without a value")
            << u"[\"{{ current_timestamp() | default('x') }}\"]"_s << u"1:3:2:current_timestamp"_s
            << u"no value for current_timestamp()"_s;
    }
    void renderErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const auto parsed = ConfigTemplate::parse(text);
        QVERIFY(parsed.isValid());
        TemplateValues values = standardValues();
        values.functions.remove(u"current_timestamp"_s);
        const auto rendered = parsed.render(values);
        QVERIFY(!rendered.ok());
        QCOMPARE(positions({rendered.error()}), QStringList {where});
        QCOMPARE(rendered.error().message, message);
    }

    void names()
    {
        const auto parsed = ConfigTemplate::parse(
            u"{\"a\": \"{{ tenant_name }}{{ current_timestamp() }}\", \"{{ tenant_id }}\": "
            "[\"{{ tenant_name | upper }}\", \"{{ x | default('') }}\", \"{{ trial_expiry_date() }}"
            "{{current_timestamp()}}\"]}"_s);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.variableNames(), (QStringList {u"tenant_name"_s, u"tenant_id"_s, u"x"_s}));
        QCOMPARE(parsed.functionCalls(),
                 (QStringList {u"current_timestamp"_s, u"trial_expiry_date"_s}));
        QCOMPARE(ConfigTemplate::functionNames(),
                 (QStringList {u"current_timestamp"_s, u"trial_expiry_date"_s,
                               u"subscription_end_date"_s}));
        QCOMPARE(ConfigTemplate::filterNames(),
                 (QStringList {u"default"_s, u"upper"_s, u"lower"_s}));
        QVERIFY(ConfigTemplate().isValid());
        QCOMPARE(*ConfigTemplate().render({}), QByteArray());
    }

    // renderDocument() (the skeleton, or text parsed when there is none) against
    // QJsonDocument::fromJson(render()): shipped templates, hand-written edge cases and
    // generated templates, each with hostile values.
    void renderDocumentMatchesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("skeleton"); // 1 expected, 0 not, -1 either

        const QDir shipped(u":/tenancy/templates"_s);
        const QStringList files = shipped.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 4);
        for (const QString &file : files) {
            QFile f(shipped.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QTest::addRow("shipped %s", qPrintable(file)) << QString::fromUtf8(f.readAll()) << 1;
        }

        QTest::newRow("no placeholder") << u"{\"a\": [1, \"x\", {\"b\": null}]}"_s << 1;
        QTest::newRow("several in one string")
            << u"{\"a\": \"<{{ v1 }}/{{ v2 }}-{{ v1 | upper }}>\"}"_s << 1;
        QTest::newRow("only placeholders") << u"{\"a\": \"{{ v1 }}{{ v2 }}\"}"_s << 1;
        QTest::newRow("nested arrays")
            << u"{\"a\": [[\"x\", [\"{{ v1 }}\"]], {\"b\": [\"{{v2}}\", 2, \"{{v3}}\"]}]}"_s << 1;
        QTest::newRow("escapes around")
            << u"{\"a\": \"\\\\{{ v1 }}\\\"\\u00e9{{ v2 }}\\n\", \"b\": \"\\/{{v3}}\\/\"}"_s << 1;
        QTest::newRow("surrogate escapes split")
            << u"{\"a\": \"\\uD83D{{ v1 }}\\uDE00\", \"b\": \"\\uDE00{{ v2 }}\\uD83D\"}"_s << 1;
        QTest::newRow("NUL escape") << u"{\"a\": \"\\u0000{{ v1 }}\\u0000\"}"_s << 1;
        QTest::newRow("private use characters")
            << u"{\"\uE000\": \"\uE000{{ v1 }}\uE001\\uE002\", \"b\": \"\\uE003\"}"_s << 1;
        QTest::newRow("duplicate key, placeholder first")
            << u"{\"a\": \"{{ v1 }}\", \"a\": \"text\", \"b\": \"{{ v2 }}\"}"_s << 1;
        QTest::newRow("duplicate key, placeholder last")
            << u"{\"a\": \"text\", \"a\": \"{{ v1 }}\"}"_s << 1;
        QTest::newRow("duplicate key, nested")
            << u"{\"a\": {\"x\": \"{{ v1 }}\"}, \"a\": {\"y\": \"{{ v2 }}\"}}"_s << 1;
        QTest::newRow("undefined in a dropped duplicate")
            << u"{\"a\": \"{{ nickname }}\", \"a\": \"{{ v1 }}\"}"_s << 1;
        QTest::newRow("functions and filters")
            << u"{\"t\": \"{{ current_timestamp() }}\", \"u\": \"{{ trial_expiry_date() | upper "
               u"}}\","
               " \"d\": \"{{ nickname | default('Acme') | lower }}\"}"_s
            << 1;
        QTest::newRow("CRLF line ends") << u"{\r\n\"a\": \"{{ v1 }}\",\r\n\"b\": 1\r\n}\r\n"_s << 1;
        QTest::newRow("number forms") << u"{\"n\": [1e3, -0.0, 1.5E-7, 12345678901234567890],"
                                         " \"s\": \"{{ v1 }}\"}"_s
                                      << 1;
        QTest::newRow("empty object") << u"{}"_s << 1;
        QTest::newRow("raw byte order mark starting a string")
            << u"{\"a\": \"\uFEFF{{ v1 }}\", \"b\": \"{{ v2 }}\uFEFF\"}"_s << 0;
        QTest::newRow("raw byte order mark after a placeholder")
            << u"{\"a\": \"{{ v1 }}\uFEFFx\"}"_s << 0;
        QTest::newRow("escaped byte order mark") << u"{\"a\": \"\\ufeff{{ v1 }}\"}"_s << 1;
        QTest::newRow("placeholder in a key") << u"{\"{{ v1 }}\": 1, \"b\": \"{{ v2 }}\"}"_s << 0;
        QTest::newRow("placeholder in a key, merging")
            << u"{\"{{ v1 }}\": 1, \"{{ v2 }}\": 2, \"acme-corp\": 3}"_s << 0;
        QTest::newRow("placeholder in a nested key")
            << u"{\"a\": [{\"k{{ v1 }}\": \"{{ v2 }}\"}]}"_s << 0;
        QTest::newRow("array at the root") << u"[\"{{ v1 }}\"]"_s << 0;
        QTest::newRow("string at the root") << u"\"{{ v1 }}\""_s << 0;
        QTest::newRow("not JSON") << u"{\"a\": \"{{ v1 }}\",}"_s << 0;
        QTest::newRow("raw tab in a string (Qt accepts it)") << u"{\"a\": \"{{ v1 }}\t\"}"_s << 1;
        QTest::newRow("empty text") << QString() << 0;
        QTest::newRow("invalid template") << u"{\"a\": {{ v1 }}}"_s << 0;

        QRandomGenerator rng(20260611);
        for (int i = 0; i < 300; ++i) {
            const bool keys = i % 3 == 0;
            QTest::addRow("generated %d", i) << randomTemplate(rng, 0, keys) << (keys ? -1 : 1);
        }
    }
    void renderDocumentMatchesText()
    {
        QFETCH(QString, text);
        QFETCH(int, skeleton);
        const auto parsed = ConfigTemplate::parse(text);
        if (skeleton >= 0)
            QCOMPARE(parsed.hasSkeleton(), bool(skeleton));
        const QStringList hostile = hostileValues();
        QString why;
        for (const QString &value : hostile)
            QVERIFY2(sameAsText(parsed, valuesFor(parsed, {value}), &why), qPrintable(why));
        // Different values side by side, and some variables undefined.
        for (qsizetype i = 0; i + 3 <= hostile.size(); ++i) {
            TemplateValues values = valuesFor(parsed, hostile.mid(i, 3));
            QVERIFY2(sameAsText(parsed, values, &why), qPrintable(why));
            if (!parsed.variableNames().isEmpty())
                values.variables.remove(
                    parsed.variableNames().at(i % parsed.variableNames().size()));
            if (i % 4 == 0)
                values.functions.clear();
            QVERIFY2(sameAsText(parsed, values, &why), qPrintable(why));
        }
    }

    void skeletonPointers()
    {
        QFile f(u":/tenancy/templates/professional_init.json"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto parsed = ConfigTemplate::parse(QString::fromUtf8(f.readAll()));
        QVERIFY(parsed.hasSkeleton());
        QCOMPARE(
            parsed.skeletonPointers(),
            (QStringList {u"/_metadata/generated_at"_s, u"/billing/account_name"_s,
                          u"/billing/subscription_ends_at"_s, u"/billing/subscription_started_at"_s,
                          u"/billing/trial_expires_at"_s,
                          u"/configuration/compliance/data_residency/region"_s,
                          u"/infrastructure/region"_s, u"/tenant_id"_s, u"/tenant_name"_s}));
        const auto nested = ConfigTemplate::parse(
            u"{\"a/b\": [0, {\"~k\": \"x{{ v }}\"}], \"c\": \"{{ v }}{{ v }}\", \"d\": \"\"}"_s);
        QCOMPARE(nested.skeletonPointers(), (QStringList {u"/a~1b/1/~0k"_s, u"/c"_s}));
        QVERIFY(ConfigTemplate::parse(u"{\"a\": 1}"_s).hasSkeleton());
        QVERIFY(ConfigTemplate::parse(u"{\"a\": 1}"_s).skeletonPointers().isEmpty());
        QVERIFY(!ConfigTemplate::parse(u"{\"{{ v }}\": 1}"_s).hasSkeleton());
    }

    void renderIsRepeatable()
    {
        const auto parsed = ConfigTemplate::parse(u"{\"a\": \"{{ tenant_id }}\"}"_s);
        TemplateValues values = standardValues();
        QCOMPARE(*parsed.render(values), QByteArray(R"({"a": "acme-corp"})"));
        values.variables[u"tenant_id"_s] = u"other"_s;
        QCOMPARE(*parsed.render(values), QByteArray(R"({"a": "other"})"));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigTemplate)
#include "tst_configtemplate.moc"
