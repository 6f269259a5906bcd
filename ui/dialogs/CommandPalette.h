#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QAction;
class QLineEdit;
class QListWidget;

namespace Tenancy::Ui {

// Ctrl+K: type to find an action of the console or a tenant, Enter to run or open it.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    struct TenantMatch
    {
        QString id;
        QString name;
    };
    // Finds tenants for the typed text (at most `limit`).
    using TenantFinder = std::function<QList<TenantMatch>(const QString &text, int limit)>;

    CommandPalette(QList<QAction *> actions, TenantFinder findTenants, QWidget *parent = nullptr);
    ~CommandPalette() override;

    QLineEdit *field() const { return m_field; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void tenantChosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void runCurrent();

    QList<QAction *> m_actions;
    TenantFinder m_findTenants;
    QLineEdit *m_field = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Tenancy::Ui
