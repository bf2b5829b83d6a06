// The sidebar's and toolbar's icons: TrustDesk's own for every page of the main window and
// every toolbar action, at both sizes, and none for a name that is neither.
#include "common/NavigationIcons.h"

#include <QTest>

using namespace trustdesk;

class TestNavigationIcons : public QObject
{
    Q_OBJECT

    static void verifyBothSizes(const QIcon &icon)
    {
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        QVERIFY(sizes.contains(QSize(24, 24)));
        QVERIFY(sizes.contains(QSize(48, 48)));
        QCOMPARE(icon.pixmap(QSize(24, 24)).size(), QSize(24, 24));
        QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
    }

private slots:
    void everyPage_hasItsIconAtBothSizes_data()
    {
        QTest::addColumn<QString>("page");
        // The pages' --show names, as in MainWindow's page table.
        for (const char *page : {"users", "tank", "roots", "cas", "mappings", "settings", "audit",
                                 "orgca", "explorer", "matrix", "listener"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }
    void everyPage_hasItsIconAtBothSizes()
    {
        QFETCH(QString, page);
        verifyBothSizes(NavigationIcons::forPage(page));
    }

    void everyToolbarAction_hasItsIconAtBothSizes_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : {"new-store", "open-store", "refresh"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }
    void everyToolbarAction_hasItsIconAtBothSizes()
    {
        QFETCH(QString, action);
        verifyBothSizes(NavigationIcons::forAction(action));
    }

    void unknownName_givesNoIcon()
    {
        QVERIFY(NavigationIcons::forPage(QStringLiteral("profile")).isNull());
        QVERIFY(NavigationIcons::forAction(QString()).isNull());
    }
};

QTEST_MAIN(TestNavigationIcons)
#include "TestNavigationIcons.moc"
