// A tenant's Security tab on the offscreen platform over a real SQLite file: a field checked as
// it changes (the problem under it), conformance badges that follow the edits, undo, the "Try a
// password" box (meter and broken rules, nothing stored), and Apply through the diff dialog.
#include "TenantService.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "dialogs/ConfigDiffDialog.h"
#include "views/TenantConfigurationView.h"
#include "views/TenantSecurityView.h"
#include "widgets/SchemaForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_SecurityView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC)};

    struct Fixture
    {
        SqliteFile file;
        std::unique_ptr<TenantService> service;
        std::unique_ptr<Ui::TenantConfigurationView> configuration;
        std::unique_ptr<Ui::TenantSecurityView> security;
    };

    std::unique_ptr<Fixture> open(const QString &op = u"alice"_s)
    {
        auto f = std::make_unique<Fixture>();
        {
            auto m = openManager(f->file.url(), u"alice"_s, m_clock);
            if (!m
                || !m->create({u"acme"_s,
                               u"Acme"_s,
                               u"professional"_s,
                               u"it@acme.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}}))
                return {};
            if (op != u"alice"_s && !m->addOperator(op, OperatorRole::Sales))
                return {};
        }
        f->service = std::make_unique<TenantService>(catalog());
        QSignalSpy opened(f->service.get(), &TenantService::opened);
        f->service->open(f->file.url(), {}, op);
        if (!opened.wait(10000))
            return {};
        f->configuration = std::make_unique<Ui::TenantConfigurationView>(*f->service, u"acme"_s);
        f->security = std::make_unique<Ui::TenantSecurityView>(*f->service, *f->configuration);
        QSignalSpy loaded(f->configuration.get(), &Ui::TenantConfigurationView::loaded);
        f->configuration->refresh();
        if (!loaded.wait(10000))
            return {};
        f->security->resize(1000, 800);
        f->security->show();
        return f;
    }

    template<typename W>
    static W *field(Ui::TenantSecurityView &view, const QString &path)
    {
        auto *w = qobject_cast<W *>(view.form()->field(u"/configuration/security/"_s + path));
        if (!w)
            qFatal("no field %s", qPrintable(path));
        return w;
    }

    static QLabel *problem(Ui::TenantSecurityView &view, const QString &path)
    {
        return view.form()->findChild<QLabel *>(u"/configuration/security/"_s + path
                                                + u"#problem"_s);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formsShowThePolicies()
    {
        auto f = open();
        QVERIFY(f);
        Ui::TenantSecurityView &view = *f->security;
        QCOMPARE(field<QSpinBox>(view, u"password_policy/min_length"_s)->value(), 12);
        QVERIFY(field<QCheckBox>(view, u"mfa_config/adaptive_mfa"_s)->isChecked());
        QCOMPARE(field<QComboBox>(view, u"encryption/algorithm"_s)->currentText(),
                 u"AES-256-GCM"_s);
        QCOMPARE(field<QComboBox>(view, u"mfa_config/totp_digits"_s)->currentText(), u"6"_s);
        auto *methods = view.form()->field(u"/configuration/security/mfa_config/methods"_s);
        QVERIFY(methods->findChild<QCheckBox *>(u"sms"_s)->isChecked());
        // The professional tier does not require MFA: PCI DSS 8.4.2 fails.
        QVERIFY(view.badge(u"PCI_DSS"_s)->accessibleName().endsWith(u"fail"_s));
        QCOMPARE(view.badge(u"PCI_DSS"_s)->text(), u"PCI DSS ✗"_s);
        QVERIFY(view.badge(u"PCI_DSS"_s)->toolTip().contains(u"FAIL 8.4.2"_s));
        QVERIFY(!view.applyButton()->isEnabled());
        // Where each value comes from.
        const auto source = [&](const QString &path) {
            return view.form()
                ->findChild<QLabel *>(u"/configuration/security/"_s + path + u"#source"_s)
                ->text();
        };
        QCOMPARE(source(u"password_policy/min_length"_s), u"tier default"_s);
        QCOMPARE(source(u"mfa_config/required"_s), u"tier default"_s);
        // It fits beside the directory.
        QVERIFY2(view.minimumSizeHint().width() <= 620,
                 qPrintable(QString::number(view.minimumSizeHint().width())));
    }

    void editsAreCheckedAndUndoable()
    {
        auto f = open();
        QVERIFY(f);
        Ui::TenantSecurityView &view = *f->security;
        // Requiring MFA: PCI DSS passes now, before anything is applied.
        field<QCheckBox>(view, u"mfa_config/required"_s)->click();
        QCOMPARE(view.edits().size(), 1);
        QCOMPARE(view.form()
                     ->findChild<QLabel *>(u"/configuration/security/mfa_config/required#source"_s)
                     ->text(),
                 u"edited (not applied)"_s);
        QVERIFY2(!view.badge(u"PCI_DSS"_s)->accessibleName().endsWith(u"fail"_s),
                 qPrintable(view.badge(u"PCI_DSS"_s)->accessibleName()));
        QVERIFY(view.applyButton()->isEnabled());
        // A maximum below the minimum: the problem under the field, Apply refused.
        auto *max = field<QSpinBox>(view, u"password_policy/max_length"_s);
        max->setValue(10);
        QVERIFY(problem(view, u"password_policy/max_length"_s)->isVisible());
        QVERIFY2(problem(view, u"password_policy/max_length"_s)->text().contains(u"min_length"_s),
                 qPrintable(problem(view, u"password_policy/max_length"_s)->text()));
        QVERIFY(!view.applyButton()->isEnabled());
        // Undo puts it back, the problem goes.
        view.undoStack()->undo();
        QCOMPARE(max->value(), 128);
        QVERIFY(!problem(view, u"password_policy/max_length"_s)->isVisible());
        QVERIFY(view.applyButton()->isEnabled());
        view.undoStack()->undo();
        QVERIFY(view.edits().isEmpty());
        QVERIFY(!field<QCheckBox>(view, u"mfa_config/required"_s)->isChecked());
        view.undoStack()->redo();
        QVERIFY(field<QCheckBox>(view, u"mfa_config/required"_s)->isChecked());
        // A character count that disagrees with its flag is named at the count.
        field<QCheckBox>(view, u"password_policy/require_numbers"_s)->click();
        QVERIFY2(
            problem(view, u"password_policy/min_digits"_s)->text().contains(u"require_numbers"_s),
            qPrintable(problem(view, u"password_policy/min_digits"_s)->text()));
        field<QSpinBox>(view, u"password_policy/min_digits"_s)->setValue(0);
        QVERIFY(!problem(view, u"password_policy/min_digits"_s)->isVisible());
    }

    void triesAPassword()
    {
        auto f = open();
        QVERIFY(f);
        Ui::TenantSecurityView &view = *f->security;
        QLineEdit *password = view.passwordField();
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, u"Summer2024!"_s);
        QVERIFY(view.strengthMeter()->value() < 70);
        QStringList findings;
        for (int i = 0; i < view.passwordFindings()->count(); ++i)
            findings << view.passwordFindings()->item(i)->text();
        QVERIFY2(findings.join(u'\n').contains(u"at least 12 characters"_s),
                 qPrintable(findings.join(u'\n')));
        // The policy as edited applies at once: 10 characters are enough now.
        field<QSpinBox>(view, u"password_policy/min_length"_s)->setValue(10);
        findings.clear();
        for (int i = 0; i < view.passwordFindings()->count(); ++i)
            findings << view.passwordFindings()->item(i)->text();
        QVERIFY2(!findings.join(u'\n').contains(u"characters"_s), qPrintable(findings.join(u'\n')));
        password->clear();
        QTest::keyClicks(password, u"Quill-Harbor-73!vex"_s);
        QVERIFY(view.strengthMeter()->value() >= 70);
        QCOMPARE(view.passwordFindings()->item(0)->text(), u"✓ Satisfies the policy."_s);
        // Nothing of it reaches the database.
        QFile db(f->file.path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("Quill-Harbor-73!vex"));
    }

    void appliesThroughTheDiffDialog()
    {
        auto f = open();
        QVERIFY(f);
        Ui::TenantSecurityView &view = *f->security;
        field<QCheckBox>(view, u"mfa_config/required"_s)->click();
        bool shown = false;
        whenDialog<Ui::ConfigDiffDialog>(this, [&shown](Ui::ConfigDiffDialog *d) {
            shown = true;
            QCOMPARE(d->table()->rowCount(), 1);
            QCOMPARE(d->table()->item(0, 0)->text(),
                     u"configuration.security.mfa_config.required"_s);
            d->setReason(u"PCI DSS 8.4.2"_s);
            d->accept();
        });
        QSignalSpy changed(f->configuration.get(), &Ui::TenantConfigurationView::changed);
        view.applyButton()->click();
        QTRY_VERIFY(shown);
        QTRY_COMPARE(changed.count(), 1);
        QTRY_VERIFY(view.edits().isEmpty());
        QTRY_VERIFY(field<QCheckBox>(view, u"mfa_config/required"_s)->isChecked());
        auto m = openManager(f->file.url(), u"alice"_s, m_clock);
        auto state = m->configuration(u"acme"_s);
        QVERIFY(state);
        QCOMPARE(state->revision.revision, 1);
        QCOMPARE(state->revision.reason, u"PCI DSS 8.4.2"_s);
    }

    void readOnlyForSales()
    {
        auto f = open(u"sam"_s);
        QVERIFY(f);
        Ui::TenantSecurityView &view = *f->security;
        QVERIFY(!field<QSpinBox>(view, u"password_policy/min_length"_s)->isEnabled());
        QVERIFY(!view.applyButton()->isEnabled());
        // Trying a password is reading: allowed.
        QTest::keyClicks(view.passwordField(), u"abc"_s);
        QVERIFY(view.passwordFindings()->count() > 0);
    }
};

QTEST_MAIN(tst_SecurityView)
#include "tst_securityview.moc"
