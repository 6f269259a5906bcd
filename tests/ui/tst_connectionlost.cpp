// A PostgreSQL connection that dies mid-session (here: the server ends it, as a restart would):
// the console shows a non-blocking banner, reconnects by itself, reloads, and keeps what the
// operator had typed.
#include "MainWindow.h"
#include "TenantService.h"
#include "TestSupport.h"
#include "models/TenantDirectoryModel.h"
#include "security/SecretStore.h"
#include "settings/Settings.h"
#include "views/TenantsView.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_ConnectionLost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reconnectsAndKeepsWhatWasTyped_data()
    {
        // Which connection meets the dead server first: the directory loader's (a refresh),
        // or the worker's (opening a tenant). Either way the console reconnects both.
        QTest::addColumn<bool>("refreshFirst");
        QTest::newRow("refresh") << true;
        QTest::newRow("open a tenant") << false;
    }

    void reconnectsAndKeepsWhatWasTyped()
    {
        QFETCH(bool, refreshFirst);
        const auto server = postgresServer();
        TENANCY_REQUIRE_SERVICE(server.has_value(), "PostgreSQL");
        PostgresDatabase db(*server);
        QVERIFY(db.ok());
        FixedClock clock(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC));
        {
            auto m = openManager(db.url(), {}, clock);
            QVERIFY(m);
            QVERIFY(m->generateSampleFleet(300, 9));
        }
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.ini"_s));
        KeychainSecretStore secrets(u"tenancy-console-test"_s);
        TenantService service(catalog());
        Ui::MainWindow window(service, secrets, settings);
        window.show();
        window.connectTo(db.url(), {}, {});
        Ui::TenantDirectoryModel *model = window.tenantsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded(), 15000);
        QCOMPARE(model->totalCount(), 300);

        auto *search = window.findChild<QLineEdit *>(u"searchField"_s);
        QTest::keyClicks(search, u"acme"_s);
        const qint64 matches = model->matchCount();

        // The server ends our session.
        QString error;
        QVERIFY2(db.execAsSuperuser(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = current_database() AND pid <> "
                                    "pg_backend_pid()"_s,
                                    &error),
                 qPrintable(error));
        QSignalSpy loadFailed(model, &Ui::TenantDirectoryModel::loadFailed);
        // The next request meets the dead connection.
        if (refreshFirst)
            window.refreshAction()->trigger();
        else
            window.tenantsView()->openTenant(model->tenantId(0));

        auto *banner = window.findChild<QWidget *>(u"connectionBanner"_s);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(window.isEnabled()); // non-blocking
        QTest::keyClicks(search, u" "_s); // still typing while it reconnects
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
        // Reconnected: the directory loads again, on a fresh connection of its own too.
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 15000);
        QVERIFY(model->isLoaded());
        if (!refreshFirst)
            QCOMPARE(loadFailed.count(), 0);
        QCOMPARE(search->text(), u"acme "_s);
        QCOMPARE(model->totalCount(), 300);
        QCOMPARE(model->matchCount(), matches); // the search still applies
    }
};

QTEST_MAIN(tst_ConnectionLost)
#include "tst_connectionlost.moc"
