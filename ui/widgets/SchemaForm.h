#pragma once

#include "config/Provenance.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Tenancy {
class JsonSchema;
}

namespace Tenancy::Ui {

class MessageLabel;

// A form for sections of a JSON document, built from its schema: a check box for a boolean, a
// spin box within the schema's bounds for an integer (a double spin box for a fraction), a combo
// box for an enum, check boxes for a set of enum values, a line for text. Each field shows under
// it the problem with its value, and beside it where the value comes from (tier, template,
// override, edit). The form says what the user changed (edited), and shows what it is given.
class SchemaForm : public QWidget
{
    Q_OBJECT

public:
    // root: where the sections are ("/configuration/security"); sections in the order shown,
    // with their titles.
    SchemaForm(const JsonSchema &schema, const QString &root,
               const QList<std::pair<QString, QString>> &sections, QWidget *parent = nullptr);
    ~SchemaForm() override;

    // Shows values (the object at root), each with its layer; without emitting edited().
    void setValues(const QJsonObject &values, const QHash<QString, QString> &sources);
    // Problems by JSON Pointer; fields not named are clear.
    void showProblems(const QHash<QString, QString> &problems);
    void setEditable(bool editable);

    QWidget *field(const QString &pointer) const { return m_fields.value(pointer); }
    QStringList pointers() const { return m_order; }
    QJsonValue value(const QString &pointer) const;

Q_SIGNALS:
    void edited(const QString &pointer, const QJsonValue &value);

private:
    void addField(QFormLayout *form, const QString &pointer, const QString &key,
                  const QJsonObject &schema);
    void setFieldValue(const QString &pointer, const QJsonValue &value);

    QHash<QString, QWidget *> m_fields;
    QHash<QString, MessageLabel *> m_problems;
    QHash<QString, QLabel *> m_sources;
    QString m_root;
    QStringList m_order;
    bool m_updating = false;
};

} // namespace Tenancy::Ui
