#include "AuditChain.h"

#include <cstring>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Tenancy::AuditChain {

namespace {

constexpr QByteArrayView kMagic = "tenancy-audit/1\n";
constexpr int kRenumberedWindow = 64; // how far back a renumbering is recognised

constexpr std::array<QByteArrayView, FieldCount> kNames {
    "at",     "operator", "role",  "action", "tenant_id",
    "target", "before",   "after", "reason", "client_host",
};
constexpr std::array<QByteArrayView, FieldCount> kColumns {
    "at",     "operator",    "role",       "action", "tenant_id",
    "target", "before_json", "after_json", "reason", "client_host",
};

// Writes value in decimal at out; returns the end.
char *putDecimal(char *out, qint64 value)
{
    char digits[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *out++ = '-';
    while (n)
        *out++ = digits[--n];
    return out;
}

char *put(char *out, QByteArrayView bytes)
{
    std::memcpy(out, bytes.data(), size_t(bytes.size()));
    return out + bytes.size();
}

// name=<length>:<bytes>\n, or name=-\n for NULL.
char *putField(char *out, QByteArrayView name, QByteArrayView value)
{
    out = put(out, name);
    *out++ = '=';
    if (value.data() == nullptr) {
        *out++ = '-';
        *out++ = '\n';
        return out;
    }
    out = putDecimal(out, value.size());
    *out++ = ':';
    out = put(out, value);
    *out++ = '\n';
    return out;
}

void toHex(const unsigned char *digest, unsigned length, char *out)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    for (unsigned i = 0; i < length; ++i) {
        out[2 * i] = kDigits[digest[i] >> 4];
        out[2 * i + 1] = kDigits[digest[i] & 0xf];
    }
}

} // namespace

QByteArrayView fieldName(Field field)
{
    return kNames[field];
}

QByteArrayView columnName(Field field)
{
    return kColumns[field];
}

QByteArrayView genesis()
{
    return "0000000000000000000000000000000000000000000000000000000000000000";
}

void serialize(const Row &row, QByteArray &out)
{
    // Written through a pointer into room made once: this runs for every entry verified.
    constexpr qsizetype kNumber = 24; // the longest decimal, sign included
    qsizetype room = kMagic.size() + 4 + kNumber + 1;
    room += 5 + kNumber + 2 + row.prevHash.size();
    for (int f = 0; f < FieldCount; ++f)
        room += kNames[f].size() + 1 + kNumber + 2 + row.fields[f].size();
    const qsizetype start = out.size();
    out.resize(start + room);
    char *at = out.data() + start;
    at = put(at, kMagic);
    at = put(at, "seq=");
    at = putDecimal(at, row.seq);
    *at++ = '\n';
    at = putField(at, "prev", row.prevHash);
    for (int f = 0; f < FieldCount; ++f)
        at = putField(at, kNames[f], row.fields[f]);
    out.resize(at - out.constData());
}

struct Hasher::Private
{
    EVP_MD *sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    QByteArray buffer;
    char hex[64];
};

Hasher::Hasher()
    : d(std::make_unique<Private>())
{
    d->buffer.reserve(4096);
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(d->context);
    EVP_MD_free(d->sha256);
}

QByteArrayView Hasher::sha256Hex(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    if (!d->sha256 || !d->context || !EVP_DigestInit_ex2(d->context, d->sha256, nullptr)
        || !EVP_DigestUpdate(d->context, bytes.data(), size_t(bytes.size()))
        || !EVP_DigestFinal_ex(d->context, digest, &length) || length != 32)
        qFatal("OpenSSL's SHA-256 is not available");
    toHex(digest, length, d->hex);
    return QByteArrayView(d->hex, 64);
}

QByteArrayView Hasher::hashOf(const Row &row)
{
    d->buffer.resize(0);
    serialize(row, d->buffer);
    return sha256Hex(d->buffer);
}

QByteArray hmacSha256Hex(QByteArrayView key, QByteArrayView message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()),
              reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
              digest, &length))
        return {};
    QByteArray hex(int(length) * 2, Qt::Uninitialized);
    toHex(digest, length, hex.data());
    return hex;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

QString damageName(Damage damage)
{
    switch (damage) {
    case Damage::None:
        return Verifier::tr("intact");
    case Damage::Edited:
        return Verifier::tr("edited entry");
    case Damage::Deleted:
        return Verifier::tr("deleted entry");
    case Damage::Reordered:
        return Verifier::tr("reordered entries");
    case Damage::Truncated:
        return Verifier::tr("truncated after a seal");
    case Damage::SealMismatch:
        return Verifier::tr("seal does not match");
    }
    return {};
}

QString damageId(Damage damage)
{
    switch (damage) {
    case Damage::None:
        return u"intact"_s;
    case Damage::Edited:
        return u"edited"_s;
    case Damage::Deleted:
        return u"deleted"_s;
    case Damage::Reordered:
        return u"reordered"_s;
    case Damage::Truncated:
        return u"truncated"_s;
    case Damage::SealMismatch:
        return u"seal-mismatch"_s;
    }
    return {};
}

Verifier::Verifier(qint64 startSeq, QByteArray startPrev)
    : m_expectedSeq(startSeq)
    , m_expectedPrev(startPrev.isEmpty() ? genesis().toByteArray() : std::move(startPrev))
    , m_startSeq(startSeq)
{
    m_verdict.headSeq = startSeq - 1;
}

void Verifier::expect(qint64 seq, const QByteArray &hash, const QString &what)
{
    m_expected.insert(seq, {hash, what});
}

void Verifier::fail(Damage damage, qint64 seq, QString detail)
{
    m_verdict.damage = damage;
    m_verdict.firstBadSeq = seq;
    m_verdict.detail = std::move(detail);
}

bool Verifier::add(const Row &row)
{
    if (damaged())
        return false;
    if (row.seq != m_expectedSeq) {
        m_failedSeq = m_expectedSeq;
        m_failedPrev = row.prevHash.toByteArray();
        m_gap = row.seq > m_expectedSeq;
        m_needsDiagnosis = true;
        fail(
            Damage::Deleted, m_expectedSeq,
            tr("entry %1 is missing: the log goes on at entry %2").arg(m_expectedSeq).arg(row.seq));
        return false;
    }
    const bool linkOk = row.prevHash == QByteArrayView(m_expectedPrev);
    const bool contentOk = m_hasher.hashOf(row) == row.hash;
    if (!linkOk || !contentOk) {
        m_failedSeq = row.seq;
        m_failedPrev = row.prevHash.toByteArray();
        m_failedContentOk = contentOk;
        m_needsDiagnosis = !linkOk;
        fail(Damage::Edited, row.seq,
             linkOk ? tr("entry %1 does not match its hash: it was changed after it was written")
                          .arg(row.seq)
                    : tr("entry %1 is not chained to entry %2").arg(row.seq).arg(row.seq - 1));
        return false;
    }
    if (const auto it = m_expected.constFind(row.seq);
        it != m_expected.cend() && row.hash != QByteArrayView(it->hash)) {
        fail(Damage::SealMismatch, row.seq,
             tr("entry %1 is not the one %2 signed: the log was rewritten from there on")
                 .arg(row.seq)
                 .arg(it->what));
        return false;
    }
    ++m_verdict.entries;
    m_verdict.headSeq = row.seq;
    // The next link, in place (no allocation per row; verdict() copies it out).
    if (m_expectedPrev.size() == row.hash.size())
        std::memcpy(m_expectedPrev.data(), row.hash.data(), size_t(row.hash.size()));
    else
        m_expectedPrev = row.hash.toByteArray();
    ++m_expectedSeq;
    return true;
}

void Verifier::diagnose(const QList<Suspect> &later,
                        const std::function<std::optional<bool>(qint64, qint64)> &contentMatches)
{
    if (!m_needsDiagnosis)
        return;
    m_needsDiagnosis = false;
    const qint64 at = m_failedSeq;
    // The true successor of the last good entry sits further on, or the entry found here was
    // written after one that comes later: entries were moved.
    for (const Suspect &s : later) {
        const bool successorLater = s.seq > at && s.prevHash == m_expectedPrev;
        const bool predecessorLater = s.seq > at && s.hash == m_failedPrev;
        if (successorLater || predecessorLater) {
            const qint64 original = successorLater ? s.seq : -1;
            fail(Damage::Reordered, at,
                 original > 0 ? tr("entry %1 was moved: what was written as entry %1 is now at %2")
                                    .arg(at)
                                    .arg(original)
                              : tr("entry %1 was moved: it was written after entries that now "
                                   "come later")
                                    .arg(at));
            return;
        }
    }
    if (m_gap)
        return; // deleted, as add() said
    // The entries after a deletion renumbered to close the gap: the one here hashes right as
    // the number it had.
    for (qint64 k = 1; k <= kRenumberedWindow; ++k) {
        const auto matches = contentMatches(at, at + k);
        if (matches && *matches) {
            fail(Damage::Deleted, at,
                 tr("%1 entries from entry %2 on were deleted and the rest renumbered")
                     .arg(k)
                     .arg(at));
            return;
        }
    }
    if (m_failedContentOk && at > m_startSeq) {
        fail(Damage::Edited, at - 1,
             tr("entry %1 was changed and its hash recomputed: entry %2 was chained to "
                "what it was before")
                 .arg(at - 1)
                 .arg(at));
        return;
    }
    fail(Damage::Edited, at,
         tr("entry %1 was changed after it was written: it is not chained to entry %2")
             .arg(at)
             .arg(at - 1));
}

void Verifier::finish()
{
    if (damaged())
        return;
    qint64 furthest = 0;
    QString what;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (it.key() > m_verdict.headSeq && it.key() > furthest) {
            furthest = it.key();
            what = it->what;
        }
    }
    if (furthest > 0)
        fail(Damage::Truncated, m_verdict.headSeq + 1,
             tr("the log ends at entry %1, but %2 covers entries up to %3")
                 .arg(m_verdict.headSeq)
                 .arg(what)
                 .arg(furthest));
}

} // namespace Tenancy::AuditChain
