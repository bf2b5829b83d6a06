// The chain explorer's what-if toggles as data: which changes are offered for a chain and
// a user, what they add up to, and that the engine's own CN rule decides the CN toggle.
#include "explorer/WhatIfModel.h"
#include "support/TestPki.h"

#include <QTest>

using namespace trustdesk;
using namespace trustdesk::test;

class TestWhatIfModel : public QObject
{
    Q_OBJECT

    Issued toot, chug, frank;

    static int find(const WhatIfModel &model, WhatIfModel::Kind kind, int certificate = -1)
    {
        const auto &toggles = model.toggles();
        for (int i = 0; i < toggles.size(); ++i)
            if (toggles.at(i).kind == kind &&
                (certificate < 0 || toggles.at(i).certificate == certificate))
                return i;
        return -1;
    }
    static UserProfile frankProfile()
    {
        UserProfile user;
        user.id = 1;
        user.username = QStringLiteral("frank");
        user.fullName = QStringLiteral("Frank Fuller");
        user.httpsPolicy = Policy::Certificate;
        return user;
    }

private slots:
    void initTestCase()
    {
        toot = TestPki::root(QStringLiteral("Toot"));
        chug = TestPki::intermediate(QStringLiteral("Chug and Ring"), toot);
        frank = TestPki::client(QStringLiteral("Frank"), chug);
    }

    void everyCertificateOfThePictureCanBeInstalled_andCasApproved()
    {
        const auto snapshot = TestPki::snapshot({{toot.cert}, {}, {}, {}});
        WhatIfModel model;
        const UserProfile user = frankProfile();
        model.rebuild({frank.cert, chug.cert}, *snapshot, &user, TestPki::evaluationTime());
        QCOMPARE(model.certificates().size(), 3); // leaf, Chug and Ring, Toot (the anchor)
        for (int i = 0; i < model.certificates().size(); ++i)
            QVERIFY(find(model, WhatIfModel::Kind::Install, i) >= 0);
        // The leaf is nobody's issuing CA: no approve toggle for it.
        QCOMPARE(find(model, WhatIfModel::Kind::Approve, 0), -1);
        QVERIFY(find(model, WhatIfModel::Kind::Approve, 1) >= 0);
        const int tootInstall =
            find(model, WhatIfModel::Kind::Install, int(model.certificates().indexOf(toot.cert)));
        QVERIFY(model.toggles().at(tootInstall).saved); // installed in the snapshot
    }

    void nothingSwitched_isNoChange()
    {
        const auto snapshot = TestPki::snapshot({{toot.cert}, {}, {}, {}});
        WhatIfModel model;
        model.rebuild({frank.cert, chug.cert}, *snapshot, nullptr, TestPki::evaluationTime());
        QCOMPARE(model.changedCount(), 0);
        QVERIFY(model.changes().isEmpty());
        QVERIFY(model.changeLines().isEmpty());
        // Without a user there is nothing to accept.
        QCOMPARE(find(model, WhatIfModel::Kind::AcceptThumbprint), -1);
        QCOMPARE(find(model, WhatIfModel::Kind::AcceptCn), -1);
    }

    void switchedTogglesAddUpToTheChanges()
    {
        const auto snapshot = TestPki::snapshot({{toot.cert}, {}, {}, {}});
        WhatIfModel model;
        const UserProfile user = frankProfile();
        model.rebuild({frank.cert, chug.cert}, *snapshot, &user, TestPki::evaluationTime());
        const int approveChug = find(model, WhatIfModel::Kind::Approve, 1);
        const int uninstallToot =
            find(model, WhatIfModel::Kind::Install, int(model.certificates().indexOf(toot.cert)));
        const int acceptCn = find(model, WhatIfModel::Kind::AcceptCn);
        const int matchCn = find(model, WhatIfModel::Kind::MatchCn);
        model.setChecked(approveChug, true);
        model.setChecked(uninstallToot, false);
        model.setChecked(acceptCn, true);
        model.setChecked(matchCn, true);
        QCOMPARE(model.changedCount(), 4);
        const WhatIfChanges changes = model.changes();
        QCOMPARE(changes.approve, QList<Certificate>{chug.cert});
        QCOMPARE(changes.uninstall, QList<Certificate>{toot.cert});
        QCOMPARE(changes.commonNameForUser, QStringLiteral("Frank"));
        QCOMPARE(changes.matchCn, std::optional<bool>(true));
        QVERIFY(changes.thumbprintForUser.isEmpty());
        QVERIFY(model.displayText(approveChug).contains(QStringLiteral("what if; not saved")));
        QCOMPARE(model.changeLines().size(), 4);
        QVERIFY(model.changeLines().join(QLatin1Char('\n')).contains(QStringLiteral("Undo: ")));
        // Switched back: no change again.
        model.setChecked(approveChug, false);
        QCOMPARE(model.changedCount(), 3);
    }

    void aCredentialTheUserHolds_isShownAsSaved_andCannotBeSwitched()
    {
        const auto snapshot = TestPki::snapshot({{toot.cert}, {}, {}, {}});
        UserProfile user = frankProfile();
        user.thumbprints << frank.cert.thumbprint().key();
        user.commonNames << QStringLiteral("  frank ");
        WhatIfModel model;
        model.rebuild({frank.cert, chug.cert}, *snapshot, &user, TestPki::evaluationTime());
        for (const WhatIfModel::Kind kind :
             {WhatIfModel::Kind::AcceptThumbprint, WhatIfModel::Kind::AcceptCn}) {
            const int row = find(model, kind);
            QVERIFY(row >= 0);
            QVERIFY(model.toggles().at(row).saved);
            QVERIFY(!model.toggles().at(row).enabled);
        }
    }

    void aSubjectWithTwoCns_offersNoCnToAccept()
    {
        // The engine's CN rule (RULES 3): several CNs never satisfy A2 or A3.
        CertificateBuilder builder = TestPki::builder(QStringLiteral("One"));
        builder.commonName(QStringLiteral("Two")).endEntity();
        const Issued twoCns = TestPki::issue(builder, chug);
        const auto snapshot = TestPki::snapshot({{toot.cert}, {}, {}, {}});
        WhatIfModel model;
        const UserProfile user = frankProfile();
        model.rebuild({twoCns.cert, chug.cert}, *snapshot, &user, TestPki::evaluationTime());
        QVERIFY(find(model, WhatIfModel::Kind::AcceptThumbprint) >= 0);
        QCOMPARE(find(model, WhatIfModel::Kind::AcceptCn), -1);
    }
};

QTEST_MAIN(TestWhatIfModel)
#include "TestWhatIfModel.moc"
