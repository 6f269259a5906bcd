#include "Settings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Tenancy {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{ }

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QList<QVariantMap> Settings::records(const char *key) const
{
    QList<QVariantMap> result;
    const int size = m_settings->beginReadArray(QString::fromLatin1(key));
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        QVariantMap record;
        for (const QString &field : m_settings->childKeys())
            record.insert(field, m_settings->value(field));
        result.append(record);
    }
    m_settings->endArray();
    return result;
}

void Settings::setRecords(const char *key, const QList<QVariantMap> &records)
{
    const QString name = QString::fromLatin1(key);
    m_settings->remove(name);
    if (records.isEmpty())
        return;
    m_settings->beginWriteArray(name, int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        m_settings->setArrayIndex(i);
        for (auto it = records[i].begin(); it != records[i].end(); ++it)
            m_settings->setValue(it.key(), it.value());
    }
    m_settings->endArray();
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Tenancy
