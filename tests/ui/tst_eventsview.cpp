// A tenant's Security events tab on the offscreen platform over a real SQLite file: importing an
// export (a bad one imports nothing and says where), the burst explained and its hour
// highlighted, the span picker, the security report, and what sales may not see.
#include "TenantService.h"
#include "TestSupport.h"
#include "views/TenantEventsView.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

class tst_EventsView : public QObject
{
    Q_OBJECT

    FixedClock m_clock {QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC)};
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(data);
        return f.fileName();
    }

    // A day of quiet hours, then 20 failures two hours ago (times relative to now: the view
    // shows spans back from the real clock).
    static QByteArray burst()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        QByteArray csv = "time,tenant,user,kind,source_ip\n";
        for (int h = 40; h >= 3; --h)
            csv += (toIsoUtc(hour.addSecs(-3600LL * h + 60)) + u",acme,bob,login_ok,\n"_s).toUtf8();
        for (int i = 0; i < 20; ++i) {
            csv += (toIsoUtc(hour.addSecs(-7200 + 30 * i))
                    + u",acme,admin,login_failed,203.0.113.9\n"_s)
                       .toUtf8();
        }
        return csv;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void importsShowsAndAudits()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m->create({u"acme"_s,
                               u"Acme"_s,
                               u"professional"_s,
                               u"it@acme.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}}));
        }
        TenantService service(catalog());
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"alice"_s);
        QVERIFY(opened.wait(10000));
        Ui::TenantEventsView view(service, u"acme"_s);
        view.resize(900, 700);
        view.show();
        auto *message = view.findChild<QLabel *>(u"eventsMessage"_s);
        QTRY_VERIFY(view.findChild<QLabel *>()); // built
        QTRY_COMPARE(view.events()->topLevelItemCount(), 0);

        // A bad file: every bad line named, nothing imported.
        view.importFile(write(u"bad.csv"_s, burst() + "2026-05-01T00:00:00Z,acme,x,login_fial,\n"),
                        false);
        QTRY_VERIFY2(message->text().contains(u"nothing was imported"_s),
                     qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"login_fial"_s), qPrintable(message->text()));
        QCOMPARE(view.events()->topLevelItemCount(), 0);

        // The good one: listed, the burst explained and its failures highlighted.
        view.importFile(write(u"good.csv"_s, burst()), false);
        QTRY_VERIFY2(message->text().contains(u"58 events imported"_s),
                     qPrintable(message->text()));
        QTRY_VERIFY(view.events()->topLevelItemCount() > 0);
        QVERIFY(view.bursts()->isVisible());
        QCOMPARE(view.bursts()->count(), 1);
        QVERIFY2(view.bursts()->item(0)->text().contains(u"20 failed sign-ins"_s),
                 qPrintable(view.bursts()->item(0)->text()));
        QTreeWidgetItem *newest = view.events()->topLevelItem(0);
        QCOMPARE(newest->text(2), u"login_failed"_s);
        QVERIFY(newest->background(0).color() != QColor()); // highlighted
        // The span: the last hour holds nothing here.
        view.span()->setCurrentIndex(0);
        QTRY_COMPARE(view.events()->topLevelItemCount(), 0);
        view.span()->setCurrentIndex(2);
        QTRY_VERIFY(view.events()->topLevelItemCount() >= 58);

        // The report.
        view.auditButton()->click();
        QTRY_VERIFY(view.report()->isVisible());
        const QString report = view.report()->toPlainText();
        QVERIFY2(report.contains(u"PCI DSS"_s) && report.contains(u"8.4.2"_s)
                     && report.contains(u"security.mfa_config.required = true"_s)
                     && report.contains(u"20 failed sign-ins"_s),
                 qPrintable(report));
    }

    void notForSales()
    {
        SqliteFile file;
        {
            auto m = openManager(file.url(), u"alice"_s, m_clock);
            QVERIFY(m->create({u"acme"_s,
                               u"Acme"_s,
                               u"professional"_s,
                               u"it@acme.example"_s,
                               u"eu-west-1"_s,
                               {},
                               {}}));
            QVERIFY(m->addOperator(u"sam"_s, OperatorRole::Sales));
        }
        TenantService service(catalog());
        QSignalSpy opened(&service, &TenantService::opened);
        service.open(file.url(), {}, u"sam"_s);
        QVERIFY(opened.wait(10000));
        Ui::TenantEventsView view(service, u"acme"_s);
        view.show();
        auto *message = view.findChild<QLabel *>(u"eventsMessage"_s);
        QVERIFY2(message->text().contains(u"need"_s), qPrintable(message->text()));
        QVERIFY(!view.auditButton()->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(u"importEvents"_s)->isEnabled());
    }
};

QTEST_MAIN(tst_EventsView)
#include "tst_eventsview.moc"
