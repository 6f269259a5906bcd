// libFuzzer target for overrides (build and run: tests/fuzz/run.sh overrides SECONDS).
//
// The input is an override as an operator types it, "PATH=VALUE" (UTF-8; a PATH that starts
// with "/" is also used as a raw JSON Pointer). It goes through Overrides::parseAssignment and
// ::parseValue, ConfigEngine::resolvePath and ::checkOverride (the shipped schema), then
// Overrides::set and ::remove on a copy of the rendered professional document. The engine and
// the document are made once, from the source tree's resources.
#include "config/ConfigDiff.h"
#include "config/ConfigEngine.h"
#include "config/Overrides.h"
#include "model/Catalog.h"
#include "store/ConfigurationRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Tenancy;

// The one function of the store the engine calls (for a template's checksum); the fuzz build
// leaves the database layer out.
QString ConfigurationRepository::sha256Of(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_overrides: %s\n%s\n", what, detail.left(4000).constData());
    std::abort();
}

#define CHECK(condition, detail)                                                                   \
    do {                                                                                           \
        if (!(condition))                                                                          \
            fail(#condition, detail);                                                              \
    } while (false)

struct Fixture
{
    std::shared_ptr<const ConfigEngine> engine;
    QJsonObject document; // professional_init rendered with the sample values
};

const Fixture &fixture()
{
    static const Fixture f = [] {
        const QString resources = QStringLiteral(TENANCY_SOURCE_DIR "/resources");
        auto catalog = Catalog::load(resources);
        if (!catalog)
            fail("the catalog does not load", catalog.error().message.toUtf8());
        auto engine = ConfigEngine::load(
            std::make_shared<const Catalog>(std::move(catalog).value()), resources);
        if (!engine)
            fail("the engine does not load", engine.error().message.toUtf8());
        ConfigRevision revision;
        revision.templateText = (*engine)->shippedTemplate(u"professional_init"_s)->text;
        revision.variables = (*engine)->sampleVariables(u"professional"_s);
        auto document = (*engine)->render(revision, u"professional"_s);
        if (!document)
            fail("professional_init does not render", document.error().message.toUtf8());
        return Fixture {*engine, *document};
    }();
    return f;
}

// Every prefix of pointer names an object in document (so remove() reaches the member).
bool objectsAllTheWay(const QJsonObject &document, const QString &pointer)
{
    const QStringList segments = pointerSegments(pointer);
    QString prefix;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        prefix = pointerAppend(prefix, segments.at(i));
        if (!valueAt(document, prefix).isObject())
            return false;
    }
    return true;
}

void exercise(const QString &pointer, const QJsonValue &value, const QByteArray &input)
{
    const Fixture &f = fixture();
    // The schema at any pointer: errors or none, each with a message.
    const QList<Error> errors = f.engine->checkOverride({pointer, value});
    for (const Error &e : errors)
        CHECK(!e.message.isEmpty(), input);

    QJsonObject document = f.document;
    const auto set = Overrides::set(document, pointer, value);
    if (!set.ok()) {
        CHECK(!set.error().message.isEmpty(), input);
        CHECK(document == f.document, input); // a failed set changes nothing
        return;
    }
    CHECK(valueAt(document, pointer) == value, input);
    // Applying it as an override gives the same document.
    const auto applied = Overrides::apply(f.document, {{pointer, value}});
    CHECK(applied.ok() && *applied == document, input);

    const bool reachable = objectsAllTheWay(document, pointer);
    Overrides::remove(document, pointer);
    if (reachable)
        CHECK(valueAt(document, pointer).isUndefined(), input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(input);
    const Fixture &f = fixture();

    // A value alone: JSON when it parses as one element, else the text itself.
    const QJsonValue value = Overrides::parseValue(text);
    CHECK(!value.isUndefined(), input);
    if (value.isString()) {
        // Plain text, or a JSON string literal.
        CHECK(value.toString() == text || text.trimmed().startsWith(u'"'), input);
    } else {
        // A JSON literal reads back as itself.
        const QByteArray again = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        CHECK(Overrides::parseValue(QString::fromUtf8(again.mid(1, again.size() - 2))) == value,
              input);
    }

    const auto assignment = Overrides::parseAssignment(text);
    if (!assignment.ok()) {
        CHECK(!assignment.error().message.isEmpty(), input);
        CHECK(text.indexOf(u'=') <= 0 || text.left(text.indexOf(u'=')).trimmed().isEmpty(), input);
        return 0;
    }
    const auto &[path, assigned] = *assignment;
    CHECK(!path.isEmpty() && !path.contains(u'='), input);
    CHECK(assigned == Overrides::parseValue(text.mid(text.indexOf(u'=') + 1)), input);

    // The suggestion for an unknown path compares it with every known path (edit distance):
    // quadratic, and slow under the sanitizers. Long paths take the raw pointer route only.
    if (path.size() > 160) {
        if (path.startsWith(u'/'))
            exercise(path, assigned, input);
        return 0;
    }
    const auto resolved = f.engine->resolvePath(path);
    if (resolved.ok()) {
        CHECK(resolved->startsWith(u'/'), input);
        const QString dotted = pointerToDotted(*resolved);
        CHECK(dotted == path || dotted == u"configuration."_s + path, input);
        exercise(*resolved, assigned, input);
    } else {
        CHECK(!resolved.error().message.isEmpty(), input);
    }
    if (path.startsWith(u'/'))
        exercise(path, assigned, input);
    return 0;
}
