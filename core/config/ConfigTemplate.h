#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Tenancy {

// What a template's placeholders are filled with.
struct TemplateValues
{
    // tenant_id, tenant_name, data_residency_region, ... A variable that is not here is
    // undefined: only a default("…") filter can stand in for it.
    QHash<QString, QString> variables;
    // The results of the zero-argument functions, by name without "()":
    // current_timestamp, trial_expiry_date, subscription_end_date.
    QHash<QString, QString> functions;
};

// A JSON configuration template in a safe subset of Jinja2.
//
// Accepted, and nothing else:
//   {{ name }}                  a variable; name is [A-Za-z_][A-Za-z0-9_]*
//   {{ current_timestamp() }}   one of functionNames(), no arguments
//   {{ x | default("Acme") }}   filters after '|', chainable: default("…") or default('…')
//   {{ x | upper }}, lower      (the default text holds no backslash and nothing that JSON
//                                would have to escape)
// Whitespace inside {{ }} is free (Python's \s, as Jinja2's lexer). Any "{%" or "{#" in the
// text is an error, and so is a placeholder that does not stand inside a JSON string of the
// template (or stands inside an escape sequence such as "\u00{{ x }}"). "}}" outside a
// placeholder is literal text. Names Jinja2 would not look up as variables (true, none, self,
// range, …: reservedNames()) and the function names themselves are refused as variables.
//
// Every template this accepts renders to the same text under Jinja2 (StrictUndefined,
// keep_trailing_newline, no autoescape) whenever the values need no JSON escaping (U+FEFF
// counts as needing it: see appendJsonStringContent()); like
// Jinja2, line ends in the literal text ("\r\n", "\r") come out as "\n".
//
// Rendering escapes each substituted value for the JSON string it lands in, after the filters
// ran on the raw value: for any values, if the template with its placeholders removed is valid
// JSON, the output is valid JSON with the same structure.
//
// parse() runs once and keeps the literal text as UTF-8 (a lone surrogate becomes U+FFFD) with
// the placeholders in between; render() only copies bytes and escapes values (no regular
// expressions), so it is cheap to call for every tenant. A parsed template is immutable:
// render() and renderDocument() may run on several threads at once.
//
// renderDocument() gives the parsed document without parsing text per call: parse() also
// parses the template once with its placeholders empty (the skeleton) and records each string
// that holds placeholders by its JSON Pointer, as literal pieces and placeholders; a rendering
// copies the skeleton and sets those strings. Templates with a placeholder in an object key
// (the value could reorder or merge members), with a raw U+FEFF in their literal text (Qt's
// parser drops one that starts a string only when the string has no escapes, which depends on
// the values) or that are no JSON object have no skeleton: renderDocument() renders and parses
// text for them, with the same result.
//
//   const auto t = ConfigTemplate::parse(text);
//   if (!t.isValid())
//       return t.issues(); // every problem, with line and column, for an issues list
//   TemplateValues values;
//   values.variables.insert(u"tenant_id"_s, tenant.id);
//   values.functions.insert(u"current_timestamp"_s, now.toString(Qt::ISODate));
//   const Result<QByteArray> json = t.render(values);
class ConfigTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ConfigTemplate)

public:
    ConfigTemplate(); // the empty template: valid, renders to nothing

    static const QStringList &functionNames();
    static const QStringList &filterNames();
    // Names Jinja2 resolves to constants, its globals or the template itself.
    static const QStringList &reservedNames();

    // Parses text. issues() lists every problem found, in text order, each with its line,
    // column (code points, 1-based), offset (QString index) and the name it concerns as field.
    static ConfigTemplate parse(const QString &text);

    bool isValid() const { return m_issues.isEmpty(); }
    const QList<Error> &issues() const { return m_issues; }
    // The variables the placeholders use, distinct, in order of first use.
    QStringList variableNames() const { return m_variableNames; }
    // The functions the placeholders call, distinct, in order of first use (without "()").
    QStringList functionCalls() const { return m_functionCalls; }

    // The filled-in document as UTF-8. Fails with the template's first issue when it is not
    // valid, or names the first undefined variable (not given, and no earlier default()) or
    // function without a value, with its position.
    Result<QByteArray> render(const TemplateValues &values) const;

    // The filled-in document: for any values, the same object as
    // QJsonDocument::fromJson(*render(values)).object(), and the same errors as render(). A
    // template whose output is not a JSON object fails with line 0 (no place in the template).
    Result<QJsonObject> renderDocument(const TemplateValues &values) const;
    // Whether renderDocument() fills the pre-parsed skeleton (no text parsed per call).
    bool hasSkeleton() const { return m_skeleton != nullptr; }
    // The JSON Pointers of the strings renderDocument() sets in the skeleton, in key order.
    QStringList skeletonPointers() const;

    // Appends value, escaped for inside a JSON string, as UTF-8: '"' and '\' get a backslash,
    // U+0000–U+001F become \b \f \n \r \t or \u00XX, a lone surrogate becomes U+FFFD, and
    // U+FEFF becomes \ufeff (QJsonDocument drops a raw one that starts a string: escaped, it
    // round-trips).
    static void appendJsonStringContent(QByteArray &out, QStringView value);

    // Python's str.upper() / str.lower() (see the .cpp for how they differ from QString's).
    static QString upper(const QString &value);
    static QString lower(const QString &value);

private:
    friend class ConfigTemplateParser;
    friend class ConfigTemplateSkeleton;
    struct Skeleton;

    enum class FilterKind : quint8 { Default, Upper, Lower };
    struct Filter
    {
        FilterKind kind = FilterKind::Upper;
        QString text; // default()'s argument
    };
    struct Placeholder
    {
        qsizetype literalEnd = 0; // the literal bytes before it end here in m_literal
        bool isFunction = false;
        QString name;
        QList<Filter> filters;
        int line = 0;
        int column = 0;
        qsizetype offset = 0; // of "{{" in the text
    };

    QByteArray m_literal; // all literal text, UTF-8
    QList<Placeholder> m_placeholders;
    QList<Error> m_issues;
    QStringList m_variableNames;
    QStringList m_functionCalls;
    std::shared_ptr<const Skeleton> m_skeleton; // null: renderDocument() parses text

    // The value placeholder p stands for after its filters, or render()'s error for it.
    bool valueOf(const Placeholder &p, const TemplateValues &values, QString &value,
                 Error *error) const;
    void buildSkeleton();
};

} // namespace Tenancy
