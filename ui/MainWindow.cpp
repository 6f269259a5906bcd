#include "MainWindow.h"

#include "TenantService.h"
#include "models/TenantTableModel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {
constexpr int kSampleFleetSize = 5000;
}

MainWindow::MainWindow(TenantService &service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
{
    setWindowTitle(tr("Tenancy Console"));
    setObjectName(u"mainWindow"_s);
    resize(1100, 700);

    m_model = new TenantTableModel(m_service, this);

    // Opening
    auto *opening = new QLabel(tr("Opening the database…"));
    opening->setAlignment(Qt::AlignCenter);

    // Table with search
    auto *tablePage = new QWidget;
    auto *tableLayout = new QVBoxLayout(tablePage);
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Search id, name or owner e-mail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search tenants"));
    m_table = new QTableView;
    m_table->setObjectName(u"tenantTable"_s);
    m_table->setAccessibleName(tr("Tenants"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TenantTableModel::Id, 200);
    m_table->setColumnWidth(TenantTableModel::Name, 230);
    m_table->setColumnWidth(TenantTableModel::Tier, 100);
    m_table->setColumnWidth(TenantTableModel::Status, 110);
    m_table->setColumnWidth(TenantTableModel::Region, 120);
    m_table->setColumnWidth(TenantTableModel::Owner, 250);
    tableLayout->addWidget(m_search);
    tableLayout->addWidget(m_table);

    // Empty database: offer a sample fleet
    auto *emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    auto *emptyText = new QLabel(
        tr("<h2>No tenants yet</h2><p>Create one with <code>tenancyctl tenant create</code>, or "
           "explore the console with a realistic sample fleet.</p>"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    m_fleetButton
        = new QPushButton(tr("Generate a sample fleet of %L1 tenants").arg(kSampleFleetSize));
    m_fleetButton->setObjectName(u"sampleFleetButton"_s);
    m_fleetProgress = new QProgressBar;
    m_fleetProgress->setObjectName(u"sampleFleetProgress"_s);
    m_fleetProgress->setAccessibleName(tr("Sample fleet progress"));
    m_fleetProgress->hide();
    m_fleetCancel = new QPushButton(tr("Cancel"));
    m_fleetCancel->hide();
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(m_fleetButton, 0, Qt::AlignCenter);
    emptyLayout->addWidget(m_fleetProgress);
    emptyLayout->addWidget(m_fleetCancel, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    // Errors
    m_errorText = new QLabel;
    m_errorText->setObjectName(u"errorText"_s);
    m_errorText->setAlignment(Qt::AlignCenter);
    m_errorText->setWordWrap(true);
    m_errorText->setMargin(48);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pages = new QStackedWidget;
    m_pages->insertWidget(OpeningPage, opening);
    m_pages->insertWidget(TablePage, tablePage);
    m_pages->insertWidget(EmptyPage, emptyPage);
    m_pages->insertWidget(ErrorPage, m_errorText);
    setCentralWidget(m_pages);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(u"countLabel"_s);
    m_identityLabel = new QLabel;
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_identityLabel);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find tenant…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Tenancy Console"), this, &MainWindow::showAbout);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);

    connect(&m_service, &TenantService::opened, this, &MainWindow::onOpened);
    connect(&m_service, &TenantService::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_model, &TenantTableModel::totalChanged, this, &MainWindow::onTotalChanged);
    connect(m_model, &TenantTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Could not load tenants: %1").arg(message));
    });
    connect(m_fleetButton, &QPushButton::clicked, this, &MainWindow::generateSampleFleet);
    connect(m_fleetCancel, &QPushButton::clicked, this, [this] { m_service.cancel(); });
    connect(&m_service, &TenantService::progress, this,
            [this](quint64 request, qint64 done, qint64 total) {
                if (request != m_fleetRequest)
                    return;
                m_fleetProgress->setMaximum(int(total));
                m_fleetProgress->setValue(int(done));
            });
    connect(&m_service, &TenantService::fleetGenerated, this, [this](quint64 request, qint64) {
        if (request != m_fleetRequest)
            return;
        endSampleFleet();
        m_model->reload();
    });
    connect(&m_service, &TenantService::failed, this, [this](quint64 request, const Error &error) {
        if (request != m_fleetRequest)
            return;
        endSampleFleet();
        statusBar()->showMessage(tr("The sample fleet was not generated: %1").arg(error.message));
    });

    m_pages->setCurrentIndex(OpeningPage);
}

MainWindow::~MainWindow() = default;

void MainWindow::onOpened(const Operator &op, const QString &databaseText)
{
    m_identityLabel->setText(tr("%1 (%2) · %3").arg(op.name, roleId(op.role), databaseText));
    m_model->reload();
}

void MainWindow::onOpenFailed(const QString &message)
{
    m_errorText->setText(
        tr("<h2>The database could not be opened</h2><p>%1</p>").arg(message.toHtmlEscaped()));
    m_pages->setCurrentIndex(ErrorPage);
}

void MainWindow::onTotalChanged(qint64 total)
{
    m_countLabel->setText(tr("%L1 tenants", nullptr, int(qMin<qint64>(total, INT_MAX))).arg(total));
    if (total == 0 && !m_searching)
        m_pages->setCurrentIndex(EmptyPage);
    else
        m_pages->setCurrentIndex(TablePage);
}

void MainWindow::applySearch()
{
    TenantQuery query;
    query.filter.search = m_search->text();
    m_searching = !query.filter.search.trimmed().isEmpty();
    m_model->reload(query);
}

void MainWindow::generateSampleFleet()
{
    m_fleetButton->hide();
    m_fleetProgress->setRange(0, kSampleFleetSize);
    m_fleetProgress->setValue(0);
    m_fleetProgress->show();
    m_fleetCancel->show();
    m_fleetRequest = m_service.generateSampleFleet(kSampleFleetSize, 1);
}

void MainWindow::endSampleFleet()
{
    m_fleetRequest = 0;
    m_fleetProgress->hide();
    m_fleetCancel->hide();
    m_fleetButton->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tenancy Console"),
                       tr("<h3>Tenancy Console %1</h3><p>Administration console for multi-tenant "
                          "SaaS operators.</p><p>Licensed under the GNU GPL, version 3 or "
                          "later.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Tenancy::Ui
