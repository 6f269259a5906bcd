#pragma once

#include "UsageViews.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Tenancy {

// A quote a customer can read, from an upgrade preview: company-neutral, the numbers (limits,
// features, price, proration lines, what is due now and on the next invoice, the rounding
// rule) and how long it is valid. Written as PDF with QPdfWriter (QtGui: needs a
// QGuiApplication, which may run on the offscreen platform).
class QuoteDocument
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::QuoteDocument)

public:
    static constexpr int validDays = 30;

    // A limit of the configuration for people ("max_users" -> "Users"), its value ("10,000",
    // "100 GB", "unlimited") and a usage of it ("6", "743 MB"); shared with the console's
    // preview.
    static QString limitLabel(const QString &name);
    static QString limitText(const QString &name, const Limit &limit);
    static QString usageText(const QString &name, double value);

    // The quote's reference: Q-<tenant>-<UTC yyyyMMdd-HHmm of generatedAt>.
    static QString reference(const UpgradePreview &preview);
    // The quote as HTML (what the PDF lays out).
    static QString html(const UpgradePreview &preview, const QString &preparedBy);
    // Writes the PDF to path whole or not at all (a temporary file renamed into place).
    static Result<void> writePdf(const UpgradePreview &preview, const QString &preparedBy,
                                 const QString &path);
};

} // namespace Tenancy
