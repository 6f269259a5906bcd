// The new-tenant dialog on the offscreen platform over a real SQLite file: errors appear under
// the field as the user types (with the core's own rules), Create waits for a valid form, the
// tier picker shows what a tier includes, and the core's answer on Create (a duplicate id, a
// missing permission) lands next to its field without losing what was typed.
#include "TenantService.h"
#include "TestSupport.h"
#include "dialogs/NewTenantDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_NewTenantDialog : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC)};

    // A service opened on file as operatorName.
    static bool open(TenantService &service, const SqliteFile &file,
                     const QString &operatorName = u"alice"_s)
    {
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, operatorName);
        return opened.wait(10000);
    }

    template<typename T>
    static T *child(const QWidget &parent, const QString &name)
    {
        auto *found = parent.findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    // Types text as key presses (QTest::keyClicks takes Latin-1 only).
    static void keyClicks(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    // Types lines into a text edit, Return between them.
    static void typeLines(QPlainTextEdit *edit, const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            keyClicks(edit, lines.at(i));
        }
    }

    static void type(QLineEdit *field, const QString &text)
    {
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        keyClicks(field, text);
    }

    // Fills a valid form.
    static void fill(Ui::NewTenantDialog &dialog, const QString &id)
    {
        type(child<QLineEdit>(dialog, u"nameField"_s), u"Acme Health"_s);
        type(child<QLineEdit>(dialog, u"idField"_s), id);
        type(child<QLineEdit>(dialog, u"ownerField"_s), u"ops@acme.example"_s);
    }

    // Item models of the dialog, checked while the test runs.
    struct Testers
    {
        explicit Testers(const Ui::NewTenantDialog &dialog)
        {
            for (const QString &name : {u"tierCombo"_s, u"regionCombo"_s, u"industryCombo"_s})
                add(child<QComboBox>(dialog, name)->model());
            add(child<QListWidget>(dialog, u"complianceList"_s)->model());
        }
        void add(QAbstractItemModel *model)
        {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    };

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void badIdShowsItsError_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uppercase and space") << u"Acme Corp"_s << u"lowercase"_s;
        QTest::newRow("leading dash") << u"-acme"_s << u"start and end"_s;
        QTest::newRow("underscore") << u"acme_corp"_s << u"a-z, 0-9"_s;
        QTest::newRow("too long") << QString(64, u'a') << u"at most 63"_s;
    }

    void badIdShowsItsError()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        Testers testers(dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *idError = child<QLabel>(dialog, u"idError"_s);
        auto *create = child<QPushButton>(dialog, u"createButton"_s);
        // An untouched form shows no errors, and cannot be created.
        for (const QString &field : {u"id"_s, u"name"_s, u"owner_email"_s, u"tier"_s, u"region"_s,
                                     u"industry"_s, u"compliance"_s})
            QVERIFY2(!child<QLabel>(dialog, field + u"Error"_s)->isVisible(), qPrintable(field));
        QVERIFY(!create->isEnabled());

        type(child<QLineEdit>(dialog, u"nameField"_s), u"Acme Corp"_s);
        type(child<QLineEdit>(dialog, u"ownerField"_s), u"ops@acme.example"_s);
        auto *idField = child<QLineEdit>(dialog, u"idField"_s);
        type(idField, id);
        QVERIFY(idError->isVisible());
        QVERIFY2(idError->text().contains(expected), qPrintable(idError->text()));
        QVERIFY(!create->isEnabled());
        QCOMPARE(idField->accessibleDescription(), idError->text());

        // Fixed, and with the rest valid, it can be created.
        type(idField, u"acme-corp"_s);
        QVERIFY(!idError->isVisible());
        QVERIFY(create->isEnabled());
    }

    void createNeedsEveryField()
    {
        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *create = child<QPushButton>(dialog, u"createButton"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"idField"_s), u"acme-corp"_s);
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, u"nameField"_s), u"Acme Corp"_s);
        QVERIFY(!create->isEnabled());
        // The owner's error is shown at once, on the first keystroke.
        auto *owner = child<QLineEdit>(dialog, u"ownerField"_s);
        auto *ownerError = child<QLabel>(dialog, u"owner_emailError"_s);
        QTest::keyClick(owner, Qt::Key_O);
        QVERIFY(ownerError->isVisible());
        QVERIFY2(ownerError->text().contains(u"not an e-mail address"_s),
                 qPrintable(ownerError->text()));
        QTest::keyClicks(owner, u"ps@acme"_s);
        QVERIFY2(ownerError->text().contains(u"not valid"_s), qPrintable(ownerError->text()));
        QVERIFY(!create->isEnabled());
        QTest::keyClicks(owner, u".example"_s);
        QVERIFY(!ownerError->isVisible());
        QVERIFY(create->isEnabled());
        // Emptying the name again: its error shows, Create is off again.
        type(child<QLineEdit>(dialog, u"nameField"_s), QString());
        QVERIFY(child<QLabel>(dialog, u"nameError"_s)->isVisible());
        QVERIFY(!create->isEnabled());
    }

    void suggestsAnIdFromTheName()
    {
        QCOMPARE(Ui::NewTenantDialog::suggestId(u"Café Zürich GmbH"_s), u"cafe-zurich-gmbh"_s);
        QCOMPARE(Ui::NewTenantDialog::suggestId(u"  --ACME  Corp. (EU) "_s), u"acme-corp-eu"_s);
        QCOMPARE(Ui::NewTenantDialog::suggestId(u"!!!"_s), QString());
        QCOMPARE(Ui::NewTenantDialog::suggestId(QString(40, u'a') + u' ' + QString(40, u'b')),
                 QString(40, u'a') + u'-' + QString(22, u'b'));

        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        auto *name = child<QLineEdit>(dialog, u"nameField"_s);
        auto *id = child<QLineEdit>(dialog, u"idField"_s);
        keyClicks(name, u"Café Zürich"_s);
        QCOMPARE(id->text(), u"cafe-zurich"_s);
        QVERIFY(!child<QLabel>(dialog, u"idError"_s)->isVisible());
        // Once the user types an id, the name no longer changes it.
        type(id, u"zurich"_s);
        QTest::keyClicks(name, u" AG"_s);
        QCOMPARE(id->text(), u"zurich"_s);
        // Emptied, it follows the name again.
        type(id, QString());
        QTest::keyClicks(name, u"!"_s);
        QCOMPARE(id->text(), u"cafe-zurich-ag"_s);
    }

    void tierPickerShowsLimitsAndPrice()
    {
        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        auto *tier = child<QComboBox>(dialog, u"tierCombo"_s);
        QCOMPARE(tier->count(), 4);
        QCOMPARE(tier->itemText(1), u"Professional"_s);
        tier->setCurrentIndex(tier->findData(u"professional"_s));
        const auto value = [&](const QString &name) {
            return child<QLabel>(dialog, name)->text();
        };
        QCOMPARE(value(u"tierUsers"_s), u"100"_s);
        QCOMPARE(value(u"tierStorage"_s), u"100 GB"_s);
        QVERIFY2(value(u"tierPrice"_s).contains(u"299.00 USD"_s),
                 qPrintable(value(u"tierPrice"_s)));
        QVERIFY(value(u"tierApiRate"_s).contains(u"10,000"_s));
        QCOMPARE(value(u"tierSla"_s), u"99.5%"_s);
        QCOMPARE(child<QWidget>(dialog, u"tierSummary"_s)->property("title").toString(),
                 u"Professional tier"_s);
        tier->setCurrentIndex(tier->findData(u"enterprise"_s));
        QCOMPARE(value(u"tierUsers"_s), u"10,000"_s);
        QCOMPARE(value(u"tierAiSessions"_s), u"Unlimited"_s);
        QCOMPARE(value(u"tierStorage"_s), u"10 TB"_s);
        tier->setCurrentIndex(tier->findData(u"custom"_s));
        QCOMPARE(value(u"tierUsers"_s), u"Unlimited"_s);
        QVERIFY(!value(u"tierPrice"_s).contains(u"USD"_s));

        // The region starts at the catalog's default; no industry is chosen.
        auto *region = child<QComboBox>(dialog, u"regionCombo"_s);
        QCOMPARE(region->currentData().toString(), catalog()->defaultRegion());
        QVERIFY(region->currentText().contains(catalog()->defaultRegion()));
        QCOMPARE(child<QComboBox>(dialog, u"industryCombo"_s)->currentData().toString(), QString());
    }

    void duplicateIdIsShownNextToTheId()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QVERIFY(m->create({u"acme"_s,
                               u"Acme Old"_s,
                               u"free"_s,
                               u"old@acme.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}}));
        }
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        fill(dialog, u"acme"_s);
        auto *create = child<QPushButton>(dialog, u"createButton"_s);
        QVERIFY(create->isEnabled());
        QSignalSpy created(&dialog, &Ui::NewTenantDialog::created);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(!child<QLineEdit>(dialog, u"idField"_s)->isEnabled()); // busy

        auto *idError = child<QLabel>(dialog, u"idError"_s);
        QTRY_VERIFY(idError->isVisible());
        QVERIFY2(idError->text().contains(u"already exists"_s), qPrintable(idError->text()));
        QVERIFY(!child<QLabel>(dialog, u"generalError"_s)->isVisible());
        QCOMPARE(created.count(), 0);
        QVERIFY(dialog.isVisible());
        // Everything typed is still there, and the form can be changed again.
        auto *id = child<QLineEdit>(dialog, u"idField"_s);
        QVERIFY(id->isEnabled());
        QCOMPARE(id->text(), u"acme"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"nameField"_s)->text(), u"Acme Health"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"ownerField"_s)->text(), u"ops@acme.example"_s);
        QVERIFY(!create->isEnabled()); // until the id changes
        QTest::keyClicks(id, u"-health"_s);
        QVERIFY(!idError->isVisible());
        QVERIFY(create->isEnabled());
    }

    void createsTheTenant()
    {
        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        Testers testers(dialog);
        dialog.show();
        fill(dialog, u"acme-health"_s);
        auto *tier = child<QComboBox>(dialog, u"tierCombo"_s);
        tier->setCurrentIndex(tier->findData(u"professional"_s));
        auto *region = child<QComboBox>(dialog, u"regionCombo"_s);
        region->setCurrentIndex(region->findData(u"eu-central-1"_s));
        auto *industry = child<QComboBox>(dialog, u"industryCombo"_s);
        industry->setCurrentIndex(1);
        const QString industryId = industry->currentData().toString();
        auto *compliance = child<QListWidget>(dialog, u"complianceList"_s);
        for (int i = 0; i < compliance->count(); ++i) {
            const QString id = compliance->item(i)->data(Qt::UserRole).toString();
            if (id == u"GDPR"_s || id == u"SOC2"_s)
                compliance->item(i)->setCheckState(Qt::Checked);
        }
        QCOMPARE(compliance->item(3)->text(), catalog()->frameworks().at(3).displayName);

        Tenant tenant;
        connect(&dialog, &Ui::NewTenantDialog::created, this, [&](const Tenant &t) { tenant = t; });
        QTest::mouseClick(child<QPushButton>(dialog, u"createButton"_s), Qt::LeftButton);
        // While the worker creates it, the dialog cannot be dismissed as if nothing happened.
        QVERIFY(!child<QPushButton>(dialog, u"cancelButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"createButton"_s)->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
        QTRY_COMPARE(tenant.id, u"acme-health"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(tenant.name, u"Acme Health"_s);
        QCOMPARE(tenant.tier, u"professional"_s);
        QCOMPARE(tenant.region, u"eu-central-1"_s);
        QCOMPARE(tenant.industry, industryId);
        QCOMPARE(tenant.compliance, QStringList({u"GDPR"_s, u"SOC2"_s}));

        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QVERIFY(m);
        auto stored = m->show(u"acme-health"_s);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        QCOMPARE(stored->ownerEmail, u"ops@acme.example"_s);
        QCOMPARE(stored->updatedBy, u"alice"_s);
    }

    void salesOperatorIsRefused()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QVERIFY(m->addOperator(u"bob"_s, OperatorRole::Sales));
        }
        TenantService service(catalog());
        QVERIFY(open(service, file, u"bob"_s));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        fill(dialog, u"acme"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"createButton"_s), Qt::LeftButton);
        auto *general = child<QLabel>(dialog, u"generalError"_s);
        QTRY_VERIFY(general->isVisible());
        QVERIFY2(general->text().contains(u"bob"_s) && general->text().contains(u"sales"_s),
                 qPrintable(general->text()));
        QVERIFY(!child<QLabel>(dialog, u"idError"_s)->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"idField"_s)->text(), u"acme"_s);
        QVERIFY(child<QLineEdit>(dialog, u"idField"_s)->isEnabled());
        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QVERIFY(m);
        QCOMPARE(m->show(u"acme"_s).error().code, ErrorCode::NotFound);
    }

    void createsFromATemplateWithOverrides()
    {
        SqliteFile file;
        {
            // An operator's template: the shipped professional one without single sign-on.
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            auto shipped = m->findTemplate(u"professional_init"_s);
            QVERIFY(shipped);
            QString text = shipped->text;
            const QString sso = u",\n        \"sso\""_s;
            QVERIFY(text.contains(sso));
            text.remove(sso);
            auto saved = m->saveTemplate(u"acme_pro"_s, text, u"no single sign-on"_s);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        }
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        Testers testers(dialog);
        auto *templates = child<QComboBox>(dialog, u"templateCombo"_s);
        testers.add(templates->model());
        dialog.show();
        fill(dialog, u"acme-health"_s);
        auto *tier = child<QComboBox>(dialog, u"tierCombo"_s);
        tier->setCurrentIndex(tier->findData(u"professional"_s));
        QCOMPARE(templates->itemText(0), u"The tier's own (professional_init)"_s);
        // The saved template joins the list once the worker has read it.
        QTRY_VERIFY(templates->findData(u"acme_pro@1"_s) > 0);
        templates->setCurrentIndex(templates->findData(u"acme_pro@1"_s));
        auto *overrides = child<QPlainTextEdit>(dialog, u"overridesEdit"_s);
        overrides->setFocus();
        typeLines(overrides,
                  u"# the pilot team\nlimits.max_users=50\nsecurity.mfa_config.required=true"_s);
        auto *create = child<QPushButton>(dialog, u"createButton"_s);
        QVERIFY(!child<QLabel>(dialog, u"overridesError"_s)->isVisible());
        QVERIFY(create->isEnabled());
        QSignalSpy created(&dialog, &Ui::NewTenantDialog::created);
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(created.count(), 1);

        auto m = openManager(file.url(), u"alice"_s, m_clock);
        QVERIFY(m);
        auto state = m->configuration(u"acme-health"_s);
        QVERIFY2(state, qPrintable(state ? QString() : state.error().message));
        QCOMPARE(state->revision.revision, 1);
        QCOMPARE(state->revision.templateName, u"acme_pro"_s);
        QCOMPARE(state->revision.templateVersion, u"1"_s);
        const QJsonObject configuration = state->document.value(u"configuration"_s).toObject();
        QCOMPARE(configuration.value(u"limits"_s).toObject().value(u"max_users"_s).toInt(), 50);
        QCOMPARE(configuration.value(u"security"_s)
                     .toObject()
                     .value(u"mfa_config"_s)
                     .toObject()
                     .value(u"required"_s),
                 QJsonValue(true));
        const QJsonArray features
            = configuration.value(u"features"_s).toObject().value(u"enabled"_s).toArray();
        QVERIFY(features.contains(u"advanced_ai"_s));
        QVERIFY(!features.contains(u"sso"_s));
        bool overridden = false;
        for (const ProvenanceEntry &p : m->provenanceOf(*state)) {
            if (p.pointer == u"/configuration/limits/max_users"_s)
                overridden = p.layer == ConfigLayer::TenantOverride;
        }
        QVERIFY(overridden);
    }

    void overrideProblemsNameTheLine()
    {
        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        fill(dialog, u"acme"_s);
        auto *tier = child<QComboBox>(dialog, u"tierCombo"_s);
        tier->setCurrentIndex(tier->findData(u"professional"_s));
        auto *overrides = child<QPlainTextEdit>(dialog, u"overridesEdit"_s);
        auto *error = child<QLabel>(dialog, u"overridesError"_s);
        auto *create = child<QPushButton>(dialog, u"createButton"_s);
        const auto retype = [&](const QString &text) {
            overrides->setFocus();
            overrides->selectAll();
            QTest::keyClick(overrides, Qt::Key_Backspace);
            typeLines(overrides, text);
        };

        retype(u"features.enabled=[\"advanced_ai\"]\nlimits.max_user=50"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Line 2"_s)
                     && error->text().contains(u"did you mean \"limits.max_users\"?"_s),
                 qPrintable(error->text()));
        QVERIFY(!create->isEnabled());

        retype(u"limits.max_users=\"many\""_s);
        QVERIFY2(error->text().contains(u"Line 1"_s)
                     && error->text().contains(u"configuration.limits.max_users"_s),
                 qPrintable(error->text()));
        QVERIFY(!create->isEnabled());

        retype(u"limits.max_users=5000"_s); // above the professional tier's 100
        QVERIFY2(error->text().contains(u"only the custom tier"_s), qPrintable(error->text()));
        QVERIFY(!create->isEnabled());
        // Moving to the custom tier makes the same line acceptable.
        tier->setCurrentIndex(tier->findData(u"custom"_s));
        QVERIFY(!error->isVisible());
        QVERIFY(create->isEnabled());
        tier->setCurrentIndex(tier->findData(u"professional"_s));
        QVERIFY(!create->isEnabled());
        retype(u"limits.max_users=50"_s);
        QVERIFY(!error->isVisible());
        QVERIFY(create->isEnabled());
    }

    void undoAndBlameFollowTheOverrides()
    {
        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        fill(dialog, u"acme"_s);
        auto *overrides = child<QPlainTextEdit>(dialog, u"overridesEdit"_s);
        auto *overridesError = child<QLabel>(dialog, u"overridesError"_s);
        auto *templateError = child<QLabel>(dialog, u"templateError"_s);
        auto *create = child<QPushButton>(dialog, u"createButton"_s);
        overrides->setFocus();
        keyClicks(overrides, u"limits.max_user=5"_s);
        QVERIFY(overridesError->isVisible());
        QVERIFY(!create->isEnabled());
        // Undo back to nothing: the error goes with the text.
        while (!overrides->toPlainText().isEmpty() && overrides->document()->isUndoAvailable())
            QTest::keySequence(overrides, QKeySequence::Undo);
        QCOMPARE(overrides->toPlainText(), QString());
        QVERIFY(!overridesError->isVisible());
        QVERIFY(create->isEnabled());
        // An override of the tier itself is the override's fault, not the template's.
        keyClicks(overrides, u"tier=enterprise"_s);
        QVERIFY(overridesError->isVisible());
        QVERIFY2(overridesError->text().contains(u"enterprise"_s),
                 qPrintable(overridesError->text()));
        QVERIFY(!templateError->isVisible());
        QVERIFY(!create->isEnabled());
    }

    void templateOfAnotherTierIsRefused()
    {
        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        fill(dialog, u"acme"_s);
        auto *tier = child<QComboBox>(dialog, u"tierCombo"_s);
        tier->setCurrentIndex(tier->findData(u"professional"_s));
        auto *templates = child<QComboBox>(dialog, u"templateCombo"_s);
        templates->setCurrentIndex(templates->findData(u"enterprise_init"_s));
        auto *error = child<QLabel>(dialog, u"templateError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"enterprise tier"_s), qPrintable(error->text()));
        QVERIFY(!child<QPushButton>(dialog, u"createButton"_s)->isEnabled());
        // The choice stays when the tier changes, and now fits.
        tier->setCurrentIndex(tier->findData(u"enterprise"_s));
        QCOMPARE(templates->currentData().toString(), u"enterprise_init"_s);
        QCOMPARE(templates->itemText(0), u"The tier's own (enterprise_init)"_s);
        QVERIFY(!error->isVisible());
        QVERIFY(child<QPushButton>(dialog, u"createButton"_s)->isEnabled());
    }

    void keyboard()
    {
        SqliteFile file;
        TenantService service(catalog());
        QVERIFY(open(service, file));
        Ui::NewTenantDialog dialog(service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy created(&dialog, &Ui::NewTenantDialog::created);
        // The name comes first, then the id.
        auto *name = child<QLineEdit>(dialog, u"nameField"_s);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, u"Keyboard Co"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, u"idField"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *owner = child<QLineEdit>(dialog, u"ownerField"_s);
        QCOMPARE(QApplication::focusWidget(), owner);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, u"tierCombo"_s));
        // After the compliance list: the template, then the overrides.
        child<QListWidget>(dialog, u"complianceList"_s)->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(dialog, u"templateCombo"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(dialog, u"overridesEdit"_s));
        // Enter on an invalid form does nothing.
        QTest::keyClick(owner, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(owner, u"kb@example.com"_s);
        QTest::keyClick(owner, Qt::Key_Return);
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        Ui::NewTenantDialog second(service);
        second.show();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QTest::keyClick(&second, Qt::Key_Escape);
        QVERIFY(!second.isVisible());
        QCOMPARE(second.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(tst_NewTenantDialog)
#include "tst_newtenantdialog.moc"
