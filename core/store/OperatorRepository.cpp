#include "OperatorRepository.h"

#include "model/Tenant.h"

using namespace Qt::StringLiterals;

namespace Tenancy {

namespace {

Result<Operator> fromRow(const QSqlQuery &q)
{
    Operator op;
    op.name = q.value(0).toString();
    const QString role = q.value(1).toString();
    const auto parsed = roleFromId(role);
    if (!parsed) {
        return Error::make(ErrorCode::Storage,
                           OperatorRepository::tr("operator \"%1\": column role holds \"%2\", "
                                                  "which this version does not know")
                               .arg(op.name, role));
    }
    op.role = *parsed;
    op.createdAt = fromIsoUtc(q.value(2).toString());
    op.createdBy = q.value(3).toString();
    return op;
}

} // namespace

Result<std::optional<Operator>> OperatorRepository::find(const QString &name)
{
    auto q = m_db.exec(u"SELECT name, role, created_at, created_by FROM operators WHERE name = ?"_s,
                       {name});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Operator>();
    auto op = fromRow(*q);
    if (!op)
        return op.error();
    return std::optional<Operator>(*op);
}

Result<QList<Operator>> OperatorRepository::list()
{
    auto q = m_db.exec(u"SELECT name, role, created_at, created_by FROM operators ORDER BY name"_s);
    if (!q)
        return q.error();
    QList<Operator> all;
    while (q->next()) {
        auto op = fromRow(*q);
        if (!op)
            return op.error();
        all.append(*op);
    }
    return all;
}

Result<qint64> OperatorRepository::count()
{
    auto q = m_db.exec(u"SELECT count(*) FROM operators"_s);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<void> OperatorRepository::insert(const Operator &op)
{
    auto existing = find(op.name);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error {ErrorCode::AlreadyExists, tr("operator \"%1\" already exists").arg(op.name),
                      u"name"_s};
    auto q = m_db.exec(
        u"INSERT INTO operators (name, role, created_at, created_by) VALUES (?, ?, ?, ?)"_s,
        {op.name, roleId(op.role), toIsoUtc(op.createdAt), op.createdBy});
    if (!q) {
        if (q.error().code == ErrorCode::AlreadyExists)
            return Error {ErrorCode::AlreadyExists,
                          tr("operator \"%1\" already exists").arg(op.name), u"name"_s};
        return q.error();
    }
    return {};
}

Result<void> OperatorRepository::setRole(const QString &name, OperatorRole role)
{
    auto q = m_db.exec(u"UPDATE operators SET role = ? WHERE name = ?"_s, {roleId(role), name});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::make(ErrorCode::NotFound, tr("no operator named \"%1\"").arg(name));
    return {};
}

} // namespace Tenancy
