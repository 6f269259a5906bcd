#pragma once

#include "settings/ConnectionProfiles.h"

#include <QMap>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace Tenancy::Ui {

class MessageLabel;

// The right side of the connection dialog: one profile's name and where it connects, a local
// SQLite file or a PostgreSQL server (host, port, database, user, sslmode, password). Checks
// what is typed as it changes and shows each problem under its field.
class ConnectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionEditor(QWidget *parent = nullptr);
    ~ConnectionEditor() override;

    // Shows a saved profile (the password field starts empty).
    void load(const ConnectionProfile &profile);
    // Starts a new profile on sqlitePath (may be empty), named after what it connects to until
    // the user names it.
    void startNew(const QString &sqlitePath);
    // The names of the other profiles, which this one's must differ from.
    void setOtherNames(const QStringList &names);
    // The name is settled (the profile was saved): it no longer follows the target.
    void keepName();

    // The profile as the editor describes it, or the first problem with it (field "name",
    // "path", "host", "database" or "url").
    Result<ConnectionProfile> profile() const;
    // The typed password of a PostgreSQL profile (empty for SQLite).
    QString password() const;

Q_SIGNALS:
    // Something was edited (or loaded); profile() may have changed.
    void changed();

private:
    enum Kind { SqliteKind, PostgresKind };

    QWidget *buildSqlitePage();
    QWidget *buildPostgresPage();
    Result<ConnectionProfile> build(QMap<QString, QString> *problems) const;
    void chooseFile();
    void edited();
    QString suggestedName() const;
    QString uniqueName(const QString &base) const;

    QLineEdit *m_name = nullptr;
    QButtonGroup *m_kind = nullptr;
    QRadioButton *m_sqliteButton = nullptr;
    QRadioButton *m_postgresButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslmode = nullptr;
    QLineEdit *m_password = nullptr;
    QMap<QString, MessageLabel *> m_errors; // by field
    QStringList m_otherNames;
    // Options of the loaded URL the editor has no field for (sslrootcert, connect_timeout...).
    QMap<QString, QString> m_otherOptions;
    bool m_nameFollows = false;
    bool m_naming = false;
};

} // namespace Tenancy::Ui
