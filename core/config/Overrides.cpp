#include "Overrides.h"

#include "ConfigDiff.h"
#include "model/Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

// The path with every array index as `*`, as the schema's known paths write items.
QString pattern(const QStringList &segments)
{
    QStringList out;
    out.reserve(segments.size());
    for (const QString &s : segments) {
        bool number = !s.isEmpty();
        for (QChar c : s)
            number = number && c.isDigit();
        out << (number ? u"*"_s : s);
    }
    return out.join(u'.');
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({row[size_t(j)] + 1, row[size_t(j - 1)] + 1,
                                       diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

struct LimitKey
{
    const char *key;
    Limit TierLimits::*limit;
};
constexpr LimitKey kLimitKeys[] = {
    {"max_users", &TierLimits::users},
    {"max_storage_bytes", &TierLimits::storageBytes},
    {"ai_sessions_per_month", &TierLimits::aiSessionsPerMonth},
    {"api_requests_per_hour", &TierLimits::apiRequestsPerHour},
    {"custom_integrations", &TierLimits::customIntegrations},
};

} // namespace

QString configLayerId(ConfigLayer layer)
{
    switch (layer) {
    case ConfigLayer::TierDefault:
        return u"tier_default"_s;
    case ConfigLayer::Template:
        return u"template"_s;
    case ConfigLayer::TenantOverride:
        return u"override"_s;
    case ConfigLayer::OperatorEdit:
        return u"edit"_s;
    }
    return {};
}

std::optional<ConfigLayer> configLayerFromId(const QString &id)
{
    for (ConfigLayer l : {ConfigLayer::TierDefault, ConfigLayer::Template,
                          ConfigLayer::TenantOverride, ConfigLayer::OperatorEdit}) {
        if (configLayerId(l) == id)
            return l;
    }
    return std::nullopt;
}

QString ConfigOverride::path() const
{
    return pointerToDotted(pointer);
}

QJsonObject ConfigOverride::toJson() const
{
    return {{u"path"_s, pointer}, {u"value"_s, value}, {u"layer"_s, configLayerId(layer)}};
}

Result<ConfigOverride> ConfigOverride::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const QString pointer = o.value(u"path"_s).toString();
    const auto layer = configLayerFromId(o.value(u"layer"_s).toString());
    if (!json.isObject() || !pointer.startsWith(u'/') || !o.contains(u"value"_s) || !layer
        || *layer == ConfigLayer::TierDefault || *layer == ConfigLayer::Template) {
        return Error::invalid(
            u"overrides"_s,
            Overrides::tr("a stored override is malformed: %1")
                .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
    }
    return ConfigOverride {pointer, o.value(u"value"_s), *layer};
}

QJsonValue Overrides::parseValue(const QString &text)
{
    // Wrapped in an array so scalars parse too; exactly one element or it is plain text.
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && doc.isArray() && doc.array().size() == 1)
        return doc.array().first();
    return text;
}

Result<std::pair<QString, QJsonValue>> Overrides::parseAssignment(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    const QString path = text.left(std::max<qsizetype>(eq, 0)).trimmed();
    if (eq <= 0 || path.isEmpty()) {
        return Error::invalid(u"--set"_s,
                              tr("\"%1\" is not PATH=VALUE (for example "
                                 "limits.max_users=500)")
                                  .arg(text));
    }
    return std::pair {path, parseValue(text.mid(eq + 1))};
}

Result<QString> Overrides::resolve(const QString &dotted, const QStringList &knownPaths)
{
    const QStringList segments = dotted.split(u'.');
    if (dotted.isEmpty() || segments.contains(QString())) {
        return Error::invalid(dotted,
                              tr("\"%1\" is not a path (names separated by dots, such as "
                                 "limits.max_users)")
                                  .arg(dotted));
    }
    const QStringList underConfiguration = QStringList {u"configuration"_s} + segments;
    for (const QStringList &candidate : {underConfiguration, segments}) {
        if (knownPaths.contains(pattern(candidate))) {
            QString pointer;
            for (const QString &s : candidate)
                pointer = pointerAppend(pointer, s);
            return pointer;
        }
    }
    // Nearest valid path, compared in the form the operator used (relative to configuration
    // when they wrote it so).
    QStringList shortForms;
    for (const QString &known : knownPaths) {
        if (known.contains(u'*'))
            continue;
        shortForms << (known.startsWith(u"configuration."_s) ? known.mid(14) : known);
    }
    const QString near = nearest(dotted, shortForms);
    return Error::invalid(dotted,
                          near.isEmpty()
                              ? tr("unknown path \"%1\"").arg(dotted)
                              : tr("unknown path \"%1\"; did you mean \"%2\"?").arg(dotted, near));
}

QString Overrides::nearest(const QString &text, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &c : candidates) {
        // Compare the last segments more closely: a typo is usually in the leaf's name.
        const int d = editDistance(text.toLower(), c.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    const int allowed = std::max(2, int(text.size()) / 3);
    return bestDistance <= allowed ? best : QString();
}

Result<void> Overrides::set(QJsonObject &document, const QString &pointer, const QJsonValue &value)
{
    const QStringList segments = pointerSegments(pointer);
    if (segments.isEmpty())
        return Error::invalid(pointer, tr("the document itself cannot be replaced by an override"));
    // Recursive rebuild: QJsonObject and QJsonArray are values.
    std::function<Result<QJsonValue>(const QJsonValue &, qsizetype)> put
        = [&](const QJsonValue &node, qsizetype i) -> Result<QJsonValue> {
        if (i == segments.size())
            return value;
        const QString &key = segments.at(i);
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            bool ok = false;
            const int index = key.toInt(&ok);
            if (!ok || index < 0 || index > a.size() || QString::number(index) != key) {
                return Error::invalid(pointerToDotted(pointer),
                                      tr("%1: no item %2 in a list of %3")
                                          .arg(pointerToDotted(pointer), key)
                                          .arg(a.size()));
            }
            auto child
                = put(index < a.size() ? a.at(index) : QJsonValue(QJsonValue::Undefined), i + 1);
            if (!child)
                return child.error();
            if (index == a.size())
                a.append(*child);
            else
                a.replace(index, *child);
            return QJsonValue(a);
        }
        if (!node.isObject() && !node.isUndefined() && !node.isNull()) {
            return Error::invalid(
                pointerToDotted(pointer),
                tr("%1: %2 holds a value, not named members")
                    .arg(pointerToDotted(pointer), segments.mid(0, i).join(u'.')));
        }
        QJsonObject o = node.toObject();
        auto child = put(o.value(key), i + 1);
        if (!child)
            return child.error();
        o.insert(key, *child);
        return QJsonValue(o);
    };
    auto result = put(document, 0);
    if (!result)
        return result.error();
    document = result->toObject();
    return {};
}

void Overrides::remove(QJsonObject &document, const QString &pointer)
{
    const QStringList segments = pointerSegments(pointer);
    if (segments.isEmpty())
        return;
    std::function<QJsonValue(const QJsonValue &, qsizetype)> drop
        = [&](const QJsonValue &node, qsizetype i) -> QJsonValue {
        const QString &key = segments.at(i);
        if (!node.isObject())
            return node;
        QJsonObject o = node.toObject();
        if (!o.contains(key))
            return node;
        if (i + 1 == segments.size())
            o.remove(key);
        else
            o.insert(key, drop(o.value(key), i + 1));
        return o;
    };
    document = drop(document, 0).toObject();
}

Result<QJsonObject> Overrides::apply(QJsonObject document, const QList<ConfigOverride> &overrides)
{
    for (const ConfigOverride &o : overrides) {
        if (auto r = set(document, o.pointer, o.value); !r)
            return r.error();
    }
    return document;
}

void Overrides::upsert(QList<ConfigOverride> &overrides, const ConfigOverride &override)
{
    for (ConfigOverride &o : overrides) {
        if (o.pointer == override.pointer) {
            o = override;
            return;
        }
    }
    overrides.append(override);
}

Result<void> Overrides::checkTierLimits(const Catalog &catalog, const QString &tierName,
                                        const QList<ConfigOverride> &overrides)
{
    const Tier *tier = catalog.tier(tierName);
    if (!tier || tier->name == u"custom"_s)
        return {};
    for (const ConfigOverride &o : overrides) {
        const QStringList segments = pointerSegments(o.pointer);
        if (segments.size() != 3 || segments.at(0) != u"configuration"_s
            || segments.at(1) != u"limits"_s)
            continue;
        for (const LimitKey &k : kLimitKeys) {
            if (segments.at(2) != QLatin1StringView(k.key))
                continue;
            const auto wanted = Limit::fromJson(o.value);
            const Limit &allowed = tier->limits.*(k.limit);
            if (wanted && *wanted > allowed) {
                Error e = Error::invalid(
                    o.path(),
                    tr("%1: %2 is above the %3 tier's limit of %4; only the custom tier can "
                       "raise a limit")
                        .arg(o.path(), wanted->toString(), tier->name, allowed.toString()));
                e.code = ErrorCode::NotAllowed;
                return e;
            }
        }
    }
    return {};
}

} // namespace Tenancy
