// The tamper-evident audit log over a real database. Built twice, as tst_audit_sqlite (a real
// SQLite file) and tst_audit_postgres (the PostgreSQL cluster scripts/test starts). Tampering
// is done as an attacker with database access would: raw SQL on the same tables, with the
// append-only triggers lifted; each inside a transaction rolled back afterwards.
#include "TenantManager.h"
#include "TestSupport.h"
#include "audit/AuditAnchor.h"
#include "store/AuditLog.h"
#include "store/Migrations.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Tenancy;
using namespace Tenancy::Test;

namespace {

// Texts that make serialization and SQL quoting earn their keep.
const QStringList kAwkward {
    u"plain"_s,
    u"trailing space "_s,
    u"it's \"quoted\""_s,
    u"back\\slash \\n"_s,
    u"Ünïcødé ✓ 漢字"_s,
    u"line\nbreak\ttab"_s,
    u""_s,
};

} // namespace

class tst_Audit : public QObject
{
    Q_OBJECT

public:
    tst_Audit()
        : m_clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC))
    { }

private:
    bool postgres() const { return m_databases.postgres(); }

    // Appends n entries with awkward content, as different operators would write them.
    bool appendEntries(TenantManager &m, int n, int salt = 0)
    {
        AuditLog log(m.database());
        for (int i = 0; i < n; ++i) {
            AuditEntry e;
            e.at = m_clock.now().addSecs(60 * (i + salt));
            e.operatorName = u"alice"_s;
            e.role = u"admin"_s;
            e.action = i % 3 ? u"configuration.update"_s : u"tenant.create"_s;
            e.tenantId = i % 4 ? u"t%1"_s.arg(i % 5) : QString();
            e.target = i % 2 ? u"security.mfa.required"_s : QString();
            if (i % 3)
                e.before = QJsonObject {{u"v"_s, kAwkward.at(i % kAwkward.size())}};
            e.after = QJsonObject {{u"v"_s, kAwkward.at((i + 1) % kAwkward.size())}, {u"n"_s, i}};
            e.reason = kAwkward.at((i + 2) % kAwkward.size());
            if (!log.append(e)) {
                qWarning() << "append failed";
                return false;
            }
        }
        return true;
    }

    bool sql(TenantManager &m, const QString &statement)
    {
        auto q = m.database().exec(statement);
        if (!q)
            qWarning() << statement << q.error().message;
        return bool(q);
    }

    // Opens a transaction in which the append-only guards are off (as for someone with the
    // database's owner login or the SQLite file).
    bool beginTampering(TenantManager &m)
    {
        if (!sql(m, u"BEGIN"_s))
            return false;
        if (postgres())
            return sql(m, u"ALTER TABLE audit_entries DISABLE TRIGGER USER"_s)
                && sql(m, u"ALTER TABLE audit_seals DISABLE TRIGGER USER"_s);
        return sql(m, u"DROP TRIGGER audit_entries_no_update"_s)
            && sql(m, u"DROP TRIGGER audit_entries_no_delete"_s)
            && sql(m, u"DROP TRIGGER audit_seals_no_update"_s)
            && sql(m, u"DROP TRIGGER audit_seals_no_delete"_s);
    }

    AuditChain::Verdict verdict(TenantManager &m, const QByteArray &key = {})
    {
        auto v = m.verifyAuditLog(key);
        if (!v) {
            // Not intact, nowhere: whatever the test expects, it fails.
            AuditChain::Verdict failed;
            failed.damage = AuditChain::Damage::Edited;
            failed.firstBadSeq = -1;
            failed.detail = v.error().message;
            return failed;
        }
        return v->verdict;
    }

    FixedClock m_clock;
#ifdef TENANCY_TEST_POSTGRES
    TestDatabases m_databases {true};
#else
    TestDatabases m_databases {false};
#endif

private Q_SLOTS:
    void initTestCase()
    {
        if (postgres())
            TENANCY_REQUIRE_SERVICE(m_databases.start(), "PostgreSQL");
    }

    void cleanup()
    {
        m_databases.clear();
    }

    void chainsEveryChange()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        QString error;
        QVERIFY2(createActive(*m, u"acme"_s, u"professional"_s, &error), qPrintable(error));
        QVERIFY(appendEntries(*m, 30));
        auto entries = m->auditEntries({});
        VERIFY_OK(entries);
        QVERIFY(entries->size() > 30);
        // Newest first, numbered without gaps, each chained to the one before.
        for (qsizetype i = 0; i + 1 < entries->size(); ++i) {
            QCOMPARE(entries->at(i).seq, entries->at(i + 1).seq + 1);
            QCOMPARE(entries->at(i).prevHash, entries->at(i + 1).hash);
        }
        QCOMPARE(entries->last().seq, qint64(1));
        QVERIFY(!entries->first().clientHost.isEmpty());
        // The awkward texts came back as they went in (the hash covers what is stored).
        QCOMPARE(entries->first().reason, kAwkward.at((29 + 2) % kAwkward.size()));
        auto v = m->verifyAuditLog({});
        VERIFY_OK(v);
        QVERIFY2(v->verdict.intact(), qPrintable(v->verdict.detail));
        QCOMPARE(v->verdict.entries, qint64(entries->size()));
        QCOMPARE(v->verdict.headHash, entries->first().hash.toLatin1());
    }

    void filtersTheLog()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        QVERIFY(appendEntries(*m, 40));
        AuditFilter f;
        f.tenantId = u"t1"_s;
        auto found = m->auditEntries(f);
        VERIFY_OK(found);
        QVERIFY(!found->isEmpty());
        for (const AuditEntry &e : *found)
            QCOMPARE(e.tenantId, u"t1"_s);
        f = {};
        f.action = u"tenant."_s;
        found = m->auditEntries(f);
        VERIFY_OK(found);
        QVERIFY(!found->isEmpty());
        for (const AuditEntry &e : *found)
            QVERIFY(e.action.startsWith(u"tenant."_s));
        f = {};
        f.since = m_clock.now().addSecs(60 * 10);
        f.until = m_clock.now().addSecs(60 * 20);
        found = m->auditEntries(f);
        VERIFY_OK(found);
        QCOMPARE(found->size(), 10);
        f = {};
        f.text = u"nïcødé"_s; // (SQLite's lower() is ASCII-only: not "NÏCØDÉ")
        found = m->auditEntries(f);
        VERIFY_OK(found);
        QVERIFY(!found->isEmpty());
        f.text = u"100%"_s; // a LIKE wildcard is a character here
        found = m->auditEntries(f);
        VERIFY_OK(found);
        QVERIFY(found->isEmpty());
        f = {};
        f.limit = 5;
        found = m->auditEntries(f);
        VERIFY_OK(found);
        QCOMPARE(found->size(), 5);
        f.beforeSeq = found->last().seq;
        auto page2 = m->auditEntries(f);
        VERIFY_OK(page2);
        QCOMPARE(page2->first().seq, found->last().seq - 1);
    }

    // Random single tamperings, each undone before the next: every one is found, at the entry
    // it touched, and named for what it is.
    void detectsEveryTampering()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        QVERIFY(appendEntries(*m, 40));
        const qint64 last = m->verifyAuditLog({})->verdict.headSeq;
        QCOMPARE(last, qint64(41)); // with the bootstrap entry
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        const QStringList columns {
            u"at"_s,        u"operator"_s,    u"role"_s,       u"action"_s, u"tenant_id"_s,
            u"target"_s,    u"before_json"_s, u"after_json"_s, u"reason"_s, u"client_host"_s,
            u"prev_hash"_s, u"hash"_s,        u"seq"_s};
        const QStringList nullable {u"tenant_id"_s, u"target"_s, u"before_json"_s, u"after_json"_s,
                                    u"client_host"_s};
        const int trials = postgres() ? 60 : 120;
        for (int trial = 0; trial < trials; ++trial) {
            QVERIFY(beginTampering(*m));
            const int kind = trial % 4;
            qint64 seq = 1 + random.bounded(last - 1); // not the last: that needs a seal
            QString expected;
            QString what;
            if (kind == 0) {
                const QString column = columns.at(random.bounded(columns.size()));
                what = u"edit "_s + column;
                if (column == u"seq"_s) {
                    QVERIFY(sql(
                        *m,
                        u"UPDATE audit_entries SET seq = seq + 100000 WHERE seq = %1"_s.arg(seq)));
                    expected = u"reordered"_s;
                } else {
                    const bool toNull = nullable.contains(column) && random.bounded(2) == 0;
                    QVERIFY(sql(*m,
                                u"UPDATE audit_entries SET %1 = %2 WHERE seq = %3"_s.arg(
                                    column,
                                    toNull ? u"CASE WHEN %1 IS NULL THEN 'x' END"_s.arg(column)
                                           : u"COALESCE(%1, '') || 'x'"_s.arg(column),
                                    QString::number(seq))));
                    expected = u"edited"_s;
                }
            } else if (kind == 1) {
                what = u"delete"_s;
                QVERIFY(sql(*m, u"DELETE FROM audit_entries WHERE seq = %1"_s.arg(seq)));
                expected = u"deleted"_s;
            } else if (kind == 2) {
                const qint64 other = seq + 1 + random.bounded(last - seq);
                what = u"swap with %1"_s.arg(other);
                QVERIFY(sql(*m, u"UPDATE audit_entries SET seq = -1 WHERE seq = %1"_s.arg(seq)));
                QVERIFY(sql(
                    *m, u"UPDATE audit_entries SET seq = %1 WHERE seq = %2"_s.arg(seq).arg(other)));
                QVERIFY(sql(*m, u"UPDATE audit_entries SET seq = %1 WHERE seq = -1"_s.arg(other)));
                expected = u"reordered"_s;
            } else {
                what = u"delete and renumber"_s;
                QVERIFY(sql(*m, u"DELETE FROM audit_entries WHERE seq = %1"_s.arg(seq)));
                QVERIFY(sql(
                    *m, u"UPDATE audit_entries SET seq = -(seq - 1) WHERE seq > %1"_s.arg(seq)));
                QVERIFY(sql(*m, u"UPDATE audit_entries SET seq = -seq WHERE seq < 0"_s));
                expected = u"deleted"_s;
            }
            const AuditChain::Verdict v = verdict(*m);
            QVERIFY(sql(*m, u"ROLLBACK"_s));
            const QString context = u"trial %1 (%2 at entry %3): %4 at %5: %6"_s.arg(trial)
                                        .arg(what)
                                        .arg(seq)
                                        .arg(AuditChain::damageId(v.damage))
                                        .arg(v.firstBadSeq)
                                        .arg(v.detail);
            QVERIFY2(!v.intact(), qPrintable(context));
            QVERIFY2(AuditChain::damageId(v.damage) == expected, qPrintable(context));
            QVERIFY2(v.firstBadSeq == seq, qPrintable(context));
        }
        // And it is all undone.
        QVERIFY(verdict(*m).intact());
    }

#ifndef TENANCY_TEST_POSTGRES
    // SQLite verifies an intact log in two halves on two connections, which see what is
    // committed: tampering committed by another connection (the file edited in its own right)
    // is caught there too, and named exactly, wherever it is, the join between the halves
    // included.
    void detectsCommittedTampering()
    {
        SqliteFile original;
        qint64 last = 0;
        {
            auto m = openManager(original.url(), u"alice"_s, m_clock);
            QVERIFY(m);
            QVERIFY(appendEntries(*m, 60));
            last = m->verifyAuditLog({})->verdict.headSeq;
            QCOMPARE(last, qint64(61));
            QVERIFY(sql(*m, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const qint64 mid = last / 2 + 1;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        const QStringList columns {u"at"_s,     u"operator"_s,  u"action"_s, u"before_json"_s,
                                   u"reason"_s, u"prev_hash"_s, u"hash"_s};
        // Every kind around the join (each column edited at each of its three entries), then
        // anywhere at random.
        // Kinds: each column edited, a deletion, a swap, and a rewrite whose hash was
        // recomputed (consistent in itself, so only the next entry's link shows it).
        const int kinds = int(columns.size()) + 3;
        const int around = 3 * kinds;
        for (int trial = 0; trial < around + 30; ++trial) {
            const bool atJoin = trial < around;
            const qint64 seq = atJoin ? mid - 1 + trial % 3 : 1 + random.bounded(last - 1);
            const int kind = atJoin ? trial / 3 : int(random.bounded(kinds));
            QTemporaryDir dir;
            const QString copy = dir.filePath(u"copy.sqlite"_s);
            QVERIFY(QFile::copy(original.path(), copy));
            QStringList statements {u"DROP TRIGGER audit_entries_no_update"_s,
                                    u"DROP TRIGGER audit_entries_no_delete"_s};
            QString expected;
            if (kind < columns.size()) {
                statements << u"UPDATE audit_entries SET %1 = COALESCE(%1, '') || 'x' "
                              "WHERE seq = %2"_s.arg(columns.at(kind))
                                  .arg(seq);
                expected = u"edited"_s;
            } else if (kind == columns.size()) {
                statements << u"DELETE FROM audit_entries WHERE seq = %1"_s.arg(seq);
                expected = u"deleted"_s;
            } else if (kind == columns.size() + 2) {
                // The entry as stored, its reason changed, hashed again.
                auto m = openManager(original.url(), u"alice"_s, m_clock);
                QVERIFY(m);
                QByteArray hash;
                QVERIFY(AuditLog(m->database()).scan(seq, [&](const AuditChain::Row &row) {
                    AuditChain::Row changed = row;
                    const QByteArray reason = row.fields[AuditChain::Reason].toByteArray() + "!";
                    changed.fields[AuditChain::Reason] = reason;
                    hash = AuditChain::Hasher().hashOf(changed).toByteArray();
                    return false;
                }));
                QCOMPARE(hash.size(), 64);
                statements << u"UPDATE audit_entries SET reason = reason || '!', hash = '%1' "
                              "WHERE seq = %2"_s.arg(QString::fromLatin1(hash))
                                  .arg(seq);
                expected = u"rewritten"_s;
            } else {
                const qint64 other = seq + 1 + random.bounded(last - seq);
                statements << u"UPDATE audit_entries SET seq = -1 WHERE seq = %1"_s.arg(seq)
                           << u"UPDATE audit_entries SET seq = %1 WHERE seq = %2"_s.arg(seq).arg(
                                  other)
                           << u"UPDATE audit_entries SET seq = %1 WHERE seq = -1"_s.arg(other);
                expected = u"reordered"_s;
            }
            {
                auto raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
                raw.setDatabaseName(copy);
                QVERIFY(raw.open());
                for (const QString &statement : statements) {
                    QSqlQuery q(raw);
                    QVERIFY2(q.exec(statement), qPrintable(statement));
                }
                raw.close();
            }
            QSqlDatabase::removeDatabase(u"tamper"_s);
            auto m = openManager(*DatabaseUrl::parse(u"sqlite://"_s + copy), u"alice"_s, m_clock);
            QVERIFY(m);
            const AuditChain::Verdict v = verdict(*m);
            const QString context = u"trial %1 (%2 at entry %3): %4 at %5: %6"_s.arg(trial)
                                        .arg(statements.last())
                                        .arg(seq)
                                        .arg(AuditChain::damageId(v.damage))
                                        .arg(v.firstBadSeq)
                                        .arg(v.detail);
            QVERIFY2(!v.intact(), qPrintable(context));
            if (expected == u"rewritten"_s) {
                // Found where the chain breaks: at the entry, or the link after it.
                QVERIFY2(v.firstBadSeq == seq || v.firstBadSeq == seq + 1, qPrintable(context));
                continue;
            }
            QVERIFY2(AuditChain::damageId(v.damage) == expected, qPrintable(context));
            QVERIFY2(v.firstBadSeq == seq, qPrintable(context));
        }
    }
#endif

    void sealsCatchTruncationAndRewrites()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        QVERIFY(appendEntries(*m, 10));
        const QByteArray key = AuditChain::randomBytes(32);
        auto seal = m->sealAuditLog(key, u"manual"_s);
        VERIFY_OK(seal);
        QCOMPARE(seal->seq, qint64(11));
        QCOMPARE(seal->entries, qint64(11));
        QCOMPARE(seal->keyId, AuditLog::keyIdOf(key));
        // This test is about the seals in the database; this machine's anchor of the seal,
        // outside it, has its own (anchorCatchesWholesaleRewrites).
        QVERIFY(QFile::remove(AuditAnchor::path(*m->databaseId())));
        QVERIFY(appendEntries(*m, 5, 100));

        auto v = m->verifyAuditLog(key);
        VERIFY_OK(v);
        QVERIFY2(v->verdict.intact(), qPrintable(v->verdict.detail));
        QCOMPARE(v->sealsChecked, 1);
        QCOMPARE(v->lastSeal->seq, qint64(11));
        // Another machine's key: the seal cannot be checked, and says so.
        v = m->verifyAuditLog(AuditChain::randomBytes(32));
        VERIFY_OK(v);
        QVERIFY(v->verdict.intact());
        QCOMPARE(v->sealsChecked, 0);
        QCOMPARE(v->sealsUnchecked, 1);

        // The tail cut back to before the seal: invisible to the chain, not to the seal.
        QVERIFY(beginTampering(*m));
        QVERIFY(sql(*m, u"DELETE FROM audit_entries WHERE seq >= 11"_s));
        AuditChain::Verdict cut = verdict(*m, key);
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        QCOMPARE(AuditChain::damageId(cut.damage), u"truncated"_s);
        QCOMPARE(cut.firstBadSeq, qint64(11));
        // Without the key the seal is not trusted, and the cut log looks whole.
        QVERIFY(beginTampering(*m));
        QVERIFY(sql(*m, u"DELETE FROM audit_entries WHERE seq >= 11"_s));
        cut = verdict(*m);
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        QVERIFY(cut.intact());
        // A head kept outside the database (an export's) catches it too.
        AuditSeal outside = *seal;
        outside.mac.clear();
        QVERIFY(beginTampering(*m));
        QVERIFY(sql(*m, u"DELETE FROM audit_entries WHERE seq >= 11"_s));
        auto withOutside = m->verifyAuditLog({}, {outside});
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        VERIFY_OK(withOutside);
        QCOMPARE(AuditChain::damageId(withOutside->verdict.damage), u"truncated"_s);

        // A seal whose head was changed no longer matches its signature.
        QVERIFY(beginTampering(*m));
        QVERIFY(sql(*m, u"UPDATE audit_seals SET entries = entries + 1"_s));
        const AuditChain::Verdict forged = verdict(*m, key);
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        QCOMPARE(AuditChain::damageId(forged.damage), u"seal-mismatch"_s);
        QCOMPARE(forged.firstBadSeq, qint64(11));

        // The sealed entry rewritten with its hash recomputed (and the one after relinked):
        // the chain holds, the seal does not.
        QVERIFY(beginTampering(*m));
        auto row = m->auditEntries({});
        VERIFY_OK(row);
        AuditChain::Hasher hasher;
        const auto rechain = [&](qint64 seq, const QString &prev, const QString &reason) {
            AuditFilter f;
            f.beforeSeq = seq + 1;
            f.limit = 1;
            const AuditEntry e = m->auditEntries(f)->first();
            QByteArray fields[AuditChain::FieldCount];
            const QString texts[]
                = {toIsoUtc(e.at),
                   e.operatorName,
                   e.role,
                   e.action,
                   e.tenantId,
                   e.target,
                   e.before
                       ? QString::fromUtf8(QJsonDocument(*e.before).toJson(QJsonDocument::Compact))
                       : QString(),
                   QString::fromUtf8(QJsonDocument(*e.after).toJson(QJsonDocument::Compact)),
                   reason,
                   e.clientHost};
            AuditChain::Row r;
            r.seq = seq;
            const QByteArray prevBytes = prev.toLatin1();
            r.prevHash = prevBytes;
            for (int f2 = 0; f2 < AuditChain::FieldCount; ++f2) {
                fields[f2] = texts[f2].toUtf8();
                const bool isNull = texts[f2].isEmpty() && f2 != AuditChain::Reason;
                r.fields[f2] = isNull ? QByteArrayView() : QByteArrayView(fields[f2]);
            }
            const QString hash = QString::fromLatin1(hasher.hashOf(r));
            auto q = m->database().exec(
                u"UPDATE audit_entries SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?"_s,
                {reason, prev, hash, seq});
            return q ? hash : QString();
        };
        AuditFilter at10;
        at10.beforeSeq = 11;
        at10.limit = 1;
        const QString hash10 = m->auditEntries(at10)->first().hash;
        QString rewritten = rechain(11, hash10, u"nothing to see"_s);
        QVERIFY(!rewritten.isEmpty());
        for (qint64 s = 12; s <= 16 && !rewritten.isEmpty(); ++s) {
            AuditFilter fs;
            fs.beforeSeq = s + 1;
            fs.limit = 1;
            rewritten = rechain(s, rewritten, m->auditEntries(fs)->first().reason);
        }
        QVERIFY(!rewritten.isEmpty());
        const AuditChain::Verdict chainOnly = verdict(*m);
        const AuditChain::Verdict withSeal = verdict(*m, key);
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        QVERIFY2(chainOnly.intact(), qPrintable(chainOnly.detail));
        QCOMPARE(AuditChain::damageId(withSeal.damage), u"seal-mismatch"_s);
        QCOMPARE(withSeal.firstBadSeq, qint64(11));
    }

    // The last seal this machine made is kept outside the database too: a log cut back and
    // its seals deleted (someone with the owner's login) still falls short of it, with or
    // without the key.
    void anchorCatchesWholesaleRewrites()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        QVERIFY(appendEntries(*m, 10));
        const QByteArray key = AuditChain::randomBytes(32);
        auto seal = m->sealAuditLog(key, u"manual"_s);
        VERIFY_OK(seal);
        auto id = m->databaseId();
        VERIFY_OK(id);
        QCOMPARE(id->size(), 32);
        auto anchor = AuditAnchor::read(*id);
        VERIFY_OK(anchor);
        QVERIFY(*anchor);
        QCOMPARE((*anchor)->seq, seal->seq);
        QCOMPARE((*anchor)->hash, seal->hash);
        QVERIFY(appendEntries(*m, 3, 50));
        QVERIFY(verdict(*m, key).intact());
        QVERIFY(verdict(*m).intact());

        QVERIFY(beginTampering(*m));
        QVERIFY(sql(*m, u"DELETE FROM audit_seals"_s));
        QVERIFY(sql(*m, u"DELETE FROM audit_entries WHERE seq >= 6"_s));
        const AuditChain::Verdict withKey = verdict(*m, key);
        const AuditChain::Verdict withoutKey = verdict(*m);
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        for (const AuditChain::Verdict &v : {withKey, withoutKey}) {
            QCOMPARE(AuditChain::damageId(v.damage), u"truncated"_s);
            QCOMPARE(v.firstBadSeq, qint64(6)); // the first entry missing
            QVERIFY2(v.detail.contains(QString::number(seal->seq)), qPrintable(v.detail));
        }
        // An older seal does not replace a newer anchor.
        AuditSeal older = *seal;
        older.seq = 3;
        VERIFY_OK(AuditAnchor::record(*id, older));
        QCOMPARE((*AuditAnchor::read(*id))->seq, seal->seq);
        // A damaged anchor is an error, not a pass.
        {
            QFile file(AuditAnchor::path(*id));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{ not json");
        }
        QVERIFY(!m->verifyAuditLog(key));
        QVERIFY(QFile::remove(AuditAnchor::path(*id)));
    }

    // Retention: entries past the retention of the tenants they concern are purged from the
    // oldest behind a signed checkpoint, the purge itself is recorded, and the chain that
    // remains verifies from the checkpoint. The database lets entries go only behind one; a
    // checkpoint altered, or forged without the key, and an entry deleted after it, are caught.
    void retentionLeavesAVerifiableCheckpoint()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        auto first = AuditLog(m->database()).count();
        VERIFY_OK(first);
        QVERIFY(appendEntries(*m, 30)); // about tenants that do not exist: the longest retention
        const qint64 old = *first + 30;
        const QByteArray key = AuditChain::randomBytes(32);
        // Nothing is behind a checkpoint: the database refuses to delete an entry.
        QVERIFY(!m->database().exec(u"DELETE FROM audit_entries WHERE seq = 1"_s));
        // Nothing is old enough yet either.
        auto report = m->runMaintenance(key);
        VERIFY_OK(report);
        QVERIFY(!report->checkpoint);
        QVERIFY(report->seal); // the first periodic seal
        const qint64 sealedAt = report->seal->seq;

        // 100 days on (logs are kept 90 days by default), five more entries.
        m_clock.advance(100 * 86400);
        QVERIFY(appendEntries(*m, 5));
        report = m->runMaintenance(key);
        VERIFY_OK(report);
        QVERIFY(report->checkpoint);
        QCOMPARE(report->checkpoint->seq, old);
        QCOMPARE(report->checkpoint->kind, u"checkpoint"_s);
        QVERIFY(report->seal); // the head moved and the last seal is 100 days old
        auto count = AuditLog(m->database()).count();
        VERIFY_OK(count);
        QCOMPARE(*count, qint64(5 + 1)); // the five, and the purge's own entry
        AuditFilter purgeEntry;
        purgeEntry.action = u"audit.purge"_s;
        auto purge = m->auditEntries(purgeEntry);
        VERIFY_OK(purge);
        QCOMPARE(purge->size(), 1);
        QCOMPARE(purge->first().after->value(u"purged"_s).toInteger(), old);
        QCOMPARE(purge->first().after->value(u"seq"_s).toInteger(), old);

        auto v = m->verifyAuditLog(key);
        VERIFY_OK(v);
        QVERIFY2(v->verdict.intact(), qPrintable(v->verdict.detail));
        QVERIFY(v->checkpoint);
        QCOMPARE(v->checkpoint->seq, old);
        QCOMPARE(v->verdict.entries, qint64(6));
        QCOMPARE(v->verdict.headSeq, old + 6);
        QVERIFY(v->sealsChecked >= 2); // the checkpoint and the new seal (the first is behind it)
        Q_UNUSED(sealedAt);
        // Again at once: nothing more to purge, nothing new to seal.
        report = m->runMaintenance(key);
        VERIFY_OK(report);
        QVERIFY(!report->checkpoint);
        QVERIFY(!report->seal);

        // The checkpoint altered: its signature no longer matches.
        QVERIFY(beginTampering(*m));
        QVERIFY(
            m->database().exec(u"UPDATE audit_seals SET entries = 1 WHERE kind = 'checkpoint'"_s));
        AuditChain::Verdict altered = verdict(*m, key);
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        QCOMPARE(AuditChain::damageId(altered.damage), u"seal-mismatch"_s);
        QCOMPARE(altered.firstBadSeq, old);
        // The first entry after it deleted.
        QVERIFY(beginTampering(*m));
        QVERIFY(sql(*m, u"DELETE FROM audit_entries WHERE seq = %1"_s.arg(old + 1)));
        AuditChain::Verdict gap = verdict(*m, key);
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        QCOMPARE(AuditChain::damageId(gap.damage), u"deleted"_s);
        QCOMPARE(gap.firstBadSeq, old + 1);
        // A checkpoint forged without the key (the database then lets entries behind it go,
        // with no trigger touched): the signature gives it away.
        QVERIFY(sql(*m, u"BEGIN"_s));
        QVERIFY(m->database().exec(
            u"INSERT INTO audit_seals (at, operator, kind, seq, hash, entries, key_id, mac) "
            "SELECT at, 'mallory', 'checkpoint', seq, hash, seq, ?, ? FROM audit_entries "
            "WHERE seq = ?"_s,
            {AuditLog::keyIdOf(key), QString(64, u'0'), old + 3}));
        QVERIFY(m->database().exec(u"DELETE FROM audit_entries WHERE seq <= ?"_s, {old + 3}));
        AuditChain::Verdict forged = verdict(*m, key);
        QVERIFY(sql(*m, u"ROLLBACK"_s));
        QCOMPARE(AuditChain::damageId(forged.damage), u"seal-mismatch"_s);
        QCOMPARE(forged.firstBadSeq, old + 3);
        // After all that (rolled back), still intact.
        QVERIFY(verdict(*m, key).intact());
    }

    // Four writers at once, each on its own connection: one chain, no fork, no gap.
    void concurrentAppendsKeepOneChain()
    {
        const DatabaseUrl url = m_databases.fresh();
        auto m = m_databases.open(url, m_clock);
        QVERIFY(m);
        constexpr int writers = 4;
        constexpr int each = 25;
        QString errors[writers];
        std::unique_ptr<QThread> threads[writers];
        for (int w = 0; w < writers; ++w) {
            threads[w].reset(QThread::create([&, w] {
                auto own = openManager(url, m_databases.defaultOperator(), m_clock, &errors[w]);
                if (!own)
                    return;
                if (!appendEntries(*own, each, w * 1000))
                    errors[w] = u"an append failed"_s;
            }));
            threads[w]->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(QDeadlineTimer(120'000)));
        for (const QString &error : errors)
            QVERIFY2(error.isEmpty(), qPrintable(error));
        auto v = m->verifyAuditLog({});
        VERIFY_OK(v);
        QVERIFY2(v->verdict.intact(), qPrintable(v->verdict.detail));
        QCOMPARE(v->verdict.entries, qint64(1 + writers * each));
    }

    // A change whose audit entry cannot be written is not made, and the operator is told why.
    void failsClosed()
    {
        auto m = m_databases.open(m_databases.fresh(), m_clock);
        QVERIFY(m);
        if (postgres()) {
            QVERIFY(sql(*m,
                        u"CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                        "$$ BEGIN RAISE EXCEPTION 'the audit disk is full'; END $$"_s));
            QVERIFY(sql(*m,
                        u"CREATE TRIGGER refuse BEFORE INSERT ON audit_entries FOR EACH ROW "
                        "EXECUTE FUNCTION refuse_audit()"_s));
        } else {
            QVERIFY(sql(*m,
                        u"CREATE TRIGGER refuse BEFORE INSERT ON audit_entries BEGIN "
                        "SELECT RAISE(ABORT, 'the audit disk is full'); END"_s));
        }
        NewTenant t;
        t.id = u"acme"_s;
        t.name = u"Acme"_s;
        t.tier = u"professional"_s;
        t.ownerEmail = u"owner@acme.example"_s;
        t.region = u"us-east-1"_s;
        auto created = m->create(t);
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(u"audit disk is full"_s),
                 qPrintable(created.error().message));
        QCOMPARE(m->show(u"acme"_s).error().code, ErrorCode::NotFound);
    }

    // Entries written before the chain existed (schema 10) are chained by the upgrade, in the
    // order they were written.
    void chainsAnOlderLog()
    {
        const DatabaseUrl url = m_databases.fresh();
        {
            auto db = Database::open(url);
            QVERIFY(db);
            VERIFY_OK(Migrator::migrate(**db, u"old"_s, Migrator::builtin(), 10));
            // Its admin (registered when it was made) is who opens it now.
            const QString owner = postgres() ? m_databases.server()->superuser : u"alice"_s;
            VERIFY_OK((*db)->exec(u"INSERT INTO operators VALUES (?, 'admin', "
                                  "'2025-01-01T00:00:00.000Z', 'x')"_s,
                                  {owner}));
            for (int i = 0; i < 3; ++i) {
                auto q = (*db)->exec(
                    u"INSERT INTO audit_entries (at, operator, role, action, tenant_id, "
                    "after_json, reason) VALUES (?, 'founder', 'admin', 'tenant.create', ?, ?, ?)"_s,
                    {u"2025-01-0%1T00:00:00.000Z"_s.arg(i + 1), u"t%1"_s.arg(i),
                     u"{\"n\":%1}"_s.arg(i), kAwkward.at(i + 1)});
                VERIFY_OK(q);
            }
        }
        auto m = m_databases.open(url, m_clock);
        QVERIFY(m);
        auto v = m->verifyAuditLog({});
        VERIFY_OK(v);
        QVERIFY2(v->verdict.intact(), qPrintable(v->verdict.detail));
        QVERIFY(v->verdict.entries >= 3);
        AuditFilter f;
        f.tenantId = u"t0"_s;
        QCOMPARE(m->auditEntries(f)->first().seq, qint64(1));
        // Still append-only, and a new entry follows on.
        QVERIFY(!m->database().exec(u"UPDATE audit_entries SET reason = 'x'"_s));
        QVERIFY(appendEntries(*m, 2));
        QVERIFY(m->verifyAuditLog({})->verdict.intact());
    }
};

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
