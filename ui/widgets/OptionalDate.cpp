#include "OptionalDate.h"

#include <QDateEdit>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

namespace {
const QDate kOpen(2000, 1, 1);
} // namespace

QDateEdit *optionalDateEdit(const QString &objectName, const QString &anyText)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumDate(kOpen);
    edit->setSpecialValueText(anyText);
    edit->setDate(kOpen);
    return edit;
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == kOpen ? QDate() : edit->date();
}

} // namespace Tenancy::Ui
