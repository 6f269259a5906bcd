#include "JsonTreeModel.h"

#include "config/ConfigDiff.h"
#include "config/Overrides.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

QString pointerToken(QString key)
{
    // RFC 6901: "~" → "~0", "/" → "~1"
    key.replace(u'~', u"~0"_s);
    key.replace(u'/', u"~1"_s);
    return key;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node &node, const QJsonValue &value)
{
    node.children.clear();
    node.branch = value.isObject() || value.isArray();
    node.array = value.isArray();
    if (!node.branch) {
        node.value = value;
        return;
    }
    auto add = [&](const QString &key, const QJsonValue &child) {
        auto n = std::make_unique<Node>();
        n->key = key;
        n->pointer = node.pointer + u'/' + pointerToken(key);
        n->parent = &node;
        n->row = int(node.children.size());
        m_byPointer.insert(n->pointer, n.get());
        build(*n, child);
        node.children.push_back(std::move(n));
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QString::number(i), array.at(i));
    }
}

void JsonTreeModel::setDocument(const QJsonValue &root)
{
    beginResetModel();
    m_byPointer.clear();
    m_root = std::make_unique<Node>();
    build(*m_root, root);
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = node(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = static_cast<Node *>(child.internalPointer());
    if (!n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(node(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

void JsonTreeModel::setSources(const QHash<QString, QString> &sources)
{
    m_sources = sources;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Source), index(rowCount() - 1, Source));
}

void JsonTreeModel::setEditable(bool editable)
{
    m_editable = editable;
}

QModelIndex JsonTreeModel::indexOf(const QString &pointer, int column) const
{
    Node *n = m_byPointer.value(pointer);
    return n ? createIndex(n->row, column, n) : QModelIndex();
}

void JsonTreeModel::markEdited(const QString &pointer, const QJsonValue &value,
                               const QString &source)
{
    Node *n = m_byPointer.value(pointer);
    if (!n || n->branch)
        return;
    n->value = value;
    n->edited = true;
    m_sources.insert(pointer, source);
    Q_EMIT dataChanged(createIndex(n->row, 0, n), createIndex(n->row, ColumnCount - 1, n));
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (m_editable && index.isValid() && index.column() == Value && !node(index)->branch)
        f |= Qt::ItemIsEditable;
    return f;
}

bool JsonTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QJsonValue parsed = Overrides::parseValue(value.toString());
    if (parsed == node(index)->value)
        return false;
    Q_EMIT editRequested(node(index)->pointer, parsed);
    return false; // shown once accepted (markEdited)
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = node(index);
    if (role == PointerRole)
        return n->pointer;
    if (role == JsonValueRole)
        return n->branch ? QVariant() : QVariant::fromValue(n->value);
    if (role == EditedRole)
        return n->edited;
    if (role == Qt::ToolTipRole)
        return n->pointer;
    if (role == Qt::FontRole && n->edited) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::EditRole && index.column() == Value && !n->branch) {
        // Edited as JSON: strings without their quotes (a bare word stays text).
        return n->value.isString() ? n->value.toString() : compactJson(n->value);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == Key)
        return n->key;
    if (index.column() == Source)
        return n->branch ? QVariant() : QVariant(m_sources.value(n->pointer));
    if (n->branch) {
        const auto count = qsizetype(n->children.size());
        if (n->array)
            return count == 1 ? tr("[1 item]") : tr("[%1 items]").arg(count);
        return count == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(count);
    }
    const QJsonValue &v = n->value;
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return QString(u'"' + v.toString() + u'"');
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    case Source:
        return tr("Set by");
    }
    return {};
}

} // namespace Tenancy::Ui
