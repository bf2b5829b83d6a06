// Certificate mappings in the store and in IIS's format: the repository keeps the order and
// audits each change; import reads hand-written web.config and applicationHost.config files
// (tests/data/iis) all or nothing; check names every pitfall with the error IIS logs; export
// writes what import reads back to the same verdicts.
#include "InputError.h"
#include "services/IisConfigReader.h"
#include "services/IisConfigWriter.h"
#include "services/MappingService.h"
#include "store/Store.h"
#include "support/InputErrorOf.h"
#include "support/StoreDump.h"
#include "support/TestStores.h"
#include "x509/CertificateLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

QByteArray data(const QString &name)
{
    QFile file(QStringLiteral(TRUSTDESK_TEST_DATA "/iis/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

Certificate certificate(const QString &name)
{
    return CertificateLoader::loadBytes(data(name), name).certificates.first();
}

// When the IIS tests evaluate: inside the test certificates' validity (2025-2045).
QDateTime at()
{
    return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
}

QStringList problemLines(const IisConfig &config)
{
    QStringList out;
    for (const IisProblem &p : config.problems)
        out << p.line1();
    return out;
}

} // namespace

class TestMappingService : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0;
    int counter = 0;

    std::unique_ptr<Store> newStore()
    {
        auto s = openTestStore(dir.filePath(QStringLiteral("mappings%1.db").arg(++counter)));
        s->setActor(QStringLiteral("admin"));
        const qint64 id = s->organisations().create(QStringLiteral("Contoso")).id;
        s->rootStore().add({certificate(QStringLiteral("contoso-ca.pem"))});
        for (const QString &name : {QStringLiteral("staff"), QStringLiteral("alice")}) {
            UserProfile u;
            u.username = name;
            u.httpsPolicy = Policy::Certificate;
            s->users().add(id, u, std::nullopt);
        }
        return s;
    }
    CertificateMapping staffMapping() const
    {
        CertificateMapping m;
        m.name = QStringLiteral("Contoso staff");
        m.username = QStringLiteral("staff");
        m.rules << MappingRule::parse(QStringLiteral("subject.O=Contoso"));
        return m;
    }
    QString verdictOf(Store &s, const QString &cert)
    {
        const Identification id = MappingService::identify(s, s.organisations().get(QString()).id,
                                                           {certificate(cert)}, at());
        return QStringLiteral("%1 %2").arg(id.iis.text(), id.user);
    }
    int auditCount() { return int(store->auditLog().list().size()); }

private slots:
    void init()
    {
        store.reset();
        store = newStore();
        org = store->organisations().get(QString()).id;
    }

    // --- the repository
    void mappingsKeepTheirOrderAndEveryChangeIsAudited()
    {
        const int before = auditCount();
        CertificateMapping deny;
        deny.name = QStringLiteral("Contractors");
        deny.permission = CertificateMapping::Permission::Deny;
        deny.rules << MappingRule::parse(QStringLiteral("subject.OU=Contractors"));
        const qint64 staff = store->mappings().add(org, staffMapping());
        const qint64 denied = store->mappings().add(org, deny);
        QCOMPARE(store->mappings().list(org).first().id, staff);
        store->mappings().move(org, denied, 1);
        QCOMPARE(store->mappings().list(org).first().id, denied);
        store->mappings().setEnabled(org, staff, false);
        QVERIFY(!store->mappings().get(org, staff).enabled);
        store->mappings().remove(org, denied);
        QCOMPARE(store->mappings().list(org).size(), 1);
        QStringList actions;
        for (const AuditEntry &e : store->auditLog().list().mid(before))
            actions << e.action;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("mapping.add"), QStringLiteral("mapping.add"),
                              QStringLiteral("mapping.move"), QStringLiteral("mapping.set"),
                              QStringLiteral("mapping.remove")}));
    }

    void rulesRoundTripThroughTheStore()
    {
        CertificateMapping m = staffMapping();
        m.description = QStringLiteral("Everyone at Contoso");
        m.rules << MappingRule::parse(QStringLiteral("issuer.CN~=contoso*"));
        const qint64 id = store->mappings().add(org, m);
        const CertificateMapping back = store->mappings().get(org, id);
        QCOMPARE(back.rules, m.rules);
        QCOMPARE(back.description, m.description);
        QCOMPARE(back.toJson().value(QStringLiteral("kind")), QStringLiteral("many-to-one"));
    }

    void badMappingsChangeNothing_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("no rules") << 0 << "at least one rule";
        QTest::newRow("allow without user") << 1 << "needs a user";
        QTest::newRow("duplicate name") << 2 << "already a many-to-one mapping named";
        QTest::newRow("one-to-one without certificate") << 3 << "needs a certificate";
        QTest::newRow("duplicate certificate") << 4 << "already a one-to-one mapping";
    }
    void badMappingsChangeNothing()
    {
        QFETCH(int, what);
        QFETCH(QString, message);
        store->mappings().add(org, staffMapping());
        CertificateMapping alice;
        alice.kind = CertificateMapping::Kind::OneToOne;
        alice.username = QStringLiteral("alice");
        alice.certificate = certificate(QStringLiteral("alice.pem"));
        store->mappings().add(org, alice);
        const QString before = dumpStore(store->location());
        CertificateMapping m = staffMapping();
        switch (what) {
        case 0:
            m.name = QStringLiteral("Other");
            m.rules.clear();
            break;
        case 1:
            m.name = QStringLiteral("Other");
            m.username.clear();
            break;
        case 2:
            m.name = QStringLiteral("CONTOSO STAFF");
            break;
        case 3:
            m = alice;
            m.certificate = Certificate();
            break;
        default:
            m = alice;
            break;
        }
        const auto error = inputErrorOf([&] { store->mappings().add(org, m); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(message), qPrintable(error->message()));
        QCOMPARE(dumpStore(store->location()), before);
    }

    // --- import
    void importsAHandWrittenWebConfig()
    {
        const int before = auditCount();
        const IisImportResult result =
            MappingService::importIis(*store, org, data(QStringLiteral("web.config")), false);
        QCOMPARE(result.mappingIds.size(), 3);
        const QList<CertificateMapping> all = store->mappings().list(org);
        QCOMPARE(all.at(0).kind, CertificateMapping::Kind::OneToOne);
        QCOMPARE(all.at(0).certificate, certificate(QStringLiteral("alice.pem")));
        QCOMPARE(all.at(1).name, QStringLiteral("Contractors"));
        QCOMPARE(all.at(1).permission, CertificateMapping::Permission::Deny);
        QCOMPARE(all.at(2).rules.size(), 2);
        QVERIFY(!all.at(2).rules.at(1).caseSensitive);
        // Passwords are the IIS machine's: never imported, and the administrator is told.
        QVERIFY(result.notes.join(QLatin1Char('\n')).contains(QStringLiteral("password")));
        QVERIFY(!dumpStore(store->location()).contains(QStringLiteral("enc:AesProvider")));
        QCOMPARE(auditCount() - before, 3);

        QCOMPARE(verdictOf(*store, QStringLiteral("alice.pem")), QStringLiteral("200 alice"));
        QCOMPARE(verdictOf(*store, QStringLiteral("carl.pem")), QStringLiteral("403.12 "));
        QCOMPARE(verdictOf(*store, QStringLiteral("fabrikam.pem")), QStringLiteral("401.2 "));
    }

    void importsFromALocationOfApplicationHostConfig()
    {
        const QByteArray xml = data(QStringLiteral("applicationHost.config"));
        const auto refused =
            inputErrorOf([&] { MappingService::importIis(*store, org, xml, false); });
        QVERIFY(refused);
        QVERIFY2(refused->message().contains(QStringLiteral("'Human Resources'")) &&
                     refused->message().contains(QStringLiteral("'hr' does not exist")),
                 qPrintable(refused->message()));
        const IisImportResult result = MappingService::importIis(*store, org, xml, true);
        QCOMPARE(result.createdUsers, QStringList{QStringLiteral("hr")});
        const auto hr = store->users().find(org, QStringLiteral("hr"));
        QVERIFY(hr);
        QCOMPARE(hr->httpsPolicy, Policy::Certificate);
        QCOMPARE(hr->ftpsPolicy, Policy::Certificate);
        const QList<CertificateMapping> all = store->mappings().list(org);
        QCOMPARE(all.size(), 2);
        QVERIFY(!all.at(0).enabled); // enabled="false" in the file
        // The many-to-one mapping: OU Human* and S=WA (the state, ST to OpenSSL).
        QCOMPARE(verdictOf(*store, QStringLiteral("alice.pem")), QStringLiteral("200 hr"));
    }

    void theSeedsPitfallsAreNamedWithTheErrorIisLogs()
    {
        const IisConfig config = IisConfigReader::read(data(QStringLiteral("broken-web.config")));
        const QStringList lines = problemLines(config);
        QCOMPARE(lines.size(), 4);
        // Each names its mapping (entry, line, user) and what IIS does with it.
        QVERIFY2(lines.at(0).contains(QStringLiteral("user 'carl'")) &&
                     lines.at(0).contains(QStringLiteral("one line")) &&
                     lines.at(0).contains(QStringLiteral("0x80093102")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(QStringLiteral("user 'frank'")) &&
                     lines.at(1).contains(QStringLiteral("BEGIN CERTIFICATE")) &&
                     lines.at(1).contains(QStringLiteral("0x8009310B")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(QStringLiteral("user 'alice'")) &&
                     lines.at(2).contains(QStringLiteral("damaged DER")) &&
                     lines.at(2).contains(QStringLiteral("CRYPT_E_ASN1_EOD")),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).contains(QStringLiteral("user 'bob'")) &&
                     lines.at(3).contains(QStringLiteral("not base64")) &&
                     lines.at(3).contains(QStringLiteral("CRYPT_E_ASN1_BADTAG")),
                 qPrintable(lines.at(3)));
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QStringLiteral("line ")), qPrintable(line));
    }

    void aBrokenFileImportsNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("pitfalls") << "broken-web.config"
                                  << "user 'carl'";
        QTest::newRow("malformed XML") << "malformed-web.config"
                                       << "line 12, column";
    }
    void aBrokenFileImportsNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const QString before = dumpStore(store->location());
        const auto error = inputErrorOf(
            [&] { MappingService::importIis(*store, org, data(file), /*createUsers=*/true); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(message), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QStringLiteral("nothing was imported")),
                 qPrintable(error->message()));
        QCOMPARE(dumpStore(store->location()), before);
    }

    void malformedXmlHasLineAndColumn()
    {
        const IisConfig config =
            IisConfigReader::read(data(QStringLiteral("malformed-web.config")));
        QCOMPARE(config.problems.size(), 1);
        QCOMPARE(config.problems.first().line, 12); // where </add> was due
        QVERIFY(config.problems.first().column > 0);
        QVERIFY2(config.problems.first().text.contains(QStringLiteral("not well-formed")),
                 qPrintable(config.problems.first().text));
    }

    void whatIisRefusesIsNamed_data()
    {
        QTest::addColumn<QString>("add");
        QTest::addColumn<QString>("message");
        QTest::newRow("permission") << "permissionMode=\"Maybe\""
                                    << "neither Allow nor Deny";
        QTest::newRow("misspelt attribute") << "permission=\"Deny\""
                                            << "attribute IIS does not know, permission=";
        QTest::newRow("enabled") << "enabled=\"yes\""
                                 << "neither true nor false";
    }
    void whatIisRefusesIsNamed()
    {
        QFETCH(QString, add);
        QFETCH(QString, message);
        const QString xml =
            QStringLiteral("<configuration><iisClientCertificateMappingAuthentication "
                           "enabled=\"true\"><manyToOneMappings>\n<add name=\"Staff\" "
                           "userName=\"staff\" %1><rules><add certificateField=\"Subject\" "
                           "certificateSubField=\"O\" matchCriteria=\"Contoso\"/></rules>"
                           "</add></manyToOneMappings></iisClientCertificateMappingAuthentication>"
                           "</configuration>")
                .arg(add);
        const QStringList lines = problemLines(IisConfigReader::read(xml.toUtf8()));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QStringLiteral("'Staff'")) &&
                     lines.first().contains(message),
                 qPrintable(lines.first()));
    }

    void aFileWithoutTheSectionIsAProblem()
    {
        const IisConfig config =
            IisConfigReader::read("<configuration><system.webServer/></configuration>");
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(config.problems.first().text.contains(
            QStringLiteral("iisClientCertificateMappingAuthentication")));
    }

    void importAddsAfterTheExistingMappings()
    {
        const qint64 first = store->mappings().add(org, staffMapping());
        const auto duplicate = inputErrorOf([&] {
            MappingService::importIis(*store, org, data(QStringLiteral("web.config")), false);
        });
        // The file's 'Contoso staff' is already there: IIS would refuse both, so nothing lands.
        QVERIFY(duplicate);
        QVERIFY2(duplicate->message().contains(QStringLiteral("Contoso staff")),
                 qPrintable(duplicate->message()));
        QCOMPARE(store->mappings().list(org).size(), 1);
        store->mappings().remove(org, first);
        CertificateMapping other = staffMapping();
        other.name = QStringLiteral("Earlier");
        const qint64 earlier = store->mappings().add(org, other);
        MappingService::importIis(*store, org, data(QStringLiteral("web.config")), false);
        QCOMPARE(store->mappings().list(org).first().id, earlier);
        QCOMPARE(store->mappings().list(org).size(), 4);
    }

    // --- export
    void exportThenImportGivesTheSameVerdicts()
    {
        MappingService::importIis(*store, org, data(QStringLiteral("web.config")), false);
        CertificateMapping disabled = staffMapping();
        disabled.name = QStringLiteral("Quote ' and <angle> & \"double\"");
        disabled.enabled = false;
        store->mappings().add(org, disabled);
        const QByteArray exported = MappingService::exportIis(*store, org);
        // One line of base64, Deny spelt as IIS spells it, the passwords left empty and said so.
        QVERIFY(exported.contains(certificate(QStringLiteral("alice.pem")).der().toBase64()));
        QVERIFY(exported.contains("permissionMode=\"Deny\""));
        QVERIFY(exported.contains("password=\"\""));
        QVERIFY(exported.contains("IIS Manager"));
        const IisConfig reread = IisConfigReader::read(exported);
        QVERIFY2(reread.problems.isEmpty(), qPrintable(problemLines(reread).join('\n')));

        auto other = newStore();
        const qint64 otherOrg = other->organisations().get(QString()).id;
        MappingService::importIis(*other, otherOrg, exported, false);
        QList<CertificateMapping> a = store->mappings().list(org);
        QList<CertificateMapping> b = other->mappings().list(otherOrg);
        QCOMPARE(b.size(), a.size());
        for (int i = 0; i < a.size(); ++i) {
            a[i].id = b[i].id = 0;
            QCOMPARE(b.at(i).toJson(), a.at(i).toJson());
        }
        for (const QString &cert : {QStringLiteral("alice.pem"), QStringLiteral("carl.pem"),
                                    QStringLiteral("fabrikam.pem")})
            QCOMPARE(verdictOf(*other, cert), verdictOf(*store, cert));
    }

    void appcmdScriptSetsTheSameForASite()
    {
        MappingService::importIis(*store, org, data(QStringLiteral("web.config")), false);
        const QString script = QString::fromUtf8(
            MappingService::exportIis(*store, org, QStringLiteral("Contoso Portal")));
        QVERIFY(script.contains(QStringLiteral("appcmd.exe set config \"Contoso Portal\"")));
        QVERIFY(script.contains(
            QStringLiteral("/+\"oneToOneMappings.[enabled='true',userName='alice'")));
        QVERIFY(script.contains(QStringLiteral("permissionMode='Deny'")));
        QVERIFY(script.contains(
            QStringLiteral("/+\"manyToOneMappings.[name='Contoso staff'].rules.[certificateField="
                           "'Issuer',certificateSubField='CN',matchCriteria='contoso issuing*',"
                           "compareCaseSensitive='false']\"")));
        QVERIFY(script.contains(QStringLiteral("\r\n")));
        // The clears come before the adds.
        QVERIFY(script.indexOf(QStringLiteral("/~\"manyToOneMappings\"")) <
                script.indexOf(QStringLiteral("/+\"manyToOneMappings")));
    }
};

QTEST_GUILESS_MAIN(TestMappingService)
#include "TestMappingService.moc"
