#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Tenancy {
class TenantService;
struct Operator;
} // namespace Tenancy

namespace Tenancy::Ui {

class TenantTableModel;

// The console's main window. For now: the tenants in a table with a search box, an empty state
// that offers a sample fleet, and clear errors when the database cannot be opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TenantService &service, QWidget *parent = nullptr);
    ~MainWindow() override;

    TenantTableModel *tenantModel() const { return m_model; }

private:
    enum Page { OpeningPage, TablePage, EmptyPage, ErrorPage };

    void onOpened(const Tenancy::Operator &op, const QString &databaseText);
    void onOpenFailed(const QString &message);
    void onTotalChanged(qint64 total);
    void applySearch();
    void generateSampleFleet();
    void endSampleFleet();
    void showAbout();

    TenantService &m_service;
    TenantTableModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_errorText = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QProgressBar *m_fleetProgress = nullptr;
    QPushButton *m_fleetButton = nullptr;
    QPushButton *m_fleetCancel = nullptr;
    quint64 m_fleetRequest = 0;
    bool m_searching = false;
};

} // namespace Tenancy::Ui
