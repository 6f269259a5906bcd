// The template library and editor on the offscreen platform over a real SQLite file: a
// mistake typed shows in the problems list and a click jumps to it, undo restores the text,
// the preview renders the template (for a sample tenant, or a chosen one with its overrides),
// and saving makes a new version in the library.
#include "TenantService.h"
#include "TestSupport.h"
#include "views/TemplatesView.h"
#include "widgets/CodeEditor.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_TemplatesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsChecksUndoesAndSaves()
    {
        SqliteFile file;
        TenantService service(catalog());
        Ui::TemplatesView view(service);
        view.resize(1200, 700);
        view.show();
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"alice"_s);
        QVERIFY(opened.wait(10000));
        QTRY_COMPARE(view.library()->topLevelItemCount(), 4); // the shipped ones
        QTRY_VERIFY(!view.editor()->toPlainText().isEmpty());
        QCOMPARE(view.issues()->count(), 1);
        QCOMPARE(view.issues()->item(0)->text(), u"No problems."_s);
        QVERIFY(view.preview()->toPlainText().contains(u"\"tenant_id\": \"acme\""_s));

        // Type a mistake: an unknown variable on line 8.
        const QString original = view.editor()->toPlainText();
        view.editor()->goTo(8, 29); // right after {{ tenant_id
        view.editor()->setFocus();
        QTest::keyClicks(view.editor(), u"x"_s);
        view.check();
        QVERIFY(view.issues()->count() >= 1);
        QVERIFY2(view.issues()->item(0)->text().startsWith(u"8:17"_s),
                 qPrintable(view.issues()->item(0)->text()));
        QVERIFY(!view.saveButton()->isEnabled());
        // Clicking the problem puts the cursor there.
        view.editor()->moveCursor(QTextCursor::Start);
        Q_EMIT view.issues()->itemClicked(view.issues()->item(0));
        QCOMPARE(view.editor()->textCursor().blockNumber(), 7);
        // Undo (the key, through the undo stack) restores the text.
        QTest::keySequence(view.editor(), QKeySequence::Undo);
        QCOMPARE(view.editor()->toPlainText(), original);
        QVERIFY(view.editor()->undoStack()->canRedo());
        view.check();
        QCOMPARE(view.issues()->item(0)->text(), u"No problems."_s);

        // Save as a new version of the suggested name; the library lists it.
        QVERIFY(view.saveButton()->isEnabled());
        const QString name = view.nameField()->text();
        QVERIFY(name.endsWith(u"_custom"_s));
        view.saveButton()->click();
        QTRY_COMPARE(view.library()->topLevelItemCount(), 5);
        QCOMPARE(view.library()->currentItem()->text(0), name);
        QCOMPARE(view.library()->currentItem()->text(1), u"1"_s);
    }

    void previewsForAChosenTenant()
    {
        SqliteFile file;
        {
            FixedClock clock {QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC)};
            auto m = openManager(file.url(), u"alice"_s, clock);
            QVERIFY(m);
            NewTenant acme {u"acme-health"_s,
                            u"Acme Health"_s,
                            u"professional"_s,
                            u"ops@acme.example"_s,
                            u"eu-central-1"_s,
                            {},
                            {}};
            acme.overrides = {{u"limits.max_users"_s, QJsonValue(50)}};
            QVERIFY(m->create(acme));
            QVERIFY(m->create(
                {u"tiny"_s, u"Tiny"_s, u"free"_s, u"t@tiny.example"_s, u"eu-west-1"_s, {}, {}}));
        }
        TenantService service(catalog());
        Ui::TemplatesView view(service);
        view.resize(1200, 700);
        view.show();
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"alice"_s);
        QVERIFY(opened.wait(10000));
        QTRY_COMPARE(view.library()->topLevelItemCount(), 4);
        const auto found = view.library()->findItems(u"professional_init"_s, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        view.library()->setCurrentItem(found.first());
        QTRY_VERIFY(view.preview()->toPlainText().contains(u"\"tenant_id\": \"acme\""_s));

        // Typing part of an id offers the tenants that match.
        QLineEdit *tenant = view.previewTenantField();
        tenant->setFocus();
        QTest::keyClicks(tenant, u"acme"_s);
        QAbstractItemModel *suggestions = tenant->completer()->model();
        QTRY_COMPARE(suggestions->rowCount(), 1);
        QCOMPARE(suggestions->index(0, 0).data().toString(), u"acme-health"_s);
        // The chosen tenant's values and overrides, over the text in the editor.
        QTest::keyClicks(tenant, u"-health"_s);
        QTest::keyClick(tenant, Qt::Key_Return);
        QTRY_VERIFY(view.preview()->toPlainText().contains(u"\"tenant_id\": \"acme-health\""_s));
        QVERIFY(view.preview()->toPlainText().contains(u"\"max_users\": 50"_s));
        QVERIFY(view.preview()->toPlainText().contains(u"eu-central-1"_s));
        auto *note = view.findChild<QLabel *>(u"previewNote"_s);
        QVERIFY(note);
        QVERIFY2(note->text().contains(u"1 override"_s), qPrintable(note->text()));
        // An edit shows at once for that tenant.
        QString text = view.editor()->toPlainText();
        QVERIFY(text.contains(u"\"history_count\": 12"_s));
        text.replace(u"\"history_count\": 12"_s, u"\"history_count\": 13"_s);
        view.editor()->setText(text, false);
        view.check();
        QVERIFY(view.preview()->toPlainText().contains(u"\"history_count\": 13"_s));
        QVERIFY(view.preview()->toPlainText().contains(u"\"max_users\": 50"_s));

        // A tenant of another tier: rendered, and the note says why it would not apply.
        tenant->clear();
        QTest::keyClicks(tenant, u"tiny"_s);
        QTest::keyClick(tenant, Qt::Key_Return);
        QTRY_VERIFY(view.preview()->toPlainText().contains(u"\"tenant_id\": \"tiny\""_s));
        QVERIFY2(note->text().contains(u"Not valid for tiny"_s)
                     && note->text().contains(u"free tier"_s),
                 qPrintable(note->text()));

        // No such tenant: said so, and the sample comes back.
        tenant->clear();
        QTest::keyClicks(tenant, u"nobody"_s);
        QTest::keyClick(tenant, Qt::Key_Return);
        QTRY_VERIFY2(note->text().contains(u"showing a sample tenant"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"nobody"_s), qPrintable(note->text()));
        QVERIFY(view.preview()->toPlainText().contains(u"\"tenant_id\": \"acme\""_s));
        // Clearing the field goes back to the sample quietly.
        tenant->clear();
        QVERIFY(note->isHidden());
    }
};

QTEST_MAIN(tst_TemplatesView)
#include "tst_templatesview.moc"
