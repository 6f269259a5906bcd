#include "ImportProblems.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

constexpr qsizetype kProblemsShown = 20;

} // namespace

Error badRowsError(const QString &file, const QList<Error> &problems)
{
    const auto tr = [](const char *text, int n) {
        return QCoreApplication::translate("Tenancy::TenantManager", text, nullptr, n);
    };
    QStringList lines;
    for (const Error &e : problems.mid(0, kProblemsShown))
        lines << e.message;
    if (problems.size() > kProblemsShown)
        lines << tr("… and %n more", int(problems.size() - kProblemsShown));
    Error e = problems.first();
    e.code = ErrorCode::Invalid;
    e.message = tr("%1 has %n bad row(s); nothing was imported (--skip-bad imports the rest):",
                   int(problems.size()))
                    .arg(file)
        + u"\n  "_s + lines.join(u"\n  "_s);
    return e;
}

} // namespace Tenancy
