#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>

namespace Tenancy {

// One declared setting: where it lives, its type and its default. Declared once (see
// Settings.cpp's registry below), used everywhere through Settings::value()/setValue().
template<typename T>
struct Setting
{
    const char *key;
    T defaultValue;
};

// Typed settings over QSettings (wrapped, never inherited). Only values that differ from their
// default are written; setting a value back to its default removes it. Secrets never go here.
class Settings
{
public:
    // The user's settings (the platform's native location for the application).
    Settings();
    // Settings in an INI file at path (tests use a temporary file).
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    template<typename T>
    T value(const Setting<T> &setting) const
    {
        const QVariant v = m_settings->value(QString::fromLatin1(setting.key));
        if (!v.isValid() || !v.canConvert<T>())
            return setting.defaultValue;
        return v.value<T>();
    }

    template<typename T>
    void setValue(const Setting<T> &setting, const T &value)
    {
        const QString key = QString::fromLatin1(setting.key);
        if (value == setting.defaultValue)
            m_settings->remove(key);
        else
            m_settings->setValue(key, QVariant::fromValue(value));
    }

    template<typename T>
    void reset(const Setting<T> &setting)
    {
        m_settings->remove(QString::fromLatin1(setting.key));
    }

    // Lists of records (connection profiles): read and written whole.
    QList<QVariantMap> records(const char *key) const;
    void setRecords(const char *key, const QList<QVariantMap> &records);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

// The registry: every setting the application keeps.
namespace SettingKeys {
inline const Setting<QByteArray> mainWindowGeometry {"mainWindow/geometry", {}};
inline const Setting<QByteArray> mainWindowState {"mainWindow/state", {}};
inline const Setting<QString> lastView {"mainWindow/lastView", QStringLiteral("tenants")};
inline const Setting<QByteArray> directoryHeader {"directory/header", {}};
inline const Setting<QByteArray> directorySplitter {"directory/splitter", {}};
inline const Setting<QString> currentConnection {"connections/current", {}};
inline constexpr const char *connectionProfiles = "connections/profiles";
} // namespace SettingKeys

} // namespace Tenancy
