// The read-only JSON tree behind a tenant's configuration: structure, values as JSON writes
// them, JSON Pointers (RFC 6901), and the model contract (QAbstractItemModelTester).
#include "models/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Tenancy::Ui::JsonTreeModel;

class tst_JsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheDocument()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonDocument doc = QJsonDocument::fromJson(
            R"({"limits":{"max_users":100,"max_storage_bytes":"unlimited"},
                "features":{"enabled":["sso","scim"]},
                "security":{"mfa_config":{"required":true},"ratio":0.8,"note":null},
                "a/b~c":1})");
        model.setDocument(doc.object());
        QCOMPARE(model.rowCount(), 4);
        // Object keys come sorted (QJsonObject), arrays in order.
        const QModelIndex slash = model.index(0, JsonTreeModel::Key);
        QCOMPARE(slash.data().toString(), u"a/b~c"_s);
        QCOMPARE(slash.data(JsonTreeModel::PointerRole).toString(), u"/a~1b~0c"_s);
        const QModelIndex features = model.index(1, 0);
        QCOMPARE(features.data().toString(), u"features"_s);
        const QModelIndex enabled = model.index(0, 0, features);
        QCOMPARE(model.index(0, JsonTreeModel::Value, features).data().toString(), u"[2 items]"_s);
        QCOMPARE(model.index(1, JsonTreeModel::Value, enabled).data().toString(), u"\"scim\""_s);
        QCOMPARE(model.index(1, 0, enabled).data(JsonTreeModel::PointerRole).toString(),
                 u"/features/enabled/1"_s);
        const QModelIndex limits = model.index(2, 0);
        QCOMPARE(model.index(0, JsonTreeModel::Value, limits).data().toString(),
                 u"\"unlimited\""_s);
        QCOMPARE(model.index(1, JsonTreeModel::Value, limits).data().toString(), u"100"_s);
        const QModelIndex security = model.index(3, 0);
        QCOMPARE(model.index(0, JsonTreeModel::Value, security).data().toString(), u"{1 key}"_s);
        QCOMPARE(model.index(1, JsonTreeModel::Value, security).data().toString(), u"null"_s);
        QCOMPARE(model.index(2, JsonTreeModel::Value, security).data().toString(), u"0.8"_s);
        QCOMPARE(model.parent(model.index(0, 0, security)), security);

        model.setDocument(QJsonObject());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_JsonTreeModel)
#include "tst_jsontreemodel.moc"
