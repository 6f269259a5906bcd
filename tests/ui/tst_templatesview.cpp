// The template library and editor on the offscreen platform over a real SQLite file: a
// mistake typed shows in the problems list and a click jumps to it, undo restores the text,
// the preview renders the template, and saving makes a new version in the library.
#include "TenantService.h"
#include "TestSupport.h"
#include "views/TemplatesView.h"
#include "widgets/CodeEditor.h"

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
};

QTEST_MAIN(tst_TemplatesView)
#include "tst_templatesview.moc"
