#include "AuditExportDialog.h"

#include "audit/AuditKeys.h"
#include "compliance/Compliance.h"
#include "widgets/MessageLabel.h"
#include "widgets/OptionalDate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

AuditExportDialog::AuditExportDialog(TenantService &service, SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_secrets(secrets)
{
    setObjectName(u"auditExportDialog"_s);
    setWindowTitle(tr("Export Audit Report"));

    m_tenants = new QLineEdit;
    m_tenants->setObjectName(u"exportTenants"_s);
    m_tenants->setPlaceholderText(tr("every tenant (or: acme, globex)"));
    m_tenantsError = new MessageLabel(u"exportTenantsError"_s, m_tenants);

    m_from = optionalDateEdit(u"exportFrom"_s, tr("the beginning"));
    m_to = optionalDateEdit(u"exportTo"_s, tr("now"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to (inclusive)"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    period->addStretch(1);
    m_periodError = new MessageLabel(u"exportPeriodError"_s, m_to);

    auto *frameworks = new QGridLayout;
    auto compliance = TenantManager::complianceCatalog(m_service.catalog());
    if (compliance) {
        int i = 0;
        for (const ComplianceFramework &f : (*compliance)->frameworks()) {
            auto *box = new QCheckBox(f.id);
            box->setObjectName(u"framework_"_s + f.id);
            box->setToolTip(f.name);
            m_frameworks << box;
            frameworks->addWidget(box, i / 4, i % 4);
            ++i;
        }
    }
    auto *frameworksNote = new QLabel(tr("None ticked: every framework."));
    frameworksNote->setEnabled(false);
    frameworks->addWidget(frameworksNote, 2, 0, 1, 4);

    m_format = new QComboBox;
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("PDF report"), int(AuditReportFormat::Pdf));
    m_format->addItem(tr("CSV files (a folder)"), int(AuditReportFormat::Csv));
    m_format->addItem(tr("JSON, with the chain segment"), int(AuditReportFormat::Json));
    m_format->addItem(tr("Signed bundle for auditors (a folder)"), int(AuditReportFormat::Bundle));
    m_format->setCurrentIndex(3);

    m_output = new QLineEdit;
    m_output->setObjectName(u"exportOutput"_s);
    auto *browseButton = new QPushButton(tr("&Browse…"));
    auto *output = new QHBoxLayout;
    output->addWidget(m_output, 1);
    output->addWidget(browseButton);
    m_outputError = new MessageLabel(u"exportOutputError"_s, m_output);

    auto *form = new QFormLayout;
    form->addRow(tr("&Tenants:"), m_tenants);
    form->addRow(QString(), m_tenantsError);
    form->addRow(tr("&Period:"), period);
    form->addRow(QString(), m_periodError);
    form->addRow(tr("Frameworks:"), frameworks);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Save to:"), output);
    form->addRow(QString(), m_outputError);

    m_progress = new QProgressBar;
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->hide();
    m_message = new MessageLabel(u"exportMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const auto suggest = [this] {
        // A name for what the format writes, in the documents folder, until one is typed.
        if (m_output->isModified() && !m_output->text().isEmpty())
            return;
        const QString stem = u"audit-report-"_s + QDate::currentDate().toString(Qt::ISODate)
            + (currentFormat() == AuditReportFormat::Pdf        ? u".pdf"_s
                   : currentFormat() == AuditReportFormat::Json ? u".json"_s
                                                                : QString());
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_output->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(stem));
        m_output->setModified(false);
    };
    suggest();
    connect(m_format, &QComboBox::currentIndexChanged, this, suggest);
    connect(browseButton, &QPushButton::clicked, this, &AuditExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { start(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AuditExportDialog::reject);
    connect(m_tenants, &QLineEdit::textEdited, m_tenantsError, &MessageLabel::clearMessage);
    connect(m_output, &QLineEdit::textEdited, m_outputError, &MessageLabel::clearMessage);
    connect(m_to, &QDateEdit::dateChanged, m_periodError, &MessageLabel::clearMessage);
    connect(m_from, &QDateEdit::dateChanged, m_periodError, &MessageLabel::clearMessage);
    connect(&m_service, &TenantService::auditProgress, this, &AuditExportDialog::onProgress);
    connect(&m_service, &TenantService::auditExported, this, &AuditExportDialog::onExported);
    connect(&m_service, &TenantService::failed, this, &AuditExportDialog::onFailed);
    growToFit(this);
}

AuditExportDialog::~AuditExportDialog()
{
    if (m_request)
        m_service.cancelAudit();
}

void AuditExportDialog::setTenants(const QString &ids)
{
    m_tenants->setText(ids);
}

void AuditExportDialog::setOutput(const QString &path)
{
    m_output->setText(path);
    m_output->setModified(true);
}

void AuditExportDialog::setFormat(AuditReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

AuditReportFormat AuditExportDialog::currentFormat() const
{
    return AuditReportFormat(m_format->currentData().toInt());
}

void AuditExportDialog::browse()
{
    const AuditReportFormat format = currentFormat();
    QString path;
    if (format == AuditReportFormat::Pdf || format == AuditReportFormat::Json) {
        const bool pdf = format == AuditReportFormat::Pdf;
        path = QFileDialog::getSaveFileName(this, tr("Save Audit Report"), m_output->text(),
                                            pdf ? tr("PDF (*.pdf)") : tr("JSON (*.json)"));
    } else {
        // A folder that does not exist yet is made; an existing one must be empty.
        path = QFileDialog::getSaveFileName(this, tr("Save Audit Report Folder"), m_output->text(),
                                            QString(), nullptr, QFileDialog::ShowDirsOnly);
    }
    if (!path.isEmpty())
        setOutput(path);
}

std::optional<AuditReportScope> AuditExportDialog::scope()
{
    AuditReportScope scope;
    bool ok = true;
    static const QRegularExpression separators(u"[,\\s]+"_s);
    scope.tenants = m_tenants->text().split(separators, Qt::SkipEmptyParts);
    scope.tenants.removeDuplicates();
    if (const QDate from = optionalDate(m_from); from.isValid())
        scope.from = QDateTime(from, QTime(0, 0), Qt::UTC);
    if (const QDate to = optionalDate(m_to); to.isValid())
        scope.to = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC);
    if (scope.from.isValid() && scope.to.isValid() && scope.to <= scope.from) {
        m_periodError->showMessage(tr("The period ends before it starts."));
        ok = false;
    }
    for (QCheckBox *box : m_frameworks) {
        if (box->isChecked())
            scope.frameworks << box->text();
    }
    if (m_output->text().trimmed().isEmpty()) {
        m_outputError->showMessage(tr("Say where the report goes."));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return scope;
}

bool AuditExportDialog::start()
{
    if (m_running)
        return false;
    m_message->clearMessage();
    auto chosen = scope();
    if (!chosen)
        return false;
    m_result.reset();
    m_writtenTo.clear();
    setRunning(true);
    m_progress->setRange(0, 0);
    m_message->showMessage(tr("Reading the keys from the keychain…"), MessageLabel::Tone::Info);
    withKeys(*chosen, currentFormat(), QDir::cleanPath(m_output->text().trimmed()));
    return true;
}

void AuditExportDialog::withKeys(const AuditReportScope &scope, AuditReportFormat format,
                                 const QString &out)
{
    // The seal needs the audit key, a bundle the signing key too; both may be made here (first
    // use on this machine). The keychain answers later, on this thread.
    const quint64 attempt = ++m_attempt;
    QPointer<AuditExportDialog> self(this);
    const DatabaseUrl url = m_service.url();
    const auto failed = [self](const Error &error) {
        self->setRunning(false);
        self->m_message->showMessage(
            tr("The keychain did not give the audit key: %1").arg(error.message));
    };
    AuditKeys::obtain(m_secrets, url, true, [=](Result<QByteArray> key) {
        if (!self || attempt != self->m_attempt || self->m_cancelling)
            return;
        if (!key)
            return failed(key.error());
        const auto run = [=](const QByteArray &seed) {
            self->m_message->showMessage(tr("Exporting…"), MessageLabel::Tone::Info);
            self->m_request = self->m_service.exportAudit(scope, format, out, *key, seed);
            self->m_writtenTo = out;
        };
        if (format != AuditReportFormat::Bundle)
            return run({});
        AuditKeys::obtainSigningKey(self->m_secrets, url, true, [=](Result<QByteArray> seed) {
            if (!self || attempt != self->m_attempt || self->m_cancelling)
                return;
            if (!seed)
                return failed(seed.error());
            run(*seed);
        });
    });
}

void AuditExportDialog::onProgress(quint64 request, qint64 done, qint64 total)
{
    if (request != m_request || request == 0)
        return;
    // Scaled to int: a million entries times three files does not fit QProgressBar's range.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void AuditExportDialog::onExported(quint64 request, const AuditReportExport &exported)
{
    if (request != m_request || request == 0)
        return;
    m_request = 0;
    m_result = exported;
    setRunning(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_message->showMessage(tr("Wrote %1: %2 tenants, %n audit entries, sealed at entry %3.",
                              nullptr, int(exported.entries))
                               .arg(QDir::toNativeSeparators(m_writtenTo))
                               .arg(exported.tenants)
                               .arg(exported.seal.seq),
                           MessageLabel::Tone::Success);
    accept();
}

void AuditExportDialog::onFailed(quint64 request, const Error &error)
{
    if (request != m_request || request == 0)
        return;
    m_request = 0;
    setRunning(false);
    m_progress->hide();
    if (m_cancelling) {
        m_cancelling = false;
        m_message->showMessage(tr("Export cancelled; nothing was written."),
                               MessageLabel::Tone::Info);
        return;
    }
    // Next to the field it is about, when it is about one.
    MessageLabel *next = error.field == u"tenant"_s          ? m_tenantsError
        : error.field == u"to"_s || error.field == u"from"_s ? m_periodError
        : error.field == u"out"_s                            ? m_outputError
                                                             : m_message;
    if (next == m_message) {
        m_message->showMessage(tr("Nothing was exported: %1").arg(error.message));
    } else {
        next->showMessage(error.message);
        m_message->showMessage(tr("Nothing was exported."), MessageLabel::Tone::Info);
    }
}

void AuditExportDialog::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_exportButton->setEnabled(!running);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_tenants, m_from, m_to, m_format, m_output})
        w->setEnabled(!running);
    for (QCheckBox *box : m_frameworks)
        box->setEnabled(!running);
}

void AuditExportDialog::reject()
{
    if (m_running) {
        // Stop first; the worker removes what it had begun, then answers failed(Cancelled).
        m_cancelling = true;
        m_message->showMessage(tr("Cancelling…"), MessageLabel::Tone::Info);
        if (m_request) {
            m_service.cancelAudit();
        } else {
            // Still waiting for the keychain: nothing started.
            ++m_attempt;
            m_cancelling = false;
            setRunning(false);
            m_message->showMessage(tr("Export cancelled; nothing was written."),
                                   MessageLabel::Tone::Info);
        }
        return;
    }
    QDialog::reject();
}

} // namespace Tenancy::Ui
