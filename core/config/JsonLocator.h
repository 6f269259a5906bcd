#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Tenancy {

// JSON Pointers (RFC 6901): "" is the whole document, "/a/0/b~1c" is a["0"]... with "~" written
// "~0" and "/" written "~1".
namespace JsonPointer {
QString escape(QStringView token);
// The pointer one level below parent.
QString append(QStringView parent, QStringView token);
QString append(QStringView parent, qsizetype index);
// The unescaped reference tokens, or nothing when pointer is not a JSON Pointer (it is
// non-empty and does not start with '/', or has a '~' not followed by '0' or '1').
std::optional<QStringList> split(QStringView pointer);
// The pointer one level up ("" for "" itself).
QString parent(QStringView pointer);
} // namespace JsonPointer

// Where something is in a text: 1-based line and column (in Unicode code points) and the
// index into the QString (UTF-16 units), as Error carries them. Invalid: line 0.
struct JsonPosition
{
    int line = 0;
    int column = 0;
    qsizetype offset = -1;

    bool isValid() const { return line > 0; }
    friend bool operator==(const JsonPosition &, const JsonPosition &) = default;
};

// Maps the JSON Pointer of every value in a JSON text to where it stands: QJsonDocument only
// reports an offset for parse errors and forgets positions otherwise.
//
// The scanner is tolerant: it works on template text (strings holding "{{ placeholders }}"),
// skips a bare "{{ ... }}" where a value should be, and on a lexical error keeps what it found
// up to there (complete() is then false). Only "\n" starts a new line ("\r\n" works as well;
// a lone "\r" does not).
class JsonLocator
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::JsonLocator)

public:
    // Which position of a member an error is best shown at: the key ("unknown property",
    // "missing ...": the member as a whole) or the value (a wrong type or value). For array
    // elements and the root the two are the same.
    enum class Anchor { Key, Value };

    JsonLocator() = default;
    explicit JsonLocator(const QString &text);

    const QString &text() const { return m_text; }
    // False when the scan stopped at a lexical error; the positions before it are kept.
    bool complete() const { return m_complete; }
    bool contains(QStringView pointer) const;
    // Every pointer found, in document order.
    QStringList pointers() const;

    // Invalid positions when pointer is not in the text.
    JsonPosition valuePosition(QStringView pointer) const;
    JsonPosition keyPosition(QStringView pointer) const;
    // The end of the value (the position just after its last character).
    JsonPosition valueEnd(QStringView pointer) const;
    // The position for pointer or, when it is not in the text (a missing member), for its
    // nearest ancestor that is.
    JsonPosition nearestPosition(QStringView pointer, Anchor anchor) const;
    // error with line, column and offset filled in from its field (a JSON Pointer), using the
    // nearest ancestor when the field itself is not in the text. Unchanged if nothing fits.
    Error place(Error error, Anchor anchor = Anchor::Value) const;

    // Members whose key appeared before in the same object (QJsonDocument keeps the last one
    // silently), each an error at the repeated key.
    const QList<Error> &duplicateKeys() const { return m_duplicates; }

    // Position of a QString index in text.
    JsonPosition positionAt(qsizetype offset) const;
    static JsonPosition positionAt(const QString &text, qsizetype offset);
    // Position of a byte offset into UTF-8 data (as QJsonParseError::offset counts), with the
    // offset converted to the QString (UTF-16) index.
    static JsonPosition positionOfUtf8Offset(const QByteArray &utf8, qsizetype byteOffset);

    // Parses text. A syntax error or a duplicate key is an error at its line and column.
    // When locator is given it is set to the scan of text (on success and on a duplicate key).
    static Result<QJsonDocument> parse(const QString &text, JsonLocator *locator = nullptr);

private:
    friend class JsonLocatorScanner;

    struct Entry
    {
        qsizetype key = -1; // the opening quote of the member's key; -1 for elements and root
        qsizetype value = -1;
        qsizetype end = -1;
        int order = 0;
    };

    QString m_text;
    QHash<QString, Entry> m_entries;
    QList<qsizetype> m_lineStarts;
    QList<Error> m_duplicates;
    int m_nextOrder = 0;
    qsizetype m_stop = -1; // where the scan stopped, when not complete
    bool m_complete = true;
};

} // namespace Tenancy
