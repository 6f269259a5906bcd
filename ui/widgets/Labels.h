#pragma once

#include "model/Tier.h"

#include <QCoreApplication>
#include <QString>

namespace Tenancy::Ui {

// Words for the catalog's ids, the same everywhere in the console ("white_glove" → "White
// glove", Isolation::Schema → "Schema per tenant").
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Tenancy::Ui::Labels)

public:
    static QString supportLevel(const QString &id);
    static QString infrastructure(const QString &id);
    static QString isolation(Isolation isolation);
    // "some_id" → "Some id": for ids the console has no words for yet.
    static QString humanize(const QString &id);
};

} // namespace Tenancy::Ui
