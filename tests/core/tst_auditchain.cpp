// The audit chain without a database: the canonical serialization byte for byte (the vectors
// were computed with printf and sha256sum, as docs/audit-format.md tells an auditor to), and
// how the verifier names each kind of damage.
#include "audit/AuditChain.h"
#include "audit/AuditReport.h"
#include "audit/AuditSigning.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::AuditChain;

namespace {

struct Stored
{
    qint64 seq = 0;
    QByteArray prev, hash;
    std::array<QByteArray, FieldCount> fields;
    std::array<bool, FieldCount> isNull {};

    Row row() const
    {
        Row r;
        r.seq = seq;
        r.prevHash = prev;
        r.hash = hash;
        for (int f = 0; f < FieldCount; ++f)
            r.fields[f] = isNull[f] ? QByteArrayView() : QByteArrayView(fields[f]);
        return r;
    }
    void rehash(Hasher &hasher) { hash = hasher.hashOf(row()).toByteArray(); }
};

// A chain of n entries, hashed.
QList<Stored> chain(int n)
{
    Hasher hasher;
    QList<Stored> rows;
    QByteArray prev = genesis().toByteArray();
    for (int i = 1; i <= n; ++i) {
        Stored s;
        s.seq = i;
        s.prev = prev;
        s.fields = {"2026-03-01T09:00:0" + QByteArray::number(i % 10) + "Z",
                    "alice",
                    "admin",
                    "tenant.update",
                    "t" + QByteArray::number(i % 3),
                    "",
                    "{}",
                    "{\"n\":" + QByteArray::number(i) + "}",
                    "because",
                    "host"};
        s.isNull[Target] = true;
        s.rehash(hasher);
        prev = s.hash;
        rows.append(s);
    }
    return rows;
}

Verdict verify(const QList<Stored> &rows, const QList<std::pair<qint64, QByteArray>> &heads = {})
{
    Verifier verifier;
    for (const auto &[seq, hash] : heads)
        verifier.expect(seq, hash, u"the seal"_s);
    for (const Stored &s : rows) {
        if (!verifier.add(s.row()))
            break;
    }
    if (verifier.needsDiagnosis()) {
        QList<Verifier::Suspect> later;
        for (const Stored &s : rows) {
            if (s.seq >= verifier.failedSeq())
                later.append({s.seq, s.prev, s.hash});
        }
        Hasher hasher;
        verifier.diagnose(later, [&](qint64 seq, qint64 asSeq) -> std::optional<bool> {
            for (const Stored &s : rows) {
                if (s.seq == seq) {
                    Row r = s.row();
                    r.seq = asSeq;
                    return hasher.hashOf(r) == s.hash;
                }
            }
            return std::nullopt;
        });
    }
    verifier.finish();
    return verifier.verdict();
}

} // namespace

class tst_AuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serializesByteForByte()
    {
        Row first;
        first.seq = 1;
        first.prevHash = genesis();
        const QByteArray fields1[]
            = {"2026-03-01T09:00:00Z", "alice", "admin", "tenant.create", "acme"};
        for (int f = 0; f < 5; ++f)
            first.fields[f] = fields1[f];
        const QByteArray after1 = "{\"tier\":\"pro\"}";
        first.fields[After] = after1;
        first.fields[Reason] = QByteArrayView("", 0);
        first.fields[ClientHost] = "host-1";
        QByteArray bytes;
        serialize(first, bytes);
        QCOMPARE(bytes,
                 QByteArray("tenancy-audit/1\nseq=1\nprev=64:"
                            "0000000000000000000000000000000000000000000000000000000000000000\n"
                            "at=20:2026-03-01T09:00:00Z\noperator=5:alice\nrole=5:admin\n"
                            "action=13:tenant.create\ntenant_id=4:acme\ntarget=-\nbefore=-\n"
                            "after=14:{\"tier\":\"pro\"}\nreason=0:\nclient_host=6:host-1\n"));
        Hasher hasher;
        const QByteArray hash1 = hasher.hashOf(first).toByteArray();
        QCOMPARE(hash1, "812c37958d540156192d6a9a62bc839f96c01213859ac4557bc69c9ab8496ecb");

        // Lengths count bytes (UTF-8), not characters; NULL is "-", '' is "0:".
        Row second;
        second.seq = 2;
        second.prevHash = hash1;
        const QByteArray fields2[] = {"2026-03-01T09:05:00Z",
                                      "bob",
                                      "support",
                                      "configuration.update",
                                      "acme",
                                      "security.mfa.require",
                                      "{\"required\":false}",
                                      "{\"required\":true}",
                                      "HIPAA: MFA\xc3\xa9"};
        for (int f = 0; f < 9; ++f)
            second.fields[f] = fields2[f];
        QCOMPARE(hasher.hashOf(second),
                 "df7dec247902a96b3a6fe224ba5a0c886d72f31dc7d2b685884202ad8e9a4492");
    }

    void anIntactChainVerifies()
    {
        const QList<Stored> rows = chain(20);
        const Verdict v = verify(rows, {{20, rows.last().hash}, {5, rows[4].hash}});
        QVERIFY2(v.intact(), qPrintable(v.detail));
        QCOMPARE(v.entries, 20);
        QCOMPARE(v.headSeq, 20);
        QCOMPARE(v.headHash, rows.last().hash);
        QVERIFY(verify({}).intact());
    }

    void namesEachKindOfDamage_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<int>("damage");
        QTest::addColumn<qint64>("firstBad");
        const auto row = [](const char *name, Damage d, qint64 seq) {
            QTest::newRow(name) << QString::fromLatin1(name) << int(d) << seq;
        };
        row("edit reason", Damage::Edited, 7);
        row("edit to null", Damage::Edited, 7);
        row("edit hash", Damage::Edited, 7);
        row("edit prev", Damage::Edited, 7);
        row("edit and rehash", Damage::Edited, 7);
        row("delete", Damage::Deleted, 7);
        row("delete and renumber", Damage::Deleted, 7);
        row("swap seq", Damage::Reordered, 7);
        row("move to end", Damage::Reordered, 7);
        row("truncate after seal", Damage::Truncated, 20);
        row("rewrite after seal", Damage::SealMismatch, 20);
    }

    void namesEachKindOfDamage()
    {
        QFETCH(QString, tampering);
        QFETCH(int, damage);
        QFETCH(qint64, firstBad);
        QList<Stored> rows = chain(20);
        QList<std::pair<qint64, QByteArray>> heads;
        Hasher hasher;
        const int i = 6; // seq 7
        if (tampering == u"edit reason") {
            rows[i].fields[Reason] = "no reason";
        } else if (tampering == u"edit to null") {
            rows[i].isNull[TenantId] = true;
        } else if (tampering == u"edit hash") {
            rows[i].hash[0] = rows[i].hash[0] == 'a' ? 'b' : 'a';
        } else if (tampering == u"edit prev") {
            rows[i].prev[5] = rows[i].prev[5] == 'a' ? 'b' : 'a';
        } else if (tampering == u"edit and rehash") {
            rows[i].fields[Action] = "tenant.delete";
            rows[i].rehash(hasher);
        } else if (tampering == u"delete") {
            rows.removeAt(i);
        } else if (tampering == u"delete and renumber") {
            rows.removeAt(i);
            for (int k = i; k < rows.size(); ++k)
                --rows[k].seq;
        } else if (tampering == u"swap seq") {
            std::swap(rows[i].seq, rows[i + 1].seq);
            std::swap(rows[i], rows[i + 1]);
        } else if (tampering == u"move to end") {
            Stored moved = rows.takeAt(i);
            moved.seq = 1000;
            rows.append(moved);
        } else if (tampering == u"truncate after seal") {
            heads.append({20, rows.last().hash});
            rows.removeLast();
        } else if (tampering == u"rewrite after seal") {
            heads.append({20, rows.last().hash});
            // Rewritten from entry 19 on, consistently: only the seal can tell.
            rows[18].fields[Reason] = "rewritten";
            rows[18].rehash(hasher);
            rows[19].prev = rows[18].hash;
            rows[19].rehash(hasher);
        }
        const Verdict v = verify(rows, heads);
        QCOMPARE(damageId(v.damage), damageId(Damage(damage)));
        QCOMPARE(v.firstBadSeq, firstBad);
        QVERIFY(!v.detail.isEmpty());
    }

    // Bundles are signed with Ed25519: RFC 8032, section 7.1, TEST 1 and TEST 2.
    void signsAsRfc8032_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("TEST 1")
            << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray()
            << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                          "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2")
            << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray("72")
            << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                          "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }
    void signsAsRfc8032()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const QByteArray seed = QByteArray::fromHex(secret);
        const auto signedBytes = AuditSigning::sign(seed, QByteArray::fromHex(message));
        QVERIFY(signedBytes);
        QCOMPARE(signedBytes->toHex(), signature);
        const auto pem = AuditSigning::publicKeyPem(seed);
        QVERIFY(pem);
        QVERIFY(pem->startsWith("-----BEGIN PUBLIC KEY-----"));
        // The PEM holds the raw public key at its end (SubjectPublicKeyInfo, 44 bytes).
        const QByteArray der = QByteArray::fromBase64(pem->split('\n').at(1));
        QCOMPARE(der.right(32).toHex(), publicKey);
        QCOMPARE(*AuditSigning::verify(*pem, QByteArray::fromHex(message), *signedBytes), true);
        QByteArray flipped = *signedBytes;
        flipped[10] = char(flipped[10] ^ 0x20);
        QCOMPARE(*AuditSigning::verify(*pem, QByteArray::fromHex(message), flipped), false);
        QCOMPARE(*AuditSigning::verify(*pem, QByteArray("other"), *signedBytes), false);
        QCOMPARE(*AuditSigning::keyId(seed), *AuditSigning::keyIdOfPem(*pem));
        QCOMPARE(AuditSigning::keyId(seed)->size(), 16);
    }
    void refusesWhatIsNotAnEd25519Key()
    {
        QVERIFY(!AuditSigning::sign(QByteArray(31, 'x'), "m"));
        const auto garbage = AuditSigning::verify("not a key", "m", QByteArray(64, 0));
        QVERIFY(!garbage);
        QVERIFY(garbage.error().message.contains(u"PEM"_s));
    }

    // RFC 4180 fields.
    void quotesCsvFields_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QByteArray("acme") << QByteArray("acme");
        QTest::newRow("empty") << QByteArray("") << QByteArray("");
        QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QByteArray("one\r\ntwo") << QByteArray("\"one\r\ntwo\"");
        QTest::newRow("json") << QByteArray("{\"a\":1,\"b\":\"x\"}")
                              << QByteArray("\"{\"\"a\"\":1,\"\"b\"\":\"\"x\"\"}\"");
        QTest::newRow("utf-8") << QByteArray("Zürich") << QByteArray("Zürich");
    }
    void quotesCsvFields()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, written);
        QByteArray out;
        AuditReportFiles::appendCsvField(out, field);
        QCOMPARE(out, written);
    }
};

QTEST_GUILESS_MAIN(tst_AuditChain)
#include "tst_auditchain.moc"
