// tenancyctl: the command line of Tenancy Console, on the same core. Wiring only.
#include "Application.h"
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Commands that draw (a PDF quote, an audit report) need QtGui's application; on the offscreen
// platform, so they run without a display.
bool draws(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "quote") == 0
            || (std::strcmp(argv[i], "export") == 0 && i > 1
                && std::strcmp(argv[i - 1], "audit") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (draws(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    Tenancy::setApplicationIdentity();
    Tenancy::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Tenancy::Ctl::Cli cli(QCoreApplication::arguments(), out, err);
    QTimer::singleShot(0, &app, [&cli] { cli.start(); });
    return QCoreApplication::exec();
}
