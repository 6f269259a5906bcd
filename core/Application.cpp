#include "Application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Tenancy {

QString applicationId()
{
    return QStringLiteral(TENANCY_APP_ID);
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"tenancyconsole"_s);
    QCoreApplication::setOrganizationDomain(u"tenancyconsole.org"_s);
    QCoreApplication::setApplicationName(u"tenancy-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TENANCY_VERSION));
}

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"tenancy"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace Tenancy
