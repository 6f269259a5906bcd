#include "JsonTreeModel.h"

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

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = node(index);
    if (role == PointerRole)
        return n->pointer;
    if (role == Qt::ToolTipRole)
        return n->pointer;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == Key)
        return n->key;
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
    return section == Key ? tr("Key") : tr("Value");
}

} // namespace Tenancy::Ui
