<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptTankEntryDialog</name>
    <message>
        <location filename="../ui/tank/AcceptTankEntryDialog.ui" line="+32"/>
        <source>Also &amp;approve this CA for the organisation (its CNs can then authenticate)</source>
        <translation>Diese CA auch für die Organisation &amp;zulassen (ihre CNs können dann authentifizieren)</translation>
    </message>
</context>
<context>
    <name>AddCredentialDialog</name>
    <message>
        <location filename="../ui/users/AddCredentialDialog.ui" line="+6"/>
        <source>Add an accepted credential</source>
        <translation>Akzeptierte Anmeldeinformation hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Thumbprint: only this one certificate; breaks when it is renewed</source>
        <translation>&amp;Fingerabdruck: nur genau dieses Zertifikat; ungültig, sobald es erneuert wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;CN: any certificate with this CN from an approved CA; survives renewal</source>
        <translation>&amp;CN: jedes Zertifikat mit diesem CN von einer zugelassenen CA; übersteht eine Erneuerung</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <location filename="../src/core/services/AtomicFileWriter.cpp" line="+15"/>
        <location line="+6"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../ui/settings/AuditView.ui" line="+9"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Prüfprotokoll&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by who, organisation, action, target or value</source>
        <translation>Nach Person, Organisation, Aktion, Ziel oder Wert filtern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>CertificateDetailsDialog</name>
    <message>
        <location filename="../ui/certificates/CertificateDetailsDialog.ui" line="+16"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Certificate authority:</source>
        <translation>Zertifizierungsstelle:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SHA-1 thumbprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Copy PEM</source>
        <translation>PEM &amp;kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;thumbprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>CertificateIssuanceService</name>
    <message>
        <location filename="../src/core/services/CertificateIssuanceService.cpp" line="+47"/>
        <source>organisation &apos;%1&apos; has no CA</source>
        <translation>Organisation &apos;%1&apos; hat keine CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; was not issued by the organisation CA &apos;%2&apos;</source>
        <translation>&apos;%1&apos; wurde nicht von der Organisations-CA &apos;%2&apos; ausgestellt</translation>
    </message>
</context>
<context>
    <name>CertificateListView</name>
    <message>
        <location filename="../ui/certificates/CertificateListView.ui" line="+59"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain</source>
        <translation>E&amp;rklären</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
</context>
<context>
    <name>CertificateLoader</name>
    <message>
        <location filename="../src/core/x509/CertificateLoader.cpp" line="+73"/>
        <source>not a readable PKCS#12 file</source>
        <translation>keine lesbare PKCS#12-Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the PKCS#12 file is protected by a passphrase; give it with --passphrase-stdin</source>
        <translation>die PKCS#12-Datei ist durch eine Passphrase geschützt; geben Sie sie mit --passphrase-stdin an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrong passphrase for the PKCS#12 file</source>
        <translation>falsche Passphrase für die PKCS#12-Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PKCS#12 file could not be decrypted (unsupported encryption or damaged contents)</source>
        <translation>die PKCS#12-Datei konnte nicht entschlüsselt werden (nicht unterstützte Verschlüsselung oder beschädigter Inhalt)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no PEM block found</source>
        <translation>kein PEM-Block gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM block %1 is damaged (bad base64 or missing END line)</source>
        <translation>PEM-Block %1 ist beschädigt (fehlerhaftes Base64 oder fehlende END-Zeile)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+58"/>
        <source>contains a private key, not a certificate</source>
        <translation>enthält einen privaten Schlüssel, kein Zertifikat</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>contains a certificate request, not a certificate</source>
        <translation>enthält eine Zertifikatsanforderung, kein Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>contains a revocation list, not a certificate</source>
        <translation>enthält eine Sperrliste, kein Zertifikat</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>contains no certificate</source>
        <translation>enthält kein Zertifikat</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the PKCS#7 file contains no certificate</source>
        <translation>die PKCS#7-Datei enthält kein Zertifikat</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+50"/>
        <source>not a certificate in any format TrustDesk reads (PEM, DER, PKCS#7, PKCS#12, base64)</source>
        <translation>kein Zertifikat in einem Format, das TrustDesk liest (PEM, DER, PKCS#7, PKCS#12, Base64)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than the %1 MiB limit for certificate files</source>
        <translation>ist größer als die Grenze von %1 MiB für Zertifikatsdateien</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
</context>
<context>
    <name>CertificateMapper</name>
    <message>
        <location filename="../src/core/engine/CertificateMapper.cpp" line="+113"/>
        <source>no client certificate was presented, and this site requires one</source>
        <translation>es wurde kein Client-Zertifikat vorgelegt, und diese Site verlangt eines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not consulted: no certificate</source>
        <translation>nicht geprüft: kein Zertifikat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the certificate cannot connect (%1), so no mapping is consulted</source>
        <translation>das Zertifikat kann sich nicht verbinden (%1), daher wird keine Zuordnung geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not consulted: the certificate cannot connect</source>
        <translation>nicht geprüft: das Zertifikat kann sich nicht verbinden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not consulted: &apos;%1&apos; decided first</source>
        <translation>nicht geprüft: &apos;%1&apos; hat zuvor entschieden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled, so not consulted</source>
        <translation>deaktiviert, daher nicht geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is its certificate (thumbprint %1)</source>
        <translation>dies ist ihr Zertifikat (Fingerabdruck %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it maps another certificate (thumbprint %1, not %2)</source>
        <translation>sie ordnet ein anderes Zertifikat zu (Fingerabdruck %1, nicht %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rule %1 does not match: the %2 has no %3</source>
        <translation>Regel %1 trifft nicht zu: das Feld %2 hat kein %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 does not match: the %2&apos;s %3 is %4</source>
        <translation>Regel %1 trifft nicht zu: %3 im Feld %2 ist %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches &apos;%2&apos;</source>
        <translation>%1 trifft auf &apos;%2&apos; zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no rules, so it matches nothing</source>
        <translation>sie hat keine Regeln und trifft daher auf nichts zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every rule matches: %1</source>
        <translation>jede Regel trifft zu: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no mapping matches this certificate</source>
        <translation>keine Zuordnung trifft auf dieses Zertifikat zu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapping &apos;%1&apos; matches and denies access</source>
        <translation>Zuordnung &apos;%1&apos; trifft zu und verweigert den Zugriff</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mapping &apos;%1&apos; matches, but its user &apos;%2&apos; does not exist</source>
        <translation>Zuordnung &apos;%1&apos; trifft zu, aber ihr Benutzer &apos;%2&apos; existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mapping &apos;%1&apos; matches, but its user &apos;%2&apos; is disabled</source>
        <translation>Zuordnung &apos;%1&apos; trifft zu, aber ihr Benutzer &apos;%2&apos; ist deaktiviert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed in as &apos;%1&apos; by mapping &apos;%2&apos;</source>
        <translation>angemeldet als &apos;%1&apos; über Zuordnung &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CertificateMapping</name>
    <message>
        <location filename="../src/core/domain/CertificateMapping.cpp" line="+100"/>
        <source>(no certificate)</source>
        <translation>(kein Zertifikat)</translation>
    </message>
</context>
<context>
    <name>CertificateMappingsView</name>
    <message>
        <location filename="../ui/mappings/CertificateMappingsView.ui" line="+12"/>
        <source>&lt;h2&gt;Certificate mappings (IIS)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zertifikatzuordnungen (IIS)&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An IIS site with client certificate mapping signs users in by their certificate alone. A certificate that cannot connect is never mapped. Then the enabled one-to-one mappings are consulted (one exact certificate each), then the enabled many-to-one mappings in this order: the first that matches decides, allowing as its user or denying.</source>
        <translation>Eine IIS-Site mit Client-Zertifikatzuordnung meldet Benutzer allein über ihr Zertifikat an. Ein Zertifikat, das sich nicht verbinden kann, wird nie zugeordnet. Danach werden die aktivierten 1:1-Zuordnungen geprüft (jeweils genau ein Zertifikat), dann die aktivierten n:1-Zuordnungen in dieser Reihenfolge: Die erste, die zutrifft, entscheidet – sie lässt als ihren Benutzer zu oder verweigert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import web.config…</source>
        <translation>web.config &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the mappings of a web.config or applicationHost.config after these (all or nothing)</source>
        <translation>Die Zuordnungen einer web.config oder applicationHost.config hinter diesen anfügen (alles oder nichts)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;heck web.config…</source>
        <translation>web.config &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List every problem IIS would have with a web.config, naming each mapping</source>
        <translation>Jedes Problem auflisten, das IIS mit einer web.config hätte, mit Angabe der jeweiligen Zuordnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport web.config…</source>
        <translation>web.config e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write these mappings as a web.config that IIS reads</source>
        <translation>Diese Zuordnungen als web.config schreiben, die IIS liest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;appcmd script…</source>
        <translation>&amp;appcmd-Skript exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an appcmd.exe script that puts these mappings into an IIS site</source>
        <translation>Ein appcmd.exe-Skript schreiben, das diese Zuordnungen in eine IIS-Site einträgt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I&amp;dentify a certificate…</source>
        <translation>Zertifikat i&amp;dentifizieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a certificate in the chain explorer and see which mapping signs it in</source>
        <translation>Ein Zertifikat im Kettenexplorer öffnen und sehen, über welche Zuordnung es angemeldet wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One-to-one: one exact certificate each, consulted first</source>
        <translation>1:1: jeweils genau ein Zertifikat, wird zuerst geprüft</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Many-to-one: rules on the certificate, consulted in this order</source>
        <translation>n:1: Regeln für das Zertifikat, in dieser Reihenfolge geprüft</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add &amp;one-to-one…</source>
        <translation>&amp;1:1 hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;many-to-one…</source>
        <translation>&amp;n:1 hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disa&amp;ble</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consult this mapping earlier</source>
        <translation>Diese Zuordnung früher prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consult this mapping later</source>
        <translation>Diese Zuordnung später prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hide the problems</source>
        <translation>Probleme ausblenden</translation>
    </message>
</context>
<context>
    <name>CertificateMatrixView</name>
    <message>
        <location filename="../ui/explorer/CertificateMatrixView.ui" line="+9"/>
        <source>&lt;h2&gt;Certificate matrix&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zertifikatmatrix&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>folder of certificates (PEM, DER, PKCS#7)</source>
        <translation>Ordner mit Zertifikaten (PEM, DER, PKCS#7)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;iles…</source>
        <translation>&amp;Dateien…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: each certificate&apos;s best-matching user</source>
        <translation>leer: der passendste Benutzer je Zertifikat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>CertificatePickerDialog</name>
    <message>
        <location filename="../ui/certificates/CertificatePickerDialog.ui" line="+22"/>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select &amp;all shown</source>
        <translation>&amp;Alle angezeigten auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <location filename="../src/core/x509/CertificateRequest.cpp" line="+22"/>
        <source>%1: not a certificate signing request (expected PKCS#10 in PEM or DER)</source>
        <translation>%1: keine Zertifikatsanforderung (erwartet wird PKCS#10 in PEM oder DER)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the request&apos;s signature does not verify with its own public key; it was altered or is broken</source>
        <translation>%1: die Signatur der Anforderung lässt sich mit ihrem eigenen öffentlichen Schlüssel nicht prüfen; sie wurde verändert oder ist defekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the request&apos;s key is %2; TrustDesk signs RSA keys of 2048 bits or more</source>
        <translation>%1: der Schlüssel der Anforderung ist %2; TrustDesk signiert RSA-Schlüssel ab 2048 Bit</translation>
    </message>
</context>
<context>
    <name>CertificateSet</name>
    <message>
        <location filename="../src/core/store/CertificateSet.cpp" line="+81"/>
        <source>&apos;%1&apos; is not a CA certificate, so it cannot be an intermediate</source>
        <translation>&apos;%1&apos; ist kein CA-Zertifikat und kann daher kein Zwischenzertifikat sein</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no installed certificate has thumbprint %1</source>
        <translation>kein installiertes Zertifikat hat den Fingerabdruck %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no known intermediate has thumbprint %1</source>
        <translation>kein bekanntes Zwischenzertifikat hat den Fingerabdruck %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no approved CA of organisation &apos;%1&apos; has thumbprint %2</source>
        <translation>keine zugelassene CA der Organisation &apos;%1&apos; hat den Fingerabdruck %2</translation>
    </message>
</context>
<context>
    <name>CertificateSetCommand</name>
    <message>
        <location filename="../src/cli/commands/CertificateSetCommand.cpp" line="+76"/>
        <source>installed  %1</source>
        <translation>installiert %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved   %1</source>
        <translation>zugelassen  %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: &apos;%1&apos; is approved but not installed in the trusted root store; certificates under it cannot connect unless something on their path is installed</source>
        <translation>Warnung: &apos;%1&apos; ist zugelassen, aber nicht im Stammzertifikatspeicher installiert; Zertifikate darunter können sich nicht verbinden, sofern nicht etwas auf ihrem Pfad installiert ist</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n certificate(s) newly installed</source>
        <translation>
            <numerusform>%n Zertifikat neu installiert</numerusform>
            <numerusform>%n Zertifikate neu installiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n intermediate(s) newly added</source>
        <translation>
            <numerusform>%n Zwischenzertifikat neu hinzugefügt</numerusform>
            <numerusform>%n Zwischenzertifikate neu hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>  [not installed: its certificates cannot connect]</source>
        <translation>  [nicht installiert: ihre Zertifikate können sich nicht verbinden]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the trusted root store</source>
        <translation>dem Stammzertifikatspeicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the known intermediates</source>
        <translation>den bekannten Zwischenzertifikaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the approved CAs</source>
        <translation>den zugelassenen CAs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
</context>
<context>
    <name>ChainExplorerView</name>
    <message>
        <location filename="../ui/explorer/ChainExplorerView.ui" line="+11"/>
        <source>&lt;h2&gt;Chain explorer&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Kettenexplorer&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open certificate…</source>
        <translation>Zertifikat ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste PEM…</source>
        <translation>PEM &amp;einfügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hain sent by the client…</source>
        <translation>Vom Client gesendete &amp;Kette…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Training:</source>
        <translation>&amp;Training:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>username (empty: connect only)</source>
        <translation>Benutzername (leer: nur Verbindung)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Interface:</source>
        <translation>&amp;Schnittstelle:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Evaluate at:</source>
        <translation>Aus&amp;werten am:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No&amp;w</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What if… (nothing is saved until Apply)</source>
        <translation>Was-wäre-wenn… (nichts wird vor „Übernehmen“ gespeichert)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply…</source>
        <translation>Ü&amp;bernehmen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export te&amp;xt…</source>
        <translation>&amp;Text exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PN&amp;G…</source>
        <translation>PN&amp;G exportieren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Matrix of a folder…</source>
        <translation>&amp;Matrix eines Ordners…</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="+99"/>
        <source>P is password, certificate or password+certificate. Certificate files may be PEM, DER,
PKCS#7, PKCS#12 (passphrase with --passphrase-stdin) or single-line base64.
Exit codes: 0 success (explain: connects and authenticates), 10 connects only,
20 cannot connect, 2 usage error, 3 bad input, 4 store error.
</source>
        <translation>P ist password, certificate oder password+certificate. Zertifikatsdateien können PEM, DER,
PKCS#7, PKCS#12 (Passphrase mit --passphrase-stdin) oder einzeiliges Base64 sein.
Exit-Codes: 0 Erfolg (explain: verbindet sich und authentifiziert), 10 verbindet sich nur,
20 kann sich nicht verbinden, 2 Aufruffehler, 3 ungültige Eingabe, 4 Speicherfehler.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Try &apos;trustdesk-cli --help&apos;.</source>
        <translation>Siehe &apos;trustdesk-cli --help&apos;.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../src/cli/CliArguments.cpp" line="+112"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>unbekannte Option &apos;--%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>Option &apos;--%1&apos; benötigt einen Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>Option &apos;--%1&apos; nimmt keinen Wert an</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../src/cli/CliCommand.cpp" line="+46"/>
        <location line="+12"/>
        <source>usage: trustdesk-cli %1</source>
        <translation>Aufruf: trustdesk-cli %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>option &apos;--%1&apos; does not apply to &apos;%2&apos;</source>
        <translation>Option &apos;--%1&apos; gilt nicht für &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="+60"/>
        <source>--now: &apos;%1&apos; is not an ISO 8601 time (for example 2026-06-01T10:00:00Z)</source>
        <translation>--now: &apos;%1&apos; ist keine ISO-8601-Zeitangabe (zum Beispiel 2026-06-01T10:00:00Z)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: nothing on standard input</source>
        <translation>%1: nichts auf der Standardeingabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the line on standard input is longer than %2 bytes</source>
        <translation>%1: die Zeile auf der Standardeingabe ist länger als %2 Byte</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <location filename="../src/cli/CliFormat.cpp" line="+91"/>
        <source>--%1: &apos;%2&apos; is neither &apos;on&apos; nor &apos;off&apos;</source>
        <translation>--%1: &apos;%2&apos; ist weder &apos;on&apos; noch &apos;off&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1: &apos;%2&apos; ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a %2 (a positive whole number)</source>
        <translation>%2: &apos;%1&apos; ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a policy (password, certificate or password+certificate)</source>
        <translation>--%1: &apos;%2&apos; ist keine Richtlinie (password, certificate oder password+certificate)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--key: &apos;%1&apos; is not a key type (rsa2048, rsa3072, rsa4096, ec256 or ec384)</source>
        <translation>--key: &apos;%1&apos; ist kein Schlüsseltyp (rsa2048, rsa3072, rsa4096, ec256 oder ec384)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--days: &apos;%1&apos; is not a positive number of days</source>
        <translation>--days: &apos;%1&apos; ist keine positive Anzahl von Tagen</translation>
    </message>
</context>
<context>
    <name>ClientCertificateIssuer</name>
    <message>
        <location filename="../src/core/orgca/ClientCertificateIssuer.cpp" line="+43"/>
        <source>the validity must be between 1 and %1 days, not %2</source>
        <translation>die Gültigkeit muss zwischen 1 und %1 Tagen liegen, nicht %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organisation CA &apos;%1&apos; expires on %2; a certificate valid for %3 days would outlive it</source>
        <translation>die Organisations-CA &apos;%1&apos; läuft am %2 ab; ein Zertifikat mit %3 Tagen Gültigkeit würde sie überdauern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the common name</source>
        <translation>der allgemeine Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>the country &apos;%1&apos; must be two capital letters (ISO 3166), such as GB or DE</source>
        <translation>das Land &apos;%1&apos; muss aus zwei Großbuchstaben bestehen (ISO 3166), etwa GB oder DE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is longer than 64 characters</source>
        <translation>&apos;%1&apos; ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the request&apos;s subject &apos;%1&apos; must have exactly one readable common name, or no credential rule can use it</source>
        <translation>der Antragsteller &apos;%1&apos; der Anforderung muss genau einen lesbaren allgemeinen Namen haben, sonst kann keine Anmeldeinformationsregel ihn verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request&apos;s common name</source>
        <translation>der allgemeine Name der Anforderung</translation>
    </message>
</context>
<context>
    <name>CommonName</name>
    <message>
        <location filename="../src/core/domain/CommonName.cpp" line="+47"/>
        <source>its subject has no CN</source>
        <translation>sein Antragsteller hat keinen CN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its subject has %1 CNs, and only a subject with exactly one CN can be matched</source>
        <translation>sein Antragsteller hat %1 CNs, und nur ein Antragsteller mit genau einem CN kann verglichen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its CN is not valid text in its declared string type</source>
        <translation>sein CN ist in seinem angegebenen Zeichenkettentyp kein gültiger Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its CN contains a NUL or other control character</source>
        <translation>sein CN enthält ein NUL- oder anderes Steuerzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its CN contains an invisible format character (a bidi override or a zero-width character), so it can read like another name</source>
        <translation>sein CN enthält ein unsichtbares Formatierungszeichen (eine Bidi-Umkehrung oder ein Zeichen ohne Breite) und kann daher wie ein anderer Name aussehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its CN is empty</source>
        <translation>sein CN ist leer</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationCaDialog</name>
    <message>
        <location filename="../ui/orgca/CreateOrganisationCaDialog.ui" line="+6"/>
        <source>Create the organisation CA</source>
        <translation>Organisations-CA erstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Common &amp;name:</source>
        <translation>Allgemeiner &amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example &quot;Acme Client CA&quot;</source>
        <translation>zum Beispiel &quot;Acme Client CA&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed &amp;by:</source>
        <translation>Signiert &amp;von:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>itself (a root); or a parent CA&apos;s PKCS#12 file for an intermediate</source>
        <translation>sich selbst (ein Stammzertifikat); oder PKCS#12-Datei einer übergeordneten CA für eine Zwischen-CA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;nfirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Install it in the trusted root store and approve it for this organisation</source>
        <translation>Im Stammzertifikatspeicher &amp;installieren und für diese Organisation zulassen</translation>
    </message>
</context>
<context>
    <name>CredCommand</name>
    <message>
        <location filename="../src/cli/commands/CredCommand.cpp" line="+32"/>
        <source>give exactly one of --thumbprint, --cn%1</source>
        <translation>geben Sie genau eine der Optionen --thumbprint, --cn%1 an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or --cert</source>
        <translation> oder --cert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>user &apos;%1&apos; now accepts %2 &apos;%3&apos;</source>
        <translation>Benutzer &apos;%1&apos; nimmt jetzt %2 &apos;%3&apos; an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &apos;%1&apos; no longer accepts %2 &apos;%3&apos;</source>
        <translation>Benutzer &apos;%1&apos; nimmt %2 &apos;%3&apos; nicht mehr an</translation>
    </message>
</context>
<context>
    <name>CrlCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/CrlCommand.cpp" line="+27"/>
        <source>%n revocation list(s) newly added</source>
        <translation>
            <numerusform>%n Sperrliste neu hinzugefügt</numerusform>
            <numerusform>%n Sperrlisten neu hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  %2  (%3 revoked, next update %4)</source>
        <translation>%1  %2  (%3 gesperrt, nächste Aktualisierung %4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>revocation list id</source>
        <translation>Sperrlisten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed revocation list %1</source>
        <translation>Sperrliste %1 entfernt</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../src/core/demo/DemoStore.cpp" line="+101"/>
        <source>%1: cannot write the demo file (%2)</source>
        <translation>%1: die Demodatei kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: cannot create the demo folder</source>
        <translation>%1: der Demo-Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Contractors sign in with their own accounts, never as staff</source>
        <translation>Auftragnehmer melden sich mit eigenen Konten an, nie als Mitarbeiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everybody of Northwind with a certificate from Chug and Ring</source>
        <translation>Alle von Northwind mit einem Zertifikat von Chug and Ring</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Frank&apos;s certificate chains through &apos;Chug and Ring&apos; to the installed root &apos;Toot&apos; (C2); the CN &apos;Frank&apos; is on the profile and &apos;Chug and Ring&apos; is approved (A2).</source>
        <translation>Franks Zertifikat führt über &apos;Chug and Ring&apos; zum installierten Stammzertifikat &apos;Toot&apos; (C2); der CN &apos;Frank&apos; steht im Profil und &apos;Chug and Ring&apos; ist zugelassen (A2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rich&apos;s laptop certificate: its thumbprint is on Rich&apos;s profile (A1), which works whatever the approved CA list says.</source>
        <translation>Richs Laptop-Zertifikat: sein Fingerabdruck steht in Richs Profil (A1), was unabhängig von der Liste der zugelassenen CAs funktioniert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CN &apos;Dick&apos; is an alternate CN on Rich&apos;s profile, from an approved CA (A2).</source>
        <translation>CN &apos;Dick&apos; ist ein alternativer CN in Richs Profil, von einer zugelassenen CA (A2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match CN is on: CN &apos;Rich&apos; matches the username, from the approved &apos;Chug and Ring&apos; (A3).</source>
        <translation>„CN abgleichen“ ist eingeschaltet: CN &apos;Rich&apos; entspricht dem Benutzernamen, von der zugelassenen CA &apos;Chug and Ring&apos; (A3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;Verisign-like&apos; is approved but not installed: its certificates cannot connect at all.</source>
        <translation>&apos;Verisign-like&apos; ist zugelassen, aber nicht installiert: ihre Zertifikate können sich überhaupt nicht verbinden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An expired copy of Frank&apos;s certificate: every certificate on the path must be inside its validity period.</source>
        <translation>Eine abgelaufene Kopie von Franks Zertifikat: jedes Zertifikat auf dem Pfad muss innerhalb seines Gültigkeitszeitraums liegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mallory&apos;s certificate was signed with Frank&apos;s key: &apos;Frank&apos; is not a CA, so it cannot vouch for anybody.</source>
        <translation>Mallorys Zertifikat wurde mit Franks Schlüssel signiert: &apos;Frank&apos; ist keine CA und kann daher für niemanden bürgen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A self-signed certificate nobody installed: nothing on its path is trusted.</source>
        <translation>Ein selbstsigniertes Zertifikat, das niemand installiert hat: nichts auf seinem Pfad ist vertrauenswürdig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CN &apos;Rich&apos; from &apos;Side Door CA&apos;: installed, so it connects, but not approved, so the CN does not count (A2 and A3 fail).</source>
        <translation>CN &apos;Rich&apos; von &apos;Side Door CA&apos;: installiert, daher verbindet es sich, aber nicht zugelassen, daher zählt der CN nicht (A2 und A3 schlagen fehl).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CN &apos;Frank&apos; issued directly by the installed root &apos;Toot&apos;, which is not approved: it connects, but approving only a root is never enough for A2 or A3; the issuing CA must be approved.</source>
        <translation>CN &apos;Frank&apos;, direkt ausgestellt vom installierten Stammzertifikat &apos;Toot&apos;, das nicht zugelassen ist: es verbindet sich, aber nur ein Stammzertifikat zuzulassen reicht nie für A2 oder A3; die ausstellende CA muss zugelassen sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gus renewed his certificate: the new thumbprint is not on his profile, which only holds the old one; it lands in the holding tank.</source>
        <translation>Gus hat sein Zertifikat erneuert: der neue Fingerabdruck steht nicht in seinem Profil, das nur den alten enthält; er landet in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The FTPS walk-through: user &apos;moveitfreelydemo&apos; presents &apos;Lucy&apos;; the first attempt fails with 530 and fills the tank; accept the CN and the next attempt signs on.</source>
        <translation>Der FTPS-Durchgang: Benutzer &apos;moveitfreelydemo&apos; legt &apos;Lucy&apos; vor; der erste Versuch scheitert mit 530 und füllt die Warteschlange; nehmen Sie den CN an, dann gelingt beim nächsten Versuch die Anmeldung.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>IIS mapping: Frank&apos;s exact certificate is mapped one-to-one to &apos;frank&apos;; one-to-one mappings are consulted before any many-to-one mapping.</source>
        <translation>IIS-Zuordnung: genau Franks Zertifikat ist 1:1 &apos;frank&apos; zugeordnet; 1:1-Zuordnungen werden vor jeder n:1-Zuordnung geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS mapping: O=Northwind from &apos;Chug and Ring&apos; matches both rules of the many-to-one mapping &apos;Northwind staff&apos;, which signs Ina in as &apos;staff&apos;.</source>
        <translation>IIS-Zuordnung: O=Northwind von &apos;Chug and Ring&apos; erfüllt beide Regeln der n:1-Zuordnung &apos;Northwind staff&apos;, die Ina als &apos;staff&apos; anmeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS mapping: Carl is of Northwind too, but the deny for OU=Contractors is listed first, and the first mapping that matches decides: 403.12.</source>
        <translation>IIS-Zuordnung: Carl gehört auch zu Northwind, aber die Verweigerung für OU=Contractors steht weiter oben, und die erste zutreffende Zuordnung entscheidet: 403.12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS mapping: Olga&apos;s certificate connects, but O=Fabrikam matches no mapping: 401.2.</source>
        <translation>IIS-Zuordnung: Olgas Zertifikat verbindet sich, aber auf O=Fabrikam trifft keine Zuordnung zu: 401.2.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../src/gui/common/ErrorReporter.cpp" line="+21"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <location filename="../src/cli/commands/ExplainCommand.cpp" line="+24"/>
        <source>explain needs --cert FILE</source>
        <translation>explain benötigt --cert FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--record needs --user NAME: holding tank entries belong to a user</source>
        <translation>--record benötigt --user NAME: Einträge der Warteschlange gehören zu einem Benutzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--interface: &apos;%1&apos; is neither https nor ftps</source>
        <translation>--interface: &apos;%1&apos; ist weder https noch ftps</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation>unbekannter Benutzer &apos;%1&apos; in Organisation &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ExplanationExporter</name>
    <message>
        <location filename="../src/gui/explorer/ExplanationExporter.cpp" line="+20"/>
        <source>
This is a what-if, not the saved configuration:
</source>
        <translation>
Dies ist ein Was-wäre-wenn, nicht die gespeicherte Konfiguration:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not: </source>
        <translation>nicht: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  - evaluated at %1
</source>
        <translation>  - ausgewertet am %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As saved: %1
</source>
        <translation>Wie gespeichert: %1
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — evaluated %2</source>
        <translation>%1 — ausgewertet %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write the picture</source>
        <translation>%1: das Bild kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>FixChange</name>
    <message>
        <location filename="../src/core/engine/Fix.cpp" line="+31"/>
        <source>Install &apos;%1&apos; (%2…) in the trusted root store</source>
        <translation>&apos;%1&apos; (%2…) im Stammzertifikatspeicher installieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve &apos;%1&apos; (%2…) as a CA of the organisation</source>
        <translation>&apos;%1&apos; (%2…) als CA der Organisation zulassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the CN &apos;%1&apos; for user &apos;%2&apos;</source>
        <translation>Den CN &apos;%1&apos; für Benutzer &apos;%2&apos; annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the thumbprint %1 for user &apos;%2&apos;</source>
        <translation>Den Fingerabdruck %1 für Benutzer &apos;%2&apos; annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on Match CN to username/full name for the organisation</source>
        <translation>„CN mit Benutzername/vollständigem Namen abgleichen“ für die Organisation einschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos; aktivieren</translation>
    </message>
</context>
<context>
    <name>FixFinder</name>
    <message>
        <location filename="../src/core/engine/FixFinder.cpp" line="+255"/>
        <source>its holder needs a certificate that is valid now (a renewed one)</source>
        <translation>sein Inhaber benötigt ein Zertifikat, das jetzt gültig ist (ein erneuertes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its holder needs a new certificate: this one, or a CA above it, is revoked</source>
        <translation>sein Inhaber benötigt ein neues Zertifikat: dieses oder eine CA darüber ist gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its holder needs to send the CA certificates that really issued it (or a new certificate): no certificate TrustDesk knows verifies its signature</source>
        <translation>sein Inhaber muss die CA-Zertifikate senden, die es tatsächlich ausgestellt haben (oder ein neues Zertifikat): kein Zertifikat, das TrustDesk kennt, bestätigt seine Signatur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its holder needs a certificate signed with SHA-256 or better</source>
        <translation>sein Inhaber benötigt ein mit SHA-256 oder stärker signiertes Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its holder needs a certificate issued by a real CA: a certificate on its path is not allowed to sign certificates</source>
        <translation>sein Inhaber benötigt ein Zertifikat, das von einer echten CA ausgestellt wurde: ein Zertifikat auf seinem Pfad darf keine Zertifikate signieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its holder needs a certificate made for client authentication</source>
        <translation>sein Inhaber benötigt ein Zertifikat, das für die Client-Authentifizierung bestimmt ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its holder needs a certificate with a name its CA may certify</source>
        <translation>sein Inhaber benötigt ein Zertifikat mit einem Namen, den seine CA zertifizieren darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its holder needs a certificate without extensions TrustDesk cannot check</source>
        <translation>sein Inhaber benötigt ein Zertifikat ohne Erweiterungen, die TrustDesk nicht prüfen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a current revocation list from its issuer must be added (crl add)</source>
        <translation>eine aktuelle Sperrliste seines Ausstellers muss hinzugefügt werden (crl add)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its holder needs to send the CA certificates above it, so that one of them can be installed</source>
        <translation>sein Inhaber muss die CA-Zertifikate darüber senden, damit eines davon installiert werden kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its holder needs another certificate</source>
        <translation>sein Inhaber benötigt ein anderes Zertifikat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; no change to TrustDesk&apos;s configuration can help: %1</source>
        <translation>; keine Änderung an der Konfiguration von TrustDesk kann helfen: %1</translation>
    </message>
</context>
<context>
    <name>HoldingTankRepository</name>
    <message>
        <location filename="../src/core/store/HoldingTankRepository.cpp" line="+128"/>
        <source>no holding tank entry %1 in organisation &apos;%2&apos;</source>
        <translation>kein Eintrag %1 in der Warteschlange der Organisation &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>HoldingTankView</name>
    <message>
        <location filename="../ui/tank/HoldingTankView.ui" line="+9"/>
        <source>&lt;h2&gt;Holding tank&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Warteschlange&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificates that connected but did not authenticate an existing user wait here in pairs, one entry for the CN and one for the thumbprint. Accept either into the user&apos;s profile. CAs sent by clients that could not connect wait here too, ready to be installed.</source>
        <translation>Zertifikate, die sich verbunden, aber keinen vorhandenen Benutzer authentifiziert haben, warten hier paarweise: ein Eintrag für den CN und einer für den Fingerabdruck. Nehmen Sie einen davon in das Profil des Benutzers an. CAs, die von Clients gesendet wurden, die sich nicht verbinden konnten, warten hier ebenfalls und können installiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entries expire after</source>
        <translation>Einträge verfallen nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; at most</source>
        <translation>; höchstens</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> pairs per user</source>
        <translation> Paare pro Benutzer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A&amp;ccept…</source>
        <translation>&amp;Annehmen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;details…</source>
        <translation>Zertifikat&amp;details…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain in the chain explorer</source>
        <translation>Im Kettenexplorer e&amp;rklären</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;user</source>
        <translation>&amp;Benutzer öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;lete selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete &amp;all…</source>
        <translation>&amp;Alle löschen…</translation>
    </message>
</context>
<context>
    <name>HttpsSite</name>
    <message>
        <location filename="../src/listener/HttpsSite.cpp" line="+175"/>
        <source>This site requires a client certificate.</source>
        <translation>Diese Site verlangt ein Client-Zertifikat.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sign on</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;form method=&apos;post&apos; action=&apos;/human.aspx&apos;&gt;&lt;p&gt;&lt;label&gt;Username &lt;input name=&apos;username&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;label&gt;Password &lt;input name=&apos;password&apos; type=&apos;password&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;button type=&apos;submit&apos;&gt;Sign on&lt;/button&gt;&lt;/p&gt;&lt;/form&gt;&lt;p&gt;Client certificate mode: %1&lt;/p&gt;</source>
        <translation>&lt;form method=&apos;post&apos; action=&apos;/human.aspx&apos;&gt;&lt;p&gt;&lt;label&gt;Benutzername &lt;input name=&apos;username&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;label&gt;Passwort &lt;input name=&apos;password&apos; type=&apos;password&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;button type=&apos;submit&apos;&gt;Anmelden&lt;/button&gt;&lt;/p&gt;&lt;/form&gt;&lt;p&gt;Client-Zertifikat-Modus: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign on with POST.</source>
        <translation>Melden Sie sich mit POST an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing at %1.</source>
        <translation>Unter %1 gibt es nichts.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+35"/>
        <location line="+113"/>
        <source>Sign-on failed.</source>
        <translation>Anmeldung fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+130"/>
        <source>Signed on</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>&lt;p&gt;Signed on as &lt;b&gt;%1&lt;/b&gt; by password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Angemeldet als &lt;b&gt;%1&lt;/b&gt; per Passwort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>signed on by password</source>
        <translation>per Passwort angemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&apos;%1&apos; needs a client certificate, but this site ignores certificates.</source>
        <translation>&apos;%1&apos; benötigt ein Client-Zertifikat, aber diese Site ignoriert Zertifikate.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 asked for a certificate; none was presented (a browser shows an empty certificate prompt)</source>
        <translation>%1 hat ein Zertifikat angefordert; es wurde keines vorgelegt (ein Browser zeigt eine leere Zertifikatabfrage an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for a certificate it does not use</source>
        <translation>%1 hat ein Zertifikat angefordert, das es nicht verwendet</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+119"/>
        <source>The service is not available: the store cannot be used right now.</source>
        <translation>Der Dienst ist nicht verfügbar: der Speicher kann derzeit nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>transfer refused: the site-wide Accept flag is set</source>
        <translation>Übertragung abgelehnt: „Websiteweit annehmen“ ist gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-on failed: the transfer service cannot reach the site&apos;s machine interface because the whole site asks for client certificates (the site-wide Accept flag). Accept certificates on the sign-on gateways only.</source>
        <translation>Anmeldung fehlgeschlagen: Der Übertragungsdienst kann die Maschinenschnittstelle der Site nicht erreichen, weil die gesamte Site Client-Zertifikate anfordert („Websiteweit annehmen“). Nehmen Sie Zertifikate nur an den Anmelde-Gateways an.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The service is not available.</source>
        <translation>Der Dienst ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no certificate consulted</source>
        <translation>kein Zertifikat geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Sign-on failed: too many failed sign-ons; try again in %n second(s).</source>
        <translation>
            <numerusform>Anmeldung fehlgeschlagen: zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Anmeldung fehlgeschlagen: zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many sign-ons at once; try again shortly.</source>
        <translation>Zu viele gleichzeitige Anmeldungen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This site answers GET: who the certificate signs in as.</source>
        <translation>Diese Site beantwortet GET: als wer das Zertifikat angemeldet wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed in as &apos;%1&apos; (%2)</source>
        <translation>angemeldet als &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIS %1: %2</source>
        <translation>IIS %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the one-to-one mapping #%1 (this exact certificate)</source>
        <translation>die 1:1-Zuordnung #%1 (genau dieses Zertifikat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the many-to-one mapping #%1 &apos;%2&apos;</source>
        <translation>die n:1-Zuordnung #%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Signed in as &lt;b&gt;%1&lt;/b&gt; by %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Angemeldet als &lt;b&gt;%1&lt;/b&gt; über %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sign on first: the sign-on session is missing or expired.</source>
        <translation>Melden Sie sich zuerst an: die Anmeldesitzung fehlt oder ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A client certificate is required to sign on as &apos;%1&apos;.</source>
        <translation>Für die Anmeldung als &apos;%1&apos; ist ein Client-Zertifikat erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client certificate is not registered for &apos;%1&apos;.</source>
        <translation>Das Client-Zertifikat ist für &apos;%1&apos; nicht registriert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Signed on as &lt;b&gt;%1&lt;/b&gt; by client certificate (%2, %3)%4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Angemeldet als &lt;b&gt;%1&lt;/b&gt; per Client-Zertifikat (%2, %3)%4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and password</source>
        <translation> und Passwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authenticates (%1)</source>
        <translation>authentifiziert (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connects, does not authenticate</source>
        <translation>verbindet sich, authentifiziert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation>kann sich nicht verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <location filename="../src/core/engine/CertificateMapper.cpp" line="+49"/>
        <source>Certificate  %1</source>
        <translation>Zertifikat   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONNECT      %1 %2</source>
        <translation>CONNECT      %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate  none presented</source>
        <translation>Zertifikat   keines vorgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IDENTIFY     %1 (IIS %2, win32 %3)</source>
        <translation>IDENTIFY     %1 (IIS %2, win32 %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in as &apos;%1&apos;</source>
        <translation>angemeldet als &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>IdentificationPresenter</name>
    <message>
        <location filename="../src/gui/explorer/IdentificationPresenter.cpp" line="+9"/>
        <source>Signed in as &apos;%1&apos; (IIS %2)</source>
        <translation>Angemeldet als &apos;%1&apos; (IIS %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied by a mapping (IIS %1)</source>
        <translation>Von einer Zuordnung verweigert (IIS %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mapping matches (IIS %1)</source>
        <translation>Keine Zuordnung trifft zu (IIS %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped, but the user cannot sign in (IIS %1)</source>
        <translation>Zugeordnet, aber der Benutzer kann sich nicht anmelden (IIS %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused before any mapping (IIS %1)</source>
        <translation>Vor jeder Zuordnung abgelehnt (IIS %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IIS certificate mapping: %1</source>
        <translation>IIS-Zertifikatzuordnung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The organisation has no certificate mappings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Organisation hat keine Zertifikatzuordnungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not consulted</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one-to-one</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>many-to-one</source>
        <translation>n:1</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <location filename="../src/cli/commands/IdentifyCommand.cpp" line="+18"/>
        <source>identify needs --cert FILE</source>
        <translation>identify benötigt --cert FILE</translation>
    </message>
</context>
<context>
    <name>IisConfigReader</name>
    <message>
        <location filename="../src/core/services/IisConfigReader.cpp" line="+77"/>
        <source>%1=&quot;%2&quot; is neither true nor false; IIS refuses to load the configuration</source>
        <translation>%1=&quot;%2&quot; ist weder true noch false; IIS verweigert das Laden der Konfiguration</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it has an attribute IIS does not know, %1=&quot;%2&quot; (expected one of %3); IIS refuses to load the configuration (500.19)</source>
        <translation>sie hat ein Attribut, das IIS nicht kennt, %1=&quot;%2&quot; (erwartet wird eines von %3); IIS verweigert das Laden der Konfiguration (500.19)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is not well-formed XML: %1; IIS refuses to load the configuration</source>
        <translation>die Datei ist kein wohlgeformtes XML: %1; IIS verweigert das Laden der Konfiguration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has no &lt;%1&gt; element: there is nothing to import</source>
        <translation>die Datei hat kein &lt;%1&gt;-Element: es gibt nichts zu importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a second many-to-one mapping with the name &apos;%1&apos; (the first is on line %2); IIS refuses to load the configuration</source>
        <translation>eine zweite n:1-Zuordnung mit dem Namen &apos;%1&apos; (die erste steht in Zeile %2); IIS verweigert das Laden der Konfiguration</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the &lt;%1&gt; element</source>
        <translation>das Element &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>client certificate mapping is not enabled in this file (enabled=&quot;false&quot; or absent): its mappings are imported disabled</source>
        <translation>die Client-Zertifikatzuordnung ist in dieser Datei nicht aktiviert (enabled=&quot;false&quot; oder fehlt): ihre Zuordnungen werden deaktiviert importiert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>one-to-one mappings are turned off in this file: they are imported disabled</source>
        <translation>1:1-Zuordnungen sind in dieser Datei ausgeschaltet: sie werden deaktiviert importiert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>one-to-one mapping %1 (line %2%3)</source>
        <translation>1:1-Zuordnung %1 (Zeile %2%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, user &apos;%1&apos;</source>
        <translation>, Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no userName, so IIS signs nobody in with it (401.1)</source>
        <translation>sie hat keinen userName, daher meldet IIS damit niemanden an (401.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no certificate attribute</source>
        <translation>sie hat kein certificate-Attribut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>many-to-one mappings are turned off in this file: they are imported disabled</source>
        <translation>n:1-Zuordnungen sind in dieser Datei ausgeschaltet: sie werden deaktiviert importiert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>many-to-one mapping %1 (line %2)</source>
        <translation>n:1-Zuordnung %1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>many-to-one mapping &apos;%1&apos; (line %2)</source>
        <translation>n:1-Zuordnung &apos;%1&apos; (Zeile %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no name; IIS refuses to load the configuration</source>
        <translation>sie hat keinen Namen; IIS verweigert das Laden der Konfiguration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>permissionMode=&quot;%1&quot; is neither Allow nor Deny; IIS refuses to load the configuration</source>
        <translation>permissionMode=&quot;%1&quot; ist weder Allow noch Deny; IIS verweigert das Laden der Konfiguration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it allows, but has no userName: IIS signs nobody in with it (401.1)</source>
        <translation>sie lässt zu, hat aber keinen userName: IIS meldet damit niemanden an (401.1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no rules, so it matches no certificate</source>
        <translation>sie hat keine Regeln und trifft daher auf kein Zertifikat zu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a rule&apos;s certificateField=&quot;%1&quot; is neither Subject nor Issuer</source>
        <translation>certificateField=&quot;%1&quot; einer Regel ist weder Subject noch Issuer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a rule has no certificateSubField</source>
        <translation>eine Regel hat kein certificateSubField</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule&apos;s certificateSubField &quot;%1&quot; is not an attribute name (such as CN, OU, O, L, S, C or E): it never matches</source>
        <translation>certificateSubField &quot;%1&quot; einer Regel ist kein Attributname (wie CN, OU, O, L, S, C oder E): sie trifft nie zu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a rule has an empty matchCriteria</source>
        <translation>eine Regel hat ein leeres matchCriteria</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IIS fails this mapping with 401.1 and win32 status %1 (CRYPT_E_ASN1_EOD)</source>
        <translation>IIS lässt diese Zuordnung mit 401.1 und Win32-Status %1 scheitern (CRYPT_E_ASN1_EOD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS fails this mapping with 401.1 and win32 status %1 (CRYPT_E_ASN1_BADTAG)</source>
        <translation>IIS lässt diese Zuordnung mit 401.1 und Win32-Status %1 scheitern (CRYPT_E_ASN1_BADTAG)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its certificate value is empty</source>
        <translation>ihr Zertifikatwert ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate value still has the -----BEGIN CERTIFICATE----- / -----END CERTIFICATE----- armour: %1. Remove those lines and join the rest into one line of base64</source>
        <translation>ihr Zertifikatwert hat noch die Umrahmung -----BEGIN CERTIFICATE----- / -----END CERTIFICATE-----: %1. Entfernen Sie diese Zeilen und fügen Sie den Rest zu einer Zeile Base64 zusammen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its certificate value is on several lines or holds spaces, and IIS needs it on one line: %1. Join all the lines of the base64 into one line</source>
        <translation>ihr Zertifikatwert steht auf mehreren Zeilen oder enthält Leerzeichen, IIS braucht ihn aber auf einer Zeile: %1. Fügen Sie alle Zeilen des Base64 zu einer Zeile zusammen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its certificate value is not base64: %1. Export the certificate as &quot;Base-64 encoded X.509 (.CER)&quot; and paste its one line</source>
        <translation>ihr Zertifikatwert ist kein Base64: %1. Exportieren Sie das Zertifikat als &quot;Base-64 encoded X.509 (.CER)&quot; und fügen Sie dessen einzige Zeile ein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its certificate decodes to damaged DER (it ends before the certificate does): %1. Export the certificate again</source>
        <translation>ihr Zertifikat ergibt dekodiert beschädigtes DER (es endet vor dem Ende des Zertifikats): %1. Exportieren Sie das Zertifikat erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its certificate decodes to something that is not a certificate: %1. Export the certificate again</source>
        <translation>ihr Zertifikat ergibt dekodiert etwas, das kein Zertifikat ist: %1. Exportieren Sie das Zertifikat erneut</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n mapping(s) have a password: it is encrypted for that IIS machine ([enc:AesProvider:...:enc]) and is not imported</source>
        <translation>
            <numerusform>%n Zuordnung hat ein Passwort: es ist für diesen IIS-Rechner verschlüsselt ([enc:AesProvider:...:enc]) und wird nicht importiert</numerusform>
            <numerusform>%n Zuordnungen haben ein Passwort: es ist für diesen IIS-Rechner verschlüsselt ([enc:AesProvider:...:enc]) und wird nicht importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IisConfigWriter</name>
    <message>
        <location filename="../src/core/services/IisConfigWriter.cpp" line="+51"/>
        <source> Client certificate mappings exported by TrustDesk. The passwords are empty: set each mapped account&apos;s password in IIS Manager on the IIS machine (IIS encrypts it there). IIS consults one-to-one mappings before many-to-one ones, and many-to-one ones in this order. </source>
        <translation> Von TrustDesk exportierte Client-Zertifikatzuordnungen. Die Passwörter sind leer: Legen Sie das Passwort jedes zugeordneten Kontos im IIS-Manager auf dem IIS-Rechner fest (IIS verschlüsselt es dort). IIS prüft 1:1-Zuordnungen vor n:1-Zuordnungen, und n:1-Zuordnungen in dieser Reihenfolge. </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Client certificate mappings exported by TrustDesk for the site %1.</source>
        <translation>Von TrustDesk exportierte Client-Zertifikatzuordnungen für die Site %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords are left empty: set each mapped account&apos;s password in IIS Manager.</source>
        <translation>Die Passwörter bleiben leer: Legen Sie das Passwort jedes zugeordneten Kontos im IIS-Manager fest.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../src/cli/commands/InitCommand.cpp" line="+26"/>
        <source>organisation name</source>
        <translation>Organisationsname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created organisation &apos;%1&apos; in %2</source>
        <translation>Organisation &apos;%1&apos; in %2 erstellt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loaded the demo scenarios; their certificates are in %1</source>
        <translation>Demo-Szenarien geladen; ihre Zertifikate liegen in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replayed three failed attempts into the holding tank; created the organisation CA (passphrase &apos;%1&apos;, for training only), which issued Frank a certificate expiring within 30 days</source>
        <translation>Drei fehlgeschlagene Versuche in die Warteschlange eingespielt; Organisations-CA erstellt (Passphrase &apos;%1&apos;, nur für Schulungszwecke), die Frank ein Zertifikat ausgestellt hat, das innerhalb von 30 Tagen abläuft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  %1  (IIS mapping, %2)</source>
        <translation>  %1  (IIS-Zuordnung, %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IIS mapping: check %1 for the pitfalls (map check-iis)</source>
        <translation>IIS-Zuordnung: prüfen Sie %1 auf die Fallstricke (map check-iis)</translation>
    </message>
</context>
<context>
    <name>IssueCertificateWizard</name>
    <message>
        <location filename="../ui/orgca/IssueCertificateWizard.ui" line="+6"/>
        <source>Create a client certificate</source>
        <translation>Client-Zertifikat erstellen</translation>
    </message>
</context>
<context>
    <name>IssueCommand</name>
    <message>
        <location filename="../src/cli/commands/IssueCommand.cpp" line="+32"/>
        <source>give exactly one of --cn TEXT (a new key) or --csr FILE (sign a request)</source>
        <translation>geben Sie genau eine der Optionen --cn TEXT (ein neuer Schlüssel) oder --csr FILE (eine Anforderung signieren) an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issue needs --out FILE</source>
        <translation>issue benötigt --out FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue needs --passphrase-stdin: the organisation CA&apos;s passphrase%1</source>
        <translation>issue benötigt --passphrase-stdin: die Passphrase der Organisations-CA%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, then the new file&apos;s</source>
        <translation>, danach die der neuen Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--register: &apos;%1&apos; is not one of thumbprint, cn, both or none</source>
        <translation>--register: &apos;%1&apos; ist keiner der Werte thumbprint, cn, both oder none</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>organisation &apos;%1&apos; has no CA; create one with &apos;orgca create&apos; or import one with &apos;orgca import&apos;</source>
        <translation>Organisation &apos;%1&apos; hat keine CA; erstellen Sie eine mit &apos;orgca create&apos; oder importieren Sie eine mit &apos;orgca import&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--passphrase-stdin (the organisation CA&apos;s passphrase)</source>
        <translation>--passphrase-stdin (die Passphrase der Organisations-CA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--passphrase-stdin (the new file&apos;s passphrase)</source>
        <translation>--passphrase-stdin (die Passphrase der neuen Datei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--passphrase-stdin: the new file&apos;s passphrase is empty; a PKCS#12 with a private key needs one</source>
        <translation>--passphrase-stdin: die Passphrase der neuen Datei ist leer; eine PKCS#12-Datei mit privatem Schlüssel benötigt eine</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>issued &apos;%1&apos; (serial %2, valid until %3) to %4%5</source>
        <translation>&apos;%1&apos; (Seriennummer %2, gültig bis %3) nach %4 ausgestellt%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; user &apos;%1&apos; accepts its %2</source>
        <translation>; für Benutzer &apos;%1&apos; registriert: %2</translation>
    </message>
</context>
<context>
    <name>IssueKeyPage</name>
    <message>
        <location filename="../ui/orgca/IssueKeyPage.ui" line="+6"/>
        <source>Key and validity</source>
        <translation>Schlüssel und Gültigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate may be used for TLS client authentication only (extended key usage clientAuth, key usage digital signature).</source>
        <translation>Das Zertifikat darf nur für die TLS-Client-Authentifizierung verwendet werden (erweiterte Schlüsselverwendung clientAuth, Schlüsselverwendung digitale Signatur).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>IssueOutputPage</name>
    <message>
        <location filename="../ui/orgca/IssueOutputPage.ui" line="+6"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the certificate (and the new key) are written.</source>
        <translation>Wohin das Zertifikat (und der neue Schlüssel) geschrieben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;nfirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
</context>
<context>
    <name>IssueRegisterPage</name>
    <message>
        <location filename="../ui/orgca/IssueRegisterPage.ui" line="+6"/>
        <source>Register on the user</source>
        <translation>Beim Benutzer registrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How TrustDesk recognises this certificate as the user&apos;s.</source>
        <translation>Woran TrustDesk dieses Zertifikat als das des Benutzers erkennt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept its &amp;thumbprint (A1): exactly this certificate, whichever CA issued it</source>
        <translation>&amp;Fingerabdruck annehmen (A1): genau dieses Zertifikat, gleich welche CA es ausgestellt hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept its &amp;CN (A2): any certificate with this CN from an approved CA</source>
        <translation>&amp;CN annehmen (A2): jedes Zertifikat mit diesem CN von einer zugelassenen CA</translation>
    </message>
</context>
<context>
    <name>IssueSubjectPage</name>
    <message>
        <location filename="../ui/orgca/IssueSubjectPage.ui" line="+6"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The common name (CN) is what the CN rules of TrustDesk compare.</source>
        <translation>Der allgemeine Name (CN) ist das, was die CN-Regeln von TrustDesk vergleichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Common &amp;name:</source>
        <translation>Allgemeiner &amp;Name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Full name</source>
        <translation>&amp;Voller Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User&amp;name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;E-mail (subject alternative name):</source>
        <translation>&amp;E-Mail (alternativer Antragstellername):</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Organisation (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Organisational &amp;unit (OU):</source>
        <translation>Organisations&amp;einheit (OU):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Country (C):</source>
        <translation>&amp;Land (C):</translation>
    </message>
</context>
<context>
    <name>IssueSummaryPage</name>
    <message>
        <location filename="../ui/orgca/IssueSummaryPage.ui" line="+6"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been written yet. Check the details, then choose Create.</source>
        <translation>Noch wurde nichts geschrieben. Prüfen Sie die Angaben und wählen Sie dann „Erstellen“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation CA &amp;passphrase:</source>
        <translation>&amp;Passphrase der Organisations-CA:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unlocks the CA key for this session</source>
        <translation>entsperrt den CA-Schlüssel für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>IssueUserPage</name>
    <message>
        <location filename="../ui/orgca/IssueUserPage.ui" line="+6"/>
        <source>Who is the certificate for?</source>
        <translation>Für wen ist das Zertifikat?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is issued by the organisation CA and registered on this user.</source>
        <translation>Das Zertifikat wird von der Organisations-CA ausgestellt und bei diesem Benutzer registriert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Generate a new key pair: TrustDesk makes the key and writes it to a protected file for the user</source>
        <translation>Neues Schlüsselpaar &amp;generieren: TrustDesk erzeugt den Schlüssel und schreibt ihn für den Benutzer in eine geschützte Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign a certificate signing request: the user made the key and keeps it</source>
        <translation>Zertifikats&amp;anforderung signieren: der Benutzer hat den Schlüssel erzeugt und behält ihn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request file (.csr, PEM or DER)</source>
        <translation>Anforderungsdatei (.csr, PEM oder DER)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
</context>
<context>
    <name>IssuedCertificateItems</name>
    <message>
        <location filename="../src/gui/orgca/IssuedCertificateItems.cpp" line="+21"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — expired</source>
        <translation>%1 — abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — in %n day(s)</source>
        <translation>
            <numerusform>%1 — in %n Tag</numerusform>
            <numerusform>%1 — in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires within %1 days: issue a new certificate in time%2</source>
        <translation>Läuft innerhalb von %1 Tagen ab: stellen Sie rechtzeitig ein neues Zertifikat aus%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; a thumbprint registration must be renewed too</source>
        <translation>; eine Registrierung per Fingerabdruck muss ebenfalls erneuert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>KeyDerivationLimits</name>
    <message>
        <location filename="../src/core/x509/KeyDerivationLimits.cpp" line="+41"/>
        <source>it asks for %1 key-derivation rounds (at most %2 are done)</source>
        <translation>sie verlangt %1 Schlüsselableitungsrunden (höchstens %2 werden ausgeführt)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it asks for scrypt with N=%1, r=%2, p=%3 (more than %4 MiB of memory)</source>
        <translation>sie verlangt scrypt mit N=%1, r=%2, p=%3 (mehr als %4 MiB Arbeitsspeicher)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>its integrity check (MAC): %1</source>
        <translation>ihre Integritätsprüfung (MAC): %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its encrypted private key: %1</source>
        <translation>ihr verschlüsselter privater Schlüssel: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its encrypted contents: %1</source>
        <translation>ihr verschlüsselter Inhalt: %1</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <location filename="../src/cli/commands/ListenCommand.cpp" line="+48"/>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation>--bind: &apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--https: &apos;%1&apos; is not a port (0 to 65535)</source>
        <translation>--https: &apos;%1&apos; ist kein Port (0 bis 65535)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1: &apos;%2&apos; is not a port (0 to 65535)</source>
        <translation>--%1: &apos;%2&apos; ist kein Port (0 bis 65535)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--site-mode: &apos;%1&apos; is not one of accept, require, ignore, accept-site-wide, iis-mapping</source>
        <translation>--site-mode: &apos;%1&apos; ist keiner der Werte accept, require, ignore, accept-site-wide, iis-mapping</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--passphrase-stdin (the server certificate&apos;s)</source>
        <translation>--passphrase-stdin (die des Serverzertifikats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--passphrase-stdin (the organisation CA&apos;s)</source>
        <translation>--passphrase-stdin (die der Organisations-CA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: listening on %1, not only on this machine</source>
        <translation>Warnung: lauscht auf %1, nicht nur auf diesem Rechner</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>listening: https://%1:%2/ (site mode %3, server certificate %4)</source>
        <translation>lauscht: https://%1:%2/ (Site-Modus %3, Serverzertifikat %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listening: ftp://%1:%2/ (explicit FTPS, AUTH TLS; files in %3)</source>
        <translation>lauscht: ftp://%1:%2/ (explizites FTPS, AUTH TLS; Dateien in %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listening: ftps://%1:%2/ (implicit FTPS; files in %3)</source>
        <translation>lauscht: ftps://%1:%2/ (implizites FTPS; Dateien in %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>ListenerView</name>
    <message>
        <location filename="../ui/listener/ListenerView.ui" line="+9"/>
        <source>&lt;h2&gt;Test listener&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Test-Listener&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Site mode:</source>
        <translation>&amp;Site-Modus:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;HTTPS port:</source>
        <translation>&amp;HTTPS-Port:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;FTPS port (AUTH TLS):</source>
        <translation>&amp;FTPS-Port (AUTH TLS):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Implicit FTPS port:</source>
        <translation>&amp;Impliziter FTPS-Port:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FTPS &amp;files in:</source>
        <translation>FTPS-&amp;Dateien in:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server &amp;certificate:</source>
        <translation>Server&amp;zertifikat:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic: for localhost from the organisation CA, else self-signed</source>
        <translation>Automatisch: für localhost von der Organisations-CA, sonst selbstsigniert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose PKCS#12…</source>
        <translation>PKCS#12 &amp;wählen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;Attempts, as they happen&lt;/b&gt; (double-click one to explain it)</source>
        <translation>&lt;b&gt;Versuche, sobald sie eintreffen&lt;/b&gt; (Doppelklick auf einen Versuch erklärt ihn)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app/MainWindow.ui" line="+14"/>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New store…</source>
        <translation>&amp;Neuer Speicher…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open store…</source>
        <translation>Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;organisation…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+79"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Holding tank</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted &amp;root store</source>
        <translation>&amp;Stammzertifikate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Approved CAs</source>
        <translation>Zu&amp;gelassene CAs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate &amp;mappings (IIS)</source>
        <translation>Zertifikat&amp;zuordnungen (IIS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;shared store…</source>
        <translation>&amp;Gemeinsamen Speicher öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a store on a PostgreSQL server, shared with other administrators</source>
        <translation>Einen Speicher auf einem PostgreSQL-Server öffnen, gemeinsam mit anderen Administratoren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import users from CSV…</source>
        <translation>Benutzer aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import IIS web.config…</source>
        <translation>IIS-web.config &amp;importieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;heck IIS web.config…</source>
        <translation>IIS-web.config &amp;prüfen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport IIS web.config…</source>
        <translation>IIS-web.config e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Organisation CA</source>
        <translation>&amp;Organisations-CA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chain &amp;explorer</source>
        <translation>&amp;Kettenexplorer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Issue a client certificate…</source>
        <translation>Client-Zertifikat &amp;ausstellen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit &amp;log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About TrustDesk</source>
        <translation>Ü&amp;ber TrustDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ManyToOneMappingDialog</name>
    <message>
        <location filename="../ui/mappings/ManyToOneMappingDialog.ui" line="+6"/>
        <source>Many-to-one mapping</source>
        <translation>n:1-Zuordnung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Permission:</source>
        <translation>Be&amp;rechtigung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in as &amp;user:</source>
        <translation>Anmelden als &amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Rules&lt;/b&gt; — the mapping matches when every rule matches. A rule matches when any value of its sub-field matches the whole pattern; * matches any run of characters (none included), everything else is literal.</source>
        <translation>&lt;b&gt;Regeln&lt;/b&gt; — die Zuordnung trifft zu, wenn jede Regel zutrifft. Eine Regel trifft zu, wenn irgendein Wert ihres Unterfelds auf das ganze Muster passt; * steht für eine beliebige Zeichenfolge (auch eine leere), alles andere gilt wörtlich.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <location filename="../src/cli/commands/MapCommand.cpp" line="+46"/>
        <location line="+14"/>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>removed mapping %1 (&apos;%2&apos;)</source>
        <translation>Zuordnung %1 (&apos;%2&apos;) entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>map move needs --to POSITION</source>
        <translation>map move benötigt --to POSITION</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mapping %1 is now at position %2</source>
        <translation>Zuordnung %1 steht jetzt an Position %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>allow as %1</source>
        <translation>zulassen als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deny</source>
        <translation>verweigern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no certificate mappings</source>
        <translation>keine Zertifikatzuordnungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>map add-one-to-one needs --cert FILE</source>
        <translation>map add-one-to-one benötigt --cert FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mapping %1: the certificate %2 (%3) signs in as &apos;%4&apos;</source>
        <translation>Zuordnung %1: das Zertifikat %2 (%3) meldet an als &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give exactly one of --allow USER or --deny</source>
        <translation>geben Sie genau eine der Optionen --allow USER oder --deny an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>map add-many-to-one needs at least one --rule RULE</source>
        <translation>map add-many-to-one benötigt mindestens eine --rule RULE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mapping %1 &apos;%2&apos; allows as &apos;%3&apos; when every rule matches</source>
        <translation>Zuordnung %1 &apos;%2&apos; lässt als &apos;%3&apos; zu, wenn jede Regel zutrifft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mapping %1 &apos;%2&apos; denies when every rule matches</source>
        <translation>Zuordnung %1 &apos;%2&apos; verweigert, wenn jede Regel zutrifft</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>created user &apos;%1&apos; (certificate policy on both interfaces)</source>
        <translation>Benutzer &apos;%1&apos; erstellt (Zertifikat-Richtlinie auf beiden Schnittstellen)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>imported %n mapping(s) from %1</source>
        <translation>
            <numerusform>%n Zuordnung aus %1 importiert</numerusform>
            <numerusform>%n Zuordnungen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1: %n mapping(s), no problems</source>
        <translation>
            <numerusform>%1: %n Zuordnung, keine Probleme</numerusform>
            <numerusform>%1: %n Zuordnungen, keine Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n Problem</numerusform>
            <numerusform>%1: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--appcmd: the site name is empty</source>
        <translation>--appcmd: der Site-Name ist leer</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>wrote %n mapping(s) to %1 as a web.config</source>
        <translation>
            <numerusform>%n Zuordnung als web.config nach %1 geschrieben</numerusform>
            <numerusform>%n Zuordnungen als web.config nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>wrote %n mapping(s) to %1 as an appcmd.exe script for the site &apos;%2&apos;</source>
        <translation>
            <numerusform>%n Zuordnung als appcmd.exe-Skript für die Site &apos;%2&apos; nach %1 geschrieben</numerusform>
            <numerusform>%n Zuordnungen als appcmd.exe-Skript für die Site &apos;%2&apos; nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: the passwords are left empty: set each mapped account&apos;s password in IIS Manager on the IIS machine</source>
        <translation>Hinweis: die Passwörter bleiben leer: legen Sie das Passwort jedes zugeordneten Kontos im IIS-Manager auf dem IIS-Rechner fest</translation>
    </message>
</context>
<context>
    <name>MappingRepository</name>
    <message>
        <location filename="../src/core/store/MappingRepository.cpp" line="+33"/>
        <source>there is already a many-to-one mapping named &apos;%1&apos;</source>
        <translation>es gibt bereits eine n:1-Zuordnung namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is already a one-to-one mapping of the certificate %1</source>
        <translation>es gibt bereits eine 1:1-Zuordnung des Zertifikats %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a one-to-one mapping needs a certificate</source>
        <translation>eine 1:1-Zuordnung benötigt ein Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the one-to-one mapping of &apos;%1&apos; needs a user</source>
        <translation>die 1:1-Zuordnung von &apos;%1&apos; benötigt einen Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a many-to-one mapping needs a name</source>
        <translation>eine n:1-Zuordnung benötigt einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping &apos;%1&apos;: the name or description is too long</source>
        <translation>Zuordnung &apos;%1&apos;: der Name oder die Beschreibung ist zu lang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping &apos;%1&apos; needs at least one rule</source>
        <translation>Zuordnung &apos;%1&apos; benötigt mindestens eine Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping &apos;%1&apos; allows, so it needs a user</source>
        <translation>Zuordnung &apos;%1&apos; erlaubt die Anmeldung und benötigt daher einen Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mapping &apos;%1&apos;: a rule needs a sub-field and a pattern</source>
        <translation>Zuordnung &apos;%1&apos;: eine Regel benötigt ein Unterfeld und ein Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping &apos;%1&apos;: &apos;%2&apos; is not an attribute name (such as CN, OU, O, L, S, C or E)</source>
        <translation>Zuordnung &apos;%1&apos;: &apos;%2&apos; ist kein Attributname (wie CN, OU, O, L, S, C oder E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapping &apos;%1&apos;: a pattern is too long</source>
        <translation>Zuordnung &apos;%1&apos;: ein Muster ist zu lang</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+154"/>
        <source>no certificate mapping %1 in organisation &apos;%2&apos;</source>
        <translation>keine Zertifikatzuordnung %1 in der Organisation &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>mapping %1 cannot change from %2 to %3</source>
        <translation>Zuordnung %1 kann nicht von %2 in %3 geändert werden</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>position %1 is not between 1 and %2</source>
        <translation>Position %1 liegt nicht zwischen 1 und %2</translation>
    </message>
</context>
<context>
    <name>MappingRule</name>
    <message>
        <location filename="../src/core/domain/CertificateMapping.cpp" line="-82"/>
        <source>rule &apos;%1&apos;: expected FIELD.SUBFIELD=PATTERN or FIELD.SUBFIELD~=PATTERN (for example subject.O=Contoso)</source>
        <translation>Regel &apos;%1&apos;: erwartet wird FIELD.SUBFIELD=PATTERN oder FIELD.SUBFIELD~=PATTERN (zum Beispiel subject.O=Contoso)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rule &apos;%1&apos;: the field must be subject or issuer, not &apos;%2&apos;</source>
        <translation>Regel &apos;%1&apos;: das Feld muss subject oder issuer sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule &apos;%1&apos;: &apos;%2&apos; is not an attribute name (such as CN, OU, O, L, S, C or E)</source>
        <translation>Regel &apos;%1&apos;: &apos;%2&apos; ist kein Attributname (wie CN, OU, O, L, S, C oder E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rule &apos;%1&apos;: the pattern is empty</source>
        <translation>Regel &apos;%1&apos;: das Muster ist leer</translation>
    </message>
</context>
<context>
    <name>MappingService</name>
    <message>
        <location filename="../src/core/services/MappingService.cpp" line="+39"/>
        <source>user &apos;%1&apos; does not exist in TrustDesk: import with --create-users to create it</source>
        <translation>Benutzer &apos;%1&apos; existiert in TrustDesk nicht: importieren Sie mit --create-users, um ihn anzulegen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its user &apos;%1&apos; does not exist (give --create-users to create it)</source>
        <translation>der zugeordnete Benutzer &apos;%1&apos; existiert nicht (geben Sie --create-users an, um ihn anzulegen)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>nothing was imported: the file has %n problem(s):
%1</source>
        <translation>
            <numerusform>es wurde nichts importiert: die Datei enthält %n Problem:
%1</numerusform>
            <numerusform>es wurde nichts importiert: die Datei enthält %n Probleme:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <location filename="../src/core/domain/NameRules.cpp" line="+11"/>
        <source>the %1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; has white space at its start or end</source>
        <translation>%1 &apos;%2&apos; beginnt oder endet mit Leerraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; is longer than 64 characters</source>
        <translation>%1 &apos;%2&apos; ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; is not allowed: it names a folder itself, not one of its own</source>
        <translation>%1 &apos;%2&apos; ist nicht erlaubt: als Ordnername verweist er auf einen vorhandenen Ordner statt auf einen eigenen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; contains a control character</source>
        <translation>%1 &apos;%2&apos; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; contains &apos;%3&apos;, which names may not contain (%4)</source>
        <translation>%1 &apos;%2&apos; enthält &apos;%3&apos;; Namen dürfen keines dieser Zeichen enthalten (%4)</translation>
    </message>
</context>
<context>
    <name>OneToOneMappingDialog</name>
    <message>
        <location filename="../ui/mappings/OneToOneMappingDialog.ui" line="+6"/>
        <source>One-to-one mapping</source>
        <translation>1:1-Zuordnung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in as &amp;user:</source>
        <translation>Anmelden als &amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
</context>
<context>
    <name>OrgCaCommand</name>
    <message>
        <location filename="../src/cli/commands/OrgCaCommand.cpp" line="+29"/>
        <source>orgca create needs --cn TEXT</source>
        <translation>orgca create benötigt --cn TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orgca create needs --passphrase-stdin: the CA key is stored only encrypted</source>
        <translation>orgca create benötigt --passphrase-stdin: der CA-Schlüssel wird nur verschlüsselt gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--passphrase-stdin (the CA key)</source>
        <translation>--passphrase-stdin (für den CA-Schlüssel)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--passphrase-stdin (the parent&apos;s file)</source>
        <translation>--passphrase-stdin (für die Datei der übergeordneten CA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: holds no private key; the parent CA&apos;s PKCS#12 is needed to sign the new CA</source>
        <translation>%1: enthält keinen privaten Schlüssel; zum Signieren der neuen CA wird die PKCS#12-Datei der übergeordneten CA benötigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organisation &apos;%1&apos; already has a CA; give --replace to replace it</source>
        <translation>Organisation &apos;%1&apos; hat bereits eine CA; geben Sie --replace an, um sie zu ersetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>created the organisation CA &apos;%1&apos; (%2, valid until %3)%4</source>
        <translation>Organisations-CA &apos;%1&apos; erstellt (%2, gültig bis %3)%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>; installed and approved</source>
        <translation>; installiert und zugelassen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>orgca import needs --passphrase-stdin: the file&apos;s passphrase, then the one to store the key under</source>
        <translation>orgca import benötigt --passphrase-stdin: zuerst die Passphrase der Datei, dann die, unter der der Schlüssel gespeichert werden soll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--passphrase-stdin (%1)</source>
        <translation>--passphrase-stdin (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--passphrase-stdin (the passphrase to store the CA key under)</source>
        <translation>--passphrase-stdin (die Passphrase, unter der der CA-Schlüssel gespeichert wird)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported the organisation CA &apos;%1&apos;%2</source>
        <translation>Organisations-CA &apos;%1&apos; importiert%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>organisation &apos;%1&apos; has no CA; create one with &apos;orgca create&apos; or import one with &apos;orgca import&apos;</source>
        <translation>Organisation &apos;%1&apos; hat keine CA; erstellen Sie eine mit &apos;orgca create&apos; oder importieren Sie eine mit &apos;orgca import&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>subject      %1</source>
        <translation>Antragsteller %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer       %1</source>
        <translation>Aussteller    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint   %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sha256       %1</source>
        <translation>SHA-256       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key          %1 (stored encrypted: PKCS#8, AES-256, PBKDF2)</source>
        <translation>Schlüssel     %1 (verschlüsselt gespeichert: PKCS#8, AES-256, PBKDF2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid        %1 to %2</source>
        <translation>Gültig        %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installed    %1</source>
        <translation>Installiert   %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved     %1</source>
        <translation>Zugelassen    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued       %1 certificate(s)</source>
        <translation>Ausgestellt   %1 Zertifikat(e)</translation>
    </message>
</context>
<context>
    <name>OrgCommand</name>
    <message>
        <location filename="../src/cli/commands/OrgCommand.cpp" line="+33"/>
        <source>Organisation        %1</source>
        <translation>Organisation                  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match CN            %1</source>
        <translation>CN abgleichen                 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Tank expiry (days)  %1</source>
        <translation>Warteschlange: Ablauf (Tage)  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tank cap (pairs)    %1</source>
        <translation>Warteschlange: max. Paare     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require revocation  %1</source>
        <translation>Sperrdaten verlangen          %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow SHA-1         %1</source>
        <translation>SHA-1 erlauben                %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Updated organisation &apos;%1&apos;</source>
        <translation>Organisation &apos;%1&apos; aktualisiert</translation>
    </message>
</context>
<context>
    <name>OrganisationCa</name>
    <message>
        <location filename="../src/core/orgca/OrganisationCa.cpp" line="+12"/>
        <source>the passphrase for the CA key must have at least %1 characters</source>
        <translation>die Passphrase für den CA-Schlüssel muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; is longer than 64 characters</source>
        <translation>%1 &apos;%2&apos; ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &apos;%2&apos; contains a control character</source>
        <translation>%1 &apos;%2&apos; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the CA&apos;s common name</source>
        <translation>der allgemeine Name (CN) der CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CA&apos;s validity must be between 1 and %1 days, not %2</source>
        <translation>die Gültigkeit der CA muss zwischen 1 und %1 Tagen liegen, nicht %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a CA; it cannot sign the organisation CA</source>
        <translation>&apos;%1&apos; ist keine CA und kann daher die Organisations-CA nicht signieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key given with &apos;%1&apos; is not its key</source>
        <translation>der zu &apos;%1&apos; angegebene Schlüssel gehört nicht zu diesem Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; expires on %2, before the new CA would; choose fewer days</source>
        <translation>&apos;%1&apos; läuft am %2 ab, also vor der neuen CA; wählen Sie weniger Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has path length 0; it may not sign another CA</source>
        <translation>&apos;%1&apos; hat die Pfadlänge 0; sie darf keine weitere CA signieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: expected a PKCS#12 file holding a CA certificate and its private key</source>
        <translation>%1: erwartet wird eine PKCS#12-Datei mit einem CA-Zertifikat und dessen privatem Schlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file&apos;s private key does not belong to its certificate</source>
        <translation>%1: der private Schlüssel der Datei gehört nicht zu ihrem Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not a CA (no basicConstraints CA:TRUE); it cannot issue certificates</source>
        <translation>%1: &apos;%2&apos; ist keine CA (kein basicConstraints CA:TRUE); sie kann keine Zertifikate ausstellen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the key of the organisation CA &apos;%1&apos;</source>
        <translation>der Schlüssel der Organisations-CA &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to its certificate; the store is damaged</source>
        <translation>%1 gehört nicht zum Zertifikat der CA; der Speicher ist beschädigt</translation>
    </message>
</context>
<context>
    <name>OrganisationCaRepository</name>
    <message>
        <location filename="../src/core/store/OrganisationCaRepository.cpp" line="+36"/>
        <source>the organisation CA&apos;s chain</source>
        <translation>die Kette der Organisations-CA</translation>
    </message>
</context>
<context>
    <name>OrganisationCaService</name>
    <message>
        <location filename="../src/core/services/OrganisationCaService.cpp" line="+24"/>
        <source>organisation &apos;%1&apos; already has a CA (&apos;%2&apos;); replace it explicitly</source>
        <translation>Organisation &apos;%1&apos; hat bereits eine CA (&apos;%2&apos;); ersetzen Sie sie ausdrücklich</translation>
    </message>
</context>
<context>
    <name>OrganisationCaView</name>
    <message>
        <location filename="../ui/orgca/OrganisationCaView.ui" line="+9"/>
        <source>&lt;h2&gt;Organisation CA&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Organisations-CA&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issue a client &amp;certificate…</source>
        <translation>Client-Zertifikat &amp;ausstellen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Certificates issued by this organisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von dieser Organisation ausgestellte Zertifikate&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <location filename="../src/core/store/OrganisationRepository.cpp" line="+55"/>
        <source>%1: the store has no organisation yet; create one with &apos;trustdesk-cli init&apos;</source>
        <translation>%1: der Speicher enthält noch keine Organisation; erstellen Sie eine mit &apos;trustdesk-cli init&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown organisation &apos;%1&apos;</source>
        <translation>unbekannte Organisation &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the organisation with id %1 no longer exists</source>
        <translation>die Organisation mit der ID %1 existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>organisation name</source>
        <translation>Organisationsname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>organisation &apos;%1&apos; already exists</source>
        <translation>Organisation &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>holding tank expiry must be between 1 and 3650 days, not %1</source>
        <translation>der Ablauf der Warteschlange muss zwischen 1 und 3650 Tagen liegen, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holding tank cap must be between 1 and 10000 pairs, not %1</source>
        <translation>die Obergrenze der Warteschlange muss zwischen 1 und 10000 Paaren liegen, nicht %1</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../src/core/x509/PrivateKey.cpp" line="+66"/>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: not a private key, or the passphrase is wrong</source>
        <translation>%1: kein privater Schlüssel, oder die Passphrase ist falsch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not an encrypted private key</source>
        <translation>%1: kein verschlüsselter privater Schlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the passphrase is wrong</source>
        <translation>%1: die Passphrase ist falsch</translation>
    </message>
</context>
<context>
    <name>RevocationList</name>
    <message>
        <location filename="../src/core/x509/RevocationList.cpp" line="+50"/>
        <source>%1: is empty</source>
        <translation>%1: ist leer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains no revocation list (X509 CRL block)</source>
        <translation>enthält keine Sperrliste (X509-CRL-Block)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a revocation list in it is damaged</source>
        <translation>eine darin enthaltene Sperrliste ist beschädigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a revocation list (PEM or DER CRL)</source>
        <translation>%1: keine Sperrliste (PEM- oder DER-CRL)</translation>
    </message>
</context>
<context>
    <name>RevocationListRepository</name>
    <message>
        <location filename="../src/core/store/RevocationListRepository.cpp" line="+73"/>
        <source>no revocation list has id %1</source>
        <translation>es gibt keine Sperrliste mit der ID %1</translation>
    </message>
</context>
<context>
    <name>ScreenGrabber</name>
    <message>
        <location filename="../src/gui/app/ScreenGrabber.cpp" line="+37"/>
        <source>%1: cannot write the screenshot (%2)</source>
        <translation>%1: der Screenshot kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <location filename="../src/listener/ServerIdentity.cpp" line="+54"/>
        <source>%1: needs a certificate with its private key for the listener</source>
        <translation>%1: für den Listener wird ein Zertifikat mit seinem privaten Schlüssel benötigt</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/settings/SettingsView.ui" line="+12"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Match certificate CN to username or full name</source>
        <translation>Zertifikat-CN mit Benutzername oder vollständigem Namen &amp;abgleichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When on, a certificate whose CN is a user&apos;s username or full name authenticates that user, as long as its CA is approved, even if nothing is on the user&apos;s profile. Convenient when your own CA issues the certificates; risky when an approved CA issues the same name to different people.</source>
        <translation>Wenn aktiviert, authentifiziert ein Zertifikat, dessen CN der Benutzername oder der vollständige Name eines Benutzers ist, diesen Benutzer, sofern seine CA zugelassen ist – auch wenn im Profil des Benutzers nichts eingetragen ist. Praktisch, wenn Ihre eigene CA die Zertifikate ausstellt; riskant, wenn eine zugelassene CA denselben Namen an verschiedene Personen vergibt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Require revocation information</source>
        <translation>Sperr&amp;informationen verlangen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When on, a certificate cannot connect unless a current revocation list from its CA is in the store. When off, a revoked certificate is still refused if a list names it, but a missing list is not held against anyone.</source>
        <translation>Wenn aktiviert, kann sich ein Zertifikat nur verbinden, wenn eine aktuelle Sperrliste seiner CA im Speicher liegt. Wenn deaktiviert, wird ein gesperrtes Zertifikat trotzdem abgelehnt, sofern eine Liste es aufführt, aber eine fehlende Liste wird niemandem angelastet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept SHA-1 &amp;signatures (legacy clients)</source>
        <translation>SHA-1-&amp;Signaturen akzeptieren (alte Clients)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SHA-1 signatures can be forged. When off (recommended), a certificate signed with SHA-1 below the trusted root cannot connect, and its holder needs a new one. When on, it is accepted with a warning in every explanation. MD5 is never accepted.</source>
        <translation>SHA-1-Signaturen können gefälscht werden. Wenn deaktiviert (empfohlen), kann sich ein Zertifikat, das unterhalb des vertrauenswürdigen Stammzertifikats mit SHA-1 signiert wurde, nicht verbinden, und sein Inhaber benötigt ein neues. Wenn aktiviert, wird es akzeptiert, mit einer Warnung in jeder Erklärung. MD5 wird nie akzeptiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holding tank</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Expire entries after:</source>
        <translation>Einträge &amp;verfallen nach:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entries not seen again for this many days are deleted automatically, when a store is opened and every hour while TrustDesk runs. Untrusted CAs expire the same way.</source>
        <translation>Einträge, die so viele Tage lang nicht erneut gesehen wurden, werden automatisch gelöscht: beim Öffnen eines Speichers und stündlich, solange TrustDesk läuft. Nicht vertrauenswürdige CAs verfallen auf dieselbe Weise.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pending pairs per user:</source>
        <translation>&amp;Offene Paare je Benutzer:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Each failed attempt with a new certificate leaves a pair (its CN and its thumbprint). Beyond this many pairs the oldest is dropped, so nobody can flood the tank.</source>
        <translation>Jeder fehlgeschlagene Versuch mit einem neuen Zertifikat hinterlässt ein Paar (seinen CN und seinen Fingerabdruck). Über diese Anzahl hinaus wird das älteste Paar verworfen, damit niemand die Warteschlange überfluten kann.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../src/core/store/SqlSupport.cpp" line="+32"/>
        <source>the store is locked by another program; try again when it has finished</source>
        <translation>der Speicher wird von einem anderen Programm blockiert; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/Store.cpp" line="+153"/>
        <source>%1: is a directory, not a store file</source>
        <translation>%1: ist ein Verzeichnis, keine Speicherdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot create the store (%2)</source>
        <translation>%1: der Speicher kann nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+79"/>
        <source>%1: cannot open the store (%2)</source>
        <translation>%1: der Speicher kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1: the store is locked by another program</source>
        <translation>%1: der Speicher wird von einem anderen Programm blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a TrustDesk store (%2)</source>
        <translation>%1: kein TrustDesk-Speicher (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; is not a PostgreSQL store URL: expected postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>&apos;%1&apos; ist keine PostgreSQL-Speicher-URL: erwartet wird postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: Qt&apos;s PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>%1: der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&apos;%1&apos; is not a store URL (expected sqlite:///PATH or postgresql://...)</source>
        <translation>&apos;%1&apos; ist keine Speicher-URL (erwartet wird sqlite:///PATH oder postgresql://...)</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <location filename="../src/cli/commands/StoreCommand.cpp" line="+18"/>
        <source>usage: trustdesk-cli %1</source>
        <translation>Verwendung: trustdesk-cli %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store copy needs --to PATH or --to postgresql://...</source>
        <translation>store copy benötigt --to PATH oder --to postgresql://...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>copied %1 into %2, verified by counting both:</source>
        <translation>%1 nach %2 kopiert, durch Zählen in beiden überprüft:</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <location filename="../src/core/store/StoreCopier.cpp" line="+73"/>
        <source>%1: a store cannot be copied into itself</source>
        <translation>%1: ein Speicher kann nicht in sich selbst kopiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the target store already holds data; copy into a new, empty store</source>
        <translation>%1: der Zielspeicher enthält bereits Daten; kopieren Sie in einen neuen, leeren Speicher</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the copy of table %1 does not match: %2 rows read, %3 in the source now, %4 written</source>
        <translation>die Kopie der Tabelle %1 stimmt nicht überein: %2 Zeilen gelesen, jetzt %3 in der Quelle, %4 geschrieben</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../src/gui/app/StoreOpener.cpp" line="+62"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
</context>
<context>
    <name>TankAcceptanceService</name>
    <message>
        <location filename="../src/core/services/TankAcceptanceService.cpp" line="+27"/>
        <source>holding tank entry %1 belongs to no user</source>
        <translation>Warteschlangeneintrag %1 gehört zu keinem Benutzer</translation>
    </message>
</context>
<context>
    <name>TankCommand</name>
    <message>
        <location filename="../src/cli/commands/TankCommand.cpp" line="+48"/>
        <location line="+25"/>
        <location line="+31"/>
        <source>holding tank entry id</source>
        <translation>ID des Warteschlangeneintrags</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>installed &apos;%1&apos;%2</source>
        <translation>&apos;%1&apos; installiert%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and approved it</source>
        <translation> und zugelassen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>user &apos;%1&apos; now accepts %2 &apos;%3&apos;; %n holding tank entr(y/ies) removed</source>
        <translation>
            <numerusform>für Benutzer &apos;%1&apos; ist jetzt %2 &apos;%3&apos; angenommen; %n Warteschlangeneintrag entfernt</numerusform>
            <numerusform>für Benutzer &apos;%1&apos; ist jetzt %2 &apos;%3&apos; angenommen; %n Warteschlangeneinträge entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deleted holding tank entry %1</source>
        <translation>Warteschlangeneintrag %1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n holding tank entr(y/ies) removed</source>
        <translation>
            <numerusform>%n Warteschlangeneintrag entfernt</numerusform>
            <numerusform>%n Warteschlangeneinträge entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>entry %1: %2 &apos;%3&apos; for user &apos;%4&apos;, seen %5 time(s), last %6 from %7 over %8</source>
        <translation>Eintrag %1: %2 &apos;%3&apos; für Benutzer &apos;%4&apos;, %5-mal gesehen, zuletzt %6 von %7 über %8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate: %1 (issued by %2), expires %3</source>
        <translation>Zertifikat: %1 (ausgestellt von %2), läuft am %3 ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accepting a CN survives renewal, but collides when several approved CAs exist or a CA issues the same CN to different people</source>
        <translation>das Annehmen eines CN übersteht eine Erneuerung, führt aber zu Kollisionen, wenn es mehrere zugelassene CAs gibt oder eine CA denselben CN an verschiedene Personen ausstellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  approved CA: %1%2</source>
        <translation>  zugelassene CA: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (issued this certificate)</source>
        <translation> (hat dieses Zertifikat ausgestellt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  the organisation has no approved CA: the CN authenticates nobody yet</source>
        <translation>  die Organisation hat keine zugelassene CA: der CN authentifiziert noch niemanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  the CA that issued this certificate is not approved: the CN does not authenticate it (rule A2)</source>
        <translation>  die CA, die dieses Zertifikat ausgestellt hat, ist nicht zugelassen: der CN authentifiziert es nicht (Regel A2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  also claimed by %1 (%2)</source>
        <translation>  auch beansprucht von %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds this CN</source>
        <translation>hat diesen CN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>their name matches it</source>
        <translation>der Name stimmt damit überein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepting a thumbprint ignores the approved CAs and avoids collisions, but breaks when the certificate is renewed</source>
        <translation>das Annehmen eines Fingerabdrucks ignoriert die zugelassenen CAs und vermeidet Kollisionen, funktioniert aber nicht mehr, wenn das Zertifikat erneuert wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  the certificate has expired: it cannot connect</source>
        <translation>  das Zertifikat ist abgelaufen: es kann sich nicht verbinden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  the certificate expires in %n day(s)</source>
        <translation>
            <numerusform>  das Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>  das Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>installing this CA lets every certificate it issued connect; approving it too lets their CNs authenticate. Compare its SHA-256 with its owner&apos;s: %1</source>
        <translation>wird diese CA installiert, kann sich jedes von ihr ausgestellte Zertifikat verbinden; wird sie zusätzlich zugelassen, authentifizieren auch deren CNs. Vergleichen Sie ihren SHA-256-Wert mit dem ihres Eigentümers: %1</translation>
    </message>
</context>
<context>
    <name>Thumbprint</name>
    <message>
        <location filename="../src/core/x509/Thumbprint.cpp" line="+11"/>
        <source>&apos;%1&apos; is not a thumbprint: expected 40 hex digits (SHA-1), with or without spaces or colons</source>
        <translation>&apos;%1&apos; ist kein Fingerabdruck: erwartet werden 40 Hexadezimalziffern (SHA-1), mit oder ohne Leerzeichen oder Doppelpunkte</translation>
    </message>
</context>
<context>
    <name>TrustEngine</name>
    <message>
        <location filename="../src/core/engine/PathAssessment.cpp" line="+436"/>
        <source>sent by the client</source>
        <translation>vom Client gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the known intermediates</source>
        <translation>aus den bekannten Zwischenzertifikaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of unknown origin</source>
        <translation>unbekannter Herkunft</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>the certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root %1</source>
        <translation>Stammzertifikat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate %1</source>
        <translation>Zwischenzertifikat %1</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>the signature on %1 uses SHA-1, which is no longer safe; accepted because the organisation allows SHA-1 signatures</source>
        <translation>die Signatur von %1 verwendet SHA-1, das nicht mehr sicher ist; akzeptiert, weil die Organisation SHA-1-Signaturen erlaubt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signature on %1 uses SHA-1, which is no longer safe (certificates signed this way can be forged); its holder needs a certificate signed with SHA-256 or better</source>
        <translation>die Signatur von %1 verwendet SHA-1, das nicht mehr sicher ist (so signierte Zertifikate können gefälscht werden); der Inhaber benötigt ein Zertifikat, das mit SHA-256 oder stärker signiert ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature on %1 uses %2, which is broken (certificates signed this way can be forged); its holder needs a certificate signed with SHA-256 or better</source>
        <translation>die Signatur von %1 verwendet %2, das gebrochen ist (so signierte Zertifikate können gefälscht werden); der Inhaber benötigt ein Zertifikat, das mit SHA-256 oder stärker signiert ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the basic constraints of %1 are not marked critical, as RFC 5280 requires of a CA</source>
        <translation>die Basiseinschränkungen (basic constraints) von %1 sind nicht als kritisch markiert, wie RFC 5280 es für eine CA verlangt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not name its issuer&apos;s key (no authority key identifier), so a same-name CA could only be told apart by trying its signature</source>
        <translation>%1 benennt den Schlüssel seines Ausstellers nicht (kein Authority Key Identifier), daher ließe sich eine gleichnamige CA nur durch Prüfen ihrer Signatur unterscheiden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CA %1 has no subject key identifier</source>
        <translation>die CA %1 hat keinen Subject Key Identifier</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 is self-signed and not installed in the trusted root store</source>
        <translation>%1 ist selbstsigniert und nicht im Stammzertifikatspeicher installiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the path ends at the root %1 (%2), which is not installed in the trusted root store</source>
        <translation>der Pfad endet beim Stammzertifikat %1 (%2), das nicht im Stammzertifikatspeicher installiert ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>issuer &apos;%1&apos; of %2 is not installed and was not sent by the client</source>
        <translation>Aussteller &apos;%1&apos; von %2 ist nicht installiert und wurde nicht vom Client gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>issuer %1 was found (%2) but no certificate above it is installed; its issuer &apos;%3&apos; is neither installed nor sent by the client</source>
        <translation>Aussteller %1 wurde gefunden (%2), aber kein Zertifikat darüber ist installiert; dessen Aussteller &apos;%3&apos; ist weder installiert noch vom Client gesendet</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid before %2</source>
        <translation>%1 ist erst ab %2 gültig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the signature on %1 does not verify with the key of its issuer %2 (%3): a different key with the same name, or a damaged certificate</source>
        <translation>die Signatur von %1 lässt sich mit dem Schlüssel des Ausstellers %2 (%3) nicht verifizieren: ein anderer Schlüssel mit demselben Namen oder ein beschädigtes Zertifikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature on %1 does not verify</source>
        <translation>die Signatur von %1 lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+210"/>
        <source>%1 is not a CA but signed %2</source>
        <translation>%1 ist keine CA, hat aber %2 signiert</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>the key usage of %1 does not allow signing certificates</source>
        <translation>die Schlüsselverwendung (key usage) von %1 erlaubt nicht das Signieren von Zertifikaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 allows at most %2 CA certificate(s) below it (pathLen), and this path has more</source>
        <translation>%1 erlaubt höchstens %2 CA-Zertifikat(e) unter sich (pathLen), und dieser Pfad hat mehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is revoked (listed in the revocation list of &apos;%2&apos;)</source>
        <translation>%1 ist gesperrt (in der Sperrliste von &apos;%2&apos; aufgeführt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no usable revocation list from &apos;%1&apos; covers %2, and the organisation requires revocation data</source>
        <translation>keine verwendbare Sperrliste von &apos;%1&apos; deckt %2 ab, und die Organisation verlangt Sperrdaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the revocation list from &apos;%1&apos; that covers %2 is out of date, and the organisation requires revocation data</source>
        <translation>die Sperrliste von &apos;%1&apos;, die %2 abdeckt, ist veraltet, und die Organisation verlangt Sperrdaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the revocation list from &apos;%1&apos; that covers %2 cannot be used (%3), and the organisation requires revocation data</source>
        <translation>die Sperrliste von &apos;%1&apos;, die %2 abdeckt, ist nicht verwendbar (%3), und die Organisation verlangt Sperrdaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the revocation list that covers %1 has a signature that does not verify</source>
        <translation>die Sperrliste, die %1 abdeckt, hat eine Signatur, die sich nicht verifizieren lässt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has a critical extension that is not understood (%2)</source>
        <translation>%1 hat eine kritische Erweiterung, die nicht verstanden wird (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a CA above it</source>
        <translation>einer CA darüber</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a name that the name constraints of %2 exclude</source>
        <translation>%1 hat einen Namen, den die Namenseinschränkungen von %2 ausschließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a name outside the names that %2 may certify (its name constraints)</source>
        <translation>%1 hat einen Namen außerhalb der Namen, die von %2 zertifiziert werden dürfen (deren Namenseinschränkungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name constraints of %1 cannot be applied to %2 (%3)</source>
        <translation>die Namenseinschränkungen von %1 lassen sich nicht auf %2 anwenden (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the path above %1 is too long</source>
        <translation>der Pfad oberhalb von %1 ist zu lang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the DSA key of %1 leaves its parameters to be inherited from its issuer&apos;s key (RFC 5280 6.1.4), which this version of TrustDesk cannot use</source>
        <translation>der DSA-Schlüssel von %1 überlässt seine Parameter der Vererbung vom Schlüssel des Ausstellers (RFC 5280 6.1.4), was diese Version von TrustDesk nicht unterstützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the public key of %1 cannot be read</source>
        <translation>der öffentliche Schlüssel von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the extended key usage of %1 does not allow client authentication</source>
        <translation>die erweiterte Schlüsselverwendung (extended key usage) von %1 erlaubt keine Client-Authentifizierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key usage of %1 does not allow digital signatures, which a TLS client must make</source>
        <translation>die Schlüsselverwendung (key usage) von %1 erlaubt keine digitalen Signaturen, die ein TLS-Client erstellen muss</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>%1 is installed, but revoked (listed in the revocation list of &apos;%2&apos;)</source>
        <translation>%1 ist installiert, aber gesperrt (in der Sperrliste von &apos;%2&apos; aufgeführt)</translation>
    </message>
    <message>
        <location filename="../src/core/engine/TrustEngine.cpp" line="+50"/>
        <source>issuer %1 was found (%2) but its signature does not match (a different key with the same name)</source>
        <translation>Aussteller %1 wurde gefunden (%2), aber seine Signatur passt nicht (ein anderer Schlüssel mit demselben Namen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2) was tried as the issuer of %3: %4</source>
        <translation>%1 (%2) wurde als Aussteller von %3 geprüft: %4</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 itself is installed in the trusted root store</source>
        <translation>%1 selbst ist im Stammzertifikatspeicher installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is installed, but %2</source>
        <translation>%1 ist installiert, aber %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 itself is not installed in the trusted root store</source>
        <translation>%1 selbst ist nicht im Stammzertifikatspeicher installiert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 chains to %2, which is installed in the trusted root store</source>
        <translation>die Kette von %1 führt zu %2, das im Stammzertifikatspeicher installiert ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no certificate above %1 is installed</source>
        <translation>kein Zertifikat oberhalb von %1 ist installiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (the search stopped after %n candidate path(s))</source>
        <translation>
            <numerusform> (die Suche wurde nach %n möglichen Pfad beendet)</numerusform>
            <numerusform> (die Suche wurde nach %n möglichen Pfaden beendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source> (and %n more problem(s) on the path)</source>
        <translation>
            <numerusform> (und %n weiteres Problem auf dem Pfad)</numerusform>
            <numerusform> (und %n weitere Probleme auf dem Pfad)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>its issuing CA is not known</source>
        <translation>seine ausstellende CA ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its issuing CA %1 has the name of an approved CA but a different key</source>
        <translation>seine ausstellende CA %1 hat den Namen einer zugelassenen CA, aber einen anderen Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its issuing CA %1 is not on the approved CA list</source>
        <translation>seine ausstellende CA %1 steht nicht auf der Liste der zugelassenen CAs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>thumbprint %1 is on the profile of &apos;%2&apos;</source>
        <translation>Fingerabdruck %1 steht im Profil von &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thumbprint %1 is not on the profile of &apos;%2&apos;</source>
        <translation>Fingerabdruck %1 steht nicht im Profil von &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+25"/>
        <source>the CN cannot be used: %1</source>
        <translation>der CN ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CN &apos;%1&apos; is not on the profile of &apos;%2&apos; (it has no accepted CNs)</source>
        <translation>CN &apos;%1&apos; steht nicht im Profil von &apos;%2&apos; (im Profil sind keine CNs angenommen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; is not on the profile of &apos;%2&apos; (accepted CNs: %3)</source>
        <translation>CN &apos;%1&apos; steht nicht im Profil von &apos;%2&apos; (angenommene CNs: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CN &apos;%1&apos; is on the profile, but %2</source>
        <translation>CN &apos;%1&apos; steht im Profil, aber %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; is on the profile of &apos;%2&apos; and its issuing CA %3 is approved</source>
        <translation>CN &apos;%1&apos; steht im Profil von &apos;%2&apos;, und seine ausstellende CA %3 ist zugelassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the organisation&apos;s Match CN to username/full name option is off</source>
        <translation>die Option „CN mit Benutzername/vollständigem Namen abgleichen“ der Organisation ist deaktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CN &apos;%1&apos; matches neither the username &apos;%2&apos; nor the full name &apos;%3&apos;</source>
        <translation>CN &apos;%1&apos; stimmt weder mit dem Benutzernamen &apos;%2&apos; noch mit dem vollständigen Namen &apos;%3&apos; überein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CN &apos;%1&apos; matches the user&apos;s name, but %2</source>
        <translation>CN &apos;%1&apos; stimmt mit dem Namen des Benutzers überein, aber %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match CN is on, CN &apos;%1&apos; matches the user&apos;s name and its issuing CA %2 is approved</source>
        <translation>„CN abgleichen“ ist aktiviert, CN &apos;%1&apos; stimmt mit dem Namen des Benutzers überein, und seine ausstellende CA %2 ist zugelassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>user &apos;%1&apos; is disabled and authenticates with nothing (otherwise: %2)</source>
        <translation>Benutzer &apos;%1&apos; ist deaktiviert und wird durch nichts authentifiziert (andernfalls: %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the certificate cannot connect, so it authenticates nobody</source>
        <translation>das Zertifikat kann sich nicht verbinden und authentifiziert daher niemanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &apos;%1&apos; is disabled</source>
        <translation>Benutzer &apos;%1&apos; ist deaktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticates &apos;%1&apos; by %2</source>
        <translation>authentifiziert &apos;%1&apos; durch %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not authenticate &apos;%1&apos;: none of A1, A2 or A3 holds</source>
        <translation>authentifiziert &apos;%1&apos; nicht: keine der Bedingungen A1, A2 oder A3 ist erfüllt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the %1 policy of &apos;%2&apos; is password, so certificates are not consulted</source>
        <translation>; die %1-Richtlinie von &apos;%2&apos; ist password, daher werden Zertifikate nicht herangezogen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no certificate was presented</source>
        <translation>es wurde kein Zertifikat vorgelegt</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../src/cli/commands/UserCommand.cpp" line="+42"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos; hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--disabled and --enabled contradict each other</source>
        <translation>--disabled und --enabled widersprechen sich</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>updated user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos; aktualisiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Username      %1</source>
        <translation>Benutzername        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name     %1</source>
        <translation>Vollständiger Name  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status        %1</source>
        <translation>Status              %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTPS policy  %1</source>
        <translation>HTTPS-Richtlinie    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FTPS policy   %1</source>
        <translation>FTPS-Richtlinie     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password      %1</source>
        <translation>Passwort            %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint    %1</source>
        <translation>Fingerabdruck       %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN            %1</source>
        <translation>CN                  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending tank  %1</source>
        <translation>In Warteschlange    %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 users added...</source>
        <translation>%1 von %2 Benutzern hinzugefügt...</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>imported %n user(s) from %1</source>
        <translation>
            <numerusform>%n Benutzer aus %1 importiert</numerusform>
            <numerusform>%n Benutzer aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>removed user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos; entfernt</translation>
    </message>
</context>
<context>
    <name>UserCsvReader</name>
    <message>
        <location filename="../src/core/services/UserCsvReader.cpp" line="+55"/>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <translation>%1: Zeile %2: ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: line %2: a quote inside an unquoted field (quote the whole field and double the quote: &quot;&quot;&quot;)</source>
        <translation>%1: Zeile %2: ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen: &quot;&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: line %2: text after a closing quote</source>
        <translation>%1: Zeile %2: Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: line %2: a field is longer than %3 characters</source>
        <translation>%1: Zeile %2: ein Feld ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: larger than %2 MB</source>
        <translation>%1: größer als %2 MB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1: kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: holds NUL characters; not a CSV file</source>
        <translation>%1: enthält NUL-Zeichen; keine CSV-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: is empty; the first line names the columns (%2)</source>
        <translation>%1: ist leer; die erste Zeile benennt die Spalten (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: line 1: unknown column &apos;%2&apos; (the columns are username, full_name, https_policy, ftps_policy, thumbprints, cns)</source>
        <translation>%1: Zeile 1: unbekannte Spalte &apos;%2&apos; (die Spalten sind username, full_name, https_policy, ftps_policy, thumbprints, cns)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: line 1: the column &apos;%2&apos; is named twice</source>
        <translation>%1: Zeile 1: die Spalte &apos;%2&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: line 1: the column &apos;%2&apos; is missing</source>
        <translation>%1: Zeile 1: die Spalte &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat aber %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the full name of &apos;%1&apos; has control characters or more than 256 characters</source>
        <translation>der vollständige Name von &apos;%1&apos; enthält Steuerzeichen oder mehr als 256 Zeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &apos;%2&apos; is not one of password, certificate, password+certificate</source>
        <translation>%1 &apos;%2&apos; ist keiner der Werte password, certificate, password+certificate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a thumbprint (40 hexadecimal digits)</source>
        <translation>&apos;%1&apos; ist kein Fingerabdruck (40 Hexadezimalziffern)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the CN &apos;%1&apos; has control or invisible characters, or more than 256 characters</source>
        <translation>der CN &apos;%1&apos; enthält Steuer- oder unsichtbare Zeichen oder mehr als 256 Zeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user &apos;%1&apos; is also on line %2 (usernames are compared without case)</source>
        <translation>Benutzer &apos;%1&apos; steht auch in Zeile %2 (Benutzernamen werden ohne Berücksichtigung der Groß-/Kleinschreibung verglichen)</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../ui/users/UserEditDialog.ui" line="+17"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;HTTPS sign-on:</source>
        <translation>&amp;HTTPS-Anmeldung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;TPS sign-on:</source>
        <translation>F&amp;TPS-Anmeldung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Confirm password:</source>
        <translation>Passwort be&amp;stätigen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Disabled: this user cannot sign on</source>
        <translation>&amp;Deaktiviert: dieser Benutzer kann sich nicht anmelden</translation>
    </message>
</context>
<context>
    <name>UserEditingService</name>
    <message>
        <location filename="../src/core/services/UserEditingService.cpp" line="+13"/>
        <source>the password for &apos;%1&apos; is empty</source>
        <translation>das Passwort für &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user &apos;%1&apos; was changed by someone else while you edited it; your changes were not saved. The view now shows the user as it is: edit it again.</source>
        <translation>Benutzer &apos;%1&apos; wurde von jemand anderem geändert, während Sie ihn bearbeitet haben; Ihre Änderungen wurden nicht gespeichert. Die Ansicht zeigt den Benutzer jetzt im aktuellen Zustand: bearbeiten Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>UserImportRunner</name>
    <message>
        <location filename="../src/gui/users/UserImportRunner.cpp" line="+57"/>
        <source>Importing the users of %1…</source>
        <translation>Benutzer aus %1 werden importiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cancelling: undoing the users added so far…</source>
        <translation>Abbruch: die bisher hinzugefügten Benutzer werden wieder entfernt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the import was cancelled; no user was added</source>
        <translation>der Import wurde abgebrochen; es wurde kein Benutzer hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n users imported</source>
        <translation>
            <numerusform>%n Benutzer importiert</numerusform>
            <numerusform>%n Benutzer importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserImportService</name>
    <message>
        <location filename="../src/core/services/UserImportService.cpp" line="+23"/>
        <source>%1: line %2: </source>
        <translation>%1: Zeile %2: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is a directory, not a CSV file</source>
        <translation>%1: ist ein Verzeichnis, keine CSV-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: larger than %2 MB</source>
        <translation>%1: größer als %2 MB</translation>
    </message>
</context>
<context>
    <name>UserProfileView</name>
    <message>
        <location filename="../ui/users/UserProfileView.ui" line="+11"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Edit user…</source>
        <translation>Benutzer &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted client certificates</source>
        <translation>Angenommene Client-Zertifikate</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Certificates issued to this user by the organisation CA:</source>
        <translation>Von der Organisations-CA für diesen Benutzer ausgestellte Zertifikate:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serial</source>
        <translation>Seriennr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add thumbprint or CN…</source>
        <translation>Fingerabdruck oder CN &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import from certificate file…</source>
        <translation>Aus Zertifikatdatei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create new…</source>
        <translation>&amp;Neu erstellen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Holding tank</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A&amp;ccept…</source>
        <translation>&amp;Annehmen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;details…</source>
        <translation>Zertifikat&amp;details…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain</source>
        <translation>Er&amp;klären</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a&amp;ll…</source>
        <translation>Alle lö&amp;schen…</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../src/core/store/UserRepository.cpp" line="+51"/>
        <source>full name &apos;%1&apos; is longer than 128 characters or contains a control character</source>
        <translation>der vollständige Name &apos;%1&apos; ist länger als 128 Zeichen oder enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation>unbekannter Benutzer &apos;%1&apos; in der Organisation &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+201"/>
        <location line="+197"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+78"/>
        <source>the password for &apos;%1&apos; is empty</source>
        <translation>das Passwort für &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+187"/>
        <source>user &apos;%1&apos; already exists in organisation &apos;%2&apos; (as &apos;%3&apos;; usernames are compared without case)</source>
        <translation>Benutzer &apos;%1&apos; existiert bereits in der Organisation &apos;%2&apos; (als &apos;%3&apos;; Benutzernamen werden ohne Berücksichtigung der Groß-/Kleinschreibung verglichen)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the CN is empty</source>
        <translation>der CN ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1...&apos; is longer than 256 characters</source>
        <translation>CN &apos;%1...&apos; ist länger als 256 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; contains a control character</source>
        <translation>CN &apos;%1&apos; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; contains an invisible format character (a bidi override or a zero-width character), which no certificate&apos;s CN can match</source>
        <translation>CN &apos;%1&apos; enthält ein unsichtbares Formatzeichen (eine Bidi-Steuerung oder ein Zeichen ohne Breite), mit dem kein CN eines Zertifikats übereinstimmen kann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an untrusted CA is not a credential a user can hold</source>
        <translation>eine nicht vertrauenswürdige CA ist keine Anmeldeinformation, die ein Benutzer besitzen kann</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+3"/>
        <source>the import was cancelled; no user was added</source>
        <translation>der Import wurde abgebrochen; es wurde kein Benutzer hinzugefügt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>user &apos;%1&apos; already has the %2 &apos;%3&apos;</source>
        <translation>Benutzer &apos;%1&apos; hat bereits den Eintrag %2 &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>user &apos;%1&apos; has no %2 &apos;%3&apos;</source>
        <translation>Benutzer &apos;%1&apos; hat keinen Eintrag %2 &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../ui/users/UsersView.ui" line="+9"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benutzer&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by username or full name</source>
        <translation>Nach Benutzername oder vollständigem Namen filtern</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;profile</source>
        <translation>&amp;Profil öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
</context>
<context>
    <name>VerdictPresenter</name>
    <message>
        <location filename="../src/gui/explorer/VerdictPresenter.cpp" line="+10"/>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not needed</source>
        <translation>nicht benötigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot connect</source>
        <translation>Kann sich nicht verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects (%1); no user chosen</source>
        <translation>Verbindet sich (%1); kein Benutzer gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects and authenticates &apos;%1&apos; (%2, %3)</source>
        <translation>Verbindet sich und authentifiziert &apos;%1&apos; (%2, %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects (%1) but does not authenticate &apos;%2&apos;</source>
        <translation>Verbindet sich (%1), authentifiziert &apos;%2&apos; aber nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connects</source>
        <translation>verbindet sich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects and authenticates (%1)</source>
        <translation>verbindet sich und authentifiziert (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connects (%1)</source>
        <translation>verbindet sich (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;i&gt;With the what-if changes. As saved: %1.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Mit den Was-wäre-wenn-Änderungen. Wie gespeichert: %1.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h4&gt;TO FIX&lt;/h4&gt;&lt;p&gt;Changes proven to work (best first); click to try one:&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;h4&gt;ABHILFE&lt;/h4&gt;&lt;p&gt;Nachweislich wirksame Änderungen (beste zuerst); klicken Sie, um eine auszuprobieren:&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h4&gt;CONNECT: %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;VERBINDUNG: %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>yes, by %1</source>
        <translation>ja, durch %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&lt;p&gt;Accepted, but worth a word:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Akzeptiert, aber beachtenswert:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h4&gt;AUTHENTICATE &apos;%1&apos;: %2&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;AUTHENTIFIZIERUNG &apos;%1&apos;: %2&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h4&gt;AUTHENTICATE&lt;/h4&gt;&lt;p&gt;Choose a user to see A1, A2 and A3.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;AUTHENTIFIZIERUNG&lt;/h4&gt;&lt;p&gt;Wählen Sie einen Benutzer, um A1, A2 und A3 zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h4&gt;HOLDING TANK&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;WARTESCHLANGE&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;An attempt would add nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Versuch würde nichts hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;An attempt would add:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Ein Versuch würde hinzufügen:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN</source>
        <translation>CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrusted CA</source>
        <translation>nicht vertrauenswürdige CA</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <location filename="../src/gui/explorer/WhatIfModel.cpp" line="+42"/>
        <location line="+42"/>
        <source>Install &apos;%1&apos; in the trusted root store</source>
        <translation>&apos;%1&apos; im Stammzertifikatspeicher installieren</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+39"/>
        <source>Approve &apos;%1&apos; for the organisation</source>
        <translation>&apos;%1&apos; für die Organisation zulassen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Match CN to username or full name (A3)</source>
        <translation>CN mit Benutzername oder vollständigem Namen abgleichen (A3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable user &apos;%1&apos;</source>
        <translation>Benutzer &apos;%1&apos; aktivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept this thumbprint for &apos;%1&apos;%2</source>
        <translation>Diesen Fingerabdruck für &apos;%1&apos; annehmen%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source> (already accepted)</source>
        <translation> (bereits angenommen)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Accept the CN &apos;%1&apos; for &apos;%2&apos;%3</source>
        <translation>Den CN &apos;%1&apos; für &apos;%2&apos; annehmen%3</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>• %1 (what if; not saved)</source>
        <translation>• %1 (Was-wäre-wenn; nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>• Undo: %1</source>
        <translation>• Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+74"/>
        <source>Administration of client-certificate authentication.</source>
        <translation>Verwaltung der Client-Zertifikat-Authentifizierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store to open.</source>
        <translation>Der zu öffnende Speicher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A shared store on a PostgreSQL server (the password is asked for unless the URL or ~/.pgpass gives it).</source>
        <translation>Ein gemeinsamer Speicher auf einem PostgreSQL-Server (das Passwort wird abgefragt, sofern es nicht in der URL oder in ~/.pgpass steht).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation to show.</source>
        <translation>Die anzuzeigende Organisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The view to open: users, user:NAME, roots, cas, tank, mappings, audit, settings, orgca, wizard[:NAME], explorer:FILE[@USER], matrix:DIR[@USER], listener, shared-store.</source>
        <translation>Die zu öffnende Ansicht: users, user:NAME, roots, cas, tank, mappings, audit, settings, orgca, wizard[:NAME], explorer:FILE[@USER], matrix:DIR[@USER], listener, shared-store.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a screenshot of the view as FILE.png and exit.</source>
        <translation>Einen Screenshot der Ansicht als FILE.png speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for --grab (default 1200x760).</source>
        <translation>Fenstergröße für --grab (Standard: 1200x760).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT</source>
        <translation>--size &apos;%1&apos; hat nicht die Form WIDTHxHEIGHT</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>trustdesk::AcceptTankEntryDialog</name>
    <message>
        <location filename="../src/gui/tank/AcceptTankEntryDialog.cpp" line="+35"/>
        <source>Install an untrusted CA</source>
        <translation>Nicht vertrauenswürdige CA installieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept a credential</source>
        <translation>Anmeldeinformation annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Install &lt;b&gt;%1&lt;/b&gt; in the trusted root store?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; im Stammzertifikatspeicher installieren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the CN &lt;b&gt;%1&lt;/b&gt; for the user &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>Den CN &lt;b&gt;%1&lt;/b&gt; für den Benutzer &lt;b&gt;%2&lt;/b&gt; annehmen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the thumbprint &lt;b&gt;%1&lt;/b&gt; for the user &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>Den Fingerabdruck &lt;b&gt;%1&lt;/b&gt; für den Benutzer &lt;b&gt;%2&lt;/b&gt; annehmen?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p&gt;Accepting a &lt;b&gt;CN&lt;/b&gt; survives certificate renewal: a new certificate with the same CN from an approved CA keeps working. But it risks a &lt;b&gt;collision&lt;/b&gt; when more than one approved CA exists, or when a CA issues the same CN to different people.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein angenommener &lt;b&gt;CN&lt;/b&gt; übersteht die Erneuerung des Zertifikats: ein neues Zertifikat mit demselben CN von einer zugelassenen CA funktioniert weiterhin. Es droht aber eine &lt;b&gt;Kollision&lt;/b&gt;, wenn es mehr als eine zugelassene CA gibt oder wenn eine CA denselben CN an verschiedene Personen ausstellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (issued this certificate)</source>
        <translation>%1 (hat dieses Zertifikat ausgestellt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;The organisation has no approved CA&lt;/b&gt;: a CN authenticates nobody until the CA that issues it is approved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Organisation hat keine zugelassene CA&lt;/b&gt;: ein CN authentifiziert niemanden, bis die CA, die ihn ausstellt, zugelassen ist.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;Approved CAs of %1 (%n):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Zugelassene CAs von %1 (%n):&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Zugelassene CAs von %1 (%n):&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;The CA that issued this certificate is not approved&lt;/b&gt;, so this CN will not authenticate it until that CA is approved (rule A2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die CA, die dieses Zertifikat ausgestellt hat, ist nicht zugelassen&lt;/b&gt;, daher authentifiziert dieser CN es erst, wenn diese CA zugelassen ist (Regel A2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: already holds this CN, and their name matches it</source>
        <translation>%1: hat diesen CN bereits, und der Name stimmt damit überein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: already holds this CN</source>
        <translation>%1: hat diesen CN bereits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: their name matches it (with Match CN on, it authenticates them)</source>
        <translation>%1: der Name stimmt damit überein (bei aktiviertem „CN abgleichen“ authentifiziert der CN diesen Benutzer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;No other user holds this CN or has a name that matches it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein anderer Benutzer hat diesen CN oder einen Namen, der damit übereinstimmt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Other users who would also claim this CN:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Andere Benutzer, die diesen CN ebenfalls beanspruchen würden:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;Accepting a &lt;b&gt;thumbprint&lt;/b&gt; ignores the list of approved CAs and avoids collisions: only this one certificate matches. But it &lt;b&gt;breaks when the certificate is renewed&lt;/b&gt;, because the renewed certificate has another thumbprint.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein angenommener &lt;b&gt;Fingerabdruck&lt;/b&gt; ignoriert die Liste der zugelassenen CAs und vermeidet Kollisionen: nur genau dieses eine Zertifikat passt. Er &lt;b&gt;funktioniert aber nicht mehr, wenn das Zertifikat erneuert wird&lt;/b&gt;, weil das erneuerte Zertifikat einen anderen Fingerabdruck hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;This certificate (%1, issued by %2) expires on &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses Zertifikat (%1, ausgestellt von %2) läuft am &lt;b&gt;%3&lt;/b&gt; ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;It has already expired&lt;/b&gt;: it cannot connect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Es ist bereits abgelaufen&lt;/b&gt;: es kann sich nicht verbinden.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;That is in %n days.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Das ist in %n Tag.&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Das ist in %n Tagen.&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A client sent this CA, but nothing in its chain is in the trusted root store, so it could not connect. Installing it lets every certificate it issued &lt;b&gt;connect&lt;/b&gt;; approving it too lets their CNs &lt;b&gt;authenticate&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Subject: %1&lt;br&gt;Issuer: %2&lt;br&gt;Expires: %3&lt;br&gt;SHA-256: &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Install only a CA you know: compare its fingerprint with the one its owner publishes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Client hat diese CA gesendet, aber nichts in ihrer Kette ist im Stammzertifikatspeicher, daher konnte er sich nicht verbinden. Wird sie installiert, kann sich jedes von ihr ausgestellte Zertifikat &lt;b&gt;verbinden&lt;/b&gt;; wird sie zusätzlich zugelassen, &lt;b&gt;authentifizieren&lt;/b&gt; auch die CNs dieser Zertifikate.&lt;/p&gt;&lt;p&gt;Antragsteller: %1&lt;br&gt;Aussteller: %2&lt;br&gt;Läuft ab: %3&lt;br&gt;SHA-256: &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Installieren Sie nur eine CA, die Sie kennen: vergleichen Sie ihren Fingerabdruck mit dem, den ihr Eigentümer veröffentlicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CN %1 is now accepted for %2.</source>
        <translation>Der CN %1 ist jetzt für %2 angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thumbprint %1 is now accepted for %2.</source>
        <translation>Der Fingerabdruck %1 ist jetzt für %2 angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm holding-tank deletion</source>
        <translation>Löschen aus der Warteschlange bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to delete this holding-tank entry?</source>
        <translation>Möchten Sie diesen Warteschlangeneintrag wirklich löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes deletes the other entry of the pair (%1). No keeps it, so that it can be accepted too: the user then holds both, and either one is enough.</source>
        <translation>„Ja“ löscht den anderen Eintrag des Paars (%1). „Nein“ behält ihn, damit er ebenfalls angenommen werden kann: der Benutzer hat dann beide, und jeder allein genügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete holding-tank entry</source>
        <translation>Warteschlangeneintrag löschen</translation>
    </message>
</context>
<context>
    <name>trustdesk::AddCredentialDialog</name>
    <message>
        <location filename="../src/gui/users/AddCredentialDialog.cpp" line="+17"/>
        <source>Type a thumbprint (40 hex digits; spaces, colons and any case are fine) or a CN.</source>
        <translation>Geben Sie einen Fingerabdruck (40 Hexadezimalziffern; Leerzeichen, Doppelpunkte und beliebige Groß-/Kleinschreibung sind erlaubt) oder einen CN ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the certificate &lt;b&gt;%1&lt;/b&gt;, issued by %2, expiring %3.</source>
        <translation>Aus dem Zertifikat &lt;b&gt;%1&lt;/b&gt;, ausgestellt von %2, gültig bis %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>3D17 CFF3 E27B 127D 2753 A7F1 873E 2743 783B FBD2</source>
        <translation>3D17 CFF3 E27B 127D 2753 A7F1 873E 2743 783B FBD2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frank</source>
        <translation>Frank</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Will be stored as %1.</source>
        <translation>Wird als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a thumbprint: expected 40 hex digits (SHA-1).</source>
        <translation>Kein Fingerabdruck: erwartet werden 40 Hexadezimalziffern (SHA-1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticates only with a certificate from an approved CA (rule A2).</source>
        <translation>Authentifiziert nur mit einem Zertifikat von einer zugelassenen CA (Regel A2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CN may not contain control characters or exceed 256 characters.</source>
        <translation>Ein CN darf keine Steuerzeichen enthalten und nicht länger als 256 Zeichen sein.</translation>
    </message>
</context>
<context>
    <name>trustdesk::AuditModel</name>
    <message>
        <location filename="../src/gui/settings/AuditModel.cpp" line="+50"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root certificate %1</source>
        <translation>Stammzertifikat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved CA %1</source>
        <translation>zugelassene CA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate %1</source>
        <translation>Zwischenzertifikat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping #%1</source>
        <translation>Zuordnung #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation %1</source>
        <translation>Organisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation CA %1</source>
        <translation>Organisations-CA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revocation list #%1</source>
        <translation>Sperrliste #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate serial %1</source>
        <translation>Zertifikat-Seriennummer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holding-tank entry #%1</source>
        <translation>Warteschlangeneintrag #%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>trustdesk::AuditView</name>
    <message>
        <location filename="../src/gui/settings/AuditView.cpp" line="+58"/>
        <location line="+30"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+25"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+28"/>
        <location line="+9"/>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1: not written, the audit log could not be read</source>
        <translation>%1: nicht geschrieben, das Prüfprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log exported to %1</source>
        <translation>Prüfprotokoll nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateDetailsDialog</name>
    <message>
        <location filename="../src/gui/certificates/CertificateDetailsDialog.cpp" line="+21"/>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No (no basic constraints; version %1)</source>
        <translation>Nein (keine Basiseinschränkungen; Version %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No (an end-entity certificate)</source>
        <translation>Nein (ein Endentitätszertifikat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, path length %1</source>
        <translation>Ja, Pfadlänge %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; self-signed</source>
        <translation>; selbstsigniert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PEM (*.pem *.crt);;DER (*.der *.cer)</source>
        <translation>PEM (*.pem *.crt);;DER (*.der *.cer)</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateFileImport</name>
    <message>
        <location filename="../src/gui/certificates/CertificateFileImport.cpp" line="+48"/>
        <source>%1: the file holds no certificate</source>
        <translation>%1: die Datei enthält kein Zertifikat</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Reading %n certificate files…</source>
        <translation>
            <numerusform>%n Zertifikatdatei wird gelesen…</numerusform>
            <numerusform>%n Zertifikatdateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Nothing was imported: %n of the files could not be read.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n der Dateien konnte nicht gelesen werden.</numerusform>
            <numerusform>Es wurde nichts importiert: %n der Dateien konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is protected by a passphrase.
Passphrase:</source>
        <translation>%1 ist durch eine Passphrase geschützt.
Passphrase:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong passphrase for %1.
Passphrase:</source>
        <translation>Falsche Passphrase für %1.
Passphrase:</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateListModel</name>
    <message>
        <location filename="../src/gui/certificates/CertificateListModel.cpp" line="+55"/>
        <source>Not installed: its certificates cannot connect</source>
        <translation>Nicht installiert: ihre Zertifikate können sich nicht verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects through %1 (installed)</source>
        <translation>Verbindet über %1 (installiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Zugelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a CA: trusts only itself</source>
        <translation>Keine CA: vertraut nur sich selbst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Subject: %1
Issuer: %2
SHA-256: %3</source>
        <translation>Antragsteller: %1
Aussteller: %2
SHA-256: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root store</source>
        <translation>Stammzertifikate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateListView</name>
    <message>
        <location filename="../src/gui/certificates/CertificateListView.cpp" line="+52"/>
        <source>&lt;h2&gt;Trusted root store&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Stammzertifikatspeicher&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client certificate can &lt;b&gt;connect&lt;/b&gt; when it is installed here itself, or when a CA in its chain is installed here. The store is shared by every organisation. Drop certificate files here to install them.</source>
        <translation>Ein Client-Zertifikat kann sich &lt;b&gt;verbinden&lt;/b&gt;, wenn es selbst hier installiert ist oder wenn eine CA in seiner Kette hier installiert ist. Alle Organisationen nutzen diesen Speicher gemeinsam. Ziehen Sie Zertifikatdateien hierher, um sie zu installieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Install from files…</source>
        <translation>Aus Dateien &amp;installieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from the &amp;system store…</source>
        <translation>Aus dem &amp;Systemspeicher importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Approved CAs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zugelassene CAs&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CN on a user&apos;s profile, or a CN that matches the user&apos;s name, authenticates only when the certificate&apos;s CA is approved here. Thumbprints ignore this list. Drop certificate files here to approve them.</source>
        <translation>Ein CN im Profil eines Benutzers oder ein CN, der mit dem Namen des Benutzers übereinstimmt, authentifiziert nur, wenn die CA des Zertifikats hier zugelassen ist. Fingerabdrücke ignorieren diese Liste. Ziehen Sie Zertifikatdateien hierher, um sie zuzulassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve from files…</source>
        <translation>Aus Dateien &amp;zulassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve from the &amp;root store…</source>
        <translation>Aus &amp;Stammzertifikaten zulassen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Install in the root store</source>
        <translation>Im Stammzertifikatspeicher installieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve CAs</source>
        <translation>CAs zulassen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Not installed:&lt;/b&gt; %1. Neither these CAs nor any CA above them is in the root store, so their certificates cannot connect: approving them has no effect until one is installed.</source>
        <translation>&lt;b&gt;Nicht installiert:&lt;/b&gt; %1. Weder diese CAs noch eine CA darüber sind im Stammzertifikatspeicher, daher können sich ihre Zertifikate nicht verbinden: sie zuzulassen hat keine Wirkung, bis eine davon installiert ist.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n certificates newly installed</source>
        <translation>
            <numerusform>%n Zertifikat neu installiert</numerusform>
            <numerusform>%n Zertifikate neu installiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n CAs newly approved</source>
        <translation>
            <numerusform>%n CA neu zugelassen</numerusform>
            <numerusform>%n CAs neu zugelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already there</source>
        <translation>
            <numerusform>%n war bereits vorhanden</numerusform>
            <numerusform>%n waren bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The operating system trusts these %n roots. Tick the ones whose clients should connect; usually that is only your own organisation&apos;s CA.</source>
        <translation>
            <numerusform>Das Betriebssystem vertraut diesem %n Stammzertifikat. Markieren Sie es, wenn sich dessen Clients verbinden sollen; meist ist das nur die CA Ihrer eigenen Organisation.</numerusform>
            <numerusform>Das Betriebssystem vertraut diesen %n Stammzertifikaten. Markieren Sie diejenigen, deren Clients sich verbinden sollen; meist ist das nur die CA Ihrer eigenen Organisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Installed CAs that %1 has not approved yet:</source>
        <translation>Installierte CAs, die %1 noch nicht zugelassen hat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to choose from.</source>
        <translation>Es gibt nichts zur Auswahl.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove from the trusted root store: %1?

Clients whose chains end here will no longer connect, in every organisation.</source>
        <translation>Aus dem Stammzertifikatspeicher entfernen: %1?

Clients, deren Ketten hier enden, können sich in keiner Organisation mehr verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop approving %1?

CNs from these CAs will no longer authenticate anyone in this organisation.</source>
        <translation>%1 nicht mehr zulassen?

CNs von diesen CAs authentifizieren in dieser Organisation niemanden mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateMappingsModel</name>
    <message>
        <location filename="../src/gui/mappings/CertificateMappingsModel.cpp" line="+50"/>
        <source> AND </source>
        <translation> UND </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enabled: consulted in this order</source>
        <translation>Aktiviert: wird in dieser Reihenfolge geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled: never consulted</source>
        <translation>Deaktiviert: wird nie geprüft</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Certificate subject</source>
        <translation>Zertifikat-Antragsteller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules (all must match)</source>
        <translation>Regeln (alle müssen passen)</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateMappingsView</name>
    <message>
        <location filename="../src/gui/mappings/CertificateMappingsView.cpp" line="+66"/>
        <location line="+55"/>
        <location line="+91"/>
        <location line="+316"/>
        <source>Certificate mappings</source>
        <translation>Zertifikatzuordnungen</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>IIS configuration (*.config);;All files (*)</source>
        <translation>IIS-Konfiguration (*.config);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n mapping(s), %1 enabled</source>
        <translation>
            <numerusform>%n Zuordnung, %1 aktiviert</numerusform>
            <numerusform>%n Zuordnungen, %1 aktiviert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Ena&amp;ble</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disa&amp;ble</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Check of %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>IIS reads %n mapping(s) from this file, with no problems.</source>
        <translation>
            <numerusform>IIS liest %n Zuordnung aus dieser Datei, ohne Probleme.</numerusform>
            <numerusform>IIS liest %n Zuordnungen aus dieser Datei, ohne Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s): IIS would refuse the file or fail these mappings. Nothing is imported from a file with problems.</source>
        <translation>
            <numerusform>%n Problem: IIS würde die Datei ablehnen oder diese Zuordnungen nicht anwenden können. Aus einer Datei mit Problemen wird nichts importiert.</numerusform>
            <numerusform>%n Probleme: IIS würde die Datei ablehnen oder diese Zuordnungen nicht anwenden können. Aus einer Datei mit Problemen wird nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+120"/>
        <source>Check web.config</source>
        <translation>web.config prüfen</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1: no problems</source>
        <translation>%1: keine Probleme</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n Problem</numerusform>
            <numerusform>%1: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <location line="+18"/>
        <location line="+26"/>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+15"/>
        <source>Import web.config</source>
        <translation>web.config importieren</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %n mapping(s) from %1</source>
        <translation>
            <numerusform>%n Zuordnung aus %1 importiert</numerusform>
            <numerusform>%n Zuordnungen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the users %1 (certificate policy on both interfaces).</source>
        <translation>Die Benutzer %1 wurden angelegt (Richtlinie certificate für beide Schnittstellen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+63"/>
        <location line="+4"/>
        <source>Export web.config</source>
        <translation>web.config exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>Wrote %n mapping(s) to %1; set the passwords in IIS Manager</source>
        <translation>
            <numerusform>%n Zuordnung nach %1 geschrieben; legen Sie die Passwörter im IIS-Manager fest</numerusform>
            <numerusform>%n Zuordnungen nach %1 geschrieben; legen Sie die Passwörter im IIS-Manager fest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 has %n problem(s), listed below. Nothing was imported.</source>
        <translation>
            <numerusform>%1 hat %n Problem, siehe unten. Es wurde nichts importiert.</numerusform>
            <numerusform>%1 hat %n Probleme, siehe unten. Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file maps to users that do not exist here: %1.

Create them (certificate policy on both interfaces) and import?</source>
        <translation>Die Datei ordnet Benutzern zu, die es hier nicht gibt: %1.

Sollen sie angelegt (Richtlinie certificate für beide Schnittstellen) und die Datei importiert werden?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote %1.

The passwords of the mapped accounts are left empty: TrustDesk does not know them. Set each in IIS Manager on the IIS machine, which encrypts them there.</source>
        <translation>%1 geschrieben.

Die Passwörter der zugeordneten Konten bleiben leer: TrustDesk kennt sie nicht. Legen Sie jedes im IIS-Manager auf dem IIS-Rechner fest; dieser verschlüsselt sie dort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Export appcmd script</source>
        <translation>appcmd-Skript exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The IIS site the script configures:</source>
        <translation>Die IIS-Site, die das Skript konfiguriert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Web Site</source>
        <translation>Default Web Site</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Command scripts (*.cmd *.bat);;All files (*)</source>
        <translation>Befehlsskripte (*.cmd *.bat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Add a one-to-one mapping</source>
        <translation>1:1-Zuordnung hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The certificate of the one-to-one mapping</source>
        <translation>Das Zertifikat der 1:1-Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.pfx *.p12);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a many-to-one mapping</source>
        <translation>n:1-Zuordnung hinzufügen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit the mapping</source>
        <translation>Zuordnung bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Remove the mapping</source>
        <translation>Zuordnung entfernen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove the mapping &apos;%1&apos;?</source>
        <translation>Zuordnung &apos;%1&apos; entfernen?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reorder the mappings</source>
        <translation>Zuordnungen neu anordnen</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateMatrixView</name>
    <message>
        <location filename="../src/gui/explorer/CertificateMatrixView.cpp" line="+40"/>
        <source>Certificate matrix</source>
        <translation>Zertifikatmatrix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of certificates</source>
        <translation>Ordner mit Zertifikaten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+139"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Choose a folder or files of certificates.</source>
        <translation>Wählen Sie einen Ordner oder Zertifikatdateien.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>connects (%1); no user holds its thumbprint or its CN, and no user&apos;s name matches it</source>
        <translation>kann sich verbinden (%1); kein Benutzer hat seinen Fingerabdruck oder seinen CN, und kein Benutzername oder vollständiger Name stimmt damit überein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connects (%1); there is no user &apos;%2&apos;</source>
        <translation>kann sich verbinden (%1); es gibt keinen Benutzer &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>authenticates &apos;%1&apos; by %2 (connects by %3)</source>
        <translation>authentifiziert &apos;%1&apos; über %2 (verbindet sich über %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✖ Cannot connect</source>
        <translation>✖ Kann sich nicht verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>◐ Connects but does not authenticate</source>
        <translation>◐ Verbindet sich, authentifiziert aber nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Connects and authenticates</source>
        <translation>✔ Verbindet sich und authentifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>? Could not be read</source>
        <translation>? Nicht lesbar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n certificate(s) against the saved configuration of %1, evaluated now over HTTPS.</source>
        <translation>
            <numerusform>%n Zertifikat, geprüft gegen die gespeicherte Konfiguration von %1, jetzt über HTTPS ausgewertet.</numerusform>
            <numerusform>%n Zertifikate, geprüft gegen die gespeicherte Konfiguration von %1, jetzt über HTTPS ausgewertet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificatePickerDialog</name>
    <message>
        <location filename="../src/gui/certificates/CertificatePickerDialog.cpp" line="+24"/>
        <source>%1 (expires %2)</source>
        <translation>%1 (läuft ab: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject: %1
SHA-1: %2</source>
        <translation>Antragsteller: %1
SHA-1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::ChainDiagram</name>
    <message>
        <location filename="../src/gui/explorer/ChainDiagram.cpp" line="+37"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ expired</source>
        <translation>⚠ abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ not yet valid</source>
        <translation>⚠ noch nicht gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⌂ organisation CA</source>
        <translation>⌂ Organisations-CA</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not installed, and the client did not send it</source>
        <translation>nicht installiert, und der Client hat es nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found with the right key</source>
        <translation>nicht mit dem richtigen Schlüssel gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? not found</source>
        <translation>? nicht gefunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leaf</source>
        <translation>Endzertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>✔ installed</source>
        <translation>✔ installiert</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>★ approved</source>
        <translation>★ zugelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>⇡ from the client</source>
        <translation>⇡ vom Client</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>known intermediate</source>
        <translation>bekanntes Zwischenzertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ not a CA</source>
        <translation>✖ keine CA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>☆ not approved</source>
        <translation>☆ nicht zugelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not approved: a CN does not authenticate through it (A2, A3)</source>
        <translation>nicht zugelassen: ein CN authentifiziert über sie nicht (A2, A3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ signature verifies</source>
        <translation>✔ Signatur gültig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ signature fails</source>
        <translation>✖ Signatur ungültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? signed by a certificate not found</source>
        <translation>? signiert von einem nicht gefundenen Zertifikat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ rejected</source>
        <translation>✖ abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✖ would not verify</source>
        <translation>✖ Prüfung würde fehlschlagen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open a certificate, drop a file here, or pick a training scenario.</source>
        <translation>Öffnen Sie ein Zertifikat, legen Sie hier eine Datei ab oder wählen Sie ein Trainingsszenario.</translation>
    </message>
</context>
<context>
    <name>trustdesk::ChainExplorerView</name>
    <message>
        <location filename="../src/gui/explorer/ChainExplorerView.cpp" line="+40"/>
        <location line="+138"/>
        <location line="+5"/>
        <location line="+49"/>
        <location line="+22"/>
        <location line="+194"/>
        <source>Chain explorer</source>
        <translation>Kettenexplorer</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTPS</source>
        <translation>FTPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+244"/>
        <source>(no training scenarios)</source>
        <translation>(keine Trainingsszenarien)</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Open a certificate</source>
        <translation>Zertifikat öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Folder of certificates</source>
        <translation>Ordner mit Zertifikaten</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The passphrase is wrong. Passphrase of %1:</source>
        <translation>Die Passphrase ist falsch. Passphrase von %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste PEM</source>
        <translation>PEM einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate in PEM (and the chain the client sends):</source>
        <translation>Zertifikat im PEM-Format (und die Kette, die der Client sendet):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pasted PEM</source>
        <translation>eingefügtes PEM</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Discard %n what-if change(s) not applied?</source>
        <translation>
            <numerusform>%n nicht angewendete Was-wäre-wenn-Änderung verwerfen?</numerusform>
            <numerusform>%n nicht angewendete Was-wäre-wenn-Änderungen verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chain the client sends</source>
        <translation>Die Kette, die der Client sendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, with the chain from %1</source>
        <translation>, mit der Kette aus %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a scenario…</source>
        <translation>Szenario auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticates</source>
        <translation>authentifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects only</source>
        <translation>verbindet sich nur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation>kann sich nicht verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on an IIS mapping site — IIS %2</source>
        <translation>%1 auf einer Site mit IIS-Zuordnung — IIS %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as %2 — %3</source>
        <translation>%1 als %2 — %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Training: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Try a fix</source>
        <translation>Lösung ausprobieren</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&lt;p&gt;Open a certificate (or drop a file here), paste a PEM, or pick a training scenario. The explorer shows the chain the engine builds, whether the certificate can connect (C1, C2) and whether it authenticates the user (A1, A2, A3), and lets you try changes before you make them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öffnen Sie ein Zertifikat (oder legen Sie hier eine Datei ab), fügen Sie ein PEM ein oder wählen Sie ein Trainingsszenario. Der Explorer zeigt die Kette, die die Engine aufbaut, ob sich das Zertifikat verbinden kann (C1, C2) und ob es den Benutzer authentifiziert (A1, A2, A3), und lässt Sie Änderungen ausprobieren, bevor Sie sie vornehmen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;no user &apos;%1&apos; in this organisation&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#c62828&apos;&gt;kein Benutzer &apos;%1&apos; in dieser Organisation&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As saved.</source>
        <translation>Wie gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) not saved%1</source>
        <translation>
            <numerusform>%n Änderung nicht gespeichert%1</numerusform>
            <numerusform>%n Änderungen nicht gespeichert%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; evaluated at another time</source>
        <translation>; zu einem anderen Zeitpunkt ausgewertet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is a public CA that operating systems trust: it issues certificates to anyone who asks for one. Approved, any of them with a user&apos;s CN authenticates that user. Accept thumbprints instead, or approve only the organisation&apos;s own CA.</source>
        <translation>%1 ist eine öffentliche CA, der Betriebssysteme vertrauen: Sie stellt jedem, der danach fragt, Zertifikate aus. Ist sie zugelassen, authentifiziert jedes davon mit dem CN eines Benutzers diesen Benutzer. Nehmen Sie stattdessen Fingerabdrücke an, oder lassen Sie nur die eigene CA der Organisation zu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approving %1: every certificate it issues authenticates the user whose profile holds its CN (A2), and with Match CN on the user whose name matches it (A3). If it issues the same CN to different people, they collide.</source>
        <translation>Wenn Sie %1 zulassen, authentifiziert jedes von ihr ausgestellte Zertifikat den Benutzer, dessen Profil seinen CN enthält (A2), und bei „CN abgleichen“ den Benutzer, dessen Name ihm entspricht (A3). Stellt sie denselben CN verschiedenen Personen aus, kollidieren diese.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The organisation will have %n approved CAs: the same CN from any of them authenticates the same user.</source>
        <translation>
            <numerusform>Die Organisation wird %n zugelassene CA haben: Derselbe CN von jeder davon authentifiziert denselben Benutzer.</numerusform>
            <numerusform>Die Organisation wird %n zugelassene CAs haben: Derselbe CN von jeder davon authentifiziert denselben Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Apply the changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Save these %n change(s)? Each is written to the audit log.</source>
        <translation>
            <numerusform>Diese %n Änderung speichern? Sie wird in das Prüfprotokoll geschrieben.</numerusform>
            <numerusform>Diese %n Änderungen speichern? Jede wird in das Prüfprotokoll geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved the changes from the chain explorer</source>
        <translation>Änderungen aus dem Kettenexplorer gespeichert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The explanation is on the clipboard</source>
        <translation>Die Erklärung ist in der Zwischenablage</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export the explanation</source>
        <translation>Erklärung exportieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Export the picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>trustdesk::CreateOrganisationCaDialog</name>
    <message>
        <location filename="../src/gui/orgca/CreateOrganisationCaDialog.cpp" line="+22"/>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072 (recommended)</source>
        <translation>RSA 3072 (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA&apos;s private key is stored only encrypted (PKCS#8, AES-256, PBKDF2) under this passphrase of at least %1 characters. TrustDesk cannot recover a forgotten passphrase.</source>
        <translation>Der private Schlüssel der CA wird nur verschlüsselt gespeichert (PKCS#8, AES-256, PBKDF2), unter dieser Passphrase mit mindestens %1 Zeichen. TrustDesk kann eine vergessene Passphrase nicht wiederherstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parent CA</source>
        <translation>Übergeordnete CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CA&apos;s common name</source>
        <translation>der allgemeine Name der CA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no passphrase given</source>
        <translation>%1: keine Passphrase angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: holds no private key; the parent CA&apos;s PKCS#12 is needed</source>
        <translation>%1: enthält keinen privaten Schlüssel; das PKCS#12 der übergeordneten CA wird benötigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the CA key…</source>
        <translation>CA-Schlüssel wird erzeugt…</translation>
    </message>
</context>
<context>
    <name>trustdesk::FtpsSession</name>
    <message>
        <location filename="../src/listener/FtpsSession.cpp" line="+36"/>
        <source>Idle timeout; closing the connection.</source>
        <translation>Zeitüberschreitung wegen Inaktivität; die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-on took too long; closing the connection.</source>
        <translation>Die Anmeldung hat zu lange gedauert; die Verbindung wird geschlossen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>TrustDesk test listener (implicit FTPS) ready.</source>
        <translation>TrustDesk-Test-Listener (implizites FTPS) bereit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrustDesk test listener ready; use AUTH TLS.</source>
        <translation>TrustDesk-Test-Listener bereit; verwenden Sie AUTH TLS.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the client left before the sign-on ended</source>
        <translation>der Client hat die Verbindung vor dem Ende der Anmeldung getrennt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Line too long.</source>
        <translation>Zeile zu lang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+197"/>
        <source>Service not available: the store cannot be used right now.</source>
        <translation>Dienst nicht verfügbar: Der Speicher kann derzeit nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Already using TLS.</source>
        <translation>TLS wird bereits verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTH %1 is not supported; use AUTH TLS.</source>
        <translation>AUTH %1 wird nicht unterstützt; verwenden Sie AUTH TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH TLS OK.</source>
        <translation>AUTH TLS OK.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Goodbye.</source>
        <translation>Auf Wiedersehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Always in UTF8 mode.</source>
        <translation>Immer im UTF8-Modus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use AUTH TLS first: this server does not accept clear text.</source>
        <translation>Verwenden Sie zuerst AUTH TLS: Dieser Server akzeptiert keinen Klartext.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protection level set to Private.</source>
        <translation>Schutzstufe auf Private gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only PROT P is supported: data goes over TLS.</source>
        <translation>Nur PROT P wird unterstützt: Daten werden über TLS übertragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+172"/>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>No such directory.</source>
        <translation>Verzeichnis nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory changed to %1</source>
        <translation>Verzeichnis gewechselt zu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type set to %1.</source>
        <translation>Typ auf %1 gesetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+318"/>
        <source>No such file.</source>
        <translation>Datei nicht vorhanden.</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Cannot delete that.</source>
        <translation>Das kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command not implemented.</source>
        <translation>Befehl nicht implementiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a new USER started over</source>
        <translation>ein neues USER hat von vorn begonnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no certificate consulted</source>
        <translation>kein Zertifikat geprüft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sign-on refused: the site-wide Accept flag is set</source>
        <translation>Anmeldung abgelehnt: „Websiteweit annehmen“ ist gesetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Password required for %1</source>
        <translation>Passwort erforderlich für %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation>kann sich nicht verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticates (%1)</source>
        <translation>authentifiziert (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects, does not authenticate</source>
        <translation>verbindet sich, authentifiziert nicht</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not logged in: the FTP service cannot reach the web site&apos;s machine interface, because the whole site asks for client certificates (the site-wide Accept flag). Accept certificates on the sign-on gateways only.</source>
        <translation>Nicht angemeldet: Der FTP-Dienst kann die Maschinenschnittstelle der Website nicht erreichen, weil die gesamte Site Client-Zertifikate anfordert („Websiteweit annehmen“). Nehmen Sie Zertifikate nur an den Anmelde-Gateways an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service not available.</source>
        <translation>Dienst nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Not logged in: too many failed sign-ons; try again in %n second(s).</source>
        <translation>
            <numerusform>Nicht angemeldet: zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Nicht angemeldet: zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many sign-ons at once; try again shortly.</source>
        <translation>Zu viele gleichzeitige Anmeldungen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in: this username cannot have a folder.</source>
        <translation>Nicht angemeldet: Für diesen Benutzernamen kann es keinen Ordner geben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the user&apos;s folder.</source>
        <translation>Der Ordner des Benutzers kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot use the user&apos;s folder.</source>
        <translation>Der Ordner des Benutzers kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User %1 logged in.</source>
        <translation>Benutzer %1 angemeldet.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Login with USER first.</source>
        <translation>Melden Sie sich zuerst mit USER an.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot open a data connection.</source>
        <translation>Es kann keine Datenverbindung geöffnet werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Entering Extended Passive Mode (|||%1|)</source>
        <translation>Erweiterter passiver Modus wird aktiviert (|||%1|)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering Passive Mode (%1,%2,%3,%4,%5,%6).</source>
        <translation>Passiver Modus wird aktiviert (%1,%2,%3,%4,%5,%6).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Use PROT P first: data goes over TLS.</source>
        <translation>Verwenden Sie zuerst PROT P: Daten werden über TLS übertragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use PASV or EPSV first.</source>
        <translation>Verwenden Sie zuerst PASV oder EPSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such file or directory.</source>
        <translation>Datei oder Verzeichnis nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a file name.</source>
        <translation>Kein Dateiname.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write that file: %1.</source>
        <translation>Diese Datei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening data connection.</source>
        <translation>Datenverbindung wird geöffnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No data connection was opened.</source>
        <translation>Es wurde keine Datenverbindung geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <location line="+39"/>
        <source>Transfer complete.</source>
        <translation>Übertragung abgeschlossen.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cannot read the file.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transfer aborted.</source>
        <translation>Übertragung abgebrochen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write that file.</source>
        <translation>Diese Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Upload larger than %1 bytes refused.</source>
        <translation>Upload größer als %1 Bytes abgelehnt.</translation>
    </message>
</context>
<context>
    <name>trustdesk::HoldingTankView</name>
    <message>
        <location filename="../src/gui/tank/HoldingTankView.cpp" line="+43"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN</source>
        <translation>CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untrusted CA</source>
        <translation>Nicht vertrauenswürdige CA</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Holding tank</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %L1 entries</source>
        <translation>mehr als %L1 Einträge</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Holding-tank settings</source>
        <translation>Einstellungen der Warteschlange</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Install CA…</source>
        <translation>CA &amp;installieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ccept…</source>
        <translation>&amp;Annehmen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Delete holding-tank entries</source>
        <translation>Warteschlangeneinträge löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>Delete the %n selected entries?</source>
        <translation>
            <numerusform>Den %n ausgewählten Eintrag löschen?</numerusform>
            <numerusform>Die %n ausgewählten Einträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete every holding-tank entry of %1?</source>
        <translation>Alle Warteschlangeneinträge von %1 löschen?</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueCertificateWizard</name>
    <message>
        <location filename="../src/gui/orgca/IssueCertificateWizard.cpp" line="+29"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+58"/>
        <location line="+6"/>
        <location line="+33"/>
        <location line="+12"/>
        <source>Create a client certificate</source>
        <translation>Client-Zertifikat erstellen</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Making the key and signing the certificate…</source>
        <translation>Schlüssel wird erzeugt und Zertifikat wird signiert…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Issued &apos;%1&apos; to %2 (serial %3)</source>
        <translation>&apos;%1&apos; für %2 ausgestellt (Seriennummer %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;p&gt;Issued to &lt;b&gt;%1&lt;/b&gt; (serial %2). Written:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ausgestellt für &lt;b&gt;%1&lt;/b&gt; (Seriennummer %2). Geschrieben:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Send the passphrase separately&lt;/b&gt;: by telephone or in person, never in the same message as the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Senden Sie die Passphrase getrennt&lt;/b&gt;: telefonisch oder persönlich, nie in derselben Nachricht wie die Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the wizard? Nothing has been issued, and what you entered is lost.</source>
        <translation>Assistent schließen? Es wurde nichts ausgestellt, und Ihre Eingaben gehen verloren.</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueKeyPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueKeyPage.cpp" line="+17"/>
        <source>RSA 2048 — works with every client (recommended)</source>
        <translation>RSA 2048 — funktioniert mit jedem Client (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096 — slow to make and to use</source>
        <translation>RSA 4096 — langsam zu erzeugen und zu verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256 — small and fast; not for very old clients</source>
        <translation>EC P-256 — klein und schnell; nicht für sehr alte Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The request brings its own key: %1</source>
        <translation>Die Anforderung bringt ihren eigenen Schlüssel mit: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid until %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is after the organisation CA expires (%1); choose fewer days.</source>
        <translation>Das liegt nach dem Ablauf der Organisations-CA (%1); wählen Sie weniger Tage.</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueOutputPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueOutputPage.cpp" line="+19"/>
        <source>PKCS#12 (.p12), AES-256 with PBKDF2 (recommended)</source>
        <translation>PKCS#12 (.p12), AES-256 mit PBKDF2 (empfohlen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKCS#12 (.p12), legacy 3DES/SHA-1: weak, only for Windows 7 and Server 2012 R2 or older</source>
        <translation>PKCS#12 (.p12), veraltetes 3DES/SHA-1: schwach, nur für Windows 7 und Server 2012 R2 oder älter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificate (.pem) and encrypted PEM key (.key)</source>
        <translation>PEM-Zertifikat (.pem) und verschlüsselter PEM-Schlüssel (.key)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Write the certificate to</source>
        <translation>Zertifikat speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signed certificate is written as PEM. The user already has the key.</source>
        <translation>Das signierte Zertifikat wird als PEM geschrieben. Der Benutzer besitzt den Schlüssel bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate goes to the file named; the key, encrypted under the passphrase, to the same name ending in .key.</source>
        <translation>Das Zertifikat wird in die angegebene Datei geschrieben, der mit der Passphrase verschlüsselte Schlüssel in eine gleichnamige Datei mit der Endung .key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy encryption can be broken with little effort. Use it only for clients that cannot read AES-256 PKCS#12 files, and send the passphrase separately.</source>
        <translation>Die veraltete Verschlüsselung lässt sich mit geringem Aufwand brechen. Verwenden Sie sie nur für Clients, die keine PKCS#12-Dateien mit AES-256 lesen können, und senden Sie die Passphrase getrennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds the certificate, its key and the CA certificate, protected by the passphrase (at least %1 characters). Send the passphrase separately.</source>
        <translation>Die Datei enthält das Zertifikat, seinen Schlüssel und das CA-Zertifikat, geschützt durch die Passphrase (mindestens %1 Zeichen). Senden Sie die Passphrase getrennt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a file in an existing folder.</source>
        <translation>Wählen Sie eine Datei in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrases differ.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueRegisterPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueRegisterPage.cpp" line="+39"/>
        <source>&lt;b&gt;Thumbprint&lt;/b&gt;: only this certificate matches, so there is no collision with other users; but a renewed certificate must be registered again.</source>
        <translation>&lt;b&gt;Fingerabdruck&lt;/b&gt;: Nur dieses Zertifikat passt, daher gibt es keine Kollision mit anderen Benutzern; ein erneuertes Zertifikat muss jedoch erneut registriert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;CN&lt;/b&gt;: a renewed certificate with the same CN from an approved CA keeps working; but any approved CA&apos;s certificate with this CN matches too.</source>
        <translation>&lt;b&gt;CN&lt;/b&gt;: Ein erneuertes Zertifikat mit demselben CN von einer zugelassenen CA funktioniert weiter; allerdings passt auch jedes Zertifikat einer zugelassenen CA mit diesem CN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing registered: the certificate is recorded as issued, but it authenticates &apos;%1&apos; only if Match CN applies (A3), or after an administrator accepts it from the holding tank.</source>
        <translation>Nichts registriert: Das Zertifikat wird als ausgestellt erfasst, authentifiziert &apos;%1&apos; aber nur, wenn der CN-Abgleich greift (A3), oder nachdem ein Administrator es aus der Warteschlange angenommen hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&amp;#9888; &apos;%1&apos; signs on with a password only, on HTTPS and on FTPS: no certificate is consulted for them until a policy asks for one (edit the user).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&amp;#9888; &apos;%1&apos; meldet sich über HTTPS und FTPS nur mit Passwort an: Für diesen Benutzer wird kein Zertifikat geprüft, bis eine Richtlinie eines verlangt (Benutzer bearbeiten).&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueSubjectPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueSubjectPage.cpp" line="+38"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>This CN matches the user&apos;s name and &lt;b&gt;Match CN is on&lt;/b&gt;: A3 authenticates &apos;%1&apos; with it even if nothing is registered.</source>
        <translation>Dieser CN stimmt mit dem Namen des Benutzers überein und &lt;b&gt;der CN-Abgleich ist aktiviert&lt;/b&gt;: A3 authentifiziert &apos;%1&apos; damit, auch wenn nichts registriert ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This CN matches the user&apos;s name, but &lt;b&gt;Match CN is off&lt;/b&gt; in this organisation: register the thumbprint or the CN on the next pages.</source>
        <translation>Dieser CN stimmt mit dem Namen des Benutzers überein, aber in dieser Organisation ist &lt;b&gt;der CN-Abgleich deaktiviert&lt;/b&gt;: Registrieren Sie auf den nächsten Seiten den Fingerabdruck oder den CN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CN differs from the user&apos;s name and full name: Match CN (A3) never applies; register the thumbprint or the CN on the next pages.</source>
        <translation>Dieser CN unterscheidet sich vom Benutzernamen und vom vollständigen Namen: Der CN-Abgleich (A3) greift nie; registrieren Sie auf den nächsten Seiten den Fingerabdruck oder den CN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already holds this CN</source>
        <translation>%1 hat diesen CN bereits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1&apos;s name matches it</source>
        <translation>der Name von %1 stimmt damit überein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Other users claim this CN&lt;/b&gt;; with a CN credential they could sign on with each other&apos;s certificates:</source>
        <translation>&lt;b&gt;Andere Benutzer beanspruchen diesen CN&lt;/b&gt;; mit einer CN-Anmeldeinformation könnten sie sich mit den Zertifikaten der jeweils anderen anmelden:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueSummaryPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueSummaryPage.cpp" line="+62"/>
        <source>thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos;</source>
        <translation>CN &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 (kept by the user)</source>
        <translation>%1 (bleibt beim Benutzer)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n Tag, bis %1</numerusform>
            <numerusform>%n Tage, bis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS client authentication; digital signature</source>
        <translation>TLS-Client-Authentifizierung; digitale Signatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueUserPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueUserPage.cpp" line="+52"/>
        <source>Issued by the organisation CA &lt;b&gt;%1&lt;/b&gt; (%2, valid until %3).</source>
        <translation>Ausgestellt von der Organisations-CA &lt;b&gt;%1&lt;/b&gt; (%2, gültig bis %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;This organisation has no CA yet.&lt;/b&gt; Create or import one under Organisation CA first.</source>
        <translation>&lt;b&gt;Diese Organisation hat noch keine CA.&lt;/b&gt; Erstellen oder importieren Sie zuerst eine unter Organisations-CA.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>No user &apos;%1&apos; in this organisation.</source>
        <translation>Kein Benutzer &apos;%1&apos; in dieser Organisation.</translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>%1%2 — %n accepted credential(s)</source>
        <translation>
            <numerusform>%1%2 — %n angenommene Anmeldeinformation</numerusform>
            <numerusform>%1%2 — %n angenommene Anmeldeinformationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the request file the user sent.</source>
        <translation>Wählen Sie die Anforderungsdatei, die der Benutzer gesendet hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request for &lt;b&gt;%1&lt;/b&gt;, key %2. Its signature verifies.</source>
        <translation>Anforderung für &lt;b&gt;%1&lt;/b&gt;, Schlüssel %2. Ihre Signatur ist gültig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate signing request</source>
        <translation>Zertifikatsignieranforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate signing requests (*.csr *.req *.pem *.der);;All files (*)</source>
        <translation>Zertifikatsignieranforderungen (*.csr *.req *.pem *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This organisation has no CA yet.</source>
        <translation>Diese Organisation hat noch keine CA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the user first.</source>
        <translation>Wählen Sie zuerst den Benutzer.</translation>
    </message>
</context>
<context>
    <name>trustdesk::ListenerView</name>
    <message>
        <location filename="../src/gui/listener/ListenerView.cpp" line="+27"/>
        <source>Test listener</source>
        <translation>Test-Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>127.0.0.1 (this machine only)</source>
        <translation>127.0.0.1 (nur dieser Rechner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>::1 (this machine only, IPv6)</source>
        <translation>::1 (nur dieser Rechner, IPv6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.0.0.0 (every network interface)</source>
        <translation>0.0.0.0 (alle Netzwerkschnittstellen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept certificates on the sign-on gateways (default)</source>
        <translation>Zertifikate an den Anmelde-Gateways annehmen (Standard)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require certificates site-wide</source>
        <translation>Zertifikate websiteweit verlangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore certificates</source>
        <translation>Zertifikate ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept site-wide (a misconfiguration, to demonstrate it)</source>
        <translation>Websiteweit annehmen (eine Fehlkonfiguration, zur Demonstration)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS client certificate mapping (the certificate names the user)</source>
        <translation>IIS-Zuordnung von Client-Zertifikaten (das Zertifikat bestimmt den Benutzer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate verdict</source>
        <translation>Zertifikatbewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no store is open</source>
        <translation>kein Speicher geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require client certificates on every page?</source>
        <translation>Client-Zertifikate auf jeder Seite verlangen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody signs on without a certificate that connects, administrators included, except on the exception paths (/MOVEitISAPI, /Java, /Images).</source>
        <translation>Niemand kann sich ohne ein Zertifikat anmelden, das sich verbinden kann – auch Administratoren nicht –, außer auf den Ausnahmepfaden (/MOVEitISAPI, /Java, /Images).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server certificate could not be read</source>
        <translation>das Serverzertifikat konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listening on %1 — server certificate %2</source>
        <translation>Lauscht auf %1 — Serverzertifikat %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test listener is running</source>
        <translation>Der Test-Listener läuft</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+94"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&lt;b&gt;Signs of the site-wide Accept flag&lt;/b&gt;&lt;br&gt;1. Pages that asked for a certificate (browsers show an empty certificate prompt): %1&lt;br&gt;2. File transfers and FTP sign-ons refused: %2</source>
        <translation>&lt;b&gt;Anzeichen für „Websiteweit annehmen“&lt;/b&gt;&lt;br&gt;1. Seiten, die ein Zertifikat angefordert haben (Browser zeigen eine leere Zertifikatabfrage an): %1&lt;br&gt;2. Abgelehnte Dateiübertragungen und FTP-Anmeldungen: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Every interface: other machines on the network can reach the listener.</source>
        <translation>Alle Schnittstellen: Andere Rechner im Netzwerk können den Listener erreichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require site-wide: nobody signs on without a certificate, administrators included.</source>
        <translation>Websiteweit verlangen: Niemand kann sich ohne Zertifikat anmelden, auch Administratoren nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept site-wide is the misconfiguration in which browsers show an empty certificate prompt and non-browser transfers fail; it is here to show why.</source>
        <translation>Websiteweit annehmen ist die Fehlkonfiguration, bei der Browser eine leere Zertifikatabfrage anzeigen und Übertragungen ohne Browser fehlschlagen; sie ist hier, um zu zeigen, warum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IIS mapping: this organisation has no certificate mappings, so every certificate gets 401.2 (see Certificate mappings).</source>
        <translation>IIS-Zuordnung: Diese Organisation hat keine Zertifikatzuordnungen, daher erhält jedes Zertifikat 401.2 (siehe Zertifikatzuordnungen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>trustdesk::MainWindow</name>
    <message>
        <location filename="../src/gui/app/MainWindow.cpp" line="+91"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+501"/>
        <location line="+4"/>
        <source>Holding tank</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="-504"/>
        <source>Trusted root store</source>
        <translation>Stammzertifikate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved CAs</source>
        <translation>Zugelassene CAs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate mappings</source>
        <translation>Zertifikatzuordnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation CA</source>
        <translation>Organisations-CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chain explorer</source>
        <translation>Kettenexplorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test listener</source>
        <translation>Test-Listener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test &amp;listener</source>
        <translation>Test-&amp;Listener</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 (connection lost, reconnecting)</source>
        <translation>%1 (Verbindung verloren, wird wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>from the holding tank (%1, %2)</source>
        <translation>aus der Warteschlange (%1, %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from the trusted root store</source>
        <translation>aus dem Stammzertifikatspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the approved CAs</source>
        <translation>aus den zugelassenen CAs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an attempt on the test listener (%1, %2), answered %3</source>
        <translation>ein Versuch am Test-Listener (%1, %2), Antwort: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+44"/>
        <location line="+12"/>
        <source>no store is open</source>
        <translation>kein Speicher geöffnet</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+36"/>
        <location line="+12"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation>unbekannter Benutzer &apos;%1&apos; in Organisation &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown view &apos;%1&apos; (users, user:NAME, roots, cas, tank, audit, settings, orgca, wizard[:NAME], explorer[:FILE[@USER]], matrix[:DIR[@USER]], listener, shared-store)</source>
        <translation>unbekannte Ansicht &apos;%1&apos; (users, user:NAME, roots, cas, tank, audit, settings, orgca, wizard[:NAME], explorer[:FILE[@USER]], matrix[:DIR[@USER]], listener, shared-store)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Import users into %1</source>
        <translation>Benutzer in %1 importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>New store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>TrustDesk stores (*.db);;All files (*)</source>
        <translation>TrustDesk-Speicher (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 already exists; open it with File &gt; Open store.</source>
        <translation>%1 existiert bereits; öffnen Sie den Speicher mit Datei &gt; Speicher öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About TrustDesk</source>
        <translation>Über TrustDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Administration of client-certificate authentication: which certificates can connect, which authenticate whom, and why.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Verwaltung der Authentifizierung mit Client-Zertifikaten: welche Zertifikate sich verbinden können, welche wen authentifizieren, und warum.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 on %2 - TrustDesk</source>
        <translation>%1 auf %2 - TrustDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 - TrustDesk</source>
        <translation>%1 - TrustDesk</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Holding tank (%1)</source>
        <translation>Warteschlange (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unsaved settings</source>
        <translation>Nicht gespeicherte Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 have changed. Save them before closing?</source>
        <translation>Die Einstellungen von %1 wurden geändert. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>trustdesk::ManyToOneMappingDialog</name>
    <message>
        <location filename="../src/gui/mappings/ManyToOneMappingDialog.cpp" line="+28"/>
        <source>Allow: sign in as the user below</source>
        <translation>Zulassen: als der unten angegebene Benutzer anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny: refuse the certificate (403.12)</source>
        <translation>Verweigern: das Zertifikat ablehnen (403.12)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate field</source>
        <translation>Zertifikatfeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-field</source>
        <translation>Unterfeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case-sensitive</source>
        <translation>Groß/Klein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New many-to-one mapping</source>
        <translation>Neue n:1-Zuordnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Many-to-one mapping &apos;%1&apos;</source>
        <translation>n:1-Zuordnung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CN common name, OU organisational unit, O organisation, L locality, S state or province, C country, E e-mail address; or any other attribute short name</source>
        <translation>CN allgemeiner Name, OU Organisationseinheit, O Organisation, L Ort, S Bundesland oder Provinz, C Land, E E-Mail-Adresse; oder ein beliebiger anderer Attribut-Kurzname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example Contoso*</source>
        <translation>zum Beispiel Contoso*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare letter case exactly (IIS&apos;s default)</source>
        <translation>Groß-/Kleinschreibung genau vergleichen (Standard von IIS)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rule %1: &apos;%2&apos; is not an attribute name (such as CN, OU, O, L, S, C or E)</source>
        <translation>Regel %1: &apos;%2&apos; ist kein Attributname (wie CN, OU, O, L, S, C oder E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rule %1 has no pattern</source>
        <translation>Regel %1 hat kein Muster</translation>
    </message>
</context>
<context>
    <name>trustdesk::OneToOneMappingDialog</name>
    <message>
        <location filename="../src/gui/mappings/OneToOneMappingDialog.cpp" line="+27"/>
        <source>One-to-one mapping</source>
        <translation>1:1-Zuordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New one-to-one mapping</source>
        <translation>Neue 1:1-Zuordnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;This exact certificate (compared byte for byte) signs in as the user below:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;issued by %2&lt;br&gt;valid until %3&lt;br&gt;thumbprint %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Genau dieses Zertifikat (Byte für Byte verglichen) meldet sich als der unten angegebene Benutzer an:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ausgestellt von %2&lt;br&gt;gültig bis %3&lt;br&gt;Fingerabdruck %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trustdesk::OpenSharedStoreDialog</name>
    <message>
        <location filename="../src/gui/app/OpenSharedStoreDialog.cpp" line="+43"/>
        <source>Open shared store</source>
        <translation>Gemeinsamen Speicher öffnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>asked each time, never saved</source>
        <translation>wird jedes Mal abgefragt, nie gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require TLS and verify the server&apos;s certificate and name</source>
        <translation>TLS verlangen und Zertifikat und Namen des Servers prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require TLS and verify the server&apos;s certificate</source>
        <translation>TLS verlangen und Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require TLS (the server is not verified)</source>
        <translation>TLS verlangen (der Server wird nicht geprüft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS when the server offers it (not safe on a network)</source>
        <translation>TLS, wenn der Server es anbietet (im Netzwerk unsicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No TLS (this machine only)</source>
        <translation>Kein TLS (nur dieser Rechner)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A store on a PostgreSQL server is shared: every administrator who opens it sees the others&apos; changes within seconds. Without a password, the server&apos;s own arrangements (~/.pgpass, PGPASSWORD, peer or certificate sign-on) are used.</source>
        <translation>Ein Speicher auf einem PostgreSQL-Server ist gemeinsam: Jeder Administrator, der ihn öffnet, sieht die Änderungen der anderen innerhalb von Sekunden. Ohne Passwort werden die eigenen Mechanismen des Servers verwendet (~/.pgpass, PGPASSWORD, Peer- oder Zertifikatanmeldung).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enter the server&apos;s host name or address (no spaces, &apos;/&apos; or &apos;@&apos;).</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein (ohne Leerzeichen, &apos;/&apos; oder &apos;@&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database&apos;s name (no spaces, &apos;/&apos;, &apos;@&apos; or &apos;:&apos;).</source>
        <translation>Geben Sie den Namen der Datenbank ein (ohne Leerzeichen, &apos;/&apos;, &apos;@&apos; oder &apos;:&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database user (no spaces, &apos;/&apos;, &apos;@&apos; or &apos;:&apos;).</source>
        <translation>Geben Sie den Datenbankbenutzer ein (ohne Leerzeichen, &apos;/&apos;, &apos;@&apos; oder &apos;:&apos;).</translation>
    </message>
</context>
<context>
    <name>trustdesk::OrganisationCaView</name>
    <message>
        <location filename="../src/gui/orgca/OrganisationCaView.cpp" line="+27"/>
        <source>Organisation CA</source>
        <translation>Organisations-CA</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replace by a &amp;new CA…</source>
        <translation>Durch &amp;neue CA ersetzen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un&amp;lock…</source>
        <translation>&amp;Entsperren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;%1 has no CA of its own yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one (a new root, or an intermediate under a CA you hold) or import one from a PKCS#12 file. It issues client certificates for your users with the wizard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 hat noch keine eigene CA.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Erstellen Sie eine (eine neue Stamm-CA oder eine Zwischen-CA unter einer CA, deren Schlüssel Sie besitzen) oder importieren Sie eine aus einer PKCS#12-Datei. Mit dem Assistenten stellt sie Client-Zertifikate für Ihre Benutzer aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>itself (a root)</source>
        <translation>sie selbst (Stammzertifikat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, stored encrypted (PKCS#8, AES-256, PBKDF2); %2</source>
        <translation>%1, verschlüsselt gespeichert (PKCS#8, AES-256, PBKDF2); %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;unlocked&lt;/b&gt; for this session</source>
        <translation>&lt;b&gt;entsperrt&lt;/b&gt; für diese Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in the root store</source>
        <translation>im Stammzertifikatspeicher installiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;not installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;nicht installiert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved for this organisation</source>
        <translation>für diese Organisation zugelassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;not approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;nicht zugelassen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Certificates it issues are installed and approved with the first one issued.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die CA wird installiert und zugelassen, sobald sie das erste Zertifikat ausstellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace the organisation CA &apos;%1&apos;?</source>
        <translation>Organisations-CA &apos;%1&apos; ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates it issued keep working while it stays installed and approved; new ones come from the new CA. Its key is forgotten.</source>
        <translation>Von ihr ausgestellte Zertifikate funktionieren weiter, solange sie installiert und zugelassen bleibt; neue Zertifikate stammen von der neuen CA. Ihr Schlüssel wird verworfen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Import the organisation CA</source>
        <translation>Organisations-CA importieren</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase to store the CA key under (at least %1 characters):</source>
        <translation>Neue Passphrase, unter der der CA-Schlüssel gespeichert wird (mindestens %1 Zeichen):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the CA in the trusted root store and approve it for this organisation?</source>
        <translation>Die CA im Stammzertifikatspeicher installieren und für diese Organisation zulassen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading and re-encrypting the CA key…</source>
        <translation>CA-Schlüssel wird gelesen und neu verschlüsselt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Unlock the organisation CA</source>
        <translation>Organisations-CA entsperren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Passphrase of the CA key (kept in memory until you lock it or close the store):</source>
        <translation>Passphrase des CA-Schlüssels (bleibt im Arbeitsspeicher, bis Sie die CA sperren oder den Speicher schließen):</translation>
    </message>
</context>
<context>
    <name>trustdesk::SettingsView</name>
    <message>
        <location filename="../src/gui/settings/SettingsView.cpp" line="+54"/>
        <source>&lt;h2&gt;Settings of %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Einstellungen von %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings of %1 saved</source>
        <translation>Einstellungen von %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>trustdesk::TankModel</name>
    <message>
        <location filename="../src/gui/tank/TankModel.cpp" line="+22"/>
        <source>CN</source>
        <translation>CN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrusted CA</source>
        <translation>Nicht vertrauenswürdige CA</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Subject: %1
Issuer: %2
Expires: %3</source>
        <translation>Antragsteller: %1
Aussteller: %2
Läuft ab: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>trustdesk::TestListener</name>
    <message>
        <location filename="../src/listener/TestListener.cpp" line="+31"/>
        <source>cannot write the log: %1</source>
        <translation>das Protokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot use the server certificate for HTTPS</source>
        <translation>das Serverzertifikat kann nicht für HTTPS verwendet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot listen for HTTPS on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 für HTTPS nicht möglich: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FTPS needs a root folder for the users&apos; files (--root DIR)</source>
        <translation>FTPS benötigt einen Stammordner für die Dateien der Benutzer (--root DIR)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot use the server certificate for FTPS data connections</source>
        <translation>das Serverzertifikat kann nicht für FTPS-Datenverbindungen verwendet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot listen for FTPS on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 für FTPS nicht möglich: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot listen for implicit FTPS on %1 port %2: %3</source>
        <translation>Lauschen auf %1, Port %2 für implizites FTPS nicht möglich: %3</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The request took too long.</source>
        <translation>Die Anfrage hat zu lange gedauert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The request is not HTTP/1.1 this site reads.</source>
        <translation>Die Anfrage ist kein HTTP/1.1, das diese Site lesen kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
</context>
<context>
    <name>trustdesk::TlsDataChannel</name>
    <message>
        <location filename="../src/listener/TlsDataChannel.cpp" line="+113"/>
        <source>the TLS handshake on the data connection failed</source>
        <translation>der TLS-Handshake auf der Datenverbindung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>trustdesk::UserEditDialog</name>
    <message>
        <location filename="../src/gui/users/UserEditDialog.cpp" line="+42"/>
        <source>Edit user %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no password set</source>
        <translation>kein Passwort festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Discard what you entered?</source>
        <translation>Ihre Eingaben verwerfen?</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Ein Benutzer namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>trustdesk::UserProfileView</name>
    <message>
        <location filename="../src/gui/users/UserProfileView.cpp" line="+42"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a new client certificate for this user from the organisation CA</source>
        <translation>Ein neues Client-Zertifikat für diesen Benutzer von der Organisations-CA ausstellen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>User profile</source>
        <translation>Benutzerprofil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create or import the organisation CA first (Certificates › Organisation CA)</source>
        <translation>Erstellen oder importieren Sie zuerst die Organisations-CA (Zertifikate › Organisations-CA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No full name</source>
        <translation>Kein vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Disabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deaktiviert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS: %1</source>
        <translation>HTTPS: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTPS: %1</source>
        <translation>FTPS: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password set</source>
        <translation>Passwort festgelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate that connects authenticates %1 when its thumbprint is listed here, or when its CN is listed here or is %2 (Match CN is on) and its CA is approved.</source>
        <translation>Ein Zertifikat, das sich verbinden kann, authentifiziert %1, wenn sein Fingerabdruck hier aufgeführt ist oder wenn sein CN hier aufgeführt ist oder %2 lautet (CN-Abgleich ist aktiviert) und seine CA zugelassen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate that connects authenticates %1 when its thumbprint is listed here, or when its CN is listed here and its CA is approved. (Match CN is off.)</source>
        <translation>Ein Zertifikat, das sich verbinden kann, authentifiziert %1, wenn sein Fingerabdruck hier aufgeführt ist oder wenn sein CN hier aufgeführt ist und seine CA zugelassen ist. (CN-Abgleich ist deaktiviert.)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Certificates %1 presented that connected but did not authenticate. Accept the CN or the thumbprint; entries expire after %n days.</source>
        <translation>
            <numerusform>Von %1 vorgelegte Zertifikate, die sich verbinden konnten, aber nicht authentifiziert haben. Nehmen Sie den CN oder den Fingerabdruck an; Einträge laufen nach %n Tag ab.</numerusform>
            <numerusform>Von %1 vorgelegte Zertifikate, die sich verbinden konnten, aber nicht authentifiziert haben. Nehmen Sie den CN oder den Fingerabdruck an; Einträge laufen nach %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CN</source>
        <translation>CN</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Holding tank (%n entries)</source>
        <translation>
            <numerusform>Warteschlange (%n Eintrag)</numerusform>
            <numerusform>Warteschlange (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>Add a credential for %1</source>
        <translation>Anmeldeinformation für %1 hinzufügen</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+28"/>
        <source>Add credential</source>
        <translation>Anmeldeinformation hinzufügen</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+11"/>
        <source>Import a certificate for %1</source>
        <translation>Zertifikat für %1 importieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove credential</source>
        <translation>Anmeldeinformation entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete holding-tank entry</source>
        <translation>Warteschlangeneintrag löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Delete holding-tank entries</source>
        <translation>Warteschlangeneinträge löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Delete all %n holding-tank entries of %1?</source>
        <translation>
            <numerusform>Den %n Warteschlangeneintrag von %1 löschen?</numerusform>
            <numerusform>Alle %n Warteschlangeneinträge von %1 löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::UsersModel</name>
    <message>
        <location filename="../src/gui/users/UsersModel.cpp" line="+26"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password + certificate</source>
        <translation>Passwort + Zertifikat</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/gui/users/UsersView.cpp" line="+50"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/users/UsersView.cpp" line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 (%n expiring)</source>
        <translation>
            <numerusform>%1 (%n läuft ab)</numerusform>
            <numerusform>%1 (%n laufen ab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n certificate(s) issued to this user expire within %1 days</source>
        <translation>
            <numerusform>%n für diesen Benutzer ausgestelltes Zertifikat läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%n für diesen Benutzer ausgestellte Zertifikate laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n holding-tank entries wait to be accepted or deleted</source>
        <translation>
            <numerusform>%n Warteschlangeneintrag wartet darauf, angenommen oder gelöscht zu werden</numerusform>
            <numerusform>%n Warteschlangeneinträge warten darauf, angenommen oder gelöscht zu werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTPS policy</source>
        <translation>HTTPS-Richtlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FTPS policy</source>
        <translation>FTPS-Richtlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In tank</source>
        <translation>Wartend</translation>
    </message>
</context>
<context>
    <name>trustdesk::UsersView</name>
    <message>
        <location filename="../src/gui/users/UsersView.cpp" line="+13"/>
        <location line="+51"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %L1 matching</source>
        <translation>mehr als %L1 Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enable users</source>
        <translation>Benutzer aktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable users</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the user %1 with their accepted credentials and holding-tank entries?</source>
        <translation>Den Benutzer %1 mit seinen angenommenen Anmeldeinformationen und Warteschlangeneinträgen entfernen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n users with their accepted credentials and holding-tank entries?</source>
        <translation>
            <numerusform>%n Benutzer mit seinen angenommenen Anmeldeinformationen und Warteschlangeneinträgen entfernen?</numerusform>
            <numerusform>%n Benutzer mit ihren angenommenen Anmeldeinformationen und Warteschlangeneinträgen entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove users</source>
        <translation>Benutzer entfernen</translation>
    </message>
</context>
<context>
    <name>trustdesk::Verdict</name>
    <message>
        <location filename="../src/core/engine/Verdict.cpp" line="+171"/>
        <source>Certificate  %1</source>
        <translation>Zertifikat       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  issuer     %1</source>
        <translation>  Aussteller     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  thumbprint %1</source>
        <translation>  Fingerabdruck  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  sha-256    %1</source>
        <translation>  SHA-256        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  valid      %1 to %2</source>
        <translation>  gültig         %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CONNECT      %1 %2</source>
        <translation>VERBINDEN        %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>  path (as built, leaf first):</source>
        <translation>  Pfad (wie aufgebaut, Endzertifikat zuerst):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a CA</source>
        <translation>keine CA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>         ! warning: %1</source>
        <translation>         ! Warnung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    rejected candidate: %1</source>
        <translation>    abgelehnter Kandidat: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTHENTICATE %1 as &apos;%2&apos; %3</source>
        <translation>AUTHENTIFIZIEREN %1 als &apos;%2&apos; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HOLDING TANK nothing would be added</source>
        <translation>WARTESCHLANGE    es würde nichts hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLDING TANK an attempt would add:</source>
        <translation>WARTESCHLANGE    ein Versuch würde hinzufügen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connects</source>
        <translation>kann sich verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects and authenticates (%1)</source>
        <translation>kann sich verbinden und authentifiziert (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connects (%1)</source>
        <translation>kann sich verbinden (%1)</translation>
    </message>
</context>
<context>
    <name>trustdesk::Workspace</name>
    <message>
        <location filename="../src/gui/app/Workspace.cpp" line="+32"/>
        <source>Refreshed with changes made by another administrator or program</source>
        <translation>Mit Änderungen eines anderen Administrators oder Programms aktualisiert</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The connection to %1 was lost; reconnecting…</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen; wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reconnected to %1; every view shows the store as it is now</source>
        <translation>Wieder mit %1 verbunden; jede Ansicht zeigt den aktuellen Stand des Speichers</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>organisation &apos;%1&apos; has no CA; create or import one first</source>
        <translation>Organisation &apos;%1&apos; hat keine CA; erstellen oder importieren Sie zuerst eine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking the organisation CA…</source>
        <translation>Organisations-CA wird entsperrt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisation CA is unlocked for this session</source>
        <translation>Die Organisations-CA ist für diese Sitzung entsperrt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organisation CA is locked</source>
        <translation>Die Organisations-CA ist gesperrt</translation>
    </message>
</context>
</TS>
