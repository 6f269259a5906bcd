// KeychainSecretStore against the real Secret Service (the gnome-keyring scripts/test starts in a
// throwaway D-Bus session), and what happens when there is no keyring to talk to.
#include "TestSupport.h"
#include "security/SecretStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Tenancy;

class tst_Keychain : public QObject
{
    Q_OBJECT

    // Waits (with the event loop running) for an asynchronous callback.
    template<typename T>
    std::optional<T> wait(const std::function<void(std::function<void(T)>)> &start,
                          int timeoutMs = 10000)
    {
        std::optional<T> result;
        start([&](T value) { result.emplace(std::move(value)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
            return std::nullopt;
        return result;
    }

    using ReadResult = Result<std::optional<QString>>;

private Q_SLOTS:
    void initTestCase()
    {
        TENANCY_REQUIRE_SERVICE(qEnvironmentVariable("TENANCY_TEST_KEYRING") == u"1"_s,
                                "the Secret Service (gnome-keyring)");
    }

    void roundTrip()
    {
        KeychainSecretStore store(u"tenancy-console-test"_s);
        const QString key = u"postgresql://alice@db.example:5432/"_s
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = u"p@ss wörd \"with\" quotes ✓"_s;

        auto missing = wait<ReadResult>([&](auto done) { store.read(key, done); });
        QVERIFY(missing);
        QVERIFY2(missing->ok(), qPrintable(missing->ok() ? QString() : missing->error().message));
        QVERIFY(!missing->value().has_value());

        auto written = wait<Result<void>>([&](auto done) { store.write(key, secret, done); });
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().message));

        // A second store (as a second process would) reads it back.
        KeychainSecretStore other(u"tenancy-console-test"_s);
        auto read = wait<ReadResult>([&](auto done) { other.read(key, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->value(), std::optional<QString>(secret));

        // It really is in the Secret Service: the standard client finds it too (QtKeychain
        // files it under server=<service>, user=<key>).
        QProcess lookup;
        lookup.start(u"secret-tool"_s,
                     {u"lookup"_s, u"server"_s, u"tenancy-console-test"_s, u"user"_s, key});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()), secret);

        auto removed = wait<Result<void>>([&](auto done) { store.remove(key, done); });
        QVERIFY(removed && removed->ok());
        auto gone = wait<ReadResult>([&](auto done) { store.read(key, done); });
        QVERIFY(gone && gone->ok() && !gone->value().has_value());
        // Removing what is not there is fine.
        auto again = wait<Result<void>>([&](auto done) { store.remove(key, done); });
        QVERIFY(again && again->ok());
    }

    void separateServicesDoNotSeeEachOther()
    {
        KeychainSecretStore a(u"tenancy-console-test-a"_s);
        KeychainSecretStore b(u"tenancy-console-test-b"_s);
        const QString key = QUuid::createUuid().toString();
        QVERIFY(wait<Result<void>>([&](auto done) { a.write(key, u"a-secret"_s, done); })->ok());
        auto fromB = wait<ReadResult>([&](auto done) { b.read(key, done); });
        QVERIFY(fromB && fromB->ok());
        QVERIFY(!fromB->value().has_value());
        QVERIFY(wait<Result<void>>([&](auto done) { a.remove(key, done); })->ok());
    }

    void callbackRunsOnceEvenWhenTheStoreTimesOut()
    {
        // A 1 ms timeout fires before any D-Bus round trip can answer: the caller hears
        // "keyring locked or unavailable" once, and the late real answer is ignored.
        KeychainSecretStore store(u"tenancy-console-test"_s, std::chrono::milliseconds(1));
        int calls = 0;
        std::optional<ReadResult> result;
        store.read(u"anything"_s, [&](ReadResult r) {
            ++calls;
            result.emplace(std::move(r));
        });
        QTRY_VERIFY(result.has_value());
        QTest::qWait(500); // let the real answer arrive, and be dropped
        QCOMPARE(calls, 1);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, ErrorCode::Unavailable);
        QVERIFY2(result->error().message.contains(u"keyring locked or unavailable"_s),
                 qPrintable(result->error().message));
    }
};

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
