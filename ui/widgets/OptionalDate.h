#pragma once

#include <QDate>
#include <QString>

class QDateEdit;

namespace Tenancy::Ui {

// A date field that may be left open: its lowest date shows as anyText ("any date", "now")
// and means no bound. Filters and report periods use it.
QDateEdit *optionalDateEdit(const QString &objectName, const QString &anyText);
// The date, or an invalid one when the field is left open.
QDate optionalDate(const QDateEdit *edit);

} // namespace Tenancy::Ui
