// The Audit Log view and the export dialog on the offscreen platform, over a real SQLite file
// and the real Secret Service (the audit keys live there): filters, an entry's before/after,
// "Verify Log" before and after the file is tampered with, exports (and their refusals), and
// cancelling one.
#include "TenantManager.h"
#include "TenantService.h"
#include "TestSupport.h"
#include "audit/AuditChain.h"
#include "dialogs/AuditExportDialog.h"
#include "security/SecretStore.h"
#include "store/AuditLog.h"
#include "views/AuditView.h"
#include "widgets/MessageLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_AuditView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime::currentDateTimeUtc()};

    // acme and globex, acme's MFA required with a reason, and a compliance officer.
    bool seed(const SqliteFile &file)
    {
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        if (!m)
            return false;
        QString error;
        if (!createActive(*m, u"acme"_s, u"professional"_s, &error)
            || !createActive(*m, u"globex"_s, u"free"_s, &error)) {
            qWarning() << error;
            return false;
        }
        ConfigChangeRequest change;
        change.tenantId = u"acme"_s;
        change.set = {{u"configuration.security.mfa_config.required"_s, true}};
        change.reason = u"ticket SUP-7: HIPAA 164.312(d)"_s;
        auto applied = m->applyConfiguration(change);
        if (!applied) {
            qWarning() << applied.error().message;
            return false;
        }
        return bool(m->addOperator(u"carol"_s, OperatorRole::Compliance))
            && bool(m->addOperator(u"ann"_s, OperatorRole::Auditor));
    }

    static QStringList column(QTreeWidget *tree, int c)
    {
        QStringList values;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            values << tree->topLevelItem(i)->text(c);
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        TENANCY_REQUIRE_SERVICE(qEnvironmentVariable("TENANCY_TEST_KEYRING") == u"1"_s,
                                "the Secret Service");
    }

    void filtersAndDetail()
    {
        SqliteFile file;
        QVERIFY(seed(file));
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"alice"_s));
        KeychainSecretStore secrets(u"tenancy-console-test"_s);
        Ui::AuditView view(service, secrets);
        view.resize(1200, 700);
        view.show();
        QTRY_VERIFY(!view.isLoading() && view.entries()->topLevelItemCount() > 0);
        const QStringList all = column(view.entries(), 3);
        QVERIFY2(all.contains(u"configuration.apply"_s) && all.contains(u"operator.add"_s),
                 qPrintable(all.join(u", "_s)));
        // Newest first: the sequence numbers go down.
        const QStringList seqs = column(view.entries(), 0);
        QVERIFY(seqs.first().toInt() > seqs.last().toInt());

        // By tenant (typed, applied after a pause).
        view.tenantFilter()->setText(u"globex"_s);
        QTRY_VERIFY(!view.isLoading() && column(view.entries(), 4).contains(u"globex"_s)
                    && !column(view.entries(), 4).contains(u"acme"_s));
        // By action prefix, chosen from the list.
        view.tenantFilter()->setText(u"acme"_s);
        view.actionFilter()->setCurrentIndex(view.actionFilter()->findData(u"configuration."_s));
        QTRY_COMPARE(column(view.entries(), 3), QStringList {u"configuration.apply"_s});
        // By text in the reason.
        view.actionFilter()->setCurrentIndex(0);
        view.textFilter()->setText(u"sup-7"_s);
        QTRY_COMPARE(view.entries()->topLevelItemCount(), 1);
        QCOMPARE(view.entries()->topLevelItem(0)->text(5),
                 u"configuration.security.mfa_config.required"_s);
        // Nothing matching says so.
        view.operatorFilter()->setText(u"nobody"_s);
        QTRY_COMPARE(view.entries()->topLevelItemCount(), 0);
        view.operatorFilter()->clear();
        QTRY_COMPARE(view.entries()->topLevelItemCount(), 1);
        // By date: from tomorrow nothing, up to today (inclusive) the entry again.
        const QDate today = m_clock.now().date();
        view.fromFilter()->setDate(today.addDays(1));
        QTRY_COMPARE(view.entries()->topLevelItemCount(), 0);
        view.fromFilter()->setDate(view.fromFilter()->minimumDate()); // "any date"
        view.toFilter()->setDate(today.addDays(-1));
        QTRY_COMPARE(view.entries()->topLevelItemCount(), 0);
        view.toFilter()->setDate(today);
        QTRY_COMPARE(view.entries()->topLevelItemCount(), 1);

        // The entry whole, with what it changed before and after.
        view.entries()->setCurrentItem(view.entries()->topLevelItem(0));
        const QString detail = view.detail()->toPlainText();
        for (const QString &needle :
             {u"configuration.apply"_s, u"ticket SUP-7: HIPAA 164.312(d)"_s, u"alice (admin)"_s,
              u"values.configuration.security.mfa_config.required"_s, u"false"_s, u"true"_s})
            QVERIFY2(detail.contains(needle), qPrintable(needle + u" not in:\n"_s + detail));
    }

    void verifyBanner()
    {
        SqliteFile file;
        QVERIFY(seed(file));
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"ann"_s)); // an auditor reads and verifies
        KeychainSecretStore secrets(u"tenancy-console-test"_s);
        Ui::AuditView view(service, secrets);
        view.show();
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(view.verifyButton()->isEnabled());
        QVERIFY(!view.exportButton()->isEnabled()); // but do not export
        QVERIFY(view.exportButton()->toolTip().contains(u"compliance"_s));

        QTest::mouseClick(view.verifyButton(), Qt::LeftButton);
        QTRY_VERIFY(!view.isVerifying());
        QCOMPARE(view.banner()->tone(), Ui::MessageLabel::Tone::Success);
        QVERIFY2(view.banner()->text().startsWith(u"Intact: "_s),
                 qPrintable(view.banner()->text()));
        QVERIFY(view.verifyButton()->isEnabled());

        // Edited behind the product's back (the append-only guard dropped by hand).
        {
            auto raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            raw.setDatabaseName(file.path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"DROP TRIGGER audit_entries_no_update"_s));
            QVERIFY(q.exec(u"UPDATE audit_entries SET reason = 'nothing to see' "
                           "WHERE action = 'configuration.apply'"_s));
            QVERIFY(
                q.exec(u"SELECT seq FROM audit_entries WHERE action = 'configuration.apply'"_s));
            QVERIFY(q.next());
            const qint64 seq = q.value(0).toLongLong();
            q.finish();
            raw.close();
            raw = {};
            QSqlDatabase::removeDatabase(u"tamper"_s);

            QTest::mouseClick(view.verifyButton(), Qt::LeftButton);
            QTRY_VERIFY(!view.isVerifying());
            QCOMPARE(view.banner()->tone(), Ui::MessageLabel::Tone::Error);
            QVERIFY2(
                view.banner()->text().startsWith(u"Damaged at entry %1 (edited entry)"_s.arg(seq)),
                qPrintable(view.banner()->text()));
        }
    }

    void exportDialog()
    {
        SqliteFile file;
        QVERIFY(seed(file));
        TenantService service(catalog());
        QVERIFY(openService(service, file.url(), u"carol"_s)); // compliance
        KeychainSecretStore secrets(u"tenancy-console-test"_s);
        QTemporaryDir out;

        Ui::AuditExportDialog dialog(service, secrets);
        dialog.show();
        QCOMPARE(dialog.frameworks().size(), 7);
        // An unknown tenant: said next to the field, nothing written.
        dialog.setTenants(u"acme, nosuch"_s);
        dialog.setFormat(AuditReportFormat::Pdf);
        dialog.setOutput(out.filePath(u"q3.pdf"_s));
        QVERIFY(dialog.start());
        QTRY_VERIFY(!dialog.isRunning());
        auto *tenantsError = dialog.findChild<Ui::MessageLabel *>(u"exportTenantsError"_s);
        QVERIFY(tenantsError && tenantsError->isVisible());
        QVERIFY2(tenantsError->text().contains(u"nosuch"_s), qPrintable(tenantsError->text()));
        QVERIFY(!QFileInfo::exists(out.filePath(u"q3.pdf"_s)));
        // No place to write: refused before anything starts.
        dialog.setTenants(u"acme"_s);
        dialog.output()->clear();
        QVERIFY(!dialog.start());
        QVERIFY(dialog.findChild<Ui::MessageLabel *>(u"exportOutputError"_s)->isVisible());

        // A PDF for acme and HIPAA.
        dialog.setOutput(out.filePath(u"q3.pdf"_s));
        for (QCheckBox *box : dialog.frameworks())
            box->setChecked(box->text() == u"HIPAA"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QVERIFY(dialog.start());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QTRY_COMPARE(accepted.count(), 1);
        QVERIFY(dialog.exported());
        QCOMPARE(dialog.exported()->tenants, 1);
        QVERIFY(QFileInfo(out.filePath(u"q3.pdf"_s)).size() > 1000);
        QVERIFY(dialog.message()->text().contains(u"q3.pdf"_s));

        // Cancelled right after it was asked for: it stops, or had already finished (the
        // export is quick here); either way the output is whole or absent, never half.
        QSignalSpy failed(&service, &TenantService::failed);
        QSignalSpy exported(&service, &TenantService::auditExported);
        const QString cancelled = out.filePath(u"cancelled"_s);
        const quint64 request = service.exportAudit({}, AuditReportFormat::Csv, cancelled,
                                                    AuditChain::randomBytes(32), {});
        service.cancelAudit();
        const auto answered = [&](const QSignalSpy &spy) {
            return std::any_of(spy.cbegin(), spy.cend(), [&](const QList<QVariant> &args) {
                return args.at(0).toULongLong() == request;
            });
        };
        QTRY_VERIFY(answered(failed) || answered(exported));
        if (answered(exported)) {
            QCOMPARE(QDir(cancelled).entryList(QDir::Files),
                     (QStringList {u"audit-entries.csv"_s, u"controls.csv"_s}));
        } else {
            QVERIFY(!QFileInfo::exists(cancelled));
            QCOMPARE(
                QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                QStringList {u"q3.pdf"_s});
        }
    }

    // Stopped when it first asks, or half-way through its entries, an export of any format
    // leaves nothing behind and records nothing.
    void exportsStopWithoutTrace_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("stopAt"); // progress calls answered "go on"
        for (const auto &[format, name] : {std::pair {AuditReportFormat::Pdf, u"r.pdf"_s},
                                           std::pair {AuditReportFormat::Json, u"r.json"_s},
                                           std::pair {AuditReportFormat::Csv, u"r"_s},
                                           std::pair {AuditReportFormat::Bundle, u"b"_s}}) {
            for (int stopAt : {0, 1}) {
                QTest::addRow("%s, stopped at call %d", qPrintable(auditReportFormatId(format)),
                              stopAt)
                    << int(format) << name << stopAt;
            }
        }
    }

    void exportsStopWithoutTrace()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(int, stopAt);
        SqliteFile file;
        QVERIFY(seed(file));
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QVERIFY(m);
        // Enough entries for every writer to ask more than once.
        auto written = m->database().write([&]() -> Result<void> {
            AuditLog log(m->database());
            for (int i = 0; i < 9000; ++i) {
                AuditEntry e;
                e.at = m_clock.now();
                e.operatorName = u"alice"_s;
                e.role = u"admin"_s;
                e.action = u"configuration.apply"_s;
                e.tenantId = u"acme"_s;
                e.reason = u"entry %1"_s.arg(i);
                if (auto r = log.append(e); !r)
                    return r;
            }
            return {};
        });
        QVERIFY(written);
        const qint64 head = m->auditEntries({})->constFirst().seq;
        QTemporaryDir dir;
        int calls = 0;
        auto stopped = m->exportAuditReport(
            {}, AuditReportFormat(format), dir.filePath(name), AuditChain::randomBytes(32),
            AuditChain::randomBytes(32), [&](qint64, qint64) { return calls++ < stopAt; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, stopAt + 1); // it asked, and stopped when told
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QCOMPARE(m->auditEntries({})->constFirst().seq, head); // no audit.export entry
    }
};

QTEST_MAIN(tst_AuditView)
#include "tst_auditview.moc"
