<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@identifiant</translation>
    </message>
    <message>
        <source>e.g. institutional news, culture, emergencies</source>
        <translation>p. ex. actualités institutionnelles, culture, alertes</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <source>Who holds the password (person or service)</source>
        <translation>Qui détient le mot de passe (personne ou service)</translation>
    </message>
    <message>
        <source>Whose e-mail or phone recovers the account</source>
        <translation>À qui appartient l’adresse ou le téléphone de récupération</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>&amp;Followers:</source>
        <translation>A&amp;bonnés&#xa0;:</translation>
    </message>
    <message>
        <source>Number of followers known</source>
        <translation>Nombre d’abonnés connu</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>&amp;Last activity:</source>
        <translation>&amp;Dernière activité&#xa0;:</translation>
    </message>
    <message>
        <source>Date of last activity known</source>
        <translation>Date de dernière activité connue</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>&amp;Credentials held by:</source>
        <translation>Identifiants détenus &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Credentials held by</source>
        <translation>Identifiants détenus par</translation>
    </message>
    <message>
        <source>&amp;Two-factor authentication:</source>
        <translation>Double au&amp;thentification&#xa0;:</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <source>&amp;Recovery e-mail/phone owner:</source>
        <translation>Ré&amp;cupération (courriel/téléphone de)&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery e-mail/phone owner</source>
        <translation>Courriel/téléphone de récupération appartenant à</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AuditDashboard</name>
    <message>
        <source>X archive and audit</source>
        <translation>Archive X et audit</translation>
    </message>
    <message>
        <source>Request the archive in X&apos;s settings (Your account › Download an archive of your data), then import the zip file X sends, or the folder you extracted it to. The archive stays where it is: the plan keeps its place, its checksum and the audit below.</source>
        <translation>Demandez l’archive dans les paramètres de X (Votre compte › Télécharger une archive de vos données), puis importez le fichier zip envoyé par X, ou le dossier où vous l’avez extrait. L’archive reste où elle est&#xa0;: le plan garde son emplacement, son empreinte et l’audit ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Import the X archive…</source>
        <translation>&amp;Importer l’archive X…</translation>
    </message>
    <message>
        <source>Import the X archive (zip file)</source>
        <translation>Importer l’archive X (fichier zip)</translation>
    </message>
    <message>
        <source>Import an e&amp;xtracted folder…</source>
        <translation>Importer un &amp;dossier extrait…</translation>
    </message>
    <message>
        <source>Import an extracted X archive folder</source>
        <translation>Importer le dossier d’une archive X extraite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avancement de l’import</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’import</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Posts per month</source>
        <translation>Publications par mois</translation>
    </message>
    <message>
        <source>Chart of posts per month</source>
        <translation>Graphique des publications par mois</translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation>Résumé du graphique</translation>
    </message>
    <message>
        <source>Top posts by engagement</source>
        <translation>Publications les plus engageantes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Most used hashtags</source>
        <translation>Mots-dièse les plus utilisés</translation>
    </message>
    <message>
        <source>Hashtag</source>
        <translation>Mot-dièse</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Most mentioned accounts</source>
        <translation>Comptes les plus mentionnés</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Media volume</source>
        <translation>Volume des médias</translation>
    </message>
    <message>
        <source>Connected applications</source>
        <translation>Applications connectées</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Autorisée le</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Security findings</source>
        <translation>Constats de sécurité</translation>
    </message>
    <message>
        <source>Reconciliation with the archive&apos;s manifest</source>
        <translation>Rapprochement avec le manifeste de l’archive</translation>
    </message>
    <message>
        <source>Reconciliation result</source>
        <translation>Résultat du rapprochement</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>What the archive does not contain</source>
        <translation>Ce que l’archive ne contient pas</translation>
    </message>
    <message>
        <source>No archive imported yet.</source>
        <translation>Aucune archive importée pour l’instant.</translation>
    </message>
    <message>
        <source>Account created on %1.</source>
        <translation>Compte créé le %1.</translation>
    </message>
    <message>
        <source>First post on %1, last post on %2.</source>
        <translation>Première publication le %1, dernière le %2.</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>as announced</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>⚠ The archive does not hold everything its manifest announces:</source>
        <translation>⚠ L’archive ne contient pas tout ce qu’annonce son manifeste&#xa0;:</translation>
    </message>
    <message>
        <source>Every data type holds exactly what the archive&apos;s manifest announces.</source>
        <translation>Chaque type de données contient exactement ce qu’annonce le manifeste de l’archive.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>The X archive</source>
        <translation>L’archive X</translation>
    </message>
    <message>
        <source>X archive (*.zip)</source>
        <translation>Archive X (*.zip)</translation>
    </message>
    <message>
        <source>The extracted X archive</source>
        <translation>L’archive X extraite</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Archive imported and audited.</source>
        <translation>Archive importée et auditée.</translation>
    </message>
    <message>
        <source>The import failed unexpectedly (%1); the plan is unchanged.</source>
        <translation>L’import a échoué de façon inattendue (%1)&#x202f;; le plan n’a pas changé.</translation>
    </message>
    <message>
        <source>Import cancelled: the plan is unchanged.</source>
        <translation>Import annulé&#xa0;: le plan n’a pas changé.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Posts (reposts included)</source>
        <translation>Publications (republications comprises)</translation>
    </message>
    <message>
        <source>Original posts</source>
        <translation>Publications originales</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Posts with media</source>
        <translation>Publications avec médias</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Deleted posts still listed</source>
        <translation>Publications supprimées encore listées</translation>
    </message>
    <message>
        <source>Direct message conversations</source>
        <translation>Conversations privées</translation>
    </message>
    <message>
        <source>original</source>
        <translation>originale</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>repost</source>
        <translation>republication</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1&#xa0;Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1&#xa0;ko</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1&#xa0;octets</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Post headers</source>
        <translation>En-têtes des publications</translation>
    </message>
    <message>
        <source>Long posts (notes)</source>
        <translation>Publications longues (notes)</translation>
    </message>
    <message>
        <source>Community posts</source>
        <translation>Publications de communautés</translation>
    </message>
    <message>
        <source>Headers of deleted posts</source>
        <translation>En-têtes des publications supprimées</translation>
    </message>
    <message>
        <source>Accounts followed</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Connected applications</source>
        <translation>Applications connectées</translation>
    </message>
    <message>
        <source>Private messages (headers)</source>
        <translation>Messages privés (en-têtes)</translation>
    </message>
    <message>
        <source>Group conversations (headers)</source>
        <translation>Conversations de groupe (en-têtes)</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Messages privés</translation>
    </message>
    <message>
        <source>Group conversations</source>
        <translation>Conversations de groupe</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>post</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>messages privés</translation>
    </message>
    <message>
        <source>No posts: nothing to chart.</source>
        <translation>Aucune publication&#xa0;: rien à représenter.</translation>
    </message>
    <message>
        <source>%1 posts over %2 months, from %3 to %4; busiest month %5 with %6 posts; %7 posts a month on average.</source>
        <translation>%1 publications sur %2 mois, de %3 à %4&#x202f;; mois le plus actif&#xa0;: %5 avec %6 publications&#x202f;; %7 publications par mois en moyenne.</translation>
    </message>
    <message>
        <source>%1: %2 file(s) announced by the archive are missing (%3).</source>
        <translation>%1&#xa0;: %2 fichier(s) annoncé(s) par l’archive manque(nt) (%3).</translation>
    </message>
    <message>
        <source>%1: %2 expected, %3 read — %4 missing.</source>
        <translation>%1&#xa0;: %2 attendus, %3 lus — %4 manquants.</translation>
    </message>
    <message>
        <source>%1: %2 expected, %3 read — %4 more than announced.</source>
        <translation>%1&#xa0;: %2 attendus, %3 lus — %4 de plus qu’annoncé.</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>Compte inconnu</translation>
    </message>
    <message>
        <source>(account no. %1)</source>
        <translation>(compte n° %1)</translation>
    </message>
    <message>
        <source>%1 media files, %2; %3 posts with media have their files, %4 do not.</source>
        <translation>%1 fichiers de médias, %2&#x202f;; %3 publications avec médias ont leurs fichiers, %4 ne les ont pas.</translation>
    </message>
</context>
<context>
    <name>AuthorityModel</name>
    <message>
        <source>Enter a domain name such as ville-exemple.fr.</source>
        <translation>Saisissez un nom de domaine comme ville-exemple.fr.</translation>
    </message>
    <message>
        <source>Enter a French phone number such as 01 23 45 67 89.</source>
        <translation>Saisissez un numéro de téléphone français comme 01 23 45 67 89.</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as presse@ville.fr.</source>
        <translation>Saisissez une adresse électronique comme presse@ville.fr.</translation>
    </message>
    <message>
        <source>Choose the authority.</source>
        <translation>Choisissez la collectivité.</translation>
    </message>
    <message>
        <source>Enter the official website.</source>
        <translation>Indiquez le site officiel.</translation>
    </message>
    <message>
        <source>Enter the press contact&apos;s e-mail address.</source>
        <translation>Indiquez l’adresse électronique du contact presse.</translation>
    </message>
    <message>
        <source>Enter the name of the elected head.</source>
        <translation>Indiquez le nom de l’élu·e qui préside la collectivité.</translation>
    </message>
    <message>
        <source>Choose the grammatical gender of the elected head&apos;s title.</source>
        <translation>Choisissez le genre grammatical du titre de l’élu·e.</translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>&amp;Search by name, postal code or INSEE code:</source>
        <translation>&amp;Rechercher par nom, code postal ou code INSEE&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Kremlin-Bicêtre, 94270, Hérault</source>
        <translation>p. ex. Kremlin-Bicêtre, 94270, Hérault</translation>
    </message>
    <message>
        <source>Search for the authority</source>
        <translation>Rechercher la collectivité</translation>
    </message>
    <message>
        <source>Type a name, a postal code or an INSEE code, then choose in the list below.</source>
        <translation>Tapez un nom, un code postal ou un code INSEE, puis choisissez dans la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Matching authorities</source>
        <translation>Collectivités correspondantes</translation>
    </message>
    <message>
        <source>Name of the authority</source>
        <translation>Nom de la collectivité</translation>
    </message>
    <message>
        <source>Official name, with its article (e.g. Les Lilas)</source>
        <translation>Nom officiel, avec son article (p. ex. Les Lilas)</translation>
    </message>
    <message>
        <source>Type of authority</source>
        <translation>Type de collectivité</translation>
    </message>
    <message>
        <source>Article of the name</source>
        <translation>Article du nom</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Intercommunality (EPCI)</source>
        <translation>Intercommunalité (EPCI)</translation>
    </message>
    <message>
        <source>Other public body</source>
        <translation>Autre organisme public</translation>
    </message>
    <message>
        <source>Website and logo</source>
        <translation>Site et logo</translation>
    </message>
    <message>
        <source>Official website domain</source>
        <translation>Domaine du site officiel</translation>
    </message>
    <message>
        <source>Official &amp;website:</source>
        <translation>Site &amp;officiel&#xa0;:</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Aperçu du logo</translation>
    </message>
    <message>
        <source>PNG, JPEG or SVG file used as letterhead.</source>
        <translation>Fichier PNG, JPEG ou SVG utilisé en en-tête.</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Press contact</source>
        <translation>Contact presse</translation>
    </message>
    <message>
        <source>Press contact service</source>
        <translation>Service du contact presse</translation>
    </message>
    <message>
        <source>e.g. Communication department</source>
        <translation>p. ex. Direction de la communication</translation>
    </message>
    <message>
        <source>Press contact name</source>
        <translation>Nom du contact presse</translation>
    </message>
    <message>
        <source>Press contact phone</source>
        <translation>Téléphone du contact presse</translation>
    </message>
    <message>
        <source>Press contact e-mail</source>
        <translation>Courriel du contact presse</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Elected head</source>
        <translation>Élu·e à la tête de la collectivité</translation>
    </message>
    <message>
        <source>Name of the elected head</source>
        <translation>Nom de l’élu·e</translation>
    </message>
    <message>
        <source>First name and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>N&amp;ot in the list: enter the authority by hand</source>
        <translation>A&amp;bsente de la liste&#xa0;: saisir la collectivité à la main</translation>
    </message>
    <message>
        <source>A&amp;rticle:</source>
        <translation>Ar&amp;ticle&#xa0;:</translation>
    </message>
    <message>
        <source>Choose lo&amp;go…</source>
        <translation>Choisir le lo&amp;go…</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact name:</source>
        <translation>Nom &amp;du contact&#xa0;:</translation>
    </message>
    <message>
        <source>Fem&amp;inine (« la maire », « la présidente »)</source>
        <translation>Fémi&amp;nin («&#x202f;la maire&#x202f;», «&#x202f;la présidente&#x202f;»)</translation>
    </message>
    <message>
        <source>Masc&amp;uline (« le maire », « le président »)</source>
        <translation>Masc&amp;ulin («&#x202f;le maire&#x202f;», «&#x202f;le président&#x202f;»)</translation>
    </message>
    <message>
        <source>Title of the elected head</source>
        <translation>Titre de l’élu·e</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Nom d&amp;e l’élu·e&#xa0;:</translation>
    </message>
    <message>
        <source>Grammatical gender:</source>
        <translation>Genre grammatical&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>No authority chosen yet.</source>
        <translation>Aucune collectivité choisie pour l’instant.</translation>
    </message>
    <message>
        <source>INSEE code %1</source>
        <translation>code INSEE %1</translation>
    </message>
    <message>
        <source>%1 inhabitants</source>
        <translation>%1 habitants</translation>
    </message>
    <message>
        <source>In sentences: « the press service %1 »</source>
        <translation>Dans une phrase&#xa0;: «&#x202f;le service de presse %1&#x202f;»</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>To complete this step:</source>
        <translation>Pour terminer cette étape&#xa0;:</translation>
    </message>
    <message>
        <source>This step is complete.</source>
        <translation>Cette étape est terminée.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n authority(ies) found.</source>
        <translation>
            <numerusform>%n collectivité trouvée.</numerusform>
            <numerusform>%n collectivités trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Check the spelling, or enter the authority by hand below.</source>
        <translation>Aucun résultat. Vérifiez l’orthographe ou saisissez la collectivité à la main ci-dessous.</translation>
    </message>
    <message>
        <source>The list of authorities could not be read: %1</source>
        <translation>La liste des collectivités n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>Bluesky</name>
    <message>
        <source>Use an app password, not the account&apos;s main password. In the Bluesky app: Settings › Privacy and security › App passwords › Add App Password, name it “ExitPlanner”, then copy the code shown (four groups of four characters, like abcd-efgh-ijkl-mnop). An app password can publish and edit the profile but cannot change the account&apos;s e-mail, main password or delete the account, and you can revoke it at any time without changing the main password shared by your team.</source>
        <extracomment>Where accounts created in the Bluesky app live (its &quot;entryway&quot; finds the account&apos;s own server). Bluesky&apos;s public, unauthenticated read API (AppView), for the inventory&apos;s figures. Beyond this many records, a repository count is reported as unknown rather than read for minutes.</extracomment>
        <translation>Utilisez un mot de passe d’application, pas le mot de passe principal du compte. Dans l’application Bluesky&#xa0;: Paramètres › Confidentialité et sécurité › Mots de passe d’application › Ajouter un mot de passe d’application, nommez-le «&#x202f;ExitPlanner&#x202f;», puis copiez le code affiché (quatre groupes de quatre caractères, comme abcd-efgh-ijkl-mnop). Un mot de passe d’application permet de publier et de modifier le profil, mais pas de changer l’adresse e-mail ni le mot de passe principal du compte, ni de supprimer le compte&#x202f;; vous pouvez le révoquer à tout moment sans changer le mot de passe principal partagé par votre équipe.</translation>
    </message>
    <message>
        <source>The Bluesky session has ended: log in again.</source>
        <translation>La session Bluesky a expiré&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>This account asks for a code sent by e-mail: log in with an app password instead, which does not need one.</source>
        <translation>Ce compte demande un code envoyé par e-mail&#xa0;: connectez-vous plutôt avec un mot de passe d’application, qui n’en a pas besoin.</translation>
    </message>
    <message>
        <source>This Bluesky account is suspended or deactivated.</source>
        <translation>Ce compte Bluesky est suspendu ou désactivé.</translation>
    </message>
    <message>
        <source>Bluesky refused the login: check the handle and the app password.</source>
        <translation>Bluesky a refusé la connexion&#xa0;: vérifiez l’identifiant et le mot de passe d’application.</translation>
    </message>
    <message>
        <source>Bluesky refused the picture: it is too large.</source>
        <translation>Bluesky a refusé l’image&#xa0;: elle est trop lourde.</translation>
    </message>
    <message>
        <source>The profile was changed elsewhere meanwhile: reload it and try again.</source>
        <translation>Le profil a été modifié ailleurs entre-temps&#xa0;: rechargez-le puis réessayez.</translation>
    </message>
    <message>
        <source>Bluesky refused the request (%1).</source>
        <translation>Bluesky a refusé la demande (%1).</translation>
    </message>
    <message>
        <source>This is not the address of a Bluesky publication.</source>
        <translation>Ce n’est pas l’adresse d’une publication Bluesky.</translation>
    </message>
    <message>
        <source>Not connected to Bluesky: log in first.</source>
        <translation>Pas de connexion à Bluesky&#xa0;: connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>This does not look like an app password (four groups of four characters, like abcd-efgh-ijkl-mnop). Do not use the account&apos;s main password: create an app password in the Bluesky app&apos;s settings.</source>
        <translation>Ceci ne ressemble pas à un mot de passe d’application (quatre groupes de quatre caractères, comme abcd-efgh-ijkl-mnop). N’utilisez pas le mot de passe principal du compte&#xa0;: créez un mot de passe d’application dans les paramètres de l’application Bluesky.</translation>
    </message>
    <message>
        <source>This is the account&apos;s main password. Create an app password in the Bluesky app&apos;s settings and use it instead.</source>
        <translation>C’est le mot de passe principal du compte. Créez un mot de passe d’application dans les paramètres de l’application Bluesky et utilisez-le à la place.</translation>
    </message>
    <message>
        <source>Every picture needs a description (alternative text) for people who cannot see it.</source>
        <translation>Chaque image doit avoir une description (texte alternatif) pour les personnes qui ne peuvent pas la voir.</translation>
    </message>
    <message>
        <source>Only this account&apos;s own publications can be deleted.</source>
        <translation>Seules les publications de ce compte peuvent être supprimées.</translation>
    </message>
    <message>
        <source>Bluesky could not confirm the record on the domain yet. Wait a few minutes (DNS changes take time to spread) and try again.</source>
        <translation>Bluesky n’a pas encore pu vérifier l’enregistrement sur le domaine. Patientez quelques minutes (les modifications DNS mettent du temps à se propager) puis réessayez.</translation>
    </message>
    <message>
        <source>No Bluesky account has this handle.</source>
        <translation>Aucun compte Bluesky ne porte cet identifiant.</translation>
    </message>
</context>
<context>
    <name>BlueskyHandle</name>
    <message>
        <source>This is not a valid domain name.</source>
        <translation>Ce n’est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>The DNS record is in place: the handle can be switched.</source>
        <translation>L’enregistrement DNS est en place&#xa0;: l’identifiant peut être changé.</translation>
    </message>
    <message>
        <source>The file on the website is in place: the handle can be switched.</source>
        <translation>Le fichier est en place sur le site&#xa0;: l’identifiant peut être changé.</translation>
    </message>
    <message>
        <source>Several did= values are published in the DNS record: keep only one.</source>
        <translation>Plusieurs valeurs did= sont publiées dans l’enregistrement DNS&#xa0;: n’en gardez qu’une.</translation>
    </message>
    <message>
        <source>The DNS record exists but names another account: replace its value.</source>
        <translation>L’enregistrement DNS existe mais désigne un autre compte&#xa0;: remplacez sa valeur.</translation>
    </message>
    <message>
        <source>The file on the website names another account: replace its content.</source>
        <translation>Le fichier du site désigne un autre compte&#xa0;: remplacez son contenu.</translation>
    </message>
    <message>
        <source>Neither the DNS record nor the file was found yet. DNS changes can take up to an hour to be visible; try again later.</source>
        <translation>Ni l’enregistrement DNS ni le fichier n’ont encore été trouvés. Une modification DNS peut mettre jusqu’à une heure à être visible&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The DNS could not be asked (no connection?).</source>
        <translation>Le DNS n’a pas pu être interrogé (pas de connexion&#x202f;?).</translation>
    </message>
    <message>
        <source>The website could not be reached over HTTPS.</source>
        <translation>Le site n’a pas pu être joint en HTTPS.</translation>
    </message>
</context>
<context>
    <name>CleanupEstimate</name>
    <message>
        <source>%1 US dollars</source>
        <translation>%1 dollars US</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Posts to delete: %1</source>
        <translation>Publications à supprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reposts to cancel: %1</source>
        <translation>Republications à annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Likes to remove: %1</source>
        <translation>«&#x202f;J’aime&#x202f;» à retirer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Estimated duration at X&apos;s current limits (50 deletions per 15 minutes, likes also 1,000 per day): %1</source>
        <translation>Durée estimée aux limites actuelles de X (50 suppressions par quart d’heure, et au plus 1&#x202f;000 «&#x202f;J’aime&#x202f;» par jour)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Estimated cost: %1 (X&apos;s published pay-per-use prices; check the current rates in the X Developer Console)</source>
        <translation>Coût estimé&#xa0;: %1 (tarifs à l’usage publiés par X&#x202f;; vérifiez les tarifs en vigueur dans la console développeur de X)</translation>
    </message>
    <message>
        <source>Including the look-up of %1 reposts whose original post is not in the archive.</source>
        <translation>Y compris la recherche, pour %1 republications, de la publication d’origine absente de l’archive.</translation>
    </message>
</context>
<context>
    <name>CleanupGate</name>
    <message>
        <source>Deletion cannot start: the archive of record step must be completed first (a verified archive of this account&apos;s posts, to hand over to the Archives départementales).</source>
        <translation>La suppression ne peut pas commencer&#xa0;: il faut d’abord terminer l’étape d’archivage (une archive vérifiée des publications de ce compte, à remettre aux Archives départementales).</translation>
    </message>
</context>
<context>
    <name>CleanupJob</name>
    <message>
        <source>The connected X account (@%1) is not the account of the archive: connect the account whose posts are to be deleted.</source>
        <translation>Le compte X connecté (@%1) n’est pas celui de l’archive&#xa0;: connectez le compte dont les publications doivent être supprimées.</translation>
    </message>
    <message>
        <source>%1 deleted, %2 already gone, %3 failed, %4 to go</source>
        <translation>%1 supprimées, %2 déjà absentes, %3 en échec, %4 restantes</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>waiting for X&apos;s limit until %1</source>
        <translation>attente de la limite de X jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>CleanupJournal</name>
    <message>
        <source>The clean-up of this account is already running in another ExitPlanner window or command. Stop it there, or wait for it to finish.</source>
        <translation>Le nettoyage de ce compte est déjà en cours dans une autre fenêtre ou commande ExitPlanner. Arrêtez-le là-bas, ou attendez qu’il se termine.</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <source>This step is not available yet: it comes in a later version of ExitPlanner. Nothing on this page is saved or sent for now.</source>
        <translation>Cette étape n’est pas encore disponible&#xa0;: elle arrive dans une version ultérieure d’ExitPlanner. Rien n’est enregistré ni envoyé depuis cette page pour l’instant.</translation>
    </message>
</context>
<context>
    <name>CropArea</name>
    <message>
        <source>Part of the picture to keep</source>
        <translation>Partie de l’image à conserver</translation>
    </message>
    <message>
        <source>Arrow keys move the frame, + and - resize it; Shift with an arrow moves it faster.</source>
        <translation>Les flèches déplacent le cadre, + et - le redimensionnent&#x202f;; Maj avec une flèche le déplace plus vite.</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop the picture</source>
        <translation>Recadrer l’image</translation>
    </message>
    <message>
        <source>Drag the frame to choose the part to keep, or its corner to resize it (keyboard: arrows, + and -).</source>
        <translation>Faites glisser le cadre pour choisir la partie à conserver, ou son coin pour le redimensionner (clavier&#xa0;: flèches, + et -).</translation>
    </message>
    <message>
        <source>&amp;Ratio:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Ratio of the kept part</source>
        <translation>Format de la partie conservée</translation>
    </message>
    <message>
        <source>Size of the kept part</source>
        <translation>Taille de la partie conservée</translation>
    </message>
    <message>
        <source>Kept: %1 × %2 pixels</source>
        <translation>Conservé&#xa0;: %1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>The three strategies</source>
        <translation>Les trois stratégies</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <source>Date of the decision</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validée par</translation>
    </message>
    <message>
        <source>e.g. the mayor, after the cabinet meeting</source>
        <translation>p. ex. la maire, après la réunion de cabinet</translation>
    </message>
    <message>
        <source>Why this strategy</source>
        <translation>Pourquoi cette stratégie</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Validated by:</source>
        <translation>&amp;Validée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>The other accounts of the inventory</source>
        <translation>Les autres comptes de l’inventaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No other account in the inventory.</source>
        <translation>Aucun autre compte dans l’inventaire.</translation>
    </message>
    <message>
        <source>To complete this step:</source>
        <translation>Pour terminer cette étape&#xa0;:</translation>
    </message>
    <message>
        <source>The decision is recorded.</source>
        <translation>La décision est enregistrée.</translation>
    </message>
</context>
<context>
    <name>DeletionPanel</name>
    <message>
        <source>Deletion of the posts on X</source>
        <translation>Suppression des publications sur X</translation>
    </message>
    <message>
        <source>Check the archive of record</source>
        <translation>Vérifier l’archive probante</translation>
    </message>
    <message>
        <source>The deletion may start only once the archive of record verifies.</source>
        <translation>La suppression ne peut commencer qu’une fois l’archive probante vérifiée.</translation>
    </message>
    <message>
        <source>I have read this warning and confirm the deletion</source>
        <translation>J’ai lu cet avertissement et je confirme la suppression</translation>
    </message>
    <message>
        <source>Start or continue the deletion</source>
        <translation>Lancer ou reprendre la suppression</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>The request already sent finishes and is recorded; the run continues where it stopped when started again.</source>
        <translation>La requête déjà envoyée se termine et est consignée&#x202f;; la suppression reprend là où elle s’est arrêtée quand on la relance.</translation>
    </message>
    <message>
        <source>Progress of the deletion</source>
        <translation>Avancement de la suppression</translation>
    </message>
    <message>
        <source>What to delete</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <source>Original posts (%1)</source>
        <translation>Publications originales (%1)</translation>
    </message>
    <message>
        <source>Replies (%1)</source>
        <translation>Réponses (%1)</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>Citations (%1)</translation>
    </message>
    <message>
        <source>Reposts (%1)</source>
        <translation>Republications (%1)</translation>
    </message>
    <message>
        <source>Also delete the likes (%1)</source>
        <translation>Supprimer aussi les j’aime (%1)</translation>
    </message>
    <message>
        <source>The likes listed in the archive. X limits their removal to 1,000 a day, so a long list adds days to the run.</source>
        <translation>Les j’aime listés dans l’archive. X en limite le retrait à 1&#x202f;000 par jour&#xa0;: une longue liste ajoute des jours à la suppression.</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Types&#xa0;:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>up to (included)</source>
        <translation>au (inclus)</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source> posts</source>
        <translation> publications</translation>
    </message>
    <message>
        <source>Number of most engaged posts to keep</source>
        <translation>Nombre de publications les plus populaires à conserver</translation>
    </message>
    <message>
        <source>ids or addresses of posts, separated by commas</source>
        <translation>identifiants ou adresses de publications, séparés par des virgules</translation>
    </message>
    <message>
        <source>Posts to keep</source>
        <translation>Publications à conserver</translation>
    </message>
    <message>
        <source>Posts to keep:</source>
        <translation>Publications à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Not a post id nor a post address, ignored: %1</source>
        <translation>Ni un identifiant ni une adresse de publication, ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The period starts after it ends: no post is in it.</source>
        <translation>La période commence après sa fin&#xa0;: aucune publication n’y figure.</translation>
    </message>
    <message>
        <source>Nothing is chosen: tick at least one kind above.</source>
        <translation>Rien n’est choisi&#xa0;: cochez au moins un type ci-dessus.</translation>
    </message>
    <message>
        <source>Computing what this choice deletes…</source>
        <translation>Calcul de ce que ce choix supprime…</translation>
    </message>
    <message>
        <source>The X archive could not be read to compute the selection.</source>
        <translation>L’archive X n’a pas pu être lue pour calculer la sélection.</translation>
    </message>
    <message>
        <source>Import the X archive in step 2 to see what the deletion involves.</source>
        <translation>Importez l’archive X à l’étape 2 pour voir ce que représente la suppression.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Déjà absentes</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>The run is under way; the choice above is locked until it stops.</source>
        <translation>La suppression est en cours&#x202f;; le choix ci-dessus reste verrouillé jusqu’à son arrêt.</translation>
    </message>
    <message>
        <source>Nothing to delete with this choice.</source>
        <translation>Rien à supprimer avec ce choix.</translation>
    </message>
    <message>
        <source>Start the run here: it deletes what is chosen above, at X&apos;s pace, and can be paused or stopped at any time. A stopped run continues where it stopped; what a new choice no longer selects is left alone.</source>
        <translation>Lancez la suppression ici&#xa0;: elle supprime ce qui est choisi ci-dessus, au rythme permis par X, et peut être mise en pause ou arrêtée à tout moment. Une suppression arrêtée reprend là où elle s’est arrêtée&#x202f;; ce qu’un nouveau choix ne sélectionne plus n’est pas touché.</translation>
    </message>
    <message>
        <source>The journal of earlier runs cannot be read.</source>
        <translation>Le journal des exécutions précédentes est illisible.</translation>
    </message>
    <message>
        <source>The posts with the most likes + reposts stay on X.</source>
        <translation>Les publications qui ont le plus de j’aime + republications restent sur X.</translation>
    </message>
    <message>
        <source>Keep the most engaged:</source>
        <translation>Conserver les plus populaires&#xa0;:</translation>
    </message>
    <message>
        <source>This choice deletes — original posts: %1, replies: %2, quotes: %3, reposts: %4, likes: %5; posts of the archive kept: %6.</source>
        <translation>Ce choix supprime — publications originales&#xa0;: %1, réponses&#xa0;: %2, citations&#xa0;: %3, republications&#xa0;: %4, j’aime&#xa0;: %5&#x202f;; publications de l’archive conservées&#xa0;: %6.</translation>
    </message>
    <message>
        <source>No deletion run has been started for this account.</source>
        <translation>Aucune suppression n’a encore été lancée pour ce compte.</translation>
    </message>
    <message>
        <source>Where the run stands: %1 deleted, %2 already gone, %3 failed, %4 still to do.</source>
        <translation>Où en est la suppression&#xa0;: %1 supprimées, %2 déjà absentes, %3 en échec, %4 restant à traiter.</translation>
    </message>
    <message>
        <source>Checking the archive of record…</source>
        <translation>Vérification de l’archive probante…</translation>
    </message>
    <message>
        <source>The archive of record is being checked.</source>
        <translation>L’archive probante est en cours de vérification.</translation>
    </message>
    <message>
        <source>The archive of record could not be checked.</source>
        <translation>L’archive probante n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The run can start once the archive of record verifies.</source>
        <translation>La suppression pourra commencer une fois l’archive probante vérifiée.</translation>
    </message>
    <message>
        <source>The run can start once the X account is connected (above).</source>
        <translation>La suppression peut démarrer une fois le compte X connecté (ci-dessus).</translation>
    </message>
    <message>
        <source>Preparing the run…</source>
        <translation>Préparation de la suppression…</translation>
    </message>
    <message>
        <source>A deletion is in progress on X. Stopping it cleanly lets the request already sent finish and records it in the journal; the run continues later where it stopped.</source>
        <translation>Une suppression est en cours sur X. L’arrêter proprement laisse se terminer la requête déjà envoyée et l’inscrit au journal&#x202f;; la suppression reprendra plus tard là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Stopped. Start again to continue where it stopped.</source>
        <translation>Arrêtée. Relancez pour reprendre là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Stopping: the request already sent finishes first…</source>
        <translation>Arrêt en cours&#xa0;: la requête déjà envoyée se termine d’abord…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>waiting for X&apos;s limit</source>
        <translation>en attente de la limite de X</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 — %2 done of %3; %4 per hour; time left about %5</source>
        <translation>%1 — %2 traitées sur %3&#x202f;; %4 par heure&#x202f;; temps restant environ %5</translation>
    </message>
    <message>
        <source>Last errors:</source>
        <translation>Dernières erreurs&#xa0;:</translation>
    </message>
    <message>
        <source>Finished: %1 deleted, %2 already gone, %3 failed. Report: %4</source>
        <translation>Terminé&#xa0;: %1 supprimées, %2 déjà absentes, %3 en échec. Rapport&#xa0;: %4</translation>
    </message>
    <message>
        <source>The run stopped on an unexpected error; it continues where it stopped when started again.</source>
        <translation>La suppression s’est arrêtée sur une erreur inattendue&#x202f;; relancée, elle reprend là où elle s’est arrêtée.</translation>
    </message>
</context>
<context>
    <name>ExecutionPage</name>
    <message>
        <source>Checklist</source>
        <translation>Liste des tâches</translation>
    </message>
    <message>
        <source>Export the reminders (.ics calendar)…</source>
        <translation>Exporter les rappels (agenda .ics)…</translation>
    </message>
    <message>
        <source>Export the decision memo (PDF)…</source>
        <translation>Exporter la note de décision (PDF)…</translation>
    </message>
    <message>
        <source>The note de décision for the elected officials: audit figures and chart, the three options, the recommendation, the timeline.</source>
        <translation>La note de décision pour les élus&#xa0;: chiffres et graphique de l’audit, les trois options, la recommandation, le calendrier.</translation>
    </message>
    <message>
        <source>Record a decision in step 4 to get the checklist.</source>
        <translation>Enregistrez une décision à l’étape 4 pour obtenir la liste des tâches.</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>Stratégie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the reminders</source>
        <translation>Exporter les rappels</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>L’agenda n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendar written: %1</source>
        <translation>Agenda écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the decision memo</source>
        <translation>Exporter la note de décision</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Decision memo written: %1</source>
        <translation>Note de décision enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FarewellBox</name>
    <message>
        <source>Publish on &amp;X…</source>
        <translation>Publier sur &amp;X…</translation>
    </message>
    <message>
        <source>It is on X…</source>
        <translation>Il est bien sur X…</translation>
    </message>
    <message>
        <source>It is not on X</source>
        <translation>Il n’est pas sur X</translation>
    </message>
    <message>
        <source>Publishing on X</source>
        <translation>Publication sur X</translation>
    </message>
    <message>
        <source>Publishing on X… (a request already sent cannot be called back)</source>
        <translation>Publication sur X… (une demande déjà envoyée ne peut pas être rappelée)</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect the X account to publish from here, or publish the post by hand and paste its address in the note.</source>
        <translation>Connectez le compte X pour publier d’ici, ou publiez le message à la main et collez son adresse dans la note.</translation>
    </message>
    <message>
        <source>The plan could not be saved, so nothing was sent to X. Save the plan, then try again.</source>
        <translation>Le plan n’a pas pu être enregistré, donc rien n’a été envoyé à X. Enregistrez le plan, puis réessayez.</translation>
    </message>
    <message>
        <source>The X connection could not be read from the password store, so nothing was sent. Connect the X account again.</source>
        <translation>La connexion à X n’a pas pu être lue dans le coffre-fort de mots de passe, donc rien n’a été envoyé. Connectez de nouveau le compte X.</translation>
    </message>
    <message>
        <source>The farewell post is being published on X: its answer is awaited.</source>
        <translation>Le message d’au revoir est en cours de publication sur X&#xa0;: sa réponse est attendue.</translation>
    </message>
    <message>
        <source>Publishing cancelled: nothing was sent to X.</source>
        <translation>Publication annulée&#xa0;: rien n’a été envoyé à X.</translation>
    </message>
    <message>
        <source>The farewell post is on X</source>
        <translation>Le message d’au revoir est sur X</translation>
    </message>
    <message>
        <source>Address of the farewell post on X (https://x.com/…/status/…):</source>
        <translation>Adresse du message d’au revoir sur X (https://x.com/…/status/…)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FarewellDialog</name>
    <message>
        <source>Publish the farewell post on X</source>
        <translation>Publier le message d’au revoir sur X</translation>
    </message>
    <message>
        <source>This text will be published at once on @%1. Read it again: it is published only once from here.</source>
        <translation>Ce texte sera publié immédiatement sur @%1. Relisez-le&#xa0;: il n’est publié qu’une seule fois d’ici.</translation>
    </message>
    <message>
        <source>Text of the farewell post</source>
        <translation>Texte du message d’au revoir</translation>
    </message>
    <message>
        <source>Length of the farewell post</source>
        <translation>Longueur du message d’au revoir</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>%1 / %2 characters as X counts them (each address counts 23)</source>
        <translation>%1 / %2 caractères comptés comme X le fait (chaque adresse compte pour 23)</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>Pas une image</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <source>The picture could not be converted.</source>
        <extracomment>Pictures larger than this (in pixels) are refused before decoding (20000×20000 would need 1.6 GB).</extracomment>
        <translation>L’image n’a pas pu être convertie.</translation>
    </message>
    <message>
        <source>The picture is too large (more than 80 megapixels).</source>
        <translation>L’image est trop grande (plus de 80 mégapixels).</translation>
    </message>
    <message>
        <source>This file is not a picture that can be read (use JPEG or PNG).</source>
        <translation>Ce fichier n’est pas une image lisible (utilisez JPEG ou PNG).</translation>
    </message>
    <message>
        <source>The picture could not be made small enough for the network.</source>
        <translation>L’image n’a pas pu être suffisamment allégée pour le réseau.</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Accounts of the authority</source>
        <translation>Comptes de la collectivité</translation>
    </message>
    <message>
        <source>Inventory of accounts</source>
        <translation>Inventaire des comptes</translation>
    </message>
    <message>
        <source>One row per account. Enter or double-click edits a row; Delete removes it.</source>
        <translation>Une ligne par compte. Entrée ou un double-clic modifie la ligne&#x202f;; Suppr la retire.</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>Ajou&amp;ter un compte…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) listed</source>
        <translation>
            <numerusform>%n compte recensé</numerusform>
            <numerusform>%n comptes recensés</numerusform>
        </translation>
    </message>
    <message>
        <source>keep: %1, leave: %2, watch: %3, to decide: %4</source>
        <translation>à garder&#xa0;: %1, à quitter&#xa0;: %2, à surveiller&#xa0;: %3, à décider&#xa0;: %4</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove %1 from the inventory?</source>
        <translation>Retirer %1 de l’inventaire&#x202f;?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The plan could not be opened</source>
        <translation>Le plan n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Nouveau plan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About ExitPlanner</source>
        <translation>À &amp;propos d’ExitPlanner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No recent plan</source>
        <translation>Aucun plan récent</translation>
    </message>
    <message>
        <source>Untitled plan (recovery copy of %1)</source>
        <translation>Plan sans titre (copie de secours du %1)</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Plan sans titre</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes (saved automatically every 30 seconds)</source>
        <translation>Modifications non enregistrées (enregistrement automatique toutes les 30 secondes)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved yet: a recovery copy is kept in Recent plans; use File › Save as… to give this plan a name.</source>
        <translation>Pas encore enregistré&#xa0;: une copie de secours figure dans Plans récents&#x202f;; utilisez Fichier › Enregistrer sous… pour donner un nom à ce plan.</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>Plan non enregistré</translation>
    </message>
    <message>
        <source>This plan has not been saved. Save it before continuing?</source>
        <translation>Ce plan n’a pas été enregistré. L’enregistrer avant de continuer&#x202f;?</translation>
    </message>
    <message>
        <source>A task is still running in the background.</source>
        <translation>Une tâche est encore en cours en arrière-plan.</translation>
    </message>
    <message>
        <source>Stop cleanly and close ExitPlanner?</source>
        <translation>Arrêter proprement et fermer ExitPlanner&#x202f;?</translation>
    </message>
    <message>
        <source>Stop cleanly and leave this plan?</source>
        <translation>Arrêter proprement et quitter ce plan&#x202f;?</translation>
    </message>
    <message>
        <source>Stop cleanly and change the language?</source>
        <translation>Arrêter proprement et changer de langue&#x202f;?</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Stopping the work in progress…</source>
        <translation>Arrêt du travail en cours…</translation>
    </message>
    <message>
        <source>ExitPlanner plans (%1)</source>
        <translation>Plans ExitPlanner (%1)</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>The plan could not be saved</source>
        <translation>Le plan n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Automatic save failed</source>
        <translation>L’enregistrement automatique a échoué</translation>
    </message>
    <message>
        <source>Helps the communication team of a French local authority leave X cleanly: audit, archive of record, decision, new accounts, press release, clean-up.</source>
        <translation>Aide l’équipe communication d’une collectivité française à quitter X proprement&#xa0;: audit, archive probante, décision, nouveaux comptes, communiqué de presse, nettoyage.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (PySide6). Licence: MIT.</source>
        <translation>Réalisé avec Qt %1 (PySide6). Licence&#xa0;: MIT.</translation>
    </message>
    <message>
        <source>About ExitPlanner</source>
        <translation>À propos d’ExitPlanner</translation>
    </message>
</context>
<context>
    <name>Mastodon</name>
    <message>
        <source>“%1” is not the address of a Mastodon server (example: mastodon.social).</source>
        <extracomment>Least privilege: read the account and its posts, write the profile (and pins), media and posts. The owner&apos;s own account only: the note and fields as typed (plain text), to fill the form again.</extracomment>
        <translation>«&#x202f;%1&#x202f;» n’est pas l’adresse d’un serveur Mastodon (exemple&#xa0;: mastodon.social).</translation>
    </message>
    <message>
        <source>“%1” is not a Mastodon address; write it like @commune@instance.fr.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas une adresse Mastodon&#x202f;; écrivez-la sous la forme @commune@instance.fr.</translation>
    </message>
    <message>
        <source>The Mastodon server no longer accepts this connection. Please connect the account again.</source>
        <translation>Le serveur Mastodon n’accepte plus cette connexion. Veuillez reconnecter le compte.</translation>
    </message>
    <message>
        <source>The Mastodon server does not know this account or item.</source>
        <translation>Le serveur Mastodon ne connaît pas ce compte ou cet élément.</translation>
    </message>
    <message>
        <source>The Mastodon server is having trouble (error %1). Please try again later.</source>
        <translation>Le serveur Mastodon rencontre un problème (erreur %1). Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The Mastodon server refused this action for this account (access denied).</source>
        <translation>Le serveur Mastodon a refusé cette action pour ce compte (accès refusé).</translation>
    </message>
    <message>
        <source>The Mastodon server gave an unexpected answer (%1).</source>
        <translation>Le serveur Mastodon a donné une réponse inattendue (%1).</translation>
    </message>
    <message>
        <source>The Mastodon server cannot be reached. Check the address and the Internet connection.</source>
        <translation>Le serveur Mastodon est injoignable. Vérifiez l’adresse et la connexion Internet.</translation>
    </message>
    <message>
        <source>The Mastodon server is still processing the file; try again in a few minutes.</source>
        <translation>Le serveur Mastodon traite encore le fichier&#x202f;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>This server refused to register ExitPlanner (error %1). Is it a Mastodon server?</source>
        <translation>Ce serveur a refusé d’enregistrer ExitPlanner (erreur %1). Est-ce bien un serveur Mastodon&#x202f;?</translation>
    </message>
    <message>
        <source>The Mastodon server did not accept the authorisation. Please connect again.</source>
        <translation>Le serveur Mastodon n’a pas accepté l’autorisation. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <source>The network service answered with an error. Try again later.</source>
        <translation>Le service a répondu par une erreur. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The login was refused: check the identifier and the password, then try again.</source>
        <translation>La connexion a été refusée&#xa0;: vérifiez l’identifiant et le mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>The service refused this action for this account.</source>
        <translation>Le service a refusé cette action pour ce compte.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the service asks to wait about %n minute(s).</source>
        <translation>
            <numerusform>Trop de requêtes&#xa0;: le service demande d’attendre environ %n minute.</numerusform>
            <numerusform>Trop de requêtes&#xa0;: le service demande d’attendre environ %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: wait a few minutes, then try again.</source>
        <translation>Trop de requêtes&#xa0;: patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The service could not be reached. Check the Internet connection (or the proxy), then try again.</source>
        <translation>Le service est injoignable. Vérifiez la connexion à Internet (ou le proxy), puis réessayez.</translation>
    </message>
    <message>
        <source>Not found: the account or the publication does not exist or was deleted.</source>
        <translation>Introuvable&#xa0;: le compte ou la publication n’existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>The service had a problem handling the request. Try again later.</source>
        <translation>Le service a rencontré un problème en traitant la demande. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Required value missing (%1).</source>
        <translation>Valeur obligatoire manquante (%1).</translation>
    </message>
    <message>
        <source>Too long (%1): %2 for at most %3.</source>
        <translation>Trop long (%1)&#xa0;: %2 pour %3 au maximum.</translation>
    </message>
    <message>
        <source>Value not accepted by the service (%1).</source>
        <translation>Valeur refusée par le service (%1).</translation>
    </message>
    <message>
        <source>A value is not accepted by the service.</source>
        <translation>Une valeur est refusée par le service.</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Something went wrong. Try again; the log file has the details.</source>
        <translation>Un problème est survenu. Réessayez&#x202f;; le journal contient les détails.</translation>
    </message>
    <message>
        <source>Password store warning</source>
        <translation>Avertissement sur le coffre à mots de passe</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Bluesky handle</source>
        <translation>Identifiant Bluesky</translation>
    </message>
    <message>
        <source>e.g. ville-exemple.bsky.social</source>
        <translation>ex.&#xa0;: ville-exemple.bsky.social</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <source>Bluesky server</source>
        <translation>Serveur Bluesky</translation>
    </message>
    <message>
        <source>About app passwords</source>
        <translation>À propos des mots de passe d’application</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect to Bluesky</source>
        <translation>Se connecter à Bluesky</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Disconnect from Bluesky</source>
        <translation>Se déconnecter de Bluesky</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Bluesky display name</source>
        <translation>Nom affiché sur Bluesky</translation>
    </message>
    <message>
        <source>Bluesky description</source>
        <translation>Description sur Bluesky</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Choose the Bluesky avatar</source>
        <translation>Choisir l’avatar Bluesky</translation>
    </message>
    <message>
        <source>Choose the Bluesky banner</source>
        <translation>Choisir la bannière Bluesky</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;vatar:</source>
        <translation>A&amp;vatar&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Apply the Bluesky profile</source>
        <translation>Appliquer le profil Bluesky</translation>
    </message>
    <message>
        <source>Domain handle (verification)</source>
        <translation>Identifiant de domaine (vérification)</translation>
    </message>
    <message>
        <source>Domain of the official website</source>
        <translation>Domaine du site officiel</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omaine&#xa0;:</translation>
    </message>
    <message>
        <source>DNS record (TXT) name:</source>
        <translation>Nom de l’enregistrement DNS (TXT)&#xa0;:</translation>
    </message>
    <message>
        <source>TXT record name</source>
        <translation>Nom de l’enregistrement TXT</translation>
    </message>
    <message>
        <source>DNS record value:</source>
        <translation>Valeur de l’enregistrement DNS&#xa0;:</translation>
    </message>
    <message>
        <source>TXT record value</source>
        <translation>Valeur de l’enregistrement TXT</translation>
    </message>
    <message>
        <source>Or the file:</source>
        <translation>Ou le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Address of the file</source>
        <translation>Adresse du fichier</translation>
    </message>
    <message>
        <source>With the content:</source>
        <translation>Avec le contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Content of the file</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Check the domain record now</source>
        <translation>Vérifier maintenant l’enregistrement du domaine</translation>
    </message>
    <message>
        <source>Switch the Bluesky handle to the domain</source>
        <translation>Passer l’identifiant Bluesky au nom de domaine</translation>
    </message>
    <message>
        <source>Mastodon server address</source>
        <translation>Adresse du serveur Mastodon</translation>
    </message>
    <message>
        <source>e.g. mastodon.social</source>
        <translation>ex.&#xa0;: mastodon.social</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>ExitPlanner opens the server&apos;s authorisation page in your browser. Log in there with the authority&apos;s account (not a personal one) and accept; the browser then comes back to ExitPlanner by itself. No password is typed here.</source>
        <translation>ExitPlanner ouvre la page d’autorisation du serveur dans votre navigateur. Connectez-vous-y avec le compte de la collectivité (pas un compte personnel) et acceptez&#x202f;; le navigateur revient ensuite tout seul vers ExitPlanner. Aucun mot de passe n’est saisi ici.</translation>
    </message>
    <message>
        <source>Connect to Mastodon</source>
        <translation>Se connecter à Mastodon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the connection</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Disconnect from Mastodon</source>
        <translation>Se déconnecter de Mastodon</translation>
    </message>
    <message>
        <source>Mastodon display name</source>
        <translation>Nom affiché sur Mastodon</translation>
    </message>
    <message>
        <source>Mastodon biography</source>
        <translation>Biographie sur Mastodon</translation>
    </message>
    <message>
        <source>Display na&amp;me:</source>
        <translation>&amp;Nom affiché&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;andle:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>Mot d&amp;e passe d’application&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rveur&#xa0;:</translation>
    </message>
    <message>
        <source>Bann&amp;er:</source>
        <translation>&amp;Bannière&#xa0;:</translation>
    </message>
    <message>
        <source>Sw&amp;itch handle</source>
        <translation>C&amp;hanger d’identifiant</translation>
    </message>
    <message>
        <source>B&amp;iography:</source>
        <translation>&amp;Biographie&#xa0;:</translation>
    </message>
    <message>
        <source>Label of field %1</source>
        <translation>Intitulé du champ %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Content of field %1</source>
        <translation>Contenu du champ %1</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Field %1:</source>
        <translation>Champ %1&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the Mastodon avatar</source>
        <translation>Choisir l’avatar Mastodon</translation>
    </message>
    <message>
        <source>Choose the Mastodon header picture</source>
        <translation>Choisir l’image d’en-tête Mastodon</translation>
    </message>
    <message>
        <source>Av&amp;atar:</source>
        <translation>Avata&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>H&amp;eader:</source>
        <translation>&amp;En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Apply the Mastodon profile</source>
        <translation>Appliquer le profil Mastodon</translation>
    </message>
    <message>
        <source>Verification with the official website</source>
        <translation>Vérification par le site officiel</translation>
    </message>
    <message>
        <source>Put this link on the home page of the official website, and the website&apos;s address in one of the profile fields: Mastodon then shows that field as verified.</source>
        <translation>Placez ce lien sur la page d’accueil du site officiel, et l’adresse du site dans l’un des champs du profil&#xa0;: Mastodon affiche alors ce champ comme vérifié.</translation>
    </message>
    <message>
        <source>Link to add:</source>
        <translation>Lien à ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>rel=me link for the website</source>
        <translation>Lien rel=me pour le site</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Check the verification of the website field</source>
        <translation>Vérifier la validation du champ du site</translation>
    </message>
    <message>
        <source>Public figures of the account on %1</source>
        <translation>Chiffres publics du compte sur %1</translation>
    </message>
    <message>
        <source>Read the public figures of the account on %1 again</source>
        <translation>Relire les chiffres publics du compte sur %1</translation>
    </message>
    <message>
        <source>Followers, follows, posts and verification, as the network shows them; they are copied to the inventory of step 2.</source>
        <translation>Abonnés, abonnements, publications et vérification, tels que le réseau les affiche&#x202f;; ils sont recopiés dans l’inventaire de l’étape 2.</translation>
    </message>
    <message>
        <source>Public figures:</source>
        <translation>Chiffres publics&#xa0;:</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>16:9 (whole in the feed)</source>
        <translation>16:9 (entière dans le fil)</translation>
    </message>
    <message>
        <source>1:1 (square)</source>
        <translation>1:1 (carré)</translation>
    </message>
    <message>
        <source>Sent as %1 × %2 pixels, re-encoded under %3&apos;s size limit (hidden data such as the place where a photo was taken is removed).</source>
        <translation>Envoyée en %1 × %2 pixels, réencodée sous la taille maximale de %3 (les données cachées, comme le lieu de prise de vue d’une photo, sont retirées).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Text of the announcement on %1</source>
        <translation>Texte de l’annonce sur %1</translation>
    </message>
    <message>
        <source>The first post: why the authority arrives, where to find the press release.</source>
        <translation>La première publication&#xa0;: pourquoi la collectivité arrive, où trouver le communiqué de presse.</translation>
    </message>
    <message>
        <source>Choose a picture for the announcement on %1</source>
        <translation>Choisir une image pour l’annonce sur %1</translation>
    </message>
    <message>
        <source>16:9 is the shape Bluesky and Mastodon give a single picture in the timeline: at this ratio the whole picture shows in the feed. Other shapes may be trimmed or framed with bars there; the full picture appears when it is opened. 1:1 suits a logo or a square visual.</source>
        <translation>Le 16:9 est le format que Bluesky et Mastodon donnent à une image seule dans le fil d’actualité&#xa0;: à ce format, l’image s’y affiche en entier. Les autres formats peuvent y être rognés ou encadrés de bandes&#x202f;; l’image complète apparaît quand on l’ouvre. Le 1:1 convient à un logo ou à un visuel carré.</translation>
    </message>
    <message>
        <source>Description of the picture (alternative text)</source>
        <translation>Description de l’image (texte alternatif)</translation>
    </message>
    <message>
        <source>Required with a picture: describe it for people who cannot see it</source>
        <translation>Obligatoire avec une image&#xa0;: décrivez-la pour les personnes qui ne la voient pas</translation>
    </message>
    <message>
        <source>Size the picture is sent at</source>
        <translation>Taille à laquelle l’image est envoyée</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Pict&amp;ure:</source>
        <translation>Ima&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>Descrip&amp;tion of the picture:</source>
        <translation>Te&amp;xte alternatif&#xa0;:</translation>
    </message>
    <message>
        <source>Publish and pin…</source>
        <translation>Publier et épingler…</translation>
    </message>
    <message>
        <source>Publish and pin the announcement on %1</source>
        <translation>Publier et épingler l’annonce sur %1</translation>
    </message>
    <message>
        <source>Shown once connected</source>
        <translation>Affiché une fois connecté</translation>
    </message>
    <message>
        <source>Read once connected.</source>
        <translation>Relevés une fois le compte connecté.</translation>
    </message>
    <message>
        <source>To complete this step:</source>
        <translation>Pour terminer cette étape&#xa0;:</translation>
    </message>
    <message>
        <source>Both accounts are set up and announced.</source>
        <translation>Les comptes sont configurés et annoncés.</translation>
    </message>
    <message>
        <source>Known once connected</source>
        <translation>Connue une fois connecté</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Type the app password to connect.</source>
        <translation>Saisissez le mot de passe d’application pour vous connecter.</translation>
    </message>
    <message>
        <source>Connected as @%1.</source>
        <translation>Connecté en tant que @%1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Disconnected; the session was removed from this computer.</source>
        <translation>Déconnecté&#x202f;; la session a été effacée de cet ordinateur.</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Applied. Read back from Bluesky: « %1 ».</source>
        <translation>Appliqué. Relu sur Bluesky&#xa0;: «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Applying the profile…</source>
        <translation>Application du profil…</translation>
    </message>
    <message>
        <source>Looking for the record…</source>
        <translation>Recherche de l’enregistrement…</translation>
    </message>
    <message>
        <source>Switch handle</source>
        <translation>Changer d’identifiant</translation>
    </message>
    <message>
        <source>The account will be called @%1 from now on; links to the old handle stop working. Switch?</source>
        <translation>Le compte s’appellera désormais @%1&#x202f;; les liens vers l’ancien identifiant ne fonctionneront plus. Changer&#x202f;?</translation>
    </message>
    <message>
        <source>The handle is now @%1.</source>
        <translation>L’identifiant est désormais @%1.</translation>
    </message>
    <message>
        <source>Switching the handle…</source>
        <translation>Changement d’identifiant…</translation>
    </message>
    <message>
        <source>Reading the public figures…</source>
        <translation>Lecture des chiffres publics…</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Waiting for the authorisation in the browser… (Cancel to stop waiting)</source>
        <translation>En attente de l’autorisation dans le navigateur… (Annuler pour ne plus attendre)</translation>
    </message>
    <message>
        <source>Disconnected; the access was revoked and removed from this computer.</source>
        <translation>Déconnecté&#x202f;; l’accès a été révoqué et effacé de cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Applied. Read back from Mastodon: « %1 », %n field(s).</source>
        <translation>
            <numerusform>Appliqué. Relu sur Mastodon&#xa0;: «&#x202f;%1&#x202f;», %n champ.</numerusform>
            <numerusform>Appliqué. Relu sur Mastodon&#xa0;: «&#x202f;%1&#x202f;», %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>No official website is known: enter it in step 1 or in a profile field first.</source>
        <translation>Aucun site officiel n’est connu&#xa0;: saisissez-le d’abord à l’étape 1 ou dans un champ du profil.</translation>
    </message>
    <message>
        <source>The website field is verified by Mastodon.</source>
        <translation>Le champ du site est vérifié par Mastodon.</translation>
    </message>
    <message>
        <source>No profile field links to %1: add it as a field and apply.</source>
        <translation>Aucun champ du profil ne pointe vers %1&#xa0;: ajoutez-le dans un champ et appliquez.</translation>
    </message>
    <message>
        <source>The website does not carry the link yet: add it to its home page.</source>
        <translation>Le site ne porte pas encore le lien&#xa0;: ajoutez-le à sa page d’accueil.</translation>
    </message>
    <message>
        <source>The website carries the link; Mastodon checks it when the profile is saved: apply the profile again.</source>
        <translation>Le site porte bien le lien&#x202f;; Mastodon le vérifie à l’enregistrement du profil&#xa0;: appliquez de nouveau le profil.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The picture needs a description (alternative text) for people who cannot see it: write it before publishing.</source>
        <translation>L’image doit avoir une description (texte alternatif) pour les personnes qui ne la voient pas&#xa0;: rédigez-la avant de publier.</translation>
    </message>
    <message>
        <source>Write the announcement first.</source>
        <translation>Rédigez d’abord l’annonce.</translation>
    </message>
    <message>
        <source>Publish and pin</source>
        <translation>Publier et épingler</translation>
    </message>
    <message>
        <source>Publish this announcement on %1 now and pin it at the top of the profile? It will be public at once.</source>
        <translation>Publier maintenant cette annonce sur %1 et l’épingler en tête du profil&#x202f;? Elle sera publique immédiatement.</translation>
    </message>
    <message>
        <source>Published and pinned: %1</source>
        <translation>Publiée et épinglée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published but not pinned: %1</source>
        <translation>Publiée mais pas épinglée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
</context>
<context>
    <name>OAuthLoopback</name>
    <message>
        <source>Port %1 on this computer is already in use; choose another one in the settings.</source>
        <translation>Le port %1 de cet ordinateur est déjà utilisé&#x202f;; choisissez-en un autre dans les réglages.</translation>
    </message>
    <message>
        <source>The browser did not come back within %1 minutes. Please start the connection again.</source>
        <translation>Le navigateur n’est pas revenu dans les %1 minutes. Veuillez relancer la connexion.</translation>
    </message>
    <message>
        <source>The answer received from the browser does not match this connection request; it was ignored for your safety. Please start the connection again.</source>
        <translation>La réponse reçue du navigateur ne correspond pas à cette demande de connexion&#x202f;; par sécurité, elle a été ignorée. Veuillez relancer la connexion.</translation>
    </message>
    <message>
        <source>The authorisation was refused in the browser.</source>
        <translation>L’autorisation a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <source>The browser came back without an authorisation code.</source>
        <translation>Le navigateur est revenu sans code d’autorisation.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to ExitPlanner.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à ExitPlanner.</translation>
    </message>
    <message>
        <source>Authorisation refused</source>
        <translation>Autorisation refusée</translation>
    </message>
    <message>
        <source>Connection authorised</source>
        <translation>Connexion autorisée</translation>
    </message>
</context>
<context>
    <name>PlanError</name>
    <message>
        <source>The plan data is damaged or is not an ExitPlanner plan.</source>
        <translation>Les données du plan sont endommagées ou ne sont pas celles d’un plan ExitPlanner.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of ExitPlanner.</source>
        <translation>Ce plan a été enregistré par une version plus récente d’ExitPlanner.</translation>
    </message>
    <message>
        <source>A backup copy exists: %1</source>
        <translation>Une copie de sauvegarde existe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan was not saved: it seems to contain a password or access token (at %1). Passwords and tokens are kept in the system keychain, never in a plan file; remove it and save again.</source>
        <translation>Le plan n’a pas été enregistré&#xa0;: il semble contenir un mot de passe ou un jeton d’accès (à l’emplacement %1). Les mots de passe et les jetons sont conservés dans le trousseau du système, jamais dans un fichier de plan&#x202f;; supprimez-le et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The plan %1 does not exist. It may have been moved or renamed, or be on a drive that is not connected.</source>
        <translation>Le plan %1 n’existe pas. Il a peut-être été déplacé ou renommé, ou se trouve sur un disque qui n’est pas connecté.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a plan file.</source>
        <translation>%1 est un dossier, pas un fichier de plan.</translation>
    </message>
    <message>
        <source>You do not have permission to read the plan %1. Ask your IT department for access, or copy the file to a folder of yours.</source>
        <translation>Vous n’avez pas l’autorisation de lire le plan %1. Demandez l’accès à votre service informatique, ou copiez le fichier dans l’un de vos dossiers.</translation>
    </message>
    <message>
        <source>The plan %1 could not be read (input/output error). Check the drive or the network share and try again.</source>
        <translation>Le plan %1 n’a pas pu être lu (erreur d’entrée-sortie). Vérifiez le disque ou le partage réseau et réessayez.</translation>
    </message>
    <message>
        <source>The file %1 is far too large to be a plan; it was not opened.</source>
        <translation>Le fichier %1 est bien trop volumineux pour être un plan&#x202f;; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The plan %1 is damaged and cannot be opened. The file has not been modified.</source>
        <translation>Le plan %1 est endommagé et ne peut pas être ouvert. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The file %1 is not an ExitPlanner plan.</source>
        <translation>Le fichier %1 n’est pas un plan ExitPlanner.</translation>
    </message>
    <message>
        <source>The plan %1 is empty, probably because an earlier save was interrupted. The file has not been modified.</source>
        <translation>Le plan %1 est vide, sans doute parce qu’un enregistrement précédent a été interrompu. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The plan %1 was saved by a newer version of ExitPlanner (file format %2; this version reads up to format %3). Install the latest version to open it; the file has not been modified.</source>
        <translation>Le plan %1 a été enregistré par une version plus récente d’ExitPlanner (format de fichier %2&#x202f;; cette version lit jusqu’au format %3). Installez la dernière version pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The plan %1 uses an old file format that this version can no longer convert. The file has not been modified.</source>
        <translation>Le plan %1 utilise un ancien format de fichier que cette version ne sait plus convertir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The plan could not be saved because part of it cannot be written to a file. This is a bug in ExitPlanner; please report it.</source>
        <translation>Le plan n’a pas pu être enregistré, car une partie de son contenu ne peut pas être écrite dans un fichier. Il s’agit d’un défaut d’ExitPlanner&#x202f;; merci de le signaler.</translation>
    </message>
    <message>
        <source>There is not enough disk space to save the plan to %1. Your previous version is unchanged; free some space and save again.</source>
        <translation>L’espace disque est insuffisant pour enregistrer le plan dans %1. Votre version précédente est intacte&#x202f;; libérez de la place et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: the folder is read-only or you are not allowed to write there. Your previous version is unchanged; use Save As to choose another folder.</source>
        <translation>Le plan n’a pas pu être enregistré dans %1&#xa0;: le dossier est en lecture seule ou vous n’avez pas le droit d’y écrire. Votre version précédente est intacte&#x202f;; utilisez «&#x202f;Enregistrer sous&#x202f;» pour choisir un autre dossier.</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: the folder does not exist (any more).</source>
        <translation>Le plan n’a pas pu être enregistré dans %1&#xa0;: le dossier n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1 (system error %2). Your previous version is unchanged.</source>
        <translation>Le plan n’a pas pu être enregistré dans %1 (erreur système %2). Votre version précédente est intacte.</translation>
    </message>
</context>
<context>
    <name>PressPage</name>
    <message>
        <source>Content of the release</source>
        <translation>Contenu du communiqué</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Import a template…</source>
        <translation>&amp;Importer un modèle…</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Copy a .j2 or .txt template into your templates folder</source>
        <translation>Copier un modèle .j2 ou .txt dans votre dossier de modèles</translation>
    </message>
    <message>
        <source>Open the templates folder</source>
        <translation>Ouvrir le dossier des modèles</translation>
    </message>
    <message>
        <source>Template error</source>
        <translation>Erreur dans le modèle</translation>
    </message>
    <message>
        <source>Other reasons or context</source>
        <translation>Autres motifs ou contexte</translation>
    </message>
    <message>
        <source>Optional: a sentence added after the motives</source>
        <translation>Facultatif&#xa0;: une phrase ajoutée après les motifs</translation>
    </message>
    <message>
        <source>Quote of the elected head</source>
        <translation>Citation de l’exécutif</translation>
    </message>
    <message>
        <source>Without the guillemets; leave empty for the template&apos;s quote</source>
        <translation>Sans les guillemets&#x202f;; laisser vide pour la citation du modèle</translation>
    </message>
    <message>
        <source>Motives:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other reasons:</source>
        <translation>A&amp;utres motifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the press release</source>
        <translation>Aperçu du communiqué de presse</translation>
    </message>
    <message>
        <source>Final text</source>
        <translation>Texte final</translation>
    </message>
    <message>
        <source>&amp;Edit the final text freely:</source>
        <translation>M&amp;odifiez librement le texte final&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Regenerate from the template</source>
        <translation>&amp;Régénérer à partir du modèle</translation>
    </message>
    <message>
        <source>Regenerate from the template</source>
        <translation>Régénérer à partir du modèle</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Copy the final text</source>
        <translation>Copier le texte final</translation>
    </message>
    <message>
        <source>This text is final</source>
        <translation>Ce texte est définitif</translation>
    </message>
    <message>
        <source>Short versions</source>
        <translation>Versions courtes</translation>
    </message>
    <message>
        <source>Post for %1</source>
        <translation>Publication pour %1</translation>
    </message>
    <message>
        <source>Length of the post for %1</source>
        <translation>Longueur de la publication pour %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the post for %1</source>
        <translation>Copier la publication pour %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <source>Export as ODT (LibreOffice)</source>
        <translation>Exporter en ODT (LibreOffice)</translation>
    </message>
    <message>
        <source>DOCX…</source>
        <translation>DOCX…</translation>
    </message>
    <message>
        <source>Export as DOCX (Word)</source>
        <translation>Exporter en DOCX (Word)</translation>
    </message>
    <message>
        <source>Text…</source>
        <translation>Texte…</translation>
    </message>
    <message>
        <source>Export as plain text</source>
        <translation>Exporter en texte brut</translation>
    </message>
    <message>
        <source>E-mail…</source>
        <translation>Courriel…</translation>
    </message>
    <message>
        <source>Export as an e-mail draft</source>
        <translation>Exporter en brouillon de courriel</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’export</translation>
    </message>
    <message>
        <source>Dateline and links</source>
        <translation>Lieu, dates et liens</translation>
    </message>
    <message>
        <source>Place of the dateline</source>
        <translation>Lieu indiqué avant la date</translation>
    </message>
    <message>
        <source>Date of the release</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>The release is dated today</source>
        <translation>Le communiqué est daté du jour</translation>
    </message>
    <message>
        <source>Date the departure from X takes effect</source>
        <translation>Date à laquelle le départ de X prend effet</translation>
    </message>
    <message>
        <source>Same day as the release</source>
        <translation>Le jour du communiqué</translation>
    </message>
    <message>
        <source>The departure takes effect on the day of the release</source>
        <translation>Le départ prend effet le jour du communiqué</translation>
    </message>
    <message>
        <source>Web page about the change</source>
        <translation>Page web consacrée au changement</translation>
    </message>
    <message>
        <source>Linked from the short posts; the website is used when empty</source>
        <translation>Lien placé dans les messages courts&#x202f;; à défaut, le site internet</translation>
    </message>
    <message>
        <source>Newsletter address</source>
        <translation>Adresse de la lettre d’information</translation>
    </message>
    <message>
        <source>Optional, e.g. www.ville.fr/lettre</source>
        <translation>Facultatif, par ex. www.ville.fr/lettre</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Li&amp;eu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Daté du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation>Page &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Lea&amp;ving X on:</source>
        <translation>Départ de &amp;X le&#xa0;:</translation>
    </message>
    <message>
        <source>New&amp;sletter:</source>
        <translation>Lettre d’i&amp;nformation&#xa0;:</translation>
    </message>
    <message>
        <source>No-break spaces instead of narrow ones</source>
        <translation>Espaces insécables au lieu des espaces fines</translation>
    </message>
    <message>
        <source>For a font that lacks the narrow no-break space (U+202F) used before ; ! ? and inside « »</source>
        <translation>Pour une police sans espace fine insécable (U+202F), utilisée avant&#xa0;; ! ? et dans «&#x202f;»</translation>
    </message>
    <message>
        <source>Problems in the dateline and links</source>
        <translation>Problèmes dans le lieu, les dates et les liens</translation>
    </message>
    <message>
        <source>Calendar: %1</source>
        <translation>Calendrier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Modèle fourni avec ExitPlanner</translation>
    </message>
    <message>
        <source>Your template: %1</source>
        <translation>Votre modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Optional, e.g. www.ville.fr/quitter-x</source>
        <translation>Facultatif, par ex. www.ville.fr/quitter-x</translation>
    </message>
    <message>
        <source>Regenerate the text?</source>
        <translation>Régénérer le texte&#x202f;?</translation>
    </message>
    <message>
        <source>You edited the text by hand. Regenerating replaces your edits with the text produced from the template and the fields.</source>
        <translation>Vous avez modifié le texte à la main. Le régénérer remplace vos modifications par le texte produit à partir du modèle et des champs.</translation>
    </message>
    <message>
        <source>Edited by hand: changes to the fields above no longer reach this text until you regenerate it.</source>
        <translation>Modifié à la main&#xa0;: les changements des champs ci-dessus ne s’appliquent plus à ce texte tant que vous ne le régénérez pas.</translation>
    </message>
    <message>
        <source>Import a press release template</source>
        <translation>Importer un modèle de communiqué</translation>
    </message>
    <message>
        <source>Templates (*.j2 *.txt)</source>
        <translation>Modèles (*.j2 *.txt)</translation>
    </message>
    <message>
        <source>Template imported: “%1”, saved in %2.</source>
        <translation>Modèle importé&#xa0;: «&#x202f;%1&#x202f;», enregistré dans %2.</translation>
    </message>
    <message>
        <source>Your templates are in %1</source>
        <translation>Vos modèles se trouvent dans %1</translation>
    </message>
    <message>
        <source>%1 — too long by %2</source>
        <translation>%1 — trop long de %2</translation>
    </message>
    <message>
        <source>To complete this step:</source>
        <translation>Pour terminer cette étape&#xa0;:</translation>
    </message>
    <message>
        <source>The press release is ready.</source>
        <translation>Le communiqué de presse est prêt.</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>E-mail draft (*.eml)</source>
        <translation>Brouillon de courriel (*.eml)</translation>
    </message>
    <message>
        <source>Export the press release</source>
        <translation>Exporter le communiqué de presse</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L’export a échoué.</translation>
    </message>
</context>
<context>
    <name>ProfilePreview</name>
    <message>
        <source>Preview of the %1 profile</source>
        <translation>Aperçu du profil %1</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Champs du profil</translation>
    </message>
    <message>
        <source>(no display name)</source>
        <translation>(aucun nom affiché)</translation>
    </message>
</context>
<context>
    <name>RecordError</name>
    <message>
        <source>A folder named %1 already exists: choose another name or another place (nothing was overwritten).</source>
        <translation>Un dossier nommé %1 existe déjà&#xa0;: choisissez un autre nom ou un autre emplacement (rien n’a été écrasé).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: free some space or choose another disk, then start the export again. The incomplete copy was removed.</source>
        <translation>Le disque de %1 est plein&#xa0;: libérez de la place ou choisissez un autre disque, puis relancez l’export. La copie incomplète a été supprimée.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written (read-only or no rights): choose a folder of your own, for example in your documents.</source>
        <translation>Impossible d’écrire dans le dossier %1 (lecture seule ou droits insuffisants)&#xa0;: choisissez un dossier à vous, par exemple dans vos documents.</translation>
    </message>
    <message>
        <source>The archive of record could not be written in %1 (%2). The incomplete copy was removed.</source>
        <translation>L’archive de référence n’a pas pu être écrite dans %1 (%2). La copie incomplète a été supprimée.</translation>
    </message>
    <message>
        <source>The X archive file changed since it was imported (its SHA-256 differs): import it again in step 2 before building the archive of record.</source>
        <translation>Le fichier de l’archive X a changé depuis son import (son empreinte SHA-256 diffère)&#xa0;: importez-le de nouveau à l’étape 2 avant de constituer l’archive de référence.</translation>
    </message>
    <message>
        <source>%1 is not an archive of record: its bagit.txt file is missing or unreadable.</source>
        <translation>%1 n’est pas une archive de référence&#xa0;: son fichier bagit.txt est absent ou illisible.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Archive of record written.</source>
        <translation>Archive de référence écrite.</translation>
    </message>
    <message>
        <source>Copying the original archive…</source>
        <translation>Copie de l’archive d’origine…</translation>
    </message>
    <message>
        <source>Copying the media files…</source>
        <translation>Copie des médias…</translation>
    </message>
    <message>
        <source>Writing the HTML copy…</source>
        <translation>Écriture de la copie HTML…</translation>
    </message>
    <message>
        <source>Writing the CSV and JSON files…</source>
        <translation>Écriture des fichiers CSV et JSON…</translation>
    </message>
    <message>
        <source>Writing the accompanying note…</source>
        <translation>Écriture de la note d’accompagnement…</translation>
    </message>
    <message>
        <source>Writing the manifests…</source>
        <translation>Écriture des manifestes…</translation>
    </message>
</context>
<context>
    <name>RecordGate</name>
    <message>
        <source>No X archive is imported in this plan: import it in step 2, then build the archive of record in step 3.</source>
        <translation>Aucune archive X n’est importée dans ce plan&#xa0;: importez-la à l’étape 2, puis constituez l’archive de référence à l’étape 3.</translation>
    </message>
    <message>
        <source>There is no archive of record yet: build and verify it in step 3 before deleting anything.</source>
        <translation>Il n’y a pas encore d’archive de référence&#xa0;: constituez-la et vérifiez-la à l’étape 3 avant toute suppression.</translation>
    </message>
    <message>
        <source>The archive of record %1 cannot be found (moved, renamed or on a disconnected drive): reconnect it or choose its new place in step 3.</source>
        <translation>L’archive de référence %1 est introuvable (déplacée, renommée ou sur un disque débranché)&#xa0;: rebranchez le disque ou indiquez son nouvel emplacement à l’étape 3.</translation>
    </message>
    <message>
        <source>The archive of record %1 cannot be read.</source>
        <translation>L’archive de référence %1 est illisible.</translation>
    </message>
    <message>
        <source>The archive of record does not verify (%1 problems, first: %2). Nothing may be deleted until it is rebuilt or restored.</source>
        <translation>L’archive de référence n’est pas intègre (%1 problèmes, dont&#xa0;: %2). Rien ne peut être supprimé tant qu’elle n’est pas reconstituée ou restaurée.</translation>
    </message>
    <message>
        <source>The folder %1 is not the archive of record recorded in the plan (its manifests differ): verify it again in step 3.</source>
        <translation>Le dossier %1 n’est pas l’archive de référence enregistrée dans le plan (ses manifestes diffèrent)&#xa0;: vérifiez-le de nouveau à l’étape 3.</translation>
    </message>
    <message>
        <source>The archive of record is of the account @%1, but the plan&apos;s X archive is of @%2: build the archive of record of this account.</source>
        <translation>L’archive de référence est celle du compte @%1, mais l’archive X du plan est celle de @%2&#xa0;: constituez l’archive de référence de ce compte.</translation>
    </message>
    <message>
        <source>The visa of the Archives départementales (date and reference) is not recorded: destroying public archives needs it (Code du patrimoine, L212-2).</source>
        <translation>Le visa des Archives départementales (date et référence) n’est pas renseigné&#xa0;: il est obligatoire pour détruire des archives publiques (Code du patrimoine, L212-2).</translation>
    </message>
    <message>
        <source>The archive of record was made from another download of the X archive than the one imported in step 2: posts published in between may be missing from it.</source>
        <translation>L’archive de référence a été constituée à partir d’un autre téléchargement de l’archive X que celui importé à l’étape 2&#xa0;: les publications parues entre les deux peuvent y manquer.</translation>
    </message>
    <message>
        <source>The archive of record of @%1 is present and verifies (%2 files checked).</source>
        <translation>L’archive de référence de @%1 est présente et intègre (%2 fichiers vérifiés).</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>No X archive is imported yet: import it in step 2 (Inventory and audit) first; the archive of record is built from it.</source>
        <translation>Aucune archive X n’est encore importée&#xa0;: importez-la d’abord à l’étape 2 (Inventaire et audit)&#x202f;; l’archive de référence est constituée à partir d’elle.</translation>
    </message>
    <message>
        <source>Build the archive of record</source>
        <translation>Constituer l’archive de référence</translation>
    </message>
    <message>
        <source>A new folder with the original X archive untouched, a copy of every post to browse offline, the posts as CSV (for Excel and LibreOffice) and JSON, the media, the accompanying note for the archives service, and the checksums of every file (BagIt format).</source>
        <translation>Un nouveau dossier avec l’archive X d’origine intacte, une copie de toutes les publications consultable hors ligne, les publications en CSV (pour Excel et LibreOffice) et en JSON, les médias, la note d’accompagnement pour le service d’archives et l’empreinte de chaque fichier (format BagIt).</translation>
    </message>
    <message>
        <source>Folder of the archive of record</source>
        <translation>Dossier de l’archive de référence</translation>
    </message>
    <message>
        <source>A folder that does not exist yet; it is created.</source>
        <translation>Un dossier qui n’existe pas encore&#x202f;; il sera créé.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose where to create the folder</source>
        <translation>Choisir où créer le dossier</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Task status</source>
        <translation>État de la tâche</translation>
    </message>
    <message>
        <source>The archive of record</source>
        <translation>L’archive de référence</translation>
    </message>
    <message>
        <source>Archive of record</source>
        <translation>Archive de référence</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Verify the archive of record</source>
        <translation>Vérifier l’archive de référence</translation>
    </message>
    <message>
        <source>Re-reads every file and compares its checksum.</source>
        <translation>Relit chaque fichier et compare son empreinte.</translation>
    </message>
    <message>
        <source>&amp;Open the HTML copy</source>
        <translation>&amp;Ouvrir la copie HTML</translation>
    </message>
    <message>
        <source>Open the HTML copy in the browser</source>
        <translation>Ouvrir la copie HTML dans le navigateur</translation>
    </message>
    <message>
        <source>Locate the archive of record after moving it</source>
        <translation>Retrouver l’archive de référence après l’avoir déplacée</translation>
    </message>
    <message>
        <source>Show the folder of the archive of record</source>
        <translation>Afficher le dossier de l’archive de référence</translation>
    </message>
    <message>
        <source>&amp;Problems found by the last verification:</source>
        <translation>Pro&amp;blèmes trouvés par la dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Problems found by the last verification</source>
        <translation>Problèmes trouvés par la dernière vérification</translation>
    </message>
    <message>
        <source>Visa of the Archives départementales</source>
        <translation>Visa des Archives départementales</translation>
    </message>
    <message>
        <source>Posts of an authority are public archives: deleting them needs the prior visa of the Archives départementales (Code du patrimoine, L212-2). Send them the folder and its accompanying note, then enter their answer here.</source>
        <translation>Les publications d’une collectivité sont des archives publiques&#xa0;: leur suppression nécessite le visa préalable des Archives départementales (Code du patrimoine, L212-2). Transmettez-leur le dossier et sa note d’accompagnement, puis saisissez leur réponse ici.</translation>
    </message>
    <message>
        <source>The visa has been received</source>
        <translation>Le visa a été reçu</translation>
    </message>
    <message>
        <source>Date of the visa</source>
        <translation>Date du visa</translation>
    </message>
    <message>
        <source>Reference of the visa</source>
        <translation>Référence du visa</translation>
    </message>
    <message>
        <source>e.g. the number of the disposal form</source>
        <translation>par ex. le numéro du bordereau d’élimination</translation>
    </message>
    <message>
        <source>Scan of the visa (optional)</source>
        <translation>Copie numérisée du visa (facultatif)</translation>
    </message>
    <message>
        <source>Choose the scan of the visa</source>
        <translation>Choisir la copie numérisée du visa</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Référ&amp;ence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scan (optional):</source>
        <translation>Copie numérisée (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Not built yet.</source>
        <translation>Pas encore constituée.</translation>
    </message>
    <message>
        <source>Last verification on %1: %2 problem(s) found.</source>
        <translation>Dernière vérification le %1&#xa0;: %2 problème(s) trouvé(s).</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Built on %1, %2 posts and %3 media files.</source>
        <translation>Constituée le %1&#xa0;: %2 publications et %3 médias.</translation>
    </message>
    <message>
        <source>Checksum of the tag manifest (SHA-256): %1</source>
        <translation>Empreinte du manifeste des fichiers de description (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last successful verification: %1</source>
        <translation>Dernière vérification réussie&#xa0;: %1</translation>
    </message>
    <message>
        <source>N&amp;ew folder:</source>
        <translation>Nou&amp;veau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;uild the archive of record</source>
        <translation>Const&amp;ituer l’archive de référence</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Locate a &amp;moved folder…</source>
        <translation>Retrouver &amp;un dossier déplacé…</translation>
    </message>
    <message>
        <source>Sho&amp;w the folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <source>The v&amp;isa has been received</source>
        <translation>Le visa a été &amp;reçu</translation>
    </message>
    <message>
        <source>Choose &amp;the scan…</source>
        <translation>C&amp;hoisir la copie numérisée…</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifiée.</translation>
    </message>
    <message>
        <source>To complete this step:</source>
        <translation>Pour terminer cette étape&#xa0;:</translation>
    </message>
    <message>
        <source>Where to create the archive of record</source>
        <translation>Où créer l’archive de référence</translation>
    </message>
    <message>
        <source>Where is the archive of record now?</source>
        <translation>Où se trouve maintenant l’archive de référence&#x202f;?</translation>
    </message>
    <message>
        <source>%1 is not the archive of record of this plan (its tag manifest differs).</source>
        <translation>%1 n’est pas l’archive de référence de ce plan (son manifeste des fichiers de description diffère).</translation>
    </message>
    <message>
        <source>Scan of the visa</source>
        <translation>Copie numérisée du visa</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose where to create the folder first.</source>
        <translation>Choisissez d’abord où créer le dossier.</translation>
    </message>
    <message>
        <source>Building the archive of record…</source>
        <translation>Constitution de l’archive de référence…</translation>
    </message>
    <message>
        <source>Verifying every file…</source>
        <translation>Vérification de chaque fichier…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Archive of record built in %1.</source>
        <translation>Archive de référence constituée dans %1.</translation>
    </message>
    <message>
        <source>Verified: the %1 files are intact.</source>
        <translation>Vérifiée&#xa0;: les %1 fichiers sont intacts.</translation>
    </message>
    <message>
        <source>This folder is not the archive of record recorded in the plan (its manifests differ).</source>
        <translation>Ce dossier n’est pas l’archive de référence enregistrée dans le plan (ses manifestes diffèrent).</translation>
    </message>
    <message>
        <source>The verification found %1 problem(s).</source>
        <translation>La vérification a trouvé %1 problème(s).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was kept.</source>
        <translation>Annulé&#xa0;: rien n’a été conservé.</translation>
    </message>
    <message>
        <source>The task failed unexpectedly (%1); nothing was kept.</source>
        <translation>La tâche a échoué de façon inattendue (%1)&#x202f;; rien n’a été conservé.</translation>
    </message>
</context>
<context>
    <name>RecordVerify</name>
    <message>
        <source>Missing file: %1</source>
        <translation>Fichier manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Altered file (its content changed): %1</source>
        <translation>Fichier modifié (son contenu a changé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added file (not in the manifests): %1</source>
        <translation>Fichier ajouté (absent des manifestes)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listing the files…</source>
        <translation>Inventaire des fichiers…</translation>
    </message>
    <message>
        <source>Symbolic link (not allowed in an archive of record): %1</source>
        <translation>Lien symbolique (interdit dans une archive de référence)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 est illisible.</translation>
    </message>
    <message>
        <source>Line %1 of %2 cannot be read.</source>
        <translation>La ligne %1 de %2 est illisible.</translation>
    </message>
    <message>
        <source>The manifest %1 names a file outside the folder: %2</source>
        <translation>Le manifeste %1 désigne un fichier hors du dossier&#xa0;: %2</translation>
    </message>
    <message>
        <source>The payload manifest names a file outside data/: %1</source>
        <translation>Le manifeste des données désigne un fichier hors de data/&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tag manifest names a payload file: %1</source>
        <translation>Le manifeste des fichiers de description désigne un fichier de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The tag manifest does not cover %1.</source>
        <translation>Le manifeste des fichiers de description ne couvre pas %1.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <source>Payload-Oxum in bag-info.txt does not match the files.</source>
        <translation>Le Payload-Oxum de bag-info.txt ne correspond pas aux fichiers.</translation>
    </message>
    <message>
        <source>Verification finished.</source>
        <translation>Vérification terminée.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No secure password store was found on this computer (Windows Credential Locker, macOS Keychain, GNOME Keyring or KWallet). Your connections will be kept only until you close ExitPlanner and you will have to log in again next time. On Linux, install and start GNOME Keyring or KWallet, then restart ExitPlanner; on a managed computer, ask your IT department.</source>
        <extracomment>Backends trusted to keep secrets encrypted by the operating system, by &quot;module.Class&quot;. Exact class names, not isinstance: a plaintext subclass of an accepted class would not be accepted.</extracomment>
        <translation>Aucun coffre-fort de mots de passe sécurisé n’a été trouvé sur cet ordinateur (Gestionnaire d’identification Windows, trousseau macOS, GNOME Keyring ou KWallet). Vos connexions ne seront conservées que jusqu’à la fermeture d’ExitPlanner et il faudra vous reconnecter la prochaine fois. Sous Linux, installez et démarrez GNOME Keyring ou KWallet, puis relancez ExitPlanner&#x202f;; sur un poste géré, adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>The password store of your session is locked. Unlock it (your session password usually does it) and try again. Until then, your connections are kept only until you close ExitPlanner.</source>
        <translation>Le coffre-fort de mots de passe de votre session est verrouillé. Déverrouillez-le (le mot de passe de votre session suffit en général) puis réessayez. D’ici là, vos connexions ne sont conservées que jusqu’à la fermeture d’ExitPlanner.</translation>
    </message>
    <message>
        <source>The password store of your session could not be opened. Close and reopen your session, or ask your IT department to check the keyring service. Until then, your connections are kept only until you close ExitPlanner.</source>
        <translation>Le coffre-fort de mots de passe de votre session n’a pas pu être ouvert. Fermez puis rouvrez votre session, ou demandez à votre service informatique de vérifier le service de trousseau. D’ici là, vos connexions ne sont conservées que jusqu’à la fermeture d’ExitPlanner.</translation>
    </message>
    <message>
        <source>The password store refused the operation. Try again; if it keeps failing, restart ExitPlanner or your session.</source>
        <translation>Le coffre-fort de mots de passe a refusé l’opération. Réessayez&#x202f;; si l’échec persiste, relancez ExitPlanner ou votre session.</translation>
    </message>
    <message>
        <source>this session only (memory)</source>
        <translation>cette session uniquement (mémoire)</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>ExitPlanner %1 self-test: %2 of %3 checks FAILED (%4)</source>
        <translation>Auto-test d’ExitPlanner %1&#xa0;: %2 sur %3 vérifications en ÉCHEC (%4)</translation>
    </message>
    <message>
        <source>ExitPlanner %1 self-test: all %3 checks passed</source>
        <translation>Auto-test d’ExitPlanner %1&#xa0;: les %3 vérifications ont réussi</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Étapes du plan</translation>
    </message>
    <message>
        <source>Choose a step to open it. Each step shows its status.</source>
        <translation>Choisissez une étape pour l’ouvrir. Chaque étape affiche son état.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter a French phone number, for example 01 23 45 67 89 or +33 1 23 45 67 89.</source>
        <translation>Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.</translation>
    </message>
    <message>
        <source>Enter the website&apos;s domain name, for example ville-exemple.fr.</source>
        <translation>Saisissez le nom de domaine du site, par exemple ville-exemple.fr.</translation>
    </message>
    <message>
        <source>Enter an e-mail address, for example communication@ville-exemple.fr.</source>
        <translation>Saisissez une adresse électronique, par exemple communication@ville-exemple.fr.</translation>
    </message>
    <message>
        <source>An X handle has 1 to 15 letters, digits or underscores, for example @VilleExemple.</source>
        <translation>Un identifiant X compte de 1 à 15 lettres, chiffres ou tirets bas, par exemple @VilleExemple.</translation>
    </message>
    <message>
        <source>A Bluesky handle looks like a domain name, for example ville-exemple.bsky.social or ville-exemple.fr.</source>
        <translation>Un identifiant Bluesky a la forme d’un nom de domaine, par exemple ville-exemple.bsky.social ou ville-exemple.fr.</translation>
    </message>
    <message>
        <source>A Mastodon address has the form @name@server, for example @ville@mastodon.example.</source>
        <translation>Une adresse Mastodon a la forme @nom@serveur, par exemple @ville@mastodon.example.</translation>
    </message>
    <message>
        <source>An Instagram or Threads handle has 1 to 30 letters, digits, dots or underscores.</source>
        <translation>Un identifiant Instagram ou Threads compte de 1 à 30 lettres, chiffres, points ou tirets bas.</translation>
    </message>
</context>
<context>
    <name>XArchiveAudit</name>
    <message>
        <source>No e-mail address is attached to the account: recovery depends on a phone.</source>
        <translation>Aucune adresse e-mail n’est rattachée au compte&#xa0;: sa récupération dépend d’un téléphone.</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address (%1) looks personal: the authority should control it.</source>
        <translation>L’adresse e-mail du compte (%1) semble personnelle&#xa0;: elle devrait appartenir à la collectivité.</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address is %1: check that the authority still controls it.</source>
        <translation>L’adresse e-mail du compte est %1&#xa0;: vérifiez que la collectivité y a toujours accès.</translation>
    </message>
    <message>
        <source>A phone number ending in %1 is attached: check who holds that phone.</source>
        <translation>Un numéro de téléphone se terminant par %1 est rattaché&#xa0;: vérifiez qui détient ce téléphone.</translation>
    </message>
    <message>
        <source>No phone number is attached to the account.</source>
        <translation>Aucun numéro de téléphone n’est rattaché au compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n connected application(s) can post on behalf of the account: revoke unused ones.</source>
        <translation>
            <numerusform>%n application connectée peut publier au nom du compte&#xa0;: révoquez-la si elle ne sert plus.</numerusform>
            <numerusform>%n applications connectées peuvent publier au nom du compte&#xa0;: révoquez celles qui ne servent plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected application(s) can read the account&apos;s direct messages.</source>
        <translation>
            <numerusform>%n application connectée peut lire les messages privés du compte.</numerusform>
            <numerusform>%n applications connectées peuvent lire les messages privés du compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive does not say whether two-factor authentication is on: check it in X&apos;s settings.</source>
        <translation>L’archive n’indique pas si la double authentification est activée&#xa0;: vérifiez-le dans les paramètres de X.</translation>
    </message>
    <message>
        <source>Bookmarks are not in the archive.</source>
        <translation>Les signets ne figurent pas dans l’archive.</translation>
    </message>
    <message>
        <source>Replies and mentions written by other accounts are not in the archive.</source>
        <translation>Les réponses et mentions écrites par d’autres comptes ne figurent pas dans l’archive.</translation>
    </message>
    <message>
        <source>View counts (impressions) are not in the archive; likes and reposts are.</source>
        <translation>Le nombre de vues (impressions) ne figure pas dans l’archive&#x202f;; les «&#x202f;j’aime&#x202f;» et les republications, si.</translation>
    </message>
    <message>
        <source>Direct messages are not audited: only conversations are counted.</source>
        <translation>Les messages privés ne sont pas audités&#xa0;: seules les conversations sont comptées.</translation>
    </message>
    <message>
        <source>Media of reposted posts belong to their authors and are not in the archive.</source>
        <translation>Les médias des publications republiées appartiennent à leurs auteurs et ne figurent pas dans l’archive.</translation>
    </message>
    <message>
        <source>%1 likes: X&apos;s API reaches only the latest few hundred, older likes cannot be removed.</source>
        <translation>%1 «&#x202f;j’aime&#x202f;»&#xa0;: l’API de X n’atteint que les quelques centaines les plus récents, les plus anciens ne peuvent pas être retirés.</translation>
    </message>
    <message>
        <source>Likes beyond the most recent few hundred cannot be removed through X&apos;s API.</source>
        <translation>Au-delà des quelques centaines les plus récents, les «&#x202f;j’aime&#x202f;» ne peuvent pas être retirés par l’API de X.</translation>
    </message>
    <message>
        <source>This archive holds no posts file.</source>
        <translation>Cette archive ne contient aucun fichier de publications.</translation>
    </message>
</context>
<context>
    <name>XArchiveAuditText</name>
    <message>
        <source>X archive audit of @%1</source>
        <translation>Audit de l’archive X de @%1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Posts (reposts included)</source>
        <translation>Publications (republications comprises)</translation>
    </message>
    <message>
        <source>Original posts</source>
        <translation>Publications originales</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Republications</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Posts with media</source>
        <translation>Publications avec médias</translation>
    </message>
    <message>
        <source>Long posts</source>
        <translation>Publications longues</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>«&#x202f;J’aime&#x202f;»</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Deleted posts kept by X</source>
        <translation>Publications supprimées conservées par X</translation>
    </message>
    <message>
        <source>Direct message conversations</source>
        <translation>Conversations privées</translation>
    </message>
    <message>
        <source>First post</source>
        <translation>Première publication</translation>
    </message>
    <message>
        <source>Last post</source>
        <translation>Dernière publication</translation>
    </message>
    <message>
        <source>Media files</source>
        <translation>Fichiers médias</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Most used hashtags</source>
        <translation>Mots-dièse les plus utilisés</translation>
    </message>
    <message>
        <source>Most mentioned accounts</source>
        <translation>Comptes les plus mentionnés</translation>
    </message>
    <message>
        <source>Most engaging posts (likes + reposts):</source>
        <translation>Publications les plus engageantes («&#x202f;j’aime&#x202f;» + republications)&#xa0;:</translation>
    </message>
    <message>
        <source>Connected applications:</source>
        <translation>Applications connectées&#xa0;:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>Not in the archive:</source>
        <translation>Absent de l’archive&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Reconciliation: the archive does not match its manifest:</source>
        <translation>Rapprochement&#xa0;: l’archive ne correspond pas à son manifeste&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 announced, %3 read</source>
        <translation>%1&#xa0;: %2 annoncés, %3 lus</translation>
    </message>
    <message>
        <source>Reconciliation: every count matches the archive&apos;s manifest.</source>
        <translation>Rapprochement&#xa0;: tous les nombres correspondent au manifeste de l’archive.</translation>
    </message>
    <message>
        <source>Reconciliation: this older archive has no manifest to check against.</source>
        <translation>Rapprochement&#xa0;: cette archive ancienne n’a pas de manifeste à comparer.</translation>
    </message>
</context>
<context>
    <name>XArchiveError</name>
    <message>
        <source>The archive %1 does not exist or cannot be read.</source>
        <translation>L’archive %1 n’existe pas ou ne peut pas être lue.</translation>
    </message>
    <message>
        <source>This file is not a valid zip archive (it may be truncated: download it again from X).</source>
        <translation>Ce fichier n’est pas une archive zip valide (elle est peut-être incomplète&#xa0;: téléchargez-la de nouveau depuis X).</translation>
    </message>
    <message>
        <source>The archive is damaged: %1 cannot be read (download it again from X).</source>
        <translation>L’archive est endommagée&#xa0;: %1 est illisible (téléchargez-la de nouveau depuis X).</translation>
    </message>
    <message>
        <source>This is not an X archive: no account.js or data/manifest.js was found.</source>
        <translation>Ce n’est pas une archive X&#xa0;: aucun fichier account.js ni data/manifest.js n’a été trouvé.</translation>
    </message>
    <message>
        <source>The archive contains a dangerous file name (%1) and was refused.</source>
        <translation>L’archive contient un nom de fichier dangereux (%1) et a été refusée.</translation>
    </message>
    <message>
        <source>The archive contains a symbolic link (%1) and was refused.</source>
        <translation>L’archive contient un lien symbolique (%1) et a été refusée.</translation>
    </message>
    <message>
        <source>The archive contains the same file twice (%1) and was refused.</source>
        <translation>L’archive contient deux fois le même fichier (%1) et a été refusée.</translation>
    </message>
    <message>
        <source>The file %1 expands far more than a real archive would (possible zip bomb); it was refused.</source>
        <translation>Le fichier %1 se décompresse bien plus qu’une véritable archive (possible bombe zip)&#x202f;; il a été refusé.</translation>
    </message>
    <message>
        <source>The file %1 is larger than any real X archive file; it was refused.</source>
        <translation>Le fichier %1 est plus volumineux que tout fichier d’une véritable archive X&#x202f;; il a été refusé.</translation>
    </message>
    <message>
        <source>The archive holds an absurd number of files; it was refused.</source>
        <translation>L’archive contient un nombre aberrant de fichiers&#x202f;; elle a été refusée.</translation>
    </message>
    <message>
        <source>The archive is password-protected (%1); X archives are not: use the original download.</source>
        <translation>L’archive est protégée par un mot de passe (%1)&#x202f;; celles de X ne le sont pas&#xa0;: utilisez le fichier téléchargé d’origine.</translation>
    </message>
    <message>
        <source>The file %1 does not start as an X archive file should (expected %2).</source>
        <translation>Le fichier %1 ne commence pas comme un fichier d’archive X (attendu&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The file %1 is damaged: its content is not valid JSON.</source>
        <translation>Le fichier %1 est endommagé&#xa0;: son contenu n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: it is not valid UTF-8 text.</source>
        <translation>Le fichier %1 est endommagé&#xa0;: ce n’est pas du texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>The file %1 holds an invalid value in the field %2.</source>
        <translation>Le fichier %1 contient une valeur invalide dans le champ %2.</translation>
    </message>
    <message>
        <source>The archive has no account.js: it is incomplete or not an X archive.</source>
        <translation>L’archive ne contient pas de fichier account.js&#xa0;: elle est incomplète ou ce n’est pas une archive X.</translation>
    </message>
    <message>
        <source>The archive mixes several accounts; import each account&apos;s own archive separately.</source>
        <translation>L’archive mélange plusieurs comptes&#x202f;; importez séparément l’archive de chaque compte.</translation>
    </message>
</context>
<context>
    <name>XArchiveImport</name>
    <message>
        <source>Opening the archive…</source>
        <translation>Ouverture de l’archive…</translation>
    </message>
    <message>
        <source>Reading the account…</source>
        <translation>Lecture du compte…</translation>
    </message>
    <message>
        <source>Reading the posts…</source>
        <translation>Lecture des publications…</translation>
    </message>
    <message numerus="yes">
        <source>%n long post(s) could not be matched to their post; the shortened text is kept.</source>
        <translation>
            <numerusform>%n publication longue n’a pas pu être rattachée à sa publication&#x202f;; le texte abrégé est conservé.</numerusform>
            <numerusform>%n publications longues n’ont pas pu être rattachées à leur publication&#x202f;; le texte abrégé est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading likes, followers and apps…</source>
        <translation>Lecture des «&#x202f;j’aime&#x202f;», des abonnés et des applications…</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
</context>
<context>
    <name>XClient</name>
    <message>
        <source>X refused the request because the credits of your developer app are used up. Add credits in the X Developer Console, then resume.</source>
        <extracomment>Fixed by default because X compares the redirect URI with the one registered in the app, exactly. Refresh this long before the access token expires (X&apos;s tokens live two hours).</extracomment>
        <translation>X a refusé la requête car les crédits de votre application développeur sont épuisés. Ajoutez des crédits dans la console développeur de X, puis reprenez.</translation>
    </message>
    <message>
        <source>X refused the post: the account already published a post with exactly this text.</source>
        <translation>X a refusé le message&#xa0;: le compte a déjà publié un message avec exactement ce texte.</translation>
    </message>
    <message>
        <source>The saved X connection is unreadable. Please connect the X account again.</source>
        <translation>La connexion X enregistrée est illisible. Veuillez reconnecter le compte X.</translation>
    </message>
    <message>
        <source>X did not answer in time or the connection was cut. The operation will be checked and retried.</source>
        <translation>X n’a pas répondu à temps ou la connexion a été coupée. L’opération sera vérifiée et retentée.</translation>
    </message>
    <message>
        <source>The X client id is empty or malformed: copy it from the Keys and tokens page of your X app.</source>
        <translation>L’identifiant client X est vide ou mal formé&#xa0;: copiez-le depuis la page «&#x202f;Keys and tokens&#x202f;» de votre application X.</translation>
    </message>
    <message>
        <source>X refused the authorisation. Connect the X account again (check the client id and the redirect address registered in your X app).</source>
        <translation>X a refusé l’autorisation. Reconnectez le compte X (vérifiez l’identifiant client et l’adresse de redirection enregistrée dans votre application X).</translation>
    </message>
    <message>
        <source>This X account is not connected yet: connect it first.</source>
        <translation>Ce compte X n’est pas encore connecté&#xa0;: connectez-le d’abord.</translation>
    </message>
    <message>
        <source>The X connection has expired. Please connect the X account again.</source>
        <translation>La connexion X a expiré. Veuillez reconnecter le compte X.</translation>
    </message>
    <message>
        <source>X no longer accepts this connection. Please connect the X account again.</source>
        <translation>X n’accepte plus cette connexion. Veuillez reconnecter le compte X.</translation>
    </message>
    <message>
        <source>X refused this action for this account (permission or app settings).</source>
        <translation>X a refusé cette action pour ce compte (autorisation ou réglages de l’application).</translation>
    </message>
    <message>
        <source>X refused the request as invalid.</source>
        <translation>X a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <source>Invalid X identifier.</source>
        <translation>Identifiant X non valide.</translation>
    </message>
</context>
<context>
    <name>XConnectBox</name>
    <message>
        <source>Connect the X account</source>
        <translation>Connecter le compte X</translation>
    </message>
    <message>
        <source>Callback URI to register in the X app</source>
        <translation>Adresse de rappel (Callback URI) à enregistrer dans l’app X</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>OAuth 2.0 Client ID of your X app</source>
        <translation>Client ID OAuth 2.0 de votre app X</translation>
    </message>
    <message>
        <source>Client id of the X app</source>
        <translation>Identifiant client (Client ID) de l’app X</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client (Client ID)&#xa0;:</translation>
    </message>
    <message>
        <source>Loopback port of the callback</source>
        <translation>Port local de l’adresse de rappel</translation>
    </message>
    <message>
        <source>Loopback port:</source>
        <translation>Port local&#xa0;:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Connected as @%1.</source>
        <translation>Connecté en tant que @%1.</translation>
    </message>
    <message>
        <source>The X account is not connected.</source>
        <translation>Le compte X n’est pas connecté.</translation>
    </message>
    <message>
        <source>ExitPlanner reaches X through your own X developer app (free to create; X bills the API calls):</source>
        <translation>ExitPlanner passe par votre propre app de développeur X (gratuite à créer&#x202f;; X facture les appels d’API)&#xa0;:</translation>
    </message>
    <message>
        <source>1. Sign in on developer.x.com with the authority&apos;s account, open « Projects &amp; Apps » and create a new app.</source>
        <translation>1. Connectez-vous sur developer.x.com avec le compte de la collectivité, ouvrez «&#x202f;Projects &amp; Apps&#x202f;» et créez une nouvelle app.</translation>
    </message>
    <message>
        <source>2. In « User authentication settings », enable OAuth 2.0 and choose the type « Native App » (public client, no secret).</source>
        <translation>2. Dans «&#x202f;User authentication settings&#x202f;», activez OAuth 2.0 et choisissez le type «&#x202f;Native App&#x202f;» (client public, sans secret).</translation>
    </message>
    <message>
        <source>3. As Callback URI, register exactly the address below (same port):</source>
        <translation>3. Comme Callback URI, enregistrez exactement l’adresse ci-dessous (même port)&#xa0;:</translation>
    </message>
    <message>
        <source>4. The app must allow these scopes: %1.</source>
        <translation>4. L’app doit autoriser ces permissions (scopes)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>5. Copy the OAuth 2.0 Client ID (« Keys and tokens ») into the field below and click Connect: your browser opens on X&apos;s consent page.</source>
        <translation>5. Copiez le Client ID OAuth 2.0 («&#x202f;Keys and tokens&#x202f;») dans le champ ci-dessous et cliquez sur Connecter&#xa0;: votre navigateur s’ouvre sur la page d’autorisation de X.</translation>
    </message>
    <message>
        <source>Callback URI copied.</source>
        <translation>Adresse de rappel copiée.</translation>
    </message>
    <message>
        <source>Paste the client id of your X app first.</source>
        <translation>Collez d’abord l’identifiant client (Client ID) de votre app X.</translation>
    </message>
    <message>
        <source>Waiting for the consent in your browser… (callback %1)</source>
        <translation>En attente de votre autorisation dans le navigateur… (rappel %1)</translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>You logged in as @%1 but the archive is of @%2: log in to X with the account of the archive, then connect again.</source>
        <translation>Vous vous êtes connecté en tant que @%1 mais l’archive est celle de @%2&#xa0;: connectez-vous à X avec le compte de l’archive, puis recommencez.</translation>
    </message>
    <message>
        <source>The connection failed unexpectedly; try again.</source>
        <translation>La connexion a échoué de façon inattendue&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The tokens could not be removed from the password store.</source>
        <translation>Les jetons n’ont pas pu être retirés du trousseau de mots de passe.</translation>
    </message>
    <message>
        <source>Disconnected: the tokens were removed from the password store.</source>
        <translation>Déconnecté&#xa0;: les jetons ont été retirés du trousseau de mots de passe.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Plan and carry out a local authority&apos;s departure from X.</source>
        <translation>Préparer et conduire le départ de X d’une collectivité.</translation>
    </message>
    <message>
        <source>Commands (exitplanner COMMAND --help for details): %1</source>
        <translation>Commandes (exitplanner COMMANDE --help pour le détail)&#xa0;: %1</translation>
    </message>
    <message>
        <source>open the demo plan of a fictional commune</source>
        <translation>ouvrir le plan de démonstration d’une commune fictive</translation>
    </message>
    <message>
        <source>interface language (remembered)</source>
        <translation>langue de l’interface (mémorisée)</translation>
    </message>
    <message>
        <source>plan file to open</source>
        <translation>fichier de plan à ouvrir</translation>
    </message>
    <message>
        <source>check this installation without a window, then quit</source>
        <translation>vérifier cette installation sans ouvrir de fenêtre, puis quitter</translation>
    </message>
    <message>
        <source>interface language</source>
        <translation>langue de l’interface</translation>
    </message>
    <message>
        <source>Audit an X archive (the zip downloaded from X, or its extracted folder)</source>
        <translation>Auditer une archive X (le zip téléchargé depuis X, ou son dossier décompressé)</translation>
    </message>
    <message>
        <source>the X archive zip, or the folder it was extracted to</source>
        <translation>le zip de l’archive X, ou le dossier où il a été décompressé</translation>
    </message>
    <message>
        <source>print the audit as JSON</source>
        <translation>afficher l’audit en JSON</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Write a synthetic X archive of a fictional commune (for tests and demos)</source>
        <translation>Écrire une archive X synthétique d’une commune fictive (pour les tests et les démonstrations)</translation>
    </message>
    <message>
        <source>zip file to write</source>
        <translation>fichier zip à écrire</translation>
    </message>
    <message>
        <source>number of posts</source>
        <translation>nombre de publications</translation>
    </message>
    <message>
        <source>modern (tweets.js, manifest) or legacy (tweet.js)</source>
        <translation>moderne (tweets.js, manifeste) ou ancienne (tweet.js)</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>graine aléatoire</translation>
    </message>
    <message>
        <source>number of tweets-partN.js files</source>
        <translation>nombre de fichiers tweets-partN.js</translation>
    </message>
    <message>
        <source>number of media files</source>
        <translation>nombre de fichiers médias</translation>
    </message>
    <message>
        <source>overwrite the file if it exists</source>
        <translation>écraser le fichier s’il existe</translation>
    </message>
    <message>
        <source>Posts and media must be positive, parts at least 1.</source>
        <translation>Les publications et médias doivent être positifs, les parties au moins 1.</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to overwrite it).</source>
        <translation>%1 existe déjà (utilisez --force pour l’écraser).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 written: %2 posts, %3 media files.</source>
        <translation>%1 écrit&#xa0;: %2 publications, %3 fichiers médias.</translation>
    </message>
    <message>
        <source>Look up French authorities: code, official name, de/à forms, titles</source>
        <translation>Rechercher des collectivités françaises&#xa0;: code, nom officiel, formes «&#x202f;de&#x202f;» et «&#x202f;à&#x202f;», titres</translation>
    </message>
    <message>
        <source>name, postal code or INSEE code (several words allowed)</source>
        <translation>nom, code postal ou code INSEE (plusieurs mots possibles)</translation>
    </message>
    <message>
        <source>print the matches as JSON</source>
        <translation>afficher les résultats en JSON</translation>
    </message>
    <message>
        <source>maximum number of matches (default 10)</source>
        <translation>nombre maximal de résultats (10 par défaut)</translation>
    </message>
    <message>
        <source>only this kind of authority (repeatable)</source>
        <translation>seulement ce type de collectivité (répétable)</translation>
    </message>
    <message>
        <source>Write the press release of a plan (PDF, ODT, DOCX or text)</source>
        <translation>Écrire le communiqué de presse d’un plan (PDF, ODT, DOCX ou texte)</translation>
    </message>
    <message>
        <source>Delete posts, reposts and likes on X: estimate (dry run), log in, run</source>
        <translation>Supprimer publications, republications et «&#x202f;J’aime&#x202f;» sur X&#xa0;: estimation (simulation), connexion, exécution</translation>
    </message>
    <message>
        <source>plan file</source>
        <translation>fichier du plan</translation>
    </message>
    <message>
        <source>use the demo plan and its synthetic archive</source>
        <translation>utiliser le plan de démonstration et son archive fictive</translation>
    </message>
    <message>
        <source>show the selection, duration and cost (default)</source>
        <translation>afficher la sélection, la durée et le coût (par défaut)</translation>
    </message>
    <message>
        <source>connect the X account in the browser</source>
        <translation>connecter le compte X dans le navigateur</translation>
    </message>
    <message>
        <source>run the deletion (resumes a stopped run)</source>
        <translation>lancer la suppression (reprend une exécution interrompue)</translation>
    </message>
    <message>
        <source>only posts from this day on</source>
        <translation>seulement les publications à partir de ce jour</translation>
    </message>
    <message>
        <source>only posts up to this day (included)</source>
        <translation>seulement les publications jusqu’à ce jour (inclus)</translation>
    </message>
    <message>
        <source>only this kind of post (repeatable)</source>
        <translation>seulement ce type de publication (répétable)</translation>
    </message>
    <message>
        <source>only replies</source>
        <translation>seulement les réponses</translation>
    </message>
    <message>
        <source>only reposts</source>
        <translation>seulement les republications</translation>
    </message>
    <message>
        <source>keep the N posts with the most likes and reposts</source>
        <translation>garder les N publications ayant le plus de «&#x202f;J’aime&#x202f;» et de republications</translation>
    </message>
    <message>
        <source>post ids to keep, separated by commas</source>
        <translation>identifiants des publications à garder, séparés par des virgules</translation>
    </message>
    <message>
        <source>also remove the likes listed in the archive</source>
        <translation>retirer aussi les «&#x202f;J’aime&#x202f;» présents dans l’archive</translation>
    </message>
    <message>
        <source>client id of your X developer app (--login)</source>
        <translation>identifiant client de votre application développeur X (--login)</translation>
    </message>
    <message>
        <source>loopback port of the redirect address (--login)</source>
        <translation>port local de l’adresse de redirection (--login)</translation>
    </message>
    <message>
        <source>folder of the final report (default: the archive of record)</source>
        <translation>dossier du rapport final (par défaut&#xa0;: l’archive de référence)</translation>
    </message>
    <message>
        <source>confirm despite the archive of record&apos;s warning</source>
        <translation>confirmer malgré l’avertissement de l’archivage</translation>
    </message>
    <message>
        <source>This plan has no imported X archive: import it in step 2 (or with exitplanner audit).</source>
        <translation>Ce plan n’a pas d’archive X importée&#xa0;: importez-la à l’étape 2 (ou avec exitplanner audit).</translation>
    </message>
    <message>
        <source>X account: @%1 — %2 posts in the archive, %3 kept by the filters</source>
        <translation>Compte X&#xa0;: @%1 — %2 publications dans l’archive, %3 gardées par les filtres</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent to X.</source>
        <translation>Simulation&#xa0;: rien n’a été envoyé à X.</translation>
    </message>
    <message>
        <source>Journal of earlier runs: %1 deleted, %2 already gone, %3 failed, %4 still to do (they are kept; --run continues).</source>
        <translation>Journal des exécutions précédentes&#xa0;: %1 supprimées, %2 déjà absentes, %3 en échec, %4 à faire (elles sont conservées&#x202f;; --run continue).</translation>
    </message>
    <message>
        <source>Give the client id of your X developer app with --client-id.</source>
        <translation>Indiquez l’identifiant client de votre application développeur X avec --client-id.</translation>
    </message>
    <message>
        <source>The redirect address registered in your X app must be http://127.0.0.1:%1/callback. Your browser opens now.</source>
        <translation>L’adresse de redirection enregistrée dans votre application X doit être http://127.0.0.1:%1/callback. Votre navigateur va s’ouvrir.</translation>
    </message>
    <message>
        <source>You logged in as @%1 but the archive is of @%2: log in with the account of the archive.</source>
        <translation>Vous êtes connecté·e en tant que @%1 mais l’archive est celle de @%2&#xa0;: connectez-vous avec le compte de l’archive.</translation>
    </message>
    <message>
        <source>Connected as @%1.</source>
        <translation>Connecté·e en tant que @%1.</translation>
    </message>
    <message>
        <source>Add --yes to confirm and start the deletion anyway.</source>
        <translation>Ajoutez --yes pour confirmer et lancer quand même la suppression.</translation>
    </message>
    <message>
        <source>The X account @%1 is not connected: run this command with --login --client-id ID first.</source>
        <translation>Le compte X @%1 n’est pas connecté&#xa0;: lancez d’abord cette commande avec --login --client-id IDENTIFIANT.</translation>
    </message>
    <message>
        <source>Stopped. Run the same command again to continue.</source>
        <translation>Arrêté. Relancez la même commande pour continuer.</translation>
    </message>
    <message>
        <source>Finished: %1 deleted, %2 already gone, %3 failed. Report: %4</source>
        <translation>Terminé&#xa0;: %1 supprimées, %2 déjà absentes, %3 en échec. Rapport&#xa0;: %4</translation>
    </message>
    <message>
        <source>use the demo plan of a fictional commune</source>
        <translation>utiliser le plan de démonstration d’une commune fictive</translation>
    </message>
    <message>
        <source>template id or name (default: by decision)</source>
        <translation>identifiant ou nom du modèle (par défaut&#xa0;: celui de la décision)</translation>
    </message>
    <message>
        <source>output format (default: from the file name)</source>
        <translation>format de sortie (par défaut&#xa0;: d’après le nom du fichier)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fichier à écrire</translation>
    </message>
    <message>
        <source>list the available templates</source>
        <translation>lister les modèles disponibles</translation>
    </message>
    <message>
        <source>print the X, Bluesky and Mastodon texts with their lengths</source>
        <translation>afficher les textes pour X, Bluesky et Mastodon avec leur longueur</translation>
    </message>
    <message>
        <source>no-break spaces instead of narrow ones (fonts without U+202F)</source>
        <translation>espaces insécables au lieu des espaces fines (polices sans U+202F)</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>user</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>Give a plan file or --demo.</source>
        <translation>Indiquez un fichier de plan ou --demo.</translation>
    </message>
    <message>
        <source>Give the file to write with -o FILE.</source>
        <translation>Indiquez le fichier à écrire avec -o FICHIER.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use one of %2.</source>
        <translation>Format «&#x202f;%1&#x202f;» inconnu&#xa0;: utilisez l’un des formats suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Press release written to %1</source>
        <translation>Communiqué de presse écrit dans %1</translation>
    </message>
    <message>
        <source>Write the archive of record (BagIt folder) of an X archive</source>
        <translation>Constituer l’archive de référence (dossier BagIt) d’une archive X</translation>
    </message>
    <message>
        <source>the folder to create (must not exist yet)</source>
        <translation>le dossier à créer (il ne doit pas encore exister)</translation>
    </message>
    <message>
        <source>official name of the producing authority, for bag-info.txt and the accompanying note</source>
        <translation>nom officiel de la collectivité productrice, pour bag-info.txt et la note d’accompagnement</translation>
    </message>
    <message>
        <source>Archive of record written: %1</source>
        <translation>Archive de référence écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Posts: %1, media files: %2</source>
        <translation>Publications&#xa0;: %1, médias&#xa0;: %2</translation>
    </message>
    <message>
        <source>SHA-256 of the original archive: %1</source>
        <translation>SHA-256 de l’archive d’origine&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256 of the tag manifest: %1</source>
        <translation>SHA-256 du manifeste des fichiers de description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verify an archive of record: every file re-hashed against its manifests</source>
        <translation>Vérifier une archive de référence&#xa0;: l’empreinte de chaque fichier est recalculée et comparée aux manifestes</translation>
    </message>
    <message>
        <source>the archive of record folder</source>
        <translation>le dossier de l’archive de référence</translation>
    </message>
    <message>
        <source>check the tag files and the file sizes only (no full re-hash)</source>
        <translation>ne vérifier que les fichiers de description et les tailles (sans tout relire)</translation>
    </message>
    <message>
        <source>Intact: %1 files checked (%2 bytes).</source>
        <translation>Intacte&#xa0;: %1 fichiers vérifiés (%2 octets).</translation>
    </message>
    <message>
        <source>NOT intact: %1 problems.</source>
        <translation>NON intacte&#xa0;: %1 problèmes.</translation>
    </message>
    <message>
        <source>Write the decision memo (PDF) for the elected officials</source>
        <translation>Écrire la note de décision (PDF) pour les élus</translation>
    </message>
    <message>
        <source>use the demo plan</source>
        <translation>utiliser le plan de démonstration</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>Decision memo written: %1</source>
        <translation>Note de décision enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>decision</name>
    <message>
        <source>Delete the account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Delete the posts, keep the account</source>
        <translation>Supprimer les publications, garder le compte</translation>
    </message>
    <message>
        <source>Leave the account dormant</source>
        <translation>Mettre le compte en sommeil</translation>
    </message>
    <message>
        <source>Chosen by Le Kremlin-Bicêtre in January 2025.</source>
        <translation>Choix du Kremlin-Bicêtre en janvier 2025.</translation>
    </message>
    <message>
        <source>Chosen by Fontenay-sous-Bois in January 2025.</source>
        <translation>Choix de Fontenay-sous-Bois en janvier 2025.</translation>
    </message>
    <message>
        <source>Chosen by Paris, Lyon and Blois in January 2025.</source>
        <translation>Choix de Paris, Lyon et Blois en janvier 2025.</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Leave dormant</source>
        <translation>Mettre en sommeil</translation>
    </message>
    <message>
        <source>Reassess later</source>
        <translation>À réévaluer</translation>
    </message>
    <message>
        <source>Posts of an authority are public archives (Code du patrimoine, L211-1 and L211-4): build the archive of record first, and destroying them needs the prior visa of the Archives départementales (L212-2).</source>
        <translation>Les publications d’une collectivité sont des archives publiques (Code du patrimoine, L211-1 et L211-4)&#xa0;: constituez d’abord l’archive probante&#x202f;; leur destruction exige le visa préalable des Archives départementales (L212-2).</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Deactivation in X&apos;s settings, then %1 days during which the account can be reactivated; deletion after that, around %2.</source>
        <translation>Désactivation dans les paramètres de X, puis %1 jours pendant lesquels le compte peut être réactivé&#x202f;; suppression ensuite, vers le %2.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Once the account is deleted, the handle %1 becomes free for anyone: an impostor can take it and speak in the authority&apos;s name.</source>
        <translation>Une fois le compte supprimé, l’identifiant %1 redevient libre pour tout le monde&#xa0;: un usurpateur peut le prendre et parler au nom de la collectivité.</translation>
    </message>
    <message>
        <source>Cost and effort</source>
        <translation>Coût et effort</translation>
    </message>
    <message>
        <source>No API cost: a few steps in X&apos;s settings, listed in the execution step.</source>
        <translation>Aucun coût d’API&#xa0;: quelques manipulations dans les paramètres de X, détaillées à l’étape d’exécution.</translation>
    </message>
    <message>
        <source>Public record</source>
        <translation>Archives publiques</translation>
    </message>
    <message>
        <source>%1 posts and %2 likes to remove through X&apos;s API, at most %3 deletions every %4 minutes: about %5 hours of automatic work, spread over several days if needed.</source>
        <translation>%1 publications et %2 «&#x202f;j’aime&#x202f;» à retirer par l’API de X, au plus %3 suppressions toutes les %4 minutes&#xa0;: environ %5 heures de travail automatique, réparties sur plusieurs jours si besoin.</translation>
    </message>
    <message>
        <source>The account stays, so nobody can take the handle %1; the bio points to the new accounts.</source>
        <translation>Le compte reste, personne ne peut donc prendre l’identifiant %1&#x202f;; la bio renvoie vers les nouveaux comptes.</translation>
    </message>
    <message>
        <source>Once the account is deleted, its handle becomes free for anyone: an impostor can take it and speak in the authority&apos;s name.</source>
        <translation>Une fois le compte supprimé, son identifiant redevient libre pour tout le monde&#xa0;: un usurpateur peut le prendre et parler au nom de la collectivité.</translation>
    </message>
    <message>
        <source>Every post and like is removed through X&apos;s API, at most %1 deletions every %2 minutes. Import the X archive in step 2 to know how long it will take.</source>
        <translation>Chaque publication et chaque «&#x202f;j’aime&#x202f;» sont retirés par l’API de X, au plus %1 suppressions toutes les %2 minutes. Importez l’archive X à l’étape 2 pour savoir combien de temps cela prendra.</translation>
    </message>
    <message>
        <source>The account stays, so nobody can take its handle; the bio points to the new accounts.</source>
        <translation>Le compte reste, personne ne peut donc prendre son identifiant&#x202f;; la bio renvoie vers les nouveaux comptes.</translation>
    </message>
    <message>
        <source>%1 dollar per request (X&apos;s pay-per-use pricing; check the current price): the total is known once the X archive is imported in step 2. Needs an X developer account.</source>
        <translation>%1 dollar la requête (tarif à l’usage de X&#x202f;; vérifiez le prix en vigueur)&#xa0;: le total sera connu une fois l’archive X importée à l’étape 2. Nécessite un compte développeur X.</translation>
    </message>
    <message>
        <source>About %1 US dollars at %2 dollar per request (X&apos;s pay-per-use pricing; check the current price). Needs an X developer account.</source>
        <translation>Environ %1 dollars américains à %2 dollar la requête (tarif à l’usage de X&#x202f;; vérifiez le prix en vigueur). Nécessite un compte développeur X.</translation>
    </message>
    <message>
        <source>Immediate: a farewell post pinned at the top, the bio pointing to the new accounts, no more publishing.</source>
        <translation>Immédiat&#xa0;: un message d’au revoir épinglé en tête, la bio renvoyant vers les nouveaux comptes, plus aucune publication.</translation>
    </message>
    <message>
        <source>The account stays, so nobody can take the handle %1.</source>
        <translation>Le compte reste, personne ne peut donc prendre l’identifiant %1.</translation>
    </message>
    <message>
        <source>The account stays, so nobody can take its handle.</source>
        <translation>Le compte reste, personne ne peut donc prendre son identifiant.</translation>
    </message>
    <message>
        <source>No cost. The account can still serve for crisis communication; someone must keep its credentials and watch its mentions.</source>
        <translation>Aucun coût. Le compte peut encore servir en communication de crise&#x202f;; quelqu’un doit garder ses identifiants et surveiller ses mentions.</translation>
    </message>
    <message>
        <source>Nothing is destroyed: the posts stay online on X. Keep an archive of record all the same.</source>
        <translation>Rien n’est détruit&#xa0;: les publications restent en ligne sur X. Constituez tout de même une archive probante.</translation>
    </message>
    <message>
        <source>Choose one of the three strategies.</source>
        <translation>Choisissez l’une des trois stratégies.</translation>
    </message>
    <message>
        <source>Say who validated the decision.</source>
        <translation>Indiquez qui a validé la décision.</translation>
    </message>
    <message>
        <source>Write down why this strategy was chosen.</source>
        <translation>Indiquez pourquoi cette stratégie a été choisie.</translation>
    </message>
    <message>
        <source>Choose what to do with each of the other accounts.</source>
        <translation>Choisissez le sort de chacun des autres comptes.</translation>
    </message>
</context>
<context>
    <name>execution</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Once the X account is connected, « Publish on X… » posts the farewell text of step 6 (at most once) and ticks this task with the post&apos;s address.</source>
        <extracomment>A sentence under some items (marked for translation in context &quot;execution&quot;): how the task is done.</extracomment>
        <translation>Une fois le compte X connecté, «&#x202f;Publier sur X…&#x202f;» publie le message d’au revoir de l’étape 6 (une seule fois) et coche cette tâche avec l’adresse du message.</translation>
    </message>
    <message>
        <source>To do by hand: X&apos;s API cannot pin a post. On x.com, open the post&apos;s « … » menu and choose « Pin to your profile ».</source>
        <translation>À faire à la main&#xa0;: l’API de X ne permet pas d’épingler un message. Sur x.com, ouvrez le menu du message (les trois points) et choisissez «&#x202f;Épingler à votre profil&#x202f;».</translation>
    </message>
    <message>
        <source>Check that the archive of record verifies</source>
        <translation>Vérifier l’intégrité de l’archive probante</translation>
    </message>
    <message>
        <source>Open and verify the Bluesky and Mastodon accounts</source>
        <translation>Ouvrir et certifier les comptes Bluesky et Mastodon</translation>
    </message>
    <message>
        <source>Send the press release</source>
        <translation>Envoyer le communiqué de presse</translation>
    </message>
    <message>
        <source>Publish the farewell post on X</source>
        <translation>Publier le message d’au revoir sur X</translation>
    </message>
    <message>
        <source>Pin the farewell post</source>
        <translation>Épingler le message d’au revoir</translation>
    </message>
    <message>
        <source>Update the bio to point to the new accounts</source>
        <translation>Modifier la bio pour renvoyer vers les nouveaux comptes</translation>
    </message>
    <message>
        <source>Keep the credentials and the recovery e-mail with a named person</source>
        <translation>Confier les identifiants et le courriel de récupération à une personne nommément désignée</translation>
    </message>
    <message>
        <source>Check mentions and impersonation attempts</source>
        <translation>Surveiller les mentions et les tentatives d’usurpation</translation>
    </message>
    <message>
        <source>Obtain the visa of the Archives départementales before deleting</source>
        <translation>Obtenir le visa des Archives départementales avant toute suppression</translation>
    </message>
    <message>
        <source>Run the deletion of the posts</source>
        <translation>Lancer la suppression des publications</translation>
    </message>
    <message>
        <source>File the deletion report with the archive of record</source>
        <translation>Joindre le rapport de suppression à l’archive probante</translation>
    </message>
    <message>
        <source>Pin the farewell post once the others are gone</source>
        <translation>Épingler le message d’au revoir une fois les autres supprimés</translation>
    </message>
    <message>
        <source>Deactivate the account in X&apos;s settings (Settings → Your account → Deactivate)</source>
        <translation>Désactiver le compte dans les paramètres de X (Paramètres → Votre compte → Désactiver)</translation>
    </message>
    <message>
        <source>End of the 30-day reactivation window: the account is deleted</source>
        <translation>Fin du délai de réactivation de 30 jours&#xa0;: le compte est supprimé</translation>
    </message>
    <message>
        <source>Check who holds the freed handle and report any impersonation</source>
        <translation>Vérifier qui détient l’identifiant libéré et signaler toute usurpation</translation>
    </message>
</context>
<context>
    <name>farewell</name>
    <message>
        <source>The farewell post is empty.</source>
        <translation>Le message d’au revoir est vide.</translation>
    </message>
    <message>
        <source>Too long for X: %1 characters for at most %2.</source>
        <translation>Trop long pour X&#xa0;: %1 caractères pour %2 au plus.</translation>
    </message>
    <message>
        <source>The farewell post is already published: %1</source>
        <translation>Le message d’au revoir est déjà publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not the address of a post on X (…/status/ followed by digits).</source>
        <translation>Ce n’est pas l’adresse d’un message sur X (…/status/ suivi de chiffres).</translation>
    </message>
    <message>
        <source>Not found on X after checking.</source>
        <translation>Introuvable sur X après vérification.</translation>
    </message>
    <message>
        <source>X did not confirm the farewell post: it may have been published. Check on %1, then say whether it is there before publishing again.</source>
        <translation>X n’a pas confirmé le message d’au revoir&#xa0;: il a peut-être été publié. Vérifiez sur %1, puis indiquez s’il y figure avant de publier à nouveau.</translation>
    </message>
    <message>
        <source>X refused the post because the account already published exactly this text. Check on X whether the farewell post is already there; to publish anyway, change the text.</source>
        <translation>X a refusé le message, car le compte a déjà publié exactement ce texte. Vérifiez sur X si le message d’au revoir y est déjà&#x202f;; pour publier malgré tout, modifiez le texte.</translation>
    </message>
    <message>
        <source>X limits the number of posts for now: wait a few minutes, then try again.</source>
        <translation>X limite le nombre de publications pour le moment&#xa0;: patientez quelques minutes, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>X limits the number of posts for now: try again in %n minute(s) (at %1).</source>
        <translation>
            <numerusform>X limite le nombre de publications pour le moment&#xa0;: réessayez dans %n minute (à %1).</numerusform>
            <numerusform>X limite le nombre de publications pour le moment&#xa0;: réessayez dans %n minutes (à %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Farewell post published: %1</source>
        <translation>Message d’au revoir publié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>inventory</name>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>WhatsApp channel</source>
        <translation>Chaîne WhatsApp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Credentials held by</source>
        <translation>Identifiants détenus par</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Double authentification</translation>
    </message>
    <message>
        <source>Recovery e-mail/phone owner</source>
        <translation>Récupération (courriel/téléphone de)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Enter the handle or the address of the account.</source>
        <translation>Indiquez l’identifiant ou l’adresse du compte.</translation>
    </message>
    <message>
        <source>The number of followers cannot be negative.</source>
        <translation>Le nombre d’abonnés ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Enter the last activity as a date.</source>
        <translation>Indiquez la dernière activité sous forme de date.</translation>
    </message>
</context>
<context>
    <name>memo</name>
    <message>
        <source>The PDF of the decision memo could not be started.</source>
        <translation>Le PDF de la note de décision n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The decision memo could not be written to %1: %2</source>
        <translation>La note de décision n’a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>networks</name>
    <message>
        <source>Too long: %1 / %2</source>
        <extracomment>What may be stored per network: public facts only (a test checks no other key sneaks in).</extracomment>
        <translation>Trop long&#xa0;: %1 / %2</translation>
    </message>
    <message>
        <source>Official website</source>
        <extracomment>Mastodon announces no side limit, only a pixel count; its own web app scales pictures to this side.</extracomment>
        <translation>Site officiel</translation>
    </message>
    <message>
        <source>New account opened with ExitPlanner</source>
        <translation>Nouveau compte ouvert avec ExitPlanner</translation>
    </message>
    <message>
        <source>%1: the profile is not applied yet.</source>
        <translation>%1&#xa0;: le profil n’est pas encore appliqué.</translation>
    </message>
    <message>
        <source>%1: the announcement is not published yet.</source>
        <translation>%1&#xa0;: l’annonce n’est pas encore publiée.</translation>
    </message>
    <message>
        <source>%1: the announcement is not pinned.</source>
        <translation>%1&#xa0;: l’annonce n’est pas épinglée.</translation>
    </message>
    <message>
        <source>Connect at least one account.</source>
        <translation>Connectez au moins un compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n follower(s)</source>
        <extracomment>The section&apos;s key per network (the same as ``steps.networks.BLUESKY_KEY`` / ``MASTODON_KEY``). The keys of a stored ``figures`` dict (public counts, never anything private).</extracomment>
        <translation>
            <numerusform>%n abonné</numerusform>
            <numerusform>%n abonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>followers unknown</source>
        <translation>nombre d’abonnés inconnu</translation>
    </message>
    <message numerus="yes">
        <source>follows %n account(s)</source>
        <translation>
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message>
        <source>follows unknown</source>
        <translation>nombre d’abonnements inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message>
        <source>posts unknown</source>
        <translation>nombre de publications inconnu</translation>
    </message>
    <message>
        <source>✓ Verified: %1</source>
        <translation>✓ Vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Verification unknown.</source>
        <translation>Vérification inconnue.</translation>
    </message>
    <message>
        <source>This server does not count followers (only Bluesky&apos;s network-wide index does): the number is unknown, not zero.</source>
        <translation>Ce serveur ne compte pas les abonnés (seul l’index de tout le réseau Bluesky le fait)&#xa0;: leur nombre est inconnu, pas nul.</translation>
    </message>
    <message>
        <source>Read on %1 at %2.</source>
        <translation>Relevé le %1 à %2.</translation>
    </message>
</context>
<context>
    <name>oserrors</name>
    <message>
        <source>you are not allowed to read this file</source>
        <translation>vous n’avez pas le droit de lire ce fichier</translation>
    </message>
    <message>
        <source>the file does not exist (any more)</source>
        <translation>le fichier n’existe pas (ou plus)</translation>
    </message>
    <message>
        <source>you are not allowed to write there, or the file is open in another program</source>
        <translation>vous n’avez pas le droit d’écrire à cet endroit, ou le fichier est ouvert dans un autre programme</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder does not exist (any more)</source>
        <translation>le dossier n’existe pas (ou plus)</translation>
    </message>
    <message>
        <source>a folder has this name</source>
        <translation>un dossier porte ce nom</translation>
    </message>
</context>
<context>
    <name>press</name>
    <message>
        <source>There is no press release template named “%1”.</source>
        <translation>Aucun modèle de communiqué ne s’appelle «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The template “%1” cannot be used: %2</source>
        <translation>Le modèle «&#x202f;%1&#x202f;» est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The template “%1” has an error on line %3: %2</source>
        <translation>Le modèle «&#x202f;%1&#x202f;» contient une erreur à la ligne %3&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d’écrire «&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>«&#x202f;%1&#x202f;» n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>No strategy has been recorded at the decision step yet: the text assumes the X account is put to sleep (kept but no longer used).</source>
        <translation>Aucune stratégie n’a encore été enregistrée à l’étape Décision&#xa0;: le texte suppose que le compte X est mis en sommeil (conservé mais plus alimenté).</translation>
    </message>
    <message>
        <source>There is no text yet.</source>
        <extracomment>Keys of ``plan.sections[&quot;press&quot;]`` that mean the user did something on the page.</extracomment>
        <translation>Il n’y a pas encore de texte.</translation>
    </message>
    <message>
        <source>Export the release or mark the text as final.</source>
        <translation>Exportez le communiqué ou indiquez que le texte est définitif.</translation>
    </message>
    <message>
        <source>The place is too long (%1 characters at most).</source>
        <translation>Le lieu est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>The date stored in the plan cannot be read; pick the date again.</source>
        <translation>La date enregistrée dans le plan est illisible&#x202f;; choisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>The address of the web page</source>
        <translation>L’adresse de la page web</translation>
    </message>
    <message>
        <source>The address of the newsletter</source>
        <translation>L’adresse de la lettre d’information</translation>
    </message>
    <message>
        <source>%1 is not valid: write it like www.ville.fr/quitter-x (it stays out of the release until then).</source>
        <translation>%1 n’est pas valide&#xa0;: écrivez-la comme www.ville.fr/quitter-x (elle n’apparaît pas dans le communiqué d’ici là).</translation>
    </message>
    <message>
        <source>The departure is more than a year after the release: check the year.</source>
        <translation>Le départ a lieu plus d’un an après le communiqué&#xa0;: vérifiez l’année.</translation>
    </message>
    <message>
        <source>only .j2 and .txt files can be imported.</source>
        <extracomment>A communiqué template is a few kilobytes; anything far bigger is not one. A rendered release is a few thousand characters.</extracomment>
        <translation>seuls les fichiers .j2 et .txt peuvent être importés.</translation>
    </message>
    <message>
        <source>this is not a regular file.</source>
        <translation>ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>the file is too large (%1 kB at most).</source>
        <translation>le fichier est trop volumineux (%1 ko au plus).</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8 in your text editor).</source>
        <translation>le fichier n’est pas du texte UTF-8 (enregistrez-le en UTF-8 dans votre éditeur de texte).</translation>
    </message>
    <message>
        <source>the file contains control characters; it does not look like a text template.</source>
        <translation>le fichier contient des caractères de contrôle&#x202f;; ce n’est pas un modèle texte.</translation>
    </message>
    <message>
        <source>error on line %1: %2</source>
        <translation>erreur à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the name “%1” does not exist (a typo?)</source>
        <translation>le nom «&#x202f;%1&#x202f;» n’existe pas (une faute de frappe&#x202f;?)</translation>
    </message>
    <message>
        <source>“%1” does not exist here (a typo?)</source>
        <translation>«&#x202f;%1&#x202f;» n’existe pas ici (une faute de frappe&#x202f;?)</translation>
    </message>
    <message>
        <source>there is no filter named “%1”</source>
        <translation>il n’existe pas de filtre «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>unknown tag “%1”</source>
        <translation>balise «&#x202f;%1&#x202f;» inconnue</translation>
    </message>
    <message>
        <source>the template ends before the “%1” block is closed</source>
        <translation>le modèle se termine avant la fermeture du bloc «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>“%1” cannot be used in a template (protected)</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas être utilisé dans un modèle (protégé)</translation>
    </message>
    <message>
        <source>a calculation gives a result far too large</source>
        <translation>un calcul donne un résultat beaucoup trop grand</translation>
    </message>
    <message>
        <source>the template takes far too long to run (a loop that never ends?)</source>
        <translation>le modèle met beaucoup trop de temps à s’exécuter (une boucle sans fin&#x202f;?)</translation>
    </message>
    <message>
        <source>the text produced is far too long (a loop that never ends?)</source>
        <translation>le texte produit est beaucoup trop long (une boucle sans fin&#x202f;?)</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>Lack of moderation</source>
        <translation>Absence de modération</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>Discours de haine</translation>
    </message>
    <message>
        <source>Disinformation</source>
        <translation>Désinformation</translation>
    </message>
    <message>
        <source>Algorithmic amplification</source>
        <translation>Amplification algorithmique</translation>
    </message>
    <message>
        <source>The owner&apos;s political role</source>
        <translation>Rôle politique du propriétaire</translation>
    </message>
    <message>
        <source>Non-compliance with the EU Digital Services Act</source>
        <translation>Non-respect du règlement européen sur les services numériques (DSA)</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Harcèlement</translation>
    </message>
</context>
<context>
    <name>record</name>
    <message>
        <source>Import the X archive in step 2 first.</source>
        <translation>Importez d’abord l’archive X à l’étape 2.</translation>
    </message>
    <message>
        <source>Build the archive of record.</source>
        <translation>Constituez l’archive de référence.</translation>
    </message>
    <message>
        <source>The archive of record is of another account than the imported X archive: build it again.</source>
        <translation>L’archive de référence est celle d’un autre compte que l’archive X importée&#xa0;: constituez-la de nouveau.</translation>
    </message>
    <message>
        <source>The last verification found problems: restore the folder or build it again.</source>
        <translation>La dernière vérification a trouvé des problèmes&#xa0;: restaurez le dossier ou constituez-le de nouveau.</translation>
    </message>
    <message>
        <source>Verify the archive of record.</source>
        <translation>Vérifiez l’archive de référence.</translation>
    </message>
    <message>
        <source>Enter the visa of the Archives départementales (date and reference) once you have it: it is needed before deleting anything.</source>
        <translation>Saisissez le visa des Archives départementales (date et référence) dès que vous l’avez&#xa0;: il est nécessaire avant toute suppression.</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Authority</source>
        <translation>Collectivité</translation>
    </message>
    <message>
        <source>Inventory and audit</source>
        <translation>Inventaire et audit</translation>
    </message>
    <message>
        <source>Archive of record</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>New accounts</source>
        <translation>Nouveaux comptes</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Communiqué de presse</translation>
    </message>
    <message>
        <source>Execution and follow-up</source>
        <translation>Exécution et suivi</translation>
    </message>
    <message>
        <source>Who is leaving X: the authority, its website, its press contact and its elected head.</source>
        <translation>Qui quitte X&#xa0;: la collectivité, son site, son contact presse et l’élu·e qui la préside.</translation>
    </message>
    <message>
        <source>Every account of the authority on every network, who holds it and what to do with it.</source>
        <translation>Tous les comptes de la collectivité sur tous les réseaux, qui les détient et qu’en faire.</translation>
    </message>
    <message>
        <source>Before anything is deleted: a verifiable copy of every post that the archives service can take as it is (BagIt folder, HTML copy, CSV and JSON, accompanying note), and the visa of the Archives départementales.</source>
        <translation>Avant toute suppression&#xa0;: une copie vérifiable de chaque publication, que le service d’archives peut prendre telle quelle (dossier BagIt, copie HTML, CSV et JSON, note d’accompagnement), et le visa des Archives départementales.</translation>
    </message>
    <message>
        <source>Delete the account, delete only the posts or leave the account dormant: the consequences of each option side by side, and the choice recorded with its date, who validated it and why.</source>
        <translation>Supprimer le compte, supprimer seulement les publications ou mettre le compte en sommeil&#xa0;: les conséquences de chaque option côte à côte, et le choix consigné avec sa date, qui l’a validé et pourquoi.</translation>
    </message>
    <message>
        <source>Connect the Bluesky and Mastodon accounts, set up their profiles, verify them with the official website and compose the first post.</source>
        <translation>Connecter les comptes Bluesky et Mastodon, configurer leurs profils, les certifier avec le site officiel et rédiger la première publication.</translation>
    </message>
    <message>
        <source>Draft the press release from templates filled with the plan, and the short announcement posts; export PDF, ODT, DOCX and plain text.</source>
        <translation>Rédiger le communiqué de presse à partir de modèles remplis avec le plan, et les messages d’annonce courts&#x202f;; export PDF, ODT, DOCX et texte brut.</translation>
    </message>
    <message>
        <source>A checklist with dates for the chosen strategy, the X clean-up run and the decision memo for the elected officials.</source>
        <translation>La liste datée des tâches de la stratégie choisie, le nettoyage du compte X et la note de décision pour les élu·es.</translation>
    </message>
</context>
<context>
    <name>territory</name>
    <message>
        <source>municipal district</source>
        <translation>arrondissement municipal</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>department</source>
        <translation>département</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>overseas collectivity</source>
        <translation>collectivité d’outre-mer</translation>
    </message>
    <message>
        <source>The list of authorities shipped with the app cannot be read; reinstall it.</source>
        <translation>La liste des collectivités fournie avec l’application est illisible&#x202f;; réinstallez l’application.</translation>
    </message>
    <message>
        <source>No French authority matches “%1”.</source>
        <translation>Aucune collectivité française ne correspond à «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
</TS>
