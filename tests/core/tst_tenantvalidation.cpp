// TenantValidation: what a person may type for a tenant, field by field, and the whole form.
#include "TestSupport.h"
#include "model/TenantValidation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

QString repeated(const QString &text, int times)
{
    return text.repeated(times);
}

QString fromUcs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// Common checks for every finding: the field it concerns and a message a person can read.
void verifyError(const std::optional<Error> &error, bool valid, const QString &field,
                 const QString &fragment)
{
    if (valid) {
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        return;
    }
    QVERIFY2(error, "expected a validation error");
    QCOMPARE(error->code, ErrorCode::Invalid);
    QCOMPARE(error->field, field);
    QVERIFY(!error->message.trimmed().isEmpty());
    if (!fragment.isEmpty())
        QVERIFY2(error->message.contains(fragment), qPrintable(error->message));
}

} // namespace

class tst_TenantValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestsAnIdThatWouldBeAccepted_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("suggestion"); // empty: no suggestion offered
        QTest::newRow("uppercase") << u"AcmeCorp"_s << u"acmecorp"_s;
        QTest::newRow("underscore") << u"Globex_Health"_s << u"globex-health"_s;
        QTest::newRow("spaces") << u"ACME Corp  Ltd"_s << u"acme-corp-ltd"_s;
        QTest::newRow("nothing usable") << u"ÉÉÉ"_s << QString();
    }
    void suggestsAnIdThatWouldBeAccepted()
    {
        QFETCH(QString, id);
        QFETCH(QString, suggestion);
        const auto error = TenantValidation::checkId(id);
        QVERIFY(error);
        if (suggestion.isEmpty()) {
            QVERIFY2(!error->message.contains(u"try"_s), qPrintable(error->message));
            return;
        }
        QVERIFY2(error->message.contains(u'"' + suggestion + u'"'), qPrintable(error->message));
        QVERIFY(!TenantValidation::checkId(suggestion)); // the suggestion itself is valid
    }

    void checkId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment"); // expected in the message, if not empty

        QTest::newRow("one letter") << u"a"_s << true << QString();
        QTest::newRow("one digit") << u"0"_s << true << QString();
        QTest::newRow("word") << u"acme"_s << true << QString();
        QTest::newRow("with dash") << u"acme-corp"_s << true << QString();
        QTest::newRow("digits and dashes") << u"a1-b2-c3"_s << true << QString();
        QTest::newRow("starts with digit") << u"9lives"_s << true << QString();
        QTest::newRow("double dash inside") << u"a--b"_s << true << QString();
        QTest::newRow("63 characters") << repeated(u"a"_s, 63) << true << QString();
        QTest::newRow("63 with dashes")
            << (u"a"_s + repeated(u"-"_s, 61) + u"z"_s) << true << QString();

        QTest::newRow("empty") << QString() << false << u"required"_s;
        QTest::newRow("64 characters") << repeated(u"a"_s, 64) << false << u"64"_s;
        QTest::newRow("uppercase") << u"Acme"_s << false << u"\"acme\""_s;
        QTest::newRow("all uppercase") << u"ACME-CORP"_s << false << u"\"acme-corp\""_s;
        QTest::newRow("leading dash") << u"-acme"_s << false << QString();
        QTest::newRow("trailing dash") << u"acme-"_s << false << QString();
        QTest::newRow("dash only") << u"-"_s << false << QString();
        QTest::newRow("sql injection") << u"a';drop table tenants;--"_s << false << QString();
        QTest::newRow("double quote") << u"x\"y"_s << false << QString();
        QTest::newRow("single quote") << u"o'brien"_s << false << QString();
        QTest::newRow("percent") << u"%"_s << false << QString();
        QTest::newRow("underscore") << u"_"_s << false << QString();
        QTest::newRow("underscore inside") << u"acme_corp"_s << false << QString();
        QTest::newRow("like pattern") << u"acme%"_s << false << QString();
        QTest::newRow("dot") << u"acme.corp"_s << false << QString();
        QTest::newRow("slash") << u"acme/corp"_s << false << QString();
        QTest::newRow("space inside") << u"acme corp"_s << false << QString();
        QTest::newRow("leading space") << u" acme"_s << false << QString();
        QTest::newRow("trailing space") << u"acme "_s << false << QString();
        QTest::newRow("unicode letter") << u"soci\u00e9t\u00e9"_s << false << QString();
        QTest::newRow("cjk") << u"\u6771\u4eac"_s << false << QString();
        QTest::newRow("fullwidth latin") << u"\uff41\uff43\uff4d\uff45"_s << false << QString();
        QTest::newRow("trailing newline") << u"acme\n"_s << false << QString();
        QTest::newRow("newline inside") << u"ac\nme"_s << false << QString();
        QTest::newRow("tab") << u"a\tb"_s << false << QString();
        QTest::newRow("control 0x01") << u"a\x01"_s << false << QString();
        QTest::newRow("rtl override") << u"acme\u202e"_s << false << QString();
        QTest::newRow("zero-width space") << u"ac\u200bme"_s << false << QString();
        QTest::newRow("nul") << QString(QChar(0)) << false << QString();
    }
    void checkId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        verifyError(TenantValidation::checkId(id), valid, u"id"_s, fragment);
    }

    void checkName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("plain") << u"Acme"_s << true << QString();
        QTest::newRow("accents") << u"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"_s << true << QString();
        QTest::newRow("japanese") << u"\u6771\u4eac\u30e9\u30dc"_s << true << QString();
        QTest::newRow("diaeresis") << u"Zo\u00eb"_s << true << QString();
        QTest::newRow("decomposed diaeresis") << u"Zoe\u0308"_s << true << QString();
        QTest::newRow("apostrophe and ampersand") << u"O'Brien & Sons"_s << true << QString();
        QTest::newRow("sql metacharacters") << u"a';drop table tenants;--"_s << true << QString();
        QTest::newRow("double quote") << u"x\"y"_s << true << QString();
        QTest::newRow("percent") << u"100% Pure"_s << true << QString();
        QTest::newRow("underscore") << u"snake_case"_s << true << QString();
        QTest::newRow("surrounding spaces (trimmed)") << u"  Acme  "_s << true << QString();
        QTest::newRow("200 characters") << repeated(u"x"_s, 200) << true << QString();
        QTest::newRow("200 CJK characters") << repeated(u"\u6771"_s, 200) << true << QString();
        QTest::newRow("200 emoji (surrogate pairs)")
            << repeated(fromUcs4(U'\U0001F600'), 200) << true << QString();

        QTest::newRow("empty") << QString() << false << u"required"_s;
        QTest::newRow("spaces only") << u"   "_s << false << u"required"_s;
        QTest::newRow("tab only") << u"\t"_s << false << u"required"_s;
        QTest::newRow("201 characters") << repeated(u"x"_s, 201) << false << u"201"_s;
        QTest::newRow("201 emoji") << repeated(fromUcs4(U'\U0001F600'), 201) << false << u"201"_s;
        QTest::newRow("newline inside") << u"Acme\nCorp"_s << false << u"control"_s;
        QTest::newRow("tab inside") << u"Acme\tCorp"_s << false << u"control"_s;
        QTest::newRow("carriage return inside") << u"Acme\rCorp"_s << false << u"control"_s;
        QTest::newRow("control 0x01") << u"Acme\x01"_s << false << u"control"_s;
        QTest::newRow("delete 0x7f") << u"Acme\x7f"_s << false << u"control"_s;
        QTest::newRow("C1 control 0x85") << u"Acme\u0085Corp"_s << false << u"control"_s;
        QTest::newRow("rtl override") << u"Acme\u202egnp"_s << false << u"control"_s;
        QTest::newRow("zero-width space") << u"Ac\u200bme"_s << false << u"control"_s;
        QTest::newRow("zero-width space alone") << u"\u200b"_s << false << QString();
        QTest::newRow("byte order mark") << u"\ufeffAcme"_s << false << u"control"_s;
        QTest::newRow("line separator") << u"Acme\u2028Corp"_s << false << u"control"_s;
        QTest::newRow("lone surrogate") << (u"Acme"_s + QChar(0xD800)) << false << QString();
    }
    void checkName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        verifyError(TenantValidation::checkName(name), valid, u"name"_s, fragment);
    }

    void checkOwnerEmail_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");

        // 254 characters in all: 64 + '@' + 189.
        const QString local64 = repeated(u"l"_s, 64);
        const QString domain189 = repeated(u"a"_s, 63) + u'.' + repeated(u"b"_s, 63) + u'.'
            + repeated(u"c"_s, 57) + u".com"_s;
        const QString max = local64 + u'@' + domain189;
        Q_ASSERT(max.size() == 254);

        QTest::newRow("shortest") << u"a@b.co"_s << true << QString();
        QTest::newRow("dots, plus, subdomain")
            << u"first.last+tag@sub.example.org"_s << true << QString();
        QTest::newRow("apostrophe") << u"o'brien@example.ie"_s << true << QString();
        QTest::newRow("surrounding spaces (trimmed)") << u"  a@b.co  "_s << true << QString();
        QTest::newRow("uppercase") << u"Alice@Example.COM"_s << true << QString();
        QTest::newRow("punycode domain") << u"a@xn--bcher-kva.example"_s << true << QString();
        QTest::newRow("hyphen inside label") << u"a@my-company.example"_s << true << QString();
        QTest::newRow("64-character local part")
            << (local64 + u"@example.com"_s) << true << QString();
        QTest::newRow("254 characters") << max << true << QString();

        QTest::newRow("empty") << QString() << false << u"required"_s;
        QTest::newRow("spaces only") << u"   "_s << false << u"required"_s;
        QTest::newRow("no @") << u"ab.co"_s << false << QString();
        QTest::newRow("two @ together") << u"a@@b.co"_s << false << QString();
        QTest::newRow("two @ apart") << u"a@b@c.co"_s << false << QString();
        QTest::newRow("nothing before @") << u"@b.co"_s << false << QString();
        QTest::newRow("nothing after @") << u"a@"_s << false << QString();
        QTest::newRow("trailing dot") << u"a@b.co."_s << false << QString();
        QTest::newRow("space inside local part") << u"a b@c.co"_s << false << QString();
        QTest::newRow("space inside domain") << u"a@b .co"_s << false << QString();
        QTest::newRow("unicode domain") << u"a@b\u00fccher.example"_s << false << u"xn--"_s;
        QTest::newRow("unicode local part") << u"zo\u00eb@example.com"_s << false << u"'@'"_s;
        QTest::newRow("65-character local part")
            << (repeated(u"l"_s, 65) + u"@example.com"_s) << false << u"'@'"_s;
        QTest::newRow("255 characters") << (u"l"_s + max) << false << u"254"_s;
        QTest::newRow("over 254 characters")
            << (u"a@"_s + repeated(u"abcdefghij."_s, 25) + u"com"_s) << false << u"254"_s;
        QTest::newRow("no dot in domain") << u"a@b"_s << false << u"domain"_s;
        QTest::newRow("domain starts with dash") << u"a@-b.com"_s << false << u"domain"_s;
        QTest::newRow("label ends with dash") << u"a@b-.com"_s << false << u"domain"_s;
        QTest::newRow("one-letter tld") << u"a@b.c"_s << false << u"domain"_s;
        QTest::newRow("empty label") << u"a@b..com"_s << false << u"domain"_s;
        QTest::newRow("leading dot in local part") << u".a@b.co"_s << false << QString();
        QTest::newRow("trailing dot in local part") << u"a.@b.co"_s << false << QString();
        QTest::newRow("double dot in local part") << u"a..b@c.co"_s << false << QString();
        QTest::newRow("newline inside") << u"a\n@b.co"_s << false << QString();
        QTest::newRow("rtl override") << u"a@b.co\u202e"_s << false << QString();
        QTest::newRow("sql injection") << u"a';drop table tenants;--@b.co"_s << false << QString();
        QTest::newRow("display-name form") << u"Alice <a@b.co>"_s << false << QString();
    }
    void checkOwnerEmail()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        verifyError(TenantValidation::checkOwnerEmail(email), valid, u"owner_email"_s, fragment);
    }

    void checkTier_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("free") << u"free"_s << true << QString();
        QTest::newRow("professional") << u"professional"_s << true << QString();
        QTest::newRow("enterprise") << u"enterprise"_s << true << QString();
        QTest::newRow("custom") << u"custom"_s << true << QString();
        QTest::newRow("empty") << QString() << false << u"required"_s;
        QTest::newRow("unknown") << u"gold"_s << false << u"\"gold\""_s;
        QTest::newRow("display name") << u"Free"_s << false << u"free, professional"_s;
        QTest::newRow("trailing space") << u"free "_s << false << QString();
        QTest::newRow("sql injection") << u"free' or '1'='1"_s << false << QString();
    }
    void checkTier()
    {
        QFETCH(QString, tier);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        verifyError(TenantValidation::checkTier(tier, *Test::catalog()), valid, u"tier"_s,
                    fragment);
    }

    void checkRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        for (const QString &id :
             {u"us-east-1"_s, u"us-east-2"_s, u"us-west-2"_s, u"ca-central-1"_s, u"eu-west-1"_s,
              u"eu-central-1"_s, u"eu-north-1"_s, u"eu-west-2"_s, u"ap-southeast-1"_s,
              u"ap-northeast-1"_s, u"ap-south-1"_s, u"sa-east-1"_s}) {
            QTest::newRow(qPrintable(id)) << id << true << QString();
        }
        QTest::newRow("empty") << QString() << false << u"required"_s;
        QTest::newRow("uppercase") << u"US-EAST-1"_s << false << u"us-east-1"_s;
        QTest::newRow("unknown") << u"mars-central-1"_s << false << u"\"mars-central-1\""_s;
        QTest::newRow("trailing space") << u"us-east-1 "_s << false << QString();
        QTest::newRow("display name") << u"Europe (Ireland)"_s << false << QString();
    }
    void checkRegion()
    {
        QFETCH(QString, region);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        verifyError(TenantValidation::checkRegion(region, *Test::catalog()), valid, u"region"_s,
                    fragment);
    }

    void checkIndustry_data()
    {
        QTest::addColumn<QString>("industry");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty (optional)") << QString() << true << QString();
        QTest::newRow("healthcare") << u"healthcare"_s << true << QString();
        QTest::newRow("government") << u"government"_s << true << QString();
        QTest::newRow("technology") << u"technology"_s << true << QString();
        QTest::newRow("capitalised") << u"Healthcare"_s << false << u"healthcare"_s;
        QTest::newRow("unknown") << u"crypto"_s << false << u"\"crypto\""_s;
        QTest::newRow("display name") << u"Financial services"_s << false << QString();
    }
    void checkIndustry()
    {
        QFETCH(QString, industry);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        verifyError(TenantValidation::checkIndustry(industry, *Test::catalog()), valid,
                    u"industry"_s, fragment);
    }

    void normaliseCompliance_data()
    {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("expected"); // when valid
        QTest::addColumn<QString>("fragment"); // when not

        QTest::newRow("none") << QStringList() << true << QStringList() << QString();
        QTest::newRow("blank entries skipped")
            << QStringList {u""_s, u"  "_s} << true << QStringList() << QString();
        QTest::newRow("canonical id")
            << QStringList {u"HIPAA"_s} << true << QStringList {u"HIPAA"_s} << QString();
        QTest::newRow("display names, any case, sorted")
            << QStringList {u"soc 2"_s, u"pci dss"_s, u"gdpr"_s} << true
            << QStringList {u"GDPR"_s, u"PCI_DSS"_s, u"SOC2"_s} << QString();
        QTest::newRow("duplicates removed")
            << QStringList {u"SOC2"_s, u"soc 2"_s, u"Soc-2"_s, u"GDPR"_s, u"gdpr"_s} << true
            << QStringList {u"GDPR"_s, u"SOC2"_s} << QString();
        QTest::newRow("all seven")
            << QStringList {u"FedRAMP"_s, u"iso 27001"_s, u"PCI-DSS"_s, u"SOC 2"_s,
                            u"hipaa"_s,   u"ccpa"_s,      u"GDPR"_s}
            << true << QStringList {u"CCPA"_s,     u"FEDRAMP"_s, u"GDPR"_s, u"HIPAA"_s,
                                    u"ISO27001"_s, u"PCI_DSS"_s, u"SOC2"_s}
            << QString();

        QTest::newRow("unknown") << QStringList {u"SOC3"_s} << false << QStringList()
                                 << u"\"SOC3\""_s;
        QTest::newRow("misspelt among good ones")
            << QStringList {u"gdpr"_s, u"HIPPA"_s} << false << QStringList() << u"\"HIPPA\""_s;
        QTest::newRow("sql injection") << QStringList {u"GDPR'); drop table tenants;--"_s} << false
                                       << QStringList() << QString();
    }
    void normaliseCompliance()
    {
        QFETCH(QStringList, input);
        QFETCH(bool, valid);
        QFETCH(QStringList, expected);
        QFETCH(QString, fragment);
        const auto result = TenantValidation::normaliseCompliance(input, *Test::catalog());
        QCOMPARE(result.ok(), valid);
        if (valid) {
            QCOMPARE(*result, expected);
            return;
        }
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QCOMPARE(result.error().field, u"compliance"_s);
        QVERIFY(!result.error().message.isEmpty());
        if (!fragment.isEmpty())
            QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    }

    void checkReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("plain") << u"customer asked by phone"_s << true << QString();
        QTest::newRow("unicode") << u"Kunde hat gek\u00fcndigt"_s << true << QString();
        QTest::newRow("multi-line") << u"line one\nline two"_s << true << QString();
        QTest::newRow("tab") << u"ticket\t#123"_s << true << QString();
        QTest::newRow("1000 characters") << repeated(u"r"_s, 1000) << true << QString();
        QTest::newRow("1000 plus spaces (trimmed)")
            << (u"  "_s + repeated(u"r"_s, 1000) + u"  "_s) << true << QString();

        QTest::newRow("empty") << QString() << false << u"required"_s;
        QTest::newRow("spaces only") << u"   "_s << false << u"required"_s;
        QTest::newRow("newlines only") << u"\n\n"_s << false << u"required"_s;
        QTest::newRow("1001 characters") << repeated(u"r"_s, 1001) << false << u"1000"_s;
        QTest::newRow("control 0x01") << u"bad\x01reason"_s << false << u"control"_s;
        QTest::newRow("escape 0x1b") << u"bad\x1b[31mreason"_s << false << u"control"_s;
        QTest::newRow("rtl override") << u"bad\u202ereason"_s << false << u"control"_s;
        QTest::newRow("zero-width space") << u"bad\u200breason"_s << false << u"control"_s;
    }
    void checkReason()
    {
        QFETCH(QString, reason);
        QFETCH(bool, valid);
        QFETCH(QString, fragment);
        verifyError(TenantValidation::checkReason(reason), valid, u"reason"_s, fragment);
    }

    void containsControlOrInvisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ascii") << u"Acme Corp"_s << false;
        QTest::newRow("accents and CJK") << u"Soci\u00e9t\u00e9 \u6771\u4eac"_s << false;
        QTest::newRow("emoji") << fromUcs4(U'\U0001F600') << false;
        QTest::newRow("newline") << u"a\nb"_s << true;
        QTest::newRow("rtl override") << u"\u202e"_s << true;
        QTest::newRow("zero-width joiner") << u"a\u200db"_s << true;
        QTest::newRow("paragraph separator") << u"a\u2029b"_s << true;
        QTest::newRow("unassigned code point") << fromUcs4(U'\U000E0FFF') << true;
    }
    void containsControlOrInvisible()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(Tenancy::containsControlOrInvisible(text), expected);
    }

    void checkAllFields_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("industry");
        QTest::addColumn<QStringList>("compliance");
        QTest::addColumn<QStringList>("fields"); // findings, in order

        QTest::newRow("valid") << u"acme"_s << u"Acme"_s << u"a@acme.example"_s << u"free"_s
                               << u"us-east-1"_s << u"technology"_s << QStringList {u"soc 2"_s}
                               << QStringList();
        QTest::newRow("valid without industry or compliance")
            << u"acme"_s << u"Acme"_s << u"a@acme.example"_s << u"custom"_s << u"eu-west-1"_s
            << QString() << QStringList() << QStringList();
        QTest::newRow("everything wrong")
            << u"Acme!"_s << u"\n"_s << u"nobody"_s << u"gold"_s << u"mars-1"_s << u"crypto"_s
            << QStringList {u"SOC3"_s}
            << QStringList {u"id"_s,     u"name"_s,     u"owner_email"_s, u"tier"_s,
                            u"region"_s, u"industry"_s, u"compliance"_s};
        QTest::newRow("name and region")
            << u"acme"_s << QString() << u"a@acme.example"_s << u"free"_s << QString() << QString()
            << QStringList() << QStringList {u"name"_s, u"region"_s};
        QTest::newRow("email and compliance")
            << u"acme"_s << u"Acme"_s << u"a@b"_s << u"free"_s << u"us-east-1"_s << QString()
            << QStringList {u"GDPR"_s, u"HIPPA"_s}
            << QStringList {u"owner_email"_s, u"compliance"_s};
    }
    void checkAllFields()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, tier);
        QFETCH(QString, region);
        QFETCH(QString, industry);
        QFETCH(QStringList, compliance);
        QFETCH(QStringList, fields);

        NewTenant tenant;
        tenant.id = id;
        tenant.name = name;
        tenant.ownerEmail = email;
        tenant.tier = tier;
        tenant.region = region;
        tenant.industry = industry;
        tenant.compliance = compliance;
        const QList<Error> errors = TenantValidation::check(tenant, *Test::catalog());
        QStringList actual;
        for (const Error &error : errors) {
            actual << error.field;
            QCOMPARE(error.code, ErrorCode::Invalid);
            QVERIFY(!error.message.isEmpty());
        }
        QCOMPARE(actual, fields);
    }

    void normalised()
    {
        NewTenant tenant;
        tenant.id = u"acme"_s;
        tenant.name = u"  Soci\u00e9t\u00e9 G\u00e9n\u00e9rale \t"_s;
        tenant.ownerEmail = u"  first.last@example.org "_s;
        tenant.tier = u"professional"_s;
        tenant.region = u"eu-west-1"_s;
        tenant.industry = u"finance"_s;
        tenant.compliance = {u"soc 2"_s, u"gdpr"_s, u"SOC2"_s, u"PCI-DSS"_s, u" "_s};

        const NewTenant n = TenantValidation::normalised(tenant, *Test::catalog());
        QCOMPARE(n.id, u"acme"_s);
        QCOMPARE(n.name, u"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"_s);
        QCOMPARE(n.ownerEmail, u"first.last@example.org"_s);
        QCOMPARE(n.tier, u"professional"_s);
        QCOMPARE(n.region, u"eu-west-1"_s);
        QCOMPARE(n.industry, u"finance"_s);
        QCOMPARE(n.compliance, (QStringList {u"GDPR"_s, u"PCI_DSS"_s, u"SOC2"_s}));
        QVERIFY(TenantValidation::check(n, *Test::catalog()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TenantValidation)
#include "tst_tenantvalidation.moc"
