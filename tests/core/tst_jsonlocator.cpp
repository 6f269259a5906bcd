// JsonLocator: where each value of a JSON text is (line, column in code points, QString
// offset), on multi-line text with multi-byte characters and on template text with
// placeholders; parse errors at the right place; duplicate keys; JSON Pointer helpers.
#include "config/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

const QString kText = u"{\n"
                      u"  \"name\": \"Zoë 日本\",\n"
                      u"  \"emoji\": \"😀😀\", \"after\": 1,\n"
                      u"  \"nested\": {\n"
                      u"    \"list\": [10, {\"deep\": null}],\n"
                      u"    \"a/b\": true, \"c~d\": false\n"
                      u"  }\n"
                      u"}\n"_s;

const QString kTemplate = u"{\n"
                          u"  \"tenant_id\": \"{{ tenant_id }}\",\n"
                          u"  \"name\": \"{{ tenant_name }} \\\"{{\\\" }\",\n"
                          u"  \"created\": \"{{ current_timestamp() }}\",\n"
                          u"  \"limits\": {\"max_users\": 100}\n"
                          u"}\n"_s;

// Keys written with escapes: \u00e9, \", \/ and a surrogate pair.
const QString kEscapedKeys
    = u"{\"caf\\u00e9\": 1, \"q\\\"uote\": [2, {\"sl\\/ash\": 3}], \"\\ud83d\\ude00\": \"x\"}"_s;

QJsonValue valueAt(const QJsonValue &root, const QString &pointer)
{
    QJsonValue v = root;
    const QStringList tokens = JsonPointer::split(pointer).value();
    for (const QString &token : tokens)
        v = v.isArray() ? v.toArray().at(token.toInt()) : v.toObject().value(token);
    return v;
}

} // namespace

class tst_JsonLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("keyLine");
        QTest::addColumn<int>("keyColumn");
        QTest::addColumn<int>("valueLine");
        QTest::addColumn<int>("valueColumn");
        QTest::newRow("root") << kText << QString() << 1 << 1 << 1 << 1;
        QTest::newRow("string with multi-byte characters")
            << kText << u"/name"_s << 2 << 3 << 2 << 11;
        QTest::newRow("emoji value") << kText << u"/emoji"_s << 3 << 3 << 3 << 12;
        QTest::newRow("after surrogate pairs") << kText << u"/after"_s << 3 << 18 << 3 << 27;
        QTest::newRow("object") << kText << u"/nested"_s << 4 << 3 << 4 << 13;
        QTest::newRow("array") << kText << u"/nested/list"_s << 5 << 5 << 5 << 13;
        QTest::newRow("array element") << kText << u"/nested/list/0"_s << 5 << 14 << 5 << 14;
        QTest::newRow("object element") << kText << u"/nested/list/1"_s << 5 << 18 << 5 << 18;
        QTest::newRow("deep") << kText << u"/nested/list/1/deep"_s << 5 << 19 << 5 << 27;
        QTest::newRow("escaped /") << kText << u"/nested/a~1b"_s << 6 << 5 << 6 << 12;
        QTest::newRow("escaped ~") << kText << u"/nested/c~0d"_s << 6 << 18 << 6 << 25;
        QTest::newRow("template placeholder") << kTemplate << u"/tenant_id"_s << 2 << 3 << 2 << 16;
        QTest::newRow("template, braces and quotes in a string")
            << kTemplate << u"/created"_s << 4 << 3 << 4 << 14;
        QTest::newRow("template, after placeholders")
            << kTemplate << u"/limits/max_users"_s << 5 << 14 << 5 << 27;
        QTest::newRow("CRLF") << u"{\r\n  \"a\": 1\r\n}"_s << u"/a"_s << 2 << 3 << 2 << 8;
        QTest::newRow("placeholder outside a string")
            << u"{\"a\": {{ n }}, \"b\": 2}"_s << u"/b"_s << 1 << 16 << 1 << 21;
        QTest::newRow("placeholder value")
            << u"{\"a\": {{ n }}, \"b\": 2}"_s << u"/a"_s << 1 << 2 << 1 << 7;
    }
    void positions()
    {
        QFETCH(QString, text);
        QFETCH(QString, pointer);
        QFETCH(int, keyLine);
        QFETCH(int, keyColumn);
        QFETCH(int, valueLine);
        QFETCH(int, valueColumn);
        const JsonLocator locator(text);
        QVERIFY(locator.complete());
        QVERIFY(locator.contains(pointer));
        const JsonPosition key = locator.keyPosition(pointer);
        const JsonPosition value = locator.valuePosition(pointer);
        QCOMPARE(key.line, keyLine);
        QCOMPARE(key.column, keyColumn);
        QCOMPARE(value.line, valueLine);
        QCOMPARE(value.column, valueColumn);
        // The offsets index the QString; the static helper agrees.
        QCOMPARE(JsonLocator::positionAt(text, key.offset), key);
        QCOMPARE(JsonLocator::positionAt(text, value.offset), value);
        if (key != value)
            QCOMPARE(text.at(key.offset), u'"');
    }

    // Every value's span, cut out of the text, is that value.
    void spansAreValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("text") << kText;
        QTest::newRow("template") << kTemplate;
        QTest::newRow("escapes in keys") << kEscapedKeys;
    }
    void spansAreValues()
    {
        QFETCH(QString, text);
        const JsonLocator locator(text);
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        const QJsonValue root
            = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        const QStringList pointers = locator.pointers();
        QVERIFY(pointers.size() > 3);
        QCOMPARE(pointers.constFirst(), QString());
        for (const QString &pointer : pointers) {
            const qsizetype start = locator.valuePosition(pointer).offset;
            const qsizetype end = locator.valueEnd(pointer).offset;
            const QString span = text.mid(start, end - start);
            const QJsonArray parsed
                = QJsonDocument::fromJson((u'[' + span + u']').toUtf8()).array();
            QCOMPARE(parsed.size(), 1);
            QCOMPARE(parsed.at(0), valueAt(root, pointer));
        }
    }

    void keysWithEscapes()
    {
        const JsonLocator locator(kEscapedKeys);
        QCOMPARE(locator.pointers(),
                 (QStringList {QString(), u"/café"_s, u"/q\"uote"_s, u"/q\"uote/0"_s,
                               u"/q\"uote/1"_s, u"/q\"uote/1/sl~1ash"_s, u"/😀"_s}));
    }

    void valueEnd()
    {
        const JsonLocator locator(kText);
        QCOMPARE(locator.valueEnd(u"/name"), (JsonPosition {2, 19, kText.indexOf(u"日本") + 3}));
        QCOMPARE(locator.valueEnd(QString()).line, 8);
        QCOMPARE(locator.valueEnd(QString()).column, 2);
    }

    void tolerant()
    {
        const QString truncated = u"{\n  \"a\": 1,\n  \"b\": [1, 2"_s;
        const JsonLocator locator(truncated);
        QVERIFY(!locator.complete());
        QCOMPARE(locator.valuePosition(u"/a").line, 2);
        QCOMPARE(locator.valuePosition(u"/b/1"), (JsonPosition {3, 12, truncated.size() - 1}));

        const JsonLocator garbage(u"{\"a\": 1} trailing"_s);
        QVERIFY(!garbage.complete());
        QVERIFY(garbage.contains(u"/a"));

        const JsonLocator deep(QString(5000, u'['));
        QVERIFY(!deep.complete());

        const JsonLocator empty(QString {});
        QVERIFY(!empty.complete());
        QVERIFY(!empty.valuePosition(QString()).isValid());

        const JsonLocator bom(u"\ufeff{\"a\": 1}"_s);
        QVERIFY(bom.complete());
        QCOMPARE(bom.keyPosition(u"/a").offset, 2);

        const JsonLocator trailingComma(u"{\"a\": [1, 2,], \"b\": 3,}"_s);
        QVERIFY(trailingComma.complete());
        QVERIFY(trailingComma.contains(u"/b"));
    }

    void nearestAndPlace()
    {
        const JsonLocator locator(kText);
        QCOMPARE(locator.nearestPosition(u"/nested/missing", JsonLocator::Anchor::Key),
                 locator.keyPosition(u"/nested"));
        QCOMPARE(locator.nearestPosition(u"/nested/missing/deeper", JsonLocator::Anchor::Value),
                 locator.valuePosition(u"/nested"));
        QCOMPARE(locator.nearestPosition(u"/nope", JsonLocator::Anchor::Key),
                 (JsonPosition {1, 1, 0}));

        const Error placed
            = locator.place(Error::invalid(u"/nested/a~1b"_s, u"x"_s), JsonLocator::Anchor::Key);
        QCOMPARE(placed.line, 6);
        QCOMPARE(placed.column, 5);
        QCOMPARE(placed.offset, kText.indexOf(u"\"a/b\""));
        QCOMPARE(placed.field, u"/nested/a~1b"_s);
        QCOMPARE(placed.message, u"x"_s);

        const Error unplaced = JsonLocator().place(Error::invalid(u"/a"_s, u"x"_s));
        QCOMPARE(unplaced.line, 0);
        QCOMPARE(unplaced.offset, -1);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("double comma") << u"{\"a\": 1,, }"_s << 1 << 9;
        QTest::newRow("bad literal after multi-byte") << u"{\n  \"é\": tru }"_s << 2 << 8;
        QTest::newRow("unclosed array") << u"{\"a\": [1, 2}"_s << 1 << 12;
        QTest::newRow("missing colon") << u"{\"a\" 1}"_s << 1 << 6;
        QTest::newRow("missing comma") << u"[1 2]"_s << 1 << 4;
        QTest::newRow("missing value after emoji") << u"{\n  \"😀\": \"x\",\n  \"b\": }"_s << 3 << 8;
        QTest::newRow("unterminated string") << u"{\"a\": \"x"_s << 1 << 9;
        QTest::newRow("trailing garbage") << u"{}\n x"_s << 2 << 2;
        QTest::newRow("trailing comma") << u"{\"a\": [1, 2,]}"_s << 1 << 13;
        QTest::newRow("placeholder outside a string") << u"{\"n\": {{ n }}}"_s << 1 << 8;
        QTest::newRow("empty") << QString() << 1 << 1;
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto parsed = JsonLocator::parse(text);
        QVERIFY(!parsed);
        const Error &e = parsed.error();
        QCOMPARE(e.code, ErrorCode::Invalid);
        QCOMPARE(e.field, QString());
        QVERIFY2(e.message.startsWith(u"not valid JSON: "_s), qPrintable(e.message));
        QVERIFY(e.message.size() > 16);
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QCOMPARE(JsonLocator::positionAt(text, e.offset), (JsonPosition {line, column, e.offset}));
    }

    void parse()
    {
        JsonLocator locator;
        const auto parsed = JsonLocator::parse(kTemplate, &locator);
        QVERIFY(parsed);
        QCOMPARE(parsed->object().value(u"tenant_id"), QJsonValue(u"{{ tenant_id }}"_s));
        QCOMPARE(locator.valuePosition(u"/limits/max_users").line, 5);
    }

    void duplicateKeys()
    {
        const QString text = u"{\n"
                             u"  \"a\": 1,\n"
                             u"  \"b\": {\"x\": 1, \"x\": {\"deep\": 2}},\n"
                             u"  \"a\": [3]\n"
                             u"}"_s;
        const JsonLocator locator(text);
        QCOMPARE(locator.duplicateKeys().size(), 2);
        const Error first = locator.duplicateKeys().at(0);
        QCOMPARE(first.field, u"/b/x"_s);
        QCOMPARE(first.message, uR"(duplicate key "x" (first at line 3, column 9))"_s);
        QCOMPARE(first.line, 3);
        QCOMPARE(first.column, 17);
        QCOMPARE(first.offset, text.indexOf(u"\"x\": {"));
        const Error second = locator.duplicateKeys().at(1);
        QCOMPARE(second.field, u"/a"_s);
        QCOMPARE(second.message, uR"(duplicate key "a" (first at line 2, column 3))"_s);
        QCOMPARE(second.line, 4);
        QCOMPARE(second.column, 3);
        // The last one counts, as in QJsonDocument.
        QCOMPARE(locator.valuePosition(u"/a").line, 4);
        QVERIFY(locator.contains(u"/a/0"));
        QCOMPARE(locator.valuePosition(u"/b/x").column, 22);
        QVERIFY(locator.contains(u"/b/x/deep"));

        JsonLocator fromParse;
        const auto parsed = JsonLocator::parse(text, &fromParse);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().field, u"/b/x"_s);
        QCOMPARE(parsed.error().line, 3);
        QCOMPARE(fromParse.duplicateKeys().size(), 2);

        const JsonLocator replaced(u"{\"a\": {\"old\": 1}, \"a\": {\"new\": 2}}"_s);
        QVERIFY(!replaced.contains(u"/a/old"));
        QVERIFY(replaced.contains(u"/a/new"));

        const JsonLocator inArray(u"[{\"k\": 1, \"k\": 2}, {\"k\": 3}]"_s);
        QCOMPARE(inArray.duplicateKeys().size(), 1);
        QCOMPARE(inArray.duplicateKeys().constFirst().field, u"/0/k"_s);
    }

    void utf8Offsets()
    {
        const QString text = u"a\né😀b"_s;
        const QByteArray utf8 = text.toUtf8();
        const qsizetype b = utf8.indexOf('b');
        QCOMPARE(b, 8);
        QCOMPARE(JsonLocator::positionOfUtf8Offset(utf8, b), (JsonPosition {2, 3, 5}));
        QCOMPARE(JsonLocator::positionAt(text, 5), (JsonPosition {2, 3, 5}));
        QCOMPARE(JsonLocator::positionOfUtf8Offset(utf8, 0), (JsonPosition {1, 1, 0}));
        QCOMPARE(JsonLocator::positionOfUtf8Offset(utf8, 999), (JsonPosition {2, 4, 6}));
        QCOMPARE(JsonLocator::positionAt(text, 999), (JsonPosition {2, 4, 6}));
    }

    void pointers_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("root") << QString() << true << QStringList();
        QTest::newRow("simple") << u"/a/0"_s << true << QStringList {u"a"_s, u"0"_s};
        QTest::newRow("escapes") << u"/a~1b/c~0d/~01"_s << true
                                 << QStringList {u"a/b"_s, u"c~d"_s, u"~1"_s};
        QTest::newRow("empty tokens") << u"//"_s << true << QStringList {QString(), QString()};
        QTest::newRow("no slash") << u"a/b"_s << false << QStringList();
        QTest::newRow("bad escape") << u"/~2"_s << false << QStringList();
        QTest::newRow("dangling ~") << u"/a~"_s << false << QStringList();
    }
    void pointers()
    {
        QFETCH(QString, pointer);
        QFETCH(bool, valid);
        QFETCH(QStringList, tokens);
        const auto split = JsonPointer::split(pointer);
        QCOMPARE(split.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(*split, tokens);
        QString rebuilt;
        for (const QString &token : tokens)
            rebuilt = JsonPointer::append(rebuilt, token);
        QCOMPARE(rebuilt, pointer);
    }

    void pointerHelpers()
    {
        QCOMPARE(JsonPointer::escape(u"a~/b"), u"a~0~1b"_s);
        QCOMPARE(JsonPointer::append(u"/list", 3), u"/list/3"_s);
        QCOMPARE(JsonPointer::parent(u"/a/b~1c"), u"/a"_s);
        QCOMPARE(JsonPointer::parent(u"/a"), QString());
        QCOMPARE(JsonPointer::parent(u""), QString());
    }
};

QTEST_GUILESS_MAIN(tst_JsonLocator)
#include "tst_jsonlocator.moc"
