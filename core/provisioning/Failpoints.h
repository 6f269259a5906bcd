#pragma once

#include "model/Result.h"

#include <QString>

namespace Tenancy {

// Named points in long work where a test can make the process stop or fail, to prove that
// what is journaled is enough to recover (the kill -9 tests of provisioning). Off unless
// $TENANCY_FAILPOINTS names them ("provision.configuration.inside=pause,rollback.x=fail") or a
// test in the same process sets them. Actions: "pause" prints "failpoint NAME reached" on
// stderr and waits forever (for the test to kill the process); "fail" makes the point return
// an error, as a real failure there would.
class Failpoints
{
public:
    // Returns an error when name is set to fail; never returns when set to pause.
    static Result<void> hit(const QString &name);
    // For tests in the same process: action "fail", "pause" or empty (off).
    static void set(const QString &name, const QString &action);
    // Whether any point is set, apart from those whose names start with except.
    static bool anySet(const QString &except = {});
    static void clear();
};

} // namespace Tenancy
