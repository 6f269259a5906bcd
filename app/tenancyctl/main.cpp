// tenancyctl: the command line of Tenancy Console, on the same core. Wiring only.
#include "Application.h"
#include "Cli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Tenancy::setApplicationIdentity();
    Tenancy::installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Tenancy::Ctl::Cli cli(QCoreApplication::arguments(), out, err);
    QTimer::singleShot(0, &app, [&cli] { cli.start(); });
    return QCoreApplication::exec();
}
