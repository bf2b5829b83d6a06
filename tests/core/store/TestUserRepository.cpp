// UserRepository: users and their accepted credentials (RULES 1 and 3). Usernames are
// unique without case, full names and credential values are checked and normalised, the
// password is a slow salted hash, the paged reads filter, sort and page in SQL without
// overlapping pages, and the CN claims of RULES 4.3 find every other user who would claim
// a CN. Every change is audited; every refusal leaves the store as it was.
#include "InputError.h"
#include "domain/CommonName.h"
#include "store/PasswordHasher.h"
#include "store/Store.h"
#include "store/StoreChangeFeed.h"
#include "store/StoreError.h"
#include "support/AuditRows.h"
#include "support/InputErrorOf.h"
#include "support/StoreDump.h"
#include "support/TestPki.h"
#include "support/TestStores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

// Few rounds where the cost does not matter, so the suite stays fast.
constexpr int FewRounds = 1000;

QStringList usernames(const QList<UserRecord> &records)
{
    QStringList out;
    for (const UserRecord &r : records)
        out << r.profile.username;
    return out;
}

QString colonSpelling(const Certificate &cert)
{
    const QString key = cert.thumbprint().key().toLower();
    QStringList pairs;
    for (int i = 0; i < key.size(); i += 2)
        pairs << key.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

} // namespace

class TestUserRepository : public QObject
{
    Q_OBJECT

    Issued ca, frankCert, otherCert;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0, other = 0;
    int counter = 0;

    QString dump() { return dumpStore(store->location()); }
    AuditEntry lastAudit() { return store->auditLog().list(1).value(0); }
    UserRepository &users() { return store->users(); }
    UserDirectory &userDirectory() { return store->userDirectory(); }

    static UserProfile profile(const QString &username, const QString &fullName = QString(),
                               Policy policy = Policy::Certificate)
    {
        UserProfile p;
        p.username = username;
        p.fullName = fullName;
        p.httpsPolicy = policy;
        p.ftpsPolicy = policy;
        return p;
    }
    void addUser(const QString &username, const QString &fullName = QString(),
                 qint64 organisationId = -1)
    {
        users().add(organisationId < 0 ? org : organisationId, profile(username, fullName),
                    std::nullopt);
    }
    void addTankPair(const QString &username, const Certificate &cert)
    {
        HoldingTankRepository &tank = store->tank();
        const qint64 pair = tank.nextPairId();
        const qint64 userId = users().idOf(org, username);
        const TankSighting seen{Interface::Https, QStringLiteral("10.0.0.1"),
                                TestPki::evaluationTime(), QString()};
        tank.insert(org, userId, pair, CredentialKind::CommonName, cert.displayName(), cert, seen);
        tank.insert(org, userId, pair, CredentialKind::Thumbprint, cert.thumbprint().grouped(),
                    cert, seen);
    }

private slots:
    void initTestCase()
    {
        ca = TestPki::root(QStringLiteral("Users Root"));
        frankCert = TestPki::client(QStringLiteral("Frank"), ca);
        otherCert = TestPki::client(QStringLiteral("Other"), ca);
    }

    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("users%1.db").arg(++counter)));
        store->setActor(QStringLiteral("admin"));
        org = store->organisations().create(QStringLiteral("Acme")).id;
        other = store->organisations().create(QStringLiteral("Globex")).id;
    }

    // --- add, find, get

    void add_thenFind_givesTheProfileWhateverTheCaseOfTheUsername()
    {
        UserProfile p = profile(QStringLiteral("Frank"), QStringLiteral("Frank Foster"));
        p.httpsPolicy = Policy::PasswordAndCertificate;
        p.ftpsPolicy = Policy::Password;
        users().add(org, p, std::nullopt);
        const auto found = users().find(org, QStringLiteral("fRANK"));
        QVERIFY(found.has_value());
        QVERIFY(found->id > 0);
        QCOMPARE(found->username, QStringLiteral("Frank"));
        QCOMPARE(found->fullName, QStringLiteral("Frank Foster"));
        QCOMPARE(found->disabled, false);
        QCOMPARE(found->httpsPolicy, Policy::PasswordAndCertificate);
        QCOMPARE(found->ftpsPolicy, Policy::Password);
        QVERIFY(found->thumbprints.isEmpty());
        QVERIFY(found->commonNames.isEmpty());
        QCOMPARE(users().idOf(org, QStringLiteral("FRANK")), found->id);
    }

    void find_unknownUserOrAnotherOrganisationsUser_isEmpty()
    {
        addUser(QStringLiteral("frank"), QString(), other);
        QVERIFY(!users().find(org, QStringLiteral("frank")).has_value());
        QVERIFY(!users().find(org, QStringLiteral("nobody")).has_value());
        QVERIFY(users().find(other, QStringLiteral("frank")).has_value());
    }

    void find_seesEveryChangeThroughThisStoreAtOnce()
    {
        // find() is served from a cache; nothing changed through the store may be missed.
        QVERIFY(!users().find(org, QStringLiteral("frank")).has_value());
        addUser(QStringLiteral("frank"));
        QVERIFY(users().find(org, QStringLiteral("frank")).has_value());
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                              QStringLiteral("Frank"));
        QCOMPARE(users().find(org, QStringLiteral("FRANK"))->commonNames,
                 QStringList{QStringLiteral("Frank")});
        users().removeCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                 QStringLiteral("frank"));
        QVERIFY(users().find(org, QStringLiteral("frank"))->commonNames.isEmpty());
        UserProfile changed = *users().find(org, QStringLiteral("frank"));
        changed.disabled = true;
        users().update(org, changed);
        QVERIFY(users().find(org, QStringLiteral("frank"))->disabled);
        users().remove(org, QStringLiteral("frank"));
        QVERIFY(!users().find(org, QStringLiteral("frank")).has_value());
    }

    void find_seesAnotherProgramsChangesWithinTheInterval()
    {
        addUser(QStringLiteral("frank"));
        QVERIFY(users().find(org, QStringLiteral("frank"))->thumbprints.isEmpty());
        {
            // Another connection to the same file: another program, as far as SQLite knows.
            const auto second = reopenTestStore(store->location());
            second->users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                                          QString(40, QLatin1Char('A')));
        }
        QTest::qWait(ChangeStamp::ExternalIntervalMs + 50);
        QCOMPARE(users().find(org, QStringLiteral("frank"))->thumbprints,
                 QStringList{QString(40, QLatin1Char('A'))});
    }

    void find_withTheIndex_seesEveryChangeThroughThisStoreAtOnce()
    {
        // The listener's index (on a shared store): this connection's own changes are seen
        // at once, without waiting for the server's announcement of them.
        users().setIndexed(true);
        QCOMPARE(users().isIndexInUse(), testingPostgres()); // SQLite announces nothing
        addUser(QStringLiteral("carol"));
        QVERIFY(!users().find(org, QStringLiteral("frank")).has_value()); // the index is read
        addUser(QStringLiteral("frank"));
        QVERIFY(users().find(org, QStringLiteral("FRANK")).has_value());
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                              QStringLiteral("Frank"));
        QCOMPARE(users().find(org, QStringLiteral("frank"))->commonNames,
                 QStringList{QStringLiteral("Frank")});
        {
            // As an acceptance from the tank adds it: by the user's id, inside a transaction.
            Store::Transaction transaction(*store);
            users().insertCredential(users().idOf(org, QStringLiteral("frank")),
                                     CredentialKind::Thumbprint, QString(40, QLatin1Char('B')));
            transaction.commit();
        }
        QCOMPARE(users().find(org, QStringLiteral("frank"))->thumbprints,
                 QStringList{QString(40, QLatin1Char('B'))});
        UserProfile changed = *users().find(org, QStringLiteral("frank"));
        changed.disabled = true;
        users().update(org, changed);
        QVERIFY(users().find(org, QStringLiteral("frank"))->disabled);
        users().remove(org, QStringLiteral("frank"));
        QVERIFY(!users().find(org, QStringLiteral("frank")).has_value());
        QVERIFY(users().find(org, QStringLiteral("carol")).has_value());
        QVERIFY(!users().find(other, QStringLiteral("carol")).has_value());
    }

    void find_withTheIndex_failsClosedWhenTheConnectionIsGone()
    {
        if (!testingPostgres())
            QSKIP("the index and the announcements exist on PostgreSQL only");
        users().setIndexed(true);
        addUser(QStringLiteral("frank"));
        QVERIFY(users().find(org, QStringLiteral("frank")).has_value());
        QVERIFY(users().isIndexInUse());
        QSqlQuery pid(store->database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const qint64 backend = pid.value(0).toLongLong();
        pid.finish();
        {
            const auto second = reopenTestStore(store->location());
            QSqlQuery kill(second->database());
            QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
        }
        // Announcements sent now would never arrive: within a second the index is no longer
        // trusted, and a lookup fails instead of answering from memory.
        QTest::qWait(StoreChangeFeed::LivenessIntervalMs + 100);
        QVERIFY(!users().isIndexInUse());
        QVERIFY_THROWS_EXCEPTION(StoreError, users().find(org, QStringLiteral("frank")));
    }

    void find_withTheIndex_seesAnotherProgramsChangesOnceAnnounced()
    {
        users().setIndexed(true);
        addUser(QStringLiteral("frank"));
        addUser(QStringLiteral("carol"));
        QVERIFY(users().find(org, QStringLiteral("frank"))->thumbprints.isEmpty());
        QVERIFY(!users().find(org, QStringLiteral("bob")).has_value());
        {
            const auto second = reopenTestStore(store->location());
            second->users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                                          QString(40, QLatin1Char('A')));
            second->users().add(org, profile(QStringLiteral("Bob")), std::nullopt);
            second->users().remove(org, QStringLiteral("carol"));
        }
        // On PostgreSQL once the event loop has delivered the announcements; SQLite has no
        // index and sees them within ChangeStamp's interval.
        QTRY_COMPARE(users().find(org, QStringLiteral("frank"))->thumbprints,
                     QStringList{QString(40, QLatin1Char('A'))});
        QTRY_VERIFY(users().find(org, QStringLiteral("bob")).has_value());
        QTRY_VERIFY(!users().find(org, QStringLiteral("carol")).has_value());
        // A bulk import through another connection: every new user is found.
        {
            const auto second = reopenTestStore(store->location());
            second->users().addMany(
                org, {profile(QStringLiteral("dora")), profile(QStringLiteral("eve"))}, {});
        }
        QTRY_VERIFY(users().find(org, QStringLiteral("eve")).has_value());
    }

    void add_writesAUserAddAuditRow()
    {
        users().add(org, profile(QStringLiteral("frank"), QStringLiteral("Frank Foster")),
                    std::nullopt);
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("user.add"));
        QCOMPARE(audit.target, QStringLiteral("user:frank"));
        QCOMPARE(audit.organisation, QStringLiteral("Acme"));
        QCOMPARE(personOf(audit.actor), QStringLiteral("admin"));
        const QJsonObject after = json(audit.after);
        QCOMPARE(after.value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Frank Foster"));
        QCOMPARE(after.value(QStringLiteral("https_policy")).toString(),
                 QStringLiteral("certificate"));
        QCOMPARE(after.value(QStringLiteral("password")).toString(), QStringLiteral("none"));
    }

    void add_withPassword_storesASlowSaltedHashThatVerifies()
    {
        users().add(org, profile(QStringLiteral("pat")), QByteArray("s3cret"));
        const QString hash = users().passwordHash(org, QStringLiteral("PAT"));
        QVERIFY2(hash.startsWith(
                     QStringLiteral("$pbkdf2-sha256$%1$").arg(PasswordHasher::DefaultIterations)),
                 qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("s3cret")));
        QVERIFY(users().verifyPassword(org, QStringLiteral("Pat"), "s3cret"));
        QVERIFY(users().get(org, QStringLiteral("pat")).hasPassword);
        const AuditEntry audit = lastAudit();
        QCOMPARE(json(audit.after).value(QStringLiteral("password")).toString(),
                 QStringLiteral("set"));
        QVERIFY(!audit.after.contains(QStringLiteral("s3cret")));
        QVERIFY(!audit.after.contains(hash));
    }

    void add_refusesAUsernameThatExistsInAnotherCase()
    {
        addUser(QStringLiteral("frank"));
        const QString before = dump();
        const auto error = inputErrorOf([&] { addUser(QStringLiteral("FRANK")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'FRANK' already exists")),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(QStringLiteral("'Acme'")), qPrintable(error->message()));
        QVERIFY2(error->message().contains(QStringLiteral("as 'frank'")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void add_sameUsernameInAnotherOrganisation_isAnotherUser()
    {
        addUser(QStringLiteral("frank"));
        addUser(QStringLiteral("Frank"), QStringLiteral("Other Frank"), other);
        QCOMPARE(users().find(org, QStringLiteral("frank"))->fullName, QString());
        QCOMPARE(users().find(other, QStringLiteral("frank"))->fullName,
                 QStringLiteral("Other Frank"));
    }

    void add_refusesAnUnusableUsername_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QString() << QStringLiteral("the username is empty");
        QTest::newRow("leading space") << QStringLiteral(" frank") << QStringLiteral("white space");
        QTest::newRow("too long") << QString(65, QLatin1Char('f')) << QStringLiteral("longer");
        QTest::newRow("colon") << QStringLiteral("acme:frank") << QStringLiteral("':'");
        QTest::newRow("control") << QStringLiteral("fr\nank") << QStringLiteral("control");
    }
    void add_refusesAnUnusableUsername()
    {
        QFETCH(QString, username);
        QFETCH(QString, problem);
        const QString before = dump();
        const auto error = inputErrorOf([&] { addUser(username); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("username")),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(problem), qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void add_refusesAnUnusableFullName_data()
    {
        QTest::addColumn<QString>("fullName");
        QTest::newRow("129 characters") << QString(129, QLatin1Char('x'));
        QTest::newRow("tab") << QStringLiteral("Frank\tFoster");
        QTest::newRow("DEL") << QStringLiteral("Frank") + QChar(0x7f);
        QTest::newRow("C1") << QStringLiteral("Frank") + QChar(0x85);
    }
    void add_refusesAnUnusableFullName()
    {
        QFETCH(QString, fullName);
        const QString before = dump();
        const auto error = inputErrorOf([&] { addUser(QStringLiteral("frank"), fullName); });
        QVERIFY(error);
        QVERIFY2(error->message().startsWith(QStringLiteral("full name '")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void add_acceptsAFullNameOf128Characters()
    {
        const QString name(128, QLatin1Char('x'));
        addUser(QStringLiteral("frank"), name);
        QCOMPARE(users().find(org, QStringLiteral("frank"))->fullName, name);
    }

    void add_refusesAnEmptyPassword_namingTheUser()
    {
        const QString before = dump();
        const auto error =
            inputErrorOf([&] { users().add(org, profile(QStringLiteral("frank")), QByteArray()); });
        QVERIFY(error);
        QCOMPARE(error->message(), QStringLiteral("the password for 'frank' is empty"));
        QCOMPARE(dump(), before);
    }

    void get_givesTheRecordWithPasswordFlagCreationAndPendingEntries()
    {
        addUser(QStringLiteral("frank"));
        addTankPair(QStringLiteral("frank"), frankCert.cert);
        // An untrusted CA seen with frank's attempt is not one of frank's pending entries.
        store->tank().insert(org, users().idOf(org, QStringLiteral("frank")),
                             store->tank().nextPairId(), CredentialKind::UntrustedCa,
                             ca.cert.thumbprint().grouped(), ca.cert,
                             {Interface::Ftps, QString(), TestPki::evaluationTime(), QString()});
        const UserRecord record = users().get(org, QStringLiteral("FRANK"));
        QCOMPARE(record.profile.username, QStringLiteral("frank"));
        QCOMPARE(record.hasPassword, false);
        QVERIFY(record.created.isValid());
        QVERIFY(qAbs(record.created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(record.pendingTankEntries, 2);
    }

    void get_andIdOf_refuseAnUnknownUser_namingUserAndOrganisation()
    {
        addUser(QStringLiteral("frank"), QString(), other);
        const auto error = inputErrorOf([&] { users().get(org, QStringLiteral("frank")); });
        QVERIFY(error);
        QCOMPARE(error->message(), QStringLiteral("unknown user 'frank' in organisation 'Acme'"));
        const auto idError = inputErrorOf([&] { users().idOf(org, QStringLiteral("ghost")); });
        QVERIFY(idError);
        QCOMPARE(idError->message(), QStringLiteral("unknown user 'ghost' in organisation 'Acme'"));
    }

    void list_givesEveryUserWithCredentials_byUsername()
    {
        addUser(QStringLiteral("zed"));
        addUser(QStringLiteral("Amy"));
        addUser(QStringLiteral("bob"), QString(), other);
        users().addCredential(org, QStringLiteral("zed"), CredentialKind::CommonName,
                              QStringLiteral("Zed"));
        users().addCredential(org, QStringLiteral("zed"), CredentialKind::Thumbprint,
                              frankCert.cert.thumbprint().grouped());
        const auto all = users().list(org);
        QCOMPARE(usernames(all), (QStringList{QStringLiteral("Amy"), QStringLiteral("zed")}));
        QCOMPARE(all.at(1).profile.commonNames, QStringList{QStringLiteral("Zed")});
        QCOMPARE(all.at(1).profile.thumbprints, QStringList{frankCert.cert.thumbprint().key()});
        QVERIFY(all.at(0).profile.commonNames.isEmpty());
    }

    // --- update, passwords, remove

    void update_appliesFullNameStatusAndPolicies_andAuditsBeforeAndAfter()
    {
        addUser(QStringLiteral("frank"), QStringLiteral("Frank"));
        UserProfile changed = profile(QStringLiteral("FRANK"), QStringLiteral("Frank Foster"));
        changed.disabled = true;
        changed.httpsPolicy = Policy::Password;
        changed.ftpsPolicy = Policy::PasswordAndCertificate;
        users().update(org, changed);
        const UserProfile stored = *users().find(org, QStringLiteral("frank"));
        QCOMPARE(stored.username, QStringLiteral("frank")); // the username is not renamed
        QCOMPARE(stored.fullName, QStringLiteral("Frank Foster"));
        QCOMPARE(stored.disabled, true);
        QCOMPARE(stored.httpsPolicy, Policy::Password);
        QCOMPARE(stored.ftpsPolicy, Policy::PasswordAndCertificate);
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("user.set"));
        QCOMPARE(audit.target, QStringLiteral("user:frank"));
        QCOMPARE(json(audit.before).value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Frank"));
        QCOMPARE(json(audit.before).value(QStringLiteral("disabled")).toBool(), false);
        QCOMPARE(json(audit.after).value(QStringLiteral("username")).toString(),
                 QStringLiteral("frank"));
        QCOMPARE(json(audit.after).value(QStringLiteral("disabled")).toBool(), true);
        QCOMPARE(json(audit.after).value(QStringLiteral("ftps_policy")).toString(),
                 QStringLiteral("password+certificate"));
    }

    void update_keepsTheCredentials()
    {
        addUser(QStringLiteral("frank"));
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                              QStringLiteral("Frank"));
        users().update(org, profile(QStringLiteral("frank"), QStringLiteral("Frank Foster")));
        QCOMPARE(users().find(org, QStringLiteral("frank"))->commonNames,
                 QStringList{QStringLiteral("Frank")});
    }

    void update_refusesAnUnknownUserOrABadFullName_andWritesNothing()
    {
        addUser(QStringLiteral("frank"));
        const QString before = dump();
        const auto unknown =
            inputErrorOf([&] { users().update(org, profile(QStringLiteral("ghost"))); });
        QVERIFY(unknown);
        QVERIFY2(unknown->message().contains(QStringLiteral("'ghost'")),
                 qPrintable(unknown->message()));
        const auto badName = inputErrorOf([&] {
            users().update(org, profile(QStringLiteral("frank"), QStringLiteral("a\u0001b")));
        });
        QVERIFY(badName);
        QVERIFY2(badName->message().contains(QStringLiteral("full name")),
                 qPrintable(badName->message()));
        QCOMPARE(dump(), before);
    }

    void setPasswordHash_storesTheHash_andAuditsWithoutIt()
    {
        addUser(QStringLiteral("frank"));
        QVERIFY(!users().get(org, QStringLiteral("frank")).hasPassword);
        const QString hash = PasswordHasher::hash("correct horse", FewRounds);
        users().setPasswordHash(org, QStringLiteral("Frank"), hash);
        QCOMPARE(users().passwordHash(org, QStringLiteral("frank")), hash);
        QVERIFY(users().get(org, QStringLiteral("frank")).hasPassword);
        // The audit names the user as the store spells it, not as typed.
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("user.password"));
        QCOMPARE(audit.target, QStringLiteral("user:frank"));
        QCOMPARE(json(audit.after).value(QStringLiteral("password")).toString(),
                 QStringLiteral("changed"));
        QVERIFY(!audit.after.contains(hash));
        QVERIFY(audit.before.isEmpty());
    }

    void verifyPassword_isTrueOnlyForTheRightPasswordOfAKnownUser()
    {
        addUser(QStringLiteral("frank"));
        addUser(QStringLiteral("nopass"));
        users().setPasswordHash(org, QStringLiteral("frank"),
                                PasswordHasher::hash("correct horse", FewRounds));
        QVERIFY(users().verifyPassword(org, QStringLiteral("FRANK"), "correct horse"));
        QVERIFY(!users().verifyPassword(org, QStringLiteral("frank"), "Correct horse"));
        QVERIFY(!users().verifyPassword(org, QStringLiteral("frank"), QByteArray()));
        QVERIFY(!users().verifyPassword(org, QStringLiteral("ghost"), "correct horse"));
        QVERIFY(!users().verifyPassword(org, QStringLiteral("nopass"), QByteArray()));
        QVERIFY(!users().verifyPassword(other, QStringLiteral("frank"), "correct horse"));
        QCOMPARE(users().passwordHash(org, QStringLiteral("nopass")), QString());
        QCOMPARE(users().passwordHash(org, QStringLiteral("ghost")), QString());
    }

    void setPassword_refusesAnEmptyPassword_andSetPasswordHashAnUnknownUser()
    {
        addUser(QStringLiteral("frank"));
        const QString before = dump();
        const auto empty =
            inputErrorOf([&] { users().setPassword(org, QStringLiteral("frank"), QByteArray()); });
        QVERIFY(empty);
        QCOMPARE(empty->message(), QStringLiteral("the password for 'frank' is empty"));
        const auto unknown = inputErrorOf([&] {
            users().setPasswordHash(org, QStringLiteral("ghost"),
                                    PasswordHasher::hash("x", FewRounds));
        });
        QVERIFY(unknown);
        QVERIFY2(unknown->message().contains(QStringLiteral("'ghost'")),
                 qPrintable(unknown->message()));
        QCOMPARE(dump(), before);
    }

    void remove_deletesTheUserWithCredentialsAndTankEntries_andAuditsWhatWasThere()
    {
        addUser(QStringLiteral("frank"), QStringLiteral("Frank Foster"));
        addUser(QStringLiteral("rich"));
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                              frankCert.cert.thumbprint().grouped());
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                              QStringLiteral("Frankie"));
        users().addCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                              QStringLiteral("Dick"));
        addTankPair(QStringLiteral("frank"), otherCert.cert);
        addTankPair(QStringLiteral("rich"), otherCert.cert);
        users().remove(org, QStringLiteral("FRANK"));
        QVERIFY(!users().find(org, QStringLiteral("frank")).has_value());
        QCOMPARE(store->tank().entries(org).size(), 2); // rich's pair stays
        QCOMPARE(users().find(org, QStringLiteral("rich"))->commonNames,
                 QStringList{QStringLiteral("Dick")});
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("user.remove"));
        QCOMPARE(audit.target, QStringLiteral("user:frank"));
        QVERIFY(audit.after.isEmpty());
        const QJsonObject before = json(audit.before);
        QCOMPARE(before.value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Frank Foster"));
        QCOMPARE(before.value(QStringLiteral("thumbprints")).toArray(),
                 QJsonArray{frankCert.cert.thumbprint().key()});
        QCOMPARE(before.value(QStringLiteral("cns")).toArray(),
                 QJsonArray{QStringLiteral("Frankie")});
        // A new user of the same name starts with nothing.
        addUser(QStringLiteral("frank"));
        const UserProfile again = *users().find(org, QStringLiteral("frank"));
        QVERIFY(again.thumbprints.isEmpty());
        QVERIFY(again.commonNames.isEmpty());
    }

    void remove_unknownUserIsRefused_andWritesNothing()
    {
        addUser(QStringLiteral("frank"), QString(), other);
        const QString before = dump();
        const auto error = inputErrorOf([&] { users().remove(org, QStringLiteral("frank")); });
        QVERIFY(error);
        QCOMPARE(error->message(), QStringLiteral("unknown user 'frank' in organisation 'Acme'"));
        QCOMPARE(dump(), before);
    }

    // --- credentials

    void addCredential_storesAThumbprintInAnySpellingInOneForm_data()
    {
        QTest::addColumn<QString>("typed");
        const Certificate cert = TestPki::client(QStringLiteral("Spelling"), ca).cert;
        QTest::newRow("key") << cert.thumbprint().key();
        QTest::newRow("grouped") << cert.thumbprint().grouped();
        QTest::newRow("lower case with colons") << colonSpelling(cert);
        QTest::newRow("surrounding space")
            << QStringLiteral("  ") + cert.thumbprint().key() + QStringLiteral(" ");
    }
    void addCredential_storesAThumbprintInAnySpellingInOneForm()
    {
        QFETCH(QString, typed);
        const QString key = Thumbprint::parse(typed).key();
        addUser(QStringLiteral("frank"));
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint, typed);
        QCOMPARE(users().find(org, QStringLiteral("frank"))->thumbprints, QStringList{key});
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("credential.add"));
        QCOMPARE(audit.target, QStringLiteral("user:frank"));
        QCOMPARE(json(audit.after).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("thumbprint"));
        QCOMPARE(json(audit.after).value(QStringLiteral("value")).toString(), key);
    }

    void addCredential_refusesAThumbprintTheUserHoldsInAnotherSpelling()
    {
        addUser(QStringLiteral("frank"));
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                              frankCert.cert.thumbprint().grouped());
        const QString before = dump();
        const auto error = inputErrorOf([&] {
            users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                                  colonSpelling(frankCert.cert));
        });
        QVERIFY(error);
        QVERIFY2(
            error->message().contains(QStringLiteral("user 'frank' already has the thumbprint")),
            qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void addCredential_trimsTheCn_andRefusesTheSameCnInAnotherCase()
    {
        addUser(QStringLiteral("rich"));
        users().addCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                              QStringLiteral("  Dick  "));
        QCOMPARE(users().find(org, QStringLiteral("rich"))->commonNames,
                 QStringList{QStringLiteral("Dick")});
        QCOMPARE(json(lastAudit().after).value(QStringLiteral("value")).toString(),
                 QStringLiteral("Dick"));
        const QString before = dump();
        const auto error = inputErrorOf([&] {
            users().addCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                                  QStringLiteral("DICK "));
        });
        QVERIFY(error);
        QCOMPARE(error->message(), QStringLiteral("user 'rich' already has the cn 'DICK'"));
        QCOMPARE(dump(), before);
    }

    void addCredential_refusesAnUnusableValue_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("short thumbprint") << int(CredentialKind::Thumbprint)
                                          << QStringLiteral("12:34") << QStringLiteral("12:34");
        QTest::newRow("not hex") << int(CredentialKind::Thumbprint) << QString(40, QLatin1Char('g'))
                                 << QString(40, QLatin1Char('g'));
        QTest::newRow("blank CN") << int(CredentialKind::CommonName) << QStringLiteral("   ")
                                  << QStringLiteral("the CN is empty");
        QTest::newRow("long CN") << int(CredentialKind::CommonName)
                                 << QString(257, QLatin1Char('c'))
                                 << QStringLiteral("longer than 256 characters");
        QTest::newRow("control in CN")
            << int(CredentialKind::CommonName) << QStringLiteral("Di\u0007ck")
            << QStringLiteral("control character");
        QTest::newRow("untrusted CA")
            << int(CredentialKind::UntrustedCa) << ca.cert.thumbprint().key()
            << QStringLiteral("not a credential");
    }
    void addCredential_refusesAnUnusableValue()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        addUser(QStringLiteral("frank"));
        const QString before = dump();
        const auto error = inputErrorOf([&] {
            users().addCredential(org, QStringLiteral("frank"), CredentialKind(kind), value);
        });
        QVERIFY(error);
        QVERIFY2(error->message().contains(problem), qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void addCredential_acceptsACnOf256Characters()
    {
        addUser(QStringLiteral("frank"));
        const QString cn(256, QLatin1Char('c'));
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName, cn);
        QCOMPARE(users().find(org, QStringLiteral("frank"))->commonNames, QStringList{cn});
    }

    void addCredential_forAnUnknownUserIsRefused_andWritesNothing()
    {
        const QString before = dump();
        const auto error = inputErrorOf([&] {
            users().addCredential(org, QStringLiteral("ghost"), CredentialKind::CommonName,
                                  QStringLiteral("Ghost"));
        });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'ghost'")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void removeCredential_findsItInAnySpelling_andAuditsTheStoredValue()
    {
        addUser(QStringLiteral("rich"));
        users().addCredential(org, QStringLiteral("rich"), CredentialKind::Thumbprint,
                              frankCert.cert.thumbprint().grouped());
        users().addCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                              QStringLiteral("Dick"));
        users().removeCredential(org, QStringLiteral("rich"), CredentialKind::Thumbprint,
                                 colonSpelling(frankCert.cert));
        AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, QStringLiteral("credential.remove"));
        QCOMPARE(audit.target, QStringLiteral("user:rich"));
        QCOMPARE(json(audit.before).value(QStringLiteral("value")).toString(),
                 frankCert.cert.thumbprint().key());
        QVERIFY(audit.after.isEmpty());
        users().removeCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                                 QStringLiteral(" dICK "));
        audit = lastAudit();
        QCOMPARE(json(audit.before).value(QStringLiteral("kind")).toString(), QStringLiteral("cn"));
        QCOMPARE(json(audit.before).value(QStringLiteral("value")).toString(),
                 QStringLiteral("Dick"));
        const UserProfile rich = *users().find(org, QStringLiteral("rich"));
        QVERIFY(rich.thumbprints.isEmpty());
        QVERIFY(rich.commonNames.isEmpty());
    }

    void removeCredential_thatTheUserDoesNotHold_isRefusedNamingIt()
    {
        addUser(QStringLiteral("rich"));
        addUser(QStringLiteral("frank"));
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                              QStringLiteral("Dick"));
        const QString before = dump();
        const auto error = inputErrorOf([&] {
            users().removeCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                                     QStringLiteral("Dick"));
        });
        QVERIFY(error);
        QCOMPARE(error->message(), QStringLiteral("user 'rich' has no cn 'Dick'"));
        QCOMPARE(dump(), before);
    }

    void insertCredential_returnsWhetherItWasNew_andWritesNoAuditRow()
    {
        addUser(QStringLiteral("frank"));
        const qint64 id = users().idOf(org, QStringLiteral("frank"));
        const int audit = store->auditLog().count();
        QVERIFY(users().insertCredential(id, CredentialKind::CommonName, QStringLiteral(" Frank")));
        QVERIFY(!users().insertCredential(id, CredentialKind::CommonName, QStringLiteral("FRANK")));
        QVERIFY(users().insertCredential(id, CredentialKind::Thumbprint,
                                         frankCert.cert.thumbprint().grouped()));
        QVERIFY(!users().insertCredential(id, CredentialKind::Thumbprint,
                                          colonSpelling(frankCert.cert)));
        QCOMPARE(store->auditLog().count(), audit);
        const UserProfile frank = *users().find(org, QStringLiteral("frank"));
        QCOMPARE(frank.commonNames, QStringList{QStringLiteral("Frank")});
        QCOMPARE(frank.thumbprints, QStringList{frankCert.cert.thumbprint().key()});
    }

    void audit_namesTheUserAsTheStoreSpellsIt_whateverCaseWasTyped()
    {
        addUser(QStringLiteral("frank"));
        users().update(org, profile(QStringLiteral("FRANK"), QStringLiteral("Frank Foster")));
        QCOMPARE(lastAudit().target, QStringLiteral("user:frank"));
        users().addCredential(org, QStringLiteral("FRANK"), CredentialKind::CommonName,
                              QStringLiteral("Frank"));
        // Defect (minor): credential.add, credential.remove and user.password name the user as
        // typed, while user.set, user.remove and certificate.issue use the stored spelling, so
        // one user's audit rows carry different targets.
        QCOMPARE(lastAudit().target, QStringLiteral("user:frank"));
        users().removeCredential(org, QStringLiteral("FRANK"), CredentialKind::CommonName,
                                 QStringLiteral("Frank"));
        QCOMPARE(lastAudit().target, QStringLiteral("user:frank"));
        users().setPasswordHash(org, QStringLiteral("FRANK"), PasswordHasher::hash("x", FewRounds));
        QCOMPARE(lastAudit().target, QStringLiteral("user:frank"));
        users().remove(org, QStringLiteral("FRANK"));
        QCOMPARE(lastAudit().target, QStringLiteral("user:frank"));
    }

    void normaliseCredential_givesTheStoredAndTheComparisonForm()
    {
        const auto cn = UserRepository::normaliseCredential(CredentialKind::CommonName,
                                                            QStringLiteral("  Dick Roe "));
        QCOMPARE(cn.first, QStringLiteral("Dick Roe"));
        QCOMPARE(cn.second, QStringLiteral("dick roe"));
        const auto thumb = UserRepository::normaliseCredential(CredentialKind::Thumbprint,
                                                               colonSpelling(frankCert.cert));
        QCOMPARE(thumb.first, frankCert.cert.thumbprint().key());
        QCOMPARE(thumb.second, frankCert.cert.thumbprint().key());
    }

    // --- paged reads

    void page_andCount_filterOnUsernameOrFullNameInAnyCase()
    {
        addUser(QStringLiteral("alice"), QStringLiteral("Alice Archer"));
        addUser(QStringLiteral("Bob"), QStringLiteral("Robert Brown"));
        addUser(QStringLiteral("carol"), QStringLiteral("Carol Robertson"));
        addUser(QStringLiteral("dave"), QStringLiteral("Dave Davies"));
        addUser(QStringLiteral("robin"), QString(), other);
        UserQuery query;
        query.filter = QStringLiteral("ROBERT");
        QCOMPARE(usernames(userDirectory().page(org, query)),
                 (QStringList{QStringLiteral("Bob"), QStringLiteral("carol")}));
        QCOMPARE(userDirectory().count(org, QStringLiteral("ROBERT")), 2);
        query.filter = QStringLiteral("bo"); // username "Bob" in another case
        QCOMPARE(usernames(userDirectory().page(org, query)), (QStringList{QStringLiteral("Bob")}));
        query.filter = QStringLiteral("nobody");
        QVERIFY(userDirectory().page(org, query).isEmpty());
        QCOMPARE(userDirectory().count(org, QStringLiteral("nobody")), 0);
        QCOMPARE(userDirectory().count(org), 4);
        QCOMPARE(userDirectory().count(other), 1);
    }

    void page_filterFindsAFullNameInAnotherCaseBeyondAscii()
    {
        // The users filter is a search box: it folds every script's case (the CN rules,
        // which fold ASCII only, are not involved).
        addUser(QStringLiteral("emile"), QStringLiteral("Émile Zola"));
        QCOMPARE(userDirectory().count(org, QStringLiteral("Émile")), 1);
        UserQuery query;
        query.filter = QStringLiteral("éMILE");
        QCOMPARE(usernames(userDirectory().page(org, query)), QStringList{QStringLiteral("emile")});
        QCOMPARE(userDirectory().count(org, query.filter), 1);
        // A changed full name is found by its new text only.
        UserProfile changed = *users().find(org, QStringLiteral("emile"));
        changed.fullName = QStringLiteral("Ørjan");
        users().update(org, changed);
        QCOMPARE(userDirectory().count(org, QStringLiteral("éMILE")), 0);
        QCOMPARE(userDirectory().count(org, QStringLiteral("øRJAN")), 1);
    }

    void page_andCount_takeLikeWildcardsLiterally()
    {
        addUser(QStringLiteral("a_b"));
        addUser(QStringLiteral("axb"));
        addUser(QStringLiteral("100%"));
        addUser(QStringLiteral("plain"), QStringLiteral("Plain Name"));
        UserQuery query;
        query.filter = QStringLiteral("_");
        QCOMPARE(usernames(userDirectory().page(org, query)), QStringList{QStringLiteral("a_b")});
        QCOMPARE(userDirectory().count(org, QStringLiteral("_")), 1);
        query.filter = QStringLiteral("%");
        QCOMPARE(usernames(userDirectory().page(org, query)), QStringList{QStringLiteral("100%")});
        QCOMPARE(userDirectory().count(org, QStringLiteral("%")), 1);
        query.filter = QStringLiteral("a_");
        QCOMPARE(usernames(userDirectory().page(org, query)), QStringList{QStringLiteral("a_b")});
    }

    void count_withACap_stopsAfterOneMore()
    {
        for (int i = 0; i < 6; ++i)
            addUser(QStringLiteral("user%1").arg(i));
        QCOMPARE(userDirectory().count(org, QString(), 3), 4);
        QCOMPARE(userDirectory().count(org, QString(), 10), 6);
        QCOMPARE(userDirectory().count(org, QStringLiteral("user1"), 3), 1);
    }

    void page_sortsByEveryKey_andPagesNeverOverlap_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        // Full names tie for ann/bea/cy, statuses and policies tie in groups, so only the
        // username tie-break orders those rows.
        const QString ann = QStringLiteral("ann"), bea = QStringLiteral("Bea"),
                      cy = QStringLiteral("cy"), dan = QStringLiteral("dan"),
                      eve = QStringLiteral("Eve");
        using K = UserQuery::SortKey;
        QTest::newRow("username") << int(K::Username) << false
                                  << QStringList{ann, bea, cy, dan, eve};
        QTest::newRow("username desc")
            << int(K::Username) << true << QStringList{eve, dan, cy, bea, ann};
        QTest::newRow("full name")
            << int(K::FullName) << false << QStringList{eve, ann, bea, cy, dan};
        QTest::newRow("full name desc")
            << int(K::FullName) << true << QStringList{dan, cy, bea, ann, eve};
        QTest::newRow("status") << int(K::Status) << false << QStringList{ann, cy, eve, bea, dan};
        QTest::newRow("https policy")
            << int(K::HttpsPolicy) << false << QStringList{ann, bea, cy, eve, dan};
        QTest::newRow("ftps policy")
            << int(K::FtpsPolicy) << false << QStringList{ann, cy, dan, eve, bea};
        QTest::newRow("credentials")
            << int(K::Credentials) << false << QStringList{ann, bea, dan, cy, eve};
        QTest::newRow("credentials desc")
            << int(K::Credentials) << true << QStringList{eve, cy, dan, bea, ann};
        QTest::newRow("pending") << int(K::PendingTankEntries) << false
                                 << QStringList{ann, bea, cy, eve, dan};
    }
    void page_sortsByEveryKey_andPagesNeverOverlap()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        const auto add = [&](const QString &name, const QString &full, bool disabled, Policy https,
                             Policy ftps, int credentials, bool pending) {
            UserProfile p = profile(name, full);
            p.disabled = disabled;
            p.httpsPolicy = https;
            p.ftpsPolicy = ftps;
            users().add(org, p, std::nullopt);
            for (int i = 0; i < credentials; ++i)
                users().addCredential(org, name, CredentialKind::CommonName,
                                      QStringLiteral("%1 cn %2").arg(name).arg(i));
            if (pending)
                addTankPair(name, frankCert.cert);
        };
        const Policy pw = Policy::Password, cert = Policy::Certificate,
                     both = Policy::PasswordAndCertificate;
        add(QStringLiteral("ann"), QStringLiteral("Same Name"), false, cert, cert, 0, false);
        add(QStringLiteral("Bea"), QStringLiteral("same name"), true, cert, both, 0, false);
        add(QStringLiteral("cy"), QStringLiteral("Same Name"), false, cert, cert, 2, false);
        add(QStringLiteral("dan"), QStringLiteral("Zed"), true, pw, cert, 1, true);
        add(QStringLiteral("Eve"), QStringLiteral("Abel"), false, cert, cert, 3, false);

        UserQuery query;
        query.sort = UserQuery::SortKey(sort);
        query.descending = descending;
        query.page = {0, 1000};
        QCOMPARE(usernames(userDirectory().page(org, query)), expected);
        // Page by two: the pages together are the whole list, each row once.
        QStringList paged;
        for (int offset = 0; offset < 6; offset += 2) {
            query.page = {offset, 2};
            const QStringList page = usernames(userDirectory().page(org, query));
            QVERIFY(page.size() <= 2);
            paged << page;
        }
        QCOMPARE(paged, expected);
    }

    void page_givesCredentialCountPendingEntriesPasswordAndExpiringCertificates()
    {
        addUser(QStringLiteral("frank"));
        addUser(QStringLiteral("rich"));
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                              QStringLiteral("Frank"));
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::Thumbprint,
                              frankCert.cert.thumbprint().key());
        users().setPasswordHash(org, QStringLiteral("frank"), PasswordHasher::hash("x", FewRounds));
        addTankPair(QStringLiteral("frank"), otherCert.cert);
        // Issued to frank: one expiring in 10 days, one in a year, one expired.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 frankId = users().idOf(org, QStringLiteral("frank"));
        for (const int days : {10, 365, -3}) {
            CertificateBuilder b;
            b.commonName(QStringLiteral("frank")).validity(now.addDays(-400), now.addDays(days));
            b.endEntity();
            IssuedCertificateRecord record;
            record.username = QStringLiteral("frank");
            record.certificate = TestPki::issue(b, ca).cert;
            record.serial = record.certificate.serialHex();
            record.issuedAt = now;
            record.issuedBy = QStringLiteral("admin");
            store->issuedCertificates().add(org, frankId, record);
        }
        UserQuery query;
        const auto page = userDirectory().page(org, query);
        QCOMPARE(usernames(page), (QStringList{QStringLiteral("frank"), QStringLiteral("rich")}));
        QCOMPARE(page.at(0).credentialCount, 2);
        QCOMPARE(page.at(0).pendingTankEntries, 2);
        QCOMPARE(page.at(0).hasPassword, true);
        QCOMPARE(page.at(0).expiringCertificates, 1);
        QVERIFY(page.at(0).created.isValid());
        QCOMPARE(page.at(1).credentialCount, 0);
        QCOMPARE(page.at(1).pendingTankEntries, 0);
        QCOMPARE(page.at(1).hasPassword, false);
        QCOMPARE(page.at(1).expiringCertificates, 0);
    }

    // --- who holds what

    void withThumbprint_listsTheUsersOfThisOrganisationWhoHoldIt()
    {
        const QString key = frankCert.cert.thumbprint().key();
        addUser(QStringLiteral("zed"));
        addUser(QStringLiteral("amy"));
        addUser(QStringLiteral("cn-only"));
        addUser(QStringLiteral("elsewhere"), QString(), other);
        users().addCredential(org, QStringLiteral("zed"), CredentialKind::Thumbprint, key);
        users().addCredential(org, QStringLiteral("amy"), CredentialKind::Thumbprint,
                              colonSpelling(frankCert.cert));
        users().addCredential(org, QStringLiteral("cn-only"), CredentialKind::CommonName, key);
        users().addCredential(other, QStringLiteral("elsewhere"), CredentialKind::Thumbprint, key);
        QCOMPARE(userDirectory().withThumbprint(org, key),
                 (QStringList{QStringLiteral("amy"), QStringLiteral("zed")}));
        QVERIFY(userDirectory().withThumbprint(org, otherCert.cert.thumbprint().key()).isEmpty());
    }

    void commonNameClaims_findHoldersAndNameMatches_exceptTheUserAsked()
    {
        addUser(QStringLiteral("frank")); // the one accepting: never listed
        addUser(QStringLiteral("rich"), QStringLiteral("Richard Roe"));
        addUser(QStringLiteral("Dick"));
        addUser(QStringLiteral("dora"), QStringLiteral(" dick "));
        addUser(QStringLiteral("sam"), QStringLiteral("Dickens"));
        addUser(QStringLiteral("dick"), QString(), other);
        users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                              QStringLiteral("Dick"));
        users().addCredential(org, QStringLiteral("rich"), CredentialKind::CommonName,
                              QStringLiteral("DICK"));
        users().addCredential(org, QStringLiteral("Dick"), CredentialKind::CommonName,
                              QStringLiteral("Dick"));
        const auto claims =
            userDirectory().commonNameClaims(org, QStringLiteral(" dick"), QStringLiteral("FRANK"));
        QCOMPARE(claims.size(), 3);
        QCOMPARE(claims.at(0).username, QStringLiteral("Dick"));
        QCOMPARE(claims.at(0).holdsCn, true);
        QCOMPARE(claims.at(0).nameMatches, true);
        QCOMPARE(claims.at(1).username, QStringLiteral("dora"));
        QCOMPARE(claims.at(1).holdsCn, false);
        QCOMPARE(claims.at(1).nameMatches, true);
        QCOMPARE(claims.at(2).username, QStringLiteral("rich"));
        QCOMPARE(claims.at(2).holdsCn, true);
        QCOMPARE(claims.at(2).nameMatches, false);
        QVERIFY(
            userDirectory().commonNameClaims(org, QStringLiteral("Nobody"), QString()).isEmpty());
    }

    void commonNameClaims_foldAsciiCaseOnly_asTheEngineDoes()
    {
        addUser(QStringLiteral("frank"));
        addUser(QStringLiteral("emile"), QStringLiteral("ÉMILE"));
        addUser(QStringLiteral("zola"));
        users().addCredential(org, QStringLiteral("zola"), CredentialKind::CommonName,
                              QStringLiteral("ÉMILE"));
        // The claims agree with the engine's CN rule (RULES 3): only A-Z fold, so "émile"
        // is another CN than "ÉMILE", while " Émile " is the same one.
        QVERIFY(!CommonName::equal(QStringLiteral("émile"), QStringLiteral("ÉMILE")));
        QVERIFY(userDirectory()
                    .commonNameClaims(org, QStringLiteral("émile"), QStringLiteral("frank"))
                    .isEmpty());
        const auto claims = userDirectory().commonNameClaims(org, QStringLiteral(" Émile "),
                                                             QStringLiteral("frank"));
        QCOMPARE(claims.size(), 2);
        QVERIFY(std::any_of(claims.begin(), claims.end(), [](const CommonNameClaim &c) {
            return c.username == QLatin1String("zola") && c.holdsCn && !c.nameMatches;
        }));
        QVERIFY(std::any_of(claims.begin(), claims.end(), [](const CommonNameClaim &c) {
            return c.username == QLatin1String("emile") && !c.holdsCn && c.nameMatches;
        }));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "TestUserRepository.moc"
