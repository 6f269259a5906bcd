#pragma once

#include "usage/UsageViews.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace Tenancy {
class TenantService;
}

namespace Tenancy::Ui {

class MessageLabel;

// Preview Tier Change…: for sales and support, what moving a tenant to another tier means
// before anything is applied — each limit old and new beside the usage now (what would be
// over), features gained and lost, the isolation and its migration, the security and
// compliance settings that change, the configuration diff, and the price with its proration
// lines, what is due now and on the next invoice. The target tier, the effective time, the
// policy (immediate or at the end of the term) and, for the custom tier, the agreed price can
// be changed; the preview follows. "Export Quote…" writes a PDF a customer can read (any
// role); "Apply…" (support and admin) goes on to the upgrade flow with this tier.
class UpgradePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // What exec() returns when the operator chose to apply the change.
    static constexpr int ApplyRequested = 2;

    UpgradePreviewDialog(TenantService &service, const QString &id, const QString &currentTier,
                         const QString &targetTier = {}, QWidget *parent = nullptr);
    ~UpgradePreviewDialog() override;

    QString tier() const;
    QComboBox *tierBox() const { return m_tier; }
    QComboBox *policyBox() const { return m_policy; }
    QDateTimeEdit *effectiveEdit() const { return m_effective; }
    QLineEdit *priceEdit() const { return m_price; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *applyButton() const { return m_apply; }
    // The preview shown (empty id before the first one).
    const UpgradePreview &preview() const { return m_preview; }
    bool isLoading() const { return m_request != 0; }
    // Without Apply… (opened where the upgrade flow is not at hand).
    void setApplyOffered(bool offered);
    // Writes the quote to path on the worker (what "Export Quote…" does after asking where).
    void exportQuote(const QString &path);

private:
    void requestPreview();
    void onPreviewed(quint64 request, const UpgradePreview &preview);
    void onQuoteWritten(quint64 request, const QString &path);
    void onFailed(quint64 request, const Error &error);
    QString html(const UpgradePreview &p) const;

    TenantService &m_service;
    QString m_id;
    QComboBox *m_tier = nullptr;
    QDateTimeEdit *m_effective = nullptr;
    QComboBox *m_policy = nullptr;
    QLineEdit *m_price = nullptr;
    MessageLabel *m_priceError = nullptr;
    QTextBrowser *m_details = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_apply = nullptr;
    UpgradePreview m_preview;
    quint64 m_request = 0;
    quint64 m_quoteRequest = 0;
};

} // namespace Tenancy::Ui
