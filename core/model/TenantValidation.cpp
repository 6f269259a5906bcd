#include "TenantValidation.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

qsizetype codePoints(const QString &s)
{
    return s.toUcs4().size();
}

} // namespace

bool containsControlOrInvisible(const QString &text)
{
    // toUcs4() would turn a broken surrogate pair into U+FFFD; catch it on the UTF-16 first.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    for (const char32_t c : text.toUcs4()) {
        const auto category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph) {
            return true;
        }
    }
    return false;
}

std::optional<Error> TenantValidation::checkId(const QString &id)
{
    const auto fail = [](const QString &message) {
        return Error::invalid(u"id"_s, message);
    };
    if (id.isEmpty())
        return fail(tr("the tenant id is required"));
    if (id.size() > maxIdLength)
        return fail(tr("the tenant id has %1 characters; at most %2 are allowed")
                        .arg(id.size())
                        .arg(maxIdLength));
    // Anchored with \z, not $: in PCRE "$" also matches before a final newline.
    static const QRegularExpression re(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\z"_s);
    if (re.match(id).hasMatch())
        return std::nullopt;
    if (id != id.toLower()) {
        // Suggest an id that would be accepted: lowercase, other characters as '-'.
        QString suggestion;
        for (const QChar c : id.toLower()) {
            const bool keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
            if (keep)
                suggestion += c;
            else if (!suggestion.isEmpty() && !suggestion.endsWith(u'-'))
                suggestion += u'-';
        }
        while (suggestion.endsWith(u'-'))
            suggestion.chop(1);
        suggestion.truncate(maxIdLength);
        if (!suggestion.isEmpty() && re.match(suggestion).hasMatch())
            return fail(tr("the tenant id must be lowercase (try \"%1\")").arg(suggestion));
        return fail(tr("the tenant id must be lowercase"));
    }
    if (id.startsWith(u'-') || id.endsWith(u'-'))
        return fail(tr("the tenant id must start and end with a letter or digit"));
    return fail(tr("the tenant id may only contain a-z, 0-9 and '-' (it becomes a DNS label "
                   "and a schema name)"));
}

std::optional<Error> TenantValidation::checkName(const QString &name)
{
    const auto fail = [](const QString &message) {
        return Error::invalid(u"name"_s, message);
    };
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("the name is required"));
    if (containsControlOrInvisible(trimmed))
        return fail(tr("the name contains control or invisible characters"));
    const qsizetype length = codePoints(trimmed);
    if (length > maxNameLength)
        return fail(tr("the name has %1 characters; at most %2 are allowed")
                        .arg(length)
                        .arg(maxNameLength));
    return std::nullopt;
}

std::optional<Error> TenantValidation::checkOwnerEmail(const QString &email)
{
    const auto fail = [](const QString &message) {
        return Error::invalid(u"owner_email"_s, message);
    };
    const QString e = email.trimmed();
    if (e.isEmpty())
        return fail(tr("the owner e-mail is required"));
    if (e.size() > 254)
        return fail(tr("the owner e-mail is longer than 254 characters"));
    if (containsControlOrInvisible(e))
        return fail(tr("the owner e-mail contains control or invisible characters"));
    const qsizetype at = e.lastIndexOf(u'@');
    if (at <= 0 || at == e.size() - 1 || e.count(u'@') != 1)
        return fail(tr("\"%1\" is not an e-mail address (name@example.com)").arg(e));
    const QString local = e.left(at);
    const QString domain = e.mid(at + 1);
    static const QRegularExpression localRe(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\\z"_s);
    if (local.size() > 64 || !localRe.match(local).hasMatch())
        return fail(tr("the part before '@' in \"%1\" is not valid").arg(e));
    static const QRegularExpression domainRe(
        u"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}\\z"_s);
    if (!domainRe.match(domain).hasMatch()) {
        bool ascii = true;
        for (const QChar c : domain)
            ascii = ascii && c.unicode() < 0x80;
        if (!ascii)
            return fail(
                tr("write the domain of the owner e-mail \"%1\" in its ASCII (xn--) form").arg(e));
        return fail(tr("the owner e-mail's domain \"%1\" is not valid").arg(domain));
    }
    return std::nullopt;
}

std::optional<Error> TenantValidation::checkTier(const QString &tier, const Catalog &catalog)
{
    if (tier.isEmpty())
        return Error::invalid(u"tier"_s, tr("the tier is required"));
    if (!catalog.tier(tier))
        return Error::invalid(
            u"tier"_s,
            tr("unknown tier \"%1\" (known: %2)").arg(tier, catalog.tierNames().join(u", "_s)));
    return std::nullopt;
}

std::optional<Error> TenantValidation::checkRegion(const QString &region, const Catalog &catalog)
{
    if (region.isEmpty())
        return Error::invalid(u"region"_s, tr("the region is required"));
    if (!catalog.region(region)) {
        QStringList known;
        for (const Region &r : catalog.regions())
            known << r.id;
        return Error::invalid(
            u"region"_s, tr("unknown region \"%1\" (known: %2)").arg(region, known.join(u", "_s)));
    }
    return std::nullopt;
}

std::optional<Error> TenantValidation::checkIndustry(const QString &industry,
                                                     const Catalog &catalog)
{
    if (industry.isEmpty() || catalog.industry(industry))
        return std::nullopt;
    QStringList known;
    for (const Industry &i : catalog.industries())
        known << i.id;
    return Error::invalid(
        u"industry"_s,
        tr("unknown industry \"%1\" (known: %2)").arg(industry, known.join(u", "_s)));
}

Result<QStringList> TenantValidation::normaliseCompliance(const QStringList &input,
                                                          const Catalog &catalog)
{
    QSet<QString> ids;
    for (const QString &entry : input) {
        if (entry.trimmed().isEmpty())
            continue;
        const auto id = catalog.frameworkId(entry);
        if (!id) {
            QStringList known;
            for (const Framework &f : catalog.frameworks())
                known << f.id;
            return Error::invalid(u"compliance"_s,
                                  tr("unknown compliance framework \"%1\" (known: %2)")
                                      .arg(entry, known.join(u", "_s)));
        }
        ids.insert(*id);
    }
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

std::optional<Error> TenantValidation::checkReason(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        return Error::invalid(u"reason"_s, tr("a reason is required"));
    if (codePoints(r) > maxReasonLength)
        return Error::invalid(u"reason"_s,
                              tr("the reason is longer than %1 characters").arg(maxReasonLength));
    for (const char32_t c : r.toUcs4()) {
        // Newlines and tabs are fine in a reason; other controls are not.
        if (c == U'\n' || c == U'\t')
            continue;
        if (QChar::category(c) == QChar::Other_Control || QChar::category(c) == QChar::Other_Format)
            return Error::invalid(u"reason"_s, tr("the reason contains control characters"));
    }
    return std::nullopt;
}

QList<Error> TenantValidation::check(const NewTenant &tenant, const Catalog &catalog)
{
    QList<Error> errors;
    for (const auto &finding :
         {checkId(tenant.id), checkName(tenant.name), checkOwnerEmail(tenant.ownerEmail),
          checkTier(tenant.tier, catalog), checkRegion(tenant.region, catalog),
          checkIndustry(tenant.industry, catalog)}) {
        if (finding)
            errors.append(*finding);
    }
    if (auto compliance = normaliseCompliance(tenant.compliance, catalog); !compliance)
        errors.append(compliance.error());
    return errors;
}

NewTenant TenantValidation::normalised(NewTenant tenant, const Catalog &catalog)
{
    tenant.name = tenant.name.trimmed();
    tenant.ownerEmail = tenant.ownerEmail.trimmed();
    if (auto compliance = normaliseCompliance(tenant.compliance, catalog))
        tenant.compliance = *compliance;
    return tenant;
}

} // namespace Tenancy
