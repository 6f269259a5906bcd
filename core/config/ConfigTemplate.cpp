// Over 600 lines on purpose: the parser's JSON-string tracking, the renderer's escaping and
// the Python-compatible case mapping make one guarantee together (accepted templates render
// as Jinja2 does, and always to the skeleton's JSON shape) and are tested and fuzzed as one.
#include "ConfigTemplate.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// Python's \s for str patterns (str.isspace()): what Jinja2's lexer skips inside {{ }}.
bool isJinjaSpace(char16_t c)
{
    switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x1F:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool isIdentifierStart(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierPart(char16_t c)
{
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

bool isHexDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Writes code point c as UTF-8 at d; returns the end.
char *putUtf8(char *d, char32_t c)
{
    if (c < 0x80) {
        *d++ = char(c);
    } else if (c < 0x800) {
        *d++ = char(0xC0 | (c >> 6));
        *d++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *d++ = char(0xE0 | (c >> 12));
        *d++ = char(0x80 | ((c >> 6) & 0x3F));
        *d++ = char(0x80 | (c & 0x3F));
    } else {
        *d++ = char(0xF0 | (c >> 18));
        *d++ = char(0x80 | ((c >> 12) & 0x3F));
        *d++ = char(0x80 | ((c >> 6) & 0x3F));
        *d++ = char(0x80 | (c & 0x3F));
    }
    return d;
}

// Makes room for `worst` more bytes at the end of out (growing geometrically, so that many
// small appends stay linear) and returns where they start. Trim with finishAppend().
char *beginAppend(QByteArray &out, qsizetype worst)
{
    const qsizetype start = out.size();
    if (out.capacity() < start + worst)
        out.reserve(std::max(start + worst, out.capacity() * 2));
    out.resize(start + worst); // Qt 6 leaves the new bytes uninitialised
    return out.data() + start;
}

void finishAppend(QByteArray &out, const char *end)
{
    out.resize(end - out.constData());
}

// The non-BMP code point of the pair at p, or U+FFFD (advancing past what it consumed) for a
// lone surrogate.
char32_t readSurrogates(const char16_t *&p, const char16_t *end)
{
    const char16_t c = *p++;
    if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p))
        return QChar::surrogateToUcs4(c, *p++);
    return 0xFFFD;
}

// Appends literal template text as UTF-8. Like Jinja2, "\r\n" and "\r" become "\n".
void appendLiteral(QByteArray &out, QStringView text)
{
    if (text.isEmpty())
        return;
    char *d = beginAppend(out, text.size() * 3);
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t c = *p;
        if (c < 0x80) {
            ++p;
            if (c == u'\r') {
                if (p != end && *p == u'\n')
                    ++p;
                *d++ = '\n';
            } else {
                *d++ = char(c);
            }
        } else if (QChar::isSurrogate(c)) {
            d = putUtf8(d, readSurrogates(p, end));
        } else {
            d = putUtf8(d, c);
            ++p;
        }
    }
    finishAppend(out, d);
}

// Python's Unicode properties for the Final_Sigma rule of str.lower() (Unicode 14, as in
// Python 3.11 and Qt 6.4). Cased: Lowercase, Uppercase or Lt. Qt knows the categories and the
// case mappings; these are the Other_Lowercase/Other_Uppercase characters without either.
struct Range
{
    char32_t first;
    char32_t last;
};
constexpr std::array<Range, 24> casedWithoutMapping {{
    {0xAA, 0xAA},       {0xBA, 0xBA},       {0x2B0, 0x2B8},     {0x2C0, 0x2C1},
    {0x2E0, 0x2E4},     {0x37A, 0x37A},     {0x1D2C, 0x1D6A},   {0x1D78, 0x1D78},
    {0x1D9B, 0x1DBF},   {0x2071, 0x2071},   {0x207F, 0x207F},   {0x2090, 0x209C},
    {0x2C7C, 0x2C7D},   {0xA69C, 0xA69D},   {0xA770, 0xA770},   {0xA7F8, 0xA7F9},
    {0xAB5C, 0xAB5F},   {0x10780, 0x10780}, {0x10783, 0x10785}, {0x10787, 0x107B0},
    {0x107B2, 0x107BA}, {0x1F130, 0x1F149}, {0x1F150, 0x1F169}, {0x1F170, 0x1F189},
}};

bool isCased(char32_t c)
{
    const auto category = QChar::category(c);
    if (category == QChar::Letter_Uppercase || category == QChar::Letter_Lowercase
        || category == QChar::Letter_Titlecase || QChar::toLower(c) != c
        || QChar::toUpper(c) != c) {
        return true;
    }
    return std::any_of(casedWithoutMapping.begin(), casedWithoutMapping.end(),
                       [c](Range r) { return c >= r.first && c <= r.last; });
}

// Case_Ignorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter, MidNumLet, Single_Quote.
bool isCaseIgnorable(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        break;
    }
    static constexpr char32_t wordBreak[]
        = {0x27,   0x2E,   0x3A,   0xB7,   0x387,  0x55F,  0x5F4,  0x2018, 0x2019,
           0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A};
    return std::find(std::begin(wordBreak), std::end(wordBreak), c) != std::end(wordBreak);
}

// Whether the U+03A3 at i is word-final in Python's sense:
// \p{cased}\p{case-ignorable}* U+03A3 !(\p{case-ignorable}*\p{cased}).
bool isFinalSigma(QStringView s, qsizetype i)
{
    qsizetype j = i;
    char32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = s.at(--j).unicode();
        if (QChar::isLowSurrogate(c) && j > 0 && s.at(j - 1).isHighSurrogate())
            c = QChar::surrogateToUcs4(s.at(--j), QChar(char16_t(c)));
        if (!isCaseIgnorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !isCased(c))
        return false;
    for (j = i + 1; j < s.size(); ++j) {
        c = s.at(j).unicode();
        if (QChar::isHighSurrogate(c) && j + 1 < s.size() && s.at(j + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(QChar(char16_t(c)), s.at(++j));
        if (!isCaseIgnorable(c))
            return !isCased(c);
    }
    return true;
}

} // namespace

// Parses one template text into a ConfigTemplate (see the header for the language).
class ConfigTemplateParser
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::ConfigTemplate)

public:
    ConfigTemplateParser(const QString &text, ConfigTemplate &result)
        : m_text(text)
        , m_size(text.size())
        , m_result(result)
    { }

    void run()
    {
        findStatementsAndComments();
        // The JSON lexer state of the literal text (placeholders are transparent to it).
        bool inString = false;
        int escape = 0; // -1: after a backslash; n > 0: n hex digits of \uXXXX to come
        qsizetype literalStart = 0;
        qsizetype i = 0;
        while (i < m_size) {
            const char16_t c = at(i);
            if (c == u'{' && i + 1 < m_size && at(i + 1) == u'{') {
                appendLiteral(m_result.m_literal,
                              QStringView(m_text).mid(literalStart, i - literalStart));
                bool usable = true;
                if (!inString) {
                    issue(i, tr("placeholder outside a JSON string"));
                    usable = false;
                } else if (escape != 0) {
                    issue(i, tr("placeholder inside a JSON escape sequence"));
                    usable = false;
                }
                ConfigTemplate::Placeholder placeholder;
                const qsizetype end = parsePlaceholder(i, placeholder, usable);
                if (usable)
                    add(std::move(placeholder), i);
                i = literalStart = end < 0 ? m_size : end;
                continue;
            }
            ++i;
            if (escape > 0 && isHexDigit(c)) {
                --escape;
                continue;
            }
            if (escape == -1) {
                escape = c == u'u' ? 4 : 0;
                continue;
            }
            escape = 0;
            if (c == u'"')
                inString = !inString;
            else if (c == u'\\' && inString)
                escape = -1;
        }
        appendLiteral(m_result.m_literal, QStringView(m_text).mid(literalStart));
        std::stable_sort(m_result.m_issues.begin(), m_result.m_issues.end(),
                         [](const Error &a, const Error &b) { return a.offset < b.offset; });
    }

private:
    char16_t at(qsizetype i) const { return m_text.at(i).unicode(); }

    // Jinja2 would run "{% … %}" and skip "{# … #}" wherever they are, even inside a JSON
    // string or a placeholder: refuse them all.
    void findStatementsAndComments()
    {
        for (qsizetype i = 0; i + 1 < m_size; ++i) {
            if (at(i) != u'{')
                continue;
            if (at(i + 1) == u'%')
                issue(i, tr("statements ({% … %}) are not allowed in a configuration template"));
            else if (at(i + 1) == u'#')
                issue(i, tr("comments ({# … #}) are not allowed in a configuration template"));
        }
    }

    void issue(qsizetype offset, const QString &message, const QString &field = {})
    {
        const auto [line, column] = position(offset);
        m_result.m_issues.append(Error::at(field, message, line, column, offset));
    }

    // Line and column (code points, 1-based) of offset; line ends are "\n", "\r\n" and "\r",
    // as for Jinja2. Issues come mostly in text order, so this carries on from the last call.
    std::pair<int, int> position(qsizetype offset)
    {
        if (offset < m_posOffset) {
            m_posOffset = 0;
            m_posLine = 1;
            m_posColumn = 1;
        }
        for (; m_posOffset < offset; ++m_posOffset) {
            const char16_t c = at(m_posOffset);
            if (c == u'\n'
                || (c == u'\r' && !(m_posOffset + 1 < m_size && at(m_posOffset + 1) == u'\n'))) {
                ++m_posLine;
                m_posColumn = 1;
            } else if (c == u'\r') {
                // the "\n" of "\r\n" ends the line
            } else if (!(QChar::isLowSurrogate(c) && m_posOffset > 0
                         && QChar::isHighSurrogate(at(m_posOffset - 1)))) {
                ++m_posColumn;
            }
        }
        return {m_posLine, m_posColumn};
    }

    // What stands at i, for a message.
    QString describe(qsizetype i) const
    {
        char32_t c = at(i);
        if (QChar::isHighSurrogate(c) && i + 1 < m_size && QChar::isLowSurrogate(at(i + 1)))
            c = QChar::surrogateToUcs4(char16_t(c), at(i + 1));
        if (QChar::isPrint(c) && !isJinjaSpace(char16_t(c)))
            return u"\""_s + QString::fromUcs4(&c, 1) + u'"';
        return u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
    }

    qsizetype skipSpace(qsizetype i) const
    {
        while (i < m_size && isJinjaSpace(at(i)))
            ++i;
        return i;
    }

    QString identifierAt(qsizetype &i) const
    {
        const qsizetype start = i;
        while (i < m_size && isIdentifierPart(at(i)))
            ++i;
        return m_text.mid(start, i - start);
    }

    // Resumes after the next "}}" once a placeholder has a syntax error; -1 when there is none.
    qsizetype resync(qsizetype from, qsizetype open)
    {
        const qsizetype close = m_text.indexOf(u"}}"_s, from);
        if (close >= 0)
            return close + 2;
        unterminated(open);
        return -1;
    }

    void unterminated(qsizetype open)
    {
        issue(open, tr("unterminated placeholder: \"}}\" is missing"));
    }

    // Parses the placeholder whose "{{" is at open into p. Returns the index after its "}}",
    // or -1 when the text ends first. Clears usable on any issue.
    qsizetype parsePlaceholder(qsizetype open, ConfigTemplate::Placeholder &p, bool &usable)
    {
        qsizetype i = skipSpace(open + 2);
        const auto isClose = [&] {
            return i + 1 < m_size && at(i) == u'}' && at(i + 1) == u'}';
        };
        // A syntax error at i; when no "}}" follows, the missing "}}" is the issue to report.
        const auto fail = [&](const QString &message, const QString &field = {}) {
            usable = false;
            const qsizetype next = resync(i, open);
            if (next >= 0)
                issue(i, message, field);
            return next;
        };
        const auto ended = [&] {
            if (i < m_size)
                return false;
            unterminated(open);
            usable = false;
            return true;
        };

        if (ended())
            return -1;
        if (isClose()) {
            issue(open, tr("empty placeholder"));
            usable = false;
            return i + 2;
        }
        if (!isIdentifierStart(at(i)))
            return fail(
                tr("expected a variable name or a function call, found %1").arg(describe(i)));
        const qsizetype nameOffset = i;
        p.name = identifierAt(i);
        const bool isFunctionName = ConfigTemplate::functionNames().contains(p.name);
        i = skipSpace(i);
        if (i < m_size && at(i) == u'(') {
            p.isFunction = true;
            if (!isFunctionName) {
                issue(nameOffset,
                      tr("unknown function \"%1\"; the functions are %2")
                          .arg(p.name, ConfigTemplate::functionNames().join(u", "_s)),
                      p.name);
                usable = false;
            }
            i = skipSpace(i + 1);
            if (ended())
                return -1;
            if (at(i) != u')') {
                if (!isFunctionName)
                    return resync(i, open);
                return fail(tr("%1() takes no arguments").arg(p.name), p.name);
            }
            ++i;
        } else if (isFunctionName) {
            issue(nameOffset, tr("%1 is a function: write %1()").arg(p.name), p.name);
            usable = false;
        } else if (ConfigTemplate::reservedNames().contains(p.name)) {
            issue(nameOffset,
                  tr("the name \"%1\" is reserved by Jinja2 and cannot be a variable").arg(p.name),
                  p.name);
            usable = false;
        }

        for (;;) {
            i = skipSpace(i);
            if (ended())
                return -1;
            if (isClose())
                return i + 2;
            if (at(i) != u'|')
                return fail(tr("expected \"|\" or \"}}\", found %1").arg(describe(i)));
            i = skipSpace(i + 1);
            if (ended())
                return -1;
            if (!isIdentifierStart(at(i)))
                return fail(tr("expected a filter name after \"|\", found %1").arg(describe(i)));
            const qsizetype filterOffset = i;
            const QString filter = identifierAt(i);
            i = skipSpace(i);
            if (ended())
                return -1;
            if (filter == u"default"_s) {
                const QString usage = tr("default needs one quoted text, as in default(\"Acme\")");
                if (at(i) != u'(')
                    return fail(usage, filter);
                i = skipSpace(i + 1);
                if (ended())
                    return -1;
                const char16_t quote = at(i);
                if (quote != u'"' && quote != u'\'')
                    return fail(usage, filter);
                const qsizetype textStart = ++i;
                bool clean = true;
                while (i < m_size && at(i) != quote && at(i) != u'\n' && at(i) != u'\r') {
                    const char16_t c = at(i);
                    if (c == u'\\' || c == u'"' || c < 0x20)
                        clean = false;
                    ++i;
                }
                if (i == m_size || at(i) != quote) {
                    i = textStart - 1;
                    return fail(tr("the text of default() has no closing quote"), filter);
                }
                if (!clean) {
                    issue(textStart,
                          tr("the text of default() may not contain a backslash, a double quote "
                             "or a control character"),
                          filter);
                    usable = false;
                }
                p.filters.append(
                    {ConfigTemplate::FilterKind::Default, m_text.mid(textStart, i - textStart)});
                i = skipSpace(i + 1);
                if (ended())
                    return -1;
                if (at(i) != u')')
                    return fail(usage, filter);
                ++i;
            } else if (filter == u"upper"_s || filter == u"lower"_s) {
                p.filters.append({filter == u"upper"_s ? ConfigTemplate::FilterKind::Upper
                                                       : ConfigTemplate::FilterKind::Lower,
                                  {}});
                if (at(i) == u'(') { // Jinja2 accepts upper() too
                    i = skipSpace(i + 1);
                    if (ended())
                        return -1;
                    if (at(i) != u')')
                        return fail(tr("%1 takes no arguments").arg(filter), filter);
                    ++i;
                }
            } else {
                issue(filterOffset,
                      tr("unknown filter \"%1\"; the filters are %2")
                          .arg(filter, ConfigTemplate::filterNames().join(u", "_s)),
                      filter);
                usable = false;
                if (at(i) == u'(')
                    return resync(i, open);
            }
        }
    }

    void add(ConfigTemplate::Placeholder p, qsizetype open)
    {
        const auto [line, column] = position(open);
        p.line = line;
        p.column = column;
        p.offset = open;
        p.literalEnd = m_result.m_literal.size();
        QStringList &names = p.isFunction ? m_result.m_functionCalls : m_result.m_variableNames;
        if (!m_seenNames.contains(p.name)) {
            m_seenNames.insert(p.name);
            names.append(p.name);
        }
        m_result.m_placeholders.append(std::move(p));
    }

    const QString &m_text;
    const qsizetype m_size;
    ConfigTemplate &m_result;
    QSet<QString> m_seenNames; // variables and functions (they never share a name)
    qsizetype m_posOffset = 0;
    int m_posLine = 1;
    int m_posColumn = 1;
};

ConfigTemplate::ConfigTemplate() = default;

const QStringList &ConfigTemplate::functionNames()
{
    static const QStringList names {u"current_timestamp"_s, u"trial_expiry_date"_s,
                                    u"subscription_end_date"_s};
    return names;
}

const QStringList &ConfigTemplate::filterNames()
{
    static const QStringList names {u"default"_s, u"upper"_s, u"lower"_s};
    return names;
}

const QStringList &ConfigTemplate::reservedNames()
{
    // Constants and "not" in Jinja2's parser, "self" in its compiler, and its default globals
    // (which a missing variable would silently fall back to).
    static const QStringList names {
        u"true"_s, u"false"_s, u"none"_s, u"True"_s,   u"False"_s,  u"None"_s,   u"not"_s,
        u"self"_s, u"range"_s, u"dict"_s, u"lipsum"_s, u"cycler"_s, u"joiner"_s, u"namespace"_s};
    return names;
}

ConfigTemplate ConfigTemplate::parse(const QString &text)
{
    ConfigTemplate result;
    ConfigTemplateParser(text, result).run();
    if (!result.m_issues.isEmpty()) {
        result.m_placeholders.clear();
        result.m_literal.clear();
    } else {
        result.buildSkeleton(); // ConfigTemplateDocument.cpp
    }
    return result;
}

Result<QByteArray> ConfigTemplate::render(const TemplateValues &values) const
{
    if (!m_issues.isEmpty())
        return m_issues.constFirst();
    const auto undefined = [](const Placeholder &p) {
        const QString message = p.isFunction ? tr("no value for %1()").arg(p.name)
                                             : tr("unknown variable \"%1\"").arg(p.name);
        return Error::at(p.name, message, p.line, p.column, p.offset);
    };

    QByteArray out;
    out.reserve(m_literal.size() + m_placeholders.size() * 64);
    const char *literal = m_literal.constData();
    qsizetype done = 0;
    for (const Placeholder &p : m_placeholders) {
        out.append(literal + done, p.literalEnd - done);
        done = p.literalEnd;
        const QHash<QString, QString> &table = p.isFunction ? values.functions : values.variables;
        const auto found = table.constFind(p.name);
        const bool given = found != table.constEnd();
        if (p.filters.isEmpty() || (p.isFunction && !given)) {
            if (!given)
                return undefined(p);
            appendJsonStringContent(out, *found);
            continue;
        }
        // Jinja2 semantics: default() replaces only an undefined value, and any other filter
        // on an undefined value fails (StrictUndefined).
        bool defined = given;
        QString value = given ? *found : QString();
        for (const Filter &filter : p.filters) {
            if (filter.kind == FilterKind::Default) {
                if (!defined) {
                    value = filter.text;
                    defined = true;
                }
                continue;
            }
            if (!defined)
                return undefined(p);
            value = filter.kind == FilterKind::Upper ? upper(value) : lower(value);
        }
        if (!defined)
            return undefined(p);
        appendJsonStringContent(out, value);
    }
    out.append(literal + done, m_literal.size() - done);
    return out;
}

void ConfigTemplate::appendJsonStringContent(QByteArray &out, QStringView value)
{
    if (value.isEmpty())
        return;
    static constexpr char hex[] = "0123456789abcdef";
    // At most 6 bytes per UTF-16 unit ("\u001f"); a surrogate pair makes 4.
    char *d = beginAppend(out, value.size() * 6);
    const char16_t *p = value.utf16();
    const char16_t *const end = p + value.size();
    while (p != end) {
        const char16_t c = *p;
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            *d++ = char(c);
            ++p;
        } else if (c < 0x80) {
            ++p;
            *d++ = '\\';
            switch (c) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case u'\b':
                *d++ = 'b';
                break;
            case u'\f':
                *d++ = 'f';
                break;
            case u'\n':
                *d++ = 'n';
                break;
            case u'\r':
                *d++ = 'r';
                break;
            case u'\t':
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[c >> 4];
                *d++ = hex[c & 0xF];
                break;
            }
        } else if (QChar::isSurrogate(c)) {
            d = putUtf8(d, readSurrogates(p, end));
        } else if (c == 0xFEFF) {
            // Qt's JSON parser drops a raw U+FEFF at the start of a string without escapes.
            ++p;
            d = std::copy_n("\\ufeff", 6, d);
        } else {
            d = putUtf8(d, c);
            ++p;
        }
    }
    finishAppend(out, d);
}

// QString::toUpper()/toLower() apply the same full case mappings as Python 3.11's str.upper()
// and str.lower() (both on Unicode 14; checked code point by code point, "ß" → "SS",
// "İ" → "i̇"). The one difference is context: Python lowercases a word-final capital sigma to
// "ς", Qt always to "σ", so lower() applies Python's Final_Sigma rule itself. A newer Python
// or Qt on another Unicode version may differ for the characters added in between.
QString ConfigTemplate::upper(const QString &value)
{
    return value.toUpper();
}

QString ConfigTemplate::lower(const QString &value)
{
    constexpr char16_t capitalSigma = 0x03A3;
    qsizetype sigma = value.indexOf(QChar(capitalSigma));
    if (sigma < 0)
        return value.toLower();
    QString result;
    result.reserve(value.size());
    qsizetype done = 0;
    for (; sigma >= 0; sigma = value.indexOf(QChar(capitalSigma), done)) {
        result += QStringView(value).mid(done, sigma - done).toString().toLower();
        result += QChar(isFinalSigma(value, sigma) ? char16_t(0x03C2) : char16_t(0x03C3));
        done = sigma + 1;
    }
    result += QStringView(value).mid(done).toString().toLower();
    return result;
}

} // namespace Tenancy
