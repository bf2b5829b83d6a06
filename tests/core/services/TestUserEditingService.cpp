// UserEditingService: an edit of the profile and the password is one transaction (both
// land, or neither; an empty password is refused before anything happens), and disabling
// or enabling several users is one transaction that audits each user it changes.
#include "InputError.h"
#include "services/UserEditingService.h"
#include "store/PasswordHasher.h"
#include "store/StoreError.h"
#include "support/AuditRows.h"
#include "support/InputErrorOf.h"
#include "support/StoreDump.h"
#include "support/TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

namespace {

QStringList targets(const QList<AuditEntry> &rows)
{
    QStringList out;
    for (const AuditEntry &row : rows)
        out << row.target;
    return out;
}

} // namespace

class TestUserEditingService : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 org = 0;
    int counter = 0;

    QString dump() { return dumpStore(store->location()); }
    QList<AuditEntry> auditSince(int since) { return store->auditLog().list().mid(since); }
    void addUser(const QString &name, bool disabled = false)
    {
        UserProfile u;
        u.username = name;
        u.disabled = disabled;
        u.httpsPolicy = Policy::Certificate;
        store->users().add(org, u, std::nullopt);
    }
    bool isDisabled(const QString &name) { return store->users().find(org, name)->disabled; }

private slots:
    void init()
    {
        store.reset();
        store = openTestStore(dir.filePath(QStringLiteral("editing%1.db").arg(++counter)));
        store->setActor(QStringLiteral("admin"));
        org = store->organisations().create(QStringLiteral("Acme")).id;
        addUser(QStringLiteral("frank"));
        store->users().setPasswordHash(org, QStringLiteral("frank"),
                                       PasswordHasher::hash("old password", 1000));
    }

    void edit_withoutAPassword_changesTheProfileOnly()
    {
        const QString hash = store->users().passwordHash(org, QStringLiteral("frank"));
        UserProfile profile = *store->users().find(org, QStringLiteral("frank"));
        profile.fullName = QStringLiteral("Frank Foster");
        profile.ftpsPolicy = Policy::PasswordAndCertificate;
        const int since = store->auditLog().count();
        UserEditingService::edit(*store, org, profile, std::nullopt);
        const UserProfile stored = *store->users().find(org, QStringLiteral("frank"));
        QCOMPARE(stored.fullName, QStringLiteral("Frank Foster"));
        QCOMPARE(stored.ftpsPolicy, Policy::PasswordAndCertificate);
        QCOMPARE(store->users().passwordHash(org, QStringLiteral("frank")), hash);
        QCOMPARE(actions(auditSince(since)), QStringList{QStringLiteral("user.set")});
    }

    void edit_twoAdministratorsFromTheSameView_theFirstWins_theSecondIsTold()
    {
        // Two connections, as two desktops: both show frank, both save an edit.
        const auto other = reopenTestStore(store->location());
        const UserProfile seenHere = *store->users().find(org, QStringLiteral("frank"));
        const UserProfile seenThere = *other->users().find(org, QStringLiteral("frank"));
        UserProfile theirs = seenThere;
        theirs.fullName = QStringLiteral("Frank There");
        UserEditingService::edit(*other, org, theirs, std::nullopt, seenThere);
        UserProfile mine = seenHere;
        mine.disabled = true;
        const int since = store->auditLog().count();
        const auto refused = inputErrorOf(
            [&] { UserEditingService::edit(*store, org, mine, QByteArray("mine"), seenHere); });
        QVERIFY(refused);
        const QString error = refused->message();
        QVERIFY2(error.contains(QStringLiteral("changed by someone else")), qPrintable(error));
        const UserProfile stored = *store->users().find(org, QStringLiteral("frank"));
        QCOMPARE(stored.fullName, QStringLiteral("Frank There"));
        QVERIFY(!stored.disabled);
        QVERIFY(store->users().verifyPassword(org, QStringLiteral("frank"), "old password"));
        QCOMPARE(store->auditLog().count(), since);
        // Edited again from what is there now, it is saved.
        UserProfile again = stored;
        again.disabled = true;
        UserEditingService::edit(*store, org, again, std::nullopt, stored);
        QVERIFY(store->users().find(org, QStringLiteral("frank"))->disabled);
    }

    void edit_withAPassword_changesBoth_eachAudited()
    {
        UserProfile profile = *store->users().find(org, QStringLiteral("frank"));
        profile.fullName = QStringLiteral("Frank Foster");
        const int since = store->auditLog().count();
        UserEditingService::edit(*store, org, profile, QByteArray("new password"));
        QCOMPARE(store->users().find(org, QStringLiteral("frank"))->fullName,
                 QStringLiteral("Frank Foster"));
        const QString hash = store->users().passwordHash(org, QStringLiteral("frank"));
        QVERIFY2(hash.startsWith(
                     QStringLiteral("$pbkdf2-sha256$%1$").arg(PasswordHasher::DefaultIterations)),
                 qPrintable(hash));
        QVERIFY(PasswordHasher::verify("new password", hash));
        const auto rows = auditSince(since);
        QCOMPARE(actions(rows),
                 (QStringList{QStringLiteral("user.set"), QStringLiteral("user.password")}));
        QCOMPARE(targets(rows),
                 (QStringList{QStringLiteral("user:frank"), QStringLiteral("user:frank")}));
        QVERIFY(!rows.at(1).after.contains(QStringLiteral("new password")));
    }

    void edit_withAnEmptyPassword_isRefused_andChangesNothing()
    {
        UserProfile profile = *store->users().find(org, QStringLiteral("frank"));
        profile.fullName = QStringLiteral("Frank Foster");
        const QString before = dump();
        const auto error =
            inputErrorOf([&] { UserEditingService::edit(*store, org, profile, QByteArray()); });
        QVERIFY(error);
        QCOMPARE(error->message(), QStringLiteral("the password for 'frank' is empty"));
        QCOMPARE(dump(), before);
    }

    void edit_whoseProfileIsRefused_setsNoPasswordEither()
    {
        UserProfile profile = *store->users().find(org, QStringLiteral("frank"));
        profile.fullName = QString(129, QLatin1Char('x'));
        const QString before = dump();
        const auto error = inputErrorOf(
            [&] { UserEditingService::edit(*store, org, profile, QByteArray("new password")); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("full name")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
        QVERIFY(store->users().verifyPassword(org, QStringLiteral("frank"), "old password"));
    }

    void edit_whosePasswordCannotBeStored_leavesTheProfileAsItWas()
    {
        // The database refuses the password step (as a full disk or a lock would): the
        // profile step before it, already written in the transaction, must go too.
        {
            QSqlQuery trigger(store->database());
            if (testingPostgres()) {
                QVERIFY(trigger.exec(QStringLiteral(
                    "CREATE FUNCTION refuse_password() RETURNS trigger LANGUAGE plpgsql AS"
                    " $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$")));
                QVERIFY(trigger.exec(QStringLiteral(
                    "CREATE TRIGGER refuse_password BEFORE UPDATE OF password_hash ON users"
                    " FOR EACH ROW EXECUTE FUNCTION refuse_password()")));
            } else {
                QVERIFY(trigger.exec(QStringLiteral(
                    "CREATE TRIGGER refuse_password BEFORE UPDATE OF password_hash ON users"
                    " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
            }
        }
        UserProfile profile = *store->users().find(org, QStringLiteral("frank"));
        profile.fullName = QStringLiteral("Frank Foster");
        const QString before = dump();
        QVERIFY_THROWS_EXCEPTION(
            StoreError, UserEditingService::edit(*store, org, profile, QByteArray("new password")));
        QCOMPARE(dump(), before);
        QCOMPARE(store->users().find(org, QStringLiteral("frank"))->fullName, QString());
    }

    void setDisabled_changesEveryNamedUser_auditingOnlyThoseThatChange()
    {
        addUser(QStringLiteral("rich"));
        addUser(QStringLiteral("dora"), true);
        addUser(QStringLiteral("sam"));
        const int since = store->auditLog().count();
        UserEditingService::setDisabled(
            *store, org, {QStringLiteral("FRANK"), QStringLiteral("rich"), QStringLiteral("dora")},
            true);
        QVERIFY(isDisabled(QStringLiteral("frank")));
        QVERIFY(isDisabled(QStringLiteral("rich")));
        QVERIFY(isDisabled(QStringLiteral("dora")));
        QVERIFY(!isDisabled(QStringLiteral("sam")));
        const auto rows = auditSince(since);
        QCOMPARE(actions(rows),
                 (QStringList{QStringLiteral("user.set"), QStringLiteral("user.set")}));
        QCOMPARE(targets(rows),
                 (QStringList{QStringLiteral("user:frank"), QStringLiteral("user:rich")}));
        QVERIFY(rows.at(0).after.contains(QStringLiteral("\"disabled\":true")));
        // And back.
        UserEditingService::setDisabled(*store, org,
                                        {QStringLiteral("frank"), QStringLiteral("dora")}, false);
        QVERIFY(!isDisabled(QStringLiteral("frank")));
        QVERIFY(!isDisabled(QStringLiteral("dora")));
        QVERIFY(isDisabled(QStringLiteral("rich")));
    }

    void setDisabled_withAnUnknownUser_changesNoneOfThem()
    {
        addUser(QStringLiteral("rich"));
        const QString before = dump();
        const auto error = inputErrorOf([&] {
            UserEditingService::setDisabled(
                *store, org,
                {QStringLiteral("frank"), QStringLiteral("rich"), QStringLiteral("ghost")}, true);
        });
        QVERIFY(error);
        QVERIFY2(error->message().contains(QStringLiteral("'ghost'")),
                 qPrintable(error->message()));
        QCOMPARE(dump(), before);
    }

    void setDisabled_keepsEverythingElseOfTheProfile()
    {
        UserProfile profile = *store->users().find(org, QStringLiteral("frank"));
        profile.fullName = QStringLiteral("Frank Foster");
        profile.ftpsPolicy = Policy::PasswordAndCertificate;
        store->users().update(org, profile);
        store->users().addCredential(org, QStringLiteral("frank"), CredentialKind::CommonName,
                                     QStringLiteral("Frank"));
        UserEditingService::setDisabled(*store, org, {QStringLiteral("frank")}, true);
        const UserProfile stored = *store->users().find(org, QStringLiteral("frank"));
        QCOMPARE(stored.fullName, QStringLiteral("Frank Foster"));
        QCOMPARE(stored.httpsPolicy, Policy::Certificate);
        QCOMPARE(stored.ftpsPolicy, Policy::PasswordAndCertificate);
        QCOMPARE(stored.commonNames, QStringList{QStringLiteral("Frank")});
        QVERIFY(store->users().verifyPassword(org, QStringLiteral("frank"), "old password"));
    }
};

QTEST_GUILESS_MAIN(TestUserEditingService)
#include "TestUserEditingService.moc"
