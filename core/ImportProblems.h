#pragma once

#include "model/Result.h"

#include <QList>
#include <QString>

namespace Tenancy {

// The error for an import file with bad rows, which imports nothing: the first problem's line
// and field, and a message listing the first 20 problems (each "FILE:LINE: field: what").
// problems must be in line order and not empty.
Error badRowsError(const QString &file, const QList<Error> &problems);

} // namespace Tenancy
