// What a username or an organisation name may be: they become folder names (the FTPS
// users' homes) and keys the store compares without case.
#include "InputError.h"
#include "domain/NameRules.h"

#include <QTest>

using namespace trustdesk;

class TestNameRules : public QObject
{
    Q_OBJECT

    static QString problemWith(const QString &name)
    {
        try {
            NameRules::validate(QStringLiteral("username"), name);
        } catch (const InputError &error) {
            return error.message();
        }
        return QString();
    }

private slots:
    void ordinaryNamesPass()
    {
        for (const char *name : {"frank", "Frank Fuller", "moveitfreelydemo", "a.b", "...x", "é"})
            QVERIFY2(problemWith(QString::fromUtf8(name)).isEmpty(), name);
    }

    void refusedNamesSayWhy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("surrounding space")
            << QStringLiteral(" frank") << QStringLiteral("white space");
        QTest::newRow("too long") << QString(65, QLatin1Char('a'))
                                  << QStringLiteral("64 characters");
        QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("names a folder itself");
        QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("names a folder itself");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("'/'");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'\\'");
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                             << QStringLiteral("control character");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("control character");
    }
    void refusedNamesSayWhy()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const QString problem = problemWith(name);
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("username")), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestNameRules)
#include "TestNameRules.moc"
