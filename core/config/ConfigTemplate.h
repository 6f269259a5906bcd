#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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
// keep_trailing_newline, no autoescape) whenever the values need no JSON escaping; like
// Jinja2, line ends in the literal text ("\r\n", "\r") come out as "\n".
//
// Rendering escapes each substituted value for the JSON string it lands in, after the filters
// ran on the raw value: for any values, if the template with its placeholders removed is valid
// JSON, the output is valid JSON with the same structure.
//
// parse() runs once and keeps the literal text as UTF-8 (a lone surrogate becomes U+FFFD) with
// the placeholders in between; render() only copies bytes and escapes values (no regular
// expressions), so it is cheap to call for every tenant. A parsed template is immutable:
// render() may run on several threads at once.
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

    // Appends value, escaped for inside a JSON string, as UTF-8: '"' and '\' get a backslash,
    // U+0000–U+001F become \b \f \n \r \t or \u00XX, a lone surrogate becomes U+FFFD.
    static void appendJsonStringContent(QByteArray &out, QStringView value);

    // Python's str.upper() / str.lower() (see the .cpp for how they differ from QString's).
    static QString upper(const QString &value);
    static QString lower(const QString &value);

private:
    friend class ConfigTemplateParser;

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
};

} // namespace Tenancy
