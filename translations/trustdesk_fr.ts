<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptTankEntryDialog</name>
    <message>
        <location filename="../ui/tank/AcceptTankEntryDialog.ui" line="+32"/>
        <source>Also &amp;approve this CA for the organisation (its CNs can then authenticate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddCredentialDialog</name>
    <message>
        <location filename="../ui/users/AddCredentialDialog.ui" line="+6"/>
        <source>Add an accepted credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Thumbprint: only this one certificate; breaks when it is renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;CN: any certificate with this CN from an approved CA; survives renewal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <location filename="../src/core/services/AtomicFileWriter.cpp" line="+15"/>
        <location line="+6"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../ui/settings/AuditView.ui" line="+9"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by who, organisation, action, target or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDetailsDialog</name>
    <message>
        <location filename="../ui/certificates/CertificateDetailsDialog.ui" line="+16"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Certificate authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SHA-1 thumbprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Copy PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateIssuanceService</name>
    <message>
        <location filename="../src/core/services/CertificateIssuanceService.cpp" line="+47"/>
        <source>organisation &apos;%1&apos; has no CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; was not issued by the organisation CA &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateListView</name>
    <message>
        <location filename="../ui/certificates/CertificateListView.ui" line="+59"/>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateLoader</name>
    <message>
        <location filename="../src/core/x509/CertificateLoader.cpp" line="+68"/>
        <source>not a readable PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PKCS#12 file is protected by a passphrase; give it with --passphrase-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrong passphrase for the PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PKCS#12 file could not be decrypted (unsupported encryption or damaged contents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no PEM block found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM block %1 is damaged (bad base64 or missing END line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+58"/>
        <source>contains a private key, not a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>contains a certificate request, not a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>contains a revocation list, not a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>contains no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the PKCS#7 file contains no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+50"/>
        <source>not a certificate in any format TrustDesk reads (PEM, DER, PKCS#7, PKCS#12, base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than the %1 MiB limit for certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateMatrixView</name>
    <message>
        <location filename="../ui/explorer/CertificateMatrixView.ui" line="+9"/>
        <source>&lt;h2&gt;Certificate matrix&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>folder of certificates (PEM, DER, PKCS#7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: each certificate&apos;s best-matching user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePickerDialog</name>
    <message>
        <location filename="../ui/certificates/CertificatePickerDialog.ui" line="+22"/>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <location filename="../src/core/x509/CertificateRequest.cpp" line="+22"/>
        <source>%1: not a certificate signing request (expected PKCS#10 in PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the request&apos;s signature does not verify with its own public key; it was altered or is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the request&apos;s key is %2; TrustDesk signs RSA keys of 2048 bits or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateSet</name>
    <message>
        <location filename="../src/core/store/CertificateSet.cpp" line="+81"/>
        <source>&apos;%1&apos; is not a CA certificate, so it cannot be an intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no installed certificate has thumbprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no known intermediate has thumbprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no approved CA of organisation &apos;%1&apos; has thumbprint %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateSetCommand</name>
    <message>
        <location filename="../src/cli/commands/CertificateSetCommand.cpp" line="+76"/>
        <source>installed  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: &apos;%1&apos; is approved but not installed in the trusted root store; certificates under it cannot connect unless something on their path is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n certificate(s) newly installed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n intermediate(s) newly added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>  [not installed: its certificates cannot connect]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the known intermediates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the approved CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainExplorerView</name>
    <message>
        <location filename="../ui/explorer/ChainExplorerView.ui" line="+11"/>
        <source>&lt;h2&gt;Chain explorer&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hain sent by the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Training:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>username (empty: connect only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Evaluate at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What if… (nothing is saved until Apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export te&amp;xt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PN&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Matrix of a folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="+97"/>
        <source>P is password, certificate or password+certificate. Certificate files may be PEM, DER,
PKCS#7, PKCS#12 (passphrase with --passphrase-stdin) or single-line base64.
Exit codes: 0 success (explain: connects and authenticates), 10 connects only,
20 cannot connect, 2 usage error, 3 bad input, 4 store error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Try &apos;trustdesk-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not available in this version of TrustDesk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../src/cli/CliArguments.cpp" line="+105"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../src/cli/CliCommand.cpp" line="+46"/>
        <location line="+12"/>
        <source>usage: trustdesk-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>option &apos;--%1&apos; does not apply to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="+60"/>
        <source>--now: &apos;%1&apos; is not an ISO 8601 time (for example 2026-06-01T10:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: nothing on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the line on standard input is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <location filename="../src/cli/CliFormat.cpp" line="+91"/>
        <source>--%1: &apos;%2&apos; is neither &apos;on&apos; nor &apos;off&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a %2 (a positive whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a policy (password, certificate or password+certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--key: &apos;%1&apos; is not a key type (rsa2048, rsa3072, rsa4096, ec256 or ec384)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--days: &apos;%1&apos; is not a positive number of days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCertificateIssuer</name>
    <message>
        <location filename="../src/core/orgca/ClientCertificateIssuer.cpp" line="+43"/>
        <source>the validity must be between 1 and %1 days, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organisation CA &apos;%1&apos; expires on %2; a certificate valid for %3 days would outlive it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>the country &apos;%1&apos; must be two capital letters (ISO 3166), such as GB or DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the request&apos;s subject &apos;%1&apos; must have exactly one readable common name, or no credential rule can use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request&apos;s common name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommonName</name>
    <message>
        <location filename="../src/core/domain/CommonName.cpp" line="+19"/>
        <source>its subject has no CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its subject has %1 CNs, and only a subject with exactly one CN can be matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its CN is not valid text in its declared string type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its CN contains a NUL or other control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its CN is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateOrganisationCaDialog</name>
    <message>
        <location filename="../ui/orgca/CreateOrganisationCaDialog.ui" line="+6"/>
        <source>Create the organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Common &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example &quot;Acme Client CA&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation (O):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>itself (a root); or a parent CA&apos;s PKCS#12 file for an intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;nfirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Install it in the trusted root store and approve it for this organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredCommand</name>
    <message>
        <location filename="../src/cli/commands/CredCommand.cpp" line="+32"/>
        <source>give exactly one of --thumbprint, --cn%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or --cert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>user &apos;%1&apos; now accepts %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &apos;%1&apos; no longer accepts %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrlCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/CrlCommand.cpp" line="+27"/>
        <source>%n revocation list(s) newly added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  %2  (%3 revoked, next update %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>revocation list id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed revocation list %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../src/core/demo/DemoStore.cpp" line="+86"/>
        <source>%1: cannot write the demo file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: cannot create the demo folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Frank&apos;s certificate chains through &apos;Chug and Ring&apos; to the installed root &apos;Toot&apos; (C2); the CN &apos;Frank&apos; is on the profile and &apos;Chug and Ring&apos; is approved (A2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rich&apos;s laptop certificate: its thumbprint is on Rich&apos;s profile (A1), which works whatever the approved CA list says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CN &apos;Dick&apos; is an alternate CN on Rich&apos;s profile, from an approved CA (A2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match CN is on: CN &apos;Rich&apos; matches the username, from the approved &apos;Chug and Ring&apos; (A3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;Verisign-like&apos; is approved but not installed: its certificates cannot connect at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An expired copy of Frank&apos;s certificate: every certificate on the path must be inside its validity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mallory&apos;s certificate was signed with Frank&apos;s key: &apos;Frank&apos; is not a CA, so it cannot vouch for anybody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A self-signed certificate nobody installed: nothing on its path is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CN &apos;Rich&apos; from &apos;Side Door CA&apos;: installed, so it connects, but not approved, so the CN does not count (A2 and A3 fail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CN &apos;Frank&apos; issued directly by the installed root &apos;Toot&apos;, which is not approved: it connects, but approving only a root is never enough for A2 or A3; the issuing CA must be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gus renewed his certificate: the new thumbprint is not on his profile, which only holds the old one; it lands in the holding tank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The FTPS walk-through: user &apos;moveitfreelydemo&apos; presents &apos;Lucy&apos;; the first attempt fails with 530 and fills the tank; accept the CN and the next attempt signs on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../src/gui/common/ErrorReporter.cpp" line="+21"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <location filename="../src/cli/commands/ExplainCommand.cpp" line="+23"/>
        <source>explain needs --cert FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--record needs --user NAME: holding tank entries belong to a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--interface: &apos;%1&apos; is neither https nor ftps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationExporter</name>
    <message>
        <location filename="../src/gui/explorer/ExplanationExporter.cpp" line="+20"/>
        <source>
This is a what-if, not the saved configuration:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  - evaluated at %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As saved: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — evaluated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write the picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldingTankRepository</name>
    <message>
        <location filename="../src/core/store/HoldingTankRepository.cpp" line="+109"/>
        <source>no holding tank entry %1 in organisation &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldingTankView</name>
    <message>
        <location filename="../ui/tank/HoldingTankView.ui" line="+9"/>
        <source>&lt;h2&gt;Holding tank&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificates that connected but did not authenticate an existing user wait here in pairs, one entry for the CN and one for the thumbprint. Accept either into the user&apos;s profile. CAs sent by clients that could not connect wait here too, ready to be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entries expire after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> pairs per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A&amp;ccept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain in the chain explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;lete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpsSite</name>
    <message>
        <location filename="../src/listener/HttpsSite.cpp" line="+123"/>
        <source>This site requires a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;form method=&apos;post&apos; action=&apos;/human.aspx&apos;&gt;&lt;p&gt;&lt;label&gt;Username &lt;input name=&apos;username&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;label&gt;Password &lt;input name=&apos;password&apos; type=&apos;password&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;button type=&apos;submit&apos;&gt;Sign on&lt;/button&gt;&lt;/p&gt;&lt;/form&gt;&lt;p&gt;Client certificate mode: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign on with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+19"/>
        <location line="+42"/>
        <source>Sign-on failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+75"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&lt;p&gt;Signed on as &lt;b&gt;%1&lt;/b&gt; by password.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>signed on by password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; needs a client certificate, but this site ignores certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sign on first: the sign-on session is missing or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A client certificate is required to sign on as &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client certificate is not registered for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Signed on as &lt;b&gt;%1&lt;/b&gt; by client certificate (%2, %3)%4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authenticates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connects, does not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../src/cli/commands/InitCommand.cpp" line="+26"/>
        <source>organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created organisation &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loaded the demo scenarios; their certificates are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replayed three failed attempts into the holding tank; created the organisation CA (passphrase &apos;%1&apos;, for training only), which issued Frank a certificate expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCertificateWizard</name>
    <message>
        <location filename="../ui/orgca/IssueCertificateWizard.ui" line="+6"/>
        <source>Create a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCommand</name>
    <message>
        <location filename="../src/cli/commands/IssueCommand.cpp" line="+32"/>
        <source>give exactly one of --cn TEXT (a new key) or --csr FILE (sign a request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issue needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue needs --passphrase-stdin: the organisation CA&apos;s passphrase%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, then the new file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--register: &apos;%1&apos; is not one of thumbprint, cn, both or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>organisation &apos;%1&apos; has no CA; create one with &apos;orgca create&apos; or import one with &apos;orgca import&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--passphrase-stdin (the organisation CA&apos;s passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--passphrase-stdin (the new file&apos;s passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--passphrase-stdin: the new file&apos;s passphrase is empty; a PKCS#12 with a private key needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>issued &apos;%1&apos; (serial %2, valid until %3) to %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; user &apos;%1&apos; accepts its %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueKeyPage</name>
    <message>
        <location filename="../ui/orgca/IssueKeyPage.ui" line="+6"/>
        <source>Key and validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate may be used for TLS client authentication only (extended key usage clientAuth, key usage digital signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueOutputPage</name>
    <message>
        <location filename="../ui/orgca/IssueOutputPage.ui" line="+6"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the certificate (and the new key) are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;nfirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueRegisterPage</name>
    <message>
        <location filename="../ui/orgca/IssueRegisterPage.ui" line="+6"/>
        <source>Register on the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How TrustDesk recognises this certificate as the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept its &amp;thumbprint (A1): exactly this certificate, whichever CA issued it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept its &amp;CN (A2): any certificate with this CN from an approved CA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueSubjectPage</name>
    <message>
        <location filename="../ui/orgca/IssueSubjectPage.ui" line="+6"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The common name (CN) is what the CN rules of TrustDesk compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Common &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;E-mail (subject alternative name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Organisation (O):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Organisational &amp;unit (OU):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Country (C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>two letters, optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueSummaryPage</name>
    <message>
        <location filename="../ui/orgca/IssueSummaryPage.ui" line="+6"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been written yet. Check the details, then choose Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation CA &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unlocks the CA key for this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueUserPage</name>
    <message>
        <location filename="../ui/orgca/IssueUserPage.ui" line="+6"/>
        <source>Who is the certificate for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is issued by the organisation CA and registered on this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Generate a new key pair: TrustDesk makes the key and writes it to a protected file for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign a certificate signing request: the user made the key and keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request file (.csr, PEM or DER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuedCertificateItems</name>
    <message>
        <location filename="../src/gui/orgca/IssuedCertificateItems.cpp" line="+21"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires within %1 days: issue a new certificate in time%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; a thumbprint registration must be renewed too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <location filename="../src/cli/commands/ListenCommand.cpp" line="+47"/>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--https: &apos;%1&apos; is not a port (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1: &apos;%2&apos; is not a port (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--site-mode: &apos;%1&apos; is not one of accept, require, ignore, accept-site-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--passphrase-stdin (the server certificate&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--passphrase-stdin (the organisation CA&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: listening on %1, not only on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>listening: https://%1:%2/ (site mode %3, server certificate %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listening: ftp://%1:%2/ (explicit FTPS, AUTH TLS; files in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listening: ftps://%1:%2/ (implicit FTPS; files in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenerView</name>
    <message>
        <location filename="../ui/listener/ListenerView.ui" line="+9"/>
        <source>&lt;h2&gt;Test listener&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Site mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;HTTPS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;FTPS port (AUTH TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Implicit FTPS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FTPS &amp;files in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;b&gt;Attempts, as they happen&lt;/b&gt; (double-click one to explain it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app/MainWindow.ui" line="+14"/>
        <source>TrustDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Holding tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted &amp;root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Approved CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Organisation CA</source>
        <translation>&amp;AC de l’organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain &amp;explorer</source>
        <translation>&amp;Explorateur de chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Issue a client certificate…</source>
        <translation>&amp;Émettre un certificat client…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About TrustDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <location filename="../src/core/domain/NameRules.cpp" line="+11"/>
        <source>the %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; has white space at its start or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &apos;%2&apos; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; contains &apos;%3&apos;, which names may not contain (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgCaCommand</name>
    <message>
        <location filename="../src/cli/commands/OrgCaCommand.cpp" line="+29"/>
        <source>orgca create needs --cn TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orgca create needs --passphrase-stdin: the CA key is stored only encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--passphrase-stdin (the CA key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--passphrase-stdin (the parent&apos;s file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: holds no private key; the parent CA&apos;s PKCS#12 is needed to sign the new CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organisation &apos;%1&apos; already has a CA; give --replace to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>created the organisation CA &apos;%1&apos; (%2, valid until %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>; installed and approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>orgca import needs --passphrase-stdin: the file&apos;s passphrase, then the one to store the key under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--passphrase-stdin (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--passphrase-stdin (the passphrase to store the CA key under)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported the organisation CA &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>organisation &apos;%1&apos; has no CA; create one with &apos;orgca create&apos; or import one with &apos;orgca import&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>subject      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sha256       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key          %1 (stored encrypted: PKCS#8, AES-256, PBKDF2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid        %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installed    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued       %1 certificate(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgCommand</name>
    <message>
        <location filename="../src/cli/commands/OrgCommand.cpp" line="+33"/>
        <source>Organisation        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match CN            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tank expiry (days)  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tank cap (pairs)    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require revocation  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Updated organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationCa</name>
    <message>
        <location filename="../src/core/orgca/OrganisationCa.cpp" line="+12"/>
        <source>the passphrase for the CA key must have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &apos;%2&apos; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the CA&apos;s common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CA&apos;s validity must be between 1 and %1 days, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a CA; it cannot sign the organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key given with &apos;%1&apos; is not its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; expires on %2, before the new CA would; choose fewer days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has path length 0; it may not sign another CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: expected a PKCS#12 file holding a CA certificate and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file&apos;s private key does not belong to its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not a CA (no basicConstraints CA:TRUE); it cannot issue certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the key of the organisation CA &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to its certificate; the store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationCaRepository</name>
    <message>
        <location filename="../src/core/store/OrganisationCaRepository.cpp" line="+36"/>
        <source>the organisation CA&apos;s chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationCaService</name>
    <message>
        <location filename="../src/core/services/OrganisationCaService.cpp" line="+24"/>
        <source>organisation &apos;%1&apos; already has a CA (&apos;%2&apos;); replace it explicitly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationCaView</name>
    <message>
        <location filename="../ui/orgca/OrganisationCaView.ui" line="+9"/>
        <source>&lt;h2&gt;Organisation CA&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issue a client &amp;certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Certificates issued by this organisation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <location filename="../src/core/store/OrganisationRepository.cpp" line="+53"/>
        <source>%1: the store has no organisation yet; create one with &apos;trustdesk-cli init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown organisation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the organisation with id %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>organisation &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>holding tank expiry must be between 1 and 3650 days, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holding tank cap must be between 1 and 10000 pairs, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../src/core/x509/PrivateKey.cpp" line="+60"/>
        <source>%1: not a private key, or the passphrase is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not an encrypted private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the passphrase is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationList</name>
    <message>
        <location filename="../src/core/x509/RevocationList.cpp" line="+50"/>
        <source>%1: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>contains no revocation list (X509 CRL block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a revocation list in it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a revocation list (PEM or DER CRL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationListRepository</name>
    <message>
        <location filename="../src/core/store/RevocationListRepository.cpp" line="+73"/>
        <source>no revocation list has id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenGrabber</name>
    <message>
        <location filename="../src/gui/app/ScreenGrabber.cpp" line="+37"/>
        <source>%1: cannot write the screenshot (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <location filename="../src/listener/ServerIdentity.cpp" line="+54"/>
        <source>%1: needs a certificate with its private key for the listener</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/settings/SettingsView.ui" line="+12"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Match certificate CN to username or full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When on, a certificate whose CN is a user&apos;s username or full name authenticates that user, as long as its CA is approved, even if nothing is on the user&apos;s profile. Convenient when your own CA issues the certificates; risky when an approved CA issues the same name to different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Require revocation information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When on, a certificate cannot connect unless a current revocation list from its CA is in the store. When off, a revoked certificate is still refused if a list names it, but a missing list is not held against anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holding tank</source>
        <translation type="unfinished">Réservoir d&apos;attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Expire entries after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entries not seen again for this many days are deleted automatically, when a store is opened and every hour while TrustDesk runs. Untrusted CAs expire the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pending pairs per user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Each failed attempt with a new certificate leaves a pair (its CN and its thumbprint). Beyond this many pairs the oldest is dropped, so nobody can flood the tank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../src/core/store/SqlSupport.cpp" line="+32"/>
        <source>the store is locked by another program; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/Store.cpp" line="+77"/>
        <source>%1: is a directory, not a store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot open the store (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the store is locked by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a TrustDesk store (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: PostgreSQL stores are not supported by this version of TrustDesk yet; use a SQLite store (--db PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a store URL (expected sqlite:///PATH or postgresql://...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../src/gui/app/StoreOpener.cpp" line="+53"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TankAcceptanceService</name>
    <message>
        <location filename="../src/core/services/TankAcceptanceService.cpp" line="+25"/>
        <source>holding tank entry %1 belongs to no user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TankCommand</name>
    <message>
        <location filename="../src/cli/commands/TankCommand.cpp" line="+48"/>
        <location line="+25"/>
        <location line="+31"/>
        <source>holding tank entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>installed &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and approved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>user &apos;%1&apos; now accepts %2 &apos;%3&apos;; %n holding tank entr(y/ies) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deleted holding tank entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n holding tank entr(y/ies) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>entry %1: %2 &apos;%3&apos; for user &apos;%4&apos;, seen %5 time(s), last %6 from %7 over %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate: %1 (issued by %2), expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accepting a CN survives renewal, but collides when several approved CAs exist or a CA issues the same CN to different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  approved CA: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (issued this certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  the organisation has no approved CA: the CN authenticates nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  the CA that issued this certificate is not approved: the CN does not authenticate it (rule A2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  also claimed by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds this CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>their name matches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepting a thumbprint ignores the approved CAs and avoids collisions, but breaks when the certificate is renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  the certificate has expired: it cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  the certificate expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>installing this CA lets every certificate it issued connect; approving it too lets their CNs authenticate. Compare its SHA-256 with its owner&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbprint</name>
    <message>
        <location filename="../src/core/x509/Thumbprint.cpp" line="+11"/>
        <source>&apos;%1&apos; is not a thumbprint: expected 40 hex digits (SHA-1), with or without spaces or colons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustEngine</name>
    <message>
        <location filename="../src/core/engine/TrustEngine.cpp" line="+30"/>
        <source>sent by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the known intermediates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of unknown origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is self-signed and not installed in the trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the path ends at the root %1 (%2), which is not installed in the trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>issuer &apos;%1&apos; was found (%2) but its signature does not match (a different key with the same name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>issuer &apos;%1&apos; of %2 is not installed and was not sent by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>issuer %1 was found (%2) but no certificate above it is installed; its issuer &apos;%3&apos; is neither installed nor sent by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the signature on %1 does not verify with the key of its issuer %2 (%3): a different key with the same name, or a damaged certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature on %1 does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+94"/>
        <source>%1 is not a CA but signed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>the key usage of %1 does not allow signing certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 allows at most %2 CA certificate(s) below it (pathLen), and this path has more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is revoked (listed in the revocation list of &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no usable revocation list from &apos;%1&apos; covers %2, and the organisation requires revocation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the revocation list from &apos;%1&apos; that covers %2 is out of date, and the organisation requires revocation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the revocation list that covers %1 has a signature that does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has a critical extension that is not understood (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the path above %1 is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the extended key usage of %1 does not allow client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key usage of %1 does not allow digital signatures, which a TLS client must make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 itself is installed in the trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is installed, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 itself is not installed in the trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 chains to %2, which is installed in the trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no certificate above %1 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source> (and %n more problem(s) on the path)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>its issuing CA is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its issuing CA %1 has the name of an approved CA but a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its issuing CA %1 is not on the approved CA list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>thumbprint %1 is on the profile of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thumbprint %1 is not on the profile of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <source>the CN cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>CN &apos;%1&apos; is not on the profile of &apos;%2&apos; (it has no accepted CNs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; is not on the profile of &apos;%2&apos; (accepted CNs: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CN &apos;%1&apos; is on the profile, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CN &apos;%1&apos; is on the profile of &apos;%2&apos; and its issuing CA %3 is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the organisation&apos;s Match CN to username/full name option is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CN &apos;%1&apos; matches neither the username &apos;%2&apos; nor the full name &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CN &apos;%1&apos; matches the user&apos;s name, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match CN is on, CN &apos;%1&apos; matches the user&apos;s name and its issuing CA %2 is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user &apos;%1&apos; is disabled and authenticates with nothing (otherwise: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the certificate cannot connect, so it authenticates nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &apos;%1&apos; is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticates &apos;%1&apos; by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not authenticate &apos;%1&apos;: none of A1, A2 or A3 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the %1 policy of &apos;%2&apos; is password, so certificates are not consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>no certificate was presented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../src/cli/commands/UserCommand.cpp" line="+39"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--disabled and --enabled contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>updated user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Username      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTPS policy  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FTPS policy   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending tank  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;user import&apos; is not available in this version of TrustDesk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed user &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../ui/users/UserEditDialog.ui" line="+17"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;HTTPS sign-on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;TPS sign-on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Disabled: this user cannot sign on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditingService</name>
    <message>
        <location filename="../src/core/services/UserEditingService.cpp" line="+12"/>
        <source>the password for &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserProfileView</name>
    <message>
        <location filename="../ui/users/UserProfileView.ui" line="+11"/>
        <source>Users</source>
        <translation type="unfinished">Utilisateurs</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Edit user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted client certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Certificates issued to this user by the organisation CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add thumbprint or CN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import from certificate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Holding tank</source>
        <translation type="unfinished">Réservoir d&apos;attente</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A&amp;ccept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a&amp;ll…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../src/core/store/UserRepository.cpp" line="+46"/>
        <source>full name &apos;%1&apos; is longer than 128 characters or contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>the password for &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>user &apos;%1&apos; already exists in organisation &apos;%2&apos; (as &apos;%3&apos;; usernames are compared without case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+127"/>
        <source>the CN is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1...&apos; is longer than 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an untrusted CA is not a credential a user can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>user &apos;%1&apos; already has the %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>user &apos;%1&apos; has no %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../ui/users/UsersView.ui" line="+9"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by username or full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPresenter</name>
    <message>
        <location filename="../src/gui/explorer/VerdictPresenter.cpp" line="+10"/>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects (%1); no user chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects and authenticates &apos;%1&apos; (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects (%1) but does not authenticate &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;i&gt;With the what-if changes. As saved: %1.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h4&gt;CONNECT: %1&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>yes, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;h4&gt;AUTHENTICATE &apos;%1&apos;: %2&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h4&gt;AUTHENTICATE&lt;/h4&gt;&lt;p&gt;Choose a user to see A1, A2 and A3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h4&gt;HOLDING TANK&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;An attempt would add nothing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;An attempt would add:&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrusted CA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <location filename="../src/gui/explorer/WhatIfModel.cpp" line="+42"/>
        <source>Install &apos;%1&apos; in the trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve &apos;%1&apos; for the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match CN to username or full name (A3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept this thumbprint for &apos;%1&apos;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source> (already accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Accept the CN &apos;%1&apos; for &apos;%2&apos;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>• %1 (what if; not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>• Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+59"/>
        <source>Administration of client-certificate authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The view to open: users, user:NAME, roots, cas, tank, audit, settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a screenshot of the view as FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for --grab (default 1200x760).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::AcceptTankEntryDialog</name>
    <message>
        <location filename="../src/gui/tank/AcceptTankEntryDialog.cpp" line="+35"/>
        <source>Install an untrusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Install &lt;b&gt;%1&lt;/b&gt; in the trusted root store?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the CN &lt;b&gt;%1&lt;/b&gt; for the user &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the thumbprint &lt;b&gt;%1&lt;/b&gt; for the user &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p&gt;Accepting a &lt;b&gt;CN&lt;/b&gt; survives certificate renewal: a new certificate with the same CN from an approved CA keeps working. But it risks a &lt;b&gt;collision&lt;/b&gt; when more than one approved CA exists, or when a CA issues the same CN to different people.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (issued this certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;The organisation has no approved CA&lt;/b&gt;: a CN authenticates nobody until the CA that issues it is approved.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;Approved CAs of %1 (%n):&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;The CA that issued this certificate is not approved&lt;/b&gt;, so this CN will not authenticate it until that CA is approved (rule A2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: already holds this CN, and their name matches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: already holds this CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: their name matches it (with Match CN on, it authenticates them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;No other user holds this CN or has a name that matches it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Other users who would also claim this CN:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;Accepting a &lt;b&gt;thumbprint&lt;/b&gt; ignores the list of approved CAs and avoids collisions: only this one certificate matches. But it &lt;b&gt;breaks when the certificate is renewed&lt;/b&gt;, because the renewed certificate has another thumbprint.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;This certificate (%1, issued by %2) expires on &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;It has already expired&lt;/b&gt;: it cannot connect.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;That is in %n days.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A client sent this CA, but nothing in its chain is in the trusted root store, so it could not connect. Installing it lets every certificate it issued &lt;b&gt;connect&lt;/b&gt;; approving it too lets their CNs &lt;b&gt;authenticate&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Subject: %1&lt;br&gt;Issuer: %2&lt;br&gt;Expires: %3&lt;br&gt;SHA-256: &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Install only a CA you know: compare its fingerprint with the one its owner publishes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CN %1 is now accepted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thumbprint %1 is now accepted for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm holding-tank deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to delete this holding-tank entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes deletes the other entry of the pair (%1). No keeps it, so that it can be accepted too: the user then holds both, and either one is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete holding-tank entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::AddCredentialDialog</name>
    <message>
        <location filename="../src/gui/users/AddCredentialDialog.cpp" line="+17"/>
        <source>Type a thumbprint (40 hex digits; spaces, colons and any case are fine) or a CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the certificate &lt;b&gt;%1&lt;/b&gt;, issued by %2, expiring %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>3D17 CFF3 E27B 127D 2753 A7F1 873E 2743 783B FBD2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Will be stored as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a thumbprint: expected 40 hex digits (SHA-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticates only with a certificate from an approved CA (rule A2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CN may not contain control characters or exceed 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::AuditModel</name>
    <message>
        <location filename="../src/gui/settings/AuditModel.cpp" line="+45"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::AuditView</name>
    <message>
        <location filename="../src/gui/settings/AuditView.cpp" line="+58"/>
        <location line="+30"/>
        <source>Audit log</source>
        <translation type="unfinished">Journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+25"/>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+28"/>
        <location line="+9"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1: not written, the audit log could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateDetailsDialog</name>
    <message>
        <location filename="../src/gui/certificates/CertificateDetailsDialog.cpp" line="+21"/>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No (no basic constraints; version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No (an end-entity certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, path length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PEM (*.pem *.crt);;DER (*.der *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateFileImport</name>
    <message>
        <location filename="../src/gui/certificates/CertificateFileImport.cpp" line="+46"/>
        <source>%1: the file holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Reading %n certificate files…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Nothing was imported: %n of the files could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is protected by a passphrase.
Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong passphrase for %1.
Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateListModel</name>
    <message>
        <location filename="../src/gui/certificates/CertificateListModel.cpp" line="+55"/>
        <source>Not installed: its certificates cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects through %1 (installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a CA: trusts only itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Subject: %1
Issuer: %2
SHA-256: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateListView</name>
    <message>
        <location filename="../src/gui/certificates/CertificateListView.cpp" line="+52"/>
        <source>&lt;h2&gt;Trusted root store&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client certificate can &lt;b&gt;connect&lt;/b&gt; when it is installed here itself, or when a CA in its chain is installed here. The store is shared by every organisation. Drop certificate files here to install them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Install from files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from the &amp;system store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Approved CAs&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CN on a user&apos;s profile, or a CN that matches the user&apos;s name, authenticates only when the certificate&apos;s CA is approved here. Thumbprints ignore this list. Drop certificate files here to approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve from files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve from the &amp;root store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Install in the root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Not installed:&lt;/b&gt; %1. Neither these CAs nor any CA above them is in the root store, so their certificates cannot connect: approving them has no effect until one is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n certificates newly installed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n CAs newly approved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The operating system trusts these %n roots. Tick the ones whose clients should connect; usually that is only your own organisation&apos;s CA.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Installed CAs that %1 has not approved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove from the trusted root store: %1?

Clients whose chains end here will no longer connect, in every organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop approving %1?

CNs from these CAs will no longer authenticate anyone in this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateMatrixView</name>
    <message>
        <location filename="../src/gui/explorer/CertificateMatrixView.cpp" line="+40"/>
        <source>Certificate matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+134"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Choose a folder or files of certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>connects (%1); no user holds its thumbprint or its CN, and no user&apos;s name matches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connects (%1); there is no user &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>authenticates &apos;%1&apos; by %2 (connects by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✖ Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>◐ Connects but does not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Connects and authenticates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>? Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n certificate(s) against the saved configuration of %1, evaluated now over HTTPS.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificatePickerDialog</name>
    <message>
        <location filename="../src/gui/certificates/CertificatePickerDialog.cpp" line="+24"/>
        <source>%1 (expires %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject: %1
SHA-1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::ChainDiagram</name>
    <message>
        <location filename="../src/gui/explorer/ChainDiagram.cpp" line="+34"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⌛ expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⌛ not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⌂ organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not found with the right key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+30"/>
        <source>✔ installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>★ approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>⇡ from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>known intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ not a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✔ signature verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ signature fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? signed by a certificate not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✖ would not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open a certificate, drop a file here, or pick a training scenario.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::ChainExplorerView</name>
    <message>
        <location filename="../src/gui/explorer/ChainExplorerView.cpp" line="+33"/>
        <location line="+96"/>
        <location line="+5"/>
        <location line="+20"/>
        <location line="+20"/>
        <location line="+137"/>
        <source>Chain explorer</source>
        <translation type="unfinished">Explorateur de chaîne</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+171"/>
        <source>(no training scenarios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Open a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Folder of certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The passphrase is wrong. Passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paste PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate in PEM (and the chain the client sends):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pasted PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The chain the client sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, with the chain from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Training: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&lt;p&gt;Open a certificate (or drop a file here), paste a PEM, or pick a training scenario. The explorer shows the chain the engine builds, whether the certificate can connect (C1, C2) and whether it authenticates the user (A1, A2, A3), and lets you try changes before you make them.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;no user &apos;%1&apos; in this organisation&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) not saved%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; evaluated at another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>Apply the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Save these %n change(s)? Each is written to the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved the changes from the chain explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The explanation is on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Export the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::CreateOrganisationCaDialog</name>
    <message>
        <location filename="../src/gui/orgca/CreateOrganisationCaDialog.cpp" line="+22"/>
        <source>RSA 2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA&apos;s private key is stored only encrypted (PKCS#8, AES-256, PBKDF2) under this passphrase of at least %1 characters. TrustDesk cannot recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parent CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CA&apos;s common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no passphrase given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: holds no private key; the parent CA&apos;s PKCS#12 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the CA key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::FtpsSession</name>
    <message>
        <location filename="../src/listener/FtpsSession.cpp" line="+26"/>
        <source>Idle timeout; closing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TrustDesk test listener (implicit FTPS) ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrustDesk test listener ready; use AUTH TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Line too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Already using TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTH %1 is not supported; use AUTH TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH TLS OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goodbye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Always in UTF8 mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use AUTH TLS first: this server does not accept clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protection level set to Private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only PROT P is supported: data goes over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-86"/>
        <source>No such directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directory changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+210"/>
        <source>No such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Cannot delete that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command not implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+28"/>
        <source>Password required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects, does not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>User %1 logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login with USER first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot open a data connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Entering Extended Passive Mode (|||%1|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering Passive Mode (%1,%2,%3,%4,%5,%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use PROT P first: data goes over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use PASV or EPSV first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No such file or directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening data connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+26"/>
        <source>Transfer complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Cannot read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>Cannot write that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Upload larger than %1 bytes refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::HoldingTankView</name>
    <message>
        <location filename="../src/gui/tank/HoldingTankView.cpp" line="+34"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untrusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Holding tank</source>
        <translation type="unfinished">Réservoir d&apos;attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %L1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Holding-tank settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Install CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ccept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Delete holding-tank entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>Delete the %n selected entries?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete every holding-tank entry of %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueCertificateWizard</name>
    <message>
        <location filename="../src/gui/orgca/IssueCertificateWizard.cpp" line="+27"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+56"/>
        <location line="+4"/>
        <source>Create a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Making the key and signing the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Issued &apos;%1&apos; to %2 (serial %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueKeyPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueKeyPage.cpp" line="+17"/>
        <source>RSA 2048 — works with every client (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096 — slow to make and to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256 — small and fast; not for very old clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The request brings its own key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is after the organisation CA expires (%1); choose fewer days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueOutputPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueOutputPage.cpp" line="+19"/>
        <source>PKCS#12 (.p12), AES-256 with PBKDF2 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKCS#12 (.p12), legacy 3DES/SHA-1: weak, only for Windows 7 and Server 2012 R2 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificate (.pem) and encrypted PEM key (.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Write the certificate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signed certificate is written as PEM. The user already has the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate goes to the file named; the key, encrypted under the passphrase, to the same name ending in .key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy encryption can be broken with little effort. Use it only for clients that cannot read AES-256 PKCS#12 files, and send the passphrase separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds the certificate, its key and the CA certificate, protected by the passphrase (at least %1 characters). Send the passphrase separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueRegisterPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueRegisterPage.cpp" line="+39"/>
        <source>&lt;b&gt;Thumbprint&lt;/b&gt;: only this certificate matches, so there is no collision with other users; but a renewed certificate must be registered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;CN&lt;/b&gt;: a renewed certificate with the same CN from an approved CA keeps working; but any approved CA&apos;s certificate with this CN matches too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing registered: the certificate is recorded as issued, but it authenticates &apos;%1&apos; only if Match CN applies (A3), or after an administrator accepts it from the holding tank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueSubjectPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueSubjectPage.cpp" line="+97"/>
        <source>This CN matches the user&apos;s name and &lt;b&gt;Match CN is on&lt;/b&gt;: A3 authenticates &apos;%1&apos; with it even if nothing is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This CN matches the user&apos;s name, but &lt;b&gt;Match CN is off&lt;/b&gt; in this organisation: register the thumbprint or the CN on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CN differs from the user&apos;s name and full name: Match CN (A3) never applies; register the thumbprint or the CN on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already holds this CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1&apos;s name matches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Other users claim this CN&lt;/b&gt;; with a CN credential they could sign on with each other&apos;s certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueSummaryPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueSummaryPage.cpp" line="+62"/>
        <source>thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 (kept by the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), until %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS client authentication; digital signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueUserPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueUserPage.cpp" line="+52"/>
        <source>Issued by the organisation CA &lt;b&gt;%1&lt;/b&gt; (%2, valid until %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;This organisation has no CA yet.&lt;/b&gt; Create or import one under Organisation CA first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>No user &apos;%1&apos; in this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>%1%2 — %n accepted credential(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the request file the user sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request for &lt;b&gt;%1&lt;/b&gt;, key %2. Its signature verifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate signing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate signing requests (*.csr *.req *.pem *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This organisation has no CA yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the user first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::ListenerView</name>
    <message>
        <location filename="../src/gui/listener/ListenerView.cpp" line="+25"/>
        <source>Test listener</source>
        <translation type="unfinished">Écouteur de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>127.0.0.1 (this machine only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>::1 (this machine only, IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.0.0.0 (every network interface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept certificates on the sign-on gateways (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require certificates site-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept site-wide (a misconfiguration, to demonstrate it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>no store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require client certificates on every page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody signs on without a certificate that connects, administrators included, except on the exception paths (/MOVEitISAPI, /Java, /Images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Listening on %1 — server certificate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test listener is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+56"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Every interface: other machines on the network can reach the listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require site-wide: nobody signs on without a certificate, administrators included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept site-wide is the misconfiguration in which browsers show an empty certificate prompt and non-browser transfers fail; it is here to show why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::MainWindow</name>
    <message>
        <location filename="../src/gui/app/MainWindow.cpp" line="+88"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+382"/>
        <location line="+4"/>
        <source>Holding tank</source>
        <translation>Réservoir d&apos;attente</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Trusted root store</source>
        <translation>Magasin racine de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved CAs</source>
        <translation>AC approuvées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation CA</source>
        <translation>AC de l’organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain explorer</source>
        <translation>Explorateur de chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test listener</source>
        <translation>Écouteur de test</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>from the holding tank (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from the trusted root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the approved CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an attempt on the test listener (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+34"/>
        <location line="+12"/>
        <source>no store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+26"/>
        <location line="+12"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown view &apos;%1&apos; (users, user:NAME, roots, cas, tank, audit, settings, orgca, wizard[:NAME], explorer[:FILE[@USER]], matrix[:DIR[@USER]], listener)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+5"/>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>TrustDesk stores (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 already exists; open it with File &gt; Open store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About TrustDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Administration of client-certificate authentication: which certificates can connect, which authenticate whom, and why.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 - TrustDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Holding tank (%1)</source>
        <translation>Réservoir d&apos;attente (%1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 have changed. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::OrganisationCaView</name>
    <message>
        <location filename="../src/gui/orgca/OrganisationCaView.cpp" line="+27"/>
        <source>Organisation CA</source>
        <translation type="unfinished">AC de l’organisation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replace by a &amp;new CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un&amp;lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;%1 has no CA of its own yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one (a new root, or an intermediate under a CA you hold) or import one from a PKCS#12 file. It issues client certificates for your users with the wizard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>itself (a root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, stored encrypted (PKCS#8, AES-256, PBKDF2); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;unlocked&lt;/b&gt; for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in the root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;not installed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved for this organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;not approved&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Certificates it issues are installed and approved with the first one issued.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace the organisation CA &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates it issued keep working while it stays installed and approved; new ones come from the new CA. Its key is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Import the organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase to store the CA key under (at least %1 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the CA in the trusted root store and approve it for this organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading and re-encrypting the CA key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Unlock the organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Passphrase of the CA key (kept in memory until you lock it or close the store):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::SettingsView</name>
    <message>
        <location filename="../src/gui/settings/SettingsView.cpp" line="+52"/>
        <source>&lt;h2&gt;Settings of %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation type="unfinished">Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings of %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::TankModel</name>
    <message>
        <location filename="../src/gui/tank/TankModel.cpp" line="+22"/>
        <source>CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Subject: %1
Issuer: %2
Expires: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::TestListener</name>
    <message>
        <location filename="../src/listener/TestListener.cpp" line="+26"/>
        <source>cannot write the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot use the server certificate for HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot listen for HTTPS on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>FTPS needs a root folder for the users&apos; files (--root DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot use the server certificate for FTPS data connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot listen for FTPS on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot listen for implicit FTPS on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The request is not HTTP/1.1 this site reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::TlsDataChannel</name>
    <message>
        <location filename="../src/listener/TlsDataChannel.cpp" line="+103"/>
        <source>the TLS handshake on the data connection failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::UserEditDialog</name>
    <message>
        <location filename="../src/gui/users/UserEditDialog.cpp" line="+41"/>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::UserProfileView</name>
    <message>
        <location filename="../src/gui/users/UserProfileView.cpp" line="+42"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a new client certificate for this user from the organisation CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>User profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create or import the organisation CA first (Certificates › Organisation CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Disabled&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTPS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate that connects authenticates %1 when its thumbprint is listed here, or when its CN is listed here or is %2 (Match CN is on) and its CA is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate that connects authenticates %1 when its thumbprint is listed here, or when its CN is listed here and its CA is approved. (Match CN is off.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Certificates %1 presented that connected but did not authenticate. Accept the CN or the thumbprint; entries expire after %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Holding tank (%n entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>Add a credential for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+28"/>
        <source>Add credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+11"/>
        <source>Import a certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete holding-tank entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Delete holding-tank entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Delete all %n holding-tank entries of %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::UsersModel</name>
    <message>
        <location filename="../src/gui/users/UsersModel.cpp" line="+26"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password + certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 (%n expiring)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n certificate(s) issued to this user expire within %1 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n holding-tank entries wait to be accepted or deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTPS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FTPS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In tank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::UsersView</name>
    <message>
        <location filename="../src/gui/users/UsersView.cpp" line="+48"/>
        <location line="+50"/>
        <source>Users</source>
        <translation type="unfinished">Utilisateurs</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n users</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %L1 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the user %1 with their accepted credentials and holding-tank entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n users with their accepted credentials and holding-tank entries?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::Verdict</name>
    <message>
        <location filename="../src/core/engine/Verdict.cpp" line="+163"/>
        <source>Certificate  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  issuer     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  thumbprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  sha-256    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  valid      %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CONNECT      %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>  path (as built, leaf first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>    rejected candidate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTHENTICATE %1 as &apos;%2&apos; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HOLDING TANK nothing would be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLDING TANK an attempt would add:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trustdesk::Workspace</name>
    <message>
        <location filename="../src/gui/app/Workspace.cpp" line="+98"/>
        <source>organisation &apos;%1&apos; has no CA; create or import one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking the organisation CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisation CA is unlocked for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organisation CA is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
