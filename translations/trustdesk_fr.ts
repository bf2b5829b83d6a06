<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AcceptTankEntryDialog</name>
    <message>
        <location filename="../ui/tank/AcceptTankEntryDialog.ui" line="+32"/>
        <source>Also &amp;approve this CA for the organisation (its CNs can then authenticate)</source>
        <translation>&amp;Approuver aussi cette AC pour l’organisation (ses CN pourront alors authentifier)</translation>
    </message>
</context>
<context>
    <name>AddCredentialDialog</name>
    <message>
        <location filename="../ui/users/AddCredentialDialog.ui" line="+6"/>
        <source>Add an accepted credential</source>
        <translation>Ajouter un identifiant accepté</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Thumbprint: only this one certificate; breaks when it is renewed</source>
        <translation>&amp;Empreinte&#xa0;: ce seul certificat&#xa0;; ne fonctionne plus une fois celui-ci renouvelé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;CN: any certificate with this CN from an approved CA; survives renewal</source>
        <translation>&amp;CN&#xa0;: tout certificat portant ce CN émis par une AC approuvée&#xa0;; survit au renouvellement</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <location filename="../src/core/services/AtomicFileWriter.cpp" line="+15"/>
        <location line="+6"/>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../ui/settings/AuditView.ui" line="+9"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Journal d’audit&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by who, organisation, action, target or value</source>
        <translation>Filtrer par auteur, organisation, action, cible ou valeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>CertificateDetailsDialog</name>
    <message>
        <location filename="../ui/certificates/CertificateDetailsDialog.ui" line="+16"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Serial number:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid from:</source>
        <translation>Valide du&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Valid until:</source>
        <translation>Valide jusqu’au&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Public key:</source>
        <translation>Clé publique&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Certificate authority:</source>
        <translation>Autorité de certification&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SHA-1 thumbprint:</source>
        <translation>Empreinte SHA-1&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Copy PEM</source>
        <translation>&amp;Copier le PEM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy &amp;thumbprint</source>
        <translation>Copier l’&amp;empreinte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
</context>
<context>
    <name>CertificateIssuanceService</name>
    <message>
        <location filename="../src/core/services/CertificateIssuanceService.cpp" line="+47"/>
        <source>organisation &apos;%1&apos; has no CA</source>
        <translation>l’organisation «&#xa0;%1&#xa0;» n’a pas d’AC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; was not issued by the organisation CA &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été émis par l’AC de l’organisation «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CertificateListView</name>
    <message>
        <location filename="../ui/certificates/CertificateListView.ui" line="+59"/>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>CertificateLoader</name>
    <message>
        <location filename="../src/core/x509/CertificateLoader.cpp" line="+73"/>
        <source>not a readable PKCS#12 file</source>
        <translation>fichier PKCS#12 illisible</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the PKCS#12 file is protected by a passphrase; give it with --passphrase-stdin</source>
        <translation>le fichier PKCS#12 est protégé par une phrase secrète&#xa0;; indiquez-la avec --passphrase-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrong passphrase for the PKCS#12 file</source>
        <translation>phrase secrète incorrecte pour le fichier PKCS#12</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PKCS#12 file could not be decrypted (unsupported encryption or damaged contents)</source>
        <translation>le fichier PKCS#12 n’a pas pu être déchiffré (chiffrement non pris en charge ou contenu endommagé)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no PEM block found</source>
        <translation>aucun bloc PEM trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM block %1 is damaged (bad base64 or missing END line)</source>
        <translation>le bloc PEM %1 est endommagé (base64 invalide ou ligne END manquante)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+58"/>
        <source>contains a private key, not a certificate</source>
        <translation>contient une clé privée, pas un certificat</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>contains a certificate request, not a certificate</source>
        <translation>contient une demande de certificat, pas un certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>contains a revocation list, not a certificate</source>
        <translation>contient une liste de révocation, pas un certificat</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>contains no certificate</source>
        <translation>ne contient aucun certificat</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the PKCS#7 file contains no certificate</source>
        <translation>le fichier PKCS#7 ne contient aucun certificat</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+50"/>
        <source>not a certificate in any format TrustDesk reads (PEM, DER, PKCS#7, PKCS#12, base64)</source>
        <translation>n’est un certificat dans aucun des formats que TrustDesk lit (PEM, DER, PKCS#7, PKCS#12, base64)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is larger than the %1 MiB limit for certificate files</source>
        <translation>dépasse la limite de %1 Mio fixée pour les fichiers de certificat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not valid base64</source>
        <translation>base64 invalide</translation>
    </message>
</context>
<context>
    <name>CertificateMapper</name>
    <message>
        <location filename="../src/core/engine/CertificateMapper.cpp" line="+113"/>
        <source>no client certificate was presented, and this site requires one</source>
        <translation>aucun certificat client n’a été présenté, et ce site en exige un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not consulted: no certificate</source>
        <translation>non consulté&#xa0;: aucun certificat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the certificate cannot connect (%1), so no mapping is consulted</source>
        <translation>le certificat ne peut pas se connecter (%1), donc aucun mappage n’est consulté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not consulted: the certificate cannot connect</source>
        <translation>non consulté&#xa0;: le certificat ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not consulted: &apos;%1&apos; decided first</source>
        <translation>non consulté&#xa0;: «&#xa0;%1&#xa0;» a décidé en premier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled, so not consulted</source>
        <translation>désactivé, donc non consulté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is its certificate (thumbprint %1)</source>
        <translation>c’est son certificat (empreinte %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it maps another certificate (thumbprint %1, not %2)</source>
        <translation>il mappe un autre certificat (empreinte %1, pas %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rule %1 does not match: the %2 has no %3</source>
        <translation>la règle %1 ne correspond pas&#xa0;: le champ %2 n’a pas de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule %1 does not match: the %2&apos;s %3 is %4</source>
        <translation>la règle %1 ne correspond pas&#xa0;: le %3 du champ %2 vaut %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 matches &apos;%2&apos;</source>
        <translation>%1 correspond à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no rules, so it matches nothing</source>
        <translation>il n’a aucune règle, donc il ne correspond à rien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every rule matches: %1</source>
        <translation>toutes les règles correspondent&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no mapping matches this certificate</source>
        <translation>aucun mappage ne correspond à ce certificat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mapping &apos;%1&apos; matches and denies access</source>
        <translation>le mappage «&#xa0;%1&#xa0;» correspond et refuse l’accès</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mapping &apos;%1&apos; matches, but its user &apos;%2&apos; does not exist</source>
        <translation>le mappage «&#xa0;%1&#xa0;» correspond, mais son utilisateur «&#xa0;%2&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mapping &apos;%1&apos; matches, but its user &apos;%2&apos; is disabled</source>
        <translation>le mappage «&#xa0;%1&#xa0;» correspond, mais son utilisateur «&#xa0;%2&#xa0;» est désactivé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>signed in as &apos;%1&apos; by mapping &apos;%2&apos;</source>
        <translation>connecté en tant que «&#xa0;%1&#xa0;» par le mappage «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CertificateMapping</name>
    <message>
        <location filename="../src/core/domain/CertificateMapping.cpp" line="+100"/>
        <source>(no certificate)</source>
        <translation>(aucun certificat)</translation>
    </message>
</context>
<context>
    <name>CertificateMappingsView</name>
    <message>
        <location filename="../ui/mappings/CertificateMappingsView.ui" line="+12"/>
        <source>&lt;h2&gt;Certificate mappings (IIS)&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mappages de certificats (IIS)&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An IIS site with client certificate mapping signs users in by their certificate alone. A certificate that cannot connect is never mapped. Then the enabled one-to-one mappings are consulted (one exact certificate each), then the enabled many-to-one mappings in this order: the first that matches decides, allowing as its user or denying.</source>
        <translation>Un site IIS avec mappage de certificats clients connecte les utilisateurs par leur seul certificat. Un certificat qui ne peut pas se connecter n’est jamais mappé. Ensuite, les mappages un-à-un activés sont consultés (un certificat exact chacun), puis les mappages plusieurs-à-un activés, dans cet ordre&#xa0;: le premier qui correspond décide, en autorisant la connexion en tant que son utilisateur ou en refusant l’accès.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import web.config…</source>
        <translation>&amp;Importer un web.config…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the mappings of a web.config or applicationHost.config after these (all or nothing)</source>
        <translation>Ajouter à la suite les mappages d’un web.config ou d’un applicationHost.config (tout ou rien)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;heck web.config…</source>
        <translation>&amp;Vérifier un web.config…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List every problem IIS would have with a web.config, naming each mapping</source>
        <translation>Lister chaque problème qu’IIS aurait avec un web.config, en nommant chaque mappage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport web.config…</source>
        <translation>E&amp;xporter en web.config…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write these mappings as a web.config that IIS reads</source>
        <translation>Écrire ces mappages dans un web.config lisible par IIS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;appcmd script…</source>
        <translation>Exporter un script &amp;appcmd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write an appcmd.exe script that puts these mappings into an IIS site</source>
        <translation>Écrire un script appcmd.exe qui installe ces mappages dans un site IIS</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>I&amp;dentify a certificate…</source>
        <translation>I&amp;dentifier un certificat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a certificate in the chain explorer and see which mapping signs it in</source>
        <translation>Ouvrir un certificat dans l’Explorateur de chaîne et voir quel mappage le connecte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One-to-one: one exact certificate each, consulted first</source>
        <translation>Un-à-un&#xa0;: un certificat exact chacun, consultés en premier</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Many-to-one: rules on the certificate, consulted in this order</source>
        <translation>Plusieurs-à-un&#xa0;: règles sur le certificat, consultés dans cet ordre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add &amp;one-to-one…</source>
        <translation>Ajouter un-à-&amp;un…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;many-to-one…</source>
        <translation>Ajouter &amp;plusieurs-à-un…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disa&amp;ble</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consult this mapping earlier</source>
        <translation>Consulter ce mappage plus tôt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consult this mapping later</source>
        <translation>Consulter ce mappage plus tard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Hide the problems</source>
        <translation>Masquer les problèmes</translation>
    </message>
</context>
<context>
    <name>CertificateMatrixView</name>
    <message>
        <location filename="../ui/explorer/CertificateMatrixView.ui" line="+9"/>
        <source>&lt;h2&gt;Certificate matrix&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Matrice des certificats&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>folder of certificates (PEM, DER, PKCS#7)</source>
        <translation>dossier de certificats (PEM, DER, PKCS#7)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder…</source>
        <translation>&amp;Dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;iles…</source>
        <translation>F&amp;ichiers…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: each certificate&apos;s best-matching user</source>
        <translation>vide&#xa0;: l’utilisateur correspondant le mieux à chaque certificat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Evaluate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>CertificatePickerDialog</name>
    <message>
        <location filename="../ui/certificates/CertificatePickerDialog.ui" line="+22"/>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select &amp;all shown</source>
        <translation>Sélectionner les &amp;visibles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select &amp;none</source>
        <translation>&amp;Tout désélectionner</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <location filename="../src/core/x509/CertificateRequest.cpp" line="+22"/>
        <source>%1: not a certificate signing request (expected PKCS#10 in PEM or DER)</source>
        <translation>%1&#xa0;: pas une demande de signature de certificat (PKCS#10 en PEM ou DER attendu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the request&apos;s signature does not verify with its own public key; it was altered or is broken</source>
        <translation>%1&#xa0;: la signature de la demande ne se vérifie pas avec sa propre clé publique&#xa0;; elle a été modifiée ou est endommagée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the request&apos;s key is %2; TrustDesk signs RSA keys of 2048 bits or more</source>
        <translation>%1&#xa0;: la clé de la demande est %2&#xa0;; TrustDesk signe les clés RSA de 2048 bits ou plus</translation>
    </message>
</context>
<context>
    <name>CertificateSet</name>
    <message>
        <location filename="../src/core/store/CertificateSet.cpp" line="+81"/>
        <source>&apos;%1&apos; is not a CA certificate, so it cannot be an intermediate</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un certificat d’AC, il ne peut donc pas être un certificat intermédiaire</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no installed certificate has thumbprint %1</source>
        <translation>aucun certificat installé n’a l’empreinte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no known intermediate has thumbprint %1</source>
        <translation>aucun certificat intermédiaire connu n’a l’empreinte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no approved CA of organisation &apos;%1&apos; has thumbprint %2</source>
        <translation>aucune AC approuvée de l’organisation «&#xa0;%1&#xa0;» n’a l’empreinte %2</translation>
    </message>
</context>
<context>
    <name>CertificateSetCommand</name>
    <message>
        <location filename="../src/cli/commands/CertificateSetCommand.cpp" line="+76"/>
        <source>installed  %1</source>
        <translation>installé   %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved   %1</source>
        <translation>approuvé   %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: &apos;%1&apos; is approved but not installed in the trusted root store; certificates under it cannot connect unless something on their path is installed</source>
        <translation>avertissement&#xa0;: «&#xa0;%1&#xa0;» est approuvée mais pas installée dans le magasin des racines de confiance&#xa0;; les certificats qui en dépendent ne peuvent pas se connecter, sauf si un certificat de leur chemin est installé</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n certificate(s) newly installed</source>
        <translation>
            <numerusform>%n certificat nouvellement installé</numerusform>
            <numerusform>%n certificats nouvellement installés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n intermediate(s) newly added</source>
        <translation>
            <numerusform>%n certificat intermédiaire nouvellement ajouté</numerusform>
            <numerusform>%n certificats intermédiaires nouvellement ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>  [not installed: its certificates cannot connect]</source>
        <translation>  [non installée&#xa0;: ses certificats ne peuvent pas se connecter]</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the trusted root store</source>
        <translation>du magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the known intermediates</source>
        <translation>des certificats intermédiaires connus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the approved CAs</source>
        <translation>des AC approuvées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed %1 from %2</source>
        <translation>%1 supprimé %2</translation>
    </message>
</context>
<context>
    <name>ChainExplorerView</name>
    <message>
        <location filename="../ui/explorer/ChainExplorerView.ui" line="+11"/>
        <source>&lt;h2&gt;Chain explorer&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Explorateur de chaîne&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open certificate…</source>
        <translation>&amp;Ouvrir un certificat…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste PEM…</source>
        <translation>&amp;Coller du PEM…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hain sent by the client…</source>
        <translation>C&amp;haîne envoyée par le client…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Training:</source>
        <translation>&amp;Exercice&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>username (empty: connect only)</source>
        <translation>nom d’utilisateur (vide&#xa0;: connexion seule)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Evaluate at:</source>
        <translation>É&amp;valuer au&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No&amp;w</source>
        <translation>Mainte&amp;nant</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>What if… (nothing is saved until Apply)</source>
        <translation>Et si… (rien n’est enregistré avant Appliquer)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Appliquer…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy as text</source>
        <translation>Co&amp;pier en texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export te&amp;xt…</source>
        <translation>Exporter en te&amp;xte…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export PN&amp;G…</source>
        <translation>Exporter en PN&amp;G…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Matrix of a folder…</source>
        <translation>&amp;Matrice d’un dossier…</translation>
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
        <translation>P vaut password, certificate ou password+certificate. Les fichiers de certificat peuvent être en PEM, DER,
PKCS#7, PKCS#12 (phrase secrète avec --passphrase-stdin) ou base64 sur une seule ligne.
Codes de sortie&#xa0;: 0 succès (explain&#xa0;: se connecte et authentifie), 10 se connecte seulement,
20 ne peut pas se connecter, 2 erreur d’utilisation, 3 entrée invalide, 4 erreur du magasin.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Try &apos;trustdesk-cli --help&apos;.</source>
        <translation>Essayez &apos;trustdesk-cli --help&apos;.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <location filename="../src/cli/CliArguments.cpp" line="+112"/>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>option inconnue «&#xa0;--%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>l’option «&#xa0;--%1&#xa0;» attend une valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>l’option «&#xa0;--%1&#xa0;» n’accepte pas de valeur</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <location filename="../src/cli/CliCommand.cpp" line="+46"/>
        <location line="+12"/>
        <source>usage: trustdesk-cli %1</source>
        <translation>utilisation&#xa0;: trustdesk-cli %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>option &apos;--%1&apos; does not apply to &apos;%2&apos;</source>
        <translation>l’option «&#xa0;--%1&#xa0;» ne s’applique pas à «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../src/cli/CliContext.cpp" line="+60"/>
        <source>--now: &apos;%1&apos; is not an ISO 8601 time (for example 2026-06-01T10:00:00Z)</source>
        <translation>--now&#xa0;: «&#xa0;%1&#xa0;» n’est pas une heure ISO 8601 (par exemple 2026-06-01T10:00:00Z)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: nothing on standard input</source>
        <translation>%1&#xa0;: rien sur l’entrée standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the line on standard input is longer than %2 bytes</source>
        <translation>%1&#xa0;: la ligne sur l’entrée standard dépasse %2 octets</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <location filename="../src/cli/CliFormat.cpp" line="+91"/>
        <source>--%1: &apos;%2&apos; is neither &apos;on&apos; nor &apos;off&apos;</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» ne vaut ni «&#xa0;on&#xa0;» ni «&#xa0;off&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a %2 (a positive whole number)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un %2 valide (nombre entier positif attendu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--%1: &apos;%2&apos; is not a policy (password, certificate or password+certificate)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une stratégie (password, certificate ou password+certificate)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--key: &apos;%1&apos; is not a key type (rsa2048, rsa3072, rsa4096, ec256 or ec384)</source>
        <translation>--key&#xa0;: «&#xa0;%1&#xa0;» n’est pas un type de clé (rsa2048, rsa3072, rsa4096, ec256 ou ec384)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--days: &apos;%1&apos; is not a positive number of days</source>
        <translation>--days&#xa0;: «&#xa0;%1&#xa0;» n’est pas un nombre de jours positif</translation>
    </message>
</context>
<context>
    <name>ClientCertificateIssuer</name>
    <message>
        <location filename="../src/core/orgca/ClientCertificateIssuer.cpp" line="+43"/>
        <source>the validity must be between 1 and %1 days, not %2</source>
        <translation>la durée de validité doit être comprise entre 1 et %1 jours, et non %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the organisation CA &apos;%1&apos; expires on %2; a certificate valid for %3 days would outlive it</source>
        <translation>l’AC de l’organisation «&#xa0;%1&#xa0;» expire le %2&#xa0;; un certificat valide %3 jours lui survivrait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the common name</source>
        <translation>le nom commun</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>the country &apos;%1&apos; must be two capital letters (ISO 3166), such as GB or DE</source>
        <translation>le pays «&#xa0;%1&#xa0;» doit s’écrire en deux lettres majuscules (ISO 3166), par exemple GB ou DE</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is longer than 64 characters</source>
        <translation>«&#xa0;%1&#xa0;» dépasse 64 caractères</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the request&apos;s subject &apos;%1&apos; must have exactly one readable common name, or no credential rule can use it</source>
        <translation>le sujet de la demande «&#xa0;%1&#xa0;» doit avoir exactement un nom commun lisible, sinon aucune règle d’identifiant ne peut l’utiliser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the request&apos;s common name</source>
        <translation>le nom commun de la demande</translation>
    </message>
</context>
<context>
    <name>CommonName</name>
    <message>
        <location filename="../src/core/domain/CommonName.cpp" line="+47"/>
        <source>its subject has no CN</source>
        <translation>son sujet n’a pas de CN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its subject has %1 CNs, and only a subject with exactly one CN can be matched</source>
        <translation>son sujet a %1 CN, et seul un sujet ayant exactement un CN peut être comparé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its CN is not valid text in its declared string type</source>
        <translation>son CN n’est pas un texte valide dans le type de chaîne déclaré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its CN contains a NUL or other control character</source>
        <translation>son CN contient un caractère NUL ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its CN contains an invisible format character (a bidi override or a zero-width character), so it can read like another name</source>
        <translation>son CN contient un caractère de mise en forme invisible (un forçage bidirectionnel ou un caractère de largeur nulle), il peut donc se lire comme un autre nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its CN is empty</source>
        <translation>son CN est vide</translation>
    </message>
</context>
<context>
    <name>CreateOrganisationCaDialog</name>
    <message>
        <location filename="../ui/orgca/CreateOrganisationCaDialog.ui" line="+6"/>
        <source>Create the organisation CA</source>
        <translation>Créer l’AC de l’organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Common &amp;name:</source>
        <translation>&amp;Nom commun&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for example &quot;Acme Client CA&quot;</source>
        <translation>par exemple «&#xa0;Acme Client CA&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation (O):</source>
        <translation>&amp;Organisation (O)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Key type:</source>
        <translation>&amp;Type de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signed &amp;by:</source>
        <translation>Signée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>itself (a root); or a parent CA&apos;s PKCS#12 file for an intermediate</source>
        <translation>elle-même (une racine)&#xa0;; ou le fichier PKCS#12 d’une AC parente pour une AC intermédiaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;nfirm:</source>
        <translation>Con&amp;firmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Install it in the trusted root store and approve it for this organisation</source>
        <translation>&amp;Installer dans le magasin des racines de confiance et approuver pour cette organisation</translation>
    </message>
</context>
<context>
    <name>CredCommand</name>
    <message>
        <location filename="../src/cli/commands/CredCommand.cpp" line="+32"/>
        <source>give exactly one of --thumbprint, --cn%1</source>
        <translation>indiquez exactement une option parmi --thumbprint, --cn%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or --cert</source>
        <translation> ou --cert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>user &apos;%1&apos; now accepts %2 &apos;%3&apos;</source>
        <translation>l’utilisateur «&#xa0;%1&#xa0;» accepte désormais «&#xa0;%3&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &apos;%1&apos; no longer accepts %2 &apos;%3&apos;</source>
        <translation>l’utilisateur «&#xa0;%1&#xa0;» n’accepte plus «&#xa0;%3&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>CrlCommand</name>
    <message numerus="yes">
        <location filename="../src/cli/commands/CrlCommand.cpp" line="+27"/>
        <source>%n revocation list(s) newly added</source>
        <translation>
            <numerusform>%n liste de révocation nouvellement ajoutée</numerusform>
            <numerusform>%n listes de révocation nouvellement ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1  %2  (%3 revoked, next update %4)</source>
        <translation>%1  %2  (%3 révoqué(s), prochaine mise à jour %4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>revocation list id</source>
        <translation>identifiant de liste de révocation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed revocation list %1</source>
        <translation>liste de révocation %1 supprimée</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <location filename="../src/core/demo/DemoStore.cpp" line="+101"/>
        <source>%1: cannot write the demo file (%2)</source>
        <translation>%1&#xa0;: impossible d’écrire le fichier de démonstration (%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: cannot create the demo folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier de démonstration</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Contractors sign in with their own accounts, never as staff</source>
        <translation>Les sous-traitants se connectent avec leurs propres comptes, jamais en tant que personnel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everybody of Northwind with a certificate from Chug and Ring</source>
        <translation>Toute personne de Northwind ayant un certificat émis par Chug and Ring</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Frank&apos;s certificate chains through &apos;Chug and Ring&apos; to the installed root &apos;Toot&apos; (C2); the CN &apos;Frank&apos; is on the profile and &apos;Chug and Ring&apos; is approved (A2).</source>
        <translation>Le certificat de Frank remonte par «&#xa0;Chug and Ring&#xa0;» jusqu’à la racine installée «&#xa0;Toot&#xa0;» (C2)&#xa0;; le CN «&#xa0;Frank&#xa0;» figure sur le profil et «&#xa0;Chug and Ring&#xa0;» est approuvée (A2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rich&apos;s laptop certificate: its thumbprint is on Rich&apos;s profile (A1), which works whatever the approved CA list says.</source>
        <translation>Certificat du portable de Rich&#xa0;: son empreinte figure sur le profil de Rich (A1), ce qui fonctionne quelle que soit la liste des AC approuvées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CN &apos;Dick&apos; is an alternate CN on Rich&apos;s profile, from an approved CA (A2).</source>
        <translation>Le CN «&#xa0;Dick&#xa0;» est un CN alternatif sur le profil de Rich, émis par une AC approuvée (A2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match CN is on: CN &apos;Rich&apos; matches the username, from the approved &apos;Chug and Ring&apos; (A3).</source>
        <translation>La correspondance du CN est activée&#xa0;: le CN «&#xa0;Rich&#xa0;» correspond au nom d’utilisateur, émis par l’AC approuvée «&#xa0;Chug and Ring&#xa0;» (A3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;Verisign-like&apos; is approved but not installed: its certificates cannot connect at all.</source>
        <translation>«&#xa0;Verisign-like&#xa0;» est approuvée mais pas installée&#xa0;: ses certificats ne peuvent pas du tout se connecter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An expired copy of Frank&apos;s certificate: every certificate on the path must be inside its validity period.</source>
        <translation>Une copie expirée du certificat de Frank&#xa0;: chaque certificat du chemin doit être dans sa période de validité.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mallory&apos;s certificate was signed with Frank&apos;s key: &apos;Frank&apos; is not a CA, so it cannot vouch for anybody.</source>
        <translation>Le certificat de Mallory a été signé avec la clé de Frank&#xa0;: «&#xa0;Frank&#xa0;» n’est pas une AC, il ne peut donc se porter garant de personne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A self-signed certificate nobody installed: nothing on its path is trusted.</source>
        <translation>Un certificat auto-signé que personne n’a installé&#xa0;: rien sur son chemin n’est approuvé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CN &apos;Rich&apos; from &apos;Side Door CA&apos;: installed, so it connects, but not approved, so the CN does not count (A2 and A3 fail).</source>
        <translation>CN «&#xa0;Rich&#xa0;» émis par «&#xa0;Side Door CA&#xa0;»&#xa0;: installée, donc le certificat se connecte, mais non approuvée, donc le CN ne compte pas (A2 et A3 échouent).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CN &apos;Frank&apos; issued directly by the installed root &apos;Toot&apos;, which is not approved: it connects, but approving only a root is never enough for A2 or A3; the issuing CA must be approved.</source>
        <translation>CN «&#xa0;Frank&#xa0;» émis directement par la racine installée «&#xa0;Toot&#xa0;», qui n’est pas approuvée&#xa0;: le certificat se connecte, mais approuver seulement une racine ne suffit jamais pour A2 ou A3&#xa0;; l’AC émettrice doit être approuvée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gus renewed his certificate: the new thumbprint is not on his profile, which only holds the old one; it lands in the holding tank.</source>
        <translation>Gus a renouvelé son certificat&#xa0;: la nouvelle empreinte ne figure pas sur son profil, qui ne contient que l’ancienne&#xa0;; elle arrive dans la file d’attente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The FTPS walk-through: user &apos;moveitfreelydemo&apos; presents &apos;Lucy&apos;; the first attempt fails with 530 and fills the tank; accept the CN and the next attempt signs on.</source>
        <translation>Le parcours FTPS&#xa0;: l’utilisateur «&#xa0;moveitfreelydemo&#xa0;» présente «&#xa0;Lucy&#xa0;»&#xa0;; la première tentative échoue avec 530 et remplit la file d’attente&#xa0;; acceptez le CN, et la tentative suivante se connecte.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>IIS mapping: Frank&apos;s exact certificate is mapped one-to-one to &apos;frank&apos;; one-to-one mappings are consulted before any many-to-one mapping.</source>
        <translation>Mappage IIS&#xa0;: le certificat exact de Frank est mappé un-à-un sur «&#xa0;frank&#xa0;»&#xa0;; les mappages un-à-un sont consultés avant tout mappage plusieurs-à-un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS mapping: O=Northwind from &apos;Chug and Ring&apos; matches both rules of the many-to-one mapping &apos;Northwind staff&apos;, which signs Ina in as &apos;staff&apos;.</source>
        <translation>Mappage IIS&#xa0;: O=Northwind émis par «&#xa0;Chug and Ring&#xa0;» satisfait les deux règles du mappage plusieurs-à-un «&#xa0;Northwind staff&#xa0;», qui connecte Ina en tant que «&#xa0;staff&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS mapping: Carl is of Northwind too, but the deny for OU=Contractors is listed first, and the first mapping that matches decides: 403.12.</source>
        <translation>Mappage IIS&#xa0;: Carl fait aussi partie de Northwind, mais le refus pour OU=Contractors est listé en premier, et le premier mappage qui correspond décide&#xa0;: 403.12.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS mapping: Olga&apos;s certificate connects, but O=Fabrikam matches no mapping: 401.2.</source>
        <translation>Mappage IIS&#xa0;: le certificat d’Olga se connecte, mais O=Fabrikam ne correspond à aucun mappage&#xa0;: 401.2.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../src/gui/common/ErrorReporter.cpp" line="+21"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <location filename="../src/cli/commands/ExplainCommand.cpp" line="+24"/>
        <source>explain needs --cert FILE</source>
        <translation>explain nécessite --cert FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--record needs --user NAME: holding tank entries belong to a user</source>
        <translation>--record nécessite --user NAME&#xa0;: les entrées de la file d’attente appartiennent à un utilisateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--interface: &apos;%1&apos; is neither https nor ftps</source>
        <translation>--interface&#xa0;: «&#xa0;%1&#xa0;» n’est ni https ni ftps</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation>utilisateur «&#xa0;%1&#xa0;» inconnu dans l’organisation «&#xa0;%2&#xa0;»</translation>
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
Ceci est une simulation («&#xa0;et si&#xa0;»), pas la configuration enregistrée&#xa0;:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not: </source>
        <translation>non&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  - evaluated at %1
</source>
        <translation>  - évalué le %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As saved: %1
</source>
        <translation>Tel qu’enregistré&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — evaluated %2</source>
        <translation>%1 — évalué le %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write the picture</source>
        <translation>%1&#xa0;: impossible d’écrire l’image</translation>
    </message>
</context>
<context>
    <name>FixChange</name>
    <message>
        <location filename="../src/core/engine/Fix.cpp" line="+31"/>
        <source>Install &apos;%1&apos; (%2…) in the trusted root store</source>
        <translation>Installer «&#xa0;%1&#xa0;» (%2…) dans le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve &apos;%1&apos; (%2…) as a CA of the organisation</source>
        <translation>Approuver «&#xa0;%1&#xa0;» (%2…) comme AC de l’organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the CN &apos;%1&apos; for user &apos;%2&apos;</source>
        <translation>Accepter le CN «&#xa0;%1&#xa0;» pour l’utilisateur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the thumbprint %1 for user &apos;%2&apos;</source>
        <translation>Accepter l’empreinte %1 pour l’utilisateur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn on Match CN to username/full name for the organisation</source>
        <translation>Activer la correspondance du CN avec le nom d’utilisateur ou le nom complet pour l’organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable user &apos;%1&apos;</source>
        <translation>Activer l’utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FixFinder</name>
    <message>
        <location filename="../src/core/engine/FixFinder.cpp" line="+255"/>
        <source>its holder needs a certificate that is valid now (a renewed one)</source>
        <translation>son titulaire a besoin d’un certificat valide maintenant (un certificat renouvelé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its holder needs a new certificate: this one, or a CA above it, is revoked</source>
        <translation>son titulaire a besoin d’un nouveau certificat&#xa0;: celui-ci, ou une AC au-dessus de lui, est révoqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its holder needs to send the CA certificates that really issued it (or a new certificate): no certificate TrustDesk knows verifies its signature</source>
        <translation>son titulaire doit envoyer les certificats des AC qui l’ont réellement émis (ou obtenir un nouveau certificat)&#xa0;: aucun certificat connu de TrustDesk ne vérifie sa signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its holder needs a certificate signed with SHA-256 or better</source>
        <translation>son titulaire a besoin d’un certificat signé avec SHA-256 ou mieux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its holder needs a certificate issued by a real CA: a certificate on its path is not allowed to sign certificates</source>
        <translation>son titulaire a besoin d’un certificat émis par une véritable AC&#xa0;: un certificat de son chemin n’est pas autorisé à signer des certificats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its holder needs a certificate made for client authentication</source>
        <translation>son titulaire a besoin d’un certificat conçu pour l’authentification client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its holder needs a certificate with a name its CA may certify</source>
        <translation>son titulaire a besoin d’un certificat portant un nom que son AC est autorisée à certifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its holder needs a certificate without extensions TrustDesk cannot check</source>
        <translation>son titulaire a besoin d’un certificat sans extensions que TrustDesk ne peut pas vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a current revocation list from its issuer must be added (crl add)</source>
        <translation>une liste de révocation à jour de son émetteur doit être ajoutée (crl add)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its holder needs to send the CA certificates above it, so that one of them can be installed</source>
        <translation>son titulaire doit envoyer les certificats d’AC au-dessus de lui, afin que l’un d’eux puisse être installé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its holder needs another certificate</source>
        <translation>son titulaire a besoin d’un autre certificat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>; no change to TrustDesk&apos;s configuration can help: %1</source>
        <translation>&#xa0;; aucune modification de la configuration de TrustDesk ne peut aider&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HoldingTankRepository</name>
    <message>
        <location filename="../src/core/store/HoldingTankRepository.cpp" line="+128"/>
        <source>no holding tank entry %1 in organisation &apos;%2&apos;</source>
        <translation>aucune entrée %1 dans la file d’attente de l’organisation «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>HoldingTankView</name>
    <message>
        <location filename="../ui/tank/HoldingTankView.ui" line="+9"/>
        <source>&lt;h2&gt;Holding tank&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;File d’attente&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificates that connected but did not authenticate an existing user wait here in pairs, one entry for the CN and one for the thumbprint. Accept either into the user&apos;s profile. CAs sent by clients that could not connect wait here too, ready to be installed.</source>
        <translation>Les certificats qui se sont connectés mais n’ont authentifié aucun utilisateur existant attendent ici par paires&#xa0;: une entrée pour le CN et une pour l’empreinte. Acceptez l’une ou l’autre dans le profil de l’utilisateur. Les AC envoyées par des clients qui n’ont pas pu se connecter attendent aussi ici, prêtes à être installées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entries expire after</source>
        <translation>Les entrées expirent après</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; at most</source>
        <translation>; au plus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> pairs per user</source>
        <translation> paires par utilisateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>A&amp;ccept…</source>
        <translation>A&amp;ccepter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;details…</source>
        <translation>&amp;Détails du certificat…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain in the chain explorer</source>
        <translation>E&amp;xpliquer dans l’Explorateur de chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;user</source>
        <translation>Ouvrir l’&amp;utilisateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;lete selected</source>
        <translation>Supprimer la sé&amp;lection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete &amp;all…</source>
        <translation>&amp;Tout supprimer…</translation>
    </message>
</context>
<context>
    <name>HttpsSite</name>
    <message>
        <location filename="../src/listener/HttpsSite.cpp" line="+175"/>
        <source>This site requires a client certificate.</source>
        <translation>Ce site exige un certificat client.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sign on</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;form method=&apos;post&apos; action=&apos;/human.aspx&apos;&gt;&lt;p&gt;&lt;label&gt;Username &lt;input name=&apos;username&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;label&gt;Password &lt;input name=&apos;password&apos; type=&apos;password&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;button type=&apos;submit&apos;&gt;Sign on&lt;/button&gt;&lt;/p&gt;&lt;/form&gt;&lt;p&gt;Client certificate mode: %1&lt;/p&gt;</source>
        <translation>&lt;form method=&apos;post&apos; action=&apos;/human.aspx&apos;&gt;&lt;p&gt;&lt;label&gt;Nom d’utilisateur &lt;input name=&apos;username&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;label&gt;Mot de passe &lt;input name=&apos;password&apos; type=&apos;password&apos;&gt;&lt;/label&gt;&lt;/p&gt;&lt;p&gt;&lt;button type=&apos;submit&apos;&gt;Se connecter&lt;/button&gt;&lt;/p&gt;&lt;/form&gt;&lt;p&gt;Mode du certificat client&#xa0;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign on with POST.</source>
        <translation>Connectez-vous avec POST.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is nothing at %1.</source>
        <translation>Il n’y a rien à l’adresse %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+35"/>
        <location line="+113"/>
        <source>Sign-on failed.</source>
        <translation>Échec de la connexion.</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+130"/>
        <source>Signed on</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>&lt;p&gt;Signed on as &lt;b&gt;%1&lt;/b&gt; by password.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connecté en tant que &lt;b&gt;%1&lt;/b&gt; par mot de passe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>signed on by password</source>
        <translation>connecté par mot de passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong password</source>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&apos;%1&apos; needs a client certificate, but this site ignores certificates.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin d’un certificat client, mais ce site ignore les certificats.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 asked for a certificate; none was presented (a browser shows an empty certificate prompt)</source>
        <translation>%1 a demandé un certificat&#xa0;; aucun n’a été présenté (un navigateur affiche une demande de certificat vide)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for a certificate it does not use</source>
        <translation>%1 a demandé un certificat sans s’en servir</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+119"/>
        <source>The service is not available: the store cannot be used right now.</source>
        <translation>Le service n’est pas disponible&#xa0;: le magasin est inutilisable pour le moment.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>transfer refused: the site-wide Accept flag is set</source>
        <translation>transfert refusé&#xa0;: l’option «&#xa0;Accepter sur tout le site&#xa0;» est activée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-on failed: the transfer service cannot reach the site&apos;s machine interface because the whole site asks for client certificates (the site-wide Accept flag). Accept certificates on the sign-on gateways only.</source>
        <translation>Échec de la connexion&#xa0;: le service de transfert ne peut pas joindre l’interface machine du site, car tout le site demande des certificats clients (l’option «&#xa0;Accepter sur tout le site&#xa0;»). Acceptez les certificats sur les passerelles de connexion uniquement.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The service is not available.</source>
        <translation>Le service n’est pas disponible.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no certificate consulted</source>
        <translation>aucun certificat consulté</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Sign-on failed: too many failed sign-ons; try again in %n second(s).</source>
        <translation>
            <numerusform>Échec de la connexion&#xa0;: trop de connexions échouées&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>Échec de la connexion&#xa0;: trop de connexions échouées&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many sign-ons at once; try again shortly.</source>
        <translation>Trop de connexions simultanées&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This site answers GET: who the certificate signs in as.</source>
        <translation>Ce site répond à GET&#xa0;: il indique sous quelle identité le certificat connecte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed in as &apos;%1&apos; (%2)</source>
        <translation>connecté en tant que «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IIS %1: %2</source>
        <translation>IIS %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the one-to-one mapping #%1 (this exact certificate)</source>
        <translation>le mappage un-à-un n°%1 (ce certificat exact)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the many-to-one mapping #%1 &apos;%2&apos;</source>
        <translation>le mappage plusieurs-à-un n°%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Signed in as &lt;b&gt;%1&lt;/b&gt; by %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connecté en tant que &lt;b&gt;%1&lt;/b&gt; par %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sign on first: the sign-on session is missing or expired.</source>
        <translation>Connectez-vous d’abord&#xa0;: la session de connexion est absente ou expirée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A client certificate is required to sign on as &apos;%1&apos;.</source>
        <translation>Un certificat client est requis pour se connecter en tant que «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client certificate is not registered for &apos;%1&apos;.</source>
        <translation>Le certificat client n’est pas enregistré pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Signed on as &lt;b&gt;%1&lt;/b&gt; by client certificate (%2, %3)%4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connecté en tant que &lt;b&gt;%1&lt;/b&gt; par certificat client (%2, %3)%4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> and password</source>
        <translation> et mot de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>authenticates (%1)</source>
        <translation>authentifie (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connects, does not authenticate</source>
        <translation>se connecte, n’authentifie pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation>ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
</context>
<context>
    <name>Identification</name>
    <message>
        <location filename="../src/core/engine/CertificateMapper.cpp" line="+49"/>
        <source>Certificate  %1</source>
        <translation>Certificat      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONNECT      %1 %2</source>
        <translation>CONNEXION       %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate  none presented</source>
        <translation>Certificat      aucun présenté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IDENTIFY     %1 (IIS %2, win32 %3)</source>
        <translation>IDENTIFICATION  %1 (IIS %2, win32 %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in as &apos;%1&apos;</source>
        <translation>connecté en tant que «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>IdentificationPresenter</name>
    <message>
        <location filename="../src/gui/explorer/IdentificationPresenter.cpp" line="+9"/>
        <source>Signed in as &apos;%1&apos; (IIS %2)</source>
        <translation>Connecté en tant que «&#xa0;%1&#xa0;» (IIS %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied by a mapping (IIS %1)</source>
        <translation>Refusé par un mappage (IIS %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mapping matches (IIS %1)</source>
        <translation>Aucun mappage ne correspond (IIS %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapped, but the user cannot sign in (IIS %1)</source>
        <translation>Mappé, mais l’utilisateur ne peut pas ouvrir de session (IIS %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused before any mapping (IIS %1)</source>
        <translation>Refusé avant tout mappage (IIS %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IIS certificate mapping: %1</source>
        <translation>Mappage de certificats IIS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;The organisation has no certificate mappings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L’organisation n’a aucun mappage de certificats.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not consulted</source>
        <translation>non consulté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one-to-one</source>
        <translation>un-à-un</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>many-to-one</source>
        <translation>plusieurs-à-un</translation>
    </message>
</context>
<context>
    <name>IdentifyCommand</name>
    <message>
        <location filename="../src/cli/commands/IdentifyCommand.cpp" line="+18"/>
        <source>identify needs --cert FILE</source>
        <translation>identify nécessite --cert FILE</translation>
    </message>
</context>
<context>
    <name>IisConfigReader</name>
    <message>
        <location filename="../src/core/services/IisConfigReader.cpp" line="+77"/>
        <source>%1=&quot;%2&quot; is neither true nor false; IIS refuses to load the configuration</source>
        <translation>%1=&quot;%2&quot; n’est ni true ni false&#xa0;; IIS refuse de charger la configuration</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it has an attribute IIS does not know, %1=&quot;%2&quot; (expected one of %3); IIS refuses to load the configuration (500.19)</source>
        <translation>il a un attribut inconnu d’IIS, %1=&quot;%2&quot; (attendu&#xa0;: l’un de %3)&#xa0;; IIS refuse de charger la configuration (500.19)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file is not well-formed XML: %1; IIS refuses to load the configuration</source>
        <translation>le fichier n’est pas un XML bien formé&#xa0;: %1&#xa0;; IIS refuse de charger la configuration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has no &lt;%1&gt; element: there is nothing to import</source>
        <translation>le fichier n’a pas d’élément &lt;%1&gt;&#xa0;: il n’y a rien à importer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a second many-to-one mapping with the name &apos;%1&apos; (the first is on line %2); IIS refuses to load the configuration</source>
        <translation>un second mappage plusieurs-à-un porte le nom «&#xa0;%1&#xa0;» (le premier est à la ligne %2)&#xa0;; IIS refuse de charger la configuration</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the &lt;%1&gt; element</source>
        <translation>l’élément &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>client certificate mapping is not enabled in this file (enabled=&quot;false&quot; or absent): its mappings are imported disabled</source>
        <translation>le mappage de certificats clients n’est pas activé dans ce fichier (enabled=&quot;false&quot; ou absent)&#xa0;: ses mappages sont importés désactivés</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>one-to-one mappings are turned off in this file: they are imported disabled</source>
        <translation>les mappages un-à-un sont désactivés dans ce fichier&#xa0;: ils sont importés désactivés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>one-to-one mapping %1 (line %2%3)</source>
        <translation>mappage un-à-un %1 (ligne %2%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, user &apos;%1&apos;</source>
        <translation>, utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no userName, so IIS signs nobody in with it (401.1)</source>
        <translation>il n’a pas de userName, donc IIS ne connecte personne avec lui (401.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no certificate attribute</source>
        <translation>il n’a pas d’attribut certificate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>many-to-one mappings are turned off in this file: they are imported disabled</source>
        <translation>les mappages plusieurs-à-un sont désactivés dans ce fichier&#xa0;: ils sont importés désactivés</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>many-to-one mapping %1 (line %2)</source>
        <translation>mappage plusieurs-à-un %1 (ligne %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>many-to-one mapping &apos;%1&apos; (line %2)</source>
        <translation>mappage plusieurs-à-un «&#xa0;%1&#xa0;» (ligne %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no name; IIS refuses to load the configuration</source>
        <translation>il n’a pas de nom&#xa0;; IIS refuse de charger la configuration</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>permissionMode=&quot;%1&quot; is neither Allow nor Deny; IIS refuses to load the configuration</source>
        <translation>permissionMode=&quot;%1&quot; n’est ni Allow ni Deny&#xa0;; IIS refuse de charger la configuration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it allows, but has no userName: IIS signs nobody in with it (401.1)</source>
        <translation>il autorise, mais n’a pas de userName&#xa0;: IIS ne connecte personne avec lui (401.1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it has no rules, so it matches no certificate</source>
        <translation>il n’a aucune règle, donc il ne correspond à aucun certificat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a rule&apos;s certificateField=&quot;%1&quot; is neither Subject nor Issuer</source>
        <translation>le certificateField=&quot;%1&quot; d’une règle n’est ni Subject ni Issuer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a rule has no certificateSubField</source>
        <translation>une règle n’a pas de certificateSubField</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule&apos;s certificateSubField &quot;%1&quot; is not an attribute name (such as CN, OU, O, L, S, C or E): it never matches</source>
        <translation>le certificateSubField &quot;%1&quot; d’une règle n’est pas un nom d’attribut (comme CN, OU, O, L, S, C ou E)&#xa0;: il ne correspond jamais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a rule has an empty matchCriteria</source>
        <translation>une règle a un matchCriteria vide</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IIS fails this mapping with 401.1 and win32 status %1 (CRYPT_E_ASN1_EOD)</source>
        <translation>IIS fait échouer ce mappage avec 401.1 et le statut win32 %1 (CRYPT_E_ASN1_EOD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS fails this mapping with 401.1 and win32 status %1 (CRYPT_E_ASN1_BADTAG)</source>
        <translation>IIS fait échouer ce mappage avec 401.1 et le statut win32 %1 (CRYPT_E_ASN1_BADTAG)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its certificate value is empty</source>
        <translation>la valeur de son certificat est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its certificate value still has the -----BEGIN CERTIFICATE----- / -----END CERTIFICATE----- armour: %1. Remove those lines and join the rest into one line of base64</source>
        <translation>la valeur de son certificat contient encore l’encadrement -----BEGIN CERTIFICATE----- / -----END CERTIFICATE-----&#xa0;: %1. Supprimez ces lignes et joignez le reste en une seule ligne de base64</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its certificate value is on several lines or holds spaces, and IIS needs it on one line: %1. Join all the lines of the base64 into one line</source>
        <translation>la valeur de son certificat s’étend sur plusieurs lignes ou contient des espaces, alors qu’IIS l’exige sur une seule ligne&#xa0;: %1. Joignez toutes les lignes du base64 en une seule ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its certificate value is not base64: %1. Export the certificate as &quot;Base-64 encoded X.509 (.CER)&quot; and paste its one line</source>
        <translation>la valeur de son certificat n’est pas du base64&#xa0;: %1. Exportez le certificat au format &quot;Base-64 encoded X.509 (.CER)&quot; («&#xa0;X.509 encodé en base 64&#xa0;» dans un Windows en français) et collez son unique ligne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its certificate decodes to damaged DER (it ends before the certificate does): %1. Export the certificate again</source>
        <translation>son certificat se décode en DER endommagé (il s’arrête avant la fin du certificat)&#xa0;: %1. Exportez à nouveau le certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its certificate decodes to something that is not a certificate: %1. Export the certificate again</source>
        <translation>son certificat se décode en autre chose qu’un certificat&#xa0;: %1. Exportez à nouveau le certificat</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n mapping(s) have a password: it is encrypted for that IIS machine ([enc:AesProvider:...:enc]) and is not imported</source>
        <translation>
            <numerusform>%n mappage a un mot de passe&#xa0;: il est chiffré pour la machine IIS d’origine ([enc:AesProvider:...:enc]) et n’est pas importé</numerusform>
            <numerusform>%n mappages ont un mot de passe&#xa0;: ils sont chiffrés pour la machine IIS d’origine ([enc:AesProvider:...:enc]) et ne sont pas importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IisConfigWriter</name>
    <message>
        <location filename="../src/core/services/IisConfigWriter.cpp" line="+51"/>
        <source> Client certificate mappings exported by TrustDesk. The passwords are empty: set each mapped account&apos;s password in IIS Manager on the IIS machine (IIS encrypts it there). IIS consults one-to-one mappings before many-to-one ones, and many-to-one ones in this order. </source>
        <translation> Mappages de certificats clients exportés par TrustDesk. Les mots de passe sont vides&#xa0;: définissez le mot de passe de chaque compte mappé dans le Gestionnaire IIS sur la machine IIS (IIS l’y chiffre). IIS consulte les mappages un-à-un avant les mappages plusieurs-à-un, et les mappages plusieurs-à-un dans cet ordre. </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Client certificate mappings exported by TrustDesk for the site %1.</source>
        <translation>Mappages de certificats clients exportés par TrustDesk pour le site %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passwords are left empty: set each mapped account&apos;s password in IIS Manager.</source>
        <translation>Les mots de passe sont laissés vides&#xa0;: définissez le mot de passe de chaque compte mappé dans le Gestionnaire IIS.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <location filename="../src/cli/commands/InitCommand.cpp" line="+26"/>
        <source>organisation name</source>
        <translation>nom de l’organisation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created organisation &apos;%1&apos; in %2</source>
        <translation>Organisation «&#xa0;%1&#xa0;» créée dans %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loaded the demo scenarios; their certificates are in %1</source>
        <translation>Scénarios de démonstration chargés&#xa0;; leurs certificats sont dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replayed three failed attempts into the holding tank; created the organisation CA (passphrase &apos;%1&apos;, for training only), which issued Frank a certificate expiring within 30 days</source>
        <translation>Trois tentatives échouées rejouées dans la file d’attente&#xa0;; AC de l’organisation créée (phrase secrète «&#xa0;%1&#xa0;», pour la formation uniquement), qui a émis pour Frank un certificat expirant dans moins de 30 jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  %1  (IIS mapping, %2)</source>
        <translation>  %1  (mappage IIS, %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IIS mapping: check %1 for the pitfalls (map check-iis)</source>
        <translation>Mappage IIS&#xa0;: consultez %1 pour voir les pièges (map check-iis)</translation>
    </message>
</context>
<context>
    <name>IssueCertificateWizard</name>
    <message>
        <location filename="../ui/orgca/IssueCertificateWizard.ui" line="+6"/>
        <source>Create a client certificate</source>
        <translation>Créer un certificat client</translation>
    </message>
</context>
<context>
    <name>IssueCommand</name>
    <message>
        <location filename="../src/cli/commands/IssueCommand.cpp" line="+32"/>
        <source>give exactly one of --cn TEXT (a new key) or --csr FILE (sign a request)</source>
        <translation>indiquez exactement une option parmi --cn TEXT (une nouvelle clé) ou --csr FILE (signer une demande)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issue needs --out FILE</source>
        <translation>issue nécessite --out FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue needs --passphrase-stdin: the organisation CA&apos;s passphrase%1</source>
        <translation>issue nécessite --passphrase-stdin&#xa0;: la phrase secrète de l’AC de l’organisation%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, then the new file&apos;s</source>
        <translation>, puis celle du nouveau fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--register: &apos;%1&apos; is not one of thumbprint, cn, both or none</source>
        <translation>--register&#xa0;: «&#xa0;%1&#xa0;» n’est pas l’une des valeurs thumbprint, cn, both ou none</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>organisation &apos;%1&apos; has no CA; create one with &apos;orgca create&apos; or import one with &apos;orgca import&apos;</source>
        <translation>l’organisation «&#xa0;%1&#xa0;» n’a pas d’AC&#xa0;; créez-en une avec &apos;orgca create&apos; ou importez-en une avec &apos;orgca import&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--passphrase-stdin (the organisation CA&apos;s passphrase)</source>
        <translation>--passphrase-stdin (phrase secrète de l’AC de l’organisation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--passphrase-stdin (the new file&apos;s passphrase)</source>
        <translation>--passphrase-stdin (phrase secrète du nouveau fichier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--passphrase-stdin: the new file&apos;s passphrase is empty; a PKCS#12 with a private key needs one</source>
        <translation>--passphrase-stdin&#xa0;: la phrase secrète du nouveau fichier est vide&#xa0;; un PKCS#12 contenant une clé privée en exige une</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>issued &apos;%1&apos; (serial %2, valid until %3) to %4%5</source>
        <translation>«&#xa0;%1&#xa0;» émis (numéro de série %2, valide jusqu’au %3) dans %4%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; user &apos;%1&apos; accepts its %2</source>
        <translation>&#xa0;; l’utilisateur «&#xa0;%1&#xa0;» accepte ce certificat par&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IssueKeyPage</name>
    <message>
        <location filename="../ui/orgca/IssueKeyPage.ui" line="+6"/>
        <source>Key and validity</source>
        <translation>Clé et validité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate may be used for TLS client authentication only (extended key usage clientAuth, key usage digital signature).</source>
        <translation>Le certificat ne peut servir qu’à l’authentification client TLS (utilisation étendue de la clé clientAuth, utilisation de la clé signature numérique).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Key type:</source>
        <translation>&amp;Type de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>IssueOutputPage</name>
    <message>
        <location filename="../ui/orgca/IssueOutputPage.ui" line="+6"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the certificate (and the new key) are written.</source>
        <translation>Emplacement où le certificat (et la nouvelle clé) sont écrits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Co&amp;nfirm:</source>
        <translation>Co&amp;nfirmer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IssueRegisterPage</name>
    <message>
        <location filename="../ui/orgca/IssueRegisterPage.ui" line="+6"/>
        <source>Register on the user</source>
        <translation>Enregistrer sur le profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How TrustDesk recognises this certificate as the user&apos;s.</source>
        <translation>Comment TrustDesk reconnaît ce certificat comme celui de l’utilisateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accept its &amp;thumbprint (A1): exactly this certificate, whichever CA issued it</source>
        <translation>Accepter son &amp;empreinte (A1)&#xa0;: exactement ce certificat, quelle que soit l’AC émettrice</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accept its &amp;CN (A2): any certificate with this CN from an approved CA</source>
        <translation>Accepter son &amp;CN (A2)&#xa0;: tout certificat portant ce CN émis par une AC approuvée</translation>
    </message>
</context>
<context>
    <name>IssueSubjectPage</name>
    <message>
        <location filename="../ui/orgca/IssueSubjectPage.ui" line="+6"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The common name (CN) is what the CN rules of TrustDesk compare.</source>
        <translation>Le nom commun (CN) est ce que comparent les règles CN de TrustDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Common &amp;name:</source>
        <translation>&amp;Nom commun&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Full name</source>
        <translation>Nom &amp;complet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User&amp;name</source>
        <translation>Nom d’u&amp;tilisateur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;E-mail (subject alternative name):</source>
        <translation>&amp;E-mail (autre nom du sujet)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Organisation (O):</source>
        <translation>&amp;Organisation (O)&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Organisational &amp;unit (OU):</source>
        <translation>&amp;Unité d’organisation (OU)&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Country (C):</source>
        <translation>&amp;Pays (C)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IssueSummaryPage</name>
    <message>
        <location filename="../ui/orgca/IssueSummaryPage.ui" line="+6"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been written yet. Check the details, then choose Create.</source>
        <translation>Rien n’a encore été écrit. Vérifiez les détails, puis choisissez Créer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Organisation CA &amp;passphrase:</source>
        <translation>&amp;Phrase secrète de l’AC de l’organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unlocks the CA key for this session</source>
        <translation>déverrouille la clé de l’AC pour cette session</translation>
    </message>
</context>
<context>
    <name>IssueUserPage</name>
    <message>
        <location filename="../ui/orgca/IssueUserPage.ui" line="+6"/>
        <source>Who is the certificate for?</source>
        <translation>Pour qui est le certificat&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is issued by the organisation CA and registered on this user.</source>
        <translation>Le certificat est émis par l’AC de l’organisation et enregistré sur cet utilisateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Generate a new key pair: TrustDesk makes the key and writes it to a protected file for the user</source>
        <translation>&amp;Générer une nouvelle paire de clés&#xa0;: TrustDesk crée la clé et l’écrit dans un fichier protégé pour l’utilisateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sign a certificate signing request: the user made the key and keeps it</source>
        <translation>&amp;Signer une demande de signature de certificat&#xa0;: l’utilisateur a créé la clé et la conserve</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request file (.csr, PEM or DER)</source>
        <translation>fichier de demande (.csr, PEM ou DER)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>IssuedCertificateItems</name>
    <message>
        <location filename="../src/gui/orgca/IssuedCertificateItems.cpp" line="+21"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — expired</source>
        <translation>%1 — expiré</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 — in %n day(s)</source>
        <translation>
            <numerusform>%1 — dans %n jour</numerusform>
            <numerusform>%1 — dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires within %1 days: issue a new certificate in time%2</source>
        <translation>Expire dans moins de %1 jours&#xa0;: émettez un nouveau certificat à temps%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; a thumbprint registration must be renewed too</source>
        <translation>&#xa0;; un enregistrement par empreinte doit aussi être renouvelé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> et </translation>
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
        <translation>%1 itérations de dérivation de clé demandées (au plus %2 sont effectuées)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>it asks for scrypt with N=%1, r=%2, p=%3 (more than %4 MiB of memory)</source>
        <translation>scrypt demandé avec N=%1, r=%2, p=%3 (plus de %4 Mio de mémoire)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>its integrity check (MAC): %1</source>
        <translation>son contrôle d’intégrité (MAC)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its encrypted private key: %1</source>
        <translation>sa clé privée chiffrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its encrypted contents: %1</source>
        <translation>son contenu chiffré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ListenCommand</name>
    <message>
        <location filename="../src/cli/commands/ListenCommand.cpp" line="+48"/>
        <source>--bind: &apos;%1&apos; is not an IP address</source>
        <translation>--bind&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--https: &apos;%1&apos; is not a port (0 to 65535)</source>
        <translation>--https&#xa0;: «&#xa0;%1&#xa0;» n’est pas un port (0 à 65535)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1: &apos;%2&apos; is not a port (0 to 65535)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un port (0 à 65535)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--site-mode: &apos;%1&apos; is not one of accept, require, ignore, accept-site-wide, iis-mapping</source>
        <translation>--site-mode&#xa0;: «&#xa0;%1&#xa0;» n’est pas l’une des valeurs accept, require, ignore, accept-site-wide, iis-mapping</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--passphrase-stdin (the server certificate&apos;s)</source>
        <translation>--passphrase-stdin (phrase secrète du certificat serveur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--passphrase-stdin (the organisation CA&apos;s)</source>
        <translation>--passphrase-stdin (phrase secrète de l’AC de l’organisation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: listening on %1, not only on this machine</source>
        <translation>avertissement&#xa0;: écoute sur %1, et pas seulement sur cette machine</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>listening: https://%1:%2/ (site mode %3, server certificate %4)</source>
        <translation>écoute&#xa0;: https://%1:%2/ (mode du site %3, certificat serveur %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listening: ftp://%1:%2/ (explicit FTPS, AUTH TLS; files in %3)</source>
        <translation>écoute&#xa0;: ftp://%1:%2/ (FTPS explicite, AUTH TLS&#xa0;; fichiers dans %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listening: ftps://%1:%2/ (implicit FTPS; files in %3)</source>
        <translation>écoute&#xa0;: ftps://%1:%2/ (FTPS implicite&#xa0;; fichiers dans %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>ListenerView</name>
    <message>
        <location filename="../ui/listener/ListenerView.ui" line="+9"/>
        <source>&lt;h2&gt;Test listener&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Écouteur de test&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Site mode:</source>
        <translation>&amp;Mode du site&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;HTTPS port:</source>
        <translation>Port &amp;HTTPS&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;FTPS port (AUTH TLS):</source>
        <translation>Port &amp;FTPS (AUTH TLS)&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Implicit FTPS port:</source>
        <translation>Port FTPS &amp;implicite&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FTPS &amp;files in:</source>
        <translation>D&amp;ossier FTPS&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server &amp;certificate:</source>
        <translation>&amp;Certificat serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic: for localhost from the organisation CA, else self-signed</source>
        <translation>Automatique&#xa0;: émis par l’AC de l’organisation pour localhost, sinon auto-signé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose PKCS#12…</source>
        <translation>C&amp;hoisir un PKCS#12…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;Attempts, as they happen&lt;/b&gt; (double-click one to explain it)</source>
        <translation>&lt;b&gt;Tentatives, en temps réel&lt;/b&gt; (double-cliquez sur l’une d’elles pour l’expliquer)</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nouveau magasin…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir un magasin…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;organisation…</source>
        <translation>Nouvelle or&amp;ganisation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+79"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Holding tank</source>
        <translation>&amp;File d’attente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted &amp;root store</source>
        <translation>&amp;Racines de confiance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Approved CAs</source>
        <translation>AC appr&amp;ouvées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate &amp;mappings (IIS)</source>
        <translation>Mappages de certificats (&amp;IIS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;shared store…</source>
        <translation>Ouvrir un magasin &amp;partagé…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a store on a PostgreSQL server, shared with other administrators</source>
        <translation>Ouvrir un magasin sur un serveur PostgreSQL, partagé avec d’autres administrateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import users from CSV…</source>
        <translation>&amp;Importer des utilisateurs depuis un CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import IIS web.config…</source>
        <translation>&amp;Importer un web.config IIS…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;heck IIS web.config…</source>
        <translation>&amp;Vérifier un web.config IIS…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport IIS web.config…</source>
        <translation>E&amp;xporter un web.config IIS…</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About TrustDesk</source>
        <translation>À &amp;propos de TrustDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ManyToOneMappingDialog</name>
    <message>
        <location filename="../ui/mappings/ManyToOneMappingDialog.ui" line="+6"/>
        <source>Many-to-one mapping</source>
        <translation>Mappage plusieurs-à-un</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Permission:</source>
        <translation>&amp;Permission&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in as &amp;user:</source>
        <translation>&amp;Utilisateur mappé&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Rules&lt;/b&gt; — the mapping matches when every rule matches. A rule matches when any value of its sub-field matches the whole pattern; * matches any run of characters (none included), everything else is literal.</source>
        <translation>&lt;b&gt;Règles&lt;/b&gt; — le mappage correspond quand toutes les règles correspondent. Une règle correspond quand une valeur quelconque de son sous-champ correspond au motif entier&#xa0;; * correspond à toute suite de caractères (y compris vide), tout le reste est pris littéralement.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add rule</source>
        <translation>Ajouter une &amp;règle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <location filename="../src/cli/commands/MapCommand.cpp" line="+46"/>
        <location line="+14"/>
        <source>mapping</source>
        <translation>numéro de mappage</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>removed mapping %1 (&apos;%2&apos;)</source>
        <translation>mappage %1 («&#xa0;%2&#xa0;») supprimé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>map move needs --to POSITION</source>
        <translation>map move nécessite --to POSITION</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mapping %1 is now at position %2</source>
        <translation>le mappage %1 est maintenant en position %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>allow as %1</source>
        <translation>autoriser en tant que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deny</source>
        <translation>refuser</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no certificate mappings</source>
        <translation>aucun mappage de certificats</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>map add-one-to-one needs --cert FILE</source>
        <translation>map add-one-to-one nécessite --cert FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mapping %1: the certificate %2 (%3) signs in as &apos;%4&apos;</source>
        <translation>mappage %1&#xa0;: le certificat %2 (%3) connecte en tant que «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give exactly one of --allow USER or --deny</source>
        <translation>indiquez exactement une option parmi --allow USER ou --deny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>map add-many-to-one needs at least one --rule RULE</source>
        <translation>map add-many-to-one nécessite au moins une option --rule RULE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>mapping %1 &apos;%2&apos; allows as &apos;%3&apos; when every rule matches</source>
        <translation>mappage %1 «&#xa0;%2&#xa0;»&#xa0;: autorise en tant que «&#xa0;%3&#xa0;» quand toutes les règles correspondent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mapping %1 &apos;%2&apos; denies when every rule matches</source>
        <translation>mappage %1 «&#xa0;%2&#xa0;»&#xa0;: refuse quand toutes les règles correspondent</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>created user &apos;%1&apos; (certificate policy on both interfaces)</source>
        <translation>utilisateur «&#xa0;%1&#xa0;» créé (stratégie certificate sur les deux interfaces)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>imported %n mapping(s) from %1</source>
        <translation>
            <numerusform>%n mappage importé depuis %1</numerusform>
            <numerusform>%n mappages importés depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%1: %n mapping(s), no problems</source>
        <translation>
            <numerusform>%1&#xa0;: %n mappage, aucun problème</numerusform>
            <numerusform>%1&#xa0;: %n mappages, aucun problème</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n problème</numerusform>
            <numerusform>%1&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--appcmd: the site name is empty</source>
        <translation>--appcmd&#xa0;: le nom du site est vide</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>wrote %n mapping(s) to %1 as a web.config</source>
        <translation>
            <numerusform>%n mappage écrit dans %1 sous forme de web.config</numerusform>
            <numerusform>%n mappages écrits dans %1 sous forme de web.config</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>wrote %n mapping(s) to %1 as an appcmd.exe script for the site &apos;%2&apos;</source>
        <translation>
            <numerusform>%n mappage écrit dans %1 sous forme de script appcmd.exe pour le site «&#xa0;%2&#xa0;»</numerusform>
            <numerusform>%n mappages écrits dans %1 sous forme de script appcmd.exe pour le site «&#xa0;%2&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note: the passwords are left empty: set each mapped account&apos;s password in IIS Manager on the IIS machine</source>
        <translation>remarque&#xa0;: les mots de passe sont laissés vides&#xa0;; définissez le mot de passe de chaque compte mappé dans le Gestionnaire IIS sur la machine IIS</translation>
    </message>
</context>
<context>
    <name>MappingRepository</name>
    <message>
        <location filename="../src/core/store/MappingRepository.cpp" line="+33"/>
        <source>there is already a many-to-one mapping named &apos;%1&apos;</source>
        <translation>il existe déjà un mappage plusieurs-à-un nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is already a one-to-one mapping of the certificate %1</source>
        <translation>il existe déjà un mappage un-à-un du certificat %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a one-to-one mapping needs a certificate</source>
        <translation>un mappage un-à-un nécessite un certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the one-to-one mapping of &apos;%1&apos; needs a user</source>
        <translation>le mappage un-à-un de &apos;%1&apos; nécessite un utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a many-to-one mapping needs a name</source>
        <translation>un mappage plusieurs-à-un nécessite un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping &apos;%1&apos;: the name or description is too long</source>
        <translation>mappage &apos;%1&apos;&#xa0;: le nom ou la description est trop long</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping &apos;%1&apos; needs at least one rule</source>
        <translation>le mappage &apos;%1&apos; nécessite au moins une règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping &apos;%1&apos; allows, so it needs a user</source>
        <translation>le mappage &apos;%1&apos; autorise l’accès&#xa0;: il nécessite donc un utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mapping &apos;%1&apos;: a rule needs a sub-field and a pattern</source>
        <translation>mappage &apos;%1&apos;&#xa0;: une règle nécessite un sous-champ et un modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mapping &apos;%1&apos;: &apos;%2&apos; is not an attribute name (such as CN, OU, O, L, S, C or E)</source>
        <translation>mappage &apos;%1&apos;&#xa0;: &apos;%2&apos; n’est pas un nom d’attribut (tel que CN, OU, O, L, S, C ou E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapping &apos;%1&apos;: a pattern is too long</source>
        <translation>mappage &apos;%1&apos;&#xa0;: un modèle est trop long</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+154"/>
        <source>no certificate mapping %1 in organisation &apos;%2&apos;</source>
        <translation>aucun mappage de certificat %1 dans l’organisation &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>mapping %1 cannot change from %2 to %3</source>
        <translation>le mappage %1 ne peut pas passer de %2 à %3</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>position %1 is not between 1 and %2</source>
        <translation>la position %1 n’est pas comprise entre 1 et %2</translation>
    </message>
</context>
<context>
    <name>MappingRule</name>
    <message>
        <location filename="../src/core/domain/CertificateMapping.cpp" line="-82"/>
        <source>rule &apos;%1&apos;: expected FIELD.SUBFIELD=PATTERN or FIELD.SUBFIELD~=PATTERN (for example subject.O=Contoso)</source>
        <translation>règle &apos;%1&apos;&#xa0;: FIELD.SUBFIELD=PATTERN ou FIELD.SUBFIELD~=PATTERN attendu (par exemple subject.O=Contoso)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rule &apos;%1&apos;: the field must be subject or issuer, not &apos;%2&apos;</source>
        <translation>règle &apos;%1&apos;&#xa0;: le champ doit être subject ou issuer, et non &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule &apos;%1&apos;: &apos;%2&apos; is not an attribute name (such as CN, OU, O, L, S, C or E)</source>
        <translation>règle &apos;%1&apos;&#xa0;: &apos;%2&apos; n’est pas un nom d’attribut (tel que CN, OU, O, L, S, C ou E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rule &apos;%1&apos;: the pattern is empty</source>
        <translation>règle &apos;%1&apos;&#xa0;: le modèle est vide</translation>
    </message>
</context>
<context>
    <name>MappingService</name>
    <message>
        <location filename="../src/core/services/MappingService.cpp" line="+39"/>
        <source>user &apos;%1&apos; does not exist in TrustDesk: import with --create-users to create it</source>
        <translation>l’utilisateur &apos;%1&apos; n’existe pas dans TrustDesk&#xa0;: importez avec --create-users pour le créer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its user &apos;%1&apos; does not exist (give --create-users to create it)</source>
        <translation>son utilisateur &apos;%1&apos; n’existe pas (indiquez --create-users pour le créer)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>nothing was imported: the file has %n problem(s):
%1</source>
        <translation>
            <numerusform>rien n’a été importé&#xa0;: le fichier présente %n problème&#xa0;:
%1</numerusform>
            <numerusform>rien n’a été importé&#xa0;: le fichier présente %n problèmes&#xa0;:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <location filename="../src/core/domain/NameRules.cpp" line="+11"/>
        <source>the %1 is empty</source>
        <translation>le %1 est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; has white space at its start or end</source>
        <translation>le %1 &apos;%2&apos; commence ou se termine par des espaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; is longer than 64 characters</source>
        <translation>le %1 &apos;%2&apos; dépasse 64 caractères</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; is not allowed: it names a folder itself, not one of its own</source>
        <translation>le %1 &apos;%2&apos; n’est pas autorisé&#xa0;: il désigne un dossier lui-même, et non un dossier qui lui est propre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; contains a control character</source>
        <translation>le %1 &apos;%2&apos; contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; contains &apos;%3&apos;, which names may not contain (%4)</source>
        <translation>le %1 &apos;%2&apos; contient &apos;%3&apos;, caractère interdit dans les noms (%4)</translation>
    </message>
</context>
<context>
    <name>OneToOneMappingDialog</name>
    <message>
        <location filename="../ui/mappings/OneToOneMappingDialog.ui" line="+6"/>
        <source>One-to-one mapping</source>
        <translation>Mappage un-à-un</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in as &amp;user:</source>
        <translation>&amp;Utilisateur de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
</context>
<context>
    <name>OrgCaCommand</name>
    <message>
        <location filename="../src/cli/commands/OrgCaCommand.cpp" line="+29"/>
        <source>orgca create needs --cn TEXT</source>
        <translation>orgca create nécessite --cn TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orgca create needs --passphrase-stdin: the CA key is stored only encrypted</source>
        <translation>orgca create nécessite --passphrase-stdin&#xa0;: la clé de l’AC n’est stockée que chiffrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--passphrase-stdin (the CA key)</source>
        <translation>--passphrase-stdin (la clé de l’AC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--passphrase-stdin (the parent&apos;s file)</source>
        <translation>--passphrase-stdin (le fichier de l’AC parente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: holds no private key; the parent CA&apos;s PKCS#12 is needed to sign the new CA</source>
        <translation>%1&#xa0;: ne contient aucune clé privée&#xa0;; le PKCS#12 de l’AC parente est nécessaire pour signer la nouvelle AC</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organisation &apos;%1&apos; already has a CA; give --replace to replace it</source>
        <translation>l’organisation &apos;%1&apos; a déjà une AC&#xa0;; indiquez --replace pour la remplacer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>created the organisation CA &apos;%1&apos; (%2, valid until %3)%4</source>
        <translation>AC de l’organisation &apos;%1&apos; créée (%2, valide jusqu’au %3)%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>; installed and approved</source>
        <translation>&#xa0;; installée et approuvée</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>orgca import needs --passphrase-stdin: the file&apos;s passphrase, then the one to store the key under</source>
        <translation>orgca import nécessite --passphrase-stdin&#xa0;: la phrase secrète du fichier, puis celle sous laquelle stocker la clé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--passphrase-stdin (%1)</source>
        <translation>--passphrase-stdin (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--passphrase-stdin (the passphrase to store the CA key under)</source>
        <translation>--passphrase-stdin (la phrase secrète sous laquelle stocker la clé de l’AC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported the organisation CA &apos;%1&apos;%2</source>
        <translation>AC de l’organisation &apos;%1&apos; importée%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>organisation &apos;%1&apos; has no CA; create one with &apos;orgca create&apos; or import one with &apos;orgca import&apos;</source>
        <translation>l’organisation &apos;%1&apos; n’a pas d’AC&#xa0;; créez-en une avec &apos;orgca create&apos; ou importez-en une avec &apos;orgca import&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>subject      %1</source>
        <translation>sujet        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issuer       %1</source>
        <translation>émetteur     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint   %1</source>
        <translation>empreinte    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sha256       %1</source>
        <translation>sha256       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key          %1 (stored encrypted: PKCS#8, AES-256, PBKDF2)</source>
        <translation>clé          %1 (stockée chiffrée&#xa0;: PKCS#8, AES-256, PBKDF2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid        %1 to %2</source>
        <translation>validité     du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>installed    %1</source>
        <translation>installée    %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>approved     %1</source>
        <translation>approuvée    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued       %1 certificate(s)</source>
        <translation>émis         %1 certificat(s)</translation>
    </message>
</context>
<context>
    <name>OrgCommand</name>
    <message>
        <location filename="../src/cli/commands/OrgCommand.cpp" line="+33"/>
        <source>Organisation        %1</source>
        <translation>Organisation             %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match CN            %1</source>
        <translation>Correspondance du CN     %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Tank expiry (days)  %1</source>
        <translation>Expiration file (jours)  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tank cap (pairs)    %1</source>
        <translation>Plafond file (paires)    %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require revocation  %1</source>
        <translation>Révocation exigée        %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow SHA-1         %1</source>
        <translation>Autoriser SHA-1          %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Updated organisation &apos;%1&apos;</source>
        <translation>Organisation &apos;%1&apos; mise à jour</translation>
    </message>
</context>
<context>
    <name>OrganisationCa</name>
    <message>
        <location filename="../src/core/orgca/OrganisationCa.cpp" line="+12"/>
        <source>the passphrase for the CA key must have at least %1 characters</source>
        <translation>la phrase secrète de la clé de l’AC doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &apos;%2&apos; is longer than 64 characters</source>
        <translation>%1 &apos;%2&apos; dépasse 64 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &apos;%2&apos; contains a control character</source>
        <translation>%1 &apos;%2&apos; contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the CA&apos;s common name</source>
        <translation>le nom commun de l’AC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CA&apos;s validity must be between 1 and %1 days, not %2</source>
        <translation>la validité de l’AC doit être comprise entre 1 et %1 jours, et non %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a CA; it cannot sign the organisation CA</source>
        <translation>&apos;%1&apos; n’est pas une AC et ne peut donc pas signer l’AC de l’organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key given with &apos;%1&apos; is not its key</source>
        <translation>la clé fournie avec &apos;%1&apos; n’est pas la sienne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; expires on %2, before the new CA would; choose fewer days</source>
        <translation>&apos;%1&apos; expire le %2, avant la nouvelle AC&#xa0;; choisissez moins de jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has path length 0; it may not sign another CA</source>
        <translation>&apos;%1&apos; a une longueur de chemin de 0 et ne peut donc signer aucune autre AC</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: expected a PKCS#12 file holding a CA certificate and its private key</source>
        <translation>%1&#xa0;: fichier PKCS#12 attendu, contenant un certificat d’AC et sa clé privée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file&apos;s private key does not belong to its certificate</source>
        <translation>%1&#xa0;: la clé privée du fichier n’appartient pas à son certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;%2&apos; is not a CA (no basicConstraints CA:TRUE); it cannot issue certificates</source>
        <translation>%1&#xa0;: &apos;%2&apos; n’est pas une AC (pas de basicConstraints CA:TRUE) et ne peut donc pas émettre de certificats</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the key of the organisation CA &apos;%1&apos;</source>
        <translation>la clé de l’AC de l’organisation &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to its certificate; the store is damaged</source>
        <translation>%1 n’appartient pas à son certificat&#xa0;; le magasin est endommagé</translation>
    </message>
</context>
<context>
    <name>OrganisationCaRepository</name>
    <message>
        <location filename="../src/core/store/OrganisationCaRepository.cpp" line="+36"/>
        <source>the organisation CA&apos;s chain</source>
        <translation>la chaîne de l’AC de l’organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationCaService</name>
    <message>
        <location filename="../src/core/services/OrganisationCaService.cpp" line="+24"/>
        <source>organisation &apos;%1&apos; already has a CA (&apos;%2&apos;); replace it explicitly</source>
        <translation>l’organisation &apos;%1&apos; a déjà une AC (&apos;%2&apos;)&#xa0;; remplacez-la explicitement</translation>
    </message>
</context>
<context>
    <name>OrganisationCaView</name>
    <message>
        <location filename="../ui/orgca/OrganisationCaView.ui" line="+9"/>
        <source>&lt;h2&gt;Organisation CA&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AC de l’organisation&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Issue a client &amp;certificate…</source>
        <translation>Émettre un certificat c&amp;lient…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Certificates issued by this organisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Certificats émis par cette organisation&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <location filename="../src/core/store/OrganisationRepository.cpp" line="+55"/>
        <source>%1: the store has no organisation yet; create one with &apos;trustdesk-cli init&apos;</source>
        <translation>%1&#xa0;: le magasin ne contient encore aucune organisation&#xa0;; créez-en une avec &apos;trustdesk-cli init&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown organisation &apos;%1&apos;</source>
        <translation>organisation &apos;%1&apos; inconnue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the organisation with id %1 no longer exists</source>
        <translation>l’organisation ayant l’id %1 n’existe plus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>organisation name</source>
        <translation>nom d’organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>organisation &apos;%1&apos; already exists</source>
        <translation>l’organisation &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>holding tank expiry must be between 1 and 3650 days, not %1</source>
        <translation>l’expiration de la file d’attente doit être comprise entre 1 et 3650 jours, et non %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holding tank cap must be between 1 and 10000 pairs, not %1</source>
        <translation>le plafond de la file d’attente doit être compris entre 1 et 10000 paires, et non %1</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../src/core/x509/PrivateKey.cpp" line="+66"/>
        <source>%1: refused: %2</source>
        <translation>%1&#xa0;: refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: not a private key, or the passphrase is wrong</source>
        <translation>%1&#xa0;: ce n’est pas une clé privée, ou la phrase secrète est incorrecte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not an encrypted private key</source>
        <translation>%1&#xa0;: ce n’est pas une clé privée chiffrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the passphrase is wrong</source>
        <translation>%1&#xa0;: la phrase secrète est incorrecte</translation>
    </message>
</context>
<context>
    <name>RevocationList</name>
    <message>
        <location filename="../src/core/x509/RevocationList.cpp" line="+50"/>
        <source>%1: is empty</source>
        <translation>%1&#xa0;: est vide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>contains no revocation list (X509 CRL block)</source>
        <translation>ne contient aucune liste de révocation (bloc X509 CRL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a revocation list in it is damaged</source>
        <translation>une liste de révocation qu’il contient est endommagée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a revocation list (PEM or DER CRL)</source>
        <translation>%1&#xa0;: ce n’est pas une liste de révocation (CRL PEM ou DER)</translation>
    </message>
</context>
<context>
    <name>RevocationListRepository</name>
    <message>
        <location filename="../src/core/store/RevocationListRepository.cpp" line="+73"/>
        <source>no revocation list has id %1</source>
        <translation>aucune liste de révocation n’a l’id %1</translation>
    </message>
</context>
<context>
    <name>ScreenGrabber</name>
    <message>
        <location filename="../src/gui/app/ScreenGrabber.cpp" line="+37"/>
        <source>%1: cannot write the screenshot (%2)</source>
        <translation>%1&#xa0;: impossible d’écrire la capture d’écran (%2)</translation>
    </message>
</context>
<context>
    <name>ServerIdentity</name>
    <message>
        <location filename="../src/listener/ServerIdentity.cpp" line="+54"/>
        <source>%1: needs a certificate with its private key for the listener</source>
        <translation>%1&#xa0;: l’écouteur nécessite un certificat accompagné de sa clé privée</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../ui/settings/SettingsView.ui" line="+12"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Match certificate CN to username or full name</source>
        <translation>Faire correspondre le &amp;CN au nom d’utilisateur ou nom complet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When on, a certificate whose CN is a user&apos;s username or full name authenticates that user, as long as its CA is approved, even if nothing is on the user&apos;s profile. Convenient when your own CA issues the certificates; risky when an approved CA issues the same name to different people.</source>
        <translation>Si cette option est activée, un certificat dont le CN est le nom d’utilisateur ou le nom complet d’un utilisateur authentifie cet utilisateur, pourvu que son AC soit approuvée, même si rien ne figure sur le profil de l’utilisateur. Pratique quand votre propre AC émet les certificats&#xa0;; risqué quand une AC approuvée émet le même nom pour des personnes différentes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Require revocation information</source>
        <translation>Exiger les &amp;informations de révocation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When on, a certificate cannot connect unless a current revocation list from its CA is in the store. When off, a revoked certificate is still refused if a list names it, but a missing list is not held against anyone.</source>
        <translation>Si cette option est activée, un certificat ne peut se connecter que si une liste de révocation à jour de son AC se trouve dans le magasin. Si elle est désactivée, un certificat révoqué reste refusé si une liste le mentionne, mais l’absence de liste n’est reprochée à personne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept SHA-1 &amp;signatures (legacy clients)</source>
        <translation>Accepter les &amp;signatures SHA-1 (anciens clients)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SHA-1 signatures can be forged. When off (recommended), a certificate signed with SHA-1 below the trusted root cannot connect, and its holder needs a new one. When on, it is accepted with a warning in every explanation. MD5 is never accepted.</source>
        <translation>Les signatures SHA-1 peuvent être falsifiées. Si cette option est désactivée (recommandé), un certificat signé en SHA-1 sous la racine de confiance ne peut pas se connecter, et son titulaire doit en obtenir un nouveau. Si elle est activée, il est accepté avec un avertissement dans chaque explication. MD5 n’est jamais accepté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Holding tank</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Expire entries after:</source>
        <translation>E&amp;xpirer les entrées après&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entries not seen again for this many days are deleted automatically, when a store is opened and every hour while TrustDesk runs. Untrusted CAs expire the same way.</source>
        <translation>Les entrées qui ne sont pas revues pendant ce nombre de jours sont supprimées automatiquement, à l’ouverture d’un magasin puis toutes les heures pendant l’exécution de TrustDesk. Les AC non fiables expirent de la même manière.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pending pairs per user:</source>
        <translation>&amp;Paires en attente par utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Each failed attempt with a new certificate leaves a pair (its CN and its thumbprint). Beyond this many pairs the oldest is dropped, so nobody can flood the tank.</source>
        <translation>Chaque tentative échouée avec un nouveau certificat laisse une paire (son CN et son empreinte). Au-delà de ce nombre de paires, la plus ancienne est supprimée, afin que personne ne puisse saturer la file d’attente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../src/core/store/SqlSupport.cpp" line="+32"/>
        <source>the store is locked by another program; try again when it has finished</source>
        <translation>le magasin est verrouillé par un autre programme&#xa0;; réessayez quand il aura terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database error: %1</source>
        <translation>erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/store/Store.cpp" line="+153"/>
        <source>%1: is a directory, not a store file</source>
        <translation>%1&#xa0;: c’est un répertoire, pas un fichier de magasin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1&#xa0;: le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot create the store (%2)</source>
        <translation>%1&#xa0;: impossible de créer le magasin (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+79"/>
        <source>%1: cannot open the store (%2)</source>
        <translation>%1&#xa0;: impossible d’ouvrir le magasin (%2)</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1: the store is locked by another program</source>
        <translation>%1&#xa0;: le magasin est verrouillé par un autre programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a TrustDesk store (%2)</source>
        <translation>%1&#xa0;: ce n’est pas un magasin TrustDesk (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; is not a PostgreSQL store URL: expected postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>&apos;%1&apos; n’est pas une URL de magasin PostgreSQL&#xa0;: postgresql://USER@HOST:PORT/DATABASE attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: Qt&apos;s PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>%1&#xa0;: le pilote PostgreSQL de Qt n’est pas installé (Debian&#xa0;: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&apos;%1&apos; is not a store URL (expected sqlite:///PATH or postgresql://...)</source>
        <translation>&apos;%1&apos; n’est pas une URL de magasin (sqlite:///PATH ou postgresql://... attendu)</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <location filename="../src/cli/commands/StoreCommand.cpp" line="+18"/>
        <source>usage: trustdesk-cli %1</source>
        <translation>usage&#xa0;: trustdesk-cli %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>store copy needs --to PATH or --to postgresql://...</source>
        <translation>store copy nécessite --to PATH ou --to postgresql://...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>copied %1 into %2, verified by counting both:</source>
        <translation>%1 copié dans %2, vérifié en comptant les deux&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StoreCopier</name>
    <message>
        <location filename="../src/core/store/StoreCopier.cpp" line="+73"/>
        <source>%1: a store cannot be copied into itself</source>
        <translation>%1&#xa0;: un magasin ne peut pas être copié dans lui-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the target store already holds data; copy into a new, empty store</source>
        <translation>%1&#xa0;: le magasin cible contient déjà des données&#xa0;; copiez dans un nouveau magasin vide</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the copy of table %1 does not match: %2 rows read, %3 in the source now, %4 written</source>
        <translation>la copie de la table %1 ne correspond pas&#xa0;: %2 lignes lues, %3 actuellement dans la source, %4 écrites</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <location filename="../src/gui/app/StoreOpener.cpp" line="+62"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Open store</source>
        <translation>Ouvrir le magasin</translation>
    </message>
</context>
<context>
    <name>TankAcceptanceService</name>
    <message>
        <location filename="../src/core/services/TankAcceptanceService.cpp" line="+27"/>
        <source>holding tank entry %1 belongs to no user</source>
        <translation>l’entrée %1 de la file d’attente n’appartient à aucun utilisateur</translation>
    </message>
</context>
<context>
    <name>TankCommand</name>
    <message>
        <location filename="../src/cli/commands/TankCommand.cpp" line="+48"/>
        <location line="+25"/>
        <location line="+31"/>
        <source>holding tank entry id</source>
        <translation>id d’entrée de la file d’attente</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>installed &apos;%1&apos;%2</source>
        <translation>&apos;%1&apos; installé%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and approved it</source>
        <translation> et approuvé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>user &apos;%1&apos; now accepts %2 &apos;%3&apos;; %n holding tank entr(y/ies) removed</source>
        <translation>
            <numerusform>l’utilisateur &apos;%1&apos; accepte désormais &apos;%3&apos; (%2)&#xa0;; %n entrée supprimée de la file d’attente</numerusform>
            <numerusform>l’utilisateur &apos;%1&apos; accepte désormais &apos;%3&apos; (%2)&#xa0;; %n entrées supprimées de la file d’attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>deleted holding tank entry %1</source>
        <translation>entrée %1 de la file d’attente supprimée</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n holding tank entr(y/ies) removed</source>
        <translation>
            <numerusform>%n entrée supprimée de la file d’attente</numerusform>
            <numerusform>%n entrées supprimées de la file d’attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>entry %1: %2 &apos;%3&apos; for user &apos;%4&apos;, seen %5 time(s), last %6 from %7 over %8</source>
        <translation>entrée %1&#xa0;: %2 &apos;%3&apos; pour l’utilisateur &apos;%4&apos;, vue %5 fois, dernière fois le %6 depuis %7 via %8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate: %1 (issued by %2), expires %3</source>
        <translation>certificat&#xa0;: %1 (émis par %2), expire le %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accepting a CN survives renewal, but collides when several approved CAs exist or a CA issues the same CN to different people</source>
        <translation>accepter un CN résiste au renouvellement, mais provoque des collisions quand plusieurs AC approuvées existent ou qu’une AC émet le même CN pour des personnes différentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  approved CA: %1%2</source>
        <translation>  AC approuvée&#xa0;: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (issued this certificate)</source>
        <translation> (a émis ce certificat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  the organisation has no approved CA: the CN authenticates nobody yet</source>
        <translation>  l’organisation n’a aucune AC approuvée&#xa0;: le CN n’authentifie encore personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  the CA that issued this certificate is not approved: the CN does not authenticate it (rule A2)</source>
        <translation>  l’AC qui a émis ce certificat n’est pas approuvée&#xa0;: le CN ne l’authentifie pas (règle A2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  also claimed by %1 (%2)</source>
        <translation>  également revendiqué par %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holds this CN</source>
        <translation>détient ce CN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>their name matches it</source>
        <translation>son nom y correspond</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accepting a thumbprint ignores the approved CAs and avoids collisions, but breaks when the certificate is renewed</source>
        <translation>accepter une empreinte ignore les AC approuvées et évite les collisions, mais cesse de fonctionner au renouvellement du certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  the certificate has expired: it cannot connect</source>
        <translation>  le certificat a expiré&#xa0;: il ne peut pas se connecter</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>  the certificate expires in %n day(s)</source>
        <translation>
            <numerusform>  le certificat expire dans %n jour</numerusform>
            <numerusform>  le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>installing this CA lets every certificate it issued connect; approving it too lets their CNs authenticate. Compare its SHA-256 with its owner&apos;s: %1</source>
        <translation>installer cette AC permet à chaque certificat qu’elle a émis de se connecter&#xa0;; l’approuver en plus permet à leurs CN d’authentifier des utilisateurs. Comparez son SHA-256 avec celui que publie son propriétaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Thumbprint</name>
    <message>
        <location filename="../src/core/x509/Thumbprint.cpp" line="+11"/>
        <source>&apos;%1&apos; is not a thumbprint: expected 40 hex digits (SHA-1), with or without spaces or colons</source>
        <translation>&apos;%1&apos; n’est pas une empreinte&#xa0;: 40 chiffres hexadécimaux (SHA-1) attendus, avec ou sans espaces ni deux-points</translation>
    </message>
</context>
<context>
    <name>TrustEngine</name>
    <message>
        <location filename="../src/core/engine/PathAssessment.cpp" line="+436"/>
        <source>sent by the client</source>
        <translation>envoyé par le client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the known intermediates</source>
        <translation>dans les certificats intermédiaires connus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of unknown origin</source>
        <translation>d’origine inconnue</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>the certificate %1</source>
        <translation>le certificat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root %1</source>
        <translation>le certificat racine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate %1</source>
        <translation>le certificat intermédiaire %1</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>the signature on %1 uses SHA-1, which is no longer safe; accepted because the organisation allows SHA-1 signatures</source>
        <translation>la signature de %1 utilise SHA-1, qui n’est plus sûr&#xa0;; elle est acceptée car l’organisation autorise les signatures SHA-1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the signature on %1 uses SHA-1, which is no longer safe (certificates signed this way can be forged); its holder needs a certificate signed with SHA-256 or better</source>
        <translation>la signature de %1 utilise SHA-1, qui n’est plus sûr (les certificats signés ainsi peuvent être falsifiés)&#xa0;; son titulaire a besoin d’un certificat signé avec SHA-256 ou mieux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the signature on %1 uses %2, which is broken (certificates signed this way can be forged); its holder needs a certificate signed with SHA-256 or better</source>
        <translation>la signature de %1 utilise %2, qui est cassé (les certificats signés ainsi peuvent être falsifiés)&#xa0;; son titulaire a besoin d’un certificat signé avec SHA-256 ou mieux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the basic constraints of %1 are not marked critical, as RFC 5280 requires of a CA</source>
        <translation>les contraintes de base de %1 ne sont pas marquées critiques, comme la RFC 5280 l’exige pour une AC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not name its issuer&apos;s key (no authority key identifier), so a same-name CA could only be told apart by trying its signature</source>
        <translation>%1 ne désigne pas la clé de son émetteur (pas d’identifiant de clé d’autorité)&#xa0;: une AC de même nom ne pourrait donc être distinguée qu’en essayant sa signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CA %1 has no subject key identifier</source>
        <translation>l’AC %1 n’a pas d’identifiant de clé du sujet</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 is self-signed and not installed in the trusted root store</source>
        <translation>%1 est autosigné et n’est pas installé dans le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the path ends at the root %1 (%2), which is not installed in the trusted root store</source>
        <translation>le chemin se termine au certificat racine %1 (%2), qui n’est pas installé dans le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>issuer &apos;%1&apos; of %2 is not installed and was not sent by the client</source>
        <translation>l’émetteur &apos;%1&apos; de %2 n’est pas installé et n’a pas été envoyé par le client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>issuer %1 was found (%2) but no certificate above it is installed; its issuer &apos;%3&apos; is neither installed nor sent by the client</source>
        <translation>l’émetteur %1 a été trouvé (%2) mais aucun certificat au-dessus de lui n’est installé&#xa0;; son émetteur &apos;%3&apos; n’est ni installé ni envoyé par le client</translation>
    </message>
    <message>
        <location line="-428"/>
        <source>%1 expired on %2</source>
        <translation>%1 a expiré le %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not valid before %2</source>
        <translation>%1 n’est pas valide avant le %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the signature on %1 does not verify with the key of its issuer %2 (%3): a different key with the same name, or a damaged certificate</source>
        <translation>la signature de %1 ne peut pas être vérifiée avec la clé de son émetteur %2 (%3)&#xa0;: une autre clé portant le même nom, ou un certificat endommagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature on %1 does not verify</source>
        <translation>la signature de %1 ne peut pas être vérifiée</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+210"/>
        <source>%1 is not a CA but signed %2</source>
        <translation>%1 n’est pas une AC mais a signé %2</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>the key usage of %1 does not allow signing certificates</source>
        <translation>l’usage de la clé de %1 n’autorise pas la signature de certificats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 allows at most %2 CA certificate(s) below it (pathLen), and this path has more</source>
        <translation>%1 autorise au plus %2 certificat(s) d’AC sous lui (pathLen), et ce chemin en compte davantage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is revoked (listed in the revocation list of &apos;%2&apos;)</source>
        <translation>%1 est révoqué (il figure dans la liste de révocation de &apos;%2&apos;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no usable revocation list from &apos;%1&apos; covers %2, and the organisation requires revocation data</source>
        <translation>aucune liste de révocation utilisable de &apos;%1&apos; ne couvre %2, et l’organisation exige des données de révocation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the revocation list from &apos;%1&apos; that covers %2 is out of date, and the organisation requires revocation data</source>
        <translation>la liste de révocation de &apos;%1&apos; qui couvre %2 n’est plus à jour, et l’organisation exige des données de révocation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the revocation list from &apos;%1&apos; that covers %2 cannot be used (%3), and the organisation requires revocation data</source>
        <translation>la liste de révocation de &apos;%1&apos; qui couvre %2 est inutilisable (%3), et l’organisation exige des données de révocation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the revocation list that covers %1 has a signature that does not verify</source>
        <translation>la liste de révocation qui couvre %1 porte une signature qui ne peut pas être vérifiée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has a critical extension that is not understood (%2)</source>
        <translation>%1 comporte une extension critique non reconnue (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a CA above it</source>
        <translation>une AC située au-dessus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a name that the name constraints of %2 exclude</source>
        <translation>%1 porte un nom que %2 exclut par ses contraintes de nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a name outside the names that %2 may certify (its name constraints)</source>
        <translation>%1 porte un nom hors de ceux que %2 peut certifier (ses contraintes de nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name constraints of %1 cannot be applied to %2 (%3)</source>
        <translation>%2&#xa0;: impossible d’appliquer les contraintes de nom fixées par %1 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the path above %1 is too long</source>
        <translation>le chemin au-dessus de %1 est trop long</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the DSA key of %1 leaves its parameters to be inherited from its issuer&apos;s key (RFC 5280 6.1.4), which this version of TrustDesk cannot use</source>
        <translation>la clé DSA de %1 hérite ses paramètres de la clé de son émetteur (RFC 5280 6.1.4), ce que cette version de TrustDesk ne prend pas en charge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the public key of %1 cannot be read</source>
        <translation>la clé publique de %1 est illisible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the extended key usage of %1 does not allow client authentication</source>
        <translation>l’usage étendu de la clé de %1 n’autorise pas l’authentification client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key usage of %1 does not allow digital signatures, which a TLS client must make</source>
        <translation>l’usage de la clé de %1 n’autorise pas les signatures numériques, que tout client TLS doit produire</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>%1 is installed, but revoked (listed in the revocation list of &apos;%2&apos;)</source>
        <translation>%1 est installé, mais révoqué (il figure dans la liste de révocation de &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../src/core/engine/TrustEngine.cpp" line="+50"/>
        <source>issuer %1 was found (%2) but its signature does not match (a different key with the same name)</source>
        <translation>l’émetteur %1 a été trouvé (%2) mais sa signature ne correspond pas (une autre clé portant le même nom)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (%2) was tried as the issuer of %3: %4</source>
        <translation>%1 (%2) a été essayé comme émetteur de %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 itself is installed in the trusted root store</source>
        <translation>%1 lui-même est installé dans le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is installed, but %2</source>
        <translation>%1 est installé, mais %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 itself is not installed in the trusted root store</source>
        <translation>%1 lui-même n’est pas installé dans le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 chains to %2, which is installed in the trusted root store</source>
        <translation>la chaîne de %1 remonte jusqu’à %2, qui est installé dans le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no certificate above %1 is installed</source>
        <translation>aucun certificat au-dessus de %1 n’est installé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (the search stopped after %n candidate path(s))</source>
        <translation>
            <numerusform> (la recherche s’est arrêtée après %n chemin candidat)</numerusform>
            <numerusform> (la recherche s’est arrêtée après %n chemins candidats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source> (and %n more problem(s) on the path)</source>
        <translation>
            <numerusform> (et %n autre problème sur le chemin)</numerusform>
            <numerusform> (et %n autres problèmes sur le chemin)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>its issuing CA is not known</source>
        <translation>son AC émettrice est inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its issuing CA %1 has the name of an approved CA but a different key</source>
        <translation>son AC émettrice %1 porte le nom d’une AC approuvée, mais avec une clé différente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its issuing CA %1 is not on the approved CA list</source>
        <translation>son AC émettrice %1 ne figure pas dans la liste des AC approuvées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>thumbprint %1 is on the profile of &apos;%2&apos;</source>
        <translation>l’empreinte %1 figure sur le profil de &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thumbprint %1 is not on the profile of &apos;%2&apos;</source>
        <translation>l’empreinte %1 ne figure pas sur le profil de &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+25"/>
        <source>the CN cannot be used: %1</source>
        <translation>le CN est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>CN &apos;%1&apos; is not on the profile of &apos;%2&apos; (it has no accepted CNs)</source>
        <translation>le CN &apos;%1&apos; ne figure pas sur le profil de &apos;%2&apos; (aucun CN accepté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; is not on the profile of &apos;%2&apos; (accepted CNs: %3)</source>
        <translation>le CN &apos;%1&apos; ne figure pas sur le profil de &apos;%2&apos; (CN acceptés&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CN &apos;%1&apos; is on the profile, but %2</source>
        <translation>le CN &apos;%1&apos; figure sur le profil, mais %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; is on the profile of &apos;%2&apos; and its issuing CA %3 is approved</source>
        <translation>le CN &apos;%1&apos; figure sur le profil de &apos;%2&apos; et son AC émettrice %3 est approuvée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the organisation&apos;s Match CN to username/full name option is off</source>
        <translation>l’option «&#xa0;Faire correspondre le CN au nom d’utilisateur ou nom complet&#xa0;» de l’organisation est désactivée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CN &apos;%1&apos; matches neither the username &apos;%2&apos; nor the full name &apos;%3&apos;</source>
        <translation>le CN &apos;%1&apos; ne correspond ni au nom d’utilisateur &apos;%2&apos; ni au nom complet &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CN &apos;%1&apos; matches the user&apos;s name, but %2</source>
        <translation>le CN &apos;%1&apos; correspond au nom de l’utilisateur, mais %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match CN is on, CN &apos;%1&apos; matches the user&apos;s name and its issuing CA %2 is approved</source>
        <translation>la correspondance du CN est activée, le CN &apos;%1&apos; correspond au nom de l’utilisateur et son AC émettrice %2 est approuvée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>user &apos;%1&apos; is disabled and authenticates with nothing (otherwise: %2)</source>
        <translation>l’utilisateur &apos;%1&apos; est désactivé&#xa0;: rien ne l’authentifie (sinon&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the certificate cannot connect, so it authenticates nobody</source>
        <translation>le certificat ne peut pas se connecter, il n’authentifie donc personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user &apos;%1&apos; is disabled</source>
        <translation>l’utilisateur &apos;%1&apos; est désactivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticates &apos;%1&apos; by %2</source>
        <translation>authentifie &apos;%1&apos; par %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not authenticate &apos;%1&apos;: none of A1, A2 or A3 holds</source>
        <translation>n’authentifie pas &apos;%1&apos;&#xa0;: aucune des conditions A1, A2 ou A3 n’est remplie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the %1 policy of &apos;%2&apos; is password, so certificates are not consulted</source>
        <translation>&#xa0;; la stratégie %1 de &apos;%2&apos; est password, les certificats ne sont donc pas consultés</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no certificate was presented</source>
        <translation>aucun certificat n’a été présenté</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <location filename="../src/cli/commands/UserCommand.cpp" line="+42"/>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added user &apos;%1&apos;</source>
        <translation>utilisateur &apos;%1&apos; ajouté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--disabled and --enabled contradict each other</source>
        <translation>--disabled et --enabled se contredisent</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>updated user &apos;%1&apos;</source>
        <translation>utilisateur &apos;%1&apos; mis à jour</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Username      %1</source>
        <translation>Nom d’utilisateur   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name     %1</source>
        <translation>Nom complet         %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status        %1</source>
        <translation>Statut              %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTPS policy  %1</source>
        <translation>Stratégie HTTPS     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FTPS policy   %1</source>
        <translation>Stratégie FTPS      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password      %1</source>
        <translation>Mot de passe        %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint    %1</source>
        <translation>Empreinte           %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN            %1</source>
        <translation>CN                  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending tank  %1</source>
        <translation>En file d’attente   %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 users added...</source>
        <translation>%1 utilisateurs sur %2 ajoutés...</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>imported %n user(s) from %1</source>
        <translation>
            <numerusform>%n utilisateur importé depuis %1</numerusform>
            <numerusform>%n utilisateurs importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>removed user &apos;%1&apos;</source>
        <translation>utilisateur &apos;%1&apos; supprimé</translation>
    </message>
</context>
<context>
    <name>UserCsvReader</name>
    <message>
        <location filename="../src/core/services/UserCsvReader.cpp" line="+55"/>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un champ entre guillemets n’est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: line %2: a quote inside an unquoted field (quote the whole field and double the quote: &quot;&quot;&quot;)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets et doublez le guillemet&#xa0;: &quot;&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: line %2: text after a closing quote</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: texte après un guillemet fermant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: line %2: a field is longer than %3 characters</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un champ dépasse %3 caractères</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: larger than %2 MB</source>
        <translation>%1&#xa0;: dépasse %2 Mo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not UTF-8 text</source>
        <translation>%1&#xa0;: ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: holds NUL characters; not a CSV file</source>
        <translation>%1&#xa0;: contient des caractères NUL&#xa0;; ce n’est pas un fichier CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: is empty; the first line names the columns (%2)</source>
        <translation>%1&#xa0;: fichier vide&#xa0;; la première ligne doit nommer les colonnes (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: line 1: unknown column &apos;%2&apos; (the columns are username, full_name, https_policy, ftps_policy, thumbprints, cns)</source>
        <translation>%1&#xa0;: ligne 1&#xa0;: colonne inconnue &apos;%2&apos; (les colonnes sont username, full_name, https_policy, ftps_policy, thumbprints, cns)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: line 1: the column &apos;%2&apos; is named twice</source>
        <translation>%1&#xa0;: ligne 1&#xa0;: la colonne &apos;%2&apos; est nommée deux fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: line 1: the column &apos;%2&apos; is missing</source>
        <translation>%1&#xa0;: ligne 1&#xa0;: la colonne &apos;%2&apos; est manquante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: line %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l’en-tête en compte %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the full name of &apos;%1&apos; has control characters or more than 256 characters</source>
        <translation>le nom complet de &apos;%1&apos; contient des caractères de contrôle ou dépasse 256 caractères</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &apos;%2&apos; is not one of password, certificate, password+certificate</source>
        <translation>%1 &apos;%2&apos; n’est pas l’une des valeurs password, certificate, password+certificate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a thumbprint (40 hexadecimal digits)</source>
        <translation>&apos;%1&apos; n’est pas une empreinte (40 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the CN &apos;%1&apos; has control or invisible characters, or more than 256 characters</source>
        <translation>le CN &apos;%1&apos; contient des caractères de contrôle ou invisibles, ou dépasse 256 caractères</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user &apos;%1&apos; is also on line %2 (usernames are compared without case)</source>
        <translation>l’utilisateur &apos;%1&apos; figure aussi à la ligne %2 (les noms d’utilisateur sont comparés sans tenir compte de la casse)</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <location filename="../ui/users/UserEditDialog.ui" line="+17"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;HTTPS sign-on:</source>
        <translation>Connexion &amp;HTTPS&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;TPS sign-on:</source>
        <translation>Connexion F&amp;TPS&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Confirm password:</source>
        <translation>Con&amp;firmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Disabled: this user cannot sign on</source>
        <translation>&amp;Désactivé&#xa0;: cet utilisateur ne peut pas se connecter</translation>
    </message>
</context>
<context>
    <name>UserEditingService</name>
    <message>
        <location filename="../src/core/services/UserEditingService.cpp" line="+13"/>
        <source>the password for &apos;%1&apos; is empty</source>
        <translation>le mot de passe de &apos;%1&apos; est vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user &apos;%1&apos; was changed by someone else while you edited it; your changes were not saved. The view now shows the user as it is: edit it again.</source>
        <translation>l’utilisateur &apos;%1&apos; a été modifié par quelqu’un d’autre pendant que vous le modifiiez&#xa0;; vos modifications n’ont pas été enregistrées. La vue affiche maintenant l’utilisateur tel qu’il est&#xa0;: modifiez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>UserImportRunner</name>
    <message>
        <location filename="../src/gui/users/UserImportRunner.cpp" line="+57"/>
        <source>Importing the users of %1…</source>
        <translation>Importation des utilisateurs de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cancelling: undoing the users added so far…</source>
        <translation>Annulation&#xa0;: retrait des utilisateurs déjà ajoutés…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the import was cancelled; no user was added</source>
        <translation>l’importation a été annulée&#xa0;; aucun utilisateur n’a été ajouté</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n users imported</source>
        <translation>
            <numerusform>%n utilisateur importé</numerusform>
            <numerusform>%n utilisateurs importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserImportService</name>
    <message>
        <location filename="../src/core/services/UserImportService.cpp" line="+23"/>
        <source>%1: line %2: </source>
        <translation>%1&#xa0;: ligne %2&#xa0;: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is a directory, not a CSV file</source>
        <translation>%1&#xa0;: c’est un répertoire, pas un fichier CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: larger than %2 MB</source>
        <translation>%1&#xa0;: dépasse %2 Mo</translation>
    </message>
</context>
<context>
    <name>UserProfileView</name>
    <message>
        <location filename="../ui/users/UserProfileView.ui" line="+11"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Edit user…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accepted client certificates</source>
        <translation>Certificats clients acceptés</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Certificates issued to this user by the organisation CA:</source>
        <translation>Certificats émis pour cet utilisateur par l’AC de l’organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add thumbprint or CN…</source>
        <translation>&amp;Ajouter empreinte ou CN…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import from certificate file…</source>
        <translation>&amp;Importer depuis un fichier de certificat…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create new…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Holding tank</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A&amp;ccept…</source>
        <translation>A&amp;ccepter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate &amp;details…</source>
        <translation>&amp;Détails du certificat…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>De&amp;lete</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete a&amp;ll…</source>
        <translation>&amp;Tout supprimer…</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../src/core/store/UserRepository.cpp" line="+51"/>
        <source>full name &apos;%1&apos; is longer than 128 characters or contains a control character</source>
        <translation>le nom complet &apos;%1&apos; dépasse 128 caractères ou contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation>utilisateur &apos;%1&apos; inconnu dans l’organisation &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+201"/>
        <location line="+197"/>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <location line="-194"/>
        <location line="+78"/>
        <source>the password for &apos;%1&apos; is empty</source>
        <translation>le mot de passe de &apos;%1&apos; est vide</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+187"/>
        <source>user &apos;%1&apos; already exists in organisation &apos;%2&apos; (as &apos;%3&apos;; usernames are compared without case)</source>
        <translation>l’utilisateur &apos;%1&apos; existe déjà dans l’organisation &apos;%2&apos; (sous la forme &apos;%3&apos;&#xa0;; les noms d’utilisateur sont comparés sans tenir compte de la casse)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the CN is empty</source>
        <translation>le CN est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1...&apos; is longer than 256 characters</source>
        <translation>le CN &apos;%1...&apos; dépasse 256 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; contains a control character</source>
        <translation>le CN &apos;%1&apos; contient un caractère de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos; contains an invisible format character (a bidi override or a zero-width character), which no certificate&apos;s CN can match</source>
        <translation>le CN &apos;%1&apos; contient un caractère de mise en forme invisible (un forçage bidirectionnel ou un caractère de largeur nulle)&#xa0;: aucun CN de certificat ne pourra lui correspondre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an untrusted CA is not a credential a user can hold</source>
        <translation>une AC non fiable n’est pas un identifiant qu’un utilisateur peut détenir</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+3"/>
        <source>the import was cancelled; no user was added</source>
        <translation>l’importation a été annulée&#xa0;; aucun utilisateur n’a été ajouté</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>user &apos;%1&apos; already has the %2 &apos;%3&apos;</source>
        <translation>l’utilisateur &apos;%1&apos; possède déjà &apos;%3&apos; (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>user &apos;%1&apos; has no %2 &apos;%3&apos;</source>
        <translation>l’utilisateur &apos;%1&apos; ne possède pas &apos;%3&apos; (%2)</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../ui/users/UsersView.ui" line="+9"/>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Utilisateurs&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by username or full name</source>
        <translation>Filtrer par nom d’utilisateur ou nom complet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;profile</source>
        <translation>Ouvrir le &amp;profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>VerdictPresenter</name>
    <message>
        <location filename="../src/gui/explorer/VerdictPresenter.cpp" line="+10"/>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fail</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not needed</source>
        <translation>non nécessaire</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot connect</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects (%1); no user chosen</source>
        <translation>Se connecte (%1)&#xa0;; aucun utilisateur choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects and authenticates &apos;%1&apos; (%2, %3)</source>
        <translation>Se connecte et authentifie &apos;%1&apos; (%2, %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects (%1) but does not authenticate &apos;%2&apos;</source>
        <translation>Se connecte (%1) mais n’authentifie pas &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connects</source>
        <translation>se connecte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects and authenticates (%1)</source>
        <translation>se connecte et authentifie (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connects (%1)</source>
        <translation>se connecte (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;i&gt;With the what-if changes. As saved: %1.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Avec les modifications de la simulation. Tel qu’enregistré&#xa0;: %1.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h4&gt;TO FIX&lt;/h4&gt;&lt;p&gt;Changes proven to work (best first); click to try one:&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;h4&gt;POUR CORRIGER&lt;/h4&gt;&lt;p&gt;Modifications dont l’effet est prouvé (la meilleure d’abord)&#xa0;; cliquez pour en essayer une&#xa0;:&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h4&gt;CONNECT: %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;CONNEXION&#xa0;: %1&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>yes, by %1</source>
        <translation>oui, par %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&lt;p&gt;Accepted, but worth a word:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Accepté, mais à noter&#xa0;:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h4&gt;AUTHENTICATE &apos;%1&apos;: %2&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;AUTHENTIFICATION DE &apos;%1&apos;&#xa0;: %2&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h4&gt;AUTHENTICATE&lt;/h4&gt;&lt;p&gt;Choose a user to see A1, A2 and A3.&lt;/p&gt;</source>
        <translation>&lt;h4&gt;AUTHENTIFICATION&lt;/h4&gt;&lt;p&gt;Choisissez un utilisateur pour voir A1, A2 et A3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h4&gt;HOLDING TANK&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;FILE D’ATTENTE&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;An attempt would add nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une tentative n’ajouterait rien.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;An attempt would add:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;Une tentative ajouterait&#xa0;:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN</source>
        <translation>CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrusted CA</source>
        <translation>AC non fiable</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <location filename="../src/gui/explorer/WhatIfModel.cpp" line="+42"/>
        <location line="+42"/>
        <source>Install &apos;%1&apos; in the trusted root store</source>
        <translation>Installer &apos;%1&apos; dans le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+39"/>
        <source>Approve &apos;%1&apos; for the organisation</source>
        <translation>Approuver &apos;%1&apos; pour l’organisation</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Match CN to username or full name (A3)</source>
        <translation>Faire correspondre le CN au nom d’utilisateur ou nom complet (A3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable user &apos;%1&apos;</source>
        <translation>Activer l’utilisateur &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept this thumbprint for &apos;%1&apos;%2</source>
        <translation>Accepter cette empreinte pour &apos;%1&apos;%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source> (already accepted)</source>
        <translation> (déjà sur le profil)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Accept the CN &apos;%1&apos; for &apos;%2&apos;%3</source>
        <translation>Accepter le CN &apos;%1&apos; pour &apos;%2&apos;%3</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>• %1 (what if; not saved)</source>
        <translation>• %1 (simulation&#xa0;; non enregistré)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>• Undo: %1</source>
        <translation>• Annuler&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+74"/>
        <source>Administration of client-certificate authentication.</source>
        <translation>Administration de l’authentification par certificat client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store to open.</source>
        <translation>Le magasin à ouvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A shared store on a PostgreSQL server (the password is asked for unless the URL or ~/.pgpass gives it).</source>
        <translation>Un magasin partagé sur un serveur PostgreSQL (le mot de passe est demandé, sauf si l’URL ou ~/.pgpass le fournit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation to show.</source>
        <translation>L’organisation à afficher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The view to open: users, user:NAME, roots, cas, tank, mappings, audit, settings, orgca, wizard[:NAME], explorer:FILE[@USER], matrix:DIR[@USER], listener, shared-store.</source>
        <translation>La vue à ouvrir&#xa0;: users, user:NAME, roots, cas, tank, mappings, audit, settings, orgca, wizard[:NAME], explorer:FILE[@USER], matrix:DIR[@USER], listener, shared-store.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a screenshot of the view as FILE.png and exit.</source>
        <translation>Enregistrer une capture d’écran de la vue dans FILE.png, puis quitter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for --grab (default 1200x760).</source>
        <translation>Taille de la fenêtre pour --grab (1200x760 par défaut).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--size &apos;%1&apos; is not WIDTHxHEIGHT</source>
        <translation>--size &apos;%1&apos; n’est pas au format WIDTHxHEIGHT</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show</source>
        <translation>Affichage</translation>
    </message>
</context>
<context>
    <name>trustdesk::AcceptTankEntryDialog</name>
    <message>
        <location filename="../src/gui/tank/AcceptTankEntryDialog.cpp" line="+35"/>
        <source>Install an untrusted CA</source>
        <translation>Installer une AC non fiable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept a credential</source>
        <translation>Accepter un identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Install &lt;b&gt;%1&lt;/b&gt; in the trusted root store?</source>
        <translation>Installer &lt;b&gt;%1&lt;/b&gt; dans le magasin des racines de confiance&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the CN &lt;b&gt;%1&lt;/b&gt; for the user &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>Accepter le CN &lt;b&gt;%1&lt;/b&gt; pour l’utilisateur &lt;b&gt;%2&lt;/b&gt;&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the thumbprint &lt;b&gt;%1&lt;/b&gt; for the user &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>Accepter l’empreinte &lt;b&gt;%1&lt;/b&gt; pour l’utilisateur &lt;b&gt;%2&lt;/b&gt;&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p&gt;Accepting a &lt;b&gt;CN&lt;/b&gt; survives certificate renewal: a new certificate with the same CN from an approved CA keeps working. But it risks a &lt;b&gt;collision&lt;/b&gt; when more than one approved CA exists, or when a CA issues the same CN to different people.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Accepter un &lt;b&gt;CN&lt;/b&gt; résiste au renouvellement du certificat&#xa0;: un nouveau certificat portant le même CN, émis par une AC approuvée, continue de fonctionner. Mais cela risque une &lt;b&gt;collision&lt;/b&gt; lorsqu’il existe plusieurs AC approuvées, ou lorsqu’une AC émet le même CN pour des personnes différentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (issued this certificate)</source>
        <translation>%1 (a émis ce certificat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;The organisation has no approved CA&lt;/b&gt;: a CN authenticates nobody until the CA that issues it is approved.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L’organisation n’a aucune AC approuvée&lt;/b&gt;&#xa0;: un CN n’authentifie personne tant que l’AC qui l’émet n’est pas approuvée.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;p&gt;Approved CAs of %1 (%n):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;AC approuvée de %1 (%n)&#xa0;:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;AC approuvées de %1 (%n)&#xa0;:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;The CA that issued this certificate is not approved&lt;/b&gt;, so this CN will not authenticate it until that CA is approved (rule A2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L’AC qui a émis ce certificat n’est pas approuvée&lt;/b&gt;&#xa0;: ce CN ne l’authentifiera donc pas tant que cette AC ne sera pas approuvée (règle A2).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: already holds this CN, and their name matches it</source>
        <translation>%1&#xa0;: détient déjà ce CN, et son nom y correspond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: already holds this CN</source>
        <translation>%1&#xa0;: détient déjà ce CN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: their name matches it (with Match CN on, it authenticates them)</source>
        <translation>%1&#xa0;: son nom y correspond (si la correspondance du CN est activée, ce CN l’authentifie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;No other user holds this CN or has a name that matches it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun autre utilisateur ne détient ce CN ni n’a un nom qui y correspond.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Other users who would also claim this CN:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Autres utilisateurs qui revendiqueraient aussi ce CN&#xa0;:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;Accepting a &lt;b&gt;thumbprint&lt;/b&gt; ignores the list of approved CAs and avoids collisions: only this one certificate matches. But it &lt;b&gt;breaks when the certificate is renewed&lt;/b&gt;, because the renewed certificate has another thumbprint.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Accepter une &lt;b&gt;empreinte&lt;/b&gt; ignore la liste des AC approuvées et évite les collisions&#xa0;: seul ce certificat correspond. Mais cela &lt;b&gt;cesse de fonctionner au renouvellement du certificat&lt;/b&gt;, car le certificat renouvelé a une autre empreinte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;This certificate (%1, issued by %2) expires on &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce certificat (%1, émis par %2) expire le &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;It has already expired&lt;/b&gt;: it cannot connect.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Il a déjà expiré&lt;/b&gt;&#xa0;: il ne peut pas se connecter.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;That is in %n days.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;C’est dans %n jour.&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;C’est dans %n jours.&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;A client sent this CA, but nothing in its chain is in the trusted root store, so it could not connect. Installing it lets every certificate it issued &lt;b&gt;connect&lt;/b&gt;; approving it too lets their CNs &lt;b&gt;authenticate&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Subject: %1&lt;br&gt;Issuer: %2&lt;br&gt;Expires: %3&lt;br&gt;SHA-256: &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Install only a CA you know: compare its fingerprint with the one its owner publishes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un client a envoyé cette AC, mais rien dans sa chaîne ne se trouve dans le magasin des racines de confiance&#xa0;: il n’a donc pas pu se connecter. L’installer permet à chaque certificat qu’elle a émis de &lt;b&gt;se connecter&lt;/b&gt;&#xa0;; l’approuver en plus permet à leurs CN d’&lt;b&gt;authentifier&lt;/b&gt; des utilisateurs.&lt;/p&gt;&lt;p&gt;Sujet&#xa0;: %1&lt;br&gt;Émetteur&#xa0;: %2&lt;br&gt;Expiration&#xa0;: %3&lt;br&gt;SHA-256&#xa0;: &lt;tt&gt;%4&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;N’installez qu’une AC que vous connaissez&#xa0;: comparez son empreinte SHA-256 avec celle que publie son propriétaire.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CN %1 is now accepted for %2.</source>
        <translation>Le CN %1 est désormais accepté pour %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The thumbprint %1 is now accepted for %2.</source>
        <translation>L’empreinte %1 est désormais acceptée pour %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm holding-tank deletion</source>
        <translation>Confirmer la suppression (file d’attente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to delete this holding-tank entry?</source>
        <translation>Voulez-vous vraiment supprimer cette entrée de la file d’attente&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes deletes the other entry of the pair (%1). No keeps it, so that it can be accepted too: the user then holds both, and either one is enough.</source>
        <translation>«&#xa0;Oui&#xa0;» supprime l’autre entrée de la paire (%1). «&#xa0;Non&#xa0;» la conserve, afin qu’elle puisse aussi être acceptée&#xa0;: l’utilisateur détient alors les deux, et l’une ou l’autre suffit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete holding-tank entry</source>
        <translation>Supprimer l’entrée de la file d’attente</translation>
    </message>
</context>
<context>
    <name>trustdesk::AddCredentialDialog</name>
    <message>
        <location filename="../src/gui/users/AddCredentialDialog.cpp" line="+17"/>
        <source>Type a thumbprint (40 hex digits; spaces, colons and any case are fine) or a CN.</source>
        <translation>Saisissez une empreinte (40 chiffres hexadécimaux&#xa0;; espaces, deux-points et casse indifférents) ou un CN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the certificate &lt;b&gt;%1&lt;/b&gt;, issued by %2, expiring %3.</source>
        <translation>Depuis le certificat &lt;b&gt;%1&lt;/b&gt;, émis par %2, qui expire le %3.</translation>
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
        <translation>Sera enregistré sous la forme %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a thumbprint: expected 40 hex digits (SHA-1).</source>
        <translation>Ce n’est pas une empreinte&#xa0;: 40 chiffres hexadécimaux (SHA-1) attendus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticates only with a certificate from an approved CA (rule A2).</source>
        <translation>N’authentifie qu’avec un certificat émis par une AC approuvée (règle A2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CN may not contain control characters or exceed 256 characters.</source>
        <translation>Un CN ne peut pas contenir de caractères de contrôle ni dépasser 256 caractères.</translation>
    </message>
</context>
<context>
    <name>trustdesk::AuditModel</name>
    <message>
        <location filename="../src/gui/settings/AuditModel.cpp" line="+50"/>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>root certificate %1</source>
        <translation>certificat racine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved CA %1</source>
        <translation>AC approuvée %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intermediate %1</source>
        <translation>certificat intermédiaire %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping #%1</source>
        <translation>mappage n°%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation %1</source>
        <translation>organisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation CA %1</source>
        <translation>AC de l’organisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revocation list #%1</source>
        <translation>liste de révocation n°%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate serial %1</source>
        <translation>numéro de série de certificat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holding-tank entry #%1</source>
        <translation>entrée de file d’attente n°%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>trustdesk::AuditView</name>
    <message>
        <location filename="../src/gui/settings/AuditView.cpp" line="+58"/>
        <location line="+30"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+25"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+28"/>
        <location line="+9"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1: not written, the audit log could not be read</source>
        <translation>%1&#xa0;: non écrit, le journal d’audit n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit log exported to %1</source>
        <translation>Journal d’audit exporté vers %1</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateDetailsDialog</name>
    <message>
        <location filename="../src/gui/certificates/CertificateDetailsDialog.cpp" line="+21"/>
        <source>Certificate: %1</source>
        <translation>Certificat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No (no basic constraints; version %1)</source>
        <translation>Non (aucune contrainte de base&#xa0;; version %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No (an end-entity certificate)</source>
        <translation>Non (certificat d’entité finale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, path length %1</source>
        <translation>Oui, longueur de chemin %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; self-signed</source>
        <translation>&#xa0;; autosigné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1&#xa0;: écriture impossible (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export certificate</source>
        <translation>Exporter le certificat</translation>
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
        <translation>%1&#xa0;: le fichier ne contient aucun certificat</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Reading %n certificate files…</source>
        <translation>
            <numerusform>Lecture de %n fichier de certificat…</numerusform>
            <numerusform>Lecture de %n fichiers de certificat…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Nothing was imported: %n of the files could not be read.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n des fichiers n’a pas pu être lu.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n des fichiers n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is protected by a passphrase.
Passphrase:</source>
        <translation>%1 est protégé par une phrase secrète.
Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrong passphrase for %1.
Passphrase:</source>
        <translation>Phrase secrète incorrecte pour %1.
Phrase secrète&#xa0;:</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateListModel</name>
    <message>
        <location filename="../src/gui/certificates/CertificateListModel.cpp" line="+55"/>
        <source>Not installed: its certificates cannot connect</source>
        <translation>Non installée&#xa0;: ses certificats ne peuvent pas se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed</source>
        <translation>Installée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connects through %1 (installed)</source>
        <translation>Connexion via %1 (installé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a CA: trusts only itself</source>
        <translation>Pas une AC&#xa0;: ne valide que lui-même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Subject: %1
Issuer: %2
SHA-256: %3</source>
        <translation>Sujet&#xa0;: %1
Émetteur&#xa0;: %2
SHA-256&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root store</source>
        <translation>Racines de confiance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateListView</name>
    <message>
        <location filename="../src/gui/certificates/CertificateListView.cpp" line="+52"/>
        <source>&lt;h2&gt;Trusted root store&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Magasin des racines de confiance&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client certificate can &lt;b&gt;connect&lt;/b&gt; when it is installed here itself, or when a CA in its chain is installed here. The store is shared by every organisation. Drop certificate files here to install them.</source>
        <translation>Un certificat client peut &lt;b&gt;se connecter&lt;/b&gt; lorsqu’il est lui-même installé ici, ou lorsqu’une AC de sa chaîne est installée ici. Le magasin est partagé par toutes les organisations. Déposez des fichiers de certificat ici pour les installer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Install from files…</source>
        <translation>&amp;Installer des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from the &amp;system store…</source>
        <translation>Importer du magasin s&amp;ystème…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Approved CAs&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AC approuvées&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CN on a user&apos;s profile, or a CN that matches the user&apos;s name, authenticates only when the certificate&apos;s CA is approved here. Thumbprints ignore this list. Drop certificate files here to approve them.</source>
        <translation>Un CN figurant sur le profil d’un utilisateur, ou un CN correspondant au nom de l’utilisateur, n’authentifie que si l’AC du certificat est approuvée ici. Les empreintes ignorent cette liste. Déposez des fichiers de certificat ici pour les approuver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve from files…</source>
        <translation>&amp;Approuver des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve from the &amp;root store…</source>
        <translation>Approuver depuis les &amp;racines…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Install in the root store</source>
        <translation>Installer dans le magasin des racines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve CAs</source>
        <translation>Approuver des AC</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Not installed:&lt;/b&gt; %1. Neither these CAs nor any CA above them is in the root store, so their certificates cannot connect: approving them has no effect until one is installed.</source>
        <translation>&lt;b&gt;Non installées&#xa0;:&lt;/b&gt; %1. Ni ces AC ni aucune AC au-dessus d’elles ne se trouvent dans le magasin des racines&#xa0;: leurs certificats ne peuvent donc pas se connecter, et les approuver n’a aucun effet tant que l’une d’elles n’est pas installée.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n certificates newly installed</source>
        <translation>
            <numerusform>%n certificat nouvellement installé</numerusform>
            <numerusform>%n certificats nouvellement installés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n CAs newly approved</source>
        <translation>
            <numerusform>%n AC nouvellement approuvée</numerusform>
            <numerusform>%n AC nouvellement approuvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were already there</source>
        <translation>
            <numerusform>%n y était déjà</numerusform>
            <numerusform>%n y étaient déjà</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The operating system trusts these %n roots. Tick the ones whose clients should connect; usually that is only your own organisation&apos;s CA.</source>
        <translation>
            <numerusform>Le système d’exploitation fait confiance à %n racine. Cochez celles dont les clients doivent pouvoir se connecter&#xa0;; en général, il s’agit uniquement de l’AC de votre propre organisation.</numerusform>
            <numerusform>Le système d’exploitation fait confiance à ces %n racines. Cochez celles dont les clients doivent pouvoir se connecter&#xa0;; en général, il s’agit uniquement de l’AC de votre propre organisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Installed CAs that %1 has not approved yet:</source>
        <translation>AC installées que %1 n’a pas encore approuvées&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is nothing to choose from.</source>
        <translation>Il n’y a rien à choisir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove from the trusted root store: %1?

Clients whose chains end here will no longer connect, in every organisation.</source>
        <translation>Supprimer du magasin des racines de confiance&#xa0;: %1&#xa0;?

Les clients dont la chaîne aboutit ici ne pourront plus se connecter, dans aucune organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop approving %1?

CNs from these CAs will no longer authenticate anyone in this organisation.</source>
        <translation>Ne plus approuver %1&#xa0;?

Les CN émis par ces AC n’authentifieront plus personne dans cette organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateMappingsModel</name>
    <message>
        <location filename="../src/gui/mappings/CertificateMappingsModel.cpp" line="+50"/>
        <source> AND </source>
        <translation> ET </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enabled: consulted in this order</source>
        <translation>Activé&#xa0;: consulté dans cet ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled: never consulted</source>
        <translation>Désactivé&#xa0;: jamais consulté</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Certificate subject</source>
        <translation>Sujet du certificat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules (all must match)</source>
        <translation>Règles (toutes requises)</translation>
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
        <translation>Mappages de certificats</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>IIS configuration (*.config);;All files (*)</source>
        <translation>Configuration IIS (*.config);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n mapping(s), %1 enabled</source>
        <translation>
            <numerusform>%n mappage (activés&#xa0;: %1)</numerusform>
            <numerusform>%n mappages (activés&#xa0;: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Ena&amp;ble</source>
        <translation>Activ&amp;er</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disa&amp;ble</source>
        <translation>Désactiv&amp;er</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Check of %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>IIS reads %n mapping(s) from this file, with no problems.</source>
        <translation>
            <numerusform>IIS lit %n mappage dans ce fichier, sans aucun problème.</numerusform>
            <numerusform>IIS lit %n mappages dans ce fichier, sans aucun problème.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s): IIS would refuse the file or fail these mappings. Nothing is imported from a file with problems.</source>
        <translation>
            <numerusform>%n problème&#xa0;: IIS refuserait le fichier ou ferait échouer ces mappages. Rien n’est importé d’un fichier qui présente des problèmes.</numerusform>
            <numerusform>%n problèmes&#xa0;: IIS refuserait le fichier ou ferait échouer ces mappages. Rien n’est importé d’un fichier qui présente des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+120"/>
        <source>Check web.config</source>
        <translation>Vérifier web.config</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1: no problems</source>
        <translation>%1&#xa0;: aucun problème</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n problème</numerusform>
            <numerusform>%1&#xa0;: %n problèmes</numerusform>
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
        <translation>Importer web.config</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %n mapping(s) from %1</source>
        <translation>
            <numerusform>%n mappage importé depuis %1</numerusform>
            <numerusform>%n mappages importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created the users %1 (certificate policy on both interfaces).</source>
        <translation>Utilisateurs créés&#xa0;: %1 (stratégie par certificat sur les deux interfaces).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+63"/>
        <location line="+4"/>
        <source>Export web.config</source>
        <translation>Exporter web.config</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>Wrote %n mapping(s) to %1; set the passwords in IIS Manager</source>
        <translation>
            <numerusform>%n mappage écrit dans %1&#xa0;; définissez les mots de passe dans le Gestionnaire IIS</numerusform>
            <numerusform>%n mappages écrits dans %1&#xa0;; définissez les mots de passe dans le Gestionnaire IIS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%1 has %n problem(s), listed below. Nothing was imported.</source>
        <translation>
            <numerusform>%1 présente %n problème, listé ci-dessous. Rien n’a été importé.</numerusform>
            <numerusform>%1 présente %n problèmes, listés ci-dessous. Rien n’a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file maps to users that do not exist here: %1.

Create them (certificate policy on both interfaces) and import?</source>
        <translation>Le fichier fait référence à des utilisateurs qui n’existent pas ici&#xa0;: %1.

Les créer (stratégie par certificat sur les deux interfaces) et importer&#xa0;?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote %1.

The passwords of the mapped accounts are left empty: TrustDesk does not know them. Set each in IIS Manager on the IIS machine, which encrypts them there.</source>
        <translation>%1 écrit.

Les mots de passe des comptes mappés sont laissés vides&#xa0;: TrustDesk ne les connaît pas. Définissez-les un par un dans le Gestionnaire IIS, sur la machine IIS, qui les y chiffre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Export appcmd script</source>
        <translation>Exporter un script appcmd</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The IIS site the script configures:</source>
        <translation>Le site IIS que le script configure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Web Site</source>
        <translation>Default Web Site</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Command scripts (*.cmd *.bat);;All files (*)</source>
        <translation>Scripts de commandes (*.cmd *.bat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <location line="+8"/>
        <source>Add a one-to-one mapping</source>
        <translation>Ajouter un mappage un-à-un</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The certificate of the one-to-one mapping</source>
        <translation>Le certificat du mappage un-à-un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.pfx *.p12);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b *.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a many-to-one mapping</source>
        <translation>Ajouter un mappage plusieurs-à-un</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Edit the mapping</source>
        <translation>Modifier le mappage</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+7"/>
        <source>Remove the mapping</source>
        <translation>Supprimer le mappage</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove the mapping &apos;%1&apos;?</source>
        <translation>Supprimer le mappage &apos;%1&apos;&#xa0;?</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reorder the mappings</source>
        <translation>Réorganiser les mappages</translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificateMatrixView</name>
    <message>
        <location filename="../src/gui/explorer/CertificateMatrixView.cpp" line="+40"/>
        <source>Certificate matrix</source>
        <translation>Matrice des certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of certificates</source>
        <translation>Dossier de certificats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+139"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Choose a folder or files of certificates.</source>
        <translation>Choisissez un dossier ou des fichiers de certificats.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>connects (%1); no user holds its thumbprint or its CN, and no user&apos;s name matches it</source>
        <translation>se connecte (%1)&#xa0;; aucun utilisateur ne détient son empreinte ni son CN, et aucun nom d’utilisateur n’y correspond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connects (%1); there is no user &apos;%2&apos;</source>
        <translation>se connecte (%1)&#xa0;; il n’y a pas d’utilisateur &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>authenticates &apos;%1&apos; by %2 (connects by %3)</source>
        <translation>authentifie &apos;%1&apos; par %2 (se connecte par %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>✖ Cannot connect</source>
        <translation>✖ Ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>◐ Connects but does not authenticate</source>
        <translation>◐ Se connecte mais n’authentifie pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Connects and authenticates</source>
        <translation>✔ Se connecte et authentifie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>? Could not be read</source>
        <translation>? Lecture impossible</translation>
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
            <numerusform>%n certificat confronté à la configuration enregistrée de %1, évalué maintenant en HTTPS.</numerusform>
            <numerusform>%n certificats confrontés à la configuration enregistrée de %1, évalués maintenant en HTTPS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::CertificatePickerDialog</name>
    <message>
        <location filename="../src/gui/certificates/CertificatePickerDialog.cpp" line="+24"/>
        <source>%1 (expires %2)</source>
        <translation>%1 (expire le %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject: %1
SHA-1: %2</source>
        <translation>Sujet&#xa0;: %1
SHA-1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n chosen</source>
        <translation>
            <numerusform>%n choisi</numerusform>
            <numerusform>%n choisis</numerusform>
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
        <translation>⚠ expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ not yet valid</source>
        <translation>⚠ pas encore valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⌂ organisation CA</source>
        <translation>⌂ AC de l’organisation</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not installed, and the client did not send it</source>
        <translation>non installé, et le client ne l’a pas envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found with the right key</source>
        <translation>introuvable avec la bonne clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>? not found</source>
        <translation>? introuvable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leaf</source>
        <translation>feuille</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>✔ installed</source>
        <translation>✔ installé</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>★ approved</source>
        <translation>★ approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>⇡ from the client</source>
        <translation>⇡ envoyé par le client</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>known intermediate</source>
        <translation>intermédiaire connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ not a CA</source>
        <translation>✖ pas une AC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>☆ not approved</source>
        <translation>☆ non approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not approved: a CN does not authenticate through it (A2, A3)</source>
        <translation>non approuvée&#xa0;: un CN n’authentifie pas par son intermédiaire (A2, A3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ signature verifies</source>
        <translation>✔ signature vérifiée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✖ signature fails</source>
        <translation>✖ signature invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>? signed by a certificate not found</source>
        <translation>? signé par un certificat introuvable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ rejected</source>
        <translation>✖ écarté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✖ would not verify</source>
        <translation>✖ vérification impossible</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open a certificate, drop a file here, or pick a training scenario.</source>
        <translation>Ouvrez un certificat, déposez un fichier ici ou choisissez un scénario de formation.</translation>
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
        <translation>Explorateur de chaîne</translation>
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
        <translation>(aucun scénario de formation)</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Open a certificate</source>
        <translation>Ouvrir un certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p12 *.pfx);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b *.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Folder of certificates</source>
        <translation>Dossier de certificats</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The passphrase is wrong. Passphrase of %1:</source>
        <translation>La phrase secrète est incorrecte. Phrase secrète de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Paste PEM</source>
        <translation>Coller un PEM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate in PEM (and the chain the client sends):</source>
        <translation>Certificat au format PEM (et la chaîne envoyée par le client)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the pasted text</source>
        <translation>le texte collé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pasted PEM</source>
        <translation>PEM collé</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Discard %n what-if change(s) not applied?</source>
        <translation>
            <numerusform>Abandonner %n modification de simulation non appliquée&#xa0;?</numerusform>
            <numerusform>Abandonner %n modifications de simulation non appliquées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The chain the client sends</source>
        <translation>La chaîne envoyée par le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>, with the chain from %1</source>
        <translation>, avec la chaîne issue de %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a scenario…</source>
        <translation>Choisir un scénario…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticates</source>
        <translation>authentifie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects only</source>
        <translation>se connecte seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation>ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on an IIS mapping site — IIS %2</source>
        <translation>%1 sur un site à mappage IIS — IIS %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 as %2 — %3</source>
        <translation>%1 en tant que %2 — %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Training: %1</source>
        <translation>Formation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Try a fix</source>
        <translation>Essayer un correctif</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>&lt;p&gt;Open a certificate (or drop a file here), paste a PEM, or pick a training scenario. The explorer shows the chain the engine builds, whether the certificate can connect (C1, C2) and whether it authenticates the user (A1, A2, A3), and lets you try changes before you make them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ouvrez un certificat (ou déposez un fichier ici), collez un PEM ou choisissez un scénario de formation. L’explorateur montre la chaîne que construit le moteur, si le certificat peut se connecter (C1, C2) et s’il authentifie l’utilisateur (A1, A2, A3), et vous permet d’essayer des modifications avant de les effectuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — &lt;span style=&apos;color:#c62828&apos;&gt;no user &apos;%1&apos; in this organisation&lt;/span&gt;</source>
        <translation> — &lt;span style=&apos;color:#c62828&apos;&gt;aucun utilisateur &apos;%1&apos; dans cette organisation&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As saved.</source>
        <translation>Tel qu’enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) not saved%1</source>
        <translation>
            <numerusform>%n modification non enregistrée%1</numerusform>
            <numerusform>%n modifications non enregistrées%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; evaluated at another time</source>
        <translation>&#xa0;; évalué à une autre date</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is a public CA that operating systems trust: it issues certificates to anyone who asks for one. Approved, any of them with a user&apos;s CN authenticates that user. Accept thumbprints instead, or approve only the organisation&apos;s own CA.</source>
        <translation>%1 est une AC publique à laquelle les systèmes d’exploitation font confiance&#xa0;: elle émet des certificats pour quiconque en demande. Si elle est approuvée, n’importe lequel de ces certificats portant le CN d’un utilisateur authentifie cet utilisateur. Acceptez plutôt des empreintes, ou n’approuvez que l’AC propre à l’organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approving %1: every certificate it issues authenticates the user whose profile holds its CN (A2), and with Match CN on the user whose name matches it (A3). If it issues the same CN to different people, they collide.</source>
        <translation>Approuver %1&#xa0;: chaque certificat qu’elle émet authentifie l’utilisateur dont le profil contient son CN (A2) et, avec la correspondance du CN activée, l’utilisateur dont le nom correspond à ce CN (A3). Si elle émet le même CN pour des personnes différentes, elles entrent en collision.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The organisation will have %n approved CAs: the same CN from any of them authenticates the same user.</source>
        <translation>
            <numerusform>L’organisation aura %n AC approuvée&#xa0;: le même CN émis par l’une d’elles authentifie le même utilisateur.</numerusform>
            <numerusform>L’organisation aura %n AC approuvées&#xa0;: le même CN émis par n’importe laquelle d’entre elles authentifie le même utilisateur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>Apply the changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Save these %n change(s)? Each is written to the audit log.</source>
        <translation>
            <numerusform>Enregistrer %n modification&#xa0;? Elle est inscrite dans le journal d’audit.</numerusform>
            <numerusform>Enregistrer ces %n modifications&#xa0;? Chacune est inscrite dans le journal d’audit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved the changes from the chain explorer</source>
        <translation>Modifications de l’explorateur de chaîne enregistrées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The explanation is on the clipboard</source>
        <translation>L’explication est dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export the explanation</source>
        <translation>Exporter l’explication</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Export the picture</source>
        <translation>Exporter l’image</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
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
        <translation>RSA 3072 (recommandé)</translation>
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
        <translation>La clé privée de l’AC n’est stockée que chiffrée (PKCS#8, AES-256, PBKDF2) avec cette phrase secrète d’au moins %1 caractères. TrustDesk ne peut pas récupérer une phrase secrète oubliée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parent CA</source>
        <translation>AC parente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the CA&apos;s common name</source>
        <translation>le nom commun de l’AC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrases differ.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no passphrase given</source>
        <translation>%1&#xa0;: aucune phrase secrète fournie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: holds no private key; the parent CA&apos;s PKCS#12 is needed</source>
        <translation>%1&#xa0;: ne contient aucune clé privée&#xa0;; le fichier PKCS#12 de l’AC parente est nécessaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the CA key…</source>
        <translation>Génération de la clé de l’AC…</translation>
    </message>
</context>
<context>
    <name>trustdesk::FtpsSession</name>
    <message>
        <location filename="../src/listener/FtpsSession.cpp" line="+36"/>
        <source>Idle timeout; closing the connection.</source>
        <translation>Délai d’inactivité dépassé&#xa0;; fermeture de la connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-on took too long; closing the connection.</source>
        <translation>L’ouverture de session a pris trop de temps&#xa0;; fermeture de la connexion.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>TrustDesk test listener (implicit FTPS) ready.</source>
        <translation>Écouteur de test TrustDesk (FTPS implicite) prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TrustDesk test listener ready; use AUTH TLS.</source>
        <translation>Écouteur de test TrustDesk prêt&#xa0;; utilisez AUTH TLS.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the client left before the sign-on ended</source>
        <translation>le client est parti avant la fin de la connexion</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Line too long.</source>
        <translation>Ligne trop longue.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+197"/>
        <source>Service not available: the store cannot be used right now.</source>
        <translation>Service indisponible&#xa0;: le magasin ne peut pas être utilisé pour le moment.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Already using TLS.</source>
        <translation>TLS déjà utilisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTH %1 is not supported; use AUTH TLS.</source>
        <translation>AUTH %1 n’est pas pris en charge&#xa0;; utilisez AUTH TLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUTH TLS OK.</source>
        <translation>AUTH TLS OK.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Goodbye.</source>
        <translation>Au revoir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Always in UTF8 mode.</source>
        <translation>Toujours en mode UTF8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use AUTH TLS first: this server does not accept clear text.</source>
        <translation>Utilisez d’abord AUTH TLS&#xa0;: ce serveur n’accepte pas le texte en clair.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protection level set to Private.</source>
        <translation>Niveau de protection défini sur Private.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only PROT P is supported: data goes over TLS.</source>
        <translation>Seul PROT P est pris en charge&#xa0;: les données passent par TLS.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+172"/>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>No such directory.</source>
        <translation>Répertoire introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directory changed to %1</source>
        <translation>Répertoire courant&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type set to %1.</source>
        <translation>Type défini sur %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+318"/>
        <source>No such file.</source>
        <translation>Fichier introuvable.</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Cannot delete that.</source>
        <translation>Impossible de supprimer cet élément.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command not implemented.</source>
        <translation>Commande non implémentée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a new USER started over</source>
        <translation>un nouveau USER a tout recommencé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no certificate consulted</source>
        <translation>aucun certificat consulté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sign-on refused: the site-wide Accept flag is set</source>
        <translation>connexion refusée&#xa0;: l’option «&#xa0;Accepter sur tout le site&#xa0;» est activée</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Password required for %1</source>
        <translation>Mot de passe requis pour %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>no certificate</source>
        <translation>aucun certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot connect</source>
        <translation>ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authenticates (%1)</source>
        <translation>authentifie (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects, does not authenticate</source>
        <translation>se connecte, n’authentifie pas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not logged in: the FTP service cannot reach the web site&apos;s machine interface, because the whole site asks for client certificates (the site-wide Accept flag). Accept certificates on the sign-on gateways only.</source>
        <translation>Non connecté&#xa0;: le service FTP ne peut pas joindre l’interface machine du site web, car tout le site demande des certificats clients (l’option «&#xa0;Accepter sur tout le site&#xa0;»). Acceptez les certificats sur les passerelles de connexion uniquement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service not available.</source>
        <translation>Service indisponible.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Not logged in: too many failed sign-ons; try again in %n second(s).</source>
        <translation>
            <numerusform>Non connecté&#xa0;: trop d’échecs de connexion&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>Non connecté&#xa0;: trop d’échecs de connexion&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many sign-ons at once; try again shortly.</source>
        <translation>Trop de connexions simultanées&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not logged in: this username cannot have a folder.</source>
        <translation>Non connecté&#xa0;: ce nom d’utilisateur ne peut pas avoir de dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the user&apos;s folder.</source>
        <translation>Impossible de créer le dossier de l’utilisateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot use the user&apos;s folder.</source>
        <translation>Impossible d’utiliser le dossier de l’utilisateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User %1 logged in.</source>
        <translation>Utilisateur %1 connecté.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Login with USER first.</source>
        <translation>Connectez-vous d’abord avec USER.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Cannot open a data connection.</source>
        <translation>Impossible d’ouvrir une connexion de données.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Entering Extended Passive Mode (|||%1|)</source>
        <translation>Passage en mode passif étendu (|||%1|)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entering Passive Mode (%1,%2,%3,%4,%5,%6).</source>
        <translation>Passage en mode passif (%1,%2,%3,%4,%5,%6).</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Use PROT P first: data goes over TLS.</source>
        <translation>Utilisez d’abord PROT P&#xa0;: les données passent par TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use PASV or EPSV first.</source>
        <translation>Utilisez d’abord PASV ou EPSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied.</source>
        <translation>Accès refusé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such file or directory.</source>
        <translation>Fichier ou répertoire introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a file name.</source>
        <translation>Ce n’est pas un nom de fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write that file: %1.</source>
        <translation>Impossible d’écrire ce fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening data connection.</source>
        <translation>Ouverture de la connexion de données.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No data connection was opened.</source>
        <translation>Aucune connexion de données n’a été ouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <location line="+39"/>
        <source>Transfer complete.</source>
        <translation>Transfert terminé.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Cannot read the file.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transfer aborted.</source>
        <translation>Transfert interrompu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write that file.</source>
        <translation>Impossible d’écrire ce fichier.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Upload larger than %1 bytes refused.</source>
        <translation>Envoi de plus de %1 octets refusé.</translation>
    </message>
</context>
<context>
    <name>trustdesk::HoldingTankView</name>
    <message>
        <location filename="../src/gui/tank/HoldingTankView.cpp" line="+43"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CN</source>
        <translation>CN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untrusted CA</source>
        <translation>AC non fiable</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+63"/>
        <source>Holding tank</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>more than %L1 entries</source>
        <translation>plus de %L1 entrées</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Holding-tank settings</source>
        <translation>Paramètres de la file d’attente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Install CA…</source>
        <translation>&amp;Installer l’AC…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;ccept…</source>
        <translation>A&amp;ccepter…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Delete holding-tank entries</source>
        <translation>Supprimer les entrées de la file d’attente</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>Delete the %n selected entries?</source>
        <translation>
            <numerusform>Supprimer %n entrée sélectionnée&#xa0;?</numerusform>
            <numerusform>Supprimer les %n entrées sélectionnées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete every holding-tank entry of %1?</source>
        <translation>Supprimer toutes les entrées de la file d’attente de %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueCertificateWizard</name>
    <message>
        <location filename="../src/gui/orgca/IssueCertificateWizard.cpp" line="+29"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+58"/>
        <location line="+6"/>
        <location line="+33"/>
        <location line="+12"/>
        <source>Create a client certificate</source>
        <translation>Créer un certificat client</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Making the key and signing the certificate…</source>
        <translation>Génération de la clé et signature du certificat…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Issued &apos;%1&apos; to %2 (serial %3)</source>
        <translation>Certificat &apos;%1&apos; émis pour %2 (numéro de série %3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;p&gt;Issued to &lt;b&gt;%1&lt;/b&gt; (serial %2). Written:&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Émis pour &lt;b&gt;%1&lt;/b&gt; (numéro de série %2). Fichiers écrits :&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Send the passphrase separately&lt;/b&gt;: by telephone or in person, never in the same message as the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Envoyez la phrase secrète séparément&lt;/b&gt; : par téléphone ou en personne, jamais dans le même message que le fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the wizard? Nothing has been issued, and what you entered is lost.</source>
        <translation>Fermer l’assistant ? Rien n’a été émis, et ce que vous avez saisi sera perdu.</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueKeyPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueKeyPage.cpp" line="+17"/>
        <source>RSA 2048 — works with every client (recommended)</source>
        <translation>RSA 2048 — compatible avec tous les clients (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSA 4096 — slow to make and to use</source>
        <translation>RSA 4096 — lent à générer et à utiliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-256 — small and fast; not for very old clients</source>
        <translation>EC P-256 — compact et rapide&#xa0;; pas pour les clients très anciens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The request brings its own key: %1</source>
        <translation>La demande fournit sa propre clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid until %1.</source>
        <translation>Valide jusqu’au %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is after the organisation CA expires (%1); choose fewer days.</source>
        <translation>Cette date est postérieure à l’expiration de l’AC de l’organisation (%1)&#xa0;; choisissez moins de jours.</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueOutputPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueOutputPage.cpp" line="+19"/>
        <source>PKCS#12 (.p12), AES-256 with PBKDF2 (recommended)</source>
        <translation>PKCS#12 (.p12), AES-256 avec PBKDF2 (recommandé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PKCS#12 (.p12), legacy 3DES/SHA-1: weak, only for Windows 7 and Server 2012 R2 or older</source>
        <translation>PKCS#12 (.p12), ancien chiffrement 3DES/SHA-1&#xa0;: faible, uniquement pour Windows 7 et Server 2012 R2 ou antérieurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificate (.pem) and encrypted PEM key (.key)</source>
        <translation>Certificat PEM (.pem) et clé PEM chiffrée (.key)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Write the certificate to</source>
        <translation>Écrire le certificat dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem)</source>
        <translation>Fichiers PEM (*.pem)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The signed certificate is written as PEM. The user already has the key.</source>
        <translation>Le certificat signé est écrit au format PEM. L’utilisateur possède déjà la clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate goes to the file named; the key, encrypted under the passphrase, to the same name ending in .key.</source>
        <translation>Le certificat est écrit dans le fichier indiqué&#xa0;; la clé, chiffrée avec la phrase secrète, dans un fichier de même nom se terminant par .key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legacy encryption can be broken with little effort. Use it only for clients that cannot read AES-256 PKCS#12 files, and send the passphrase separately.</source>
        <translation>L’ancien chiffrement peut être cassé sans grand effort. Ne l’utilisez que pour les clients qui ne savent pas lire les fichiers PKCS#12 en AES-256, et envoyez la phrase secrète séparément.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds the certificate, its key and the CA certificate, protected by the passphrase (at least %1 characters). Send the passphrase separately.</source>
        <translation>Le fichier contient le certificat, sa clé et le certificat de l’AC, protégés par la phrase secrète (au moins %1 caractères). Envoyez la phrase secrète séparément.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a file in an existing folder.</source>
        <translation>Choisissez un fichier dans un dossier existant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrases differ.</source>
        <translation>Les phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueRegisterPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueRegisterPage.cpp" line="+39"/>
        <source>&lt;b&gt;Thumbprint&lt;/b&gt;: only this certificate matches, so there is no collision with other users; but a renewed certificate must be registered again.</source>
        <translation>&lt;b&gt;Empreinte&lt;/b&gt;&#xa0;: seul ce certificat correspond, il n’y a donc pas de collision avec d’autres utilisateurs&#xa0;; mais un certificat renouvelé doit être enregistré à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;CN&lt;/b&gt;: a renewed certificate with the same CN from an approved CA keeps working; but any approved CA&apos;s certificate with this CN matches too.</source>
        <translation>&lt;b&gt;CN&lt;/b&gt;&#xa0;: un certificat renouvelé avec le même CN émis par une AC approuvée continue de fonctionner&#xa0;; mais tout certificat d’une AC approuvée portant ce CN correspond aussi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing registered: the certificate is recorded as issued, but it authenticates &apos;%1&apos; only if Match CN applies (A3), or after an administrator accepts it from the holding tank.</source>
        <translation>Rien n’est enregistré&#xa0;: le certificat est consigné comme émis, mais il n’authentifie &apos;%1&apos; que si «&#xa0;Faire correspondre le CN&#xa0;» s’applique (A3), ou après qu’un administrateur l’a accepté depuis la file d’attente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;&amp;#9888; &apos;%1&apos; signs on with a password only, on HTTPS and on FTPS: no certificate is consulted for them until a policy asks for one (edit the user).&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;&amp;#9888; &apos;%1&apos; se connecte uniquement par mot de passe, en HTTPS comme en FTPS : aucun certificat n’est consulté pour cet utilisateur tant qu’aucune stratégie n’en demande un (modifiez l’utilisateur).&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueSubjectPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueSubjectPage.cpp" line="+38"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>This CN matches the user&apos;s name and &lt;b&gt;Match CN is on&lt;/b&gt;: A3 authenticates &apos;%1&apos; with it even if nothing is registered.</source>
        <translation>Ce CN correspond au nom de l’utilisateur et &lt;b&gt;«&#xa0;Faire correspondre le CN&#xa0;» est activé&lt;/b&gt;&#xa0;: A3 authentifie &apos;%1&apos; avec ce certificat même si rien n’est enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This CN matches the user&apos;s name, but &lt;b&gt;Match CN is off&lt;/b&gt; in this organisation: register the thumbprint or the CN on the next pages.</source>
        <translation>Ce CN correspond au nom de l’utilisateur, mais &lt;b&gt;«&#xa0;Faire correspondre le CN&#xa0;» est désactivé&lt;/b&gt; dans cette organisation&#xa0;: enregistrez l’empreinte ou le CN dans les pages suivantes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CN differs from the user&apos;s name and full name: Match CN (A3) never applies; register the thumbprint or the CN on the next pages.</source>
        <translation>Ce CN diffère du nom d’utilisateur et du nom complet&#xa0;: «&#xa0;Faire correspondre le CN&#xa0;» (A3) ne s’applique jamais&#xa0;; enregistrez l’empreinte ou le CN dans les pages suivantes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already holds this CN</source>
        <translation>%1 détient déjà ce CN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1&apos;s name matches it</source>
        <translation>%1&#xa0;: son nom correspond à ce CN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Other users claim this CN&lt;/b&gt;; with a CN credential they could sign on with each other&apos;s certificates:</source>
        <translation>&lt;b&gt;D’autres utilisateurs revendiquent ce CN&lt;/b&gt;&#xa0;; avec un identifiant CN, ils pourraient se connecter avec les certificats les uns des autres&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; n’est pas une adresse e-mail</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueSummaryPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueSummaryPage.cpp" line="+62"/>
        <source>thumbprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CN &apos;%1&apos;</source>
        <translation>CN &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 (kept by the user)</source>
        <translation>%1 (conservée par l’utilisateur)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), until %1</source>
        <translation>
            <numerusform>%n jour, jusqu’au %1</numerusform>
            <numerusform>%n jours, jusqu’au %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS client authentication; digital signature</source>
        <translation>Authentification client TLS&#xa0;; signature numérique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register</source>
        <translation>À enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
</context>
<context>
    <name>trustdesk::IssueUserPage</name>
    <message>
        <location filename="../src/gui/orgca/IssueUserPage.cpp" line="+52"/>
        <source>Issued by the organisation CA &lt;b&gt;%1&lt;/b&gt; (%2, valid until %3).</source>
        <translation>Émis par l’AC de l’organisation &lt;b&gt;%1&lt;/b&gt; (%2, valide jusqu’au %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;This organisation has no CA yet.&lt;/b&gt; Create or import one under Organisation CA first.</source>
        <translation>&lt;b&gt;Cette organisation n’a pas encore d’AC.&lt;/b&gt; Créez-en ou importez-en une d’abord dans «&#xa0;AC de l’organisation&#xa0;».</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type a username.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>No user &apos;%1&apos; in this organisation.</source>
        <translation>Aucun utilisateur &apos;%1&apos; dans cette organisation.</translation>
    </message>
    <message numerus="yes">
        <location line="-46"/>
        <source>%1%2 — %n accepted credential(s)</source>
        <translation>
            <numerusform>%1%2 — %n identifiant accepté</numerusform>
            <numerusform>%1%2 — %n identifiants acceptés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the request file the user sent.</source>
        <translation>Choisissez le fichier de demande envoyé par l’utilisateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request for &lt;b&gt;%1&lt;/b&gt;, key %2. Its signature verifies.</source>
        <translation>Demande pour &lt;b&gt;%1&lt;/b&gt;, clé %2. Sa signature est valide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate signing request</source>
        <translation>Demande de signature de certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate signing requests (*.csr *.req *.pem *.der);;All files (*)</source>
        <translation>Demandes de signature de certificat (*.csr *.req *.pem *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This organisation has no CA yet.</source>
        <translation>Cette organisation n’a pas encore d’AC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the user first.</source>
        <translation>Choisissez d’abord l’utilisateur.</translation>
    </message>
</context>
<context>
    <name>trustdesk::ListenerView</name>
    <message>
        <location filename="../src/gui/listener/ListenerView.cpp" line="+27"/>
        <source>Test listener</source>
        <translation>Écouteur de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>127.0.0.1 (this machine only)</source>
        <translation>127.0.0.1 (cette machine uniquement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>::1 (this machine only, IPv6)</source>
        <translation>::1 (cette machine uniquement, IPv6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.0.0.0 (every network interface)</source>
        <translation>0.0.0.0 (toutes les interfaces réseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept certificates on the sign-on gateways (default)</source>
        <translation>Accepter les certificats sur les passerelles de connexion (par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require certificates site-wide</source>
        <translation>Exiger les certificats sur tout le site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore certificates</source>
        <translation>Ignorer les certificats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept site-wide (a misconfiguration, to demonstrate it)</source>
        <translation>Accepter sur tout le site (mauvaise configuration, pour la démontrer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IIS client certificate mapping (the certificate names the user)</source>
        <translation>Mappage de certificats clients IIS (le certificat désigne l’utilisateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate verdict</source>
        <translation>Verdict du certificat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server certificate</source>
        <translation>Certificat serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no store is open</source>
        <translation>aucun magasin n’est ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require client certificates on every page?</source>
        <translation>Exiger des certificats clients sur toutes les pages&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody signs on without a certificate that connects, administrators included, except on the exception paths (/MOVEitISAPI, /Java, /Images).</source>
        <translation>Personne ne peut ouvrir de session sans un certificat qui peut se connecter, administrateurs compris, sauf sur les chemins d’exception (/MOVEitISAPI, /Java, /Images).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server certificate could not be read</source>
        <translation>le certificat serveur n’a pas pu être lu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listening on %1 — server certificate %2</source>
        <translation>À l’écoute sur %1 — certificat serveur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test listener is running</source>
        <translation>L’écouteur de test est démarré</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+94"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>&lt;b&gt;Signs of the site-wide Accept flag&lt;/b&gt;&lt;br&gt;1. Pages that asked for a certificate (browsers show an empty certificate prompt): %1&lt;br&gt;2. File transfers and FTP sign-ons refused: %2</source>
        <translation>&lt;b&gt;Signes de l’option «&#xa0;Accepter sur tout le site&#xa0;»&lt;/b&gt;&lt;br&gt;1. Pages ayant demandé un certificat (les navigateurs affichent une demande de certificat vide)&#xa0;: %1&lt;br&gt;2. Transferts de fichiers et connexions FTP refusés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Every interface: other machines on the network can reach the listener.</source>
        <translation>Toutes les interfaces&#xa0;: d’autres machines du réseau peuvent joindre l’écouteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require site-wide: nobody signs on without a certificate, administrators included.</source>
        <translation>Exiger sur tout le site&#xa0;: personne ne peut ouvrir de session sans certificat, administrateurs compris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept site-wide is the misconfiguration in which browsers show an empty certificate prompt and non-browser transfers fail; it is here to show why.</source>
        <translation>Accepter sur tout le site est la mauvaise configuration dans laquelle les navigateurs affichent une demande de certificat vide et les transferts hors navigateur échouent&#xa0;; elle est proposée ici pour montrer pourquoi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IIS mapping: this organisation has no certificate mappings, so every certificate gets 401.2 (see Certificate mappings).</source>
        <translation>Mappage IIS&#xa0;: cette organisation n’a aucun mappage de certificat, donc chaque certificat reçoit 401.2 (voir Mappages de certificats).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
</context>
<context>
    <name>trustdesk::MainWindow</name>
    <message>
        <location filename="../src/gui/app/MainWindow.cpp" line="+91"/>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+501"/>
        <location line="+4"/>
        <source>Holding tank</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location line="-504"/>
        <source>Trusted root store</source>
        <translation>Racines de confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved CAs</source>
        <translation>AC approuvées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate mappings</source>
        <translation>Mappages de certificats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Test listener</source>
        <translation>Écouteur de test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test &amp;listener</source>
        <translation>Écouteur de &amp;test</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 (connection lost, reconnecting)</source>
        <translation>%1 (connexion perdue, reconnexion en cours)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>from the holding tank (%1, %2)</source>
        <translation>depuis la file d’attente (%1, %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from the trusted root store</source>
        <translation>depuis le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the approved CAs</source>
        <translation>depuis les AC approuvées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an attempt on the test listener (%1, %2), answered %3</source>
        <translation>une tentative sur l’écouteur de test (%1, %2), réponse&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+44"/>
        <location line="+12"/>
        <source>no store is open</source>
        <translation>aucun magasin n’est ouvert</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+36"/>
        <location line="+12"/>
        <source>unknown user &apos;%1&apos; in organisation &apos;%2&apos;</source>
        <translation>utilisateur &apos;%1&apos; inconnu dans l’organisation &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1: not a folder</source>
        <translation>%1&#xa0;: n’est pas un dossier</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unknown view &apos;%1&apos; (users, user:NAME, roots, cas, tank, audit, settings, orgca, wizard[:NAME], explorer[:FILE[@USER]], matrix[:DIR[@USER]], listener, shared-store)</source>
        <translation>vue &apos;%1&apos; inconnue (users, user:NAME, roots, cas, tank, audit, settings, orgca, wizard[:NAME], explorer[:FILE[@USER]], matrix[:DIR[@USER]], listener, shared-store)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Import users into %1</source>
        <translation>Importer des utilisateurs dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>New store</source>
        <translation>Nouveau magasin</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+14"/>
        <source>TrustDesk stores (*.db);;All files (*)</source>
        <translation>Magasins TrustDesk (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 already exists; open it with File &gt; Open store.</source>
        <translation>%1 existe déjà&#xa0;; ouvrez-le avec Fichier &gt; Ouvrir un magasin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open store</source>
        <translation>Ouvrir un magasin</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About TrustDesk</source>
        <translation>À propos de TrustDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Administration of client-certificate authentication: which certificates can connect, which authenticate whom, and why.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrustDesk %1&lt;/h3&gt;&lt;p&gt;Administration de l’authentification par certificat client&#xa0;: quels certificats peuvent se connecter, lesquels authentifient qui, et pourquoi.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 on %2 - TrustDesk</source>
        <translation>%1 sur %2 - TrustDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 - TrustDesk</source>
        <translation>%1 - TrustDesk</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Holding tank (%1)</source>
        <translation>File d’attente (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unsaved settings</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings of %1 have changed. Save them before closing?</source>
        <translation>Les paramètres de %1 ont changé. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>trustdesk::ManyToOneMappingDialog</name>
    <message>
        <location filename="../src/gui/mappings/ManyToOneMappingDialog.cpp" line="+28"/>
        <source>Allow: sign in as the user below</source>
        <translation>Autoriser&#xa0;: se connecter en tant que l’utilisateur ci-dessous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny: refuse the certificate (403.12)</source>
        <translation>Interdire&#xa0;: refuser le certificat (403.12)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate field</source>
        <translation>Champ du certificat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sub-field</source>
        <translation>Sous-champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case-sensitive</source>
        <translation>Casse exacte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New many-to-one mapping</source>
        <translation>Nouveau mappage plusieurs-à-un</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Many-to-one mapping &apos;%1&apos;</source>
        <translation>Mappage plusieurs-à-un &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CN common name, OU organisational unit, O organisation, L locality, S state or province, C country, E e-mail address; or any other attribute short name</source>
        <translation>CN nom commun, OU unité d’organisation, O organisation, L localité, S État ou province, C pays, E adresse e-mail&#xa0;; ou tout autre nom court d’attribut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for example Contoso*</source>
        <translation>par exemple Contoso*</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare letter case exactly (IIS&apos;s default)</source>
        <translation>Respecter exactement la casse (par défaut dans IIS)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>rule %1: &apos;%2&apos; is not an attribute name (such as CN, OU, O, L, S, C or E)</source>
        <translation>règle %1&#xa0;: &apos;%2&apos; n’est pas un nom d’attribut (comme CN, OU, O, L, S, C ou E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rule %1 has no pattern</source>
        <translation>la règle %1 n’a pas de motif</translation>
    </message>
</context>
<context>
    <name>trustdesk::OneToOneMappingDialog</name>
    <message>
        <location filename="../src/gui/mappings/OneToOneMappingDialog.cpp" line="+27"/>
        <source>One-to-one mapping</source>
        <translation>Mappage un-à-un</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New one-to-one mapping</source>
        <translation>Nouveau mappage un-à-un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;This exact certificate (compared byte for byte) signs in as the user below:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;issued by %2&lt;br&gt;valid until %3&lt;br&gt;thumbprint %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce certificat précis (comparé octet par octet) se connecte en tant que l’utilisateur ci-dessous&#xa0;:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;émis par %2&lt;br&gt;valide jusqu’au %3&lt;br&gt;empreinte %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trustdesk::OpenSharedStoreDialog</name>
    <message>
        <location filename="../src/gui/app/OpenSharedStoreDialog.cpp" line="+43"/>
        <source>Open shared store</source>
        <translation>Ouvrir un magasin partagé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>asked each time, never saved</source>
        <translation>demandé à chaque fois, jamais enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require TLS and verify the server&apos;s certificate and name</source>
        <translation>Exiger TLS et vérifier le certificat et le nom du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require TLS and verify the server&apos;s certificate</source>
        <translation>Exiger TLS et vérifier le certificat du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Require TLS (the server is not verified)</source>
        <translation>Exiger TLS (le serveur n’est pas vérifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS when the server offers it (not safe on a network)</source>
        <translation>TLS si le serveur le propose (non sûr sur un réseau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No TLS (this machine only)</source>
        <translation>Sans TLS (cette machine uniquement)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A store on a PostgreSQL server is shared: every administrator who opens it sees the others&apos; changes within seconds. Without a password, the server&apos;s own arrangements (~/.pgpass, PGPASSWORD, peer or certificate sign-on) are used.</source>
        <translation>Un magasin sur un serveur PostgreSQL est partagé&#xa0;: chaque administrateur qui l’ouvre voit les modifications des autres en quelques secondes. Sans mot de passe, les mécanismes propres au serveur (~/.pgpass, PGPASSWORD, connexion peer ou par certificat) sont utilisés.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enter the server&apos;s host name or address (no spaces, &apos;/&apos; or &apos;@&apos;).</source>
        <translation>Saisissez le nom d’hôte ou l’adresse du serveur (sans espaces, &apos;/&apos; ni &apos;@&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database&apos;s name (no spaces, &apos;/&apos;, &apos;@&apos; or &apos;:&apos;).</source>
        <translation>Saisissez le nom de la base de données (sans espaces, &apos;/&apos;, &apos;@&apos; ni &apos;:&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database user (no spaces, &apos;/&apos;, &apos;@&apos; or &apos;:&apos;).</source>
        <translation>Saisissez l’utilisateur de la base de données (sans espaces, &apos;/&apos;, &apos;@&apos; ni &apos;:&apos;).</translation>
    </message>
</context>
<context>
    <name>trustdesk::OrganisationCaView</name>
    <message>
        <location filename="../src/gui/orgca/OrganisationCaView.cpp" line="+27"/>
        <source>Organisation CA</source>
        <translation>AC de l’organisation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replace by a &amp;new CA…</source>
        <translation>Remplacer par une &amp;nouvelle AC…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un&amp;lock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;%1 has no CA of its own yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Create one (a new root, or an intermediate under a CA you hold) or import one from a PKCS#12 file. It issues client certificates for your users with the wizard.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 n’a pas encore sa propre AC.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Créez-en une (une nouvelle racine, ou une AC intermédiaire sous une AC que vous détenez) ou importez-en une depuis un fichier PKCS#12. Elle émet des certificats clients pour vos utilisateurs avec l’assistant.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>itself (a root)</source>
        <translation>elle-même (une racine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, stored encrypted (PKCS#8, AES-256, PBKDF2); %2</source>
        <translation>%1, stockée chiffrée (PKCS#8, AES-256, PBKDF2)&#xa0;; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;unlocked&lt;/b&gt; for this session</source>
        <translation>&lt;b&gt;déverrouillée&lt;/b&gt; pour cette session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in the root store</source>
        <translation>installée dans le magasin des racines de confiance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;not installed&lt;/b&gt;</source>
        <translation>&lt;b&gt;non installée&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved for this organisation</source>
        <translation>approuvée pour cette organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;not approved&lt;/b&gt;</source>
        <translation>&lt;b&gt;non approuvée&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Certificates it issues are installed and approved with the first one issued.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elle sera installée et approuvée lors de l’émission du premier certificat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace the organisation CA &apos;%1&apos;?</source>
        <translation>Remplacer l’AC de l’organisation &apos;%1&apos;&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates it issued keep working while it stays installed and approved; new ones come from the new CA. Its key is forgotten.</source>
        <translation>Les certificats qu’elle a émis continuent de fonctionner tant qu’elle reste installée et approuvée&#xa0;; les nouveaux proviennent de la nouvelle AC. Sa clé est oubliée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Import the organisation CA</source>
        <translation>Importer l’AC de l’organisation</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase of %1:</source>
        <translation>Phrase secrète de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New passphrase to store the CA key under (at least %1 characters):</source>
        <translation>Nouvelle phrase secrète sous laquelle stocker la clé de l’AC (au moins %1 caractères)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the CA in the trusted root store and approve it for this organisation?</source>
        <translation>Installer l’AC dans le magasin des racines de confiance et l’approuver pour cette organisation&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading and re-encrypting the CA key…</source>
        <translation>Lecture et rechiffrement de la clé de l’AC…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Unlock the organisation CA</source>
        <translation>Déverrouiller l’AC de l’organisation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Passphrase of the CA key (kept in memory until you lock it or close the store):</source>
        <translation>Phrase secrète de la clé de l’AC (conservée en mémoire jusqu’à ce que vous la verrouilliez ou fermiez le magasin)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>trustdesk::SettingsView</name>
    <message>
        <location filename="../src/gui/settings/SettingsView.cpp" line="+54"/>
        <source>&lt;h2&gt;Settings of %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paramètres de %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings of %1 saved</source>
        <translation>Paramètres de %1 enregistrés</translation>
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
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrusted CA</source>
        <translation>AC non fiable</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no user)</source>
        <translation>(aucun utilisateur)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Subject: %1
Issuer: %2
Expires: %3</source>
        <translation>Sujet&#xa0;: %1
Émetteur&#xa0;: %2
Expiration&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client address</source>
        <translation>Adresse client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>trustdesk::TestListener</name>
    <message>
        <location filename="../src/listener/TestListener.cpp" line="+31"/>
        <source>cannot write the log: %1</source>
        <translation>impossible d’écrire le journal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot use the server certificate for HTTPS</source>
        <translation>impossible d’utiliser le certificat serveur pour HTTPS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot listen for HTTPS on %1 port %2: %3</source>
        <translation>impossible d’écouter en HTTPS sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FTPS needs a root folder for the users&apos; files (--root DIR)</source>
        <translation>FTPS nécessite un dossier racine pour les fichiers des utilisateurs (--root DIR)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot use the server certificate for FTPS data connections</source>
        <translation>impossible d’utiliser le certificat serveur pour les connexions de données FTPS</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot listen for FTPS on %1 port %2: %3</source>
        <translation>impossible d’écouter en FTPS sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot listen for implicit FTPS on %1 port %2: %3</source>
        <translation>impossible d’écouter en FTPS implicite sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The request took too long.</source>
        <translation>La requête a pris trop de temps.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The request is not HTTP/1.1 this site reads.</source>
        <translation>La requête n’est pas du HTTP/1.1 lisible par ce site.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
</context>
<context>
    <name>trustdesk::TlsDataChannel</name>
    <message>
        <location filename="../src/listener/TlsDataChannel.cpp" line="+113"/>
        <source>the TLS handshake on the data connection failed</source>
        <translation>la négociation TLS sur la connexion de données a échoué</translation>
    </message>
</context>
<context>
    <name>trustdesk::UserEditDialog</name>
    <message>
        <location filename="../src/gui/users/UserEditDialog.cpp" line="+42"/>
        <source>Edit user %1</source>
        <translation>Modifier l’utilisateur %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no password set</source>
        <translation>aucun mot de passe défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Discard what you entered?</source>
        <translation>Abandonner ce que vous avez saisi&#xa0;?</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>username</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a username.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user named &apos;%1&apos; already exists.</source>
        <translation>Un utilisateur nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>trustdesk::UserProfileView</name>
    <message>
        <location filename="../src/gui/users/UserProfileView.cpp" line="+42"/>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client address</source>
        <translation>Adresse client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue a new client certificate for this user from the organisation CA</source>
        <translation>Émettre un nouveau certificat client pour cet utilisateur depuis l’AC de l’organisation</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>User profile</source>
        <translation>Profil utilisateur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create or import the organisation CA first (Certificates › Organisation CA)</source>
        <translation>Créez ou importez d’abord l’AC de l’organisation (Certificats › AC de l’organisation)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No full name</source>
        <translation>Pas de nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Disabled&lt;/b&gt;</source>
        <translation>&lt;b&gt;Désactivé&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS: %1</source>
        <translation>HTTPS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTPS: %1</source>
        <translation>FTPS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password set</source>
        <translation>mot de passe défini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no password</source>
        <translation>aucun mot de passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate that connects authenticates %1 when its thumbprint is listed here, or when its CN is listed here or is %2 (Match CN is on) and its CA is approved.</source>
        <translation>Un certificat qui peut se connecter authentifie %1 lorsque son empreinte figure ici, ou lorsque son CN figure ici ou est %2 («&#xa0;Faire correspondre le CN&#xa0;» est activé) et que son AC est approuvée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A certificate that connects authenticates %1 when its thumbprint is listed here, or when its CN is listed here and its CA is approved. (Match CN is off.)</source>
        <translation>Un certificat qui peut se connecter authentifie %1 lorsque son empreinte figure ici, ou lorsque son CN figure ici et que son AC est approuvée. («&#xa0;Faire correspondre le CN&#xa0;» est désactivé.)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Certificates %1 presented that connected but did not authenticate. Accept the CN or the thumbprint; entries expire after %n days.</source>
        <translation>
            <numerusform>Certificats présentés par %1 qui peuvent se connecter mais ne l’ont pas authentifié. Acceptez le CN ou l’empreinte&#xa0;; les entrées expirent au bout de %n jour.</numerusform>
            <numerusform>Certificats présentés par %1 qui peuvent se connecter mais ne l’ont pas authentifié. Acceptez le CN ou l’empreinte&#xa0;; les entrées expirent au bout de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
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
            <numerusform>File d’attente (%n entrée)</numerusform>
            <numerusform>File d’attente (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+28"/>
        <source>Add a credential for %1</source>
        <translation>Ajouter un identifiant pour %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+28"/>
        <source>Add credential</source>
        <translation>Ajouter un identifiant</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+11"/>
        <source>Import a certificate for %1</source>
        <translation>Importer un certificat pour %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove credential</source>
        <translation>Supprimer l’identifiant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete holding-tank entry</source>
        <translation>Supprimer l’entrée de la file d’attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Delete holding-tank entries</source>
        <translation>Supprimer les entrées de la file d’attente</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>Delete all %n holding-tank entries of %1?</source>
        <translation>
            <numerusform>Supprimer %n entrée de la file d’attente de %1&#xa0;?</numerusform>
            <numerusform>Supprimer les %n entrées de la file d’attente de %1&#xa0;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trustdesk::UsersModel</name>
    <message>
        <location filename="../src/gui/users/UsersModel.cpp" line="+26"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password + certificate</source>
        <translation>Mot de passe + certificat</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../src/gui/users/UsersView.cpp" line="+50"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../src/gui/users/UsersView.cpp" line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 (%n expiring)</source>
        <translation>
            <numerusform>%1 (%n expire bientôt)</numerusform>
            <numerusform>%1 (%n expirent bientôt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n certificate(s) issued to this user expire within %1 days</source>
        <translation>
            <numerusform>%n certificat émis pour cet utilisateur expire d’ici %1 jours</numerusform>
            <numerusform>%n certificats émis pour cet utilisateur expirent d’ici %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n holding-tank entries wait to be accepted or deleted</source>
        <translation>
            <numerusform>%n entrée de la file d’attente attend d’être acceptée ou supprimée</numerusform>
            <numerusform>%n entrées de la file d’attente attendent d’être acceptées ou supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTPS policy</source>
        <translation>Stratégie HTTPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FTPS policy</source>
        <translation>Stratégie FTPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In tank</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>trustdesk::UsersView</name>
    <message>
        <location filename="../src/gui/users/UsersView.cpp" line="+13"/>
        <location line="+51"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n users</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %L1 matching</source>
        <translation>plus de %L1 résultats</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Edit user</source>
        <translation>Modifier l’utilisateur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enable users</source>
        <translation>Activer des utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disable users</source>
        <translation>Désactiver des utilisateurs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove the user %1 with their accepted credentials and holding-tank entries?</source>
        <translation>Supprimer l’utilisateur %1 avec ses identifiants acceptés et ses entrées de file d’attente&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n users with their accepted credentials and holding-tank entries?</source>
        <translation>
            <numerusform>Supprimer %n utilisateur avec ses identifiants acceptés et ses entrées de file d’attente&#xa0;?</numerusform>
            <numerusform>Supprimer %n utilisateurs avec leurs identifiants acceptés et leurs entrées de file d’attente&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove users</source>
        <translation>Supprimer des utilisateurs</translation>
    </message>
</context>
<context>
    <name>trustdesk::Verdict</name>
    <message>
        <location filename="../src/core/engine/Verdict.cpp" line="+171"/>
        <source>Certificate  %1</source>
        <translation>Certificat   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  issuer     %1</source>
        <translation>  émetteur   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  thumbprint %1</source>
        <translation>  empreinte  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  sha-256    %1</source>
        <translation>  sha-256    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  valid      %1 to %2</source>
        <translation>  validité   du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CONNECT      %1 %2</source>
        <translation>CONNEXION        %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+32"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>  path (as built, leaf first):</source>
        <translation>  chemin (tel que construit, feuille en premier)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a CA</source>
        <translation>pas une AC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>         ! warning: %1</source>
        <translation>         ! avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    rejected candidate: %1</source>
        <translation>    candidat écarté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AUTHENTICATE %1 as &apos;%2&apos; %3</source>
        <translation>AUTHENTIFICATION %1 en tant que &apos;%2&apos; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HOLDING TANK nothing would be added</source>
        <translation>FILE D’ATTENTE   rien ne serait ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HOLDING TANK an attempt would add:</source>
        <translation>FILE D’ATTENTE   une tentative ajouterait&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To fix:</source>
        <translation>Pour corriger&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connects</source>
        <translation>se connecte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connects and authenticates (%1)</source>
        <translation>se connecte et authentifie (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connects (%1)</source>
        <translation>se connecte (%1)</translation>
    </message>
</context>
<context>
    <name>trustdesk::Workspace</name>
    <message>
        <location filename="../src/gui/app/Workspace.cpp" line="+32"/>
        <source>Refreshed with changes made by another administrator or program</source>
        <translation>Actualisé avec les modifications d’un autre administrateur ou programme</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The connection to %1 was lost; reconnecting…</source>
        <translation>La connexion à %1 a été perdue&#xa0;; reconnexion…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reconnected to %1; every view shows the store as it is now</source>
        <translation>Reconnecté à %1&#xa0;; chaque vue montre le magasin dans son état actuel</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>organisation &apos;%1&apos; has no CA; create or import one first</source>
        <translation>l’organisation &apos;%1&apos; n’a pas d’AC&#xa0;; créez-en ou importez-en une d’abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlocking the organisation CA…</source>
        <translation>Déverrouillage de l’AC de l’organisation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organisation CA is unlocked for this session</source>
        <translation>L’AC de l’organisation est déverrouillée pour cette session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The organisation CA is locked</source>
        <translation>L’AC de l’organisation est verrouillée</translation>
    </message>
</context>
</TS>
