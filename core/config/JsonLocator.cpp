#include "JsonLocator.h"

#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace JsonPointer {

QString escape(QStringView token)
{
    if (!token.contains(u'~') && !token.contains(u'/'))
        return token.toString();
    QString out;
    out.reserve(token.size() + 2);
    for (const QChar c : token) {
        if (c == u'~')
            out += u"~0";
        else if (c == u'/')
            out += u"~1";
        else
            out += c;
    }
    return out;
}

QString append(QStringView parent, QStringView token)
{
    return parent + u'/' + escape(token);
}

QString append(QStringView parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

std::optional<QStringList> split(QStringView pointer)
{
    QStringList tokens;
    if (pointer.isEmpty())
        return tokens;
    if (pointer.front() != u'/')
        return std::nullopt;
    QString token;
    for (qsizetype i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer.at(i) == u'/') {
            tokens << token;
            token.clear();
            continue;
        }
        const QChar c = pointer.at(i);
        if (c != u'~') {
            token += c;
            continue;
        }
        if (i + 1 >= pointer.size())
            return std::nullopt;
        const QChar next = pointer.at(++i);
        if (next == u'0')
            token += u'~';
        else if (next == u'1')
            token += u'/';
        else
            return std::nullopt;
    }
    return tokens;
}

QString parent(QStringView pointer)
{
    const qsizetype slash = pointer.lastIndexOf(u'/');
    return slash <= 0 ? QString() : pointer.left(slash).toString();
}

} // namespace JsonPointer

namespace {

// Nesting deeper than this stops the scan (QJsonDocument refuses deeper documents, too).
constexpr int kMaxDepth = 1024;

// Code points in s between from and to (UTF-16 indexes): a surrogate pair counts once.
qsizetype codePointsBetween(const QString &s, qsizetype from, qsizetype to)
{
    qsizetype count = to - from;
    for (qsizetype k = from + 1; k < to; ++k) {
        if (s.at(k).isLowSurrogate() && s.at(k - 1).isHighSurrogate())
            --count;
    }
    return count;
}

} // namespace

// The scanner behind JsonLocator: a recursive descent over the text that records where every
// value (and member key) starts and ends.
class JsonLocatorScanner
{
public:
    // strict: only RFC 8259 JSON (no placeholders, trailing commas or bare words), to find
    // where a parse error really is.
    explicit JsonLocatorScanner(JsonLocator &locator, bool strict = false)
        : m(locator)
        , s(locator.m_text)
        , n(s.size())
        , m_strict(strict)
    { }

    void run()
    {
        m.m_lineStarts.append(0);
        for (qsizetype k = 0; k < n; ++k) {
            if (s.at(k) == u'\n')
                m.m_lineStarts.append(k + 1);
        }
        if (n > 0 && s.at(0) == QChar(0xfeff))
            ++i;
        skipWhitespace();
        if (i >= n || !value(QString(), -1, 0)) {
            m.m_complete = false;
            m.m_stop = i;
            return;
        }
        skipWhitespace();
        if (i < n) {
            m.m_complete = false;
            m.m_stop = i;
        }
    }

private:
    bool atEnd() const { return i >= n; }
    QChar peek() const { return s.at(i); }

    void skipWhitespace()
    {
        while (i < n) {
            const char16_t c = s.at(i).unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                return;
            ++i;
        }
    }

    static bool isBareChar(QChar c)
    {
        return c.isLetterOrNumber() || c == u'-' || c == u'+' || c == u'.' || c == u'_';
    }

    bool value(const QString &pointer, qsizetype keyOffset, int depth)
    {
        if (depth > kMaxDepth || atEnd())
            return false;
        const qsizetype start = i;
        const QChar c = peek();
        m.m_entries.insert(pointer, {keyOffset, start, -1, m.m_nextOrder++});
        bool ok = false;
        if (!m_strict && c == u'{' && i + 1 < n && s.at(i + 1) == u'{')
            ok = placeholder();
        else if (c == u'{')
            ok = object(pointer, depth);
        else if (c == u'[')
            ok = array(pointer, depth);
        else if (c == u'"')
            ok = string(nullptr);
        else
            ok = bare();
        m.m_entries[pointer].end = i;
        return ok;
    }

    bool object(const QString &pointer, int depth)
    {
        ++i; // '{'
        skipWhitespace();
        if (!atEnd() && peek() == u'}') {
            ++i;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (atEnd() || peek() != u'"')
                return false;
            const qsizetype keyStart = i;
            QString key;
            if (!string(&key))
                return false;
            skipWhitespace();
            if (atEnd() || peek() != u':')
                return false;
            ++i;
            skipWhitespace();
            const QString child = JsonPointer::append(pointer, key);
            if (const auto first = m.m_entries.constFind(child); first != m.m_entries.cend()) {
                const JsonPosition was = m.positionAt(first->key);
                const JsonPosition now = m.positionAt(keyStart);
                m.m_duplicates << Error::at(
                    child,
                    JsonLocator::tr("duplicate key \"%1\" (first at line %2, column %3)")
                        .arg(key)
                        .arg(was.line)
                        .arg(was.column),
                    now.line, now.column, now.offset);
                forget(child);
            }
            if (!value(child, keyStart, depth + 1))
                return false;
            skipWhitespace();
            if (atEnd())
                return false;
            if (peek() == u',') {
                ++i;
                skipWhitespace();
                if (!atEnd() && peek() == u'}' && !m_strict) { // a trailing comma
                    ++i;
                    return true;
                }
                continue;
            }
            if (peek() == u'}') {
                ++i;
                return true;
            }
            return false;
        }
    }

    bool array(const QString &pointer, int depth)
    {
        ++i; // '['
        skipWhitespace();
        if (!atEnd() && peek() == u']') {
            ++i;
            return true;
        }
        for (qsizetype index = 0;; ++index) {
            skipWhitespace();
            if (!value(JsonPointer::append(pointer, index), -1, depth + 1))
                return false;
            skipWhitespace();
            if (atEnd())
                return false;
            if (peek() == u',') {
                ++i;
                skipWhitespace();
                if (!atEnd() && peek() == u']' && !m_strict) {
                    ++i;
                    return true;
                }
                continue;
            }
            if (peek() == u']') {
                ++i;
                return true;
            }
            return false;
        }
    }

    // A string from its opening quote; decoded (for keys) when out is given.
    bool string(QString *out)
    {
        ++i; // '"'
        while (i < n) {
            const QChar c = s.at(i);
            if (c == u'"') {
                ++i;
                return true;
            }
            if (c == u'\n' || (m_strict && c.unicode() < 0x20))
                return false; // unterminated: do not run into the next lines
            if (c != u'\\') {
                if (out)
                    *out += c;
                ++i;
                continue;
            }
            if (++i >= n)
                return false;
            if (m_strict && !u"\"\\/bfnrtu"_s.contains(s.at(i)))
                return false;
            const QChar e = s.at(i++);
            if (e == u'u') {
                bool ok = false;
                const uint unit = i + 4 <= n ? QStringView(s).mid(i, 4).toUInt(&ok, 16) : 0;
                if (!ok)
                    return false;
                i += 4;
                if (out)
                    *out += QChar(char16_t(unit));
                continue;
            }
            if (!out)
                continue;
            switch (e.unicode()) {
            case u'b':
                *out += u'\b';
                break;
            case u'f':
                *out += u'\f';
                break;
            case u'n':
                *out += u'\n';
                break;
            case u'r':
                *out += u'\r';
                break;
            case u't':
                *out += u'\t';
                break;
            default: // '"', '\\', '/' and, tolerated, anything else as itself
                *out += e;
                break;
            }
        }
        return false;
    }

    // "{{ ... }}" where a value should be (a template placeholder outside a string).
    bool placeholder()
    {
        const qsizetype close = s.indexOf(u"}}"_s, i + 2);
        if (close < 0)
            return false;
        i = close + 2;
        return true;
    }

    // A number, true, false, null or, tolerated, another bare word.
    bool bare()
    {
        const qsizetype start = i;
        while (i < n && isBareChar(s.at(i)))
            ++i;
        if (m_strict && !isLiteral(QStringView(s).mid(start, i - start))) {
            i = start;
            return false;
        }
        return i > start;
    }

    static bool isLiteral(QStringView word)
    {
        if (word == u"true" || word == u"false" || word == u"null")
            return true;
        static const QRegularExpression number(
            u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\z"_s);
        return number.match(word).hasMatch();
    }

    // Drops pointer and everything below it (a duplicate key replaces the earlier member).
    void forget(const QString &pointer)
    {
        const QString prefix = pointer + u'/';
        for (auto it = m.m_entries.begin(); it != m.m_entries.end();) {
            if (it.key() == pointer || it.key().startsWith(prefix))
                it = m.m_entries.erase(it);
            else
                ++it;
        }
    }

    JsonLocator &m;
    const QString &s;
    const qsizetype n;
    const bool m_strict;
    qsizetype i = 0;
};

JsonLocator::JsonLocator(const QString &text)
    : m_text(text)
{
    JsonLocatorScanner(*this).run();
}

bool JsonLocator::contains(QStringView pointer) const
{
    return m_entries.contains(pointer.toString());
}

QStringList JsonLocator::pointers() const
{
    QList<std::pair<int, QString>> ordered;
    ordered.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        ordered.append({it->order, it.key()});
    std::sort(ordered.begin(), ordered.end());
    QStringList out;
    out.reserve(ordered.size());
    for (const auto &entry : std::as_const(ordered))
        out << entry.second;
    return out;
}

JsonPosition JsonLocator::valuePosition(QStringView pointer) const
{
    const auto it = m_entries.constFind(pointer.toString());
    return it == m_entries.cend() ? JsonPosition {} : positionAt(it->value);
}

JsonPosition JsonLocator::keyPosition(QStringView pointer) const
{
    const auto it = m_entries.constFind(pointer.toString());
    if (it == m_entries.cend())
        return {};
    return positionAt(it->key >= 0 ? it->key : it->value);
}

JsonPosition JsonLocator::valueEnd(QStringView pointer) const
{
    const auto it = m_entries.constFind(pointer.toString());
    return it == m_entries.cend() || it->end < 0 ? JsonPosition {} : positionAt(it->end);
}

JsonPosition JsonLocator::nearestPosition(QStringView pointer, Anchor anchor) const
{
    QString p = pointer.toString();
    for (;;) {
        if (m_entries.contains(p))
            return anchor == Anchor::Key ? keyPosition(p) : valuePosition(p);
        if (p.isEmpty())
            return {};
        p = JsonPointer::parent(p);
    }
}

Error JsonLocator::place(Error error, Anchor anchor) const
{
    const JsonPosition at = nearestPosition(error.field, anchor);
    if (at.isValid()) {
        error.line = at.line;
        error.column = at.column;
        error.offset = at.offset;
    }
    return error;
}

JsonPosition JsonLocator::positionAt(qsizetype offset) const
{
    if (m_lineStarts.isEmpty())
        return positionAt(m_text, offset);
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype line = next - m_lineStarts.cbegin(); // >= 1: m_lineStarts[0] is 0
    const qsizetype lineStart = m_lineStarts.at(line - 1);
    return {int(line), int(1 + codePointsBetween(m_text, lineStart, offset)), offset};
}

JsonPosition JsonLocator::positionAt(const QString &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype k = 0; k < offset; ++k) {
        if (text.at(k) == u'\n') {
            ++line;
            lineStart = k + 1;
        }
    }
    return {line, int(1 + codePointsBetween(text, lineStart, offset)), offset};
}

JsonPosition JsonLocator::positionOfUtf8Offset(const QByteArray &utf8, qsizetype byteOffset)
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, utf8.size());
    int line = 1;
    int column = 1;
    qsizetype utf16 = 0;
    for (qsizetype k = 0; k < byteOffset; ++k) {
        const auto b = static_cast<unsigned char>(utf8.at(k));
        if ((b & 0xC0) == 0x80)
            continue; // continuation byte
        utf16 += b >= 0xF0 ? 2 : 1;
        if (b == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column, utf16};
}

Result<QJsonDocument> JsonLocator::parse(const QString &text, JsonLocator *locator)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        JsonPosition at = positionOfUtf8Offset(utf8, parseError.offset);
        // QJsonDocument often reports where it gave up (after "tru", at the end of an object);
        // a strict scan finds where the text stopped being JSON.
        JsonLocator strict;
        strict.m_text = text;
        JsonLocatorScanner(strict, true).run();
        if (strict.m_stop >= 0 && strict.m_stop < at.offset)
            at = strict.positionAt(strict.m_stop);
        return Error::at(QString(), tr("not valid JSON: %1").arg(parseError.errorString()), at.line,
                         at.column, at.offset);
    }
    JsonLocator scanned(text);
    if (!scanned.duplicateKeys().isEmpty()) {
        Error duplicate = scanned.duplicateKeys().constFirst();
        if (locator)
            *locator = std::move(scanned);
        return duplicate;
    }
    if (locator)
        *locator = std::move(scanned);
    return document;
}

} // namespace Tenancy
