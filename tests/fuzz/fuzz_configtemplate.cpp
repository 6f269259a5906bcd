// libFuzzer target for ConfigTemplate (build and run: tests/fuzz/run.sh configtemplate SECONDS).
//
// The input is a template: UTF-8; raw UTF-16 units (lone surrogates and all) after a first
// byte 0; or, after a first byte 1, UTF-8 put inside a JSON string ({"k": ["…"]}), which makes
// JSON skeletons far more frequent. Every issue must point into the text. A valid template is
// rendered with the placeholders empty (the skeleton) and with hostile values made from the input
// bytes; when the skeleton is JSON, every rendering must be JSON with the same tokens (strings
// aside). renderDocument() must give exactly QJsonDocument::fromJson(render()) whenever that is
// an object, fail at line 0 when it is not, and fail as render() does.
#include "config/ConfigTemplate.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using Tenancy::ConfigTemplate;
using Tenancy::TemplateValues;

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_configtemplate: %s\n%s\n", what, detail.left(4000).constData());
    std::abort();
}

#define CHECK(condition, detail)                                                                   \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fail(#condition, detail);                                                              \
    } while (false)

// Empty when json does not parse (QJsonDocument); otherwise its tokens with every string
// reduced to "s". Placeholders only change strings, so a rendering must give the skeleton's
// tokens. (Comparing parsed documents would not do: a placeholder in a key can reorder the
// members of an object, or make two keys the same.)
QByteArray structure(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    QByteArray out;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            for (++i; json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            out += 's';
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            out += c;
        }
    }
    return out;
}

QString fromUtf16Bytes(const uint8_t *data, size_t size)
{
    QString s;
    for (size_t i = 0; i + 1 < size; i += 2)
        s += QChar(char16_t(data[i] | (data[i + 1] << 8)));
    return s;
}

// renderDocument() against the parsed text of render().
void checkDocument(const ConfigTemplate &t, const TemplateValues &values, const QByteArray &input)
{
    const auto text = t.render(values);
    const auto document = t.renderDocument(values);
    if (!text.ok()) {
        CHECK(!document.ok(), input);
        CHECK(document.error().message == text.error().message, input);
        CHECK(document.error().field == text.error().field, input);
        CHECK(document.error().offset == text.error().offset, input);
        CHECK(document.error().line == text.error().line, input);
        CHECK(document.error().column == text.error().column, input);
        return;
    }
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(*text, &error);
    if (error.error == QJsonParseError::NoError && parsed.isObject()) {
        CHECK(document.ok(), input + "\n---\n" + *text);
        CHECK(*document == parsed.object(),
              input + "\n---\n" + *text + "\n---\n"
                  + QJsonDocument(*document).toJson(QJsonDocument::Compact));
    } else {
        CHECK(!document.ok() && document.error().line == 0, input + "\n---\n" + *text);
        CHECK(!t.hasSkeleton(), input);
    }
}

TemplateValues allValues(const ConfigTemplate &t, const QString &value)
{
    TemplateValues values;
    for (const QString &name : t.variableNames())
        values.variables.insert(name, value);
    for (const QString &name : ConfigTemplate::functionNames())
        values.functions.insert(name, value);
    return values;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString text;
    if (size > 0 && data[0] == 0)
        text = fromUtf16Bytes(data + 1, size - 1);
    else if (size > 0 && data[0] == 1)
        text = u"{\"k\": [\""_s + QString::fromUtf8(input.mid(1)) + u"\"]}"_s;
    else
        text = QString::fromUtf8(input);

    const ConfigTemplate parsed = ConfigTemplate::parse(text);
    if (!parsed.isValid()) {
        qsizetype previous = -1;
        for (const Tenancy::Error &issue : parsed.issues()) {
            CHECK(issue.offset >= 0 && issue.offset <= text.size(), input);
            CHECK(issue.offset >= previous, input); // in text order
            CHECK(issue.line >= 1 && issue.column >= 1, input);
            CHECK(!issue.message.isEmpty(), input);
            previous = issue.offset;
        }
        CHECK(!parsed.render({}).ok(), input);
        CHECK(!parsed.renderDocument({}).ok(), input);
        return 0;
    }

    const auto skeleton = parsed.render(allValues(parsed, QString()));
    CHECK(skeleton.ok(), input);
    checkDocument(parsed, allValues(parsed, QString()), input);
    const QByteArray skeletonShape = structure(*skeleton);

    // Hostile values: JSON syntax, escapes, NUL, controls, lone surrogates, the input itself
    // (as UTF-8, as Latin-1 so every byte is one character, and as UTF-16 units), a long one.
    QStringList hostile {
        u"\"\\\"\\\\},]\n\r\t\b\f"_s,
        QString(QChar(0)) + QChar(0x1F) + QChar(0x7F) + QChar(0xD800) + u"x"_s + QChar(0xDFFF),
        QString(QChar(0xDBFF)),
        QString(QChar(0xFEFF)) + QChar(0xFEFF) + u"x"_s,
        u"{{ a }}{% b %}{# c #}\\u0000"_s,
        QString::fromUtf8(input),
        QString::fromLatin1(input),
        fromUtf16Bytes(data, size),
    };
    if (parsed.variableNames().size() < 8) {
        QString longValue = QString::fromLatin1(input);
        while (!longValue.isEmpty() && longValue.size() < 4096)
            longValue += longValue;
        hostile.append(longValue.isEmpty() ? QString(4096, u'\\') : longValue);
    }

    for (const QString &value : std::as_const(hostile)) {
        const auto rendered = parsed.render(allValues(parsed, value));
        CHECK(rendered.ok(), input);
        checkDocument(parsed, allValues(parsed, value), input);
        if (!skeletonShape.isEmpty())
            CHECK(structure(*rendered) == skeletonShape, input + "\n---\n" + *rendered);
    }

    // Every other variable undefined: either a positioned error naming a variable, or (all
    // covered by default()) a rendering with the same tokens.
    TemplateValues some = allValues(parsed, hostile.first());
    const QStringList names = parsed.variableNames();
    for (qsizetype i = 0; i < names.size(); i += 2)
        some.variables.remove(names.at(i));
    const auto partial = parsed.render(some);
    checkDocument(parsed, some, input);
    if (partial.ok()) {
        if (!skeletonShape.isEmpty())
            CHECK(structure(*partial) == skeletonShape, input + "\n---\n" + *partial);
    } else {
        const Tenancy::Error &error = partial.error();
        CHECK(names.contains(error.field), input);
        CHECK(error.line >= 1 && error.column >= 1, input);
        CHECK(error.offset >= 0 && error.offset < text.size(), input);
        CHECK(text.mid(error.offset, 2) == u"{{"_s, input);
    }
    return 0;
}
