#pragma once

#include "settings/ConnectionProfiles.h"
#include "store/DatabaseUrl.h"

#include <QDialog>

#include <functional>

class QListWidget;
class QProgressBar;
class QPushButton;

namespace Tenancy {
class SecretStore;
class Settings;
class TenantService;
struct Error;
} // namespace Tenancy

namespace Tenancy::Ui {

class ConnectionEditor;
class MessageLabel;

// Connection profiles: a local SQLite file, or a PostgreSQL server. The list on the left holds
// the saved profiles (name and URL, in settings); the editor on the right changes one. "Test
// connection" asks the server on the service's worker thread and shows its own answer. The
// password of a PostgreSQL profile goes to the OS keychain through the SecretStore, never to
// settings. Connect saves the profile, makes it the current one and hands the URL and password
// to whoever opens it (connectRequested); the dialog itself opens nothing.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectionDialog(TenantService &service, SecretStore &secrets, Settings &settings,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The profile the editor describes now, or the first problem with it (field "name",
    // "path", "host", "database" or "url").
    Result<ConnectionProfile> profile() const;
    // Why the password handed over by connectRequested (or used by the last test) did not come
    // from the keychain, when one was looked for: for TenantService::open's keychainNote.
    QString keychainNote() const { return m_keychainNote; }

    void reject() override;

Q_SIGNALS:
    void connectRequested(const Tenancy::DatabaseUrl &url, const QString &password);

private:
    QWidget *buildList();
    void refreshList();
    void select(int index);
    void newProfile();
    void deleteProfile();
    QStringList otherNames() const;
    void edited();
    void updateButtons();
    void test();
    void save();
    void connectToProfile();
    // Stores the editor's profile in settings, the password (if typed) in the keychain, then
    // calls done(the keychain's error, or empty) once the keychain has answered.
    void store(const std::function<void(const QString &keychainError)> &done);
    // Calls use() with the typed password, or the one in the keychain when none was typed.
    void withPassword(const DatabaseUrl &url, const std::function<void(const QString &)> &use);
    void onTested(quint64 request, const QString &serverVersion);
    void onFailed(quint64 request, const Tenancy::Error &error);
    void setBusy(bool busy, const QString &what = {});

    TenantService &m_service;
    SecretStore &m_secrets;
    Settings &m_settings;
    QList<ConnectionProfile> m_profiles;
    int m_current = -1; // index in m_profiles the editor shows; -1 for a new profile

    QWidget *m_listBox = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_deleteButton = nullptr;
    ConnectionEditor *m_editor = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_busyBar = nullptr;
    MessageLabel *m_result = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_connectButton = nullptr;

    bool m_busy = false;
    quint64 m_testRequest = 0;
    QString m_keychainNote;
};

} // namespace Tenancy::Ui
