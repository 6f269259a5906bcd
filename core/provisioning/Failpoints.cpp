#include "Failpoints.h"

#include <QHash>
#include <QMutex>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

struct Registry
{
    QMutex lock;
    QHash<QString, QString> actions;
    bool loaded = false;
};

Registry &registry()
{
    static Registry r;
    return r;
}

QString actionFor(const QString &name)
{
    Registry &r = registry();
    QMutexLocker locker(&r.lock);
    if (!r.loaded) {
        r.loaded = true;
        const QString spec = qEnvironmentVariable("TENANCY_FAILPOINTS");
        for (const QString &item : spec.split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(u'=');
            if (eq > 0)
                r.actions.insert(item.left(eq).trimmed(), item.mid(eq + 1).trimmed());
        }
    }
    if (r.actions.isEmpty())
        return {};
    return r.actions.value(name);
}

} // namespace

Result<void> Failpoints::hit(const QString &name)
{
    const QString action = actionFor(name);
    if (action.isEmpty())
        return {};
    if (action == u"fail"_s)
        return Error::make(ErrorCode::Unavailable,
                           u"failpoint %1 made this fail (a test asked for it)"_s.arg(name));
    if (action == u"pause"_s) {
        std::fprintf(stderr, "failpoint %s reached\n", qPrintable(name));
        std::fflush(stderr);
        for (;;)
            QThread::sleep(3600);
    }
    return {};
}

void Failpoints::set(const QString &name, const QString &action)
{
    actionFor(name); // loads the environment's first
    Registry &r = registry();
    QMutexLocker locker(&r.lock);
    if (action.isEmpty())
        r.actions.remove(name);
    else
        r.actions.insert(name, action);
}

bool Failpoints::anySet(const QString &except)
{
    actionFor({});
    Registry &r = registry();
    QMutexLocker locker(&r.lock);
    for (auto it = r.actions.cbegin(); it != r.actions.cend(); ++it) {
        if (except.isEmpty() || !it.key().startsWith(except))
            return true;
    }
    return false;
}

void Failpoints::clear()
{
    actionFor({});
    Registry &r = registry();
    QMutexLocker locker(&r.lock);
    r.actions.clear();
}

} // namespace Tenancy
