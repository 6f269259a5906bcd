// tenancy-console: the desktop console. Wiring only: core services, the main window.
#include "Application.h"
#include "MainWindow.h"
#include "TenantService.h"
#include "model/Catalog.h"
#include "security/SecretStore.h"
#include "store/DatabaseUrl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Tenancy::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Tenancy Console"));
    QApplication::setDesktopFileName(Tenancy::applicationId());
    Tenancy::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Administration console for multi-tenant SaaS operators."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QApplication::translate("main",
                                "sqlite:///path or postgresql://user@host:port/db "
                                "(default: $TENANCY_DB, else the local SQLite file)"),
        u"URL"_s);
    const QCommandLineOption asOption(
        u"as"_s, QApplication::translate("main", "who is acting, on SQLite (default: the OS user)"),
        u"OPERATOR"_s);
    parser.addOption(dbOption);
    parser.addOption(asOption);
    parser.process(app);

    const QString catalogDir = qEnvironmentVariable("TENANCY_CATALOG_DIR");
    auto catalog = Tenancy::Catalog::load(
        catalogDir.isEmpty() ? Tenancy::Catalog::builtinDirectory() : catalogDir);
    if (!catalog) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tenancy Console"),
                              catalog.error().message);
        return 1;
    }

    Tenancy::TenantService service(
        std::make_shared<const Tenancy::Catalog>(std::move(catalog).value()));
    Tenancy::Ui::MainWindow window(service);
    window.show();

    auto url = Tenancy::DatabaseUrl::resolve(parser.value(dbOption));
    const QString operatorName = parser.value(asOption);
    Tenancy::KeychainSecretStore secrets(QApplication::applicationName());
    if (!url) {
        Q_EMIT service.openFailed(url.error().message);
    } else if (url->backend() == Tenancy::Backend::Sqlite
               || qEnvironmentVariableIsSet("PGPASSWORD")) {
        service.open(*url, {}, operatorName);
    } else {
        // The keychain answers asynchronously (or reports itself locked after 5 s).
        secrets.read(url->secretKey(), [&service, u = *url, operatorName](auto secret) {
            if (!secret) {
                // Said only if the connection then fails: the server may need no password.
                service.open(u, {}, operatorName,
                             QApplication::translate("main", "no password from the keychain: %1")
                                 .arg(secret.error().message));
                return;
            }
            service.open(u, secret->value_or(QString()), operatorName);
        });
    }
    return QApplication::exec();
}
