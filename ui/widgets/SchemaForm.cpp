#include "SchemaForm.h"

#include "MessageLabel.h"
#include "config/ConfigDiff.h"
#include "config/JsonSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {

// "min_length" → "Min length", "totp_algorithm" → "TOTP algorithm".
QString label(const QString &key)
{
    static const QStringList upper {u"totp"_s, u"mfa"_s, u"ai"_s, u"ml"_s, u"hsm"_s, u"kms"_s};
    QStringList words = key.split(u'_', Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (upper.contains(w))
            w = w.toUpper();
    }
    QString text = words.join(u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

SchemaForm::SchemaForm(const JsonSchema &schema, const QString &root,
                       const QList<std::pair<QString, QString>> &sections, QWidget *parent)
    : QWidget(parent)
    , m_root(root)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    for (const auto &[section, title] : sections) {
        const QString pointer = root + u'/' + section;
        auto sub = schema.subschemaAt(pointer);
        if (!sub)
            continue;
        auto *box = new QGroupBox(title);
        box->setObjectName(section + u"Group"_s);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        const QJsonObject s = sub->schema();
        const QJsonObject properties = s.value(u"properties"_s).toObject();
        // The schema's required members in their order, then the rest.
        QStringList keys;
        for (const QJsonValue &k : s.value(u"required"_s).toArray())
            keys << k.toString();
        for (const QString &k : properties.keys()) {
            if (!keys.contains(k))
                keys << k;
        }
        for (const QString &key : std::as_const(keys)) {
            const QString at = pointerAppend(pointer, key);
            auto child = schema.subschemaAt(at);
            if (child)
                addField(form, at, key, child->schema());
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
}

SchemaForm::~SchemaForm() = default;

void SchemaForm::addField(QFormLayout *form, const QString &pointer, const QString &key,
                          const QJsonObject &schema)
{
    const QString type = schema.value(u"type"_s).toString();
    const QString tip = schema.value(u"description"_s).toString();
    const QString name = label(key);
    QWidget *editor = nullptr;
    if (schema.contains(u"enum"_s)) {
        auto *combo = new QComboBox;
        for (const QJsonValue &v : schema.value(u"enum"_s).toArray())
            combo->addItem(v.isString() ? v.toString() : QString::number(v.toDouble()),
                           v.toVariant());
        connect(combo, &QComboBox::currentIndexChanged, this, [this, pointer, combo] {
            if (!m_updating)
                Q_EMIT edited(pointer, QJsonValue::fromVariant(combo->currentData()));
        });
        editor = combo;
    } else if (type == u"boolean"_s) {
        auto *check = new QCheckBox;
        connect(check, &QCheckBox::toggled, this, [this, pointer](bool on) {
            if (!m_updating)
                Q_EMIT edited(pointer, on);
        });
        editor = check;
    } else if (type == u"integer"_s) {
        auto *spin = new QSpinBox;
        const double max = schema.value(u"maximum"_s).toDouble(std::numeric_limits<int>::max());
        spin->setRange(int(schema.value(u"minimum"_s).toDouble(0)),
                       int(std::min(max, double(std::numeric_limits<int>::max()))));
        spin->setKeyboardTracking(false); // one edit per value typed, not per digit
        connect(spin, &QSpinBox::valueChanged, this, [this, pointer](int v) {
            if (!m_updating)
                Q_EMIT edited(pointer, v);
        });
        editor = spin;
    } else if (type == u"number"_s) {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(schema.value(u"minimum"_s).toDouble(0),
                       schema.value(u"maximum"_s).toDouble(1e9));
        spin->setDecimals(2);
        spin->setSingleStep(0.05);
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, pointer](double v) {
            if (!m_updating)
                Q_EMIT edited(pointer, v);
        });
        editor = spin;
    } else if (type == u"array"_s && schema.value(u"items"_s).toObject().contains(u"enum"_s)) {
        // A set of values: a check box for each.
        auto *group = new QWidget;
        auto *row = new QHBoxLayout(group);
        row->setContentsMargins({});
        const QJsonArray choices = schema.value(u"items"_s).toObject().value(u"enum"_s).toArray();
        QList<QCheckBox *> boxes;
        for (const QJsonValue &choice : choices) {
            auto *box = new QCheckBox(choice.toString());
            box->setObjectName(choice.toString());
            box->setAccessibleName(name + u": "_s + choice.toString());
            row->addWidget(box);
            boxes << box;
        }
        row->addStretch(1);
        for (QCheckBox *box : std::as_const(boxes)) {
            connect(box, &QCheckBox::toggled, this, [this, pointer, boxes] {
                if (m_updating)
                    return;
                QJsonArray chosen;
                for (const QCheckBox *b : boxes) {
                    if (b->isChecked())
                        chosen.append(b->text().remove(u'&'));
                }
                Q_EMIT edited(pointer, chosen);
            });
        }
        editor = group;
    } else if (type == u"array"_s || type == u"string"_s) {
        auto *line = new QLineEdit;
        const bool list = type == u"array"_s;
        if (list)
            line->setPlaceholderText(tr("comma-separated"));
        connect(line, &QLineEdit::editingFinished, this, [this, pointer, line, list] {
            if (m_updating)
                return;
            if (!list) {
                Q_EMIT edited(pointer, line->text());
                return;
            }
            QJsonArray items;
            for (const QString &part : line->text().split(u',', Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    items.append(part.trimmed());
            }
            Q_EMIT edited(pointer, items);
        });
        editor = line;
    } else {
        return; // alternatives and nested objects are edited in the Configuration tab
    }
    editor->setObjectName(pointer);
    editor->setAccessibleName(name);
    editor->setToolTip(tip);
    auto *source = new QLabel;
    source->setObjectName(pointer + u"#source"_s);
    source->setEnabled(false); // greyed: a note, not a value
    auto *cell = new QWidget;
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins({});
    cellLayout->setSpacing(2);
    auto *line = new QHBoxLayout;
    // Text takes the width; numbers, choices and switches keep theirs.
    const bool wide = qobject_cast<QLineEdit *>(editor) || editor->findChild<QCheckBox *>();
    line->addWidget(editor, wide ? 1 : 0);
    line->addWidget(source);
    if (!wide)
        line->addStretch(1);
    cellLayout->addLayout(line);
    auto *problem = new MessageLabel(pointer + u"#problem"_s, editor);
    cellLayout->addWidget(problem);
    auto *caption = new QLabel(name + u':');
    caption->setBuddy(editor);
    caption->setToolTip(tip);
    form->addRow(caption, cell);
    m_fields.insert(pointer, editor);
    m_problems.insert(pointer, problem);
    m_sources.insert(pointer, source);
    m_order << pointer;
}

void SchemaForm::setValues(const QJsonObject &values, const QHash<QString, QString> &sources)
{
    m_updating = true;
    for (const QString &pointer : std::as_const(m_order)) {
        setFieldValue(pointer, valueAt(values, pointer.mid(m_root.size())));
        m_sources.value(pointer)->setText(sources.value(pointer));
    }
    m_updating = false;
}

void SchemaForm::setFieldValue(const QString &pointer, const QJsonValue &value)
{
    QWidget *w = m_fields.value(pointer);
    if (auto *combo = qobject_cast<QComboBox *>(w)) {
        combo->setCurrentIndex(combo->findData(value.toVariant()));
    } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
        check->setChecked(value.toBool());
    } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        spin->setValue(value.toInt());
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w)) {
        dspin->setValue(value.toDouble());
    } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &v : value.toArray())
                parts << v.toString();
            line->setText(parts.join(u", "_s));
        } else {
            line->setText(value.toString());
        }
    } else if (w) {
        const QJsonArray chosen = value.toArray();
        for (QCheckBox *box : w->findChildren<QCheckBox *>())
            box->setChecked(chosen.contains(box->objectName()));
    }
}

QJsonValue SchemaForm::value(const QString &pointer) const
{
    QWidget *w = m_fields.value(pointer);
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return QJsonValue::fromVariant(combo->currentData());
    if (auto *check = qobject_cast<QCheckBox *>(w))
        return check->isChecked();
    if (auto *spin = qobject_cast<QSpinBox *>(w))
        return spin->value();
    if (auto *dspin = qobject_cast<QDoubleSpinBox *>(w))
        return dspin->value();
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text();
    if (w) {
        QJsonArray chosen;
        for (const QCheckBox *box : w->findChildren<QCheckBox *>()) {
            if (box->isChecked())
                chosen.append(box->objectName());
        }
        return chosen;
    }
    return {};
}

void SchemaForm::showProblems(const QHash<QString, QString> &problems)
{
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it)
        it.value()->showMessage(problems.value(it.key()));
}

void SchemaForm::setEditable(bool editable)
{
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(editable);
}

} // namespace Tenancy::Ui
