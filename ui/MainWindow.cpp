#include "MainWindow.h"

#include "TenantService.h"
#include "dialogs/CommandPalette.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/NewTenantDialog.h"
#include "dialogs/UpgradePreviewDialog.h"
#include "models/TenantDirectoryModel.h"
#include "security/SecretStore.h"
#include "settings/Settings.h"
#include "views/AuditView.h"
#include "views/ComplianceView.h"
#include "views/FleetUsageView.h"
#include "views/ProvisioningView.h"
#include "views/RecommendationsView.h"
#include "views/TemplatesView.h"
#include "views/TenantsView.h"
#include "views/TiersView.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {
enum OuterPage { MainPage, MessagePage };
const QStringList kViews {u"tenants"_s,         u"tiers"_s, u"templates"_s, u"provisioning"_s,
                          u"recommendations"_s, u"fleet"_s, u"audit"_s,     u"compliance"_s};
} // namespace

MainWindow::MainWindow(TenantService &service, SecretStore &secrets, Settings &settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_secrets(secrets)
    , m_settings(settings)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Tenancy Console"));
    resize(1280, 800);

    m_tenants = new TenantsView(m_service);
    m_tiers = new TiersView(m_service.sharedCatalog());
    m_templates = new TemplatesView(m_service);
    m_views = new QStackedWidget;
    m_views->addWidget(m_tenants);
    m_views->addWidget(m_tiers);
    m_views->addWidget(m_templates);
    m_provisioning = new ProvisioningView(m_service);
    m_views->addWidget(m_provisioning);
    m_recommendations = new RecommendationsView(m_service);
    m_views->addWidget(m_recommendations);
    m_fleetUsage = new FleetUsageView(m_service);
    m_views->addWidget(m_fleetUsage);
    m_audit = new AuditView(m_service, m_secrets);
    m_views->addWidget(m_audit);
    m_compliance = new ComplianceView(m_service);
    m_views->addWidget(m_compliance);
    auto openTenant = [this](const QString &id) {
        showView(u"tenants"_s);
        m_tenants->selectTenant(id);
        m_tenants->openTenant(id);
    };
    connect(m_fleetUsage, &FleetUsageView::tenantActivated, this, openTenant);
    connect(m_compliance, &ComplianceView::tenantActivated, this, openTenant);
    connect(m_tiers, &TiersView::previewRequested, this, &MainWindow::previewForTenant);
    connect(m_tenants, &TenantsView::provisionRequested, this, [this](const QString &id) {
        m_provisioning->provision(id);
        showView(u"provisioning"_s);
    });
    connect(m_provisioning, &ProvisioningView::tenantChanged, this,
            [this] { m_tenants->reload(true); });

    m_nav = new QListWidget;
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setAccessibleName(tr("Views"));
    m_nav->addItem(tr("Tenants"));
    m_nav->addItem(tr("Tiers"));
    m_nav->addItem(tr("Templates"));
    m_nav->addItem(tr("Provisioning"));
    m_nav->addItem(tr("Recommendations"));
    m_nav->addItem(tr("Fleet Usage"));
    m_nav->addItem(tr("Audit Log"));
    m_nav->addItem(tr("Compliance"));
    m_nav->setFixedWidth(m_nav->fontMetrics().horizontalAdvance(u"Recommendations"_s) + 48);
    m_nav->setFrameShape(QFrame::NoFrame);
    connect(m_nav, &QListWidget::currentRowChanged, m_views, &QStackedWidget::setCurrentIndex);

    // A non-blocking banner for a lost connection; whatever is being typed stays.
    m_banner = new QFrame;
    m_banner->setObjectName(u"connectionBanner"_s);
    m_banner->setAutoFillBackground(true);
    QPalette bannerPalette = m_banner->palette();
    bannerPalette.setColor(QPalette::Window, palette().color(QPalette::ToolTipBase));
    bannerPalette.setColor(QPalette::WindowText, palette().color(QPalette::ToolTipText));
    m_banner->setPalette(bannerPalette);
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    auto *main = new QWidget;
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    mainLayout->addWidget(m_banner);
    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_views, 1);
    mainLayout->addLayout(body, 1);

    // Opening, or what went wrong opening.
    auto *message = new QWidget;
    auto *messageLayout = new QVBoxLayout(message);
    m_errorText = new QLabel(tr("Opening the database…"));
    m_errorText->setObjectName(u"errorText"_s);
    m_errorText->setAlignment(Qt::AlignCenter);
    m_errorText->setWordWrap(true);
    m_errorText->setMargin(48);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *connectButton = new QPushButton(tr("Connect to another database…"));
    messageLayout->addStretch();
    messageLayout->addWidget(m_errorText);
    messageLayout->addWidget(connectButton, 0, Qt::AlignCenter);
    messageLayout->addStretch();
    connect(connectButton, &QPushButton::clicked, this, &MainWindow::showConnectionDialog);

    m_outer = new QStackedWidget;
    m_outer->insertWidget(MainPage, main);
    m_outer->insertWidget(MessagePage, message);
    m_outer->setCurrentIndex(MessagePage);
    setCentralWidget(m_outer);

    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(u"connectionLabel"_s);
    m_operatorLabel = new QLabel;
    m_operatorLabel->setObjectName(u"operatorLabel"_s);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"countLabel"_s);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);

    createActions();

    connect(&m_service, &TenantService::opened, this, &MainWindow::onOpened);
    connect(&m_service, &TenantService::openFailed, this, &MainWindow::onOpenFailed);
    connect(&m_service, &TenantService::connectionLost, this, [this](const QString &why) {
        m_bannerText->setText(tr("<b>The connection to the database was lost</b> (%1). "
                                 "Reconnecting… Nothing you typed is lost.")
                                  .arg(why.toHtmlEscaped()));
        m_banner->show();
    });
    connect(&m_service, &TenantService::reconnected, this, [this] {
        m_banner->hide();
        statusBar()->showMessage(tr("Reconnected to the database."), 5000);
        m_tenants->reload(true);
    });
    connect(m_tenants, &TenantsView::countsChanged, this, &MainWindow::onCountsChanged);
    connect(m_tenants, &TenantsView::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });

    // Remembered between runs.
    restoreGeometry(m_settings.value(SettingKeys::mainWindowGeometry));
    restoreState(m_settings.value(SettingKeys::mainWindowState));
    m_tenants->restoreState(m_settings);
    showView(m_settings.value(SettingKeys::lastView));
    updatePermissions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto action = [this](const QString &text, const QString &name, const QKeySequence &shortcut) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    m_newTenant = action(tr("&New Tenant…"), u"newTenantAction"_s, QKeySequence::New);
    m_connect
        = action(tr("&Connect to Database…"), u"connectAction"_s, QKeySequence(tr("Ctrl+Shift+O")));
    m_quit = action(tr("&Quit"), u"quitAction"_s, QKeySequence::Quit);
    m_find = action(tr("&Find Tenant"), u"findAction"_s, QKeySequence::Find);
    m_palette = action(tr("Command &Palette…"), u"paletteAction"_s, QKeySequence(tr("Ctrl+K")));
    m_refresh = action(tr("&Refresh"), u"refreshAction"_s, QKeySequence::Refresh);
    m_showTenants = action(tr("&Tenants"), u"showTenantsAction"_s, QKeySequence(tr("Ctrl+1")));
    m_showTiers = action(tr("T&iers"), u"showTiersAction"_s, QKeySequence(tr("Ctrl+2")));
    m_showTemplates
        = action(tr("Te&mplates"), u"showTemplatesAction"_s, QKeySequence(tr("Ctrl+3")));

    connect(m_newTenant, &QAction::triggered, this, &MainWindow::newTenant);
    connect(m_connect, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_find, &QAction::triggered, this, [this] {
        showView(u"tenants"_s);
        m_tenants->focusSearch();
    });
    connect(m_palette, &QAction::triggered, this, &MainWindow::showCommandPalette);
    connect(m_refresh, &QAction::triggered, m_tenants, [this] { m_tenants->reload(true); });
    connect(m_showTenants, &QAction::triggered, this, [this] { showView(u"tenants"_s); });
    connect(m_showTiers, &QAction::triggered, this, [this] { showView(u"tiers"_s); });
    connect(m_showTemplates, &QAction::triggered, this, [this] { showView(u"templates"_s); });
    m_showProvisioning
        = action(tr("&Provisioning"), u"showProvisioningAction"_s, QKeySequence(tr("Ctrl+4")));
    connect(m_showProvisioning, &QAction::triggered, this, [this] { showView(u"provisioning"_s); });
    auto *showRecommendations = action(tr("&Recommendations"), u"showRecommendationsAction"_s,
                                       QKeySequence(tr("Ctrl+5")));
    connect(showRecommendations, &QAction::triggered, this,
            [this] { showView(u"recommendations"_s); });
    auto *showFleet
        = action(tr("&Fleet Usage"), u"showFleetUsageAction"_s, QKeySequence(tr("Ctrl+6")));
    connect(showFleet, &QAction::triggered, this, [this] { showView(u"fleet"_s); });
    auto *showAudit = action(tr("&Audit Log"), u"showAuditAction"_s, QKeySequence(tr("Ctrl+7")));
    connect(showAudit, &QAction::triggered, this, [this] { showView(u"audit"_s); });
    auto *showCompliance
        = action(tr("&Compliance"), u"showComplianceAction"_s, QKeySequence(tr("Ctrl+8")));
    connect(showCompliance, &QAction::triggered, this, [this] { showView(u"compliance"_s); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newTenant);
    file->addAction(m_tenants->sampleFleetAction());
    file->addSeparator();
    file->addAction(m_connect);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_templates->editActions());
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_palette);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showTenants);
    view->addAction(m_showTiers);
    view->addAction(m_showTemplates);
    view->addAction(m_showProvisioning);
    view->addAction(showRecommendations);
    view->addAction(showFleet);
    view->addAction(showAudit);
    view->addAction(showCompliance);
    view->addSeparator();
    view->addAction(m_refresh);
    QMenu *tenant = menuBar()->addMenu(tr("&Tenant"));
    tenant->addAction(m_tenants->openAction());
    tenant->addAction(m_tenants->provisionAction());
    tenant->addAction(m_tenants->suspendAction());
    tenant->addAction(m_tenants->reactivateAction());
    tenant->addSeparator();
    tenant->addActions(m_tenants->lifecycleActions());
    tenant->setToolTipsVisible(true);
    QMenu *tiers = menuBar()->addMenu(tr("Tie&rs"));
    tiers->addActions(m_tiers->actions());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tenancy Console"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newTenant);
    toolbar->addAction(m_tenants->suspendAction());
    toolbar->addAction(m_tenants->reactivateAction());
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_connect);
    addActions({m_palette, m_find});
}

void MainWindow::showView(const QString &name)
{
    const int index = int(kViews.indexOf(name));
    m_nav->setCurrentRow(index < 0 ? 0 : index);
}

QString MainWindow::currentView() const
{
    return kViews.value(m_nav->currentRow(), kViews.first());
}

void MainWindow::connectTo(const DatabaseUrl &url, const QString &password,
                           const QString &operatorName)
{
    m_operatorName = operatorName;
    const quint64 attempt = ++m_attempt;
    if (url.backend() == Backend::Sqlite || !password.isEmpty()
        || qEnvironmentVariableIsSet("PGPASSWORD")) {
        openNow(url, password, {});
        return;
    }
    // The keychain answers asynchronously (or reports itself locked after 5 s).
    showOpening(url);
    QPointer<MainWindow> self(this);
    m_secrets.read(url.secretKey(), [self, url, attempt](auto secret) {
        // A late answer for a connection the operator has since given up on is dropped.
        if (!self || attempt != self->m_attempt)
            return;
        MainWindow *that = self;
        if (!secret) {
            // Said only if the connection then fails: the server may need no password.
            that->openNow(url, {},
                          tr("no password from the keychain: %1").arg(secret.error().message));
            return;
        }
        that->openNow(url, secret->value_or(QString()), {});
    });
}

void MainWindow::showOpening(const DatabaseUrl &url)
{
    m_errorText->setText(tr("Opening %1…").arg(TenantService::describe(url).toHtmlEscaped()));
    m_outer->setCurrentIndex(MessagePage);
}

void MainWindow::openNow(const DatabaseUrl &url, const QString &password,
                         const QString &keychainNote)
{
    ++m_attempt; // any keychain answer still on its way is for an older attempt
    if (!m_service.isOpen())
        showOpening(url);
    else
        statusBar()->showMessage(tr("Opening %1…").arg(TenantService::describe(url)));
    m_newTenant->setEnabled(false); // until opened() says who we are there
    m_service.open(url, password, m_operatorName, keychainNote);
}

void MainWindow::onOpened(const Operator &op, const QString &databaseText)
{
    statusBar()->clearMessage();
    m_outer->setCurrentIndex(MainPage);
    m_banner->hide();
    m_connectionLabel->setText(databaseText);
    m_connectionLabel->setToolTip(m_service.url().toString());
    m_operatorLabel->setText(tr("%1 (%2)").arg(op.name, roleId(op.role)));
    setWindowTitle(tr("%1 — Tenancy Console").arg(databaseText));
    updatePermissions();
    m_tenants->reload();
}

void MainWindow::onOpenFailed(const QString &message)
{
    if (m_service.isOpen()) {
        // Switching failed: the current database stays open and in use.
        statusBar()->clearMessage();
        updatePermissions();
        Prompts::warning(this, tr("Connect to Database"),
                         tr("The database could not be opened: %1\n\nStill connected to %2.")
                             .arg(message, TenantService::describe(m_service.url())));
        return;
    }
    m_errorText->setText(
        tr("<h2>The database could not be opened</h2><p>%1</p>").arg(message.toHtmlEscaped()));
    m_outer->setCurrentIndex(MessagePage);
    m_connectionLabel->setText(tr("Not connected"));
    m_operatorLabel->clear();
    updatePermissions();
}

void MainWindow::onCountsChanged(qint64, qint64 total)
{
    m_countLabel->setText(total == 1 ? tr("1 tenant")
                                     : tr("%1 tenants").arg(QLocale().toString(total)));
}

void MainWindow::updatePermissions()
{
    const bool may = m_service.can(Permission::CreateTenants);
    m_newTenant->setEnabled(may);
    m_newTenant->setToolTip(
        may ? tr("Create a tenant (Ctrl+N)")
            : tr("Needs %1.").arg(TenantService::rolesAllowed(Permission::CreateTenants)));
    m_refresh->setEnabled(m_service.isOpen());
}

void MainWindow::newTenant()
{
    if (!m_newTenant->isEnabled())
        return;
    auto *dialog = new NewTenantDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTenantDialog::created, this, [this, dialog](const Tenant &tenant) {
        showView(u"tenants"_s);
        m_tenants->reload(true);
        m_tenants->openTenant(tenant.id);
        if (dialog->provisionNow()) {
            m_provisioning->provision(tenant.id);
            statusBar()->showMessage(
                tr("Created %1; provisioning it (see Provisioning, Ctrl+4).").arg(tenant.id), 8000);
        } else {
            statusBar()->showMessage(tr("Created %1 (pending until provisioned).").arg(tenant.id),
                                     5000);
        }
    });
    dialog->open();
}

void MainWindow::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_service, m_secrets, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectRequested, this,
            [this, dialog](const DatabaseUrl &url, const QString &password) {
                // The dialog already looked in the keychain; switching reloads every view.
                openNow(url, password, dialog->keychainNote());
            });
    dialog->open();
}

void MainWindow::showCommandPalette()
{
    auto finder = [this](const QString &text, int limit) {
        QList<CommandPalette::TenantMatch> matches;
        const auto index = m_tenants->model()->directoryIndex();
        if (!index)
            return matches;
        TenantIndex::Filter filter;
        filter.search = text;
        // Stops at `limit` matches: cheap even for a million tenants.
        for (int row : index->firstMatches(filter, limit))
            matches.append({index->row(row).id, index->row(row).name});
        return matches;
    };
    QList<QAction *> actions {m_newTenant,
                              m_tenants->openAction(),
                              m_tenants->suspendAction(),
                              m_tenants->reactivateAction(),
                              m_find,
                              m_refresh,
                              m_showTenants,
                              m_showTiers,
                              m_showTemplates,
                              m_showProvisioning,
                              m_tenants->provisionAction(),
                              m_tenants->lifecycleActions().at(0),
                              m_tenants->lifecycleActions().at(1),
                              m_tenants->lifecycleActions().at(2),
                              m_tenants->lifecycleActions().at(3),
                              m_tenants->lifecycleActions().at(4),
                              m_provisioning->retryAction(),
                              m_provisioning->resumeAction(),
                              m_provisioning->rollbackAction(),
                              m_provisioning->cancelAction(),
                              m_connect,
                              m_tenants->sampleFleetAction(),
                              m_quit};
    actions << m_tiers->actions();
    auto *palette = new CommandPalette(actions, finder, this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::tenantChosen, this, [this](const QString &id) {
        showView(u"tenants"_s);
        m_tenants->selectTenant(id);
        m_tenants->openTenant(id);
    });
    palette->open();
}

void MainWindow::previewForTenant(const QString &tier)
{
    const auto answer = Prompts::text(this, tr("Preview a tier change"),
                                      tr("Preview moving which tenant to %1? (its id)")
                                          .arg(tier.isEmpty() ? tr("another tier") : tier),
                                      m_tenants->selectedTenantId());
    const QString id = answer.value_or(QString()).trimmed();
    if (id.isEmpty())
        return;
    const QString current = m_tenants->tierOf(id);
    if (current.isEmpty()) {
        Prompts::warning(this, tr("Preview a tier change"),
                         tr("There is no tenant \"%1\" in the directory.").arg(id));
        return;
    }
    auto *dialog = new UpgradePreviewDialog(m_service, id, current, tier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Apply… (support, admin) goes on to the tenant's upgrade flow with the tier chosen.
    connect(dialog, &QDialog::finished, this, [this, dialog, id](int result) {
        if (result != UpgradePreviewDialog::ApplyRequested)
            return;
        const QString chosen = dialog->tier();
        showView(u"tenants"_s);
        if (!m_tenants->changeTier(id, chosen))
            Prompts::information(
                this, tr("Change tier"),
                tr("Select %1 in the directory (its search may hide it), then Tenant ▸ Change "
                   "Tier…; its tooltip says what stands in the way.")
                    .arg(id));
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tenancy Console"),
                       tr("<h3>Tenancy Console %1</h3><p>Administration console for multi-tenant "
                          "SaaS operators.</p><p>Licensed under the GNU GPL, version 3 or "
                          "later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(SettingKeys::mainWindowGeometry, saveGeometry());
    m_settings.setValue(SettingKeys::mainWindowState, saveState());
    m_settings.setValue(SettingKeys::lastView, currentView());
    m_tenants->saveState(m_settings);
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace Tenancy::Ui
