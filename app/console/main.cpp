// tenancy-console: the desktop console. Wiring only: core services, settings, the main window.
#include "Application.h"
#include "MainWindow.h"
#include "TenantService.h"
#include "model/Catalog.h"
#include "security/SecretStore.h"
#include "settings/ConnectionProfiles.h"
#include "settings/Settings.h"
#include "store/DatabaseUrl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

#ifdef NDEBUG
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Release builds never dump core: the process may hold database passwords from the keychain.
void disableCoreDumps()
{
#ifdef NDEBUG
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
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
                                "(default: the last connection, $TENANCY_DB, else the "
                                "local SQLite file)"),
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

    Tenancy::Settings settings;
    Tenancy::KeychainSecretStore secrets(QApplication::applicationName());
    Tenancy::TenantService service(
        std::make_shared<const Tenancy::Catalog>(std::move(catalog).value()));
    Tenancy::Ui::MainWindow window(service, secrets, settings);
    window.show();

    // Which database: --db, else the connection used last, else $TENANCY_DB or the local file.
    QString text = parser.value(dbOption);
    if (text.isEmpty() && qEnvironmentVariable("TENANCY_DB").isEmpty()) {
        const QString current = settings.value(Tenancy::SettingKeys::currentConnection);
        for (const Tenancy::ConnectionProfile &profile : Tenancy::loadProfiles(settings)) {
            if (profile.name == current)
                text = profile.url.toString();
        }
    }
    auto url = Tenancy::DatabaseUrl::resolve(text);
    if (!url) {
        QMessageBox::warning(&window, QApplication::translate("main", "Tenancy Console"),
                             url.error().message);
        window.showConnectionDialog();
    } else {
        window.connectTo(*url, {}, parser.value(asOption));
    }
    return QApplication::exec();
}
