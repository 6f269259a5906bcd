<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Tenancy::AiConfigurationManager</name>
    <message>
        <source>the %1 tier cannot enable %2</source>
        <translation>l&apos;offre %1 ne peut pas activer %2</translation>
    </message>
    <message>
        <source>the %1 tier cannot enable %2; the %3 tier or above can</source>
        <translation>l&apos;offre %1 ne peut pas activer %2&#xa0;; l&apos;offre %3 ou une offre supérieure le peut</translation>
    </message>
    <message>
        <source>%1 is above the %2 tier&apos;s bound of %3; only a higher tier can raise it</source>
        <translation>%1 dépasse la limite de l&apos;offre %2, qui est de %3&#xa0;; seule une offre supérieure peut la relever</translation>
    </message>
    <message>
        <source>custom models</source>
        <translation>modèles personnalisés</translation>
    </message>
    <message>
        <source>fine-tuned models</source>
        <translation>modèles affinés</translation>
    </message>
</context>
<context>
    <name>Tenancy::BurstDetector</name>
    <message>
        <source>%1 failed sign-ins between %2 and %3 UTC, against a median of %4 an hour over the %5 hours before (robust z-score %6, threshold %7)</source>
        <translation>%1 échecs de connexion entre %2 et %3 UTC, pour une médiane de %4 par heure sur les %5 heures précédentes (z-score robuste %6, seuil %7)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span such as 30m, 1h, 24h, 7d or 2w</source>
        <translation>&quot;%1&quot; n&apos;est pas une durée telle que 30m, 1h, 24h, 7d ou 2w</translation>
    </message>
</context>
<context>
    <name>Tenancy::Catalog</name>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be a three-letter ISO 4217 code</source>
        <translation>&quot;currency&quot; doit être un code ISO 4217 à trois lettres</translation>
    </message>
    <message>
        <source>&quot;base_configuration&quot; must be an object</source>
        <translation>&quot;base_configuration&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;tiers&quot; must be a non-empty array</source>
        <translation>&quot;tiers&quot; doit être un tableau non vide</translation>
    </message>
    <message>
        <source>tiers[%1]</source>
        <translation>tiers[%1]</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a lowercase identifier</source>
        <translation>&quot;name&quot; doit être un identifiant en minuscules</translation>
    </message>
    <message>
        <source>duplicate tier name &quot;%1&quot;</source>
        <translation>nom d&apos;offre &quot;%1&quot; en double</translation>
    </message>
    <message>
        <source>&quot;display_name&quot; is missing</source>
        <translation>&quot;display_name&quot; est manquant</translation>
    </message>
    <message>
        <source>&quot;limits.%1&quot; must be a non-negative integer or &quot;unlimited&quot;</source>
        <translation>&quot;limits.%1&quot; doit être un entier positif ou nul, ou &quot;unlimited&quot;</translation>
    </message>
    <message>
        <source>&quot;support_level&quot; must be an identifier</source>
        <translation>&quot;support_level&quot; doit être un identifiant</translation>
    </message>
    <message>
        <source>&quot;sla_percent&quot; must be a number above 0 and at most 100</source>
        <translation>&quot;sla_percent&quot; doit être un nombre supérieur à 0 et inférieur ou égal à 100</translation>
    </message>
    <message>
        <source>&quot;infrastructure&quot; must be an identifier</source>
        <translation>&quot;infrastructure&quot; doit être un identifiant</translation>
    </message>
    <message>
        <source>&quot;default_isolation&quot; must be shared, schema, database or cluster</source>
        <translation>&quot;default_isolation&quot; doit valoir shared, schema, database ou cluster</translation>
    </message>
    <message>
        <source>&quot;monthly_price_minor&quot; must be a non-negative integer (minor units) or null for quote-only</source>
        <translation>&quot;monthly_price_minor&quot; doit être un entier positif ou nul (en unités monétaires mineures) ou null pour un prix sur devis</translation>
    </message>
    <message>
        <source>&quot;features&quot; must be an array of strings</source>
        <translation>&quot;features&quot; doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; must be an object</source>
        <translation>&quot;configuration&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty array</source>
        <translation>&quot;regions&quot; doit être un tableau non vide</translation>
    </message>
    <message>
        <source>regions[%1]: needs an id like &quot;us-east-1&quot;, a display_name and a two-letter jurisdiction</source>
        <translation>regions[%1]&#xa0;: il faut un identifiant comme &quot;us-east-1&quot;, un display_name et une juridiction (jurisdiction) à deux lettres</translation>
    </message>
    <message>
        <source>regions[%1]: duplicate id &quot;%2&quot;</source>
        <translation>regions[%1]&#xa0;: identifiant &quot;%2&quot; en double</translation>
    </message>
    <message>
        <source>&quot;default_region&quot; must name one of the regions</source>
        <translation>&quot;default_region&quot; doit désigner l&apos;une des régions</translation>
    </message>
    <message>
        <source>&quot;industries&quot; must be a non-empty array</source>
        <translation>&quot;industries&quot; doit être un tableau non vide</translation>
    </message>
    <message>
        <source>industries[%1]: needs an id and a display_name</source>
        <translation>industries[%1]&#xa0;: il faut un identifiant et un display_name</translation>
    </message>
    <message>
        <source>&quot;frameworks&quot; must be a non-empty array</source>
        <translation>&quot;frameworks&quot; doit être un tableau non vide</translation>
    </message>
    <message>
        <source>frameworks[%1]: needs an uppercase id and a display_name</source>
        <translation>frameworks[%1]&#xa0;: il faut un identifiant en majuscules et un display_name</translation>
    </message>
    <message>
        <source>&quot;trial_days&quot; must be a whole number of days from 0 to 365</source>
        <translation>&quot;trial_days&quot; doit être un nombre entier de jours compris entre 0 et 365</translation>
    </message>
    <message>
        <source>&quot;subscription_term_months&quot; must be a whole number of months from 1 to 60</source>
        <translation>&quot;subscription_term_months&quot; doit être un nombre entier de mois compris entre 1 et 60</translation>
    </message>
    <message>
        <source>&quot;ai_limits.%1&quot; must be a non-negative integer or &quot;unlimited&quot;</source>
        <translation>&quot;ai_limits.%1&quot; doit être un entier positif ou nul, ou &quot;unlimited&quot;</translation>
    </message>
    <message>
        <source>&quot;ai_limits.models&quot; holds &quot;%1&quot;; the models are %2</source>
        <translation>&quot;ai_limits.models&quot; contient &quot;%1&quot;&#xa0;; les modèles connus sont %2</translation>
    </message>
    <message>
        <source>&quot;ai_limits.models&quot; must be an array of model names</source>
        <translation>&quot;ai_limits.models&quot; doit être un tableau de noms de modèles</translation>
    </message>
</context>
<context>
    <name>Tenancy::ClusterOrchestrator</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the orchestrator at %1 did not answer %2: %3</source>
        <translation>l&apos;orchestrateur à %1 n&apos;a pas répondu (requête&#xa0;: %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>the orchestrator at %1 refused %2 (HTTP %3)</source>
        <translation>l&apos;orchestrateur à %1 a refusé (requête&#xa0;: %2, HTTP %3)</translation>
    </message>
    <message>
        <source>the orchestrator at %1 refused %2 (HTTP %3): %4</source>
        <translation>l&apos;orchestrateur à %1 a refusé (requête&#xa0;: %2, HTTP %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>cluster isolation needs an orchestrator, and none is configured (an admin sets it: tenancyctl settings set orchestrator.url URL)</source>
        <translation>l&apos;isolation par cluster nécessite un orchestrateur, et aucun n&apos;est configuré (un admin le définit&#xa0;: tenancyctl settings set orchestrator.url URL)</translation>
    </message>
    <message>
        <source>cluster %1 at %2</source>
        <translation>cluster %1 à %2</translation>
    </message>
    <message>
        <source>the orchestrator at %1 has no cluster for %2 any more</source>
        <translation>l&apos;orchestrateur à %1 n&apos;a plus de cluster pour %2</translation>
    </message>
    <message>
        <source>the orchestrator reports the cluster of %1 failed</source>
        <translation>l&apos;orchestrateur signale l&apos;échec du cluster de %1</translation>
    </message>
    <message>
        <source>the orchestrator reports the cluster of %1 failed: %2</source>
        <translation>l&apos;orchestrateur signale l&apos;échec du cluster de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the status of cluster %1</source>
        <translation>état du cluster %1</translation>
    </message>
    <message>
        <source>the cluster of %1 was not gone within %2 s (last: %3)</source>
        <translation>le cluster de %1 n&apos;avait pas disparu au bout de %2 s (dernier état&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the cluster of %1 was not ready within %2 s (last: %3)</source>
        <translation>le cluster de %1 n&apos;était pas prêt au bout de %2 s (dernier état&#xa0;: %3)</translation>
    </message>
    <message>
        <source>the cluster for %1</source>
        <translation>cluster pour %1</translation>
    </message>
    <message>
        <source>removing the cluster of %1</source>
        <translation>suppression du cluster de %1</translation>
    </message>
    <message>
        <source>the %1 of cluster %2</source>
        <translation>%1 du cluster %2</translation>
    </message>
    <message>
        <source>removing the %1 of cluster %2</source>
        <translation>suppression de %1 du cluster %2</translation>
    </message>
    <message>
        <source>the health check %1 did not answer: %2</source>
        <translation>le contrôle de santé %1 n&apos;a pas répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>the health check %1 answered HTTP %2</source>
        <translation>le contrôle de santé %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>the health check %1 answered HTTP %2: %3</source>
        <translation>le contrôle de santé %1 a répondu HTTP %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Tenancy::ConfigEngine</name>
    <message>
        <source>%1: no template for the %2 tier (%3.json)</source>
        <translation>%1&#xa0;: aucun modèle pour l’offre %2 (%3.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>the stored configuration is not a JSON object (%1)</source>
        <translation>la configuration enregistrée n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>no template for the %1 tier</source>
        <translation>aucun modèle pour l’offre %1</translation>
    </message>
    <message>
        <source>the rendered template is not a JSON object: %1 (line %2, column %3 of the output)</source>
        <translation>le modèle rendu n’est pas un objet JSON&#xa0;: %1 (ligne %2, colonne %3 de la sortie)</translation>
    </message>
    <message>
        <source>the document is for the %1 tier; the tenant is on the %2 tier</source>
        <translation>le document concerne l’offre %1&#xa0;; le locataire relève de l’offre %2</translation>
    </message>
    <message>
        <source>the document is for tenant &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>le document concerne le locataire &quot;%1&quot;, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not JSON once rendered: %1</source>
        <translation>une fois rendu, ce n’est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>un modèle doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path (names separated by dots, such as limits.max_users)</source>
        <translation>&quot;%1&quot; n’est pas un chemin (des noms séparés par des points, par exemple limits.max_users)</translation>
    </message>
    <message>
        <source>unknown path &quot;%1&quot;</source>
        <translation>chemin &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>unknown path &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>chemin &quot;%1&quot; inconnu&#xa0;; vouliez-vous dire &quot;%2&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>overrides chosen at creation</source>
        <translation>surcharges choisies à la création</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the configuration would not be valid</source>
        <translation>la configuration ne serait pas valide</translation>
    </message>
    <message>
        <source>the overrides are not valid</source>
        <translation>les surcharges ne sont pas valides</translation>
    </message>
</context>
<context>
    <name>Tenancy::ConfigTemplate</name>
    <message>
        <source>placeholder outside a JSON string</source>
        <translation>espace réservé en dehors d’une chaîne JSON</translation>
    </message>
    <message>
        <source>placeholder inside a JSON escape sequence</source>
        <translation>espace réservé à l’intérieur d’une séquence d’échappement JSON</translation>
    </message>
    <message>
        <source>statements ({% … %}) are not allowed in a configuration template</source>
        <translation>les instructions ({% … %}) ne sont pas autorisées dans un modèle de configuration</translation>
    </message>
    <message>
        <source>comments ({# … #}) are not allowed in a configuration template</source>
        <translation>les commentaires ({# … #}) ne sont pas autorisés dans un modèle de configuration</translation>
    </message>
    <message>
        <source>unterminated placeholder: &quot;}}&quot; is missing</source>
        <translation>espace réservé non fermé&#xa0;: &quot;}}&quot; manquant</translation>
    </message>
    <message>
        <source>empty placeholder</source>
        <translation>espace réservé vide</translation>
    </message>
    <message>
        <source>expected a variable name or a function call, found %1</source>
        <translation>nom de variable ou appel de fonction attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;; the functions are %2</source>
        <translation>fonction &quot;%1&quot; inconnue&#xa0;; les fonctions disponibles sont %2</translation>
    </message>
    <message>
        <source>%1() takes no arguments</source>
        <translation>%1() ne prend aucun argument</translation>
    </message>
    <message>
        <source>%1 is a function: write %1()</source>
        <translation>%1 est une fonction&#xa0;: écrivez %1()</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is reserved by Jinja2 and cannot be a variable</source>
        <translation>le nom &quot;%1&quot; est réservé par Jinja2 et ne peut pas être une variable</translation>
    </message>
    <message>
        <source>expected &quot;|&quot; or &quot;}}&quot;, found %1</source>
        <translation>&quot;|&quot; ou &quot;}}&quot; attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a filter name after &quot;|&quot;, found %1</source>
        <translation>nom de filtre attendu après &quot;|&quot;, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>default needs one quoted text, as in default(&quot;Acme&quot;)</source>
        <translation>default attend un seul texte entre guillemets, comme dans default(&quot;Acme&quot;)</translation>
    </message>
    <message>
        <source>the text of default() has no closing quote</source>
        <translation>le texte de default() n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>the text of default() may not contain a backslash, a double quote or a control character</source>
        <translation>le texte de default() ne doit contenir ni barre oblique inverse, ni guillemet double, ni caractère de contrôle</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 ne prend aucun argument</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;; the filters are %2</source>
        <translation>filtre &quot;%1&quot; inconnu&#xa0;; les filtres disponibles sont %2</translation>
    </message>
    <message>
        <source>no value for %1()</source>
        <translation>aucune valeur pour %1()</translation>
    </message>
    <message>
        <source>unknown variable &quot;%1&quot;</source>
        <translation>variable &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>the output is not JSON: %1 (at byte %2)</source>
        <translation>la sortie n’est pas du JSON&#xa0;: %1 (à l’octet %2)</translation>
    </message>
    <message>
        <source>the output is not a JSON object</source>
        <translation>la sortie n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Tenancy::ConfigurationRepository</name>
    <message>
        <source>configuration revision %1: column %2 cannot be read (written by another version?)</source>
        <translation>révision de configuration %1&#xa0;: la colonne %2 est illisible (écrite par une autre version&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ctl::Cli</name>
    <message>
        <source>%1: unknown role &quot;%2&quot; (known: %3)</source>
        <translation>%1&#xa0;: rôle «&#xa0;%2&#xa0;» inconnu (rôles connus&#xa0;: %3)</translation>
    </message>
    <message>
        <source>operator add: --role is required</source>
        <translation>operator add&#xa0;: --role est obligatoire</translation>
    </message>
    <message>
        <source>added operator %1 (%2)</source>
        <translation>opérateur %1 ajouté (%2)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>AJOUTÉ LE</translation>
    </message>
    <message>
        <source>ADDED BY</source>
        <translation>AJOUTÉ PAR</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 est désormais %2</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>version %1 (this program knows up to %2)</source>
        <translation>version %1 (ce programme connaît les versions jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>tenants</source>
        <translation>locataires</translation>
    </message>
    <message>
        <source>operators</source>
        <translation>opérateurs</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>lignes d&apos;audit</translation>
    </message>
    <message>
        <source>(not visible to your role)</source>
        <translation>(non visible pour votre rôle)</translation>
    </message>
    <message>
        <source>you are</source>
        <translation>vous êtes</translation>
    </message>
    <message>
        <source>database roles</source>
        <translation>rôles en base</translation>
    </message>
    <message>
        <source>initialised</source>
        <translation>initialisés</translation>
    </message>
    <message>
        <source>not initialised (tenancyctl db init-roles)</source>
        <translation>non initialisés (tenancyctl db init-roles)</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>the schema is current (version %1)</source>
        <translation>le schéma est à jour (version %1)</translation>
    </message>
    <message>
        <source>migrated to schema version %1 (applied: %2)</source>
        <translation>migration vers la version de schéma %1 effectuée (appliquées&#xa0;: %2)</translation>
    </message>
    <message>
        <source>database roles ready: %1; each operator&apos;s login is a member of its role&apos;s group</source>
        <translation>rôles de base de données prêts&#xa0;: %1&#xa0;; le rôle de connexion de chaque opérateur est membre du groupe de son rôle</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>db password set: only PostgreSQL connections have passwords</source>
        <translation>db password set&#xa0;: seules les connexions PostgreSQL ont un mot de passe</translation>
    </message>
    <message>
        <source>db password set: no password on standard input</source>
        <translation>db password set&#xa0;: aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the password for %1 is in the OS keychain</source>
        <translation>le mot de passe de %1 est enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>db password clear: only PostgreSQL connections have passwords</source>
        <translation>db password clear&#xa0;: seules les connexions PostgreSQL ont un mot de passe</translation>
    </message>
    <message>
        <source>no password for %1 is kept in the OS keychain</source>
        <translation>aucun mot de passe pour %1 n&apos;est enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Register an operator with a role (admin only). On PostgreSQL the login joins the role&apos;s database group.</source>
        <translation>Enregistrer un opérateur avec un rôle (admin uniquement). Sous PostgreSQL, son rôle de connexion rejoint le groupe de base de données du rôle.</translation>
    </message>
    <message>
        <source>support, compliance, sales, auditor or admin</source>
        <translation>support, compliance, sales, auditor ou admin</translation>
    </message>
    <message>
        <source>List operators and their roles.</source>
        <translation>Lister les opérateurs et leurs rôles.</translation>
    </message>
    <message>
        <source>Change an operator&apos;s role (admin only).</source>
        <translation>Changer le rôle d&apos;un opérateur (admin uniquement).</translation>
    </message>
    <message>
        <source>Show the database, its schema version and who you are in it.</source>
        <translation>Afficher la base de données, sa version de schéma et votre identité dans celle-ci.</translation>
    </message>
    <message>
        <source>Bring the schema up to date (also done whenever a database is opened); a newer schema is refused untouched.</source>
        <translation>Mettre le schéma à jour (ce qui a aussi lieu à chaque ouverture d&apos;une base de données)&#xa0;; un schéma plus récent est refusé sans être modifié.</translation>
    </message>
    <message>
        <source>PostgreSQL: create database roles with GRANTs matching the operator roles (admin only).</source>
        <translation>PostgreSQL&#xa0;: créer des rôles de base de données avec des GRANT correspondant aux rôles d&apos;opérateur (admin uniquement).</translation>
    </message>
    <message>
        <source>PostgreSQL: read the login&apos;s password from standard input and keep it in the OS keychain.</source>
        <translation>PostgreSQL&#xa0;: lire le mot de passe du rôle de connexion sur l&apos;entrée standard et l&apos;enregistrer dans le trousseau du système.</translation>
    </message>
    <message>
        <source>PostgreSQL: remove the login&apos;s password from the OS keychain.</source>
        <translation>PostgreSQL&#xa0;: supprimer du trousseau du système le mot de passe du rôle de connexion.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>OFFRE</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>UTILISATEURS</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>STOCKAGE</translation>
    </message>
    <message>
        <source>AI SESSIONS/MO</source>
        <translation>SESSIONS IA/MOIS</translation>
    </message>
    <message>
        <source>API REQ/H</source>
        <translation>REQ. API/H</translation>
    </message>
    <message>
        <source>INTEGRATIONS</source>
        <translation>INTÉGRATIONS</translation>
    </message>
    <message>
        <source>SUPPORT</source>
        <translation>SUPPORT</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>ISOLATION</source>
        <translation>ISOLATION</translation>
    </message>
    <message>
        <source>PRICE/MONTH</source>
        <translation>PRIX/MOIS</translation>
    </message>
    <message>
        <source>Storage in decimal units: 1 GB = 10^9 bytes.</source>
        <translation>Stockage en unités décimales&#xa0;: 1 GB = 10^9 octets.</translation>
    </message>
    <message>
        <source>List the tier catalog: limits, support, SLA, isolation, price.</source>
        <translation>Lister le catalogue des offres&#xa0;: limites, support, SLA, isolation, prix.</translation>
    </message>
    <message>
        <source>Usage: tenancyctl [--db URL] [--as OPERATOR] [--json] COMMAND [options]</source>
        <translation>Utilisation&#xa0;: tenancyctl [--db URL] [--as OPÉRATEUR] [--json] COMMANDE [options]</translation>
    </message>
    <message>
        <source>Tenancy Console&apos;s command line: tenants, tiers, operators and the database.</source>
        <translation>La ligne de commande de Tenancy Console&#xa0;: locataires, offres, opérateurs et base de données.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>sqlite:///path or postgresql://user@host:port/db?sslmode=... (default: $TENANCY_DB, else the local SQLite file)</source>
        <translation>sqlite:///path ou postgresql://user@host:port/db?sslmode=... (par défaut&#xa0;: $TENANCY_DB, sinon le fichier SQLite local)</translation>
    </message>
    <message>
        <source>who is acting, on SQLite (default: $TENANCY_OPERATOR, else the OS user)</source>
        <translation>qui agit, sous SQLite (par défaut&#xa0;: $TENANCY_OPERATOR, sinon l&apos;utilisateur du système)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>sortie lisible par machine sur stdout</translation>
    </message>
    <message>
        <source>help for tenancyctl or for a command</source>
        <translation>aide de tenancyctl ou d&apos;une commande</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>la version</translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 operation failed, 2 usage, 3 not permitted, 4 not found, 5 stale version.</source>
        <translation>Code de sortie&#xa0;: 0 succès, 1 échec de l&apos;opération, 2 erreur d&apos;utilisation, 3 non autorisé, 4 introuvable, 5 version périmée.</translation>
    </message>
    <message>
        <source>Usage: tenancyctl %1 COMMAND [options]</source>
        <translation>Utilisation&#xa0;: tenancyctl %1 COMMANDE [options]</translation>
    </message>
    <message>
        <source>--db needs a URL</source>
        <translation>--db attend une URL</translation>
    </message>
    <message>
        <source>--as needs an operator name</source>
        <translation>--as attend un nom d&apos;opérateur</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see tenancyctl %2 --help)</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue (voir tenancyctl %2 --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see tenancyctl --help)</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue (voir tenancyctl --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation>%1&#xa0;: argument %2 manquant</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1&#xa0;: argument «&#xa0;%2&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>no password from the keychain: %1</source>
        <translation>impossible d&apos;obtenir le mot de passe depuis le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>offre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>conformité</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé le</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>modifié le</translation>
    </message>
    <message>
        <source>configuration:</source>
        <translation>configuration&#xa0;:</translation>
    </message>
    <message>
        <source>tenant create: --%1 is required</source>
        <translation>tenant create&#xa0;: --%1 est obligatoire</translation>
    </message>
    <message>
        <source>created tenant %1 (%2, %3, %4)</source>
        <translation>locataire %1 créé (%2, %3, %4)</translation>
    </message>
    <message>
        <source>tenant list: unknown status &quot;%1&quot; (known: %2)</source>
        <translation>tenant list&#xa0;: statut «&#xa0;%1&#xa0;» inconnu (statuts connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>tenant list: --limit must be a number from 0 to 100000</source>
        <translation>tenant list&#xa0;: --limit doit être un nombre entre 0 et 100000</translation>
    </message>
    <message>
        <source>tenant list: --offset must be a number, 0 or more</source>
        <translation>tenant list&#xa0;: --offset doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>tenant list: unknown sort key &quot;%1&quot; (known: %2)</source>
        <translation>tenant list&#xa0;: clé de tri «&#xa0;%1&#xa0;» inconnue (clés connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>TITULAIRE</translation>
    </message>
    <message>
        <source>%1–%2 of %3 tenants; use --limit and --offset for more</source>
        <translation>%1–%2 sur %3 locataires&#xa0;; utilisez --limit et --offset pour voir la suite</translation>
    </message>
    <message>
        <source>tenant %1: --reason is required</source>
        <translation>tenant %1&#xa0;: --reason est obligatoire</translation>
    </message>
    <message>
        <source>tenant %1: --if-version must be a number, 1 or more</source>
        <translation>tenant %1&#xa0;: --if-version doit être un nombre supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>suspended tenant %1 (version %2)</source>
        <translation>locataire %1 suspendu (version %2)</translation>
    </message>
    <message>
        <source>reactivated tenant %1 (version %2)</source>
        <translation>locataire %1 réactivé (version %2)</translation>
    </message>
    <message>
        <source>tenant history: --limit must be a number from 1 to 10000</source>
        <translation>tenant history&#xa0;: --limit doit être un nombre entre 1 et 10000</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUI</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>demo: --tenants N is required</source>
        <translation>demo&#xa0;: --tenants N est obligatoire</translation>
    </message>
    <message>
        <source>demo: --tenants must be a number from 1 to %L1</source>
        <translation>demo&#xa0;: --tenants doit être un nombre entre 1 et %L1</translation>
    </message>
    <message>
        <source>demo: --seed must be a non-negative integer</source>
        <translation>demo&#xa0;: --seed doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>generating sample fleet… %1%</source>
        <translation>génération du parc de démonstration… %1&#xa0;%</translation>
    </message>
    <message>
        <source>generated %1 sample tenants (seed %2) in %3 s</source>
        <translation>%1 locataires de démonstration générés (graine %2) en %3 s</translation>
    </message>
    <message>
        <source>; %1 already existed and were left as they were</source>
        <translation>&#xa0;; %1 existaient déjà et sont restés inchangés</translation>
    </message>
    <message>
        <source>display name, 1–200 characters (required)</source>
        <translation>nom affiché, 1 à 200 caractères (obligatoire)</translation>
    </message>
    <message>
        <source>free, professional, enterprise or custom (required)</source>
        <translation>free, professional, enterprise ou custom (obligatoire)</translation>
    </message>
    <message>
        <source>owner&apos;s e-mail address (required)</source>
        <translation>adresse e-mail du titulaire (obligatoire)</translation>
    </message>
    <message>
        <source>data residency region (default: us-east-1)</source>
        <translation>région de résidence des données (par défaut&#xa0;: us-east-1)</translation>
    </message>
    <message>
        <source>industry, e.g. healthcare or finance</source>
        <translation>secteur, par ex. healthcare ou finance</translation>
    </message>
    <message>
        <source>comma-separated frameworks, e.g. SOC2,GDPR</source>
        <translation>référentiels séparés par des virgules, par ex. SOC2,GDPR</translation>
    </message>
    <message>
        <source>List tenants, filtered, sorted and paged.</source>
        <translation>Lister les locataires, avec filtrage, tri et pagination.</translation>
    </message>
    <message>
        <source>only this tier</source>
        <translation>uniquement cette offre</translation>
    </message>
    <message>
        <source>only this status (pending, active, suspended, …)</source>
        <translation>uniquement ce statut (pending, active, suspended, …)</translation>
    </message>
    <message>
        <source>only this region</source>
        <translation>uniquement cette région</translation>
    </message>
    <message>
        <source>text in the id, name or owner e-mail (any case)</source>
        <translation>texte dans l&apos;identifiant, le nom ou l&apos;e-mail du titulaire (sans distinction de casse)</translation>
    </message>
    <message>
        <source>at most N tenants (default 50)</source>
        <translation>au plus N locataires (50 par défaut)</translation>
    </message>
    <message>
        <source>skip the first N</source>
        <translation>ignorer les N premiers</translation>
    </message>
    <message>
        <source>name, id, tier, status, region, owner, created or updated</source>
        <translation>name, id, tier, status, region, owner, created ou updated</translation>
    </message>
    <message>
        <source>sort descending</source>
        <translation>tri décroissant</translation>
    </message>
    <message>
        <source>Show one tenant with its configuration.</source>
        <translation>Afficher un locataire avec sa configuration.</translation>
    </message>
    <message>
        <source>why (required; goes to the audit log)</source>
        <translation>motif (obligatoire&#xa0;; consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>only if the tenant is still at version N (default: the version read now)</source>
        <translation>uniquement si le locataire est toujours à la version N (par défaut&#xa0;: la version lue maintenant)</translation>
    </message>
    <message>
        <source>Suspend an active tenant.</source>
        <translation>Suspendre un locataire actif.</translation>
    </message>
    <message>
        <source>Reactivate a suspended tenant.</source>
        <translation>Réactiver un locataire suspendu.</translation>
    </message>
    <message>
        <source>Show a tenant&apos;s recent changes from the audit log.</source>
        <translation>Afficher les modifications récentes d&apos;un locataire d&apos;après le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>at most N entries (default 20)</source>
        <translation>au plus N entrées (20 par défaut)</translation>
    </message>
    <message>
        <source>Generate a deterministic sample fleet of tenants.</source>
        <translation>Générer un parc de démonstration déterministe de locataires.</translation>
    </message>
    <message>
        <source>how many tenants (required)</source>
        <translation>nombre de locataires (obligatoire)</translation>
    </message>
    <message>
        <source>seed; the same seed gives the same fleet (default 1)</source>
        <translation>graine&#xa0;; la même graine produit le même parc (1 par défaut)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; before the command (see tenancyctl --help)</source>
        <translation>option inconnue « %1 » avant la commande (voir tenancyctl --help)</translation>
    </message>
    <message>
        <source>a command is needed (see tenancyctl --help)</source>
        <translation>une commande est nécessaire (voir tenancyctl --help)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command (see tenancyctl %1 --help)</source>
        <translation>« %1 » attend une commande (voir tenancyctl %1 --help)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>--%1 must be a version number, 1 or more</source>
        <translation>--%1 doit être un numéro de version supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>%1: configuration revision %2 (tenant version %3)</source>
        <translation>%1&#xa0;: révision de configuration %2 (version du locataire %3)</translation>
    </message>
    <message>
        <source>dry run: nothing was written (it would be revision %1)</source>
        <translation>simulation&#xa0;: rien n’a été écrit (ce serait la révision %1)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>SAVED</source>
        <translation>ENREGISTRÉ</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>--var &quot;%1&quot; is not NAME=VALUE</source>
        <translation>--var &quot;%1&quot; n’est pas de la forme NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1&#xa0;: valide</translation>
    </message>
    <message>
        <source>%1: revision %2, template %3 %4</source>
        <translation>%1&#xa0;: révision %2, modèle %3 %4</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>DÉFINI PAR</translation>
    </message>
    <message>
        <source>tenant apply: give --template or --file, not both</source>
        <translation>tenant apply&#xa0;: indiquez --template ou --file, pas les deux</translation>
    </message>
    <message>
        <source>tenant rollback: --to-revision N is required</source>
        <translation>tenant rollback&#xa0;: --to-revision N est obligatoire</translation>
    </message>
    <message>
        <source>tenant rollback: --to-revision must be 0 or more</source>
        <translation>tenant rollback&#xa0;: --to-revision doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>tenant rollback: --reason is required (or --dry-run)</source>
        <translation>tenant rollback&#xa0;: --reason est obligatoire (ou --dry-run)</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>RÉV</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>OVERRIDES</source>
        <translation>SURCHARGES</translation>
    </message>
    <message>
        <source>List configuration templates: shipped ones and saved versions.</source>
        <translation>Lister les modèles de configuration&#xa0;: ceux fournis et les versions enregistrées.</translation>
    </message>
    <message>
        <source>Print a template&apos;s text.</source>
        <translation>Afficher le texte d’un modèle.</translation>
    </message>
    <message>
        <source>Render a template (for a tenant, or sample values) and print the JSON.</source>
        <translation>Rendre un modèle (pour un locataire ou avec des valeurs d’exemple) et afficher le JSON.</translation>
    </message>
    <message>
        <source>render with this tenant&apos;s values</source>
        <translation>rendre avec les valeurs de ce locataire</translation>
    </message>
    <message>
        <source>a variable&apos;s value (repeatable)</source>
        <translation>la valeur d’une variable (répétable)</translation>
    </message>
    <message>
        <source>an override, e.g. limits.max_users=50 (repeatable)</source>
        <translation>une surcharge, par ex. limits.max_users=50 (répétable)</translation>
    </message>
    <message>
        <source>Check a template file: FILE:LINE:COL: message for each problem; exit status 1 if any.</source>
        <translation>Vérifier un fichier de modèle&#xa0;: FICHIER:LIGNE:COL: message pour chaque problème&#xa0;; code de sortie 1 s’il y en a.</translation>
    </message>
    <message>
        <source>Print a tenant&apos;s effective configuration.</source>
        <translation>Afficher la configuration effective d’un locataire.</translation>
    </message>
    <message>
        <source>say for every value which layer set it: tier_default, template, override or edit</source>
        <translation>indiquer pour chaque valeur la couche qui l’a définie&#xa0;: tier_default, template, override ou edit</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>afficher ce qui changerait&#xa0;; ne rien écrire</translation>
    </message>
    <message>
        <source>Apply a template and/or overrides to a tenant&apos;s configuration as a new revision, showing the changes.</source>
        <translation>Appliquer un modèle et/ou des surcharges à la configuration d’un locataire sous forme de nouvelle révision, en affichant les modifications.</translation>
    </message>
    <message>
        <source>a library template</source>
        <translation>un modèle de la bibliothèque</translation>
    </message>
    <message>
        <source>a template file</source>
        <translation>un fichier de modèle</translation>
    </message>
    <message>
        <source>an override, e.g. limits.max_users=50 or features.enabled=&apos;[&quot;sso&quot;]&apos; (repeatable)</source>
        <translation>une surcharge, par ex. limits.max_users=50 ou features.enabled=&apos;[&quot;sso&quot;]&apos; (répétable)</translation>
    </message>
    <message>
        <source>drop the override at PATH (repeatable)</source>
        <translation>supprimer la surcharge du chemin PATH (répétable)</translation>
    </message>
    <message>
        <source>Make an earlier configuration revision current again (as a new revision).</source>
        <translation>Rétablir une révision de configuration antérieure comme révision actuelle (sous forme de nouvelle révision).</translation>
    </message>
    <message>
        <source>the revision to return to (see tenant history --revisions)</source>
        <translation>la révision à rétablir (voir tenant history --revisions)</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (révision %2)</translation>
    </message>
    <message>
        <source>Create a tenant (its configuration starts from its tier&apos;s template).</source>
        <translation>Créer un locataire (sa configuration part du modèle de son offre).</translation>
    </message>
    <message>
        <source>list the configuration&apos;s revisions (for tenant rollback) instead</source>
        <translation>lister plutôt les révisions de la configuration (pour tenant rollback)</translation>
    </message>
    <message>
        <source>start from this library template (default: the tier&apos;s)</source>
        <translation>partir de ce modèle de la bibliothèque (par défaut&#xa0;: celui de l&apos;offre)</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLITIQUE</translation>
    </message>
    <message>
        <source>strength %1 of 100 (about 10^%2 guesses; %3 for an offline attack on a slow hash)</source>
        <translation>robustesse %1 sur 100 (environ 10^%2 essais&#xa0;; %3 pour une attaque hors ligne sur un hachage lent)</translation>
    </message>
    <message>
        <source>the password satisfies the policy</source>
        <translation>le mot de passe respecte la politique</translation>
    </message>
    <message>
        <source>the password does not satisfy the policy</source>
        <translation>le mot de passe ne respecte pas la politique</translation>
    </message>
    <message>
        <source>; fix: %1</source>
        <translation>&#xa0;; correctif&#xa0;: %1</translation>
    </message>
    <message>
        <source>FRAMEWORK</source>
        <translation>RÉFÉRENTIEL</translation>
    </message>
    <message>
        <source>CLAUSE</source>
        <translation>CLAUSE</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>CONTRÔLE</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>PREUVE</translation>
    </message>
    <message>
        <source>%1 checks: %2 failed, %3 warnings</source>
        <translation>%1 contrôles&#xa0;: %2 en échec, %3 avec avertissement</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>hérité</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation>ACCÈS</translation>
    </message>
    <message>
        <source>TIER ALLOWS</source>
        <translation>AUTORISÉ PAR L&apos;OFFRE</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>RATE LIMIT</source>
        <translation>LIMITE DE DÉBIT</translation>
    </message>
    <message>
        <source>TIER BOUND</source>
        <translation>LIMITE DE L&apos;OFFRE</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>PARAMÈTRE</translation>
    </message>
    <message>
        <source>%1: give --set PATH=VALUE or --unset PATH</source>
        <translation>%1&#xa0;: indiquez --set PATH=VALUE ou --unset PATH</translation>
    </message>
    <message>
        <source>%1 is not under %2</source>
        <translation>%1 n&apos;est pas sous %2</translation>
    </message>
    <message>
        <source>%1: --reason is required (or --dry-run)</source>
        <translation>%1&#xa0;: --reason est obligatoire (ou --dry-run)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 events imported, %4 already there, %5 skipped</source>
        <translation>%1&#xa0;: %2 lignes, %3 événements importés, %4 déjà présents, %5 ignorés</translation>
    </message>
    <message>
        <source>events list: --since %1</source>
        <translation>events list&#xa0;: --since %1</translation>
    </message>
    <message>
        <source>HOUR (UTC)</source>
        <translation>HEURE (UTC)</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <source>events list: --limit must be from 1 to 100000</source>
        <translation>events list&#xa0;: --limit doit être un nombre entre 1 et 100000</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>! burst: %1</source>
        <translation>! pic&#xa0;: %1</translation>
    </message>
    <message>
        <source>Security audit of %1 (%2 tier), %3</source>
        <translation>Audit de sécurité de %1 (offre %2), %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 pass, %4 warn, %5 fail)</source>
        <translation>%1&#xa0;: %2 (réussite&#xa0;: %3, avertissement&#xa0;: %4, échec&#xa0;: %5)</translation>
    </message>
    <message>
        <source>No bursts of failed sign-ins in the last 7 days.</source>
        <translation>Aucun pic d&apos;échecs de connexion au cours des 7 derniers jours.</translation>
    </message>
    <message>
        <source>Recommended changes:</source>
        <translation>Modifications recommandées&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Print a tenant&apos;s security policies, each value with where it comes from (tier_default, template, override, edit or default).</source>
        <translation>Afficher les politiques de sécurité d&apos;un locataire, avec la provenance de chaque valeur (tier_default, template, override, edit ou default).</translation>
    </message>
    <message>
        <source>Try a password (read from standard input) against a tenant&apos;s password policy: the broken rules and the strength; exit status 1 if it does not satisfy the policy. Nothing is stored or logged.</source>
        <translation>Tester un mot de passe (lu sur l&apos;entrée standard) par rapport à la politique de mots de passe d&apos;un locataire&#xa0;: les règles enfreintes et la robustesse&#xa0;; code de sortie 1 s&apos;il ne respecte pas la politique. Rien n&apos;est enregistré ni journalisé.</translation>
    </message>
    <message>
        <source>the user name it is for</source>
        <translation>le nom de l&apos;utilisateur concerné</translation>
    </message>
    <message>
        <source>the user&apos;s e-mail address</source>
        <translation>l&apos;adresse e-mail de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>le nom de la personne</translation>
    </message>
    <message>
        <source>Check a tenant&apos;s security policies against PCI DSS, NIST SP 800-63B, HIPAA, SOC 2 and ISO 27001: pass, warn or fail for each clause, with the evidence and the fix.</source>
        <translation>Vérifier les politiques de sécurité d&apos;un locataire au regard de PCI DSS, NIST SP 800-63B, HIPAA, SOC 2 et ISO 27001&#xa0;: réussite, avertissement ou échec pour chaque clause, avec la preuve et le correctif.</translation>
    </message>
    <message>
        <source>only this framework (PCI_DSS, NIST_800_63B, HIPAA, SOC2, ISO27001)</source>
        <translation>uniquement ce référentiel (PCI_DSS, NIST_800_63B, HIPAA, SOC2, ISO27001)</translation>
    </message>
    <message>
        <source>Change security policies (paths under security, e.g. password_policy.min_length=14) as a new configuration revision.</source>
        <translation>Modifier les politiques de sécurité (chemins sous security, par ex. password_policy.min_length=14) en tant que nouvelle révision de la configuration.</translation>
    </message>
    <message>
        <source>drop the tenant&apos;s value at PATH: back to the tier&apos;s (repeatable)</source>
        <translation>supprimer la valeur propre au locataire à PATH&#xa0;: retour à celle de l&apos;offre (répétable)</translation>
    </message>
    <message>
        <source>a policy value (repeatable)</source>
        <translation>une valeur de politique (répétable)</translation>
    </message>
    <message>
        <source>Print a tenant&apos;s AI configuration: model access (inherited from the tier or overridden, and what the tier allows), rate limits with the tier&apos;s bounds, safety settings.</source>
        <translation>Afficher la configuration IA d&apos;un locataire&#xa0;: accès aux modèles (hérité de l&apos;offre ou surchargé, et ce que l&apos;offre autorise), limites de débit avec les limites de l&apos;offre, paramètres de sécurité.</translation>
    </message>
    <message>
        <source>Change AI settings (paths under ai_configuration, e.g. model_access.gpt-4=true; --unset model_access.gpt-4 resets it to the tier&apos;s) as a new configuration revision.</source>
        <translation>Modifier les paramètres d&apos;IA (chemins sous ai_configuration, par ex. model_access.gpt-4=true&#xa0;; --unset model_access.gpt-4 rétablit la valeur de l&apos;offre) en tant que nouvelle révision de la configuration.</translation>
    </message>
    <message>
        <source>a value (repeatable)</source>
        <translation>une valeur (répétable)</translation>
    </message>
    <message>
        <source>Import authentication events (CSV with the columns time, tenant, user, kind[, source_ip], or JSON / JSON Lines with those keys). A file with a bad row imports nothing unless --skip-bad; importing the same file again adds nothing.</source>
        <translation>Importer des événements d&apos;authentification (CSV avec les colonnes time, tenant, user, kind[, source_ip], ou JSON / JSON Lines avec ces clés). Un fichier contenant une ligne incorrecte n&apos;importe rien, sauf avec --skip-bad&#xa0;; importer à nouveau le même fichier n&apos;ajoute rien.</translation>
    </message>
    <message>
        <source>import the good rows, report the bad</source>
        <translation>importer les lignes correctes, signaler les incorrectes</translation>
    </message>
    <message>
        <source>A tenant&apos;s authentication events, newest first, with any burst of failed sign-ins explained.</source>
        <translation>Les événements d&apos;authentification d&apos;un locataire, du plus récent au plus ancien, avec l&apos;explication de tout pic d&apos;échecs de connexion.</translation>
    </message>
    <message>
        <source>how far back: 30m, 1h, 24h (default), 7d, 2w</source>
        <translation>jusqu&apos;où remonter&#xa0;: 30m, 1h, 24h (par défaut), 7d, 2w</translation>
    </message>
    <message>
        <source>counts per hour instead of the events</source>
        <translation>décomptes par heure au lieu des événements</translation>
    </message>
    <message>
        <source>at most N events (default 1000)</source>
        <translation>au plus N événements (1000 par défaut)</translation>
    </message>
    <message>
        <source>A tenant&apos;s security report: conformance per framework, recent bursts of failed sign-ins, and the changes that would fix them.</source>
        <translation>Rapport de sécurité d&apos;un locataire&#xa0;: conformité par référentiel, pics récents d&apos;échecs de connexion et modifications qui y remédieraient.</translation>
    </message>
    <message>
        <source>job %1 for %2: %3 (%4 isolation, %5)</source>
        <translation>tâche %1 pour %2&#xa0;: %3 (isolation %4, %5)</translation>
    </message>
    <message>
        <source>forced past validation: %1</source>
        <translation>validation ignorée (forcée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>next: tenancyctl provision resume %1 (from %2), or provision rollback %1</source>
        <translation>suite&#xa0;: tenancyctl provision resume %1 (à partir de %2), ou provision rollback %1</translation>
    </message>
    <message>
        <source>%1 (job %2 is %3: see tenancyctl provision status %4; then provision retry, resume or rollback)</source>
        <translation>%1 (la tâche %2 est à l&apos;état %3&#xa0;: voir tenancyctl provision status %4&#xa0;; puis provision retry, resume ou rollback)</translation>
    </message>
    <message>
        <source>--isolation must be shared, schema, database or cluster (found &quot;%1&quot;)</source>
        <translation>--isolation doit valoir shared, schema, database ou cluster (trouvé&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; may not provision tenants</source>
        <translation>l&apos;opérateur «&#xa0;%1&#xa0;» n&apos;est pas autorisé à provisionner des locataires</translation>
    </message>
    <message>
        <source>cannot provision tenant &quot;%1&quot;: its status is %2, and only pending tenants can be provisioned</source>
        <translation>impossible de provisionner le locataire «&#xa0;%1&#xa0;»&#xa0;: son statut est %2, et seuls les locataires au statut pending peuvent être provisionnés</translation>
    </message>
    <message>
        <source>cannot start the background run: %1</source>
        <translation>impossible de lancer l&apos;exécution en arrière-plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>provisioning %1 in the background: job %2 (process %3)</source>
        <translation>provisionnement de %1 en arrière-plan&#xa0;: tâche %2 (processus %3)</translation>
    </message>
    <message>
        <source>follow it with: tenancyctl provision status %1</source>
        <translation>pour la suivre&#xa0;: tenancyctl provision status %1</translation>
    </message>
    <message>
        <source>the background run did not start a job within 10 seconds; run tenancyctl provision %1 --wait to see why</source>
        <translation>l&apos;exécution en arrière-plan n&apos;a lancé aucune tâche en 10 secondes&#xa0;; exécutez tenancyctl provision %1 --wait pour en connaître la raison</translation>
    </message>
    <message>
        <source>--step must be a step number from 1 to %1 (found &quot;%2&quot;)</source>
        <translation>--step doit être un numéro d&apos;étape de 1 à %1 (trouvé&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>provision force: --reason is required</source>
        <translation>provision force&#xa0;: --reason est obligatoire</translation>
    </message>
    <message>
        <source>asked job %1 to stop; it stops at its next check (see provision status %2)</source>
        <translation>arrêt demandé à la tâche %1&#xa0;; elle s&apos;arrêtera à son prochain point de contrôle (voir provision status %2)</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>LOCATAIRE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>EFFECTUÉ</translation>
    </message>
    <message>
        <source>deprovision: --reason is required</source>
        <translation>deprovision&#xa0;: --reason est obligatoire</translation>
    </message>
    <message>
        <source>%1 is being deprovisioned: access is suspended; it can be cancelled until %2 (the grace period of %3 days), when it may be purged. Its final backup is kept %4 days after the purge.</source>
        <translation>%1 est en cours de déprovisionnement&#xa0;: l&apos;accès est suspendu&#xa0;; le déprovisionnement peut être annulé jusqu&apos;au %2 (délai de grâce de %3 jours), date à partir de laquelle le locataire peut être purgé. Sa dernière sauvegarde est conservée %4 jours après la purge.</translation>
    </message>
    <message>
        <source>deprovisioning cancelled</source>
        <translation>déprovisionnement annulé</translation>
    </message>
    <message>
        <source>deprovisioning of %1 cancelled; it is %2 again</source>
        <translation>déprovisionnement de %1 annulé&#xa0;; son statut est de nouveau %2</translation>
    </message>
    <message>
        <source>deprovision purge: --reason is required</source>
        <translation>deprovision purge&#xa0;: --reason est obligatoire</translation>
    </message>
    <message>
        <source>purged %1: its data is destroyed</source>
        <translation>%1 purgé&#xa0;: ses données sont détruites</translation>
    </message>
    <message>
        <source>backup: %1 (SHA-256 %2), kept until %3</source>
        <translation>sauvegarde&#xa0;: %1 (SHA-256 %2), conservée jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>deletion certificate: %1</source>
        <translation>certificat de suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>tenant legal-hold: say on or off (found &quot;%1&quot;)</source>
        <translation>tenant legal-hold&#xa0;: indiquez on ou off (trouvé&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>tenant legal-hold: --reason is required</source>
        <translation>tenant legal-hold&#xa0;: --reason est obligatoire</translation>
    </message>
    <message>
        <source>%1 is under a legal hold: it cannot be purged</source>
        <translation>%1 fait l&apos;objet d&apos;un blocage juridique&#xa0;: il ne peut pas être purgé</translation>
    </message>
    <message>
        <source>the legal hold on %1 is lifted</source>
        <translation>le blocage juridique de %1 est levé</translation>
    </message>
    <message>
        <source>purged (grace period over): %1</source>
        <translation>purgés (délai de grâce écoulé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>kept (legal hold): %1</source>
        <translation>conservés (blocage juridique)&#xa0;: %1</translation>
    </message>
    <message>
        <source>backups removed (past %1 days): %2</source>
        <translation>sauvegardes supprimées (plus de %1 jours)&#xa0;: %2</translation>
    </message>
    <message>
        <source>shared, schema, database or cluster (default: what its configuration names)</source>
        <translation>shared, schema, database ou cluster (par défaut&#xa0;: la valeur indiquée dans sa configuration)</translation>
    </message>
    <message>
        <source>Provision a pending tenant: six journaled steps, in the background unless --wait.</source>
        <translation>Provisionner un locataire en attente&#xa0;: six étapes journalisées, en arrière-plan sauf avec --wait.</translation>
    </message>
    <message>
        <source>run here, printing each step, until it ends</source>
        <translation>exécuter ici en affichant chaque étape, jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>The tenant&apos;s provisioning job: its state and each step.</source>
        <translation>La tâche de provisionnement du locataire&#xa0;: son état et chaque étape.</translation>
    </message>
    <message>
        <source>The log of the tenant&apos;s provisioning job.</source>
        <translation>Le journal de la tâche de provisionnement du locataire.</translation>
    </message>
    <message>
        <source>Run a failed job again from the step that failed (or --step N).</source>
        <translation>Relancer une tâche en échec à partir de l&apos;étape en échec (ou de --step N).</translation>
    </message>
    <message>
        <source>run again from this step (1-6)</source>
        <translation>relancer à partir de cette étape (1-6)</translation>
    </message>
    <message>
        <source>Go on with an interrupted or cancelled job from where it stopped.</source>
        <translation>Reprendre une tâche interrompue ou annulée là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Undo every step the job ran; the tenant is pending again.</source>
        <translation>Défaire toutes les étapes exécutées par la tâche&#xa0;; le locataire repasse en attente.</translation>
    </message>
    <message>
        <source>Provision skipping validation (admin; the reason is audited).</source>
        <translation>Provisionner sans validation (admin&#xa0;; le motif est consigné dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>motif (obligatoire)</translation>
    </message>
    <message>
        <source>Ask the process running the tenant&apos;s job to stop.</source>
        <translation>Demander au processus qui exécute la tâche du locataire de s&apos;arrêter.</translation>
    </message>
    <message>
        <source>Start deprovisioning: access suspended, purge possible after %1 days.</source>
        <translation>Lancer le déprovisionnement&#xa0;: accès suspendu, purge possible après %1 jours.</translation>
    </message>
    <message>
        <source>Cancel deprovisioning: the tenant is as it was before.</source>
        <translation>Annuler le déprovisionnement&#xa0;: le locataire retrouve son état antérieur.</translation>
    </message>
    <message>
        <source>why</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Back up, destroy and certify a deprovisioned tenant&apos;s data (before the grace period ends: admin).</source>
        <translation>Sauvegarder, détruire et certifier la suppression des données d&apos;un locataire déprovisionné (avant la fin du délai de grâce&#xa0;: admin uniquement).</translation>
    </message>
    <message>
        <source>Set or lift a legal hold (compliance, admin); a held tenant cannot be purged.</source>
        <translation>Poser ou lever un blocage juridique (compliance, admin)&#xa0;; un locataire sous blocage juridique ne peut pas être purgé.</translation>
    </message>
    <message>
        <source>Purge tenants past their grace period, remove backups past %1 days (admin).</source>
        <translation>Purger les locataires dont le délai de grâce est écoulé, supprimer les sauvegardes de plus de %1 jours (admin).</translation>
    </message>
    <message>
        <source>The provisioning queue: open jobs (or --all), newest first.</source>
        <translation>La file de provisionnement&#xa0;: tâches ouvertes (ou --all), les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>finished jobs too</source>
        <translation>inclure les tâches terminées</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok&#xa0;: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>SIGNIFICATION</translation>
    </message>
    <message>
        <source>settings: --reason is required</source>
        <translation>settings&#xa0;: --reason est obligatoire</translation>
    </message>
    <message>
        <source>The settings the team shares in this database (the cluster orchestrator, the health URL).</source>
        <translation>Les paramètres partagés de l&apos;équipe dans cette base de données (orchestrateur de clusters, URL du contrôle de santé).</translation>
    </message>
    <message>
        <source>Change a shared setting (admin; checked and audited).</source>
        <translation>Modifier un paramètre partagé (admin&#xa0;; vérifié et audité).</translation>
    </message>
    <message>
        <source>Put a shared setting back to its default (admin; audited).</source>
        <translation>Rétablir la valeur par défaut d&apos;un paramètre partagé (admin&#xa0;; audité).</translation>
    </message>
    <message>
        <source>Before a full backup (pg_dump): does it fit in PostgreSQL&apos;s lock table, and what to raise if not.</source>
        <translation>Avant une sauvegarde complète (pg_dump)&#xa0;: tient-elle dans la table des verrous de PostgreSQL, et que faut-il augmenter sinon.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3, %4 isolation -&gt; %5</source>
        <translation>%1&#xa0;: %2 -&gt; %3, isolation %4 -&gt; %5</translation>
    </message>
    <message>
        <source>configuration changes (%1):</source>
        <translation>modifications de configuration (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: --to TIER is required</source>
        <translation>%1&#xa0;: --to TIER est obligatoire</translation>
    </message>
    <message>
        <source>upgrade apply: --reason is required</source>
        <translation>upgrade apply&#xa0;: --reason est obligatoire</translation>
    </message>
    <message>
        <source>%1 is on the %2 tier (%3 isolation, %4)</source>
        <translation>%1 est sur l&apos;offre %2 (isolation %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>moved %n row(s) from %1</source>
        <translation>
            <numerusform>%n ligne déplacée depuis %1</numerusform>
            <numerusform>%n lignes déplacées depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>backup before the move: %1 (SHA-256 %2)</source>
        <translation>sauvegarde avant le déplacement&#xa0;: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>What a tier change would do: the stages, the isolation, the configuration changes. Changes nothing.</source>
        <translation>Ce que ferait un changement d&apos;offre&#xa0;: les étapes, l&apos;isolation, les modifications de configuration. Ne modifie rien.</translation>
    </message>
    <message>
        <source>the new tier (required)</source>
        <translation>la nouvelle offre (obligatoire)</translation>
    </message>
    <message>
        <source>Change the tenant&apos;s tier: compatibility, snapshot, migrate, verify, switch; rolled back on any failure.</source>
        <translation>Changer l&apos;offre du locataire&#xa0;: compatibilité, instantané, migration, vérification, bascule&#xa0;; annulé en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>%1:%2:%3: not JSON: %4</source>
        <translation>%1:%2:%3&#xa0;: pas du JSON&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: a scaling policy is a JSON object such as {&quot;min_capacity&quot;: 2, &quot;max_capacity&quot;: 20}</source>
        <translation>%1&#xa0;: une politique de mise à l&apos;échelle est un objet JSON tel que {&quot;min_capacity&quot;: 2, &quot;max_capacity&quot;: 20}</translation>
    </message>
    <message>
        <source>%1: capacity %2 (policy %3 to %4)</source>
        <translation>%1&#xa0;: capacité %2 (politique de %3 à %4)</translation>
    </message>
    <message>
        <source>last scaled %1 at %2 by %3</source>
        <translation>dernière mise à l&apos;échelle (%1) le %2 par %3</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>scaling set: --file POLICY.json is required</source>
        <translation>scaling set&#xa0;: --file POLICY.json est obligatoire</translation>
    </message>
    <message>
        <source>scaling set: --reason is required</source>
        <translation>scaling set&#xa0;: --reason est obligatoire</translation>
    </message>
    <message>
        <source>tenant scale: --factor F is required</source>
        <translation>tenant scale&#xa0;: --factor F est obligatoire</translation>
    </message>
    <message>
        <source>tenant scale: --factor must be a number such as 2 or 0.5 (found &quot;%1&quot;)</source>
        <translation>tenant scale&#xa0;: --factor doit être un nombre, par exemple 2 ou 0.5 (trouvé&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>scaled by a factor of %1</source>
        <translation>mis à l&apos;échelle d&apos;un facteur %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s auto-scaling policy and its capacity now.</source>
        <translation>La politique de mise à l&apos;échelle automatique du locataire et sa capacité actuelle.</translation>
    </message>
    <message>
        <source>Set fields of the tenant&apos;s auto-scaling policy from a JSON file (checked: min &lt;= max, 0 &lt; down &lt; up &lt;= 1, cooldowns &gt;= 60 s, factor &gt;= 1).</source>
        <translation>Définir des champs de la politique de mise à l&apos;échelle automatique du locataire depuis un fichier JSON (vérifié&#xa0;: min &lt;= max, 0 &lt; down &lt; up &lt;= 1, délais de refroidissement &gt;= 60 s, facteur &gt;= 1).</translation>
    </message>
    <message>
        <source>the policy&apos;s fields, a JSON object</source>
        <translation>les champs de la politique, un objet JSON</translation>
    </message>
    <message>
        <source>Multiply the tenant&apos;s capacity by a factor, within its scaling policy.</source>
        <translation>Multiplier la capacité du locataire par un facteur, dans les limites de sa politique de mise à l&apos;échelle.</translation>
    </message>
    <message>
        <source>above 1 scales up, below 1 down</source>
        <translation>au-dessus de 1, augmente&#xa0;; en dessous de 1, diminue</translation>
    </message>
</context>
<context>
    <name>Tenancy::Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: %2)</source>
        <translation>le pilote SQL Qt %1 n&apos;est pas installé (Debian&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database</source>
        <translation>%1 n&apos;est pas une base de données SQLite utilisable</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>impossible de se connecter à %1</translation>
    </message>
    <message>
        <source>cannot set up the connection to %1</source>
        <translation>impossible de configurer la connexion à %1</translation>
    </message>
    <message>
        <source>a statement failed</source>
        <translation>une instruction a échoué</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>impossible de préparer une instruction</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>impossible de valider la transaction</translation>
    </message>
    <message>
        <source>a statement has more placeholders than values</source>
        <translation>une instruction comporte plus de marqueurs de paramètres que de valeurs</translation>
    </message>
    <message>
        <source>a statement has fewer placeholders than values</source>
        <translation>une instruction comporte moins de marqueurs de paramètres que de valeurs</translation>
    </message>
    <message>
        <source>not connected to the database</source>
        <translation>pas de connexion à la base de données</translation>
    </message>
</context>
<context>
    <name>Tenancy::DatabaseRoles</name>
    <message>
        <source>database roles exist only on PostgreSQL; on SQLite the operator roles are enforced by Tenancy Console alone</source>
        <translation>les rôles de base de données n&apos;existent que sous PostgreSQL&#xa0;; sous SQLite, les rôles d&apos;opérateur sont appliqués par Tenancy Console seul</translation>
    </message>
    <message>
        <source>the database name is too long for its role names (&quot;%1&quot; exceeds PostgreSQL&apos;s 63 bytes)</source>
        <translation>le nom de la base est trop long pour ses noms de rôles (« %1 » dépasse les 63 octets de PostgreSQL)</translation>
    </message>
    <message>
        <source>creating database roles needs the database owner with the CREATEROLE privilege</source>
        <translation>créer les rôles de la base demande le propriétaire de la base avec le privilège CREATEROLE</translation>
    </message>
    <message>
        <source>there is no login &quot;%1&quot; on the server; the database owner or a DBA creates it (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;…&apos;), then add the operator again</source>
        <translation>le serveur n’a pas de connexion « %1 » ; le propriétaire de la base ou un DBA la crée (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;…&apos;), puis ajoutez de nouveau l’opérateur</translation>
    </message>
    <message>
        <source>making &quot;%1&quot; an admin needs the database owner</source>
        <translation>faire de « %1 » un admin demande le propriétaire de la base</translation>
    </message>
    <message>
        <source>giving &quot;%1&quot; a database role needs an admin or the database owner</source>
        <translation>donner un rôle de base à « %1 » demande un admin ou le propriétaire de la base</translation>
    </message>
</context>
<context>
    <name>Tenancy::DatabaseUrl</name>
    <message>
        <source>the database URL is empty</source>
        <translation>l&apos;URL de la base de données est vide</translation>
    </message>
    <message>
        <source>the SQLite URL is not valid: use sqlite:///path/to/file</source>
        <translation>l&apos;URL SQLite n&apos;est pas valide&#xa0;: utilisez sqlite:///path/to/file</translation>
    </message>
    <message>
        <source>a SQLite URL names a local file: use sqlite:///path/to/file</source>
        <translation>une URL SQLite désigne un fichier local&#xa0;: utilisez sqlite:///path/to/file</translation>
    </message>
    <message>
        <source>the SQLite URL names no file: use sqlite:///path/to/file</source>
        <translation>l&apos;URL SQLite ne désigne aucun fichier&#xa0;: utilisez sqlite:///path/to/file</translation>
    </message>
    <message>
        <source>the URL contains a password: store it in the OS keychain or use PGPASSWORD/.pgpass instead, so it is never written to disk</source>
        <translation>l&apos;URL contient un mot de passe&#xa0;: enregistrez-le plutôt dans le trousseau du système ou utilisez PGPASSWORD/.pgpass, afin qu&apos;il ne soit jamais écrit sur le disque</translation>
    </message>
    <message>
        <source>the database URL is not valid: use sqlite:///path or postgresql://user@host:port/database</source>
        <translation>l&apos;URL de la base de données n&apos;est pas valide&#xa0;: utilisez sqlite:///path ou postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>unknown database URL scheme &quot;%1&quot;: use sqlite:///path or postgresql://...</source>
        <translation>schéma d&apos;URL de base de données «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez sqlite:///path ou postgresql://...</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>the URL names no database: use postgresql://user@host:port/database</source>
        <translation>l&apos;URL ne désigne aucune base de données&#xa0;: utilisez postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>unknown connection option &quot;%1&quot; (known: %2)</source>
        <translation>option de connexion «&#xa0;%1&#xa0;» inconnue (options connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the value of option &quot;%1&quot; contains spaces, quotes, backslashes, &apos;;&apos; or control characters</source>
        <translation>la valeur de l’option « %1 » contient des espaces, des guillemets, des barres obliques inverses, &apos;;&apos; ou des caractères de contrôle</translation>
    </message>
</context>
<context>
    <name>Tenancy::Format</name>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>sur devis</translation>
    </message>
</context>
<context>
    <name>Tenancy::JsonCondition</name>
    <message>
        <source>%1: a condition must be an object</source>
        <translation>%1&#xa0;: une condition doit être un objet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; takes a non-empty array, alone</source>
        <translation>%1&#xa0;: &quot;%2&quot; attend un tableau non vide, et rien d&apos;autre</translation>
    </message>
    <message>
        <source>%1: &quot;not&quot; stands alone</source>
        <translation>%1&#xa0;: &quot;not&quot; doit être seul</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be a dotted path</source>
        <translation>%1&#xa0;: &quot;path&quot; doit être un chemin à points</translation>
    </message>
    <message>
        <source>%1: unknown operator &quot;%2&quot; (operators: %3)</source>
        <translation>%1&#xa0;: opérateur &quot;%2&quot; inconnu (opérateurs&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; compares with a number</source>
        <translation>%1&#xa0;: &quot;%2&quot; compare à un nombre</translation>
    </message>
    <message>
        <source>%1: &quot;between&quot; takes [low, high], numbers</source>
        <translation>%1&#xa0;: &quot;between&quot; attend [min, max], des nombres</translation>
    </message>
    <message>
        <source>%1: &quot;in&quot; takes an array of values</source>
        <translation>%1&#xa0;: &quot;in&quot; attend un tableau de valeurs</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; is missing</source>
        <translation>%1&#xa0;: &quot;value&quot; est manquant</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>non (%1)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 à %3</translation>
    </message>
    <message>
        <source>%1 one of %2</source>
        <translation>%1 parmi %2</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1 excludes %2</source>
        <translation>%1 ne contient pas %2</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 est défini</translation>
    </message>
</context>
<context>
    <name>Tenancy::JsonLocator</name>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>clé &quot;%1&quot; en double (première occurrence ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::JsonSchema</name>
    <message>
        <source>the schema at %1 must be an object or a boolean</source>
        <translation>le schéma à l’emplacement %1 doit être un objet ou un booléen</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; at %2 points outside this schema; only local references such as &quot;#/$defs/name&quot; are supported</source>
        <translation>$ref &quot;%1&quot; à l’emplacement %2 pointe en dehors de ce schéma&#xa0;; seules les références locales comme &quot;#/$defs/name&quot; sont prises en charge</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; at %2 names an anchor; anchors are not supported, use a JSON Pointer such as &quot;#/$defs/name&quot;</source>
        <translation>$ref &quot;%1&quot; à l’emplacement %2 désigne une ancre&#xa0;; les ancres ne sont pas prises en charge, utilisez un JSON Pointer comme &quot;#/$defs/name&quot;</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; at %2 does not point to a schema in this document</source>
        <translation>$ref &quot;%1&quot; à l’emplacement %2 ne pointe vers aucun schéma de ce document</translation>
    </message>
    <message>
        <source>the schema at %1 applies itself to the same value again ($ref loop)</source>
        <translation>le schéma à l’emplacement %1 s’applique de nouveau à la même valeur (boucle $ref)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 must be %3</source>
        <translation>&quot;%1&quot; à l’emplacement %2 doit être %3</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>un entier positif ou nul</translation>
    </message>
    <message>
        <source>a non-empty array of schemas</source>
        <translation>un tableau non vide de schémas</translation>
    </message>
    <message>
        <source>an array of different strings</source>
        <translation>un tableau de chaînes distinctes</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; at %2 is not a valid regular expression: %3</source>
        <translation>le motif &quot;%1&quot; à l’emplacement %2 n’est pas une expression régulière valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>only JSON Schema draft 2020-12 is supported (&quot;$schema&quot; at %1 is &quot;%2&quot;)</source>
        <translation>seul JSON Schema draft 2020-12 est pris en charge (&quot;$schema&quot; à l’emplacement %1 vaut &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;$id&quot; at %1 is not supported: only the root schema may have an &quot;$id&quot;</source>
        <translation>&quot;$id&quot; à l’emplacement %1 n’est pas pris en charge&#xa0;: seul le schéma racine peut avoir un &quot;$id&quot;</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object of schemas</source>
        <translation>un objet de schémas</translation>
    </message>
    <message>
        <source>a type name or an array of them</source>
        <translation>un nom de type ou un tableau de noms de type</translation>
    </message>
    <message>
        <source>unknown type %1 at %2 (did you mean &quot;%3&quot;?)</source>
        <translation>type %1 inconnu à l’emplacement %2 (vouliez-vous dire &quot;%3&quot;&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown type %1 at %2 (known: %3)</source>
        <translation>type %1 inconnu à l’emplacement %2 (types connus&#xa0;: %3)</translation>
    </message>
    <message>
        <source>an object of string arrays</source>
        <translation>un objet de tableaux de chaînes</translation>
    </message>
    <message>
        <source>&quot;items&quot; at %1 is an array: in draft 2020-12 that is &quot;prefixItems&quot;</source>
        <translation>&quot;items&quot; à l’emplacement %1 est un tableau&#xa0;: dans le draft 2020-12, c’est &quot;prefixItems&quot;</translation>
    </message>
    <message>
        <source>a number greater than 0</source>
        <translation>un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is from an older draft; draft 2020-12 uses %3</source>
        <translation>&quot;%1&quot; à l’emplacement %2 provient d’un draft plus ancien&#xa0;; le draft 2020-12 utilise %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is not supported by this validator</source>
        <translation>&quot;%1&quot; à l’emplacement %2 n’est pas pris en charge par ce validateur</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot; at %2 (did you mean &quot;%3&quot;?)</source>
        <translation>mot-clé &quot;%1&quot; inconnu à l’emplacement %2 (vouliez-vous dire &quot;%3&quot;&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot; at %2</source>
        <translation>mot-clé &quot;%1&quot; inconnu à l’emplacement %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>un nombre avec décimales</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>must be %1 (found %2)</source>
        <translation>doit être %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation>aucune valeur n’est autorisée ici</translation>
    </message>
    <message>
        <source>must be one of %1 (found %2; did you mean %3?)</source>
        <translation>doit être l’une des valeurs %1 (trouvé&#xa0;: %2&#xa0;; vouliez-vous dire %3&#xa0;?)</translation>
    </message>
    <message>
        <source>must be one of %1 (found %2)</source>
        <translation>doit être l’une des valeurs %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown property &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>propriété &quot;%1&quot; inconnue (vouliez-vous dire &quot;%2&quot;&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown property &quot;%1&quot; (known: %2)</source>
        <translation>propriété &quot;%1&quot; inconnue (propriétés connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown property &quot;%1&quot;</source>
        <translation>propriété &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>must be a date and time such as 2024-05-01T12:00:00Z (RFC 3339) (found %1)</source>
        <translation>doit être une date et heure comme 2024-05-01T12:00:00Z (RFC 3339) (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be an e-mail address such as name@example.com (found %1)</source>
        <translation>doit être une adresse e-mail comme name@example.com (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be an absolute URI such as https://example.com/path (found %1)</source>
        <translation>doit être une URI absolue comme https://example.com/path (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be a host name such as api.example.com (found %1)</source>
        <translation>doit être un nom d’hôte comme api.example.com (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be an IPv4 address such as 192.0.2.10 (found %1)</source>
        <translation>doit être une adresse IPv4 comme 192.0.2.10 (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must not be %1</source>
        <translation>ne doit pas être %1</translation>
    </message>
    <message>
        <source>must not be one of %1</source>
        <translation>ne doit être aucune des valeurs %1</translation>
    </message>
    <message>
        <source>must not have the property &quot;%1&quot;</source>
        <translation>ne doit pas avoir la propriété &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not match the schema at %1</source>
        <translation>ne doit pas correspondre au schéma à l’emplacement %1</translation>
    </message>
    <message>
        <source>must be empty (found %1 properties)</source>
        <translation>doit être vide (%1 propriétés trouvées)</translation>
    </message>
    <message>
        <source>must have at most one property (found %1)</source>
        <translation>doit avoir au plus une propriété (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must have at most %1 properties (found %2)</source>
        <translation>doit avoir au plus %1 propriétés (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be empty (found %1 items)</source>
        <translation>doit être vide (%1 éléments trouvés)</translation>
    </message>
    <message>
        <source>must have at most one item (found %1)</source>
        <translation>doit avoir au plus un élément (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must have at most %1 items (found %2)</source>
        <translation>doit avoir au plus %1 éléments (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>an item matching %1</source>
        <translation>un élément conforme à %1</translation>
    </message>
    <message>
        <source>must be at least %1 (found %2)</source>
        <translation>doit être supérieur ou égal à %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be at most %1 (found %2)</source>
        <translation>doit être inférieur ou égal à %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be greater than %1 (found %2)</source>
        <translation>doit être supérieur à %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be less than %1 (found %2)</source>
        <translation>doit être inférieur à %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be a multiple of %1 (found %2)</source>
        <translation>doit être un multiple de %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be at least %1 characters long (found %2)</source>
        <translation>doit compter au moins %1 caractères (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be at most one character long (found %1)</source>
        <translation>doit compter au plus un caractère (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>must be at most %1 characters long (found %2)</source>
        <translation>doit compter au plus %1 caractères (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must match the pattern %1 (found %2)</source>
        <translation>doit correspondre au motif %1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must match exactly one of the alternatives at %1, but matches %2 of them</source>
        <translation>doit correspondre à exactement une des alternatives à l’emplacement %1, mais correspond à %2 d’entre elles</translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation>propriété obligatoire &quot;%1&quot; manquante</translation>
    </message>
    <message>
        <source>must have at least one property</source>
        <translation>doit avoir au moins une propriété</translation>
    </message>
    <message>
        <source>must have at least %1 properties (found %2)</source>
        <translation>doit avoir au moins %1 propriétés (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>missing property &quot;%1&quot;, required when &quot;%2&quot; is present</source>
        <translation>propriété &quot;%1&quot; manquante, obligatoire quand &quot;%2&quot; est présente</translation>
    </message>
    <message>
        <source>the property &quot;%1&quot; is not allowed</source>
        <translation>la propriété &quot;%1&quot; n’est pas autorisée</translation>
    </message>
    <message>
        <source>the property name %1 %2</source>
        <translation>le nom de propriété %1 %2</translation>
    </message>
    <message>
        <source>must have at least %1 items (found %2)</source>
        <translation>doit avoir au moins %1 éléments (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must not contain duplicates (items %1 and %2 are equal)</source>
        <translation>ne doit pas contenir de doublons (les éléments %1 et %2 sont identiques)</translation>
    </message>
    <message>
        <source>must contain %1</source>
        <translation>doit contenir %1</translation>
    </message>
    <message>
        <source>at least %1 of the items must match %2 (found %3)</source>
        <translation>au moins %1 des éléments doivent correspondre à %2 (trouvé&#xa0;: %3)</translation>
    </message>
    <message>
        <source>at most %1 of the items may match %2 (found %3)</source>
        <translation>au plus %1 des éléments peuvent correspondre à %2 (trouvé&#xa0;: %3)</translation>
    </message>
    <message>
        <source>does not match any of the alternatives</source>
        <translation>ne correspond à aucune des alternatives</translation>
    </message>
    <message>
        <source>a schema must be a JSON object</source>
        <translation>un schéma doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer (such as /configuration/limits)</source>
        <translation>&quot;%1&quot; n’est pas un JSON Pointer (comme /configuration/limits)</translation>
    </message>
    <message>
        <source>%1 must be %2, so it has no member &quot;%3&quot;</source>
        <translation>%1 doit être %2 et n’a donc pas de membre &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <source>must be %1 (found %2; did you mean %3?)</source>
        <translation>doit être %1 (trouvé&#xa0;: %2&#xa0;; vouliez-vous dire %3&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>Tenancy::KeychainSecretStore</name>
    <message>
        <source>keyring locked or unavailable</source>
        <translation>trousseau verrouillé ou indisponible</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse dans un délai de %1 s</translation>
    </message>
</context>
<context>
    <name>Tenancy::Migrator</name>
    <message>
        <source>%1 has schema version %2, newer than this version of Tenancy Console supports (%3); it was left unchanged. Use a newer Tenancy Console.</source>
        <translation>%1 a la version de schéma %2, plus récente que celle prise en charge par cette version de Tenancy Console (%3)&#xa0;; la base n&apos;a pas été modifiée. Utilisez une version plus récente de Tenancy Console.</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>la migration %1 (%2) a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>the tenant tables&apos; definition (sql/tenant.sql) is missing from this build</source>
        <translation>la définition des tables des locataires (sql/tenant.sql) est absente de cette version compilée</translation>
    </message>
</context>
<context>
    <name>Tenancy::OperatorRepository</name>
    <message>
        <source>operator &quot;%1&quot;: column role holds &quot;%2&quot;, which this version does not know</source>
        <translation>opérateur «&#xa0;%1&#xa0;»&#xa0;: la colonne role contient «&#xa0;%2&#xa0;», valeur inconnue de cette version</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; already exists</source>
        <translation>l&apos;opérateur «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>no operator named &quot;%1&quot;</source>
        <translation>aucun opérateur nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Tenancy::Overrides</name>
    <message>
        <source>a stored override is malformed: %1</source>
        <translation>une surcharge enregistrée est mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PATH=VALUE (for example limits.max_users=500)</source>
        <translation>&quot;%1&quot; n’est pas de la forme PATH=VALUE (par exemple limits.max_users=500)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path (names separated by dots, such as limits.max_users)</source>
        <translation>&quot;%1&quot; n’est pas un chemin (des noms séparés par des points, par exemple limits.max_users)</translation>
    </message>
    <message>
        <source>unknown path &quot;%1&quot;</source>
        <translation>chemin &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>unknown path &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>chemin &quot;%1&quot; inconnu&#xa0;; vouliez-vous dire &quot;%2&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>the document itself cannot be replaced by an override</source>
        <translation>le document lui-même ne peut pas être remplacé par une surcharge</translation>
    </message>
    <message>
        <source>%1: no item %2 in a list of %3</source>
        <translation>%1&#xa0;: aucun élément %2 dans une liste de %3 éléments</translation>
    </message>
    <message>
        <source>%1: %2 holds a value, not named members</source>
        <translation>%1&#xa0;: %2 contient une valeur, pas des membres nommés</translation>
    </message>
    <message>
        <source>%1: %2 is above the %3 tier&apos;s limit of %4; only the custom tier can raise a limit</source>
        <translation>%1&#xa0;: %2 dépasse la limite de l’offre %3, qui est de %4&#xa0;; seule l’offre custom peut relever une limite</translation>
    </message>
</context>
<context>
    <name>Tenancy::Permissions</name>
    <message>
        <source>read tenants</source>
        <translation>lire les locataires</translation>
    </message>
    <message>
        <source>create tenants</source>
        <translation>créer des locataires</translation>
    </message>
    <message>
        <source>suspend or reactivate tenants</source>
        <translation>suspendre ou réactiver des locataires</translation>
    </message>
    <message>
        <source>generate a sample fleet</source>
        <translation>générer un parc de démonstration</translation>
    </message>
    <message>
        <source>list operators</source>
        <translation>lister les opérateurs</translation>
    </message>
    <message>
        <source>manage operators and their roles</source>
        <translation>gérer les opérateurs et leurs rôles</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>migrate the database</source>
        <translation>migrer la base de données</translation>
    </message>
    <message>
        <source>change tenant configurations</source>
        <translation>modifier les configurations des locataires</translation>
    </message>
    <message>
        <source>save configuration templates</source>
        <translation>enregistrer des modèles de configuration</translation>
    </message>
    <message>
        <source>read security events</source>
        <translation>lire les événements de sécurité</translation>
    </message>
    <message>
        <source>import security events</source>
        <translation>importer des événements de sécurité</translation>
    </message>
    <message>
        <source>provision tenants</source>
        <translation>provisionner des locataires</translation>
    </message>
    <message>
        <source>force provisioning past validation</source>
        <translation>forcer le provisionnement sans validation</translation>
    </message>
    <message>
        <source>purge tenants</source>
        <translation>purger des locataires</translation>
    </message>
    <message>
        <source>set or lift legal holds</source>
        <translation>poser ou lever des blocages juridiques</translation>
    </message>
    <message>
        <source>run maintenance</source>
        <translation>exécuter la maintenance</translation>
    </message>
    <message>
        <source>upgrade or downgrade tenants</source>
        <translation>changer l&apos;offre des locataires (montée ou descente de gamme)</translation>
    </message>
    <message>
        <source>scale tenants</source>
        <translation>mettre à l&apos;échelle les locataires</translation>
    </message>
    <message>
        <source>change shared settings</source>
        <translation>modifier les paramètres partagés</translation>
    </message>
</context>
<context>
    <name>Tenancy::PostgresDatabaseStorage</name>
    <message>
        <source>database %1</source>
        <translation>base de données %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::PostgresSchemaStorage</name>
    <message>
        <source>schema %1</source>
        <translation>schéma %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Provisioner</name>
    <message>
        <source>the storage checks (sql/tenant-checks.json) are missing from this build</source>
        <translation>les vérifications du stockage (sql/tenant-checks.json) sont absentes de cette version compilée</translation>
    </message>
    <message>
        <source>sql/tenant-checks.json holds no checks</source>
        <translation>sql/tenant-checks.json ne contient aucune vérification</translation>
    </message>
    <message>
        <source>no tenant with id &quot;%1&quot;</source>
        <translation>aucun locataire avec l&apos;identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is %2, which cannot become %3</source>
        <translation>le locataire «&#xa0;%1&#xa0;» est au statut %2 et ne peut pas passer au statut %3</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; changed while its job ran</source>
        <translation>le locataire «&#xa0;%1&#xa0;» a été modifié pendant l&apos;exécution de sa tâche</translation>
    </message>
    <message>
        <source>cancelled before %1</source>
        <translation>annulé avant l&apos;étape %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>étape %1 démarrée</translation>
    </message>
    <message>
        <source>%1 started (attempt %2)</source>
        <translation>étape %1 démarrée (tentative %2)</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>étape %1 terminée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>cancelled during %1</source>
        <translation>annulé pendant l&apos;étape %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>étape %1 en échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>roll-back cancelled</source>
        <translation>retour arrière annulé</translation>
    </message>
    <message>
        <source>undoing %1</source>
        <translation>retour arrière de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Undoing %1</source>
        <translation>Retour arrière de l&apos;étape %1</translation>
    </message>
    <message>
        <source>undoing %1 failed: %2</source>
        <translation>échec du retour arrière de l&apos;étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 undone</source>
        <translation>retour arrière de l&apos;étape %1 effectué</translation>
    </message>
    <message>
        <source>rolled back; the tenant is pending again</source>
        <translation>retour arrière effectué&#xa0;; le locataire est de nouveau en attente</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message>
        <source>tenant id, name, owner, tier, region and compliance are valid</source>
        <translation>l&apos;identifiant, le nom, le titulaire, l&apos;offre, la région et la conformité du locataire sont valides</translation>
    </message>
    <message>
        <source>the configuration does not validate: %1%2</source>
        <translation>la configuration n&apos;est pas valide&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>the configuration renders and validates</source>
        <translation>la configuration est générée et valide</translation>
    </message>
    <message>
        <source>the %1 tier (%2 infrastructure) does not offer %3 isolation; it offers %4</source>
        <translation>l&apos;offre %1 (infrastructure %2) ne propose pas l&apos;isolation %3&#xa0;; elle propose %4</translation>
    </message>
    <message>
        <source>the login %1 may not create schemas in this database (GRANT CREATE ON DATABASE … TO %1)</source>
        <translation>le rôle de connexion %1 n&apos;est pas autorisé à créer des schémas dans cette base de données (GRANT CREATE ON DATABASE … TO %1)</translation>
    </message>
    <message>
        <source>the login %1 may not create databases (ALTER ROLE %1 CREATEDB)</source>
        <translation>le rôle de connexion %1 n&apos;est pas autorisé à créer des bases de données (ALTER ROLE %1 CREATEDB)</translation>
    </message>
    <message>
        <source>%1 isolation is offered on the %2 tier; the tenant&apos;s data will be in %3</source>
        <translation>l&apos;isolation %1 est proposée dans l&apos;offre %2&#xa0;; les données du locataire seront stockées dans %3</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>création&#xa0;: %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the owner&apos;s account (%1) is in place</source>
        <translation>le compte du titulaire (%1) est en place</translation>
    </message>
    <message>
        <source>applied %1 settings: security policies, feature flags, limits, AI and data governance</source>
        <translation>paramètres %1 appliqués&#xa0;: politiques de sécurité, indicateurs de fonctionnalité, limites, gouvernance de l&apos;IA et des données</translation>
    </message>
    <message numerus="yes">
        <source>registered monitoring, logging and alerting, %n webhook(s) and provider(s)</source>
        <translation>
            <numerusform>supervision, journalisation et alertes enregistrées, ainsi que %n webhook ou fournisseur</numerusform>
            <numerusform>supervision, journalisation et alertes enregistrées, ainsi que %n webhooks et fournisseurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; could not run: %2</source>
        <translation>la vérification «&#xa0;%1&#xa0;» n&apos;a pas pu s&apos;exécuter&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (expected %2, found %3)</source>
        <translation>%1 (attendu&#xa0;: %2, trouvé&#xa0;: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: </source>
        <translation>
            <numerusform>%n vérification en échec&#xa0;: </numerusform>
            <numerusform>%n vérifications en échec&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answers; %n check(s) passed</source>
        <translation>
            <numerusform>%1 répond&#xa0;; %n vérification réussie</numerusform>
            <numerusform>%1 répond&#xa0;; %n vérifications réussies</numerusform>
        </translation>
    </message>
    <message>
        <source>the configuration no longer validates: %1</source>
        <translation>la configuration n&apos;est plus valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the configuration validates</source>
        <translation>la configuration est valide</translation>
    </message>
    <message>
        <source>the tenant is active</source>
        <translation>le locataire est actif</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>rien à défaire</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing to undo: the storage is gone</source>
        <translation>rien à défaire&#xa0;: le stockage n&apos;existe plus</translation>
    </message>
    <message>
        <source>removed the tenant&apos;s %1</source>
        <translation>supprimé&#xa0;: %1 du locataire</translation>
    </message>
    <message>
        <source>the health check %1 answered</source>
        <translation>le contrôle de santé %1 a répondu</translation>
    </message>
    <message>
        <source>cluster isolation is offered on the %1 tier; the orchestrator at %2 will run it</source>
        <translation>l&apos;isolation par cluster est proposée dans l&apos;offre %1&#xa0;; l&apos;orchestrateur à %2 s&apos;en chargera</translation>
    </message>
    <message>
        <source>asking for %1</source>
        <translation>demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 est prêt</translation>
    </message>
    <message>
        <source>%1 is ready: %2</source>
        <translation>%1 est prêt&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2, not ready%3</source>
        <translation>%1 est à l&apos;état %2, pas prêt%3</translation>
    </message>
    <message>
        <source>removed the cluster&apos;s %1</source>
        <translation>supprimé du cluster&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Provisioning</name>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Resource allocation</source>
        <translation>Allocation des ressources</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
</context>
<context>
    <name>Tenancy::ProvisioningRepository</name>
    <message>
        <source>the new job&apos;s id was not returned</source>
        <translation>l&apos;identifiant de la nouvelle tâche n&apos;a pas été renvoyé</translation>
    </message>
    <message>
        <source>provisioning job %1 has an unknown state &quot;%2&quot; (written by another version?)</source>
        <translation>la tâche de provisionnement %1 a un état inconnu «&#xa0;%2&#xa0;» (écrit par une autre version&#xa0;?)</translation>
    </message>
    <message>
        <source>provisioning job %1 has a step row this version does not know (step %2, status &quot;%3&quot;)</source>
        <translation>la tâche de provisionnement %1 a une ligne d&apos;étape inconnue de cette version (étape %2, statut «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>provisioning job %1 has %2 step rows instead of %3</source>
        <translation>la tâche de provisionnement %1 a %2 lignes d&apos;étape au lieu de %3</translation>
    </message>
</context>
<context>
    <name>Tenancy::ScalingPolicy</name>
    <message>
        <source>min_capacity (%1) must not be above max_capacity (%2)</source>
        <translation>min_capacity (%1) ne doit pas dépasser max_capacity (%2)</translation>
    </message>
    <message>
        <source>scale_down_threshold must be above 0 (found %1)</source>
        <translation>scale_down_threshold doit être supérieur à 0 (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>scale_up_threshold must be at most 1 (found %1)</source>
        <translation>scale_up_threshold doit valoir au plus 1 (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>scale_down_threshold (%1) must be below scale_up_threshold (%2)</source>
        <translation>scale_down_threshold (%1) doit être inférieur à scale_up_threshold (%2)</translation>
    </message>
    <message>
        <source>%1 must be at least %2 s (found %3)</source>
        <translation>%1 doit être d&apos;au moins %2 s (trouvé&#xa0;: %3)</translation>
    </message>
    <message>
        <source>max_scale_factor must be at least 1 (found %1)</source>
        <translation>max_scale_factor doit valoir au moins 1 (trouvé&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>Tenancy::SecurityEventFile</name>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
        <translation>%1:%2&#xa0;: un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1&#xa0;: ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: not JSON (%3)</source>
        <translation>%1:%2&#xa0;: JSON non valide (%3)</translation>
    </message>
    <message>
        <source>%1:%2: each event must be a JSON object</source>
        <translation>%1:%2&#xa0;: chaque événement doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1:%2: not a JSON object (%3)</source>
        <translation>%1:%2&#xa0;: ce n&apos;est pas un objet JSON (%3)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <source>%1: no header and no events</source>
        <translation>%1&#xa0;: ni en-tête ni événements</translation>
    </message>
    <message>
        <source>%1:1: the header must name the columns time, tenant, user and kind (missing: %2)</source>
        <translation>%1:1&#xa0;: l&apos;en-tête doit nommer les colonnes time, tenant, user et kind (manquantes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation>%1:%2&#xa0;: %3 champs, alors que l&apos;en-tête en a %4</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2&#xa0;: %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time with a zone, such as 2026-11-30T14:05:00Z</source>
        <translation>&quot;%1&quot; n&apos;est pas une date ISO 8601 avec fuseau horaire, comme 2026-11-30T14:05:00Z</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind (kinds: %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas un type (types&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot; n&apos;est pas un type&#xa0;; vouliez-vous dire &quot;%2&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>Tenancy::SecurityEventRepository</name>
    <message>
        <source>security event of %1: time or kind cannot be read (&quot;%2&quot;, &quot;%3&quot;; written by another version?)</source>
        <translation>événement de sécurité de %1&#xa0;: date ou type illisible (&quot;%2&quot;, &quot;%3&quot;&#xa0;; écrit par une autre version&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>Tenancy::SecurityPolicyEngine</name>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation>%1&#xa0;: ce n&apos;est pas un objet JSON (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <source>%1: each refused entry needs names or contains, and a reason</source>
        <translation>%1&#xa0;: chaque entrée refusée nécessite names ou contains, ainsi qu&apos;un motif (reason)</translation>
    </message>
    <message>
        <source>%1: needs a known framework, a clause and a title</source>
        <translation>%1&#xa0;: il faut un référentiel connu, une clause et un titre</translation>
    </message>
    <message>
        <source>%1: &quot;status&quot; is fail or warn</source>
        <translation>%1&#xa0;: &quot;status&quot; vaut fail ou warn</translation>
    </message>
    <message>
        <source>%1: each &quot;remediation&quot; needs a path and a value</source>
        <translation>%1&#xa0;: chaque &quot;remediation&quot; nécessite un chemin (path) et une valeur (value)</translation>
    </message>
    <message>
        <source>%1: &quot;remediation&quot; is missing</source>
        <translation>%1&#xa0;: &quot;remediation&quot; est manquant</translation>
    </message>
    <message>
        <source>needs at least %1 characters (has %2)</source>
        <translation>doit contenir au moins %1 caractères (en contient %2)</translation>
    </message>
    <message>
        <source>may have at most %1 characters (has %2)</source>
        <translation>peut contenir au plus %1 caractères (en contient %2)</translation>
    </message>
    <message>
        <source> (has %1)</source>
        <translation> (en contient %1)</translation>
    </message>
    <message>
        <source>needs a digit</source>
        <translation>doit contenir un chiffre</translation>
    </message>
    <message>
        <source>needs at least %1 digits</source>
        <translation>doit contenir au moins %1 chiffres</translation>
    </message>
    <message>
        <source>needs a lowercase letter</source>
        <translation>doit contenir une lettre minuscule</translation>
    </message>
    <message>
        <source>needs at least %1 lowercase letters</source>
        <translation>doit contenir au moins %1 lettres minuscules</translation>
    </message>
    <message>
        <source>needs an uppercase letter</source>
        <translation>doit contenir une lettre majuscule</translation>
    </message>
    <message>
        <source>needs at least %1 uppercase letters</source>
        <translation>doit contenir au moins %1 lettres majuscules</translation>
    </message>
    <message>
        <source>needs a special character (not a letter or digit)</source>
        <translation>doit contenir un caractère spécial (ni lettre ni chiffre)</translation>
    </message>
    <message>
        <source>needs at least %1 special characters (not letters or digits)</source>
        <translation>doit contenir au moins %1 caractères spéciaux (ni lettres ni chiffres)</translation>
    </message>
    <message>
        <source>contains the user name</source>
        <translation>contient le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>contains the e-mail address</source>
        <translation>contient l&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>contains part of the person&apos;s name</source>
        <translation>contient une partie du nom de la personne</translation>
    </message>
    <message>
        <source>cannot be checked: the policy&apos;s pattern is not valid (%1)</source>
        <translation>vérification impossible&#xa0;: l&apos;expression régulière de la politique n&apos;est pas valide (%1)</translation>
    </message>
    <message>
        <source>does not match the pattern the policy requires</source>
        <translation>ne correspond pas à l&apos;expression régulière exigée par la politique</translation>
    </message>
    <message>
        <source>is one of the most commonly used passwords</source>
        <translation>fait partie des mots de passe les plus couramment utilisés</translation>
    </message>
    <message>
        <source>is on this tenant&apos;s list of refused passwords</source>
        <translation>figure dans la liste des mots de passe refusés de ce locataire</translation>
    </message>
    <message>
        <source>is too easy to guess: strength %1 of 100, the policy asks for %2</source>
        <translation>est trop facile à deviner&#xa0;: robustesse de %1 sur 100, la politique exige %2</translation>
    </message>
    <message>
        <source>must be at least min_length (%1; found %2)</source>
        <translation>doit être au moins égal à min_length (%1&#xa0;; valeur trouvée&#xa0;: %2)</translation>
    </message>
    <message>
        <source>asks for %1 digits, letters and special characters, more than max_length (%2) allows</source>
        <translation>exige %1 chiffres, lettres et caractères spéciaux, plus que max_length (%2) ne le permet</translation>
    </message>
    <message>
        <source>is 0 while %1 is true; make it 1 or more, or %1 false</source>
        <translation>vaut 0 alors que %1 vaut true&#xa0;; passez-le à 1 ou plus, ou passez %1 à false</translation>
    </message>
    <message>
        <source>is %1 while %2 is false; make it 0, or %2 true</source>
        <translation>vaut %1 alors que %2 vaut false&#xa0;; passez-le à 0, ou passez %2 à true</translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1 at character %2)</source>
        <translation>n&apos;est pas une expression régulière valide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>%1 is not among allowed_algorithms (%2)</source>
        <translation>%1 ne figure pas dans allowed_algorithms (%2)</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 est refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>des siècles</translation>
    </message>
</context>
<context>
    <name>Tenancy::SharedSettings</name>
    <message>
        <source>the cluster orchestrator&apos;s endpoint (http or https); cluster isolation needs it</source>
        <translation>point de terminaison de l&apos;orchestrateur de clusters (http ou https)&#xa0;; nécessaire à l&apos;isolation par cluster</translation>
    </message>
    <message>
        <source>seconds one request to the orchestrator may take</source>
        <translation>secondes que peut durer une requête à l&apos;orchestrateur</translation>
    </message>
    <message>
        <source>seconds a cluster may take to become ready, or to go</source>
        <translation>secondes dont dispose un cluster pour devenir prêt, ou pour disparaître</translation>
    </message>
    <message>
        <source>milliseconds before the first poll or retry; doubled each time</source>
        <translation>millisecondes avant la première interrogation ou le premier nouvel essai&#xa0;; doublé à chaque fois</translation>
    </message>
    <message>
        <source>the longest wait between polls, in seconds</source>
        <translation>attente maximale entre deux interrogations, en secondes</translation>
    </message>
    <message>
        <source>a URL verification GETs for each tenant ({tenant} becomes its id); unset: none</source>
        <translation>une URL que la vérification interroge (GET) pour chaque locataire ({tenant} devient son id)&#xa0;; non définie&#xa0;: aucune</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting; the settings are %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre&#xa0;; les paramètres sont %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (found &quot;%4&quot;)</source>
        <translation>%1 doit être un nombre entier de %2 à %3 (trouvé&#xa0;: «&#xa0;%4&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// URL with a host (found &quot;%2&quot;)</source>
        <translation>%1 doit être une URL http:// ou https:// avec un hôte (trouvé&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 must not carry a user or password: secrets belong in the keychain, not in shared settings</source>
        <translation>%1 ne doit contenir ni utilisateur ni mot de passe&#xa0;: les secrets vont dans le trousseau, pas dans les paramètres partagés</translation>
    </message>
</context>
<context>
    <name>Tenancy::SharedStorage</name>
    <message>
        <source>the shared tables (tenant_*)</source>
        <translation>les tables partagées (tenant_*)</translation>
    </message>
</context>
<context>
    <name>Tenancy::SqliteFileStorage</name>
    <message>
        <source>file %1 (attached as %2)</source>
        <translation>fichier %1 (attaché en tant que %2)</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for tenants&apos; files</source>
        <translation>impossible de créer le dossier %1 pour les fichiers des locataires</translation>
    </message>
    <message>
        <source>the tenant&apos;s file %1 does not exist</source>
        <translation>le fichier %1 du locataire n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantBackup</name>
    <message>
        <source>cannot start compressing the backup</source>
        <translation>impossible de lancer la compression de la sauvegarde</translation>
    </message>
    <message>
        <source>compressing the backup failed</source>
        <translation>la compression de la sauvegarde a échoué</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>impossible de créer le dossier de sauvegarde %1</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>impossible d&apos;écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot start reading the backup</source>
        <translation>impossible de lancer la lecture de la sauvegarde</translation>
    </message>
    <message>
        <source>%1 is not a complete gzip file</source>
        <translation>%1 n&apos;est pas un fichier gzip complet</translation>
    </message>
    <message>
        <source>%1 does not hold a backup: %2</source>
        <translation>%1 ne contient pas de sauvegarde&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantManager</name>
    <message>
        <source>the operator name is required</source>
        <translation>le nom d&apos;opérateur est obligatoire</translation>
    </message>
    <message>
        <source>operator name &quot;%1&quot; must be 1–63 characters of lowercase letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>le nom d&apos;opérateur «&#xa0;%1&#xa0;» doit compter de 1 à 63 caractères parmi les lettres minuscules, les chiffres, &apos;_&apos;, &apos;.&apos; et &apos;-&apos;, et commencer par une lettre ou &apos;_&apos;</translation>
    </message>
    <message>
        <source>on PostgreSQL you act as your database login &quot;%1&quot;; acting as &quot;%2&quot; is not possible</source>
        <translation>sous PostgreSQL, vous agissez en tant que votre rôle de connexion «&#xa0;%1&#xa0;»&#xa0;; impossible d&apos;agir en tant que «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>another operator was registered first</source>
        <translation>un autre opérateur a été enregistré en premier</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not registered in this database; an admin can add it with: tenancyctl operator add %1 --role ROLE</source>
        <translation>l&apos;opérateur «&#xa0;%1&#xa0;» n&apos;est pas enregistré dans cette base de données&#xa0;; un admin peut l&apos;ajouter avec&#xa0;: tenancyctl operator add %1 --role ROLE</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; (%2) may not %3</source>
        <translation>l&apos;opérateur «&#xa0;%1&#xa0;» (%2) n&apos;est pas autorisé à %3</translation>
    </message>
    <message>
        <source>limit and offset must not be negative</source>
        <translation>limit et offset ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>no tenant with id &quot;%1&quot; (%2)</source>
        <translation>aucun locataire avec l&apos;identifiant «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>no tenant with id &quot;%1&quot;</source>
        <translation>aucun locataire avec l&apos;identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; was changed by %2 at %3 (it is at version %4, you read version %5); reload it and apply your change again</source>
        <translation>le locataire «&#xa0;%1&#xa0;» a été modifié par %2 le %3 (il est à la version %4, vous avez lu la version %5)&#xa0;; rechargez-le et appliquez à nouveau votre modification</translation>
    </message>
    <message>
        <source>the version read must be 1 or more</source>
        <translation>la version lue doit être supérieure ou égale à 1</translation>
    </message>
    <message>
        <source>cannot %1 tenant &quot;%2&quot;: its status is %3, and only %4 tenants can be %5</source>
        <translation>impossible de %1 le locataire «&#xa0;%2&#xa0;»&#xa0;: son statut est %3, et seuls les locataires au statut %4 peuvent passer au statut %5</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>suspendre</translation>
    </message>
    <message>
        <source>reactivate</source>
        <translation>réactiver</translation>
    </message>
    <message>
        <source>no operator named &quot;%1&quot;</source>
        <translation>aucun opérateur nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last admin; make someone else admin first</source>
        <translation>«&#xa0;%1&#xa0;» est le dernier admin&#xa0;; nommez d&apos;abord quelqu&apos;un d&apos;autre admin</translation>
    </message>
    <message>
        <source>the number of tenants must be between 1 and %L1</source>
        <translation>le nombre de locataires doit être compris entre 1 et %L1</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs migrating to version %3, which only an admin may do (tenancyctl db migrate)</source>
        <translation>%1 a la version de schéma %2 et doit être migrée vers la version %3, ce que seul un admin peut faire (tenancyctl db migrate)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: its first configuration (%2) is missing from the database</source>
        <translation>locataire &quot;%1&quot;&#xa0;: sa première configuration (%2) est absente de la base de données</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: configuration revision %2 is missing</source>
        <translation>locataire &quot;%1&quot;&#xa0;: la révision de configuration %2 est manquante</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: configuration revision %2 cannot be rendered: %3</source>
        <translation>locataire &quot;%1&quot;&#xa0;: impossible de rendre la révision de configuration %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no template &quot;%1&quot; (templates: %2)</source>
        <translation>aucun modèle &quot;%1&quot; (modèles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no template &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>aucun modèle &quot;%1&quot;&#xa0;; vouliez-vous dire &quot;%2&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>a template name is 1-63 lowercase letters, digits and underscores, starting with a letter</source>
        <translation>un nom de modèle compte de 1 à 63 caractères parmi les lettres minuscules, les chiffres et les traits de soulignement, et commence par une lettre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a shipped template; save your version under another name</source>
        <translation>&quot;%1&quot; est un modèle fourni&#xa0;; enregistrez votre version sous un autre nom</translation>
    </message>
    <message>
        <source>the template is not valid</source>
        <translation>le modèle n’est pas valide</translation>
    </message>
    <message>
        <source>a reason is required (it goes into the audit log)</source>
        <translation>un motif est obligatoire (il est consigné dans le journal d’audit)</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1 has no override to remove (it comes from the template or the tier)</source>
        <translation>%1 n’a pas de surcharge à supprimer (la valeur provient du modèle ou de l’offre)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has revisions 0 to %2; there is no revision %3</source>
        <translation>le locataire &quot;%1&quot; a les révisions 0 à %2&#xa0;; il n’y a pas de révision %3</translation>
    </message>
    <message>
        <source>revision %1 is the current one</source>
        <translation>la révision %1 est la révision actuelle</translation>
    </message>
    <message>
        <source>no revision %1</source>
        <translation>aucune révision %1</translation>
    </message>
    <message>
        <source>the configuration would not be valid</source>
        <translation>la configuration ne serait pas valide</translation>
    </message>
    <message>
        <source>no template for the %1 tier</source>
        <translation>aucun modèle pour l’offre %1</translation>
    </message>
    <message>
        <source>unknown framework &quot;%1&quot; (frameworks: %2)</source>
        <translation>référentiel &quot;%1&quot; inconnu (référentiels&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1:%2: tenant: no tenant &quot;%3&quot; in this database</source>
        <translation>%1:%2&#xa0;: tenant&#xa0;: aucun locataire &quot;%3&quot; dans cette base de données</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad row(s); nothing was imported (--skip-bad imports the rest):</source>
        <translation>
            <numerusform>%1 contient %n ligne incorrecte&#xa0;; rien n&apos;a été importé (--skip-bad importe le reste)&#xa0;:</numerusform>
            <numerusform>%1 contient %n lignes incorrectes&#xa0;; rien n&apos;a été importé (--skip-bad importe le reste)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot deprovision tenant &quot;%1&quot;: its status is %2, and only active or suspended tenants can be deprovisioned</source>
        <translation>impossible de déprovisionner le locataire «&#xa0;%1&#xa0;»&#xa0;: son statut est %2, et seuls les locataires au statut active ou suspended peuvent être déprovisionnés</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is %2, not being deprovisioned; nothing to cancel</source>
        <translation>le locataire «&#xa0;%1&#xa0;» est au statut %2 et n&apos;est pas en cours de déprovisionnement&#xa0;; rien à annuler</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is deleted; its data is gone</source>
        <translation>le locataire «&#xa0;%1&#xa0;» est supprimé&#xa0;; ses données ont disparu</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is under a legal hold already (%2)</source>
        <translation>le locataire «&#xa0;%1&#xa0;» fait déjà l&apos;objet d&apos;un blocage juridique (%2)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is not under a legal hold</source>
        <translation>le locataire «&#xa0;%1&#xa0;» ne fait pas l&apos;objet d&apos;un blocage juridique</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; was purged already; its deletion certificate is kept</source>
        <translation>le locataire «&#xa0;%1&#xa0;» a déjà été purgé&#xa0;; son certificat de suppression est conservé</translation>
    </message>
    <message>
        <source>cannot purge tenant &quot;%1&quot;: its status is %2; deprovision it first (tenancyctl deprovision %1)</source>
        <translation>impossible de purger le locataire «&#xa0;%1&#xa0;»&#xa0;: son statut est %2&#xa0;; déprovisionnez-le d&apos;abord (tenancyctl deprovision %1)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is under a legal hold (%2); nothing was destroyed. Compliance or an admin lifts it with: tenancyctl tenant legal-hold %1 off --reason …</source>
        <translation>le locataire «&#xa0;%1&#xa0;» fait l&apos;objet d&apos;un blocage juridique (%2)&#xa0;; rien n&apos;a été détruit. Le rôle compliance ou un admin peut le lever avec&#xa0;: tenancyctl tenant legal-hold %1 off --reason …</translation>
    </message>
    <message>
        <source>%1; the grace period of &quot;%2&quot; ends %3</source>
        <translation>%1&#xa0;; le délai de grâce de «&#xa0;%2&#xa0;» se termine le %3</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; changed while it was purged (now %2)</source>
        <translation>le locataire «&#xa0;%1&#xa0;» a été modifié pendant sa purge (désormais %2)</translation>
    </message>
    <message>
        <source>the grace period of %1 days ended</source>
        <translation>le délai de grâce de %1 jours est écoulé</translation>
    </message>
    <message>
        <source>past its retention of %1 days</source>
        <translation>durée de conservation de %1 jours dépassée</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has no open provisioning job (its last, %2, is %3)</source>
        <translation>le locataire «&#xa0;%1&#xa0;» n&apos;a aucune tâche de provisionnement ouverte (la dernière, %2, est à l&apos;état %3)</translation>
    </message>
    <message>
        <source>provisioning job %1 of &quot;%2&quot; is %3 in another process (%4); cancel it first</source>
        <translation>la tâche de provisionnement %1 de «&#xa0;%2&#xa0;» est à l&apos;état %3 dans un autre processus (%4)&#xa0;; annulez-la d&apos;abord</translation>
    </message>
    <message>
        <source>cannot provision tenant &quot;%1&quot;: its status is %2, and only pending tenants can be provisioned</source>
        <translation>impossible de provisionner le locataire «&#xa0;%1&#xa0;»&#xa0;: son statut est %2, et seuls les locataires au statut pending peuvent être provisionnés</translation>
    </message>
    <message>
        <source>provisioning started by %1: %2 isolation in %3</source>
        <translation>provisionnement lancé par %1&#xa0;: isolation %2 dans %3</translation>
    </message>
    <message>
        <source>; validation skipped (forced: %1)</source>
        <translation>; validation ignorée (forcée&#xa0;: %1)</translation>
    </message>
    <message>
        <source>no provisioning job %1</source>
        <translation>aucune tâche de provisionnement %1</translation>
    </message>
    <message>
        <source>provisioning job %1 is %2, not a job this process started</source>
        <translation>la tâche de provisionnement %1 est à l&apos;état %2 et n&apos;a pas été lancée par ce processus</translation>
    </message>
    <message>
        <source>provisioning job %1 of &quot;%2&quot; is %3; only a job that is %4 can go on</source>
        <translation>la tâche de provisionnement %1 de «&#xa0;%2&#xa0;» est à l&apos;état %3&#xa0;; seule une tâche à l&apos;état %4 peut continuer</translation>
    </message>
    <message>
        <source>the step must be 1 to %1 (%2 given)</source>
        <translation>l&apos;étape doit être comprise entre 1 et %1 (valeur indiquée&#xa0;: %2)</translation>
    </message>
    <message>
        <source>step %1 (%2) cannot run before step %3 (%4), where the job stopped</source>
        <translation>l&apos;étape %1 (%2) ne peut pas s&apos;exécuter avant l&apos;étape %3 (%4), où la tâche s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>provisioning job %1 of &quot;%2&quot; was taken by another process</source>
        <translation>la tâche de provisionnement %1 de «&#xa0;%2&#xa0;» a été reprise par un autre processus</translation>
    </message>
    <message>
        <source>roll-back started by %1</source>
        <translation>retour arrière lancé par %1</translation>
    </message>
    <message>
        <source>%1 by %2 from %3</source>
        <translation>%1 par %2 à partir de l&apos;étape %3</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>repris</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forcé</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>relancé</translation>
    </message>
    <message>
        <source>; validation skipped: %1</source>
        <translation>; validation ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>provisioning job %1 of &quot;%2&quot; is %3, not running; nothing to cancel</source>
        <translation>la tâche de provisionnement %1 de «&#xa0;%2&#xa0;» est à l&apos;état %3 et ne s&apos;exécute pas&#xa0;; rien à annuler</translation>
    </message>
    <message>
        <source>%1 asked to cancel</source>
        <translation>%1 a demandé l&apos;annulation</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has never been provisioned</source>
        <translation>le locataire «&#xa0;%1&#xa0;» n&apos;a jamais été provisionné</translation>
    </message>
    <message>
        <source>interrupted: the process running it stopped</source>
        <translation>interrompu&#xa0;: le processus qui l&apos;exécutait s&apos;est arrêté</translation>
    </message>
    <message>
        <source>interrupted: the process running it (pid %1 on %2) stopped</source>
        <translation>interrompu&#xa0;: le processus qui l&apos;exécutait (PID %1 sur %2) s&apos;est arrêté</translation>
    </message>
    <message>
        <source>interrupted during %1: the process running it (pid %2 on %3) stopped</source>
        <translation>interrompu pendant l&apos;étape %1&#xa0;: le processus qui l&apos;exécutait (PID %2 sur %3) s&apos;est arrêté</translation>
    </message>
    <message>
        <source>a full pg_dump locks %1 tables, and the lock table holds %2 (max_locks_per_transaction %3 x (max_connections %4 + max_prepared_transactions %5), less a tenth for other sessions): raise max_locks_per_transaction to at least %6 (ALTER SYSTEM SET max_locks_per_transaction = %6; then restart the server) before the backup</source>
        <translation>un pg_dump complet verrouille %1 tables, et la table des verrous en contient %2 (max_locks_per_transaction %3 x (max_connections %4 + max_prepared_transactions %5), moins un dixième pour les autres sessions)&#xa0;: augmentez max_locks_per_transaction à au moins %6 (ALTER SYSTEM SET max_locks_per_transaction = %6; puis redémarrez le serveur) avant la sauvegarde</translation>
    </message>
    <message>
        <source>a full pg_dump locks %1 of %2 lock table entries (less a tenth for other sessions); about %3 more schema-isolated tenants fit before max_locks_per_transaction must rise</source>
        <translation>un pg_dump complet verrouille %1 des %2 entrées de la table des verrous (moins un dixième pour les autres sessions)&#xa0;; environ %3 locataires isolés par schéma peuvent encore s&apos;ajouter avant qu&apos;il faille augmenter max_locks_per_transaction</translation>
    </message>
    <message>
        <source>SQLite: a backup copies the file (and the tenants&apos; files beside it); it takes no lock per table, so there is no limit to check</source>
        <translation>SQLite&#xa0;: une sauvegarde copie le fichier (et les fichiers des locataires à côté)&#xa0;; elle ne pose aucun verrou par table, il n&apos;y a donc aucune limite à vérifier</translation>
    </message>
    <message>
        <source>the server did not report its lock settings</source>
        <translation>le serveur n&apos;a pas indiqué ses paramètres de verrouillage</translation>
    </message>
    <message>
        <source>the policy names no fields; its fields are %1</source>
        <translation>la politique ne nomme aucun champ&#xa0;; ses champs sont %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a scaling policy; its fields are %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ d&apos;une politique de mise à l&apos;échelle&#xa0;; ses champs sont %2</translation>
    </message>
    <message>
        <source>the factor must be a number above 0 (found %1)</source>
        <translation>le facteur doit être un nombre supérieur à 0 (trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is %2: only an active tenant is scaled</source>
        <translation>le locataire «&#xa0;%1&#xa0;» est %2&#xa0;: seul un locataire actif peut être mis à l&apos;échelle</translation>
    </message>
    <message>
        <source>the factor %1 is beyond the policy&apos;s max_scale_factor of %2 (from %3 to %2)</source>
        <translation>le facteur %1 dépasse le max_scale_factor de la politique, %2 (de %3 à %2)</translation>
    </message>
    <message>
        <source>a factor of %1 leaves the capacity of &quot;%2&quot; at %3</source>
        <translation>un facteur de %1 laisse la capacité de «&#xa0;%2&#xa0;» à %3</translation>
    </message>
    <message>
        <source>%1 x %2 = %3 is outside the policy&apos;s capacity of %4 to %5</source>
        <translation>%1 x %2 = %3 est en dehors de la capacité de la politique, de %4 à %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was scaled %2 at %3; the scale-%2 cooldown of %4 s ends at %5</source>
        <translation>«&#xa0;%1&#xa0;» a été mis à l&apos;échelle (%2) le %3&#xa0;; le délai de refroidissement scale-%2 de %4 s se termine le %5</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Bascule</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is already on the %2 tier</source>
        <translation>le locataire «&#xa0;%1&#xa0;» est déjà sur l&apos;offre %2</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is %2: only an active or suspended tenant changes tier (a pending one is provisioned on its tier)</source>
        <translation>le locataire «&#xa0;%1&#xa0;» est %2&#xa0;: seul un locataire actif ou suspendu peut changer d&apos;offre (un locataire en attente est provisionné sur son offre)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has no known isolation (&quot;%2&quot;)</source>
        <translation>le locataire «&#xa0;%1&#xa0;» n&apos;a pas d&apos;isolation connue («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>the %1 tier is not compatible with the configuration of &quot;%2&quot;</source>
        <translation>l&apos;offre %1 n&apos;est pas compatible avec la configuration de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the %1 tier is not compatible with the configuration of &quot;%2&quot;: %3</source>
        <translation>l&apos;offre %1 n&apos;est pas compatible avec la configuration de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; lives on its own cluster, which the %2 tier does not offer; moving data out of a cluster is the orchestrator&apos;s work, not an upgrade&apos;s</source>
        <translation>le locataire «&#xa0;%1&#xa0;» dispose de son propre cluster, ce que l&apos;offre %2 ne propose pas&#xa0;; sortir des données d&apos;un cluster relève de l&apos;orchestrateur, pas d&apos;un changement d&apos;offre</translation>
    </message>
    <message>
        <source>check that the configuration of %1 validates on the %2 tier (done: it does)</source>
        <translation>vérifier que la configuration de %1 est valide pour l&apos;offre %2 (fait&#xa0;: elle l&apos;est)</translation>
    </message>
    <message>
        <source>snapshot configuration revision %1 and back up the tenant&apos;s data</source>
        <translation>prendre un instantané de la révision de configuration %1 et sauvegarder les données du locataire</translation>
    </message>
    <message>
        <source>snapshot configuration revision %1</source>
        <translation>prendre un instantané de la révision de configuration %1</translation>
    </message>
    <message numerus="yes">
        <source>move its data from %1 isolation (%2) to %3 isolation (%4) and apply %n configuration change(s)</source>
        <translation>
            <numerusform>déplacer ses données de l&apos;isolation %1 (%2) vers l&apos;isolation %3 (%4) et appliquer %n modification de configuration</numerusform>
            <numerusform>déplacer ses données de l&apos;isolation %1 (%2) vers l&apos;isolation %3 (%4) et appliquer %n modifications de configuration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change its isolation from %1 to %2 (its data stays in %3) and apply %n configuration change(s)</source>
        <translation>
            <numerusform>changer son isolation de %1 à %2 (ses données restent dans %3) et appliquer %n modification de configuration</numerusform>
            <numerusform>changer son isolation de %1 à %2 (ses données restent dans %3) et appliquer %n modifications de configuration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apply %n configuration change(s); its data stays in %1</source>
        <translation>
            <numerusform>appliquer %n modification de configuration&#xa0;; ses données restent dans %1</numerusform>
            <numerusform>appliquer %n modifications de configuration&#xa0;; ses données restent dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>verify the storage and the configuration</source>
        <translation>vérifier le stockage et la configuration</translation>
    </message>
    <message>
        <source>switch %1 to the %2 tier, then remove %3</source>
        <translation>basculer %1 sur l&apos;offre %2, puis supprimer %3</translation>
    </message>
    <message>
        <source>switch %1 to the %2 tier</source>
        <translation>basculer %1 sur l&apos;offre %2</translation>
    </message>
    <message>
        <source>on any failure: undo all of it; the tenant stays as it is</source>
        <translation>en cas d&apos;échec&#xa0;: tout annuler&#xa0;; le locataire reste tel quel</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Checking compatibility</source>
        <translation>Vérification de la compatibilité</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is being upgraded by someone else</source>
        <translation>le locataire «&#xa0;%1&#xa0;» est en cours de changement d&apos;offre par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has an open provisioning job (%2)</source>
        <translation>le locataire «&#xa0;%1&#xa0;» a une tâche de provisionnement en cours (%2)</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; does not exist</source>
        <translation>%1 de «&#xa0;%2&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>the upgrade of &quot;%1&quot; to %2 failed at %3: %4; it was rolled back, the tenant is as it was</source>
        <translation>le changement d&apos;offre de «&#xa0;%1&#xa0;» vers %2 a échoué à l&apos;étape %3&#xa0;: %4&#xa0;; il a été annulé, le locataire est inchangé</translation>
    </message>
    <message>
        <source>the upgrade of &quot;%1&quot; to %2 failed at %3: %4; rolling back left problems: %5</source>
        <translation>le changement d&apos;offre de «&#xa0;%1&#xa0;» vers %2 a échoué à l&apos;étape %3&#xa0;: %4&#xa0;; l&apos;annulation a laissé des problèmes&#xa0;: %5</translation>
    </message>
    <message>
        <source>Compatible</source>
        <translation>Compatible</translation>
    </message>
    <message>
        <source>Taking a snapshot</source>
        <translation>Prise d&apos;un instantané</translation>
    </message>
    <message>
        <source>before the upgrade to %1</source>
        <translation>avant le changement d&apos;offre vers %1</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Instantané pris</translation>
    </message>
    <message>
        <source>Moving the data to %1</source>
        <translation>Déplacement des données vers %1</translation>
    </message>
    <message>
        <source>Applying the new configuration</source>
        <translation>Application de la nouvelle configuration</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) moved</source>
        <translation>
            <numerusform>%n ligne déplacée</numerusform>
            <numerusform>%n lignes déplacées</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>%1 is not ready</source>
        <translation>%1 n&apos;est pas prêt</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the configuration does not validate</source>
        <translation>la configuration n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Switching to the %1 tier</source>
        <translation>Bascule vers l&apos;offre %1</translation>
    </message>
    <message>
        <source>the old storage %1 could not be removed: %2</source>
        <translation>l&apos;ancien stockage %1 n&apos;a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>On the %1 tier</source>
        <translation>Sur l&apos;offre %1</translation>
    </message>
    <message>
        <source>a tenant with id &quot;%1&quot; already exists</source>
        <translation>un locataire avec l&apos;identifiant «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantRepository</name>
    <message>
        <source>tenant &quot;%1&quot;: column status holds &quot;%2&quot;, which this version does not know (written by a newer version?)</source>
        <translation>locataire «&#xa0;%1&#xa0;»&#xa0;: la colonne status contient «&#xa0;%2&#xa0;», valeur inconnue de cette version (écrite par une version plus récente&#xa0;?)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: created_at/updated_at are not ISO 8601 times</source>
        <translation>locataire «&#xa0;%1&#xa0;»&#xa0;: created_at/updated_at ne sont pas des horodatages ISO 8601</translation>
    </message>
    <message>
        <source>cannot prepare the tenant insert</source>
        <translation>impossible de préparer l&apos;insertion des locataires</translation>
    </message>
    <message>
        <source>cannot store tenants</source>
        <translation>impossible d&apos;enregistrer les locataires</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantService</name>
    <message>
        <source>no database is open</source>
        <translation>aucune base n’est ouverte</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 sur %2:%3</translation>
    </message>
    <message>
        <source>the %1 role</source>
        <translation>le rôle %1</translation>
    </message>
    <message>
        <source>the %1 or %2 role</source>
        <translation>le rôle %1 ou %2</translation>
    </message>
    <message>
        <source>the database connection is lost; reconnecting…</source>
        <translation>la connexion à la base de données est perdue&#xa0;; reconnexion en cours…</translation>
    </message>
    <message>
        <source>another database was opened before this ran; nothing was changed</source>
        <translation>une autre base de données a été ouverte entre-temps&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>another database was opened meanwhile</source>
        <translation>une autre base de données a été ouverte entre-temps</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>lecture de %1 impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantStorage</name>
    <message>
        <source>cluster isolation keeps the tenant&apos;s data on its own cluster, run by the orchestrator</source>
        <translation>l&apos;isolation cluster conserve les données du locataire sur son propre cluster, géré par l&apos;orchestrateur</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantValidation</name>
    <message>
        <source>the tenant id is required</source>
        <translation>l&apos;identifiant du locataire est obligatoire</translation>
    </message>
    <message>
        <source>the tenant id has %1 characters; at most %2 are allowed</source>
        <translation>l&apos;identifiant du locataire compte %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>the tenant id must be lowercase (try &quot;%1&quot;)</source>
        <translation>l&apos;identifiant du locataire doit être en minuscules (essayez «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>the tenant id must start and end with a letter or digit</source>
        <translation>l&apos;identifiant du locataire doit commencer et se terminer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>the tenant id may only contain a-z, 0-9 and &apos;-&apos; (it becomes a DNS label and a schema name)</source>
        <translation>l&apos;identifiant du locataire ne peut contenir que a-z, 0-9 et &apos;-&apos; (il devient un libellé DNS et un nom de schéma)</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>le nom est obligatoire</translation>
    </message>
    <message>
        <source>the name contains control or invisible characters</source>
        <translation>le nom contient des caractères de contrôle ou invisibles</translation>
    </message>
    <message>
        <source>the name has %1 characters; at most %2 are allowed</source>
        <translation>le nom compte %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>the owner e-mail is required</source>
        <translation>l&apos;e-mail du titulaire est obligatoire</translation>
    </message>
    <message>
        <source>the owner e-mail is longer than 254 characters</source>
        <translation>l&apos;e-mail du titulaire dépasse 254 caractères</translation>
    </message>
    <message>
        <source>the owner e-mail contains control or invisible characters</source>
        <translation>l&apos;e-mail du titulaire contient des caractères de contrôle ou invisibles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (name@example.com)</translation>
    </message>
    <message>
        <source>the part before &apos;@&apos; in &quot;%1&quot; is not valid</source>
        <translation>la partie avant &apos;@&apos; dans «&#xa0;%1&#xa0;» n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the tier is required</source>
        <translation>l&apos;offre est obligatoire</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; (known: %2)</source>
        <translation>offre «&#xa0;%1&#xa0;» inconnue (offres connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the region is required</source>
        <translation>la région est obligatoire</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (known: %2)</source>
        <translation>région «&#xa0;%1&#xa0;» inconnue (régions connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown industry &quot;%1&quot; (known: %2)</source>
        <translation>secteur «&#xa0;%1&#xa0;» inconnu (secteurs connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown compliance framework &quot;%1&quot; (known: %2)</source>
        <translation>référentiel de conformité «&#xa0;%1&#xa0;» inconnu (référentiels connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>un motif est obligatoire</translation>
    </message>
    <message>
        <source>the reason is longer than %1 characters</source>
        <translation>le motif dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the reason contains control characters</source>
        <translation>le motif contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>write the domain of the owner e-mail &quot;%1&quot; in its ASCII (xn--) form</source>
        <translation>écrivez le domaine de l’e-mail du titulaire « %1 » sous sa forme ASCII (xn--)</translation>
    </message>
    <message>
        <source>the owner e-mail&apos;s domain &quot;%1&quot; is not valid</source>
        <translation>le domaine « %1 » de l’e-mail du titulaire n’est pas valide</translation>
    </message>
    <message>
        <source>the tenant id must be lowercase</source>
        <translation>l’identifiant du locataire doit être en minuscules</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::CodeEditor</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::CommandPalette</name>
    <message>
        <source>Go to…</source>
        <translation>Aller à…</translation>
    </message>
    <message>
        <source>Type an action or a tenant…</source>
        <translation>Saisissez une action ou un locataire…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Open tenant %1 — %2</source>
        <translation>Ouvrir le locataire %1 — %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ConfigDiffDialog</name>
    <message>
        <source>%1

Nothing would change.</source>
        <translation>%1

Rien ne changerait.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>&amp;Reason (goes to the audit log):</source>
        <translation>&amp;Motif (consigné dans le journal d’audit)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Rien ne changerait.</translation>
    </message>
    <message>
        <source>Say why first: it goes to the audit log.</source>
        <translation>Indiquez d’abord un motif&#xa0;: il est consigné dans le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Opération en cours</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>P&amp;rofils&#xa0;:</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 (the current connection)</source>
        <translation>%1 (la connexion actuelle)</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>no password is saved in the keychain for this connection</source>
        <translation>aucun mot de passe n&apos;est enregistré dans le trousseau pour cette connexion</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>the profile is saved, but the password could not be saved in the keychain: %1</source>
        <translation>le profil est enregistré, mais le mot de passe n&apos;a pas pu être enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved; the password is in the keychain.</source>
        <translation>Enregistré&#xa0;; le mot de passe est dans le trousseau.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>the password could not be saved in the keychain: %1</source>
        <translation>le mot de passe n&apos;a pas pu être enregistré dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the connection profile &quot;%1&quot;? The database itself is not touched.</source>
        <translation>Supprimer le profil de connexion «&#xa0;%1&#xa0;»&#xa0;? La base de données elle-même n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>the profile is deleted, but its password could not be removed from the keychain: %1</source>
        <translation>le profil est supprimé, mais son mot de passe n&apos;a pas pu être retiré du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ConnectionEditor</name>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>Local file (S&amp;QLite)</source>
        <translation>Fichier local (S&amp;QLite)</translation>
    </message>
    <message>
        <source>Post&amp;greSQL server</source>
        <translation>Serveur Post&amp;greSQL</translation>
    </message>
    <message>
        <source>Kind of database</source>
        <translation>Type de base de données</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>A file that does not exist yet is created on first connect.</source>
        <translation>Un fichier qui n&apos;existe pas encore est créé lors de la première connexion.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>db.example.com, 10.0.0.5 or a socket folder</source>
        <translation>db.example.com, 10.0.0.5 ou un dossier de socket</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>tenancy</source>
        <translation>tenancy</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>your operating system user name</source>
        <translation>votre nom d&apos;utilisateur du système</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Aucun chiffrement</translation>
    </message>
    <message>
        <source>Encrypt only if the server insists</source>
        <translation>Chiffrer uniquement si le serveur l&apos;exige</translation>
    </message>
    <message>
        <source>Encrypt if the server can (default)</source>
        <translation>Chiffrer si le serveur le permet (par défaut)</translation>
    </message>
    <message>
        <source>Always encrypt; do not check the certificate</source>
        <translation>Toujours chiffrer&#xa0;; ne pas vérifier le certificat</translation>
    </message>
    <message>
        <source>Always encrypt; check the certificate&apos;s issuer</source>
        <translation>Toujours chiffrer&#xa0;; vérifier l&apos;émetteur du certificat</translation>
    </message>
    <message>
        <source>Always encrypt; check the issuer and the host name</source>
        <translation>Toujours chiffrer&#xa0;; vérifier l&apos;émetteur et le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mo&amp;de SSL&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>saved in the OS keychain</source>
        <translation>enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Saved in the OS keychain, never in the settings file. Leave it empty to use the saved password, or libpq&apos;s PGPASSWORD or .pgpass.</source>
        <translation>Enregistré dans le trousseau du système, jamais dans le fichier de paramètres. Laissez vide pour utiliser le mot de passe enregistré, ou PGPASSWORD ou .pgpass de libpq.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Fichier local</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Choose or Create a Database File</source>
        <translation>Choisir ou créer un fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the profile needs a name</source>
        <translation>le profil doit avoir un nom</translation>
    </message>
    <message>
        <source>another profile is named &quot;%1&quot;</source>
        <translation>un autre profil s&apos;appelle déjà «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>choose the database file, or type the path of a new one</source>
        <translation>choisissez le fichier de base de données ou saisissez le chemin d&apos;un nouveau fichier</translation>
    </message>
    <message>
        <source>give the full path of the file, such as %1</source>
        <translation>indiquez le chemin complet du fichier, par exemple %1</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it</source>
        <translation>%1 est un dossier&#xa0;; choisissez un fichier dans ce dossier</translation>
    </message>
    <message>
        <source>the host is required: a name, an IP address or a socket folder</source>
        <translation>l&apos;hôte est obligatoire&#xa0;: un nom, une adresse IP ou un dossier de socket</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP</translation>
    </message>
    <message>
        <source>the database name is required</source>
        <translation>le nom de la base de données est obligatoire</translation>
    </message>
    <message>
        <source>a database name cannot contain &apos;/&apos;</source>
        <translation>un nom de base de données ne peut pas contenir &apos;/&apos;</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::JsonTreeModel</name>
    <message>
        <source>[1 item]</source>
        <translation>[1 élément]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 éléments]</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 clé}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 clés}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Défini par</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::Labels</name>
    <message>
        <source>Community</source>
        <translation>Communautaire</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>White glove</source>
        <translation>Accompagnement dédié</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Mutualisée</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dédiée</translation>
    </message>
    <message>
        <source>Dedicated cluster</source>
        <translation>Cluster dédié</translation>
    </message>
    <message>
        <source>Shared tables</source>
        <translation>Tables partagées</translation>
    </message>
    <message>
        <source>Schema per tenant</source>
        <translation>Schéma par locataire</translation>
    </message>
    <message>
        <source>Database per tenant</source>
        <translation>Base de données par locataire</translation>
    </message>
    <message>
        <source>Cluster per tenant</source>
        <translation>Cluster par locataire</translation>
    </message>
    <message>
        <source>tier default</source>
        <translation>valeur par défaut de l’offre</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>override</source>
        <translation>surcharge</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::MainWindow</name>
    <message>
        <source>Tenancy Console</source>
        <translation>Tenancy Console</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Tenancy Console</source>
        <translation>À &amp;propos de Tenancy Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The database could not be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Impossible d&apos;ouvrir la base de données&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Tenancy Console</source>
        <translation>À propos de Tenancy Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenancy Console %1&lt;/h3&gt;&lt;p&gt;Administration console for multi-tenant SaaS operators.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenancy Console %1&lt;/h3&gt;&lt;p&gt;Console d&apos;administration pour les opérateurs de SaaS multilocataires.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Connect to another database…</source>
        <translation>Se connecter à une autre base de données…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to the database was lost&lt;/b&gt; (%1). Reconnecting… Nothing you typed is lost.</source>
        <translation>&lt;b&gt;La connexion à la base de données a été perdue&lt;/b&gt; (%1). Reconnexion en cours… Rien de ce que vous avez saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Reconnecté à la base de données.</translation>
    </message>
    <message>
        <source>&amp;New Tenant…</source>
        <translation>&amp;Nouveau locataire…</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>Se &amp;connecter à une base de données…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Find Tenant</source>
        <translation>&amp;Rechercher un locataire</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Locataires</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>T&amp;iers</source>
        <translation>&amp;Offres</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Locataire</translation>
    </message>
    <message>
        <source>Tie&amp;rs</source>
        <translation>&amp;Offres</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>no password from the keychain: %1</source>
        <translation>impossible d&apos;obtenir le mot de passe depuis le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — Tenancy Console</source>
        <translation>%1 — Tenancy Console</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>1 tenant</source>
        <translation>1 locataire</translation>
    </message>
    <message>
        <source>%1 tenants</source>
        <translation>%1 locataires</translation>
    </message>
    <message>
        <source>Create a tenant (Ctrl+N)</source>
        <translation>Créer un locataire (Ctrl+N)</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite %1.</translation>
    </message>
    <message>
        <source>Connect to Database</source>
        <translation>Se connecter à une base de données</translation>
    </message>
    <message>
        <source>The database could not be opened: %1

Still connected to %2.</source>
        <translation>La base de données n’a pas pu être ouverte&#xa0;: %1

Toujours connecté à %2.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisionnement</translation>
    </message>
    <message>
        <source>&amp;Provisioning</source>
        <translation>&amp;Provisionnement</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Created %1; provisioning it (see Provisioning, Ctrl+4).</source>
        <translation>%1 créé ; provisionnement en cours (voir Provisionnement, Ctrl+4).</translation>
    </message>
    <message>
        <source>Created %1 (pending until provisioned).</source>
        <translation>%1 créé (en attente jusqu’au provisionnement).</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::NewTenantDialog</name>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Nouveau locataire</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Nom du locataire</translation>
    </message>
    <message>
        <source>Acme Health Inc.</source>
        <translation>Acme Health SAS</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Identifiant du locataire</translation>
    </message>
    <message>
        <source>acme-health</source>
        <translation>acme-health</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;, at most %1 characters; it becomes a DNS label and a schema name and cannot be changed later.</source>
        <translation>Lettres minuscules, chiffres et &apos;-&apos;, %1 caractères au maximum&#xa0;; l&apos;identifiant devient un libellé DNS et un nom de schéma, et ne peut plus être modifié par la suite.</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>E-mail du titulaire</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Industry (optional)</source>
        <translation>Secteur (facultatif)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No industry</source>
        <translation>Aucun secteur</translation>
    </message>
    <message>
        <source>Compliance frameworks</source>
        <translation>Référentiels de conformité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Tenant &amp;id:</source>
        <translation>&amp;Identifiant du locataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner e-mail:</source>
        <translation>&amp;E-mail du titulaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>In&amp;dustry:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compliance:</source>
        <translation>&amp;Conformité&#xa0;:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Stockage&#xa0;:</translation>
    </message>
    <message>
        <source>1 GB = 10⁹ bytes</source>
        <translation>1 GB = 10⁹ octets</translation>
    </message>
    <message>
        <source>AI sessions:</source>
        <translation>Sessions IA&#xa0;:</translation>
    </message>
    <message>
        <source>AI sessions per month</source>
        <translation>Sessions IA par mois</translation>
    </message>
    <message>
        <source>API rate:</source>
        <translation>Débit API&#xa0;:</translation>
    </message>
    <message>
        <source>Integrations:</source>
        <translation>Intégrations&#xa0;:</translation>
    </message>
    <message>
        <source>Custom integrations</source>
        <translation>Intégrations personnalisées</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Support&#xa0;:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA&#xa0;:</translation>
    </message>
    <message>
        <source>Isolation:</source>
        <translation>Isolation&#xa0;:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix&#xa0;:</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>Offre %1</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 requests per hour</source>
        <translation>%1 requêtes par heure</translation>
    </message>
    <message>
        <source>Quoted per customer</source>
        <translation>Prix sur devis</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Configuration template</source>
        <translation>Modèle de configuration</translation>
    </message>
    <message>
        <source>The template the tenant&apos;s first configuration is rendered from</source>
        <translation>Le modèle à partir duquel la première configuration du locataire est générée</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Surcharges</translation>
    </message>
    <message>
        <source>One per line, for example:
limits.max_users=50
security.mfa_config.required=true</source>
        <translation>Une par ligne, par exemple&#xa0;:
limits.max_users=50
security.mfa_config.required=true</translation>
    </message>
    <message>
        <source>PATH=VALUE, one per line: the path under configuration (or from the document&apos;s root), the value as JSON (50, true, [&quot;a&quot;]) or else text. Lines starting with # are ignored.</source>
        <translation>CHEMIN=VALEUR, une par ligne&#xa0;: le chemin sous configuration (ou depuis la racine du document), la valeur en JSON (50, true, [&quot;a&quot;]) ou sinon en texte. Les lignes commençant par # sont ignorées.</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;verrides:</source>
        <translation>Sur&amp;charges&#xa0;:</translation>
    </message>
    <message>
        <source>The tier&apos;s own (%1)</source>
        <translation>Celui de l&apos;offre (%1)</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation>%1 (fourni)</translation>
    </message>
    <message>
        <source>%1 version %2 (saved by %3)</source>
        <translation>%1 version %2 (enregistré par %3)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No template &quot;%1&quot;.</source>
        <translation>Aucun modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saved templates could not be loaded: %1</source>
        <translation>Les modèles enregistrés n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unchecked, the tenant stays pending until provisioned from the directory</source>
        <translation>Décoché, le locataire reste en attente jusqu’à son provisionnement depuis l’annuaire</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite %1.</translation>
    </message>
    <message>
        <source>Provision it no&amp;w (six steps, shown in Provisioning)</source>
        <translation>Provisionner &amp;maintenant (six étapes, visibles dans Provisionnement)</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ProvisioningJobsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Retour arrière en cours</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Retour arrière effectué</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 étapes sur %2 effectuées</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Motif de l&apos;arrêt</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ProvisioningView</name>
    <message>
        <source>Provisioning</source>
        <translation>Provisionnement</translation>
    </message>
    <message>
        <source>&amp;Retry Step</source>
        <translation>&amp;Réessayer l&apos;étape</translation>
    </message>
    <message>
        <source>Run the failed step again, and the steps after it</source>
        <translation>Relancer l&apos;étape en échec et les étapes suivantes</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Go on from where the job stopped (interrupted or cancelled)</source>
        <translation>Reprendre là où la tâche s&apos;est arrêtée (interrompue ou annulée)</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>Retour &amp;arrière</translation>
    </message>
    <message>
        <source>Undo every step the job ran, newest first; the tenant is pending again</source>
        <translation>Défaire toutes les étapes exécutées par la tâche, de la plus récente à la plus ancienne&#xa0;; le locataire repasse en attente</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop the running job at its next check</source>
        <translation>Arrêter la tâche en cours à son prochain point de contrôle</translation>
    </message>
    <message>
        <source>&amp;Force…</source>
        <translation>&amp;Forcer…</translation>
    </message>
    <message>
        <source>Run the job with validation skipped (admin; asks for a reason, which is audited)</source>
        <translation>Exécuter la tâche sans validation (admin&#xa0;; un motif est demandé et consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Show &amp;finished jobs</source>
        <translation>Afficher les tâches &amp;terminées</translation>
    </message>
    <message>
        <source>Jobs that completed or were rolled back more than an hour ago</source>
        <translation>Tâches terminées ou ayant fait l&apos;objet d&apos;un retour arrière il y a plus d&apos;une heure</translation>
    </message>
    <message>
        <source>Provisioning jobs</source>
        <translation>Tâches de provisionnement</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Journal de la tâche</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>Sélectionnez une tâche pour afficher son journal.</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Retour arrière pour %1</translation>
    </message>
    <message>
        <source>Undo every step job %1 ran for %2 (its storage, %3, is removed), newest first? The tenant goes back to pending.</source>
        <translation>Défaire toutes les étapes exécutées par la tâche %1 pour %2 (son stockage, %3, sera supprimé), de la plus récente à la plus ancienne&#xa0;? Le locataire repasse en attente.</translation>
    </message>
    <message>
        <source>Force provisioning of %1</source>
        <translation>Forcer le provisionnement de %1</translation>
    </message>
    <message>
        <source>Validation of %1 will be skipped. Why? (The reason is audited.)</source>
        <translation>La validation de %1 sera ignorée. Pourquoi&#xa0;? (Le motif est consigné dans le journal d&apos;audit.)</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Forcer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Arrêté à l&apos;étape %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interrupted.&lt;/b&gt; %1 Resume goes on from there; Roll Back undoes it.</source>
        <translation>&lt;b&gt;Interrompu.&lt;/b&gt; %1 «&#xa0;Reprendre&#xa0;» continue à partir de là&#xa0;; «&#xa0;Retour arrière&#xa0;» défait ce qui a été fait.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Annulé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 is active (%2 isolation, in %3).</source>
        <translation>%1 est actif (isolation %2, dans %3).</translation>
    </message>
    <message>
        <source>Rolled back: %1 is pending again.</source>
        <translation>Retour arrière effectué&#xa0;: %1 est de nouveau en attente.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 étapes sur %2 effectuées.</translation>
    </message>
    <message>
        <source>Forced past validation: %1</source>
        <translation>Validation ignorée (forcée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>%1 is provisioned and active.</source>
        <translation>%1 est provisionné et actif.</translation>
    </message>
    <message>
        <source>%1 is rolled back and pending again.</source>
        <translation>%1 a fait l&apos;objet d&apos;un retour arrière et est de nouveau en attente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite %1.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why? This goes to the audit log.</source>
        <translation>Pourquoi&#xa0;? Le motif est consigné dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::SchemaForm</name>
    <message>
        <source>comma-separated</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::SectionEditor</name>
    <message>
        <source>reset %1</source>
        <translation>réinitialisation de %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>modification de %1</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Appliquer…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied</source>
        <translation>
            <numerusform>%n modification non appliquée</numerusform>
            <numerusform>%n modifications non appliquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite %1.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TemplatesView</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>lowercase_name</source>
        <translation>nom_en_minuscules</translation>
    </message>
    <message>
        <source>what changed (optional)</source>
        <translation>ce qui a changé (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problèmes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>saved by %1</source>
        <translation>enregistré par %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (shipped: saving makes your own copy)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 (fourni&#xa0;: l’enregistrement crée votre propre copie)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; version %2</translation>
    </message>
    <message>
        <source>%1:%2  %3</source>
        <translation>%1:%2  %3</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>(fix the problems to see the rendered document)</source>
        <translation>(corrigez les problèmes pour voir le document rendu)</translation>
    </message>
    <message>
        <source>Saved as %1 version %2.</source>
        <translation>Enregistré sous %1, version %2.</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Les modèles n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite %1.</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Corrigez d’abord les problèmes.</translation>
    </message>
    <message>
        <source>Give it a name first.</source>
        <translation>Donnez-lui d’abord un nom.</translation>
    </message>
    <message>
        <source>Save as the next version of this name</source>
        <translation>Enregistrer comme version suivante sous ce nom</translation>
    </message>
    <message>
        <source>Preview for tenant</source>
        <translation>Aperçu pour le locataire</translation>
    </message>
    <message>
        <source>a sample tenant (or type a tenant id)</source>
        <translation>un locataire d&apos;exemple (ou saisissez un identifiant)</translation>
    </message>
    <message>
        <source>Render with this tenant&apos;s values and overrides, as if it moved to this template</source>
        <translation>Générer avec les valeurs et surcharges de ce locataire, comme s&apos;il passait à ce modèle</translation>
    </message>
    <message>
        <source>Pre&amp;view for:</source>
        <translation>A&amp;perçu pour&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot be rendered for %1: %2</source>
        <translation>Impossible de générer pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no overrides</source>
        <translation>aucune surcharge</translation>
    </message>
    <message>
        <source>1 override</source>
        <translation>1 surcharge</translation>
    </message>
    <message>
        <source>%1 overrides</source>
        <translation>%1 surcharges</translation>
    </message>
    <message>
        <source>Rendered for %1 (%2 tier, %3): what applying this text would give.</source>
        <translation>Généré pour %1 (offre %2, %3)&#xa0;: ce que donnerait l&apos;application de ce texte.</translation>
    </message>
    <message>
        <source>Not valid for %1: %2</source>
        <translation>Non valide pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1; showing a sample tenant instead.</source>
        <translation>%1&#xa0;; un locataire d&apos;exemple est affiché à la place.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantAiView</name>
    <message>
        <source>inherited</source>
        <translation>hérité</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>surchargé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Model access</source>
        <translation>Accès aux modèles</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tier allows</source>
        <translation>Autorisé par l&apos;offre</translation>
    </message>
    <message>
        <source>Reset to tier</source>
        <translation>Revenir à l&apos;offre</translation>
    </message>
    <message>
        <source>Drop this tenant&apos;s own value: the tier&apos;s applies again</source>
        <translation>Supprimer la valeur propre à ce locataire&#xa0;: celle de l&apos;offre s&apos;applique à nouveau</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Limites de débit</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Requêtes par &amp;minute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tokens per day:</source>
        <translation>&amp;Jetons par jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>Requêtes &amp;simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Content filter</source>
        <translation>Filtre de contenu</translation>
    </message>
    <message>
        <source>&amp;Filter content</source>
        <translation>&amp;Filtrer le contenu</translation>
    </message>
    <message>
        <source>Blocks from</source>
        <translation>Bloque à partir de</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Invites</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>safe blocks anything beyond harmless; high only the worst</source>
        <translation>safe bloque tout ce qui n&apos;est pas inoffensif&#xa0;; high ne bloque que le pire</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>ML pipeline</source>
        <translation>Pipeline ML</translation>
    </message>
    <message>
        <source>reset to tier (not applied)</source>
        <translation>remis à la valeur de l&apos;offre (non appliqué)</translation>
    </message>
    <message>
        <source>edited (not applied)</source>
        <translation>modifié (non appliqué)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no tier bound</source>
        <translation>aucune limite fixée par l&apos;offre</translation>
    </message>
    <message>
        <source>the %1 tier allows up to %2</source>
        <translation>l&apos;offre %1 autorise jusqu&apos;à %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantConfigurationView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Appliquer…</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Roll Back to This Revision…</source>
        <translation>&amp;Rétablir cette révision…</translation>
    </message>
    <message>
        <source>Revision %1 · template %2 %3 · tenant version %4</source>
        <translation>Révision %1 · modèle %2 %3 · version du locataire %4</translation>
    </message>
    <message>
        <source>rollback to %1</source>
        <translation>rétablissement de la révision %1</translation>
    </message>
    <message>
        <source>edit (not applied)</source>
        <translation>modification (non appliquée)</translation>
    </message>
    <message>
        <source>Roll Back %1</source>
        <translation>Rétablir une révision de %1</translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation>Appliquer à %1</translation>
    </message>
    <message>
        <source>Revision %1 of %2&apos;s configuration becomes current again, as revision %3:</source>
        <translation>La révision %1 de la configuration de %2 redevient actuelle, en tant que révision %3&#xa0;:</translation>
    </message>
    <message>
        <source>These values of %1&apos;s configuration change, as revision %2:</source>
        <translation>Ces valeurs de la configuration de %1 changent, en tant que révision %2&#xa0;:</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Enregistré en tant que révision %1.</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Non chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Reload %1&apos;s configuration? Your edits are kept.</source>
        <translation>Recharger la configuration de %1&#xa0;? Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite %1.</translation>
    </message>
    <message>
        <source>Double-click a value to edit it first.</source>
        <translation>Double-cliquez d’abord sur une valeur pour la modifier.</translation>
    </message>
    <message>
        <source>See what changes, then apply it</source>
        <translation>Voir ce qui change, puis appliquer</translation>
    </message>
    <message>
        <source>Make this revision current again (as a new one)</source>
        <translation>Rétablir cette révision comme révision actuelle (sous forme de nouvelle révision)</translation>
    </message>
    <message>
        <source>Select an earlier revision first.</source>
        <translation>Sélectionnez d’abord une révision antérieure.</translation>
    </message>
    <message>
        <source>reset to the layer below (not applied)</source>
        <translation>réinitialisation à la couche inférieure (non appliquée)</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantDetailView</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Reading the audit log needs %1.</source>
        <translation>La lecture du journal d&apos;audit nécessite %1.</translation>
    </message>
    <message>
        <source>No recorded changes</source>
        <translation>Aucune modification enregistrée</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · version %3</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Offre&#xa0;:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites&#xa0;:</translation>
    </message>
    <message>
        <source>%1 users · %2 storage · %3 AI sessions/month · %4 API requests/hour · %5 custom integrations</source>
        <translation>%1 utilisateurs · %2 de stockage · %3 sessions IA/mois · %4 requêtes API/heure · %5 intégrations personnalisées</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Titulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Compliance:</source>
        <translation>Conformité&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Modifié le&#xa0;:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Not in this database</source>
        <translation>Absent de cette base de données</translation>
    </message>
    <message>
        <source>%1 — %2 per month</source>
        <translation>%1 — %2 par mois</translation>
    </message>
    <message>
        <source>%1 — price by quote</source>
        <translation>%1 — prix sur devis</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>%1 support · %2 SLA · %3</source>
        <translation>Support %1 · SLA %2 · %3</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Événements de sécurité</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantDirectoryModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>En cours de provisionnement</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Deprovisioning</source>
        <translation>En cours de déprovisionnement</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>%1 (%2, jurisdiction %3)</source>
        <translation>%1 (%2, juridiction %3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantEventsView</name>
    <message>
        <source>Events since</source>
        <translation>Événements depuis</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Audit &amp;Security…</source>
        <translation>Audit de &amp;sécurité…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Bursts of failed sign-ins</source>
        <translation>Pics d&apos;échecs de connexion</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Événements de sécurité</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Security report</source>
        <translation>Rapport de sécurité</translation>
    </message>
    <message>
        <source>Import Security Events</source>
        <translation>Importer des événements de sécurité</translation>
    </message>
    <message>
        <source>Event exports (*.csv *.json *.jsonl);;All files (*)</source>
        <translation>Exports d&apos;événements (*.csv *.json *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read an export of authentication events (CSV, JSON)</source>
        <translation>Lire un export d&apos;événements d&apos;authentification (CSV, JSON)</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite %1.</translation>
    </message>
    <message>
        <source>Security events need %1.</source>
        <translation>Les événements de sécurité nécessitent %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>In a burst of failed sign-ins</source>
        <translation>Dans un pic d&apos;échecs de connexion</translation>
    </message>
    <message>
        <source>No events in this span.</source>
        <translation>Aucun événement sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>%1: %2 events imported, %3 already there, %4 skipped.</source>
        <translation>%1&#xa0;: %2 événements importés, %3 déjà présents, %4 ignorés.</translation>
    </message>
    <message>
        <source>Security audit of %1 (%2 tier)</source>
        <translation>Audit de sécurité de %1 (offre %2)</translation>
    </message>
    <message>
        <source>Bursts of failed sign-ins (7 days)</source>
        <translation>Pics d&apos;échecs de connexion (7 jours)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Recommended changes</source>
        <translation>Modifications recommandées</translation>
    </message>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation>Les événements n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit could not be made: %1</source>
        <translation>L&apos;audit n&apos;a pas pu être réalisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantLifecycleActions</name>
    <message>
        <source>Change &amp;Tier…</source>
        <translation>Changer d&apos;&amp;offre…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Deprovision…</source>
        <translation>&amp;Déprovisionner…</translation>
    </message>
    <message>
        <source>Cancel Deprovisioning…</source>
        <translation>Annuler le déprovisionnement…</translation>
    </message>
    <message>
        <source>P&amp;urge…</source>
        <translation>P&amp;urger…</translation>
    </message>
    <message>
        <source>&amp;Legal Hold…</source>
        <translation>&amp;Conservation légale…</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only active or suspended tenants change tier.</source>
        <translation>Seuls les locataires actifs ou suspendus peuvent changer d&apos;offre.</translation>
    </message>
    <message>
        <source>Upgrade or downgrade the selected tenant, after seeing what would change</source>
        <translation>Changer l&apos;offre du locataire sélectionné, après avoir vu ce qui changerait</translation>
    </message>
    <message>
        <source>Only active or suspended tenants are deprovisioned.</source>
        <translation>Seuls les locataires actifs ou suspendus peuvent être déprovisionnés.</translation>
    </message>
    <message>
        <source>Suspend access and start the %1-day grace period before the data is purged</source>
        <translation>Suspendre l&apos;accès et lancer le délai de grâce de %1 jours avant la purge des données</translation>
    </message>
    <message>
        <source>Only a tenant being deprovisioned can be kept.</source>
        <translation>Seul un locataire en cours de déprovisionnement peut être conservé.</translation>
    </message>
    <message>
        <source>Keep the tenant: it goes back to how it was</source>
        <translation>Conserver le locataire&#xa0;: il revient à son état antérieur</translation>
    </message>
    <message>
        <source>Only a tenant being deprovisioned can be purged.</source>
        <translation>Seul un locataire en cours de déprovisionnement peut être purgé.</translation>
    </message>
    <message>
        <source>Back up, destroy and certify the tenant&apos;s data now</source>
        <translation>Sauvegarder, détruire et certifier maintenant les données du locataire</translation>
    </message>
    <message>
        <source>A purged tenant has no data to hold.</source>
        <translation>Un locataire purgé n&apos;a plus de données à conserver.</translation>
    </message>
    <message>
        <source>Place or lift a legal hold (a held tenant cannot be purged)</source>
        <translation>Placer ou lever une conservation légale (un locataire sous conservation légale ne peut pas être purgé)</translation>
    </message>
    <message>
        <source>Changing the tier of %1…</source>
        <translation>Changement d&apos;offre de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Changer d&apos;offre</translation>
    </message>
    <message>
        <source>Access to &lt;b&gt;%1&lt;/b&gt; is suspended at once. Until &lt;b&gt;%2&lt;/b&gt; (the grace period of %3 days) the deprovisioning can be cancelled and the tenant is as it was.</source>
        <translation>L&apos;accès à &lt;b&gt;%1&lt;/b&gt; est suspendu immédiatement. Jusqu&apos;au &lt;b&gt;%2&lt;/b&gt; (délai de grâce de %3 jours), le déprovisionnement peut être annulé et le locataire retrouve son état antérieur.</translation>
    </message>
    <message>
        <source>After that its data may be purged: backed up, destroyed and certified. The final backup is kept %1 days after the purge (from %2 at the earliest, until %3).</source>
        <translation>Ensuite, ses données peuvent être purgées&#xa0;: sauvegardées, détruites et certifiées. La sauvegarde finale est conservée %1 jours après la purge (au plus tôt à partir du %2, jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>Deprovision %1</source>
        <translation>Déprovisionner %1</translation>
    </message>
    <message>
        <source>&amp;Deprovision</source>
        <translation>&amp;Déprovisionner</translation>
    </message>
    <message>
        <source>Cancel deprovisioning of %1</source>
        <translation>Annuler le déprovisionnement de %1</translation>
    </message>
    <message>
        <source>Why is %1 being kept? It goes back to how it was before deprovisioning.</source>
        <translation>Pourquoi conserver %1&#xa0;? Il revient à son état d&apos;avant le déprovisionnement.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Conserver %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is backed up (its data and configuration, compressed, with a SHA-256), then its storage is destroyed: dropped, or overwritten and deleted. A deletion certificate records what was destroyed, when and by whom.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est sauvegardé (ses données et sa configuration, compressées, avec un SHA-256), puis son stockage est détruit&#xa0;: supprimé, ou écrasé puis effacé. Un certificat de suppression consigne ce qui a été détruit, quand et par qui.</translation>
    </message>
    <message>
        <source>This cannot be undone. The backup is kept %1 days.</source>
        <translation>Cette action est irréversible. La sauvegarde est conservée %1 jours.</translation>
    </message>
    <message>
        <source>Purge %1</source>
        <translation>Purger %1</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Purger</translation>
    </message>
    <message>
        <source>Place a legal hold on %1</source>
        <translation>Placer %1 sous conservation légale</translation>
    </message>
    <message>
        <source>Lift the legal hold on %1</source>
        <translation>Lever la conservation légale de %1</translation>
    </message>
    <message>
        <source>Why is %1 held? While held, it cannot be purged, not even after its grace period.</source>
        <translation>Pourquoi %1 est-il sous conservation légale&#xa0;? Tant qu&apos;elle dure, il ne peut pas être purgé, même après son délai de grâce.</translation>
    </message>
    <message>
        <source>%1 is held: &quot;%2&quot;. Why is the hold lifted?</source>
        <translation>%1 est sous conservation légale&#xa0;: «&#xa0;%2&#xa0;». Pourquoi la lever&#xa0;?</translation>
    </message>
    <message>
        <source>Place Hold</source>
        <translation>Placer sous conservation</translation>
    </message>
    <message>
        <source>Lift Hold</source>
        <translation>Lever la conservation</translation>
    </message>
    <message>
        <source>%1 is being deprovisioned; it can be purged from %2.</source>
        <translation>%1 est en cours de déprovisionnement&#xa0;; il pourra être purgé à partir du %2.</translation>
    </message>
    <message>
        <source>Deprovisioning of %1 cancelled.</source>
        <translation>Déprovisionnement de %1 annulé.</translation>
    </message>
    <message>
        <source>%1 is under a legal hold.</source>
        <translation>%1 est sous conservation légale.</translation>
    </message>
    <message>
        <source>The legal hold on %1 is lifted.</source>
        <translation>La conservation légale de %1 est levée.</translation>
    </message>
    <message>
        <source>%1 is on the %2 tier.</source>
        <translation>%1 est sur l&apos;offre %2.</translation>
    </message>
    <message>
        <source>%1 is purged; its deletion certificate is in the database.</source>
        <translation>%1 est purgé&#xa0;; son certificat de suppression est dans la base de données.</translation>
    </message>
    <message>
        <source>%1 is purged; deletion certificate: %2</source>
        <translation>%1 est purgé&#xa0;; certificat de suppression&#xa0;: %2</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>The tier was not changed</source>
        <translation>L&apos;offre n&apos;a pas été changée</translation>
    </message>
    <message>
        <source>The tenant was not purged</source>
        <translation>Le locataire n&apos;a pas été purgé</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantSecurityView</name>
    <message>
        <source>pass</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Conformance:</source>
        <translation>Conformité&#xa0;:</translation>
    </message>
    <message>
        <source>The policies as edited, against each framework&apos;s clauses (hover a badge for them)</source>
        <translation>Les politiques telles que modifiées, confrontées aux clauses de chaque référentiel (survolez un badge pour les voir)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Authentification multifacteur</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Try a password</source>
        <translation>Tester un mot de passe</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Password to try</source>
        <translation>Mot de passe à tester</translation>
    </message>
    <message>
        <source>Checked against this tenant&apos;s policy as you type; not stored, not logged</source>
        <translation>Vérifié par rapport à la politique de ce locataire pendant la saisie&#xa0;; ni enregistré, ni journalisé</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>strength %v of 100</source>
        <translation>robustesse %v sur 100</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message>
        <source>Rules the password breaks</source>
        <translation>Règles enfreintes par le mot de passe</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>%1 conformance: %2</source>
        <translation>Conformité %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>About 10^%1 guesses: %2 for an offline attack on a slow hash.</source>
        <translation>Environ 10^%1 essais&#xa0;: %2 pour une attaque hors ligne sur un hachage lent.</translation>
    </message>
    <message>
        <source>✓ Satisfies the policy.</source>
        <translation>✓ Respecte la politique.</translation>
    </message>
    <message>
        <source>edited (not applied)</source>
        <translation>modifié (non appliqué)</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantsView</name>
    <message>
        <source>Search id, name or owner e-mail…</source>
        <translation>Rechercher par identifiant, nom ou e-mail du titulaire…</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Rechercher des locataires</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>Filtre par offre</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Toutes les offres</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtre par région</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No tenants yet&lt;/h2&gt;&lt;p&gt;Create the first one with &lt;b&gt;New tenant&lt;/b&gt; (Ctrl+N), or explore the console with a realistic sample fleet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun locataire pour l&apos;instant&lt;/h2&gt;&lt;p&gt;Créez le premier avec &lt;b&gt;Nouveau locataire&lt;/b&gt; (Ctrl+N) ou découvrez la console avec un parc de démonstration réaliste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load a sample fleet of %L1 tenants…</source>
        <translation>Charger un parc de démonstration de %L1 locataires…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Suspendre…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Réactiver…</translation>
    </message>
    <message>
        <source>Load a &amp;sample fleet of %L1 tenants…</source>
        <translation>Charger un parc de &amp;démonstration de %L1 locataires…</translation>
    </message>
    <message>
        <source>Could not load tenants</source>
        <translation>Impossible de charger les locataires</translation>
    </message>
    <message>
        <source>1 tenant</source>
        <translation>1 locataire</translation>
    </message>
    <message>
        <source>%1 tenants</source>
        <translation>%1 locataires</translation>
    </message>
    <message>
        <source>%1 of %2 tenants</source>
        <translation>%1 locataires sur %2</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Nécessite %1.</translation>
    </message>
    <message>
        <source>Only active tenants can be suspended.</source>
        <translation>Seuls les locataires actifs peuvent être suspendus.</translation>
    </message>
    <message>
        <source>Suspend the selected tenant</source>
        <translation>Suspendre le locataire sélectionné</translation>
    </message>
    <message>
        <source>Only suspended tenants can be reactivated.</source>
        <translation>Seuls les locataires suspendus peuvent être réactivés.</translation>
    </message>
    <message>
        <source>Reactivate the selected tenant</source>
        <translation>Réactiver le locataire sélectionné</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>Why is %1 being suspended?</source>
        <translation>Pourquoi suspendre %1&#xa0;?</translation>
    </message>
    <message>
        <source>Why is %1 being reactivated?</source>
        <translation>Pourquoi réactiver %1&#xa0;?</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Sample fleet</source>
        <translation>Parc de démonstration</translation>
    </message>
    <message>
        <source>The sample fleet was not loaded: %1</source>
        <translation>Le parc de démonstration n&apos;a pas été chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Loading a sample fleet…</source>
        <translation>Chargement du parc de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close Tenant Tab</source>
        <translation>Fermer l’onglet du locataire</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Les locataires n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reload %1 and try again?</source>
        <translation>Recharger %1 et réessayer&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is now %2: not changed again. Your reason is kept.</source>
        <translation>%1 est maintenant %2&#xa0;: pas de nouvelle modification. Votre motif est conservé.</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Provisionner</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Only pending tenants can be provisioned; a failed job is retried or rolled back in Provisioning.</source>
        <translation>Seuls les locataires en attente peuvent être provisionnés&#xa0;; une tâche en échec est relancée ou fait l&apos;objet d&apos;un retour arrière dans «&#xa0;Provisionnement&#xa0;».</translation>
    </message>
    <message>
        <source>Provision the selected tenant: six steps, shown in Provisioning</source>
        <translation>Provisionner le locataire sélectionné&#xa0;: six étapes, affichées dans «&#xa0;Provisionnement&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TierComparisonModel</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>AI sessions per month</source>
        <translation>Sessions IA par mois</translation>
    </message>
    <message>
        <source>API requests per hour</source>
        <translation>Requêtes API par heure</translation>
    </message>
    <message>
        <source>Custom integrations</source>
        <translation>Intégrations personnalisées</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Niveau de support</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Default isolation</source>
        <translation>Isolation par défaut</translation>
    </message>
    <message>
        <source>Monthly list price</source>
        <translation>Prix catalogue mensuel</translation>
    </message>
    <message>
        <source>Users a tenant can have</source>
        <translation>Utilisateurs qu&apos;un locataire peut avoir</translation>
    </message>
    <message>
        <source>Storage a tenant can use, in decimal units: 1 GB = 10⁹ bytes</source>
        <translation>Stockage qu&apos;un locataire peut utiliser, en unités décimales&#xa0;: 1 GB = 10⁹ octets</translation>
    </message>
    <message>
        <source>AI sessions a tenant can start per month</source>
        <translation>Sessions IA qu&apos;un locataire peut démarrer par mois</translation>
    </message>
    <message>
        <source>Requests a tenant can make to the API per hour</source>
        <translation>Requêtes qu&apos;un locataire peut adresser à l&apos;API par heure</translation>
    </message>
    <message>
        <source>Custom integrations a tenant can set up</source>
        <translation>Intégrations personnalisées qu&apos;un locataire peut configurer</translation>
    </message>
    <message>
        <source>The support the tenant is entitled to</source>
        <translation>Le support auquel le locataire a droit</translation>
    </message>
    <message>
        <source>Availability promised by the service level agreement</source>
        <translation>Disponibilité garantie par l&apos;accord de niveau de service (SLA)</translation>
    </message>
    <message>
        <source>Where the tenant&apos;s workloads run</source>
        <translation>Où s&apos;exécutent les charges de travail du locataire</translation>
    </message>
    <message>
        <source>How a new tenant&apos;s data is separated from other tenants&apos;</source>
        <translation>Comment les données d&apos;un nouveau locataire sont séparées de celles des autres locataires</translation>
    </message>
    <message>
        <source>List price per month; custom tiers are quoted per customer</source>
        <translation>Prix catalogue par mois&#xa0;; les offres sur mesure font l&apos;objet d&apos;un devis par client</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sur devis</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>%L1 bytes (1 GB = 10⁹ bytes)</source>
        <translation>%L1 octets (1 GB = 10⁹ octets)</translation>
    </message>
    <message>
        <source>%1 availability</source>
        <translation>Disponibilité de %1</translation>
    </message>
    <message>
        <source>%1 (isolation level &quot;%2&quot;)</source>
        <translation>%1 (niveau d&apos;isolation «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>Quote-only: the price is agreed with each customer</source>
        <translation>Sur devis uniquement&#xa0;: le prix est convenu avec chaque client</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (differs from %2)</source>
        <translation>%1 (diffère de %2)</translation>
    </message>
    <message>
        <source>The %1 tier</source>
        <translation>L&apos;offre %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TiersView</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export the tier comparison as CSV</source>
        <translation>Exporter la comparaison des offres au format CSV</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export the tier comparison as PDF</source>
        <translation>Exporter la comparaison des offres au format PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the tier comparison</source>
        <translation>Imprimer la comparaison des offres</translation>
    </message>
    <message>
        <source>Limits, service levels and monthly list prices of each tier, in %1. Highlighted cells differ from the tier to their left. Storage is in decimal units: 1 GB = 10⁹ bytes.</source>
        <translation>Limites, niveaux de service et prix catalogue mensuels de chaque offre, en %1. Les cellules en surbrillance diffèrent de l&apos;offre située à leur gauche. Le stockage est exprimé en unités décimales&#xa0;: 1 GB = 10⁹ octets.</translation>
    </message>
    <message>
        <source>Tier comparison</source>
        <translation>Comparaison des offres</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>Tenancy Console</source>
        <translation>Tenancy Console</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Export tier comparison as CSV</source>
        <translation>Exporter la comparaison des offres au format CSV</translation>
    </message>
    <message>
        <source>tier-comparison.csv</source>
        <translation>comparaison-offres.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export tier comparison as PDF</source>
        <translation>Exporter la comparaison des offres au format PDF</translation>
    </message>
    <message>
        <source>tier-comparison.pdf</source>
        <translation>comparaison-offres.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Print tier comparison</source>
        <translation>Imprimer la comparaison des offres</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TypeToConfirmDialog</name>
    <message>
        <source>Tenant id, typed to confirm</source>
        <translation>ID du locataire, saisi pour confirmer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why? This goes to the audit log.</source>
        <translation>Pourquoi&#xa0;? Le motif est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>That is not %1.</source>
        <translation>Ce n&apos;est pas %1.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::UpgradeDialog</name>
    <message>
        <source>Change the tier of %1</source>
        <translation>Changer l&apos;offre de %1</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>Modifications de configuration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why? This goes to the audit log.</source>
        <translation>Pourquoi&#xa0;? Le motif est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Change &amp;tier</source>
        <translation>Changer d&apos;&amp;offre</translation>
    </message>
    <message>
        <source>New &amp;tier:</source>
        <translation>Nouvelle &amp;offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>There is no other tier.</source>
        <translation>Il n&apos;y a pas d&apos;autre offre.</translation>
    </message>
    <message>
        <source>Working out what the change would do…</source>
        <translation>Calcul des effets du changement…</translation>
    </message>
    <message>
        <source>%1 moves from the &lt;b&gt;%2&lt;/b&gt; tier to the &lt;b&gt;%3&lt;/b&gt; tier.</source>
        <translation>%1 passe de l&apos;offre &lt;b&gt;%2&lt;/b&gt; à l&apos;offre &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Its data moves from %1 to %2.</source>
        <translation>Ses données passent de %1 à %2.</translation>
    </message>
    <message>
        <source>Its isolation becomes %1; its data stays where it is.</source>
        <translation>Son isolation devient %1&#xa0;; ses données restent où elles sont.</translation>
    </message>
    <message>
        <source>Its data stays where it is (%1).</source>
        <translation>Ses données restent où elles sont (%1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>This change cannot be made as things are.</source>
        <translation>Ce changement est impossible en l&apos;état.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tenancy Console</source>
        <translation>Tenancy Console</translation>
    </message>
    <message>
        <source>Administration console for multi-tenant SaaS operators.</source>
        <translation>Console d&apos;administration pour les opérateurs de SaaS multilocataires.</translation>
    </message>
    <message>
        <source>who is acting, on SQLite (default: the OS user)</source>
        <translation>qui agit, sous SQLite (par défaut&#xa0;: l&apos;utilisateur du système)</translation>
    </message>
    <message>
        <source>sqlite:///path or postgresql://user@host:port/db (default: the last connection, $TENANCY_DB, else the local SQLite file)</source>
        <translation>sqlite:///path ou postgresql://user@host:port/db (par défaut&#xa0;: la dernière connexion, $TENANCY_DB, sinon le fichier SQLite local)</translation>
    </message>
</context>
</TS>
