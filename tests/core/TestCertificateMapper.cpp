// RULES.md section 3, "Identify without a username": the IIS certificate mapping rules, one
// test per rule, and the decisions IIS's documentation leaves open (docs/rules-and-decisions.md).
#include "engine/CertificateMapper.h"
#include "support/InputErrorOf.h"
#include "support/TestPki.h"

#include <QJsonArray>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestCertificateMapper : public QObject
{
    Q_OBJECT

    Issued root, issuing, alice, carl, frank, expired;
    QHash<QString, UserProfile> users;

    // Alice: Contoso staff with two OUs, a state, a locality and an e-mail address.
    static Issued person(const QList<QPair<QString, QString>> &fields, const Issued &issuer,
                         const QDateTime &notAfter = TestPki::end())
    {
        CertificateBuilder b;
        for (const auto &field : fields)
            b.subjectField(field.first, field.second);
        b.validity(TestPki::start(), notAfter)
            .endEntity()
            .extendedKeyUsage(QStringLiteral("clientAuth"));
        return TestPki::issue(b, issuer);
    }
    static CertificateMapping oneToOne(qint64 id, const Certificate &cert, const QString &user)
    {
        CertificateMapping m;
        m.id = id;
        m.kind = CertificateMapping::Kind::OneToOne;
        m.certificate = cert;
        m.username = user;
        return m;
    }
    static CertificateMapping manyToOne(qint64 id, const QString &name, const QString &user,
                                        const QStringList &rules)
    {
        CertificateMapping m;
        m.id = id;
        m.kind = CertificateMapping::Kind::ManyToOne;
        m.name = name;
        m.username = user;
        m.permission = user.isEmpty() ? CertificateMapping::Permission::Deny
                                      : CertificateMapping::Permission::Allow;
        for (const QString &rule : rules)
            m.rules << MappingRule::parse(rule);
        return m;
    }
    Identification identify(const Certificate &leaf, const QList<CertificateMapping> &mappings,
                            const TestPki::SnapshotSpec &spec) const
    {
        const auto snapshot = TestPki::snapshot(spec);
        QList<Certificate> presented;
        if (!leaf.isNull())
            presented << leaf << issuing.cert;
        return CertificateMapper::identify(presented, mappings, users, *snapshot,
                                           TestPki::evaluationTime());
    }
    Identification identify(const Certificate &leaf,
                            const QList<CertificateMapping> &mappings) const
    {
        return identify(leaf, mappings, {{root.cert}});
    }
    static UserProfile user(const QString &name, bool disabled = false)
    {
        UserProfile u;
        u.username = name;
        u.disabled = disabled;
        return u;
    }

private slots:
    void initTestCase()
    {
        root = TestPki::root(QStringLiteral("Contoso Root"));
        CertificateBuilder b;
        b.subjectField(QStringLiteral("O"), QStringLiteral("Contoso"))
            .commonName(QStringLiteral("Contoso Issuing CA 2"))
            .validity(TestPki::start(), TestPki::end())
            .certificateAuthority();
        issuing = TestPki::issue(b, root);
        alice = person({{QStringLiteral("C"), QStringLiteral("US")},
                        {QStringLiteral("ST"), QStringLiteral("WA")},
                        {QStringLiteral("O"), QStringLiteral("Contoso")},
                        {QStringLiteral("OU"), QStringLiteral("Staff")},
                        {QStringLiteral("OU"), QStringLiteral("Human Resources")},
                        {QStringLiteral("CN"), QStringLiteral("Alice Smith")},
                        {QStringLiteral("emailAddress"), QStringLiteral("alice@contoso.example")}},
                       issuing);
        carl = person({{QStringLiteral("O"), QStringLiteral("Contoso")},
                       {QStringLiteral("OU"), QStringLiteral("Contractors")},
                       {QStringLiteral("CN"), QStringLiteral("Carl")}},
                      issuing);
        frank = person({{QStringLiteral("O"), QStringLiteral("The Contoso Fan Club")},
                        {QStringLiteral("CN"), QStringLiteral("Frank")}},
                       issuing);
        expired = person({{QStringLiteral("O"), QStringLiteral("Contoso")},
                          {QStringLiteral("CN"), QStringLiteral("Old")}},
                         issuing, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        for (const UserProfile &u :
             {user(QStringLiteral("staff")), user(QStringLiteral("alice")),
              user(QStringLiteral("hr")), user(QStringLiteral("gone"), true)})
            users.insert(u.username.toCaseFolded(), u);
    }

    // Rule 1: the connect conditions come first, and decide alone when they fail.
    void noCertificateIs403_7()
    {
        const Identification id =
            identify(Certificate(), {manyToOne(1, QStringLiteral("All"), QStringLiteral("staff"),
                                               {QStringLiteral("subject.CN=*")})});
        QCOMPARE(id.iis.text(), QStringLiteral("403.7"));
        QVERIFY(!id.signedIn());
        QVERIFY(!id.checks.first().consulted);
    }

    void untrustedIs403_16AndNoMappingIsConsulted()
    {
        const Identification id =
            identify(alice.cert, {oneToOne(1, alice.cert, QStringLiteral("alice"))}, {});
        QCOMPARE(id.iis.text(), QStringLiteral("403.16"));
        QCOMPARE(id.iis.win32, 0x800B0109u);
        QVERIFY(!id.signedIn());
        QCOMPARE(id.checks.size(), 1);
        QVERIFY(!id.checks.first().consulted);
        QVERIFY(!id.checks.first().matched);
    }

    void expiredIs403_17()
    {
        const Identification id =
            identify(expired.cert, {manyToOne(1, QStringLiteral("Staff"), QStringLiteral("staff"),
                                              {QStringLiteral("subject.O=Contoso")})});
        QCOMPARE(id.iis.text(), QStringLiteral("403.17"));
        QVERIFY(!id.signedIn());
    }

    void revokedIs403_13()
    {
        TestPki::SnapshotSpec spec{{root.cert}};
        spec.crls << TestPki::crl(issuing, {alice.cert}) << TestPki::crl(root, {});
        const Identification id =
            identify(alice.cert, {oneToOne(1, alice.cert, QStringLiteral("alice"))}, spec);
        QCOMPARE(id.iis.text(), QStringLiteral("403.13"));
        QVERIFY(!id.signedIn());
    }

    // Rule 2: one-to-one before many-to-one, whatever the list order.
    void oneToOneIsConsultedBeforeManyToOne()
    {
        const Identification id =
            identify(alice.cert, {manyToOne(1, QStringLiteral("Staff"), QStringLiteral("staff"),
                                            {QStringLiteral("subject.O=Contoso")}),
                                  oneToOne(2, alice.cert, QStringLiteral("alice"))});
        QCOMPARE(id.user, QStringLiteral("alice"));
        QCOMPARE(id.mapping->id, qint64(2));
        QCOMPARE(id.iis.text(), QStringLiteral("200"));
        // The explanation follows the evaluation order, not the list's.
        QCOMPARE(id.checks.at(0).id, qint64(2));
        QVERIFY(id.checks.at(0).matched);
        QCOMPARE(id.checks.at(1).id, qint64(1));
        QVERIFY(!id.checks.at(1).consulted);
        QVERIFY2(id.checks.at(1).reason.contains(QStringLiteral("decided first")),
                 qPrintable(id.checks.at(1).reason));
    }

    void oneToOneComparesTheWholeCertificate()
    {
        // Same subject, another key: not the same certificate.
        const Issued twin = person({{QStringLiteral("C"), QStringLiteral("US")},
                                    {QStringLiteral("CN"), QStringLiteral("Alice Smith")}},
                                   issuing);
        const Identification id =
            identify(twin.cert, {oneToOne(1, alice.cert, QStringLiteral("alice"))});
        QCOMPARE(id.iis.text(), QStringLiteral("401.2"));
        QVERIFY(id.checks.first().consulted);
        QVERIFY(id.checks.first().reason.contains(alice.cert.thumbprint().grouped()));
    }

    void disabledMappingsAreSkipped()
    {
        CertificateMapping one = oneToOne(1, alice.cert, QStringLiteral("alice"));
        one.enabled = false;
        CertificateMapping deny = manyToOne(2, QStringLiteral("No HR"), QString(),
                                            {QStringLiteral("subject.OU=Human Resources")});
        deny.enabled = false;
        const Identification id =
            identify(alice.cert, {one, deny,
                                  manyToOne(3, QStringLiteral("Staff"), QStringLiteral("staff"),
                                            {QStringLiteral("subject.O=Contoso")})});
        QCOMPARE(id.user, QStringLiteral("staff"));
        QVERIFY(!id.checks.at(0).consulted);
        QVERIFY(id.checks.at(0).reason.contains(QStringLiteral("disabled")));
        QVERIFY(!id.checks.at(1).consulted);
        QVERIFY(id.checks.at(2).matched);
    }

    // Rule 3: many-to-one in list order; the first match decides.
    void firstMatchingManyToOneDecides()
    {
        const CertificateMapping deny = manyToOne(1, QStringLiteral("Contractors"), QString(),
                                                  {QStringLiteral("subject.OU=Contractors")});
        const CertificateMapping staff =
            manyToOne(2, QStringLiteral("Staff"), QStringLiteral("staff"),
                      {QStringLiteral("subject.O=Contoso")});
        const Identification denied = identify(carl.cert, {deny, staff});
        QCOMPARE(denied.iis.text(), QStringLiteral("403.12"));
        QVERIFY(!denied.signedIn());
        QCOMPARE(denied.mapping->id, qint64(1));
        QVERIFY(!denied.checks.at(1).consulted);
        // The same mappings the other way round: staff matches first.
        const Identification allowed = identify(carl.cert, {staff, deny});
        QCOMPARE(allowed.user, QStringLiteral("staff"));
        QCOMPARE(allowed.iis.text(), QStringLiteral("200"));
    }

    void everyRuleOfAMappingMustMatch()
    {
        const Identification id =
            identify(carl.cert, {manyToOne(1, QStringLiteral("HR"), QStringLiteral("hr"),
                                           {QStringLiteral("subject.O=Contoso"),
                                            QStringLiteral("subject.OU=Human Resources")})});
        QCOMPARE(id.iis.text(), QStringLiteral("401.2"));
        const QString reason = id.checks.first().reason;
        // Which rule, and which values it saw.
        QVERIFY2(reason.contains(QStringLiteral("subject.OU=Human Resources")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("'Contractors'")), qPrintable(reason));
    }

    void anyValueOfAMultiValuedSubFieldMatches()
    {
        const Identification id =
            identify(alice.cert, {manyToOne(1, QStringLiteral("HR"), QStringLiteral("hr"),
                                            {QStringLiteral("subject.OU=Human Resources")})});
        QCOMPARE(id.user, QStringLiteral("hr"));
        QVERIFY2(id.checks.first().reason.contains(QStringLiteral("'Human Resources'")),
                 qPrintable(id.checks.first().reason));
    }

    void aMissingSubFieldDoesNotMatch()
    {
        const Identification id = identify(
            carl.cert, {manyToOne(1, QStringLiteral("Anyone in WA"), QStringLiteral("staff"),
                                  {QStringLiteral("subject.S=*")})});
        QCOMPARE(id.iis.text(), QStringLiteral("401.2"));
        QVERIFY2(id.checks.first().reason.contains(QStringLiteral("has no S")),
                 qPrintable(id.checks.first().reason));
    }

    void issuerRulesReadTheIssuer()
    {
        const Identification id = identify(
            frank.cert, {manyToOne(1, QStringLiteral("From our CA"), QStringLiteral("staff"),
                                   {QStringLiteral("issuer.CN~=contoso issuing*"),
                                    QStringLiteral("issuer.O=Contoso")})});
        QCOMPARE(id.user, QStringLiteral("staff"));
    }

    void iisSubFieldNames()
    {
        // S is the state (OpenSSL's ST), E the e-mail address in the subject.
        const Identification id =
            identify(alice.cert, {manyToOne(1, QStringLiteral("WA mail"), QStringLiteral("staff"),
                                            {QStringLiteral("subject.S=WA"),
                                             QStringLiteral("subject.E=*@contoso.example")})});
        QCOMPARE(id.user, QStringLiteral("staff"));
    }

    void wildcardsCoverTheWholeValue_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("matches");
        QTest::newRow("prefix") << "Contoso*"
                                << "Contoso Ltd" << true << true;
        QTest::newRow("not a prefix") << "Contoso*"
                                      << "The Contoso" << true << false;
        QTest::newRow("star matches none") << "Contoso*"
                                           << "Contoso" << true << true;
        QTest::newRow("literal is whole") << "Contoso"
                                          << "Contoso Ltd" << true << false;
        QTest::newRow("suffix") << "*Ltd"
                                << "Contoso Ltd" << true << true;
        QTest::newRow("inner") << "C*o*s*o"
                               << "Contoso" << true << true;
        QTest::newRow("backtracks") << "*a*b"
                                    << "aab ab" << true << true;
        QTest::newRow("only star") << "*"
                                   << "" << true << true;
        QTest::newRow("stars collapse") << "**x**"
                                        << "x" << true << true;
        QTest::newRow("question mark is literal") << "Cont?so"
                                                  << "Contoso" << true << false;
        QTest::newRow("regex is literal") << "C.ntoso"
                                          << "Contoso" << true << false;
        QTest::newRow("case-sensitive") << "contoso"
                                        << "Contoso" << true << false;
        QTest::newRow("case-insensitive") << "contoso*"
                                          << "CONTOSO LTD" << false << true;
        QTest::newRow("accents fold too") << "émile"
                                          << "ÉMILE" << false << true;
        QTest::newRow("empty value") << "a*"
                                     << "" << true << false;
    }
    void wildcardsCoverTheWholeValue()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, value);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, matches);
        QCOMPARE(CertificateMapper::patternMatches(pattern, value, caseSensitive), matches);
    }

    void comparisonIsCaseSensitiveByDefault()
    {
        const Identification exact =
            identify(alice.cert, {manyToOne(1, QStringLiteral("Lower"), QStringLiteral("staff"),
                                            {QStringLiteral("subject.O=contoso")})});
        QCOMPARE(exact.iis.text(), QStringLiteral("401.2"));
        const Identification folded =
            identify(alice.cert, {manyToOne(1, QStringLiteral("Lower"), QStringLiteral("staff"),
                                            {QStringLiteral("subject.O~=contoso")})});
        QCOMPARE(folded.user, QStringLiteral("staff"));
    }

    // Rule 4: nothing matches, or the user is not there.
    void noMatchIs401_2()
    {
        const Identification id =
            identify(frank.cert, {manyToOne(1, QStringLiteral("Staff"), QStringLiteral("staff"),
                                            {QStringLiteral("subject.O=Contoso")})});
        QCOMPARE(id.iis.text(), QStringLiteral("401.2"));
        QVERIFY(!id.mapping);
        // 'The Contoso Fan Club' is not 'Contoso': the whole value must match.
        QVERIFY(id.checks.first().reason.contains(QStringLiteral("The Contoso Fan Club")));
    }

    void noMappingsAtAllIs401_2()
    {
        const Identification id = identify(alice.cert, {});
        QCOMPARE(id.iis.text(), QStringLiteral("401.2"));
        QVERIFY(id.checks.isEmpty());
    }

    void unknownOrDisabledUserIs401_1()
    {
        const Identification unknown =
            identify(alice.cert, {oneToOne(1, alice.cert, QStringLiteral("nobody"))});
        QCOMPARE(unknown.iis.text(), QStringLiteral("401.1"));
        QCOMPARE(unknown.iis.win32, 1326u);
        QVERIFY(!unknown.signedIn());
        QCOMPARE(unknown.mapping->id, qint64(1));
        const Identification disabled =
            identify(alice.cert, {oneToOne(1, alice.cert, QStringLiteral("GONE"))});
        QCOMPARE(disabled.iis.text(), QStringLiteral("401.1"));
        QCOMPARE(disabled.iis.win32, 1331u);
    }

    void aMappingWithoutRulesMatchesNothing()
    {
        CertificateMapping empty =
            manyToOne(1, QStringLiteral("Empty"), QStringLiteral("staff"), {});
        const Identification id = identify(alice.cert, {empty});
        QCOMPARE(id.iis.text(), QStringLiteral("401.2"));
    }

    // Rule 5: the explanation, as `identify --json` shows it (CLI.md).
    void jsonHasTheContractShape()
    {
        const Identification id =
            identify(carl.cert, {manyToOne(3, QStringLiteral("Contractors"), QString(),
                                           {QStringLiteral("subject.OU=Contractors")})});
        const QJsonObject json = id.toJson();
        QVERIFY(json.value(QStringLiteral("user")).isNull());
        QCOMPARE(
            json.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("permission")),
            QStringLiteral("deny"));
        QCOMPARE(json.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("name")),
                 QStringLiteral("Contractors"));
        QCOMPARE(json.value(QStringLiteral("iis")).toObject().value(QStringLiteral("status")), 403);
        QCOMPARE(json.value(QStringLiteral("iis")).toObject().value(QStringLiteral("substatus")),
                 12);
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("kind")),
                 QStringLiteral("many-to-one"));
        QVERIFY(checks.at(0).toObject().value(QStringLiteral("matched")).toBool());
        QVERIFY(
            json.value(QStringLiteral("connect")).toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(id.toText().contains(QStringLiteral("403.12")));
    }

    void rulesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: refused
        QTest::newRow("subject") << "subject.O=Contoso"
                                 << "subject.O=Contoso";
        QTest::newRow("case-insensitive") << "issuer.CN~=contoso issuing*"
                                          << "issuer.CN~=contoso issuing*";
        QTest::newRow("field case") << "Subject.OU=Sales"
                                    << "subject.OU=Sales";
        QTest::newRow("equals in pattern") << "subject.CN=a=b"
                                           << "subject.CN=a=b";
        QTest::newRow("unknown field") << "serial.CN=1"
                                       << "";
        QTest::newRow("unknown sub-field") << "subject.XYZZY=1"
                                           << "";
        QTest::newRow("no pattern") << "subject.O="
                                    << "";
        QTest::newRow("no operator") << "subject.O"
                                     << "";
    }
    void rulesParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        if (canonical.isEmpty()) {
            const auto error = inputErrorOf([&] { MappingRule::parse(text); });
            QVERIFY(error);
            QVERIFY2(error->message().contains(text), qPrintable(error->message()));
        } else {
            QCOMPARE(MappingRule::parse(text).toText(), canonical);
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificateMapper)
#include "TestCertificateMapper.moc"
