// CertificateSet, one implementation for the root store, the known intermediates and an
// organisation's approved CAs: add counts only the new certificates and audits each, a
// non-CA is refused as an intermediate with nothing written, remove takes a thumbprint in
// any spelling and refuses an unknown one in the words of its own set, and the approved CAs
// of two organisations are kept apart.
#include "InputError.h"
#include "store/Store.h"
#include "support/InputErrorOf.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

QList<Certificate> certificatesOf(const QList<StoredCertificate> &stored)
{
    QList<Certificate> out;
    for (const StoredCertificate &s : stored)
        out << s.certificate;
    return out;
}

// "ab:cd:..." in lower case: a spelling people paste from other tools.
QString colonSpelling(const Certificate &cert)
{
    const QString key = cert.thumbprint().key().toLower();
    QStringList pairs;
    for (int i = 0; i < key.size(); i += 2)
        pairs << key.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

} // namespace

class TestCertificateSet : public QObject
{
    Q_OBJECT

    Issued alpha, bravo, charlie, sub, leaf;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 one = 0, two = 0;
    int counter = 0;

    QString dump() { return dumpStore(store->location()); }
    // The audit rows written since the log held `since` rows.
    QList<AuditEntry> auditSince(int since) { return store->auditLog().list().mid(since); }
    CertificateSet set(CertificateSet::Kind kind, qint64 organisationId = -1)
    {
        return CertificateSet(*store, kind, organisationId);
    }

private slots:
    void initTestCase()
    {
        alpha = TestPki::root(QStringLiteral("Alpha Root"));
        bravo = TestPki::root(QStringLiteral("Bravo Root"));
        charlie = TestPki::root(QStringLiteral("Charlie Root"));
        sub = TestPki::intermediate(QStringLiteral("Alpha Issuing"), alpha);
        leaf = TestPki::client(QStringLiteral("Frank"), sub);
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("sets%1.db").arg(++counter)));
        one = store->organisations().create(QStringLiteral("One")).id;
        two = store->organisations().create(QStringLiteral("Two")).id;
    }

    void add_returnsHowManyWereNew_andIgnoresDuplicates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("root store") << int(CertificateSet::Kind::RootStore);
        QTest::newRow("intermediates") << int(CertificateSet::Kind::Intermediates);
        QTest::newRow("approved CAs") << int(CertificateSet::Kind::ApprovedCas);
    }
    void add_returnsHowManyWereNew_andIgnoresDuplicates()
    {
        QFETCH(int, kind);
        CertificateSet certs = set(CertificateSet::Kind(kind), one);
        QCOMPARE(certs.add({alpha.cert, bravo.cert}), 2);
        const int audit = store->auditLog().count();
        QCOMPARE(certs.add({bravo.cert, charlie.cert, alpha.cert}), 1);
        QCOMPARE(store->auditLog().count(), audit + 1); // only the new one is audited
        QCOMPARE(certs.add({charlie.cert, charlie.cert}), 0);
        QCOMPARE(certs.add({sub.cert, sub.cert}), 1); // twice in one call, added once
        QCOMPARE(store->auditLog().count(), audit + 2);
        // Listed by subject.
        QCOMPARE(certificatesOf(certs.list()),
                 (QList<Certificate>{sub.cert, alpha.cert, bravo.cert, charlie.cert}));
        for (const StoredCertificate &stored : certs.list())
            QVERIFY(stored.added.isValid());
    }

    void add_auditsEachNewCertificateWithTheSetsAction_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("organisation");
        QTest::newRow("root store")
            << int(CertificateSet::Kind::RootStore) << QStringLiteral("root.install")
            << QStringLiteral("root") << QString();
        QTest::newRow("intermediates")
            << int(CertificateSet::Kind::Intermediates) << QStringLiteral("intermediate.add")
            << QStringLiteral("intermediate") << QString();
        QTest::newRow("approved CAs")
            << int(CertificateSet::Kind::ApprovedCas) << QStringLiteral("ca.approve")
            << QStringLiteral("ca") << QStringLiteral("One");
    }
    void add_auditsEachNewCertificateWithTheSetsAction()
    {
        QFETCH(int, kind);
        QFETCH(QString, action);
        QFETCH(QString, prefix);
        QFETCH(QString, organisation);
        const int since = store->auditLog().count();
        set(CertificateSet::Kind(kind), one).add({alpha.cert, sub.cert});
        const auto rows = auditSince(since);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).action, action);
        QCOMPARE(rows.at(0).target, prefix + QLatin1Char(':') + alpha.cert.thumbprint().key());
        QCOMPARE(rows.at(0).organisation, organisation);
        QVERIFY(rows.at(0).before.isEmpty());
        const QJsonObject after = QJsonDocument::fromJson(rows.at(0).after.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("thumbprint")).toString(),
                 alpha.cert.thumbprint().grouped());
        QCOMPARE(after.value(QStringLiteral("subject")).toString(), alpha.cert.subjectText());
        QCOMPARE(rows.at(1).target, prefix + QLatin1Char(':') + sub.cert.thumbprint().key());
    }

    void intermediates_refuseANonCa_andWriteNothingOfTheList()
    {
        const QString before = dump();
        const auto error = inputErrorOf([&] {
            store->intermediates().add({sub.cert, leaf.cert, bravo.cert});
        });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'Frank'")),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(QStringLiteral("not a CA")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
        QVERIFY(store->intermediates().list().isEmpty());
    }

    void rootStore_acceptsANonCa_asAnAnchor()
    {
        // RULES 1: any certificate in the root store is an anchor, even a client's.
        QCOMPARE(store->rootStore().add({leaf.cert}), 1);
        QCOMPARE(certificatesOf(store->rootStore().list()), QList<Certificate>{leaf.cert});
    }

    void remove_takesTheThumbprintInAnySpelling_andAuditsIt_data()
    {
        add_auditsEachNewCertificateWithTheSetsAction_data();
    }
    void remove_takesTheThumbprintInAnySpelling_andAuditsIt()
    {
        QFETCH(int, kind);
        QFETCH(QString, action);
        QFETCH(QString, prefix);
        QFETCH(QString, organisation);
        CertificateSet certs = set(CertificateSet::Kind(kind), one);
        certs.add({alpha.cert, bravo.cert});
        const int since = store->auditLog().count();
        certs.remove(colonSpelling(alpha.cert));
        QCOMPARE(certificatesOf(certs.list()), QList<Certificate>{bravo.cert});
        certs.remove(bravo.cert.thumbprint().grouped().toLower());
        QVERIFY(certs.list().isEmpty());
        const auto rows = auditSince(since);
        QCOMPARE(rows.size(), 2);
        const QString removeAction =
            action == QLatin1String("root.install")       ? QStringLiteral("root.remove")
            : action == QLatin1String("intermediate.add") ? QStringLiteral("intermediate.remove")
                                                          : QStringLiteral("ca.remove");
        QCOMPARE(rows.at(0).action, removeAction);
        QCOMPARE(rows.at(0).target, prefix + QLatin1Char(':') + alpha.cert.thumbprint().key());
        QCOMPARE(rows.at(0).organisation, organisation);
        QVERIFY(rows.at(0).after.isEmpty());
        QVERIFY(rows.at(0).before.contains(alpha.cert.thumbprint().grouped()));
        QCOMPARE(rows.at(1).target, prefix + QLatin1Char(':') + bravo.cert.thumbprint().key());
    }

    void remove_unknownThumbprint_isRefusedInTheSetsOwnWords_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("root store") << int(CertificateSet::Kind::RootStore)
                                    << QStringLiteral("no installed certificate has thumbprint");
        QTest::newRow("intermediates") << int(CertificateSet::Kind::Intermediates)
                                       << QStringLiteral("no known intermediate has thumbprint");
        QTest::newRow("approved CAs")
            << int(CertificateSet::Kind::ApprovedCas)
            << QStringLiteral("no approved CA of organisation 'One' has thumbprint");
    }
    void remove_unknownThumbprint_isRefusedInTheSetsOwnWords()
    {
        QFETCH(int, kind);
        QFETCH(QString, words);
        CertificateSet certs = set(CertificateSet::Kind(kind), one);
        certs.add({alpha.cert});
        // Known elsewhere in the store, but not in this set.
        store->approvedCas(two).add({bravo.cert});
        const QString before = dump();
        const auto error = inputErrorOf([&] { certs.remove(bravo.cert.thumbprint().key()); });
        QVERIFY(error);
        QCOMPARE(error->message(), words + QLatin1Char(' ') + bravo.cert.thumbprint().grouped());
        QCOMPARE(dump(), before);
    }

    void remove_malformedThumbprint_isRefusedQuotingIt()
    {
        store->rootStore().add({alpha.cert});
        const QString before = dump();
        const auto error =
            inputErrorOf([&] { store->rootStore().remove(QStringLiteral("12:34")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("12:34")), qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void approvedCas_ofTwoOrganisationsDoNotSeeEachOther()
    {
        store->approvedCas(one).add({alpha.cert});
        store->approvedCas(two).add({bravo.cert, alpha.cert});
        QCOMPARE(certificatesOf(store->approvedCas(one).list()), QList<Certificate>{alpha.cert});
        QCOMPARE(certificatesOf(store->approvedCas(two).list()),
                 (QList<Certificate>{alpha.cert, bravo.cert}));
        // One organisation's removal leaves the other's approval of the same CA alone.
        store->approvedCas(one).remove(alpha.cert.thumbprint().key());
        QVERIFY(store->approvedCas(one).list().isEmpty());
        QCOMPARE(certificatesOf(store->approvedCas(two).list()),
                 (QList<Certificate>{alpha.cert, bravo.cert}));
        const AuditEntry removed = store->auditLog().list(1).value(0);
        QCOMPARE(removed.action, QStringLiteral("ca.remove"));
        QCOMPARE(removed.organisation, QStringLiteral("One"));
        // And one cannot remove what only the other approved.
        const auto error =
            inputErrorOf([&] { store->approvedCas(one).remove(bravo.cert.thumbprint().key()); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'One'")), qPrintable(error->message()));
    }

    void theThreeSetsAreIndependent()
    {
        // Approved is only a reference (RULES 1): approving does not install, and removing
        // from one set leaves the others as they were.
        store->approvedCas(one).add({sub.cert});
        QVERIFY(store->rootStore().list().isEmpty());
        QVERIFY(store->intermediates().list().isEmpty());
        store->rootStore().add({sub.cert});
        store->intermediates().add({sub.cert});
        store->rootStore().remove(sub.cert.thumbprint().key());
        QCOMPARE(certificatesOf(store->intermediates().list()), QList<Certificate>{sub.cert});
        QCOMPARE(certificatesOf(store->approvedCas(one).list()), QList<Certificate>{sub.cert});
    }

    void add_ofAnEmptyList_writesNothing()
    {
        const QString before = dump();
        QCOMPARE(store->rootStore().add({}), 0);
        QCOMPARE(dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestCertificateSet)
#include "TestCertificateSet.moc"
