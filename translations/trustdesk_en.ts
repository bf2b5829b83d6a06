<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CertificateSetCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/CertificateSetCommand.cpp" line="+93"/>
        <source>%n certificate(s) newly installed</source>
        <translation>
            <numerusform>%n certificate newly installed</numerusform>
            <numerusform>%n certificates newly installed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n intermediate(s) newly added</source>
        <translation>
            <numerusform>%n intermediate newly added</numerusform>
            <numerusform>%n intermediates newly added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrlCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/CrlCommand.cpp" line="+27"/>
        <source>%n revocation list(s) newly added</source>
        <translation>
            <numerusform>%n revocation list newly added</numerusform>
            <numerusform>%n revocation lists newly added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpsSite</name>
    <message numerus="yes">
        <location filename="../src/listener/HttpsSite.cpp" line="+310"/>
        <source>Sign-on failed: too many failed sign-ons; try again in %n second(s).</source>
        <translation>
            <numerusform>Sign-on failed: too many failed sign-ons; try again in %n second.</numerusform>
            <numerusform>Sign-on failed: too many failed sign-ons; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IisConfigReader</name>
    <message numerus="yes">
        <location filename="../src/core/services/IisConfigReader.cpp" line="+441"/>
        <source>%n mapping(s) have a password: it is encrypted for that IIS machine ([enc:AesProvider:...:enc]) and is not imported</source>
        <translation>
            <numerusform>%n mapping has a password: it is encrypted for that IIS machine ([enc:AesProvider:...:enc]) and is not imported</numerusform>
            <numerusform>%n mappings have a password: it is encrypted for that IIS machine ([enc:AesProvider:...:enc]) and is not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuedCertificateItems</name>
    <message numerus="yes">
        <location filename="../src/gui/orgca/IssuedCertificateItems.cpp" line="+28"/>
        <source>%1 — in %n day(s)</source>
        <translation>
            <numerusform>%1 — in %n day</numerusform>
            <numerusform>%1 — in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/MapCommand.cpp" line="+192"/>
        <source>imported %n mapping(s) from %1</source>
        <translation>
            <numerusform>imported %n mapping from %1</numerusform>
            <numerusform>imported %n mappings from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1: %n mapping(s), no problems</source>
        <translation>
            <numerusform>%1: %n mapping, no problems</numerusform>
            <numerusform>%1: %n mappings, no problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>wrote %n mapping(s) to %1 as a web.config</source>
        <translation>
            <numerusform>wrote %n mapping to %1 as a web.config</numerusform>
            <numerusform>wrote %n mappings to %1 as a web.config</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>wrote %n mapping(s) to %1 as an appcmd.exe script for the site &apos;%2&apos;</source>
        <translation>
            <numerusform>wrote %n mapping to %1 as an appcmd.exe script for the site &apos;%2&apos;</numerusform>
            <numerusform>wrote %n mappings to %1 as an appcmd.exe script for the site &apos;%2&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingService</name>
    <message numerus="yes">
        <location filename="../src/core/services/MappingService.cpp" line="+65"/>
        <source>nothing was imported: the file has %n problem(s):
%1</source>
        <translation>
            <numerusform>nothing was imported: the file has %n problem:
%1</numerusform>
            <numerusform>nothing was imported: the file has %n problems:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TankCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/TankCommand.cpp" line="+59"/>
        <source>user &apos;%1&apos; now accepts %2 &apos;%3&apos;; %n holding tank entr(y/ies) removed</source>
        <translation>
            <numerusform>user &apos;%1&apos; now accepts %2 &apos;%3&apos;; %n holding tank entry removed</numerusform>
            <numerusform>user &apos;%1&apos; now accepts %2 &apos;%3&apos;; %n holding tank entries removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n holding tank entr(y/ies) removed</source>
        <translation>
            <numerusform>%n holding tank entry removed</numerusform>
            <numerusform>%n holding tank entries removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>  the certificate expires in %n day(s)</source>
        <translation>
            <numerusform>  the certificate expires in %n day</numerusform>
            <numerusform>  the certificate expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustEngine</name>
    <message numerus="yes">
        <location filename="../src/core/engine/TrustEngine.cpp" line="+189"/>
        <source> (the search stopped after %n candidate path(s))</source>
        <translation>
            <numerusform> (the search stopped after %n candidate path)</numerusform>
            <numerusform> (the search stopped after %n candidate paths)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source> (and %n more problem(s) on the path)</source>
        <translation>
            <numerusform> (and %n more problem on the path)</numerusform>
            <numerusform> (and %n more problems on the path)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/UserCommand.cpp" line="+144"/>
        <source>imported %n user(s) from %1</source>
        <translation>
            <numerusform>imported %n user from %1</numerusform>
            <numerusform>imported %n users from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserImportRunner</name>
    <message numerus="yes">
        <location filename="../src/gui/users/UserImportRunner.cpp" line="+91"/>
        <source>%n users imported</source>
        <translation>
            <numerusform>%n user imported</numerusform>
            <numerusform>%n users imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::AcceptTankEntryDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/tank/AcceptTankEntryDialog.cpp" line="+102"/>
        <source>&lt;p&gt;Approved CAs of %1 (%n):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Approved CA of %1 (%n):&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Approved CAs of %1 (%n):&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>&lt;p&gt;&lt;b&gt;That is in %n days.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;That is in %n day.&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;That is in %n days.&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::AuditView</name>
    <message numerus="yes">
        <location filename="../src/gui/settings/AuditView.cpp" line="+91"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateFileImport</name>
    <message numerus="yes">
        <location filename="../src/gui/certificates/CertificateFileImport.cpp" line="+62"/>
        <source>Reading %n certificate files…</source>
        <translation>
            <numerusform>Reading %n certificate file…</numerusform>
            <numerusform>Reading %n certificate files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Nothing was imported: %n of the files could not be read.</source>
        <translation>
            <numerusform>Nothing was imported: %n of the files could not be read.</numerusform>
            <numerusform>Nothing was imported: %n of the files could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateListView</name>
    <message numerus="yes">
        <location filename="../src/gui/certificates/CertificateListView.cpp" line="+188"/>
        <source>%n certificates newly installed</source>
        <translation>
            <numerusform>%n certificate newly installed</numerusform>
            <numerusform>%n certificates newly installed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n CAs newly approved</source>
        <translation>
            <numerusform>%n CA newly approved</numerusform>
            <numerusform>%n CAs newly approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already there</source>
        <translation>
            <numerusform>%n was already there</numerusform>
            <numerusform>%n were already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The operating system trusts these %n roots. Tick the ones whose clients should connect; usually that is only your own organisation&apos;s CA.</source>
        <translation>
            <numerusform>The operating system trusts this root. Tick it if its clients should connect; usually that is only your own organisation&apos;s CA.</numerusform>
            <numerusform>The operating system trusts these %n roots. Tick the ones whose clients should connect; usually that is only your own organisation&apos;s CA.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateMappingsView</name>
    <message numerus="yes">
        <location filename="../src/gui/mappings/CertificateMappingsView.cpp" line="+130"/>
        <source>%n mapping(s), %1 enabled</source>
        <translation>
            <numerusform>%n mapping, %1 enabled</numerusform>
            <numerusform>%n mappings, %1 enabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>IIS reads %n mapping(s) from this file, with no problems.</source>
        <translation>
            <numerusform>IIS reads %n mapping from this file, with no problems.</numerusform>
            <numerusform>IIS reads %n mappings from this file, with no problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s): IIS would refuse the file or fail these mappings. Nothing is imported from a file with problems.</source>
        <translation>
            <numerusform>%n problem: IIS would refuse the file or fail these mappings. Nothing is imported from a file with problems.</numerusform>
            <numerusform>%n problems: IIS would refuse the file or fail these mappings. Nothing is imported from a file with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n problem</numerusform>
            <numerusform>%1: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Imported %n mapping(s) from %1</source>
        <translation>
            <numerusform>Imported %n mapping from %1</numerusform>
            <numerusform>Imported %n mappings from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Wrote %n mapping(s) to %1; set the passwords in IIS Manager</source>
        <translation>
            <numerusform>Wrote %n mapping to %1; set the passwords in IIS Manager</numerusform>
            <numerusform>Wrote %n mappings to %1; set the passwords in IIS Manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 has %n problem(s), listed below. Nothing was imported.</source>
        <translation>
            <numerusform>%1 has %n problem, listed below. Nothing was imported.</numerusform>
            <numerusform>%1 has %n problems, listed below. Nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateMatrixView</name>
    <message numerus="yes">
        <location filename="../src/gui/explorer/CertificateMatrixView.cpp" line="+95"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%n certificate(s) against the saved configuration of %1, evaluated now over HTTPS.</source>
        <translation>
            <numerusform>%n certificate against the saved configuration of %1, evaluated now over HTTPS.</numerusform>
            <numerusform>%n certificates against the saved configuration of %1, evaluated now over HTTPS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificatePickerDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/certificates/CertificatePickerDialog.cpp" line="+76"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::ChainExplorerView</name>
    <message numerus="yes">
        <location filename="../src/gui/explorer/ChainExplorerView.cpp" line="+233"/>
        <source>Discard %n what-if change(s) not applied?</source>
        <translation>
            <numerusform>Discard %n what-if change not applied?</numerusform>
            <numerusform>Discard %n what-if changes not applied?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+274"/>
        <source>%n change(s) not saved%1</source>
        <translation>
            <numerusform>%n change not saved%1</numerusform>
            <numerusform>%n changes not saved%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>The organisation will have %n approved CAs: the same CN from any of them authenticates the same user.</source>
        <translation>
            <numerusform>The organisation will have %n approved CA.</numerusform>
            <numerusform>The organisation will have %n approved CAs: the same CN from any of them authenticates the same user.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Save these %n change(s)? Each is written to the audit log.</source>
        <translation>
            <numerusform>Save these %n change? Each is written to the audit log.</numerusform>
            <numerusform>Save these %n changes? Each is written to the audit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::FtpsSession</name>
    <message numerus="yes">
        <location filename="../src/listener/FtpsSession.cpp" line="+360"/>
        <source>Not logged in: too many failed sign-ons; try again in %n second(s).</source>
        <translation>
            <numerusform>Not logged in: too many failed sign-ons; try again in %n second.</numerusform>
            <numerusform>Not logged in: too many failed sign-ons; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::HoldingTankView</name>
    <message numerus="yes">
        <location filename="../src/gui/tank/HoldingTankView.cpp" line="+119"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Delete the %n selected entries?</source>
        <translation>
            <numerusform>Delete the selected entry?</numerusform>
            <numerusform>Delete the %n selected entries?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueSummaryPage</name>
    <message numerus="yes">
        <location filename="../src/gui/orgca/IssueSummaryPage.cpp" line="+87"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n day, until %1</numerusform>
            <numerusform>%n days, until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueUserPage</name>
    <message numerus="yes">
        <location filename="../src/gui/orgca/IssueUserPage.cpp" line="+104"/>
        <source>%1%2 — %n accepted credential(s)</source>
        <translation>
            <numerusform>%1%2 — %n accepted credential</numerusform>
            <numerusform>%1%2 — %n accepted credentials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::UserProfileView</name>
    <message numerus="yes">
        <location filename="../src/gui/users/UserProfileView.cpp" line="+143"/>
        <source>Certificates %1 presented that connected but did not authenticate. Accept the CN or the thumbprint; entries expire after %n days.</source>
        <translation>
            <numerusform>Certificates %1 presented that connected but did not authenticate. Accept the CN or the thumbprint; entries expire after %n day.</numerusform>
            <numerusform>Certificates %1 presented that connected but did not authenticate. Accept the CN or the thumbprint; entries expire after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Holding tank (%n entries)</source>
        <translation>
            <numerusform>Holding tank (%n entry)</numerusform>
            <numerusform>Holding tank (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>Delete all %n holding-tank entries of %1?</source>
        <translation>
            <numerusform>Delete the holding-tank entry of %1?</numerusform>
            <numerusform>Delete all %n holding-tank entries of %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::UsersModel</name>
    <message numerus="yes">
        <location filename="../src/gui/users/UsersModel.cpp" line="+57"/>
        <source>%1 (%n expiring)</source>
        <translation>
            <numerusform>%1 (%n expiring)</numerusform>
            <numerusform>%1 (%n expiring)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n certificate(s) issued to this user expire within %1 days</source>
        <translation>
            <numerusform>%n certificate issued to this user expire within %1 days</numerusform>
            <numerusform>%n certificates issued to this user expire within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n holding-tank entries wait to be accepted or deleted</source>
        <translation>
            <numerusform>%n holding-tank entry waits to be accepted or deleted</numerusform>
            <numerusform>%n holding-tank entries wait to be accepted or deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::UsersView</name>
    <message numerus="yes">
        <location filename="../src/gui/users/UsersView.cpp" line="+119"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n matching</source>
        <translation>
            <numerusform>%n matching</numerusform>
            <numerusform>%n matching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Remove %n users with their accepted credentials and holding-tank entries?</source>
        <translation>
            <numerusform>Remove the user with their accepted credentials and holding-tank entries?</numerusform>
            <numerusform>Remove %n users with their accepted credentials and holding-tank entries?</numerusform>
        </translation>
    </message>
</context>
</TS>
