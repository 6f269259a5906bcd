// ConfigTemplate::renderDocument(): the rendered document without parsing text per call.
//
// parse() builds the skeleton once: the literal text (the template with its placeholders
// empty) parsed as JSON, and the same text with a marker in place of each placeholder parsed
// too, to find the strings the placeholders stand in. Both parses are Qt's own, so escapes,
// duplicate keys and number forms come out exactly as QJsonDocument::fromJson() gives them for
// a rendered text; a rendering then only copies the skeleton along the paths to those strings.
#include "ConfigTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tenancy {

struct ConfigTemplate::Skeleton
{
    // A string that holds placeholders: literals.size() == placeholders.size() + 1.
    struct Slot
    {
        QString pointer;
        QStringList literals;
        QList<qsizetype> placeholders; // indexes into m_placeholders
    };
    // A member or an element on the way to a slot: either the slot's string itself, or a
    // container with members to visit.
    struct Node
    {
        qsizetype index = 0; // of the element, or of the member in key order
        qsizetype slot = -1;
        QList<Node> children;
    };

    QJsonObject document; // the template with its placeholders empty
    QList<Slot> strings;
    QList<Node> root; // the root object's members to visit, in key order
};

namespace {

QString pointerStep(const QString &pointer, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return pointer + u'/' + escaped;
}

// value with each lone surrogate replaced by U+FFFD, as render() writes it in UTF-8. Shares
// value's data when it has none (the usual case).
QString withoutLoneSurrogates(const QString &value)
{
    const char16_t *const begin = QStringView(value).utf16();
    const char16_t *const end = begin + value.size();
    const char16_t *p = begin;
    for (; p != end; ++p) {
        if (!QChar::isSurrogate(*p))
            continue;
        if (QChar::isHighSurrogate(*p) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
            ++p;
            continue;
        }
        break;
    }
    if (p == end)
        return value;
    QString out = value;
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = p - begin; i < out.size(); ++i) {
        if (!QChar::isSurrogate(d[i]))
            continue;
        if (QChar::isHighSurrogate(d[i]) && i + 1 < out.size() && QChar::isLowSurrogate(d[i + 1]))
            ++i;
        else
            d[i] = 0xFFFD;
    }
    return out;
}

} // namespace

// Builds a skeleton (walks the document parsed with markers, each placeholder as marker, its
// index in decimal, marker, and records the strings holding them) and fills one.
class ConfigTemplateSkeleton
{
public:
    using Skeleton = ConfigTemplate::Skeleton;
    using Node = Skeleton::Node;
    using Slot = Skeleton::Slot;

    static QString compose(const Slot &slot, const QList<QString> &values)
    {
        if (slot.placeholders.size() == 1 && slot.literals.at(0).isEmpty()
            && slot.literals.at(1).isEmpty()) {
            return values.at(slot.placeholders.at(0));
        }
        qsizetype size = 0;
        for (const QString &literal : slot.literals)
            size += literal.size();
        for (const qsizetype index : slot.placeholders)
            size += values.at(index).size();
        QString out;
        out.reserve(size);
        for (qsizetype i = 0; i < slot.placeholders.size(); ++i) {
            out += slot.literals.at(i);
            out += values.at(slot.placeholders.at(i));
        }
        out += slot.literals.constLast();
        return out;
    }

    // Sets the slots under nodes in object, copying each container on the way (the skeleton
    // shares the rest).
    static void fillObject(QJsonObject &object, const QList<Node> &nodes,
                           const QList<Slot> &strings, const QList<QString> &values)
    {
        const auto begin = object.begin(); // detaches: a copy of the skeleton's object
        for (const Node &node : nodes) {
            if (node.index >= object.size())
                continue; // only while buildSkeleton() checks the pieces
            const auto it = begin + node.index;
            if (node.slot >= 0) {
                *it = compose(strings.at(node.slot), values);
            } else if (it->isObject()) {
                QJsonObject child = it->toObject();
                fillObject(child, node.children, strings, values);
                *it = child;
            } else {
                QJsonArray child = it->toArray();
                fillArray(child, node.children, strings, values);
                *it = child;
            }
        }
    }

    static void fillArray(QJsonArray &array, const QList<Node> &nodes, const QList<Slot> &strings,
                          const QList<QString> &values)
    {
        for (const Node &node : nodes) {
            if (node.index >= array.size())
                continue; // only while buildSkeleton() checks the pieces
            if (node.slot >= 0) {
                array.replace(node.index, compose(strings.at(node.slot), values));
            } else if (array.at(node.index).isObject()) {
                QJsonObject child = array.at(node.index).toObject();
                fillObject(child, node.children, strings, values);
                array.replace(node.index, child);
            } else {
                QJsonArray child = array.at(node.index).toArray();
                fillArray(child, node.children, strings, values);
                array.replace(node.index, child);
            }
        }
    }

    ConfigTemplateSkeleton(Skeleton &skeleton, char16_t marker, qsizetype placeholders)
        : m_skeleton(skeleton)
        , m_marker(marker)
        , m_seen(placeholders, false)
    { }

    // False when a key holds a marker (a placeholder in a key) or the markers do not read back.
    bool visitObject(const QJsonObject &object, const QString &pointer, QList<Skeleton::Node> &into)
    {
        qsizetype position = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++position) {
            const QString key = it.key();
            if (key.contains(QChar(m_marker)))
                return false;
            Skeleton::Node node;
            node.index = position;
            if (!visit(it.value(), pointerStep(pointer, key), node))
                return false;
            if (node.slot >= 0 || !node.children.isEmpty())
                into.append(std::move(node));
        }
        return true;
    }

private:
    bool visit(const QJsonValue &value, const QString &pointer, Skeleton::Node &node)
    {
        switch (value.type()) {
        case QJsonValue::Object:
            return visitObject(value.toObject(), pointer, node.children);
        case QJsonValue::Array: {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                Skeleton::Node child;
                child.index = i;
                if (!visit(array.at(i), pointer + u'/' + QString::number(i), child))
                    return false;
                if (child.slot >= 0 || !child.children.isEmpty())
                    node.children.append(std::move(child));
            }
            return true;
        }
        case QJsonValue::String:
            return visitString(value.toString(), pointer, node);
        default:
            return true;
        }
    }

    bool visitString(const QString &s, const QString &pointer, Skeleton::Node &node)
    {
        qsizetype open = s.indexOf(QChar(m_marker));
        if (open < 0)
            return true;
        Skeleton::Slot slot;
        slot.pointer = pointer;
        qsizetype done = 0;
        for (; open >= 0; open = s.indexOf(QChar(m_marker), done)) {
            const qsizetype close = s.indexOf(QChar(m_marker), open + 1);
            if (close < 0)
                return false;
            bool ok = false;
            const qsizetype index = QStringView(s).mid(open + 1, close - open - 1).toLongLong(&ok);
            if (!ok || index < 0 || index >= m_seen.size() || m_seen.at(index))
                return false;
            m_seen[index] = true;
            slot.literals.append(s.mid(done, open - done));
            slot.placeholders.append(index);
            done = close + 1;
        }
        slot.literals.append(s.mid(done));
        node.slot = m_skeleton.strings.size();
        m_skeleton.strings.append(std::move(slot));
        return true;
    }

    Skeleton &m_skeleton;
    const char16_t m_marker;
    QList<bool> m_seen;
};

namespace {

// Every character of the strings (keys and values) in value, within [first, last].
void collectChars(const QJsonValue &value, char16_t first, char16_t last, QSet<char16_t> &into)
{
    const auto add = [&](const QString &s) {
        for (const QChar c : s) {
            if (c.unicode() >= first && c.unicode() <= last)
                into.insert(c.unicode());
        }
    };
    if (value.isString()) {
        add(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectChars(v, first, last, into);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            add(it.key());
            collectChars(it.value(), first, last, into);
        }
    }
}

} // namespace

void ConfigTemplate::buildSkeleton()
{
    // A raw U+FEFF that starts a string is dropped by QJsonDocument only when the string has no
    // escapes, which a value can change: such templates are parsed as text every time.
    if (m_literal.contains("\xEF\xBB\xBF"))
        return;
    QJsonParseError error;
    const QJsonDocument empty = QJsonDocument::fromJson(m_literal, &error);
    if (error.error != QJsonParseError::NoError || !empty.isObject())
        return;
    auto skeleton = std::make_shared<Skeleton>();
    skeleton->document = empty.object();
    if (m_placeholders.isEmpty()) {
        m_skeleton = std::move(skeleton);
        return;
    }

    // A marker no string of the template holds: a private-use character.
    constexpr char16_t first = 0xE000;
    constexpr char16_t last = 0xF8FF;
    QSet<char16_t> used;
    collectChars(skeleton->document, first, last, used);
    char16_t marker = first;
    while (used.contains(marker) && marker < last)
        ++marker;
    if (used.contains(marker))
        return;

    QByteArray marked;
    marked.reserve(m_literal.size() + m_placeholders.size() * 12);
    const QByteArray markerUtf8 = QString(QChar(marker)).toUtf8();
    qsizetype done = 0;
    for (qsizetype i = 0; i < m_placeholders.size(); ++i) {
        const qsizetype end = m_placeholders.at(i).literalEnd;
        marked.append(m_literal.constData() + done, end - done);
        marked += markerUtf8 + QByteArray::number(i) + markerUtf8;
        done = end;
    }
    marked.append(m_literal.constData() + done, m_literal.size() - done);
    const QJsonDocument withMarkers = QJsonDocument::fromJson(marked, &error);
    if (error.error != QJsonParseError::NoError || !withMarkers.isObject())
        return;
    ConfigTemplateSkeleton builder(*skeleton, marker, m_placeholders.size());
    if (!builder.visitObject(withMarkers.object(), QString(), skeleton->root))
        return;

    // The pieces must give back both parsed texts: with every placeholder empty, and with the
    // markers (which also proves every path leads to a string of the skeleton).
    const QList<QString> emptyValues(m_placeholders.size());
    QJsonObject check = skeleton->document;
    ConfigTemplateSkeleton::fillObject(check, skeleton->root, skeleton->strings, emptyValues);
    if (check != skeleton->document)
        return;
    QList<QString> markers;
    for (qsizetype i = 0; i < m_placeholders.size(); ++i)
        markers.append(QChar(marker) + QString::number(i) + QChar(marker));
    check = skeleton->document;
    ConfigTemplateSkeleton::fillObject(check, skeleton->root, skeleton->strings, markers);
    if (check != withMarkers.object())
        return;
    m_skeleton = std::move(skeleton);
}

QStringList ConfigTemplate::skeletonPointers() const
{
    QStringList pointers;
    if (m_skeleton) {
        for (const Skeleton::Slot &slot : m_skeleton->strings)
            pointers.append(slot.pointer);
    }
    return pointers;
}

bool ConfigTemplate::valueOf(const Placeholder &p, const TemplateValues &values, QString &value,
                             Error *error) const
{
    const auto undefined = [&] {
        const QString message = p.isFunction ? tr("no value for %1()").arg(p.name)
                                             : tr("unknown variable \"%1\"").arg(p.name);
        *error = Error::at(p.name, message, p.line, p.column, p.offset);
        return false;
    };
    const QHash<QString, QString> &table = p.isFunction ? values.functions : values.variables;
    const auto found = table.constFind(p.name);
    const bool given = found != table.constEnd();
    if (p.filters.isEmpty() || (p.isFunction && !given)) {
        if (!given)
            return undefined();
        value = withoutLoneSurrogates(*found);
        return true;
    }
    // As render(): default() replaces only an undefined value, any other filter on an
    // undefined value fails.
    bool defined = given;
    value = given ? *found : QString();
    for (const Filter &filter : p.filters) {
        if (filter.kind == FilterKind::Default) {
            if (!defined) {
                value = filter.text;
                defined = true;
            }
            continue;
        }
        if (!defined)
            return undefined();
        value = filter.kind == FilterKind::Upper ? upper(value) : lower(value);
    }
    if (!defined)
        return undefined();
    value = withoutLoneSurrogates(value);
    return true;
}

Result<QJsonObject> ConfigTemplate::renderDocument(const TemplateValues &values) const
{
    if (!m_issues.isEmpty())
        return m_issues.constFirst();
    if (!m_skeleton) {
        const auto text = render(values);
        if (!text)
            return text.error();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*text, &error);
        if (error.error != QJsonParseError::NoError)
            return Error::at(QString(),
                             tr("the output is not JSON: %1 (at byte %2)")
                                 .arg(error.errorString())
                                 .arg(error.offset),
                             0, 0);
        if (!doc.isObject())
            return Error::at(QString(), tr("the output is not a JSON object"), 0, 0);
        return doc.object();
    }
    QList<QString> filled(m_placeholders.size());
    Error error;
    for (qsizetype i = 0; i < m_placeholders.size(); ++i) {
        if (!valueOf(m_placeholders.at(i), values, filled[i], &error))
            return error;
    }
    QJsonObject document = m_skeleton->document;
    ConfigTemplateSkeleton::fillObject(document, m_skeleton->root, m_skeleton->strings, filled);
    return document;
}

} // namespace Tenancy
