#pragma once

#include "model/Result.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Tenancy {
class TenantService;
struct UpgradePlan;
} // namespace Tenancy

namespace Tenancy::Ui {

class MessageLabel;

// Upgrade… (or downgrade): pick the new tier and see, before anything changes, what will
// happen (the stages, whether the data moves and where, each configuration change) as the
// core plans it; a tier the tenant's configuration does not fit says why. The button stays
// disabled until there is a plan and a reason.
class UpgradeDialog : public QDialog
{
    Q_OBJECT

public:
    // Fills box with the catalog's tiers (their display names; the tier's id as data), but
    // not the one the tenant is on.
    static void addTiers(QComboBox *box, const TenantService &service, const QString &except);

    UpgradeDialog(TenantService &service, const QString &id, const QString &currentTier,
                  QWidget *parent = nullptr);
    ~UpgradeDialog() override;

    QString tier() const;
    QString reason() const;
    // Chooses tier (as if picked), when it is offered.
    void selectTier(const QString &tier);

private:
    void requestPlan();
    void showPlan(quint64 request, const Tenancy::UpgradePlan &plan);
    void showError(quint64 request, const Tenancy::Error &error);
    void validate();

    TenantService &m_service;
    QString m_id;
    quint64 m_request = 0;
    bool m_planned = false;
    QComboBox *m_tier = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_changes = nullptr;
    MessageLabel *m_error = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Tenancy::Ui
