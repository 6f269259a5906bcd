#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Tenancy::Ui {

// A JSON document as a tree: key, value, and (when given) which layer set each value. Objects
// and arrays are branches. The JSON Pointer of each node is available under PointerRole.
// When editable, a scalar's value can be edited: the model does not change it, it asks
// (editRequested) and the view answers with markEdited() once the value is accepted.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Key, Value, Source, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, JsonValueRole, EditedRole };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setDocument(const QJsonValue &root);
    // Labels for the Source column by pointer (a leaf's layer); empty: the column stays blank.
    void setSources(const QHash<QString, QString> &sources);
    void setEditable(bool editable);
    // A value accepted as an edit: shown, and marked (bold, "edited") until the next document.
    void markEdited(const QString &pointer, const QJsonValue &value, const QString &source);
    QModelIndex indexOf(const QString &pointer, int column = Key) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The operator typed text for the value at pointer (parsed as a JSON literal, else text).
    void editRequested(const QString &pointer, const QJsonValue &value);

private:
    struct Node
    {
        QString key;
        QString pointer;
        QJsonValue value; // scalars only; branches keep children
        bool branch = false;
        bool array = false;
        bool edited = false;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };
    void build(Node &node, const QJsonValue &value);
    Node *node(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, QString> m_sources;
    QHash<QString, Node *> m_byPointer;
    bool m_editable = false;
};

} // namespace Tenancy::Ui
