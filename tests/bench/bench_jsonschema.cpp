// Benchmark: validating a ~10 KB tenant configuration against a configuration schema
// (JsonSchema::validate and ::isValid, and JsonLocator on the same text). Prints figures; it
// is not a pass/fail timer.
//
//   bench_jsonschema [--runs R] [--webhooks N]
//
// The document grows with N webhook entries (default 40: about 10 KB).
#include "config/JsonLocator.h"
#include "config/JsonSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Tenancy;

namespace {

const QString kSchema = uR"({
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "required": ["_metadata", "tenant_id", "tier", "configuration"],
  "additionalProperties": false,
  "properties": {
    "_metadata": {"type": "object", "additionalProperties": false,
      "properties": {"template_type": {"type": "string"},
                     "template_version": {"type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$"},
                     "schema_version": {"type": "string"}}},
    "tenant_id": {"type": "string", "pattern": "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"},
    "tenant_name": {"type": "string", "minLength": 1, "maxLength": 200},
    "tier": {"enum": ["free", "professional", "enterprise", "custom"]},
    "created_at": {"type": "string", "format": "date-time"},
    "configuration": {"type": "object", "additionalProperties": false,
      "properties": {
        "limits": {"type": "object", "additionalProperties": false,
          "properties": {"max_users": {"$ref": "#/$defs/limit"},
                         "storage_bytes": {"$ref": "#/$defs/limit"},
                         "ai_sessions_per_month": {"$ref": "#/$defs/limit"},
                         "api_rate_limit_per_hour": {"$ref": "#/$defs/limit"},
                         "custom_integrations": {"$ref": "#/$defs/limit"}}},
        "features": {"type": "object", "properties": {
          "enabled": {"type": "array", "uniqueItems": true, "items": {"type": "string"}}}},
        "security": {"$ref": "#/$defs/security"},
        "ai_configuration": {"$ref": "#/$defs/ai"},
        "integrations": {"type": "object", "properties": {
          "webhooks": {"type": "array", "maxItems": 100, "items": {"$ref": "#/$defs/webhook"}},
          "sso": {"type": "object", "properties": {"saml": {"type": "boolean"},
                                                    "oauth2": {"type": "boolean"}}}}},
        "compliance": {"type": "object", "properties": {
          "frameworks": {"type": "array", "items": {"enum": ["GDPR", "CCPA", "HIPAA", "SOC2",
                                                             "ISO27001", "PCI_DSS", "FEDRAMP"]}},
          "data_classification": {"enum": ["public", "internal", "confidential", "restricted"]},
          "retention_days": {"type": "object",
                             "additionalProperties": {"type": "integer", "minimum": 1}}}}
      }},
    "infrastructure": {"type": "object", "properties": {
      "isolation": {"enum": ["shared", "schema", "database", "cluster"]},
      "auto_scaling": {"type": "object", "properties": {
        "enabled": {"type": "boolean"},
        "min_capacity": {"type": "integer", "minimum": 1},
        "max_capacity": {"type": "integer", "minimum": 1},
        "target_utilization": {"type": "number", "minimum": 0, "maximum": 100},
        "scale_up_threshold": {"type": "number", "minimum": 0, "maximum": 1},
        "scale_down_threshold": {"type": "number", "minimum": 0, "maximum": 1},
        "custom_metrics": {"type": "array", "items": {"type": "string"}}}}}},
    "monitoring": {"type": "object", "properties": {
      "metrics": {"type": "object", "properties": {"retention_days": {"type": "integer"},
                                                   "granularity_minutes": {"type": "integer"}}},
      "logging": {"type": "object", "properties": {
        "level": {"enum": ["DEBUG", "INFO", "WARN", "ERROR"]},
        "categories": {"type": "array", "items": {"type": "string"}}}}}},
    "billing": {"type": "object"}
  },
  "$defs": {
    "limit": {"anyOf": [{"type": "integer", "minimum": 0}, {"const": "unlimited"}]},
    "webhook": {"type": "object", "required": ["url", "events"], "additionalProperties": false,
      "properties": {"url": {"type": "string", "format": "uri"},
                     "events": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                     "secret_ref": {"type": "string"},
                     "retry": {"type": "object", "properties": {
                       "max_attempts": {"type": "integer", "minimum": 0, "maximum": 20},
                       "backoff_seconds": {"type": "number", "exclusiveMinimum": 0}}}}},
    "security": {"type": "object", "properties": {
      "password_policy": {"type": "object", "properties": {
        "min_length": {"type": "integer", "minimum": 8},
        "max_age_days": {"type": "integer", "minimum": 0},
        "history_count": {"type": "integer", "minimum": 0},
        "lockout_attempts": {"type": "integer", "minimum": 1, "maximum": 10},
        "complexity_score_minimum": {"type": "integer", "minimum": 0, "maximum": 100}}},
      "mfa_config": {"type": "object", "properties": {
        "required": {"type": "boolean"},
        "methods": {"type": "array", "uniqueItems": true,
                    "items": {"enum": ["totp", "sms", "email", "hardware_token"]}},
        "backup_codes": {"type": "integer", "minimum": 0}}},
      "encryption": {"type": "object", "properties": {
        "algorithm": {"enum": ["AES-256-GCM", "ChaCha20-Poly1305"]},
        "key_rotation_days": {"type": "integer", "minimum": 1},
        "key_management": {"enum": ["hsm", "kms", "software"]}}}}},
    "ai": {"type": "object", "properties": {
      "model_access": {"type": "object", "additionalProperties": {"type": "boolean"}},
      "rate_limits": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
      "safety_settings": {"type": "object", "properties": {
        "safety_threshold": {"type": "number", "minimum": 0, "maximum": 1}}}}}
  }
})"_s;

QJsonObject document(int webhooks)
{
    auto parse = [](const QString &text) {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    };
    QJsonObject root = parse(uR"({
      "_metadata": {"template_type": "tenant_init_professional", "template_version": "2024.2.0",
                    "schema_version": "2024.2"},
      "tenant_id": "acme-corp", "tenant_name": "Acme Corporation", "tier": "professional",
      "created_at": "2024-05-01T12:00:00Z",
      "configuration": {
        "limits": {"max_users": 100, "storage_bytes": 100000000000, "ai_sessions_per_month": 5000,
                   "api_rate_limit_per_hour": 10000, "custom_integrations": 25},
        "features": {"enabled": ["advanced_ai", "custom_integrations", "sso"]},
        "security": {"password_policy": {"min_length": 12, "max_age_days": 90, "history_count": 12,
                                         "lockout_attempts": 5, "complexity_score_minimum": 70},
                     "mfa_config": {"required": true, "methods": ["totp", "sms", "email",
                                    "hardware_token"], "backup_codes": 10},
                     "encryption": {"algorithm": "AES-256-GCM", "key_rotation_days": 30,
                                    "key_management": "hsm"}},
        "ai_configuration": {"model_access": {"gpt-4": true, "claude-3": true},
                             "rate_limits": {"requests_per_minute": 1000,
                                             "tokens_per_day": 1000000},
                             "safety_settings": {"safety_threshold": 0.8}},
        "integrations": {"webhooks": [], "sso": {"saml": true, "oauth2": true}},
        "compliance": {"frameworks": ["GDPR", "SOC2"], "data_classification": "confidential",
                       "retention_days": {"user_data": 2555, "logs": 90, "backups": 365}}
      },
      "infrastructure": {"isolation": "schema", "auto_scaling": {"enabled": true,
        "min_capacity": 2, "max_capacity": 100, "target_utilization": 70,
        "scale_up_threshold": 0.8, "scale_down_threshold": 0.2,
        "custom_metrics": ["cpu_usage", "memory_usage", "ai_requests"]}},
      "monitoring": {"metrics": {"retention_days": 90, "granularity_minutes": 1},
                     "logging": {"level": "INFO",
                                 "categories": ["application", "security", "audit"]}},
      "billing": {"currency": "USD"}
    })"_s);
    QJsonArray hooks;
    for (int i = 0; i < webhooks; ++i) {
        hooks.append(parse(uR"({"url": "https://hooks.example.com/tenants/acme-corp/%1",
                                "events": ["tenant.updated", "usage.threshold", "billing.invoice"],
                                "secret_ref": "keychain:webhook-%1",
                                "retry": {"max_attempts": 5, "backoff_seconds": 2.5}})"_s.arg(i)));
    }
    QJsonObject configuration = root.value(u"configuration").toObject();
    QJsonObject integrations = configuration.value(u"integrations").toObject();
    integrations.insert(u"webhooks"_s, hooks);
    configuration.insert(u"integrations"_s, integrations);
    root.insert(u"configuration"_s, configuration);
    return root;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addOption({u"runs"_s, u"timed runs"_s, u"R"_s, u"200"_s});
    parser.addOption({u"webhooks"_s, u"webhook entries in the document"_s, u"N"_s, u"40"_s});
    parser.process(app);
    const int runs = std::max(3, parser.value(u"runs"_s).toInt());

    QElapsedTimer timer;
    timer.start();
    const auto schema = JsonSchema::loadText(kSchema);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    if (!JsonSchema::loadText(kSchema))
        return 1;
    const double reloadMs = timer.nsecsElapsed() / 1e6;
    if (!schema) {
        out << schema.error().message << '\n';
        return 1;
    }
    const QJsonObject doc = document(parser.value(u"webhooks"_s).toInt());
    const QString text = QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!schema->validate(doc).isEmpty()) {
        out << "unexpected violations: " << schema->validate(doc).constFirst().message << '\n';
        return 1;
    }

    QList<double> validate;
    QList<double> isValid;
    QList<double> locate;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        const auto errors = schema->validate(doc);
        validate << timer.nsecsElapsed() / 1e3;
        timer.restart();
        const bool ok = schema->isValid(doc);
        isValid << timer.nsecsElapsed() / 1e3;
        timer.restart();
        const JsonLocator locator(text);
        locate << timer.nsecsElapsed() / 1e3;
        if (!errors.isEmpty() || !ok || !locator.complete())
            return 1;
    }
    out << "document: " << text.toUtf8().size() << " bytes (indented), "
        << QJsonDocument(doc).toJson(QJsonDocument::Compact).size() << " bytes (compact)\n"
        << "schema load: " << loadMs << " ms (first), " << reloadMs << " ms (again)\n"
        << "validate (median of " << runs << "): " << median(validate) << " us\n"
        << "isValid (median): " << median(isValid) << " us\n"
        << "JsonLocator scan (median): " << median(locate) << " us\n";
    return 0;
}
