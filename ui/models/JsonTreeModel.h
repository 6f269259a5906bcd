#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Tenancy::Ui {

// A JSON document as a read-only tree: key, value, type. Objects and arrays are branches.
// The JSON Pointer of each node is available under PointerRole (for "copy path" and, later,
// for jumping to a validation error).
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Key, Value, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1 };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonValue &root);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString key;
        QString pointer;
        QJsonValue value; // scalars only; branches keep children
        bool branch = false;
        bool array = false;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    static void build(Node &node, const QJsonValue &value);
    Node *node(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
};

} // namespace Tenancy::Ui
