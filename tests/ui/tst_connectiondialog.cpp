// The connection dialog on the offscreen platform: a SQLite profile chosen, saved to settings
// and connected to; a PostgreSQL password kept in the real Secret Service and never in the
// settings file; "Test connection" showing the server's (or libpq's) own answer without
// blocking; and bad input refused next to its field.
#include "TenantService.h"
#include "TestSupport.h"
#include "dialogs/ConnectionDialog.h"
#include "security/SecretStore.h"
#include "settings/ConnectionProfiles.h"
#include "settings/Settings.h"
#include "widgets/Prompts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

namespace {

// A keychain in memory that answers later, like the real one.
class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QString> secrets;

    void read(const QString &key, ReadCallback done) override
    {
        const std::optional<QString> value
            = secrets.contains(key) ? std::optional(secrets.value(key)) : std::nullopt;
        QTimer::singleShot(0, this, [done, value] { done(value); });
    }
    void write(const QString &key, const QString &secret, WriteCallback done) override
    {
        secrets.insert(key, secret);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
    void remove(const QString &key, WriteCallback done) override
    {
        secrets.remove(key);
        QTimer::singleShot(0, this, [done] { done({}); });
    }
};

} // namespace

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(const QWidget &parent, const QString &name)
    {
        auto *found = parent.findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    static void type(const QWidget &dialog, const QString &field, const QString &text)
    {
        auto *edit = child<QLineEdit>(dialog, field);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    // Fills a PostgreSQL profile.
    static void fillPostgres(const QWidget &dialog, const QString &host, int port,
                             const QString &database, const QString &user)
    {
        QTest::mouseClick(child<QRadioButton>(dialog, u"postgresButton"_s), Qt::LeftButton);
        type(dialog, u"hostField"_s, host);
        child<QSpinBox>(dialog, u"portField"_s)->setValue(port);
        type(dialog, u"databaseField"_s, database);
        type(dialog, u"userField"_s, user);
    }

    static int unusedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return 1;
        return server.serverPort(); // closed again when server goes
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sqliteProfileIsSavedAndConnected()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"settings.ini"_s);
        const QString path = dir.filePath(u"fleet.sqlite"_s);
        Settings settings(ini);
        TenantService service(catalog());
        MemorySecretStore secrets;
        Ui::ConnectionDialog dialog(service, secrets, settings);
        QAbstractItemModelTester tester(child<QListWidget>(dialog, u"profileList"_s)->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // No profiles yet: a new one for a local file, with the default file.
        QVERIFY(child<QRadioButton>(dialog, u"sqliteButton"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, u"nameField"_s)->text(), u"Local file"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"pathField"_s)->text(),
                 QDir::toNativeSeparators(DatabaseUrl::defaultSqlitePath()));
        QCOMPARE(child<QListWidget>(dialog, u"profileList"_s)->count(), 0);
        Ui::Prompts::setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(dialog, u"chooseButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(dialog, u"pathField"_s)->text(), path);
        type(dialog, u"nameField"_s, u"Local fleet"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(dialog, u"testResult"_s)->text().contains(u"Saved"_s));
        QCOMPARE(child<QListWidget>(dialog, u"profileList"_s)->count(), 1);

        {
            Settings reread(ini);
            const auto profiles = loadProfiles(reread);
            QCOMPARE(profiles.size(), 1);
            QCOMPARE(profiles[0].name, u"Local fleet"_s);
            QCOMPARE(profiles[0].url.backend(), Backend::Sqlite);
            QCOMPARE(profiles[0].url.sqlitePath(), path);
        }

        // Test connection: SQLite answers with its version.
        QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(dialog, u"testResult"_s)->text().contains(u"SQLite 3"_s));

        std::optional<std::pair<DatabaseUrl, QString>> requested;
        connect(&dialog, &Ui::ConnectionDialog::connectRequested, this,
                [&](const DatabaseUrl &url, const QString &password) {
                    requested.emplace(url, password);
                });
        QTest::mouseClick(child<QPushButton>(dialog, u"connectButton"_s), Qt::LeftButton);
        QTRY_VERIFY(requested.has_value());
        QCOMPARE(requested->first.toString(), loadProfiles(settings).at(0).url.toString());
        QCOMPARE(requested->first.sqlitePath(), path);
        QCOMPARE(requested->second, QString());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.value(SettingKeys::currentConnection), u"Local fleet"_s);

        // Opened again, it shows that profile.
        Ui::ConnectionDialog again(service, secrets, settings);
        QCOMPARE(child<QLineEdit>(again, u"nameField"_s)->text(), u"Local fleet"_s);
        QCOMPARE(child<QLineEdit>(again, u"pathField"_s)->text(), path);
        QCOMPARE(child<QListWidget>(again, u"profileList"_s)->currentRow(), 0);
    }

    void badInputIsRefusedNextToItsField_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("sqlite: a folder")
            << false << u"pathField"_s << u"<dir>"_s << u"pathError"_s;
        QTest::newRow("sqlite: no path") << false << u"pathField"_s << QString() << u"pathError"_s;
        QTest::newRow("sqlite: relative")
            << false << u"pathField"_s << u"a.sqlite"_s << u"pathError"_s;
        QTest::newRow("pg: no database")
            << true << u"databaseField"_s << QString() << u"databaseError"_s;
        QTest::newRow("pg: bad host") << true << u"hostField"_s << u"bad host!"_s << u"hostError"_s;
        QTest::newRow("pg: no host") << true << u"hostField"_s << QString() << u"hostError"_s;
        QTest::newRow("no name") << false << u"nameField"_s << QString() << u"nameError"_s;
    }

    void badInputIsRefusedNextToItsField()
    {
        QFETCH(bool, postgres);
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, error);
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        TenantService service(catalog());
        MemorySecretStore secrets;
        Ui::ConnectionDialog dialog(service, secrets, settings);
        dialog.show();
        if (postgres)
            fillPostgres(dialog, u"db.example.com"_s, 5432, u"tenancy"_s, u"ops"_s);
        else
            type(dialog, u"pathField"_s, dir.filePath(u"ok.sqlite"_s));
        auto *test = child<QPushButton>(dialog, u"testButton"_s);
        auto *connectButton = child<QPushButton>(dialog, u"connectButton"_s);
        QVERIFY(test->isEnabled());
        QVERIFY(connectButton->isEnabled());

        type(dialog, field, text == u"<dir>"_s ? dir.path() : text);
        auto *label = child<QLabel>(dialog, error);
        QVERIFY(label->isVisible());
        QVERIFY(!label->text().isEmpty());
        QVERIFY(!test->isEnabled());
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    }

    void passwordGoesToTheKeychainOnly()
    {
        TENANCY_REQUIRE_SERVICE(qEnvironmentVariable("TENANCY_TEST_KEYRING") == u"1"_s,
                                "the Secret Service");
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"settings.ini"_s);
        Settings settings(ini);
        TenantService service(catalog());
        KeychainSecretStore secrets(u"tenancy-console-test"_s);
        Ui::ConnectionDialog dialog(service, secrets, settings);
        dialog.show();
        const auto server = postgresServer();
        const int port = server ? server->port : 5432;
        const QString password = u"S3cret-"_s + QUuid::createUuid().toString(QUuid::Id128);
        fillPostgres(dialog, u"127.0.0.1"_s, port, u"x"_s, u"u"_s);
        auto url = dialog.profile();
        QVERIFY(url);
        const QString key = url->url.secretKey();
        const auto cleanup = qScopeGuard([&] {
            bool removed = false;
            secrets.remove(key, [&](Result<void>) { removed = true; });
            if (!QTest::qWaitFor([&] { return removed; }, 10000))
                qWarning("the test's keychain entry was not removed");
        });
        type(dialog, u"nameField"_s, u"Team database"_s);
        auto *passwordField = child<QLineEdit>(dialog, u"passwordField"_s);
        QCOMPARE(passwordField->echoMode(), QLineEdit::Password);
        type(dialog, u"passwordField"_s, password);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        auto *result = child<QLabel>(dialog, u"testResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(dialog, u"nameField"_s)->isEnabled(), 15000);
        QVERIFY2(result->text().startsWith(u"Saved; the password is in the keychain"_s),
                 qPrintable(result->text()));

        // The settings file has the profile, not the password.
        settings.sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Team database"));
        QVERIFY(bytes.contains("127.0.0.1"));
        QVERIFY(!bytes.contains(password.toUtf8()));
        QVERIFY(!bytes.contains("S3cret"));

        // Another store (as the next start of the console) reads it from the Secret Service.
        KeychainSecretStore other(u"tenancy-console-test"_s);
        std::optional<Result<std::optional<QString>>> read;
        other.read(key, [&](Result<std::optional<QString>> r) { read.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 10000));
        QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().message));
        QCOMPARE(read->value(), std::optional<QString>(password));

        // Connect with the field left empty: the password comes from the keychain.
        Ui::ConnectionDialog reopened(service, secrets, settings);
        reopened.show();
        QCOMPARE(child<QLineEdit>(reopened, u"passwordField"_s)->text(), QString());
        std::optional<QString> handedOver;
        connect(&reopened, &Ui::ConnectionDialog::connectRequested, this,
                [&](const DatabaseUrl &, const QString &pw) { handedOver = pw; });
        QTest::mouseClick(child<QPushButton>(reopened, u"connectButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(handedOver.has_value(), 15000);
        QCOMPARE(*handedOver, password);
        QVERIFY(reopened.keychainNote().isEmpty());
    }

    void testShowsTheServersError()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        TenantService service(catalog());
        MemorySecretStore secrets;
        Ui::ConnectionDialog dialog(service, secrets, settings);
        dialog.show();
        const int port = unusedPort();
        fillPostgres(dialog, u"127.0.0.1"_s, port, u"x"_s, u"u"_s);
        type(dialog, u"passwordField"_s, u"irrelevant"_s);
        auto *test = child<QPushButton>(dialog, u"testButton"_s);
        auto *result = child<QLabel>(dialog, u"testResult"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        // The click returned at once: the dialog is busy, not blocked.
        QVERIFY(!test->isEnabled());
        QVERIFY(child<QWidget>(dialog, u"testBusy"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
        QVERIFY(result->isVisible());
        // libpq's own words, with the address it tried.
        QVERIFY2(result->text().contains(u"refused"_s, Qt::CaseInsensitive)
                     && result->text().contains(QString::number(port)),
                 qPrintable(result->text()));
        QVERIFY(!child<QWidget>(dialog, u"testBusy"_s)->isVisible());
        // An edit clears the answer: it was about what the form held before.
        type(dialog, u"databaseField"_s, u"y"_s);
        QVERIFY(!result->isVisible());
    }

    void testReachesTheRealServer()
    {
        const auto server = postgresServer();
        TENANCY_REQUIRE_SERVICE(server.has_value(), "PostgreSQL");
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        TenantService service(catalog());
        MemorySecretStore secrets;
        Ui::ConnectionDialog dialog(service, secrets, settings);
        dialog.show();
        // The socket folder as the host: the URL carries it as ?host=, as TestSupport does.
        fillPostgres(dialog, server->socketDir, server->port, u"postgres"_s, server->superuser);
        auto profile = dialog.profile();
        QVERIFY(profile);
        QCOMPARE(profile->url.effectiveHost(), server->socketDir);
        QCOMPARE(profile->url.options().value(u"host"_s), server->socketDir);
        QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
        auto *result = child<QLabel>(dialog, u"testResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"PostgreSQL"_s), 15000);
        QVERIFY2(result->text().startsWith(u"Connected: PostgreSQL "_s),
                 qPrintable(result->text()));
        // No password was typed and none is saved: the keychain was asked, and said so.
        QVERIFY(!dialog.keychainNote().isEmpty());
    }

    void profilesCanBeAddedAndDeleted()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        TenantService service(catalog());
        MemorySecretStore secrets;
        Ui::ConnectionDialog dialog(service, secrets, settings);
        auto *list = child<QListWidget>(dialog, u"profileList"_s);
        QAbstractItemModelTester tester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        type(dialog, u"pathField"_s, dir.filePath(u"one.sqlite"_s));
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(list->item(0)->text(), u"one.sqlite"_s); // named after its file
        QTest::mouseClick(child<QPushButton>(dialog, u"newButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(dialog, u"nameField"_s)->text(), u"New connection"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"pathField"_s)->text(), QString());
        fillPostgres(dialog, u"db.example.com"_s, 6432, u"tenancy"_s, u"ops"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"nameField"_s)->text(), u"tenancy on db.example.com"_s);
        type(dialog, u"passwordField"_s, u"pw"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QTRY_VERIFY(child<QLabel>(dialog, u"testResult"_s)->text().startsWith(u"Saved"_s));
        QCOMPARE(loadProfiles(settings).size(), 2);
        QCOMPARE(secrets.secrets.size(), 1);
        // A name already taken is refused.
        type(dialog, u"nameField"_s, u"one.sqlite"_s);
        QVERIFY(child<QLabel>(dialog, u"nameError"_s)->isVisible());
        // Selecting loads the profile into the editor.
        list->setCurrentRow(0);
        QCOMPARE(child<QLineEdit>(dialog, u"nameField"_s)->text(), u"one.sqlite"_s);
        list->setCurrentRow(1);
        QCOMPARE(child<QLineEdit>(dialog, u"hostField"_s)->text(), u"db.example.com"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"portField"_s)->value(), 6432);
        QCOMPARE(child<QComboBox>(dialog, u"sslmodeCombo"_s)->currentText(), u"prefer"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"passwordField"_s)->text(), QString());
        // Deleting asks first, and takes the password along.
        Ui::Prompts::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(dialog, u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(loadProfiles(settings).size(), 1);
        QTRY_VERIFY(secrets.secrets.isEmpty());
        QCOMPARE(child<QLineEdit>(dialog, u"nameField"_s)->text(), u"one.sqlite"_s);
    }
};

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
