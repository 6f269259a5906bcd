// The console's main window on the offscreen platform, over real SQLite files: navigation,
// status bar, the directory over a 10,000-tenant fleet (filters, counts, sorting), permission-
// aware actions, suspend with a reason, a stale-version conflict, the command palette, the
// empty-database offer, and what is remembered between runs.
#include "MainWindow.h"
#include "TenantService.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/CommandPalette.h"
#include "dialogs/ReasonDialog.h"
#include "dialogs/TypeToConfirmDialog.h"
#include "dialogs/UpgradeDialog.h"
#include "dialogs/UpgradePreviewDialog.h"
#include "models/ProvisioningJobsModel.h"
#include "models/TenantDirectoryModel.h"
#include "provisioning/TenantBackup.h"
#include "security/SecretStore.h"
#include "settings/Settings.h"
#include "views/AuditView.h"
#include "views/ProvisioningView.h"
#include "views/TenantDetailView.h"
#include "views/TenantLifecycleActions.h"
#include "views/TenantsView.h"
#include "views/TiersView.h"
#include "widgets/Prompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC)};
    QTemporaryDir m_dir;
    SqliteFile m_fleet; // 10,000 tenants, made once
    std::unique_ptr<KeychainSecretStore> m_secrets;

    struct Console
    {
        std::unique_ptr<Settings> settings;
        std::unique_ptr<TenantService> service;
        std::unique_ptr<Ui::MainWindow> window;
    };

    Console open(const DatabaseUrl &url, const QString &op, const QString &ini = {})
    {
        Console c;
        c.settings = std::make_unique<Settings>(ini.isEmpty() ? m_dir.filePath(u"s.ini"_s) : ini);
        c.service = std::make_unique<TenantService>(catalog());
        c.window = std::make_unique<Ui::MainWindow>(*c.service, *m_secrets, *c.settings);
        c.window->show();
        c.window->connectTo(url, {}, op);
        return c;
    }

    static Ui::TenantDirectoryModel *model(Console &c) { return c.window->tenantsView()->model(); }

    template<typename D>
    void whenDialog(std::function<void(D *)> fn)
    {
        Test::whenDialog<D>(this, std::move(fn));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_secrets = std::make_unique<KeychainSecretStore>(u"tenancy-console-test"_s);
        auto m = openManager(m_fleet.url(), u"alice"_s, m_clock);
        QVERIFY(m);
        QVERIFY(m->generateSampleFleet(10000, 42));
        QVERIFY(m->addOperator(u"bob"_s, OperatorRole::Sales));
        QVERIFY(m->addOperator(u"sue"_s, OperatorRole::Support));
    }

    void showsTheDirectoryAndStatusBar()
    {
        Console c = open(m_fleet.url(), u"alice"_s);
        QAbstractItemModelTester tester(model(c),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model(c)->isLoaded());
        QCOMPARE(model(c)->rowCount(), 10000);
        auto *count = c.window->findChild<QLabel *>(u"countLabel"_s);
        QTRY_COMPARE(count->text(), u"10,000 tenants"_s);
        QCOMPARE(c.window->findChild<QLabel *>(u"operatorLabel"_s)->text(), u"alice (admin)"_s);
        QVERIFY(c.window->findChild<QLabel *>(u"connectionLabel"_s)
                    ->text()
                    .endsWith(u"tenancy.sqlite"_s));
        // Navigation
        auto *nav = c.window->findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(nav->count(), 8);
        c.window->findChild<QAction *>(u"showAuditAction"_s)->trigger();
        QCOMPARE(c.window->currentView(), u"audit"_s);
        QVERIFY(c.window->auditView()->isVisible());
        c.window->findChild<QAction *>(u"showFleetUsageAction"_s)->trigger();
        QCOMPARE(c.window->currentView(), u"fleet"_s);
        c.window->findChild<QAction *>(u"showRecommendationsAction"_s)->trigger();
        QCOMPARE(c.window->currentView(), u"recommendations"_s);
        c.window->findChild<QAction *>(u"showProvisioningAction"_s)->trigger();
        QCOMPARE(c.window->currentView(), u"provisioning"_s);
        c.window->findChild<QAction *>(u"showTiersAction"_s)->trigger();
        QCOMPARE(c.window->currentView(), u"tiers"_s);
        c.window->findChild<QAction *>(u"showTenantsAction"_s)->trigger();
        QCOMPARE(c.window->currentView(), u"tenants"_s);
    }

    void filtersTenThousandTenantsAndCounts()
    {
        Console c = open(m_fleet.url(), u"alice"_s);
        QTRY_VERIFY(model(c)->isLoaded());
        auto m = openManager(m_fleet.url(), u"alice"_s, m_clock);
        auto *search = c.window->findChild<QLineEdit *>(u"searchField"_s);
        auto *matches = c.window->findChild<QLabel *>(u"matchCount"_s);
        QTest::keyClicks(search, u"ACME"_s);
        TenantQuery q;
        q.filter.search = u"acme"_s;
        const qint64 expected = *m->count(q.filter);
        QVERIFY(expected > 0);
        QCOMPARE(model(c)->rowCount(), expected); // filtered at once, no waiting
        QCOMPARE(matches->text(), u"%1 of 10,000 tenants"_s.arg(QLocale().toString(expected)));
        for (int row = 0; row < model(c)->rowCount(); ++row)
            QVERIFY(model(c)->index(row, 0).data(Ui::TenantDirectoryModel::TenantIdRole).isValid());

        // Tier and status filters narrow further; the counts agree with the database.
        auto *tier = c.window->findChild<QComboBox *>(u"tierFilter"_s);
        tier->setCurrentIndex(tier->findText(u"Professional"_s));
        q.filter.tier = u"professional"_s;
        QCOMPARE(model(c)->rowCount(), *m->count(q.filter));
        auto *status = c.window->findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findText(u"Active"_s));
        q.filter.status = TenantStatus::Active;
        QCOMPARE(model(c)->rowCount(), *m->count(q.filter));
        search->clear();
        tier->setCurrentIndex(0);
        status->setCurrentIndex(0);
        QCOMPARE(model(c)->rowCount(), 10000);
        QCOMPARE(matches->text(), u"10,000 tenants"_s);
    }

    // Above the sync limit every keystroke filters on a worker; the newest answer wins, and
    // sorting while a filter runs still shows the filtered rows in the new order.
    void filtersOnAWorkerAboveTheSyncLimit()
    {
        Console c = open(m_fleet.url(), u"alice"_s);
        QAbstractItemModelTester tester(model(c),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model(c)->isLoaded()); // sort orders perhaps still being computed
        model(c)->setSyncLimit(1000);
        auto m = openManager(m_fleet.url(), u"alice"_s, m_clock);
        auto *search = c.window->findChild<QLineEdit *>(u"searchField"_s);
        auto *table = c.window->findChild<QTableView *>(u"tenantTable"_s);
        QTest::keyClicks(search, u"ac"_s); // several runs in flight at once
        table->sortByColumn(Ui::TenantDirectoryModel::Id, Qt::DescendingOrder);
        QTest::keyClicks(search, u"me"_s);
        TenantQuery q;
        q.filter.search = u"acme"_s;
        const qint64 expected = *m->count(q.filter);
        QVERIFY(expected > 1 && expected < 10000);
        QTRY_COMPARE(model(c)->matchCount(), expected);
        QTRY_COMPARE(model(c)->rowCount(), expected);
        for (int row = 0; row < model(c)->rowCount(); ++row) {
            const QString text
                = model(c)->index(row, Ui::TenantDirectoryModel::Id).data().toString()
                + model(c)->index(row, Ui::TenantDirectoryModel::Name).data().toString()
                + model(c)->index(row, Ui::TenantDirectoryModel::Owner).data().toString();
            QVERIFY2(text.contains(u"acme"_s, Qt::CaseInsensitive), qPrintable(text));
            if (row > 0)
                QVERIFY(model(c)->tenantId(row - 1) > model(c)->tenantId(row));
        }
        // Clearing goes back to the whole fleet.
        search->clear();
        QTRY_COMPARE(model(c)->rowCount(), 10000);
        QCOMPARE(model(c)->matchCount(), 10000);
    }

    // Another database: the directory, the counts, the open tenant tabs and the actions all
    // follow; a database that fails to open leaves the current one in use.
    void switchingTheDatabaseReloadsEveryView()
    {
        Console c = open(m_fleet.url(), u"bob"_s); // sales here
        QTRY_VERIFY(model(c)->isLoaded());
        const QString fleetTenant = model(c)->tenantId(0);
        c.window->tenantsView()->openTenant(fleetTenant);
        Ui::TenantDetailView *detail = c.window->tenantsView()->detailOf(fleetTenant);
        QVERIFY(detail);
        QTRY_VERIFY(detail->isLoaded());
        QVERIFY(!c.window->newTenantAction()->isEnabled());

        SqliteFile other;
        {
            auto m = openManager(other.url(), u"bob"_s, m_clock); // admin of its own file
            QVERIFY(createActive(
                *m,
                {u"zeta"_s, u"Zeta"_s, u"free"_s, u"z@zeta.example"_s, u"us-east-1"_s, {}, {}}));
        }
        c.window->connectTo(other.url(), {}, u"bob"_s);
        QTRY_VERIFY(model(c)->isLoaded() && model(c)->totalCount() == 1);
        auto *count = c.window->findChild<QLabel *>(u"countLabel"_s);
        QTRY_COMPARE(count->text(), u"1 tenant"_s);
        QCOMPARE(model(c)->tenantId(0), u"zeta"_s);
        QTRY_COMPARE(detail->findChild<QLabel *>(u"detailSubtitle"_s)->text(),
                     u"Not in this database"_s);
        QVERIFY(!detail->isLoaded());
        QCOMPARE(c.window->findChild<QLabel *>(u"operatorLabel"_s)->text(), u"bob (admin)"_s);
        QVERIFY(c.window->newTenantAction()->isEnabled()); // admin here
        auto *connection = c.window->findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY(connection->text().contains(QFileInfo(other.url().sqlitePath()).fileName()));

        // A database that cannot be opened: said so, and the current one stays in use.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"broken.sqlite"_s));
        const QString before = Ui::Prompts::lastMessage();
        Ui::Prompts::setNextAnswer(QMessageBox::Ok);
        c.window->connectTo(*DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"broken.sqlite"_s)),
                            {}, u"bob"_s);
        QTRY_VERIFY(Ui::Prompts::lastMessage() != before);
        QVERIFY2(Ui::Prompts::lastMessage().contains(u"Still connected"_s),
                 qPrintable(Ui::Prompts::lastMessage()));
        QCOMPARE(model(c)->totalCount(), 1);
        QVERIFY(connection->text().contains(QFileInfo(other.url().sqlitePath()).fileName()));
        QVERIFY(c.window->tenantsView()->table()->isVisible());
        c.window->refreshAction()->trigger(); // still works against the current database
        QTRY_VERIFY(!model(c)->isLoading());
        QCOMPARE(model(c)->tenantId(0), u"zeta"_s);

        // A change asked for while another database is being opened never reaches that one.
        QSignalSpy failed(c.service.get(), &TenantService::failed);
        QSignalSpy opened(c.service.get(), &TenantService::opened);
        c.service->open(m_fleet.url(), {}, u"alice"_s);
        const quint64 request = c.service->suspend(u"zeta"_s, 3, u"wrong database"_s);
        // (Other requests may fail on the way too: the open tenant tab's, say.)
        auto answer = [&]() -> std::optional<Error> {
            for (const QList<QVariant> &args : failed) {
                if (args.at(0).toULongLong() == request)
                    return args.at(1).value<Error>();
            }
            return std::nullopt;
        };
        QTRY_VERIFY(answer().has_value());
        QCOMPARE(answer()->code, ErrorCode::Cancelled);
        QTRY_COMPARE(opened.count(), 1);
        auto m = openManager(other.url(), u"bob"_s, m_clock);
        QCOMPARE(m->show(u"zeta"_s)->status, TenantStatus::Active);
    }

    // A change made while the directory reloads, or while a worker reads the index, is shown
    // at once and survives the reload (which may have been read before the change).
    void changesAreNeverLostToALoadOrABusyIndex()
    {
        Console c = open(m_fleet.url(), u"alice"_s);
        QTRY_VERIFY(model(c)->isLoaded() && model(c)->sortOrdersReady());
        int row = -1;
        for (int r = 0; r < 100 && row < 0; ++r) {
            if (model(c)->status(r) == TenantStatus::Active)
                row = r;
        }
        QVERIFY(row >= 0);
        const QString id = model(c)->tenantId(row);
        auto m = openManager(m_fleet.url(), u"alice"_s, m_clock);
        Tenant changed = *m->show(id);
        changed.status = TenantStatus::Suspended;
        changed.version += 5; // newer than anything the database has

        // A worker holds the index: the change waits, but is shown meanwhile.
        {
            QReadLocker busy(&model(c)->directoryIndex()->lock());
            model(c)->applyChange(changed);
            QCOMPARE(model(c)->status(model(c)->rowOfTenant(id)), TenantStatus::Suspended);
            QCOMPARE(model(c)->version(model(c)->rowOfTenant(id)), changed.version);
        }
        QTRY_COMPARE(model(c)->directoryIndex()->row(model(c)->directoryIndex()->rowOf(id)).version,
                     changed.version);

        // F5, then a change before the reload lands: the reloaded rows keep the change.
        changed.version += 1;
        changed.status = TenantStatus::Active;
        c.window->refreshAction()->trigger();
        QVERIFY(model(c)->isLoading());
        model(c)->applyChange(changed);
        QTRY_VERIFY(!model(c)->isLoading());
        QCOMPARE(model(c)->status(model(c)->rowOfTenant(id)), TenantStatus::Active);
        QCOMPARE(model(c)->version(model(c)->rowOfTenant(id)), changed.version);
    }

    void sorts()
    {
        Console c = open(m_fleet.url(), u"alice"_s);
        QTRY_VERIFY(model(c)->isLoaded());
        auto *table = c.window->findChild<QTableView *>(u"tenantTable"_s);
        // By id, descending: the header click path.
        table->sortByColumn(Ui::TenantDirectoryModel::Id, Qt::DescendingOrder);
        QTRY_VERIFY(model(c)->tenantId(0) > model(c)->tenantId(1));
        for (int row = 1; row < 200; ++row)
            QVERIFY(model(c)->tenantId(row - 1) >= model(c)->tenantId(row));
        // By tier: catalog order (free first), not alphabetical.
        table->sortByColumn(Ui::TenantDirectoryModel::Tier, Qt::AscendingOrder);
        QTRY_COMPARE(model(c)->index(0, Ui::TenantDirectoryModel::Tier).data().toString(),
                     u"Free"_s);
        QCOMPARE(model(c)->index(9999, Ui::TenantDirectoryModel::Tier).data().toString(),
                 u"Custom"_s);
    }

    void salesCannotSuspend()
    {
        Console c = open(m_fleet.url(), u"bob"_s);
        QTRY_VERIFY(model(c)->isLoaded());
        auto *table = c.window->findChild<QTableView *>(u"tenantTable"_s);
        // An active tenant selected: still no suspending for sales, and the tooltip says why.
        int active = -1;
        for (int row = 0; row < 100 && active < 0; ++row) {
            if (model(c)->status(row) == TenantStatus::Active)
                active = row;
        }
        QVERIFY(active >= 0);
        table->selectRow(active);
        auto *suspend = c.window->tenantsView()->suspendAction();
        QVERIFY(!suspend->isEnabled());
        QVERIFY2(suspend->toolTip().contains(u"support or admin"_s),
                 qPrintable(suspend->toolTip()));
        QVERIFY(!c.window->newTenantAction()->isEnabled());
        QVERIFY(c.window->tenantsView()->openAction()->isEnabled());
    }

    // A new tenant is pending; Provision (in the directory) runs its job, shown in
    // Provisioning, and the directory shows it active when the job ends.
    void provisionsFromTheDirectory()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m->create(
                {u"acme"_s, u"ACME"_s, u"free"_s, u"a@acme.example"_s, u"us-east-1"_s, {}, {}}));
            QVERIFY(createActive(
                *m,
                {u"beta"_s, u"Beta"_s, u"free"_s, u"b@beta.example"_s, u"us-east-1"_s, {}, {}}));
        }
        Console c = open(file.url(), u"alice"_s);
        QTRY_VERIFY(model(c)->isLoaded());
        auto *table = c.window->findChild<QTableView *>(u"tenantTable"_s);
        QAction *provision = c.window->tenantsView()->provisionAction();
        table->selectRow(model(c)->rowOfTenant(u"beta"_s));
        QVERIFY(!provision->isEnabled()); // active already
        QVERIFY2(provision->toolTip().contains(u"Only pending tenants"_s),
                 qPrintable(provision->toolTip()));
        table->selectRow(model(c)->rowOfTenant(u"acme"_s));
        QCOMPARE(model(c)->status(model(c)->rowOfTenant(u"acme"_s)), TenantStatus::Pending);
        QVERIFY(provision->isEnabled());
        provision->trigger();
        QCOMPARE(c.window->currentView(), u"provisioning"_s);
        QTRY_COMPARE(model(c)->status(model(c)->rowOfTenant(u"acme"_s)), TenantStatus::Active);
        Ui::ProvisioningView *view = c.window->provisioningView();
        QTRY_VERIFY(view->model()->rowOfTenant(u"acme"_s) >= 0);
        QTRY_COMPARE(
            view->model()
                ->index(view->model()->rowOfTenant(u"acme"_s), Ui::ProvisioningJobsModel::State)
                .data()
                .toString(),
            u"Completed"_s);
    }

    // Change tier: the dialog shows the plan (stages, the data's move, each change) before
    // anything happens; the upgrade runs off the GUI thread and the directory shows the new
    // tier. Deprovision asks for the id typed exactly and shows the dates; Cancel
    // deprovisioning brings the tenant back; a legal hold reads the tenant first.
    void lifecycleActionsFromTheDirectory()
    {
        SqliteFile file;
        QTemporaryDir backups;
        qputenv("TENANCY_BACKUP_DIR", backups.path().toUtf8());
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m->create({u"acme"_s,
                               u"ACME"_s,
                               u"professional"_s,
                               u"a@acme.example"_s,
                               u"us-east-1"_s,
                               {},
                               {}}));
            QCOMPARE(m->provision(u"acme"_s)->state, JobState::Completed);
        }
        Console c = open(file.url(), u"alice"_s);
        QTRY_VERIFY(model(c)->isLoaded());
        auto *table = c.window->tenantsView()->findChild<QTableView *>(u"tenantTable"_s);
        table->selectRow(model(c)->rowOfTenant(u"acme"_s));
        const QList<QAction *> actions = c.window->tenantsView()->lifecycleActions();
        const auto action = [&actions](const QString &name) {
            const auto it = std::find_if(actions.begin(), actions.end(),
                                         [&](QAction *a) { return a->objectName() == name; });
            return it == actions.end() ? nullptr : *it;
        };
        QAction *preview = action(u"previewTierAction"_s);
        QAction *upgrade = action(u"upgradeAction"_s);
        QAction *deprovision = action(u"deprovisionAction"_s);
        QAction *cancel = action(u"cancelDeprovisionAction"_s);
        QAction *purge = action(u"purgeAction"_s);
        QAction *legalHold = action(u"legalHoldAction"_s);
        QVERIFY(preview && upgrade && deprovision && cancel && purge && legalHold);
        QVERIFY(preview->isEnabled());
        QVERIFY(upgrade->isEnabled());
        QVERIFY(deprovision->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!purge->isEnabled());

        // Export Data…: the tenant's archive (GDPR portability), written on the worker.
        QAction *exportData = action(u"exportDataAction"_s);
        QVERIFY(exportData && exportData->isEnabled());
        auto *lifecycle = c.window->findChild<Ui::TenantLifecycleActions *>();
        QVERIFY(lifecycle);
        QTemporaryDir dir;
        const QString archive = dir.filePath(u"acme-data.json.gz"_s);
        lifecycle->exportDataTo(archive);
        QTRY_VERIFY(QFile::exists(archive) && !lifecycle->isBusy(u"acme"_s));
        auto read = TenantBackup::read(archive);
        QVERIFY(read);
        QCOMPARE(read->value(u"format"_s).toString(), u"tenancy-export"_s);
        QCOMPARE(read->value(u"tenant"_s).toObject().value(u"id"_s).toString(), u"acme"_s);

        // Preview Tier Change…, then Apply…: the upgrade flow opens with that tier chosen.
        QString chosen;
        whenDialog<Ui::UpgradePreviewDialog>([](Ui::UpgradePreviewDialog *d) {
            QTRY_VERIFY(!d->isLoading() && !d->preview().tenantId.isEmpty());
            d->tierBox()->setCurrentIndex(d->tierBox()->findData(u"enterprise"_s));
            QTRY_VERIFY(!d->isLoading() && d->preview().toTier == u"enterprise"_s);
            d->applyButton()->click();
        });
        whenDialog<Ui::UpgradeDialog>([&chosen](Ui::UpgradeDialog *d) {
            chosen = d->tier();
            d->reject();
        });
        preview->trigger();
        QTRY_COMPARE(chosen, u"enterprise"_s);

        // The same from the tier comparison: Preview for a Tenant… on the Enterprise column,
        // which tenant asked (the one selected offered), then Apply….
        chosen.clear();
        Ui::TiersView *tiers = c.window->tiersView();
        auto *tierTable = tiers->findChild<QTableView *>(u"tierTable"_s);
        tierTable->setCurrentIndex(tierTable->model()->index(0, 2));
        whenDialog<Ui::UpgradePreviewDialog>([](Ui::UpgradePreviewDialog *d) {
            QTRY_VERIFY(!d->isLoading() && d->preview().toTier == u"enterprise"_s);
            QCOMPARE(d->preview().tenantId, u"acme"_s);
            d->applyButton()->click();
        });
        whenDialog<Ui::UpgradeDialog>([&chosen](Ui::UpgradeDialog *d) {
            chosen = d->tier();
            d->reject();
        });
        Ui::Prompts::setNextText(u"acme"_s);
        tiers->previewAction()->trigger();
        QTRY_COMPARE(chosen, u"enterprise"_s);
        QCOMPARE(c.window->currentView(), u"tenants"_s);
        // An id the directory does not have is refused, naming it.
        Ui::Prompts::setNextText(u"ghost"_s);
        Ui::Prompts::setNextAnswer(QMessageBox::Ok); // the warning, answered
        tiers->previewAction()->trigger();
        QVERIFY2(Ui::Prompts::lastMessage().contains(u"no tenant \"ghost\""_s),
                 qPrintable(Ui::Prompts::lastMessage()));

        bool sawPlan = false;
        whenDialog<Ui::UpgradeDialog>([&sawPlan](Ui::UpgradeDialog *d) {
            auto *tier = d->findChild<QComboBox *>(u"upgradeTier"_s);
            QVERIFY(tier->findData(u"professional"_s) < 0); // not the tier it is on
            tier->setCurrentIndex(tier->findData(u"enterprise"_s));
            auto *ok = d->findChild<QPushButton *>(u"upgradeOk"_s);
            QTRY_VERIFY(d->findChild<QTreeWidget *>(u"upgradeChanges"_s)->topLevelItemCount() > 0);
            const QString summary = d->findChild<QLabel *>(u"upgradeSummary"_s)->text();
            sawPlan = summary.contains(u"enterprise"_s, Qt::CaseInsensitive);
            QVERIFY(!ok->isEnabled()); // no reason yet
            QTest::keyClicks(d->findChild<QPlainTextEdit *>(u"upgradeReason"_s), u"signed"_s);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        upgrade->trigger();
        QTRY_VERIFY2(model(c)->tier(model(c)->rowOfTenant(u"acme"_s)) == u"enterprise"_s,
                     qPrintable(Ui::Prompts::lastMessage()));
        QVERIFY(sawPlan);

        QString explanation;
        whenDialog<Ui::TypeToConfirmDialog>([&explanation](Ui::TypeToConfirmDialog *d) {
            explanation = d->findChild<QLabel *>(u"confirmExplanation"_s)->text();
            auto *ok = d->findChild<QPushButton *>(u"confirmOk"_s);
            auto *typed = d->findChild<QLineEdit *>(u"confirmId"_s);
            d->setReason(u"contract ended"_s);
            QTest::keyClicks(typed, u"acm"_s);
            QVERIFY(!ok->isEnabled()); // not the whole id
            QTest::keyClicks(typed, u"x"_s);
            QVERIFY(d->findChild<QLabel *>(u"confirmError"_s)->isVisible());
            typed->setText(u"acme"_s);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        deprovision->trigger();
        QTRY_COMPARE(model(c)->status(model(c)->rowOfTenant(u"acme"_s)),
                     TenantStatus::Deprovisioning);
        QVERIFY2(explanation.contains(u"30 days"_s) && explanation.contains(u"90 days"_s),
                 qPrintable(explanation));
        QTRY_VERIFY(cancel->isEnabled());
        QVERIFY(purge->isEnabled()); // alice is an admin

        whenDialog<Ui::ReasonDialog>([](Ui::ReasonDialog *d) {
            d->setReason(u"customer renewed"_s);
            d->accept();
        });
        cancel->trigger();
        QTRY_COMPARE(model(c)->status(model(c)->rowOfTenant(u"acme"_s)), TenantStatus::Active);

        whenDialog<Ui::ReasonDialog>([](Ui::ReasonDialog *d) {
            QVERIFY(d->windowTitle().contains(u"Place"_s));
            d->setReason(u"litigation 2026-17"_s);
            d->accept();
        });
        legalHold->trigger();
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QTRY_VERIFY(m->show(u"acme"_s)->legalHold);
    }

    void suspendsWithAReasonAndHandlesAConflict()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(createActive(
                *m,
                {u"acme"_s, u"ACME"_s, u"free"_s, u"a@acme.example"_s, u"us-east-1"_s, {}, {}}));
            QVERIFY(createActive(
                *m,
                {u"beta"_s, u"Beta"_s, u"free"_s, u"b@beta.example"_s, u"us-east-1"_s, {}, {}}));
        }
        Console c = open(file.url(), u"alice"_s);
        QTRY_VERIFY(model(c)->isLoaded());
        auto *table = c.window->findChild<QTableView *>(u"tenantTable"_s);
        table->selectRow(model(c)->rowOfTenant(u"acme"_s));
        QVERIFY(c.window->tenantsView()->suspendAction()->isEnabled());
        whenDialog<Ui::ReasonDialog>([](Ui::ReasonDialog *d) {
            auto *ok = d->findChild<QPushButton *>(u"reasonOk"_s);
            QVERIFY(!ok->isEnabled()); // no reason yet
            QTest::keyClicks(d->findChild<QPlainTextEdit *>(u"reasonField"_s), u"unpaid"_s);
            QVERIFY(ok->isEnabled());
            ok->click();
        });
        c.window->tenantsView()->suspendAction()->trigger();
        QTRY_COMPARE(model(c)->status(model(c)->rowOfTenant(u"acme"_s)), TenantStatus::Suspended);
        QVERIFY(c.window->tenantsView()->reactivateAction()->isEnabled());

        // Someone else changes beta behind our back; our suspend is refused with who and when,
        // and the console offers to reload.
        {
            auto other = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(other->suspend(u"beta"_s, 3, u"elsewhere"_s));
            QVERIFY(other->reactivate(u"beta"_s, 4, u"elsewhere"_s));
        }
        table->selectRow(model(c)->rowOfTenant(u"beta"_s));
        QCOMPARE(model(c)->version(model(c)->rowOfTenant(u"beta"_s)), 3); // stale
        Ui::Prompts::setNextAnswer(QMessageBox::Yes);
        bool retried = false;
        whenDialog<Ui::ReasonDialog>([this, &retried](Ui::ReasonDialog *d) {
            d->setReason(u"mine"_s);
            d->accept();
            // After the reload the same change is offered again, with the reason kept.
            whenDialog<Ui::ReasonDialog>([&retried](Ui::ReasonDialog *again) {
                QCOMPARE(again->reason(), u"mine"_s);
                retried = true;
                again->reject(); // changed our mind: nothing is sent, the reason is kept
            });
        });
        c.window->tenantsView()->suspendAction()->trigger();
        QTRY_COMPARE(model(c)->version(model(c)->rowOfTenant(u"beta"_s)), 5); // reloaded
        QVERIFY2(Ui::Prompts::lastMessage().contains(u"was changed by alice"_s),
                 qPrintable(Ui::Prompts::lastMessage()));
        QTRY_VERIFY(retried);
        QCOMPARE(model(c)->status(model(c)->rowOfTenant(u"beta"_s)), TenantStatus::Active);

        // Trying again later: the reason typed before is still there.
        QString offered;
        whenDialog<Ui::ReasonDialog>([&offered](Ui::ReasonDialog *d) {
            offered = d->reason();
            d->accept();
        });
        c.window->tenantsView()->suspendAction()->trigger();
        QCOMPARE(offered, u"mine"_s);
        QTRY_COMPARE(model(c)->status(model(c)->rowOfTenant(u"beta"_s)), TenantStatus::Suspended);
        QCOMPARE(model(c)->version(model(c)->rowOfTenant(u"beta"_s)), 6);

        // Sorted by status, a change moves the row to where its new status sorts.
        c.window->tenantsView()->table()->sortByColumn(Ui::TenantDirectoryModel::Status,
                                                       Qt::AscendingOrder);
        QTRY_COMPARE(model(c)->tenantId(0), u"acme"_s); // both suspended: by id
        table->selectRow(model(c)->rowOfTenant(u"beta"_s));
        whenDialog<Ui::ReasonDialog>([](Ui::ReasonDialog *d) {
            d->setReason(u"paid"_s);
            d->accept();
        });
        c.window->tenantsView()->reactivateAction()->trigger();
        QTRY_COMPARE(model(c)->tenantId(0), u"beta"_s);
        QCOMPARE(model(c)->status(0), TenantStatus::Active);
        QCOMPARE(model(c)->status(1), TenantStatus::Suspended);
    }

    void opensATenantWithItsDetail()
    {
        Console c = open(m_fleet.url(), u"alice"_s);
        QTRY_VERIFY(model(c)->isLoaded());
        const QString id = model(c)->tenantId(0);
        c.window->tenantsView()->openTenant(id);
        Ui::TenantDetailView *detail = c.window->tenantsView()->detailOf(id);
        QVERIFY(detail);
        QTRY_VERIFY(detail->isLoaded());
        QCOMPARE(detail->tenant().id, id);
        auto *tree = detail->findChild<QTreeView *>(u"configurationTree"_s);
        QTRY_VERIFY(tree->model()->rowCount() > 0); // _metadata, billing, configuration, ...
        auto *title = detail->findChild<QLabel *>(u"detailTitle"_s);
        QCOMPARE(title->text(), detail->tenant().name);
    }

    void commandPaletteFindsTenantsAndActions()
    {
        Console c = open(m_fleet.url(), u"alice"_s);
        QTRY_VERIFY(model(c)->isLoaded());
        const QString id = model(c)->tenantId(123);
        whenDialog<Ui::CommandPalette>([id](Ui::CommandPalette *p) {
            QTest::keyClicks(p->field(), id);
            QVERIFY(p->list()->count() >= 1);
            QVERIFY(p->list()->item(0)->text().contains(id));
            QTest::keyClick(p->field(), Qt::Key_Return);
        });
        c.window->findChild<QAction *>(u"paletteAction"_s)->trigger();
        QTRY_VERIFY(c.window->tenantsView()->detailOf(id));
        whenDialog<Ui::CommandPalette>([](Ui::CommandPalette *p) {
            QTest::keyClicks(p->field(), u"tiers"_s);
            QVERIFY(p->list()->count() >= 1);
            QTest::keyClick(p->field(), Qt::Key_Return);
        });
        c.window->showCommandPalette();
        QTRY_COMPARE(c.window->currentView(), u"tiers"_s);
    }

    void offersASampleFleetWhenEmpty()
    {
        SqliteFile file;
        Console c = open(file.url(), u"alice"_s);
        auto *button = c.window->findChild<QPushButton *>(u"sampleFleetButton"_s);
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *progress = c.window->findChild<QProgressDialog *>(u"sampleFleetProgress"_s);
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(model(c)->isLoaded() && model(c)->totalCount() == 5000, 60000);
        QVERIFY(c.window->findChild<QTableView *>(u"tenantTable"_s)->isVisible());
    }

    void cancellingTheSampleFleetKeepsNothing()
    {
        SqliteFile file;
        Console c = open(file.url(), u"alice"_s);
        auto *button = c.window->findChild<QPushButton *>(u"sampleFleetButton"_s);
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        // Cancel at once, as a person would press Cancel in the progress dialog.
        auto *progress = c.window->findChild<QProgressDialog *>(u"sampleFleetProgress"_s);
        QVERIFY(progress);
        QPushButton *cancel = nullptr;
        for (QPushButton *b : progress->findChildren<QPushButton *>())
            cancel = b;
        QVERIFY(cancel);
        cancel->click();
        QTest::qWait(1500);
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QCOMPARE(*m->count({}), 0);
        QVERIFY(button->isVisible());
    }

    void remembersTheLastViewAndLayout()
    {
        const QString ini = m_dir.filePath(u"remember.ini"_s);
        {
            Console c = open(m_fleet.url(), u"alice"_s, ini);
            QTRY_VERIFY(model(c)->isLoaded());
            c.window->showView(u"tiers"_s);
            c.window->resize(900, 640);
            auto *header = c.window->findChild<QTableView *>(u"tenantTable"_s)->horizontalHeader();
            header->resizeSection(Ui::TenantDirectoryModel::Owner, 333);
            c.window->close();
        }
        Console c = open(m_fleet.url(), u"alice"_s, ini);
        QCOMPARE(c.window->currentView(), u"tiers"_s);
        auto *header = c.window->findChild<QTableView *>(u"tenantTable"_s)->horizontalHeader();
        QCOMPARE(header->sectionSize(Ui::TenantDirectoryModel::Owner), 333);
        QCOMPARE(c.window->size(), QSize(900, 640));
    }

    void explainsADatabaseThatCannotBeOpened()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"tenancy.sqlite"_s));
        auto url = DatabaseUrl::parse(u"sqlite://"_s + dir.filePath(u"tenancy.sqlite"_s));
        Console c = open(*url, u"alice"_s);
        auto *error = c.window->findChild<QLabel *>(u"errorText"_s);
        QTRY_VERIFY(error->text().contains(u"directory"_s));
        QVERIFY(error->isVisible());
        QVERIFY(!c.window->newTenantAction()->isEnabled());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
