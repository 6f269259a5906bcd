<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Tenancy::AiConfigurationManager</name>
    <message>
        <source>the %1 tier cannot enable %2</source>
        <translation>der Tarif %1 kann %2 nicht aktivieren</translation>
    </message>
    <message>
        <source>the %1 tier cannot enable %2; the %3 tier or above can</source>
        <translation>der Tarif %1 kann %2 nicht aktivieren; ab dem Tarif %3 ist es möglich</translation>
    </message>
    <message>
        <source>%1 is above the %2 tier&apos;s bound of %3; only a higher tier can raise it</source>
        <translation>%1 liegt über der Grenze des Tarifs %2 von %3; nur ein höherer Tarif kann sie anheben</translation>
    </message>
    <message>
        <source>custom models</source>
        <translation>benutzerdefinierte Modelle</translation>
    </message>
    <message>
        <source>fine-tuned models</source>
        <translation>feinabgestimmte Modelle</translation>
    </message>
</context>
<context>
    <name>Tenancy::BurstDetector</name>
    <message>
        <source>%1 failed sign-ins between %2 and %3 UTC, against a median of %4 an hour over the %5 hours before (robust z-score %6, threshold %7)</source>
        <translation>%1 fehlgeschlagene Anmeldungen zwischen %2 und %3 UTC, gegenüber einem Median von %4 pro Stunde in den %5 Stunden davor (robuster z-Wert %6, Schwelle %7)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a span such as 30m, 1h, 24h, 7d or 2w</source>
        <translation>&quot;%1&quot; ist keine Zeitspanne wie 30m, 1h, 24h, 7d oder 2w</translation>
    </message>
</context>
<context>
    <name>Tenancy::Catalog</name>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be a three-letter ISO 4217 code</source>
        <translation>&quot;currency&quot; muss ein dreistelliger Buchstabencode nach ISO 4217 sein</translation>
    </message>
    <message>
        <source>&quot;base_configuration&quot; must be an object</source>
        <translation>&quot;base_configuration&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;tiers&quot; must be a non-empty array</source>
        <translation>&quot;tiers&quot; muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>tiers[%1]</source>
        <translation>tiers[%1]</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a lowercase identifier</source>
        <translation>&quot;name&quot; muss ein Bezeichner in Kleinbuchstaben sein</translation>
    </message>
    <message>
        <source>duplicate tier name &quot;%1&quot;</source>
        <translation>doppelter Tarifname &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;display_name&quot; is missing</source>
        <translation>&quot;display_name&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;limits.%1&quot; must be a non-negative integer or &quot;unlimited&quot;</source>
        <translation>&quot;limits.%1&quot; muss eine nicht negative ganze Zahl oder &quot;unlimited&quot; sein</translation>
    </message>
    <message>
        <source>&quot;support_level&quot; must be an identifier</source>
        <translation>&quot;support_level&quot; muss ein Bezeichner sein</translation>
    </message>
    <message>
        <source>&quot;sla_percent&quot; must be a number above 0 and at most 100</source>
        <translation>&quot;sla_percent&quot; muss eine Zahl größer als 0 und höchstens 100 sein</translation>
    </message>
    <message>
        <source>&quot;infrastructure&quot; must be an identifier</source>
        <translation>&quot;infrastructure&quot; muss ein Bezeichner sein</translation>
    </message>
    <message>
        <source>&quot;default_isolation&quot; must be shared, schema, database or cluster</source>
        <translation>&quot;default_isolation&quot; muss shared, schema, database oder cluster sein</translation>
    </message>
    <message>
        <source>&quot;monthly_price_minor&quot; must be a non-negative integer (minor units) or null for quote-only</source>
        <translation>&quot;monthly_price_minor&quot; muss eine nicht negative ganze Zahl (in der kleinsten Währungseinheit) oder null für „Preis auf Anfrage“ sein</translation>
    </message>
    <message>
        <source>&quot;features&quot; must be an array of strings</source>
        <translation>&quot;features&quot; muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;configuration&quot; must be an object</source>
        <translation>&quot;configuration&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;regions&quot; must be a non-empty array</source>
        <translation>&quot;regions&quot; muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>regions[%1]: needs an id like &quot;us-east-1&quot;, a display_name and a two-letter jurisdiction</source>
        <translation>regions[%1]: benötigt eine ID wie &quot;us-east-1&quot;, einen display_name und einen zweibuchstabigen Code für die Rechtsordnung (jurisdiction)</translation>
    </message>
    <message>
        <source>regions[%1]: duplicate id &quot;%2&quot;</source>
        <translation>regions[%1]: doppelte ID &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;default_region&quot; must name one of the regions</source>
        <translation>&quot;default_region&quot; muss eine der Regionen angeben</translation>
    </message>
    <message>
        <source>&quot;industries&quot; must be a non-empty array</source>
        <translation>&quot;industries&quot; muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>industries[%1]: needs an id and a display_name</source>
        <translation>industries[%1]: benötigt eine ID und einen display_name</translation>
    </message>
    <message>
        <source>&quot;frameworks&quot; must be a non-empty array</source>
        <translation>&quot;frameworks&quot; muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>frameworks[%1]: needs an uppercase id and a display_name</source>
        <translation>frameworks[%1]: benötigt eine ID in Großbuchstaben und einen display_name</translation>
    </message>
    <message>
        <source>&quot;trial_days&quot; must be a whole number of days from 0 to 365</source>
        <translation>&quot;trial_days&quot; muss eine ganzzahlige Anzahl von Tagen zwischen 0 und 365 sein</translation>
    </message>
    <message>
        <source>&quot;subscription_term_months&quot; must be a whole number of months from 1 to 60</source>
        <translation>&quot;subscription_term_months&quot; muss eine ganzzahlige Anzahl von Monaten zwischen 1 und 60 sein</translation>
    </message>
    <message>
        <source>&quot;ai_limits.%1&quot; must be a non-negative integer or &quot;unlimited&quot;</source>
        <translation>&quot;ai_limits.%1&quot; muss eine nicht negative ganze Zahl oder &quot;unlimited&quot; sein</translation>
    </message>
    <message>
        <source>&quot;ai_limits.models&quot; holds &quot;%1&quot;; the models are %2</source>
        <translation>&quot;ai_limits.models&quot; enthält &quot;%1&quot;; die Modelle sind %2</translation>
    </message>
    <message>
        <source>&quot;ai_limits.models&quot; must be an array of model names</source>
        <translation>&quot;ai_limits.models&quot; muss ein Array von Modellnamen sein</translation>
    </message>
</context>
<context>
    <name>Tenancy::ClusterOrchestrator</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the orchestrator at %1 did not answer %2: %3</source>
        <translation>der Orchestrator unter %1 hat nicht geantwortet (Anfrage: %2): %3</translation>
    </message>
    <message>
        <source>the orchestrator at %1 refused %2 (HTTP %3)</source>
        <translation>der Orchestrator unter %1 hat abgelehnt (Anfrage: %2, HTTP %3)</translation>
    </message>
    <message>
        <source>the orchestrator at %1 refused %2 (HTTP %3): %4</source>
        <translation>der Orchestrator unter %1 hat abgelehnt (Anfrage: %2, HTTP %3): %4</translation>
    </message>
    <message>
        <source>cluster isolation needs an orchestrator, and none is configured (an admin sets it: tenancyctl settings set orchestrator.url URL)</source>
        <translation>Cluster-Isolierung erfordert einen Orchestrator, aber keiner ist konfiguriert (ein Admin legt ihn fest: tenancyctl settings set orchestrator.url URL)</translation>
    </message>
    <message>
        <source>cluster %1 at %2</source>
        <translation>Cluster %1 unter %2</translation>
    </message>
    <message>
        <source>the orchestrator at %1 has no cluster for %2 any more</source>
        <translation>der Orchestrator unter %1 hat keinen Cluster mehr für %2</translation>
    </message>
    <message>
        <source>the orchestrator reports the cluster of %1 failed</source>
        <translation>laut Orchestrator ist der Cluster von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>the orchestrator reports the cluster of %1 failed: %2</source>
        <translation>laut Orchestrator ist der Cluster von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the status of cluster %1</source>
        <translation>Status von Cluster %1</translation>
    </message>
    <message>
        <source>the cluster of %1 was not gone within %2 s (last: %3)</source>
        <translation>der Cluster von %1 war nach %2 s noch nicht entfernt (zuletzt: %3)</translation>
    </message>
    <message>
        <source>the cluster of %1 was not ready within %2 s (last: %3)</source>
        <translation>der Cluster von %1 war nach %2 s noch nicht bereit (zuletzt: %3)</translation>
    </message>
    <message>
        <source>the cluster for %1</source>
        <translation>Cluster für %1</translation>
    </message>
    <message>
        <source>removing the cluster of %1</source>
        <translation>Cluster von %1 entfernen</translation>
    </message>
    <message>
        <source>the %1 of cluster %2</source>
        <translation>%1 von Cluster %2</translation>
    </message>
    <message>
        <source>removing the %1 of cluster %2</source>
        <translation>%1 von Cluster %2 entfernen</translation>
    </message>
    <message>
        <source>the health check %1 did not answer: %2</source>
        <translation>die Zustandsprüfung %1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>the health check %1 answered HTTP %2</source>
        <translation>die Zustandsprüfung %1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>the health check %1 answered HTTP %2: %3</source>
        <translation>die Zustandsprüfung %1 hat mit HTTP %2 geantwortet: %3</translation>
    </message>
</context>
<context>
    <name>Tenancy::ConfigEngine</name>
    <message>
        <source>%1: no template for the %2 tier (%3.json)</source>
        <translation>%1: keine Vorlage für den Tarif %2 (%3.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>the stored configuration is not a JSON object (%1)</source>
        <translation>die gespeicherte Konfiguration ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>no template for the %1 tier</source>
        <translation>keine Vorlage für den Tarif %1</translation>
    </message>
    <message>
        <source>the rendered template is not a JSON object: %1 (line %2, column %3 of the output)</source>
        <translation>die gerenderte Vorlage ist kein JSON-Objekt: %1 (Zeile %2, Spalte %3 der Ausgabe)</translation>
    </message>
    <message>
        <source>the document is for the %1 tier; the tenant is on the %2 tier</source>
        <translation>das Dokument gilt für den Tarif %1; der Mandant hat den Tarif %2</translation>
    </message>
    <message>
        <source>the document is for tenant &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>das Dokument gilt für den Mandanten &quot;%1&quot;, nicht für &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not JSON once rendered: %1</source>
        <translation>nach dem Rendern kein JSON: %1</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>eine Vorlage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path (names separated by dots, such as limits.max_users)</source>
        <translation>&quot;%1&quot; ist kein Pfad (durch Punkte getrennte Namen, z.&#xa0;B. limits.max_users)</translation>
    </message>
    <message>
        <source>unknown path &quot;%1&quot;</source>
        <translation>unbekannter Pfad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown path &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannter Pfad &quot;%1&quot;; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>overrides chosen at creation</source>
        <translation>beim Anlegen gewählte Überschreibungen</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <source>the configuration would not be valid</source>
        <translation>die Konfiguration wäre nicht gültig</translation>
    </message>
    <message>
        <source>the overrides are not valid</source>
        <translation>die Überschreibungen sind nicht gültig</translation>
    </message>
</context>
<context>
    <name>Tenancy::ConfigTemplate</name>
    <message>
        <source>placeholder outside a JSON string</source>
        <translation>Platzhalter außerhalb einer JSON-Zeichenkette</translation>
    </message>
    <message>
        <source>placeholder inside a JSON escape sequence</source>
        <translation>Platzhalter innerhalb einer JSON-Escape-Sequenz</translation>
    </message>
    <message>
        <source>statements ({% … %}) are not allowed in a configuration template</source>
        <translation>Anweisungen ({% … %}) sind in einer Konfigurationsvorlage nicht erlaubt</translation>
    </message>
    <message>
        <source>comments ({# … #}) are not allowed in a configuration template</source>
        <translation>Kommentare ({# … #}) sind in einer Konfigurationsvorlage nicht erlaubt</translation>
    </message>
    <message>
        <source>unterminated placeholder: &quot;}}&quot; is missing</source>
        <translation>nicht abgeschlossener Platzhalter: &quot;}}&quot; fehlt</translation>
    </message>
    <message>
        <source>empty placeholder</source>
        <translation>leerer Platzhalter</translation>
    </message>
    <message>
        <source>expected a variable name or a function call, found %1</source>
        <translation>Variablenname oder Funktionsaufruf erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot;; the functions are %2</source>
        <translation>unbekannte Funktion &quot;%1&quot;; verfügbare Funktionen: %2</translation>
    </message>
    <message>
        <source>%1() takes no arguments</source>
        <translation>%1() nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>%1 is a function: write %1()</source>
        <translation>%1 ist eine Funktion: schreiben Sie %1()</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is reserved by Jinja2 and cannot be a variable</source>
        <translation>der Name &quot;%1&quot; ist von Jinja2 reserviert und kann keine Variable sein</translation>
    </message>
    <message>
        <source>expected &quot;|&quot; or &quot;}}&quot;, found %1</source>
        <translation>&quot;|&quot; oder &quot;}}&quot; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a filter name after &quot;|&quot;, found %1</source>
        <translation>Filtername nach &quot;|&quot; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>default needs one quoted text, as in default(&quot;Acme&quot;)</source>
        <translation>default benötigt genau einen Text in Anführungszeichen, wie in default(&quot;Acme&quot;)</translation>
    </message>
    <message>
        <source>the text of default() has no closing quote</source>
        <translation>dem Text von default() fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>the text of default() may not contain a backslash, a double quote or a control character</source>
        <translation>der Text von default() darf keinen Backslash, kein doppeltes Anführungszeichen und kein Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;; the filters are %2</source>
        <translation>unbekannter Filter &quot;%1&quot;; verfügbare Filter: %2</translation>
    </message>
    <message>
        <source>no value for %1()</source>
        <translation>kein Wert für %1()</translation>
    </message>
    <message>
        <source>unknown variable &quot;%1&quot;</source>
        <translation>unbekannte Variable &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the output is not JSON: %1 (at byte %2)</source>
        <translation>die Ausgabe ist kein JSON: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>the output is not a JSON object</source>
        <translation>die Ausgabe ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Tenancy::ConfigurationRepository</name>
    <message>
        <source>configuration revision %1: column %2 cannot be read (written by another version?)</source>
        <translation>Konfigurationsrevision %1: die Spalte %2 kann nicht gelesen werden (von einer anderen Version geschrieben?)</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ctl::Cli</name>
    <message>
        <source>%1: unknown role &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekannte Rolle „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>operator add: --role is required</source>
        <translation>operator add: --role ist erforderlich</translation>
    </message>
    <message>
        <source>added operator %1 (%2)</source>
        <translation>Operator %1 hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>ADDED BY</source>
        <translation>HINZUGEFÜGT VON</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>version %1 (this program knows up to %2)</source>
        <translation>Version %1 (dieses Programm kennt Versionen bis %2)</translation>
    </message>
    <message>
        <source>tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>audit entries</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <source>(not visible to your role)</source>
        <translation>(für Ihre Rolle nicht sichtbar)</translation>
    </message>
    <message>
        <source>you are</source>
        <translation>Sie sind</translation>
    </message>
    <message>
        <source>database roles</source>
        <translation>DB-Rollen</translation>
    </message>
    <message>
        <source>initialised</source>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <source>not initialised (tenancyctl db init-roles)</source>
        <translation>nicht eingerichtet (tenancyctl db init-roles)</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>the schema is current (version %1)</source>
        <translation>das Schema ist aktuell (Version %1)</translation>
    </message>
    <message>
        <source>migrated to schema version %1 (applied: %2)</source>
        <translation>auf Schemaversion %1 migriert (angewendet: %2)</translation>
    </message>
    <message>
        <source>database roles ready: %1; each operator&apos;s login is a member of its role&apos;s group</source>
        <translation>Datenbankrollen bereit: %1; das Login jedes Operators ist Mitglied der Gruppe seiner Rolle</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>db password set: only PostgreSQL connections have passwords</source>
        <translation>db password set: nur PostgreSQL-Verbindungen haben Passwörter</translation>
    </message>
    <message>
        <source>db password set: no password on standard input</source>
        <translation>db password set: kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>the password for %1 is in the OS keychain</source>
        <translation>das Passwort für %1 ist im Schlüsselbund des Betriebssystems hinterlegt</translation>
    </message>
    <message>
        <source>db password clear: only PostgreSQL connections have passwords</source>
        <translation>db password clear: nur PostgreSQL-Verbindungen haben Passwörter</translation>
    </message>
    <message>
        <source>no password for %1 is kept in the OS keychain</source>
        <translation>im Schlüsselbund des Betriebssystems ist kein Passwort für %1 hinterlegt</translation>
    </message>
    <message>
        <source>Register an operator with a role (admin only). On PostgreSQL the login joins the role&apos;s database group.</source>
        <translation>Einen Operator mit einer Rolle registrieren (nur admin). Unter PostgreSQL wird das Login Mitglied der Datenbankgruppe der Rolle.</translation>
    </message>
    <message>
        <source>support, compliance, sales, auditor or admin</source>
        <translation>support, compliance, sales, auditor oder admin</translation>
    </message>
    <message>
        <source>List operators and their roles.</source>
        <translation>Operatoren und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>Change an operator&apos;s role (admin only).</source>
        <translation>Die Rolle eines Operators ändern (nur admin).</translation>
    </message>
    <message>
        <source>Show the database, its schema version and who you are in it.</source>
        <translation>Die Datenbank, ihre Schemaversion und Ihre Identität darin anzeigen.</translation>
    </message>
    <message>
        <source>Bring the schema up to date (also done whenever a database is opened); a newer schema is refused untouched.</source>
        <translation>Das Schema auf den aktuellen Stand bringen (geschieht auch bei jedem Öffnen einer Datenbank); ein neueres Schema wird unverändert abgewiesen.</translation>
    </message>
    <message>
        <source>PostgreSQL: create database roles with GRANTs matching the operator roles (admin only).</source>
        <translation>PostgreSQL: Datenbankrollen mit GRANTs passend zu den Operatorrollen anlegen (nur admin).</translation>
    </message>
    <message>
        <source>PostgreSQL: read the login&apos;s password from standard input and keep it in the OS keychain.</source>
        <translation>PostgreSQL: das Passwort des Logins von der Standardeingabe lesen und im Schlüsselbund des Betriebssystems hinterlegen.</translation>
    </message>
    <message>
        <source>PostgreSQL: remove the login&apos;s password from the OS keychain.</source>
        <translation>PostgreSQL: das Passwort des Logins aus dem Schlüsselbund des Betriebssystems entfernen.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>AI SESSIONS/MO</source>
        <translation>KI-SITZUNGEN/MON.</translation>
    </message>
    <message>
        <source>API REQ/H</source>
        <translation>API-ANFR./STD.</translation>
    </message>
    <message>
        <source>INTEGRATIONS</source>
        <translation>INTEGRATIONEN</translation>
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
        <translation>PREIS/MONAT</translation>
    </message>
    <message>
        <source>Storage in decimal units: 1 GB = 10^9 bytes.</source>
        <translation>Speicher in Dezimaleinheiten: 1 GB = 10^9 Byte.</translation>
    </message>
    <message>
        <source>List the tier catalog: limits, support, SLA, isolation, price.</source>
        <translation>Den Tarifkatalog auflisten: Limits, Support, SLA, Isolation, Preis.</translation>
    </message>
    <message>
        <source>Usage: tenancyctl [--db URL] [--as OPERATOR] [--json] COMMAND [options]</source>
        <translation>Aufruf: tenancyctl [--db URL] [--as OPERATOR] [--json] BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Tenancy Console&apos;s command line: tenants, tiers, operators and the database.</source>
        <translation>Die Kommandozeile von Tenancy Console: Mandanten, Tarife, Operatoren und die Datenbank.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>sqlite:///path or postgresql://user@host:port/db?sslmode=... (default: $TENANCY_DB, else the local SQLite file)</source>
        <translation>sqlite:///path oder postgresql://user@host:port/db?sslmode=... (Standard: $TENANCY_DB, sonst die lokale SQLite-Datei)</translation>
    </message>
    <message>
        <source>who is acting, on SQLite (default: $TENANCY_OPERATOR, else the OS user)</source>
        <translation>wer handelt, unter SQLite (Standard: $TENANCY_OPERATOR, sonst der Betriebssystembenutzer)</translation>
    </message>
    <message>
        <source>machine-readable output on stdout</source>
        <translation>maschinenlesbare Ausgabe auf stdout</translation>
    </message>
    <message>
        <source>help for tenancyctl or for a command</source>
        <translation>Hilfe zu tenancyctl oder zu einem Befehl</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>die Version</translation>
    </message>
    <message>
        <source>Exit status: 0 ok, 1 operation failed, 2 usage, 3 not permitted, 4 not found, 5 stale version.</source>
        <translation>Exit-Status: 0 OK, 1 Vorgang fehlgeschlagen, 2 falscher Aufruf, 3 nicht erlaubt, 4 nicht gefunden, 5 veraltete Version.</translation>
    </message>
    <message>
        <source>Usage: tenancyctl %1 COMMAND [options]</source>
        <translation>Aufruf: tenancyctl %1 BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>--db needs a URL</source>
        <translation>--db benötigt eine URL</translation>
    </message>
    <message>
        <source>--as needs an operator name</source>
        <translation>--as benötigt einen Operatornamen</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see tenancyctl %2 --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe tenancyctl %2 --help)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see tenancyctl --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe tenancyctl --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>%1: missing %2</source>
        <translation>%1: %2 fehlt</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>no password from the keychain: %1</source>
        <translation>kein Passwort aus dem Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>tenant create: --%1 is required</source>
        <translation>tenant create: --%1 ist erforderlich</translation>
    </message>
    <message>
        <source>created tenant %1 (%2, %3, %4)</source>
        <translation>Mandant %1 angelegt (%2, %3, %4)</translation>
    </message>
    <message>
        <source>tenant list: unknown status &quot;%1&quot; (known: %2)</source>
        <translation>tenant list: unbekannter Status „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>tenant list: --limit must be a number from 0 to 100000</source>
        <translation>tenant list: --limit muss eine Zahl von 0 bis 100000 sein</translation>
    </message>
    <message>
        <source>tenant list: --offset must be a number, 0 or more</source>
        <translation>tenant list: --offset muss eine Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>tenant list: unknown sort key &quot;%1&quot; (known: %2)</source>
        <translation>tenant list: unbekannter Sortierschlüssel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>INHABER</translation>
    </message>
    <message>
        <source>%1–%2 of %3 tenants; use --limit and --offset for more</source>
        <translation>%1–%2 von %3 Mandanten; weitere mit --limit und --offset</translation>
    </message>
    <message>
        <source>tenant %1: --reason is required</source>
        <translation>tenant %1: --reason ist erforderlich</translation>
    </message>
    <message>
        <source>tenant %1: --if-version must be a number, 1 or more</source>
        <translation>tenant %1: --if-version muss eine Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>suspended tenant %1 (version %2)</source>
        <translation>Mandant %1 gesperrt (Version %2)</translation>
    </message>
    <message>
        <source>reactivated tenant %1 (version %2)</source>
        <translation>Mandant %1 reaktiviert (Version %2)</translation>
    </message>
    <message>
        <source>tenant history: --limit must be a number from 1 to 10000</source>
        <translation>tenant history: --limit muss eine Zahl von 1 bis 10000 sein</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <source>demo: --tenants N is required</source>
        <translation>demo: --tenants N ist erforderlich</translation>
    </message>
    <message>
        <source>demo: --tenants must be a number from 1 to %L1</source>
        <translation>demo: --tenants muss eine Zahl von 1 bis %L1 sein</translation>
    </message>
    <message>
        <source>demo: --seed must be a non-negative integer</source>
        <translation>demo: --seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>generating sample fleet… %1%</source>
        <translation>Beispielflotte wird erzeugt… %1&#xa0;%</translation>
    </message>
    <message>
        <source>generated %1 sample tenants (seed %2) in %3 s</source>
        <translation>%1 Beispielmandanten erzeugt (Seed %2) in %3 s</translation>
    </message>
    <message>
        <source>; %1 already existed and were left as they were</source>
        <translation>; %1 waren bereits vorhanden und blieben unverändert</translation>
    </message>
    <message>
        <source>display name, 1–200 characters (required)</source>
        <translation>Anzeigename, 1–200 Zeichen (erforderlich)</translation>
    </message>
    <message>
        <source>free, professional, enterprise or custom (required)</source>
        <translation>free, professional, enterprise oder custom (erforderlich)</translation>
    </message>
    <message>
        <source>owner&apos;s e-mail address (required)</source>
        <translation>E-Mail-Adresse des Inhabers (erforderlich)</translation>
    </message>
    <message>
        <source>data residency region (default: us-east-1)</source>
        <translation>Region für die Datenresidenz (Standard: us-east-1)</translation>
    </message>
    <message>
        <source>industry, e.g. healthcare or finance</source>
        <translation>Branche, z.&#xa0;B. healthcare oder finance</translation>
    </message>
    <message>
        <source>comma-separated frameworks, e.g. SOC2,GDPR</source>
        <translation>kommagetrennte Frameworks, z.&#xa0;B. SOC2,GDPR</translation>
    </message>
    <message>
        <source>List tenants, filtered, sorted and paged.</source>
        <translation>Mandanten gefiltert, sortiert und seitenweise auflisten.</translation>
    </message>
    <message>
        <source>only this tier</source>
        <translation>nur dieser Tarif</translation>
    </message>
    <message>
        <source>only this status (pending, active, suspended, …)</source>
        <translation>nur dieser Status (pending, active, suspended, …)</translation>
    </message>
    <message>
        <source>only this region</source>
        <translation>nur diese Region</translation>
    </message>
    <message>
        <source>text in the id, name or owner e-mail (any case)</source>
        <translation>Text in ID, Name oder E-Mail-Adresse des Inhabers (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>at most N tenants (default 50)</source>
        <translation>höchstens N Mandanten (Standard: 50)</translation>
    </message>
    <message>
        <source>skip the first N</source>
        <translation>die ersten N überspringen</translation>
    </message>
    <message>
        <source>name, id, tier, status, region, owner, created or updated</source>
        <translation>name, id, tier, status, region, owner, created oder updated</translation>
    </message>
    <message>
        <source>sort descending</source>
        <translation>absteigend sortieren</translation>
    </message>
    <message>
        <source>Show one tenant with its configuration.</source>
        <translation>Einen Mandanten mit seiner Konfiguration anzeigen.</translation>
    </message>
    <message>
        <source>why (required; goes to the audit log)</source>
        <translation>Begründung (erforderlich; wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>only if the tenant is still at version N (default: the version read now)</source>
        <translation>nur wenn der Mandant noch in Version N vorliegt (Standard: die jetzt gelesene Version)</translation>
    </message>
    <message>
        <source>Suspend an active tenant.</source>
        <translation>Einen aktiven Mandanten sperren.</translation>
    </message>
    <message>
        <source>Reactivate a suspended tenant.</source>
        <translation>Einen gesperrten Mandanten reaktivieren.</translation>
    </message>
    <message>
        <source>Show a tenant&apos;s recent changes from the audit log.</source>
        <translation>Die letzten Änderungen eines Mandanten aus dem Prüfprotokoll anzeigen.</translation>
    </message>
    <message>
        <source>at most N entries (default 20)</source>
        <translation>höchstens N Einträge (Standard: 20)</translation>
    </message>
    <message>
        <source>Generate a deterministic sample fleet of tenants.</source>
        <translation>Eine deterministische Beispielflotte von Mandanten erzeugen.</translation>
    </message>
    <message>
        <source>how many tenants (required)</source>
        <translation>Anzahl der Mandanten (erforderlich)</translation>
    </message>
    <message>
        <source>seed; the same seed gives the same fleet (default 1)</source>
        <translation>Seed; derselbe Seed ergibt dieselbe Flotte (Standard: 1)</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; before the command (see tenancyctl --help)</source>
        <translation>unbekannte Option „%1“ vor dem Befehl (siehe tenancyctl --help)</translation>
    </message>
    <message>
        <source>a command is needed (see tenancyctl --help)</source>
        <translation>ein Befehl fehlt (siehe tenancyctl --help)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command (see tenancyctl %1 --help)</source>
        <translation>„%1“ braucht einen Befehl (siehe tenancyctl %1 --help)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>--%1 must be a version number, 1 or more</source>
        <translation>--%1 muss eine Versionsnummer ab 1 sein</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>%1: configuration revision %2 (tenant version %3)</source>
        <translation>%1: Konfigurationsrevision %2 (Mandantenversion %3)</translation>
    </message>
    <message>
        <source>dry run: nothing was written (it would be revision %1)</source>
        <translation>Probelauf: nichts wurde geschrieben (es wäre Revision %1)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>SAVED</source>
        <translation>GESPEICHERT</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <source>--var &quot;%1&quot; is not NAME=VALUE</source>
        <translation>--var &quot;%1&quot; hat nicht die Form NAME=VALUE</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>%1: revision %2, template %3 %4</source>
        <translation>%1: Revision %2, Vorlage %3 %4</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>GESETZT VON</translation>
    </message>
    <message>
        <source>tenant apply: give --template or --file, not both</source>
        <translation>tenant apply: geben Sie --template oder --file an, nicht beides</translation>
    </message>
    <message>
        <source>tenant rollback: --to-revision N is required</source>
        <translation>tenant rollback: --to-revision N ist erforderlich</translation>
    </message>
    <message>
        <source>tenant rollback: --to-revision must be 0 or more</source>
        <translation>tenant rollback: --to-revision muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>tenant rollback: --reason is required (or --dry-run)</source>
        <translation>tenant rollback: --reason ist erforderlich (oder --dry-run)</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>REV</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>OVERRIDES</source>
        <translation>ÜBERSCHREIBUNGEN</translation>
    </message>
    <message>
        <source>List configuration templates: shipped ones and saved versions.</source>
        <translation>Konfigurationsvorlagen auflisten: mitgelieferte und gespeicherte Versionen.</translation>
    </message>
    <message>
        <source>Print a template&apos;s text.</source>
        <translation>Den Text einer Vorlage ausgeben.</translation>
    </message>
    <message>
        <source>Render a template (for a tenant, or sample values) and print the JSON.</source>
        <translation>Eine Vorlage rendern (für einen Mandanten oder mit Beispielwerten) und das JSON ausgeben.</translation>
    </message>
    <message>
        <source>render with this tenant&apos;s values</source>
        <translation>mit den Werten dieses Mandanten rendern</translation>
    </message>
    <message>
        <source>a variable&apos;s value (repeatable)</source>
        <translation>der Wert einer Variablen (wiederholbar)</translation>
    </message>
    <message>
        <source>an override, e.g. limits.max_users=50 (repeatable)</source>
        <translation>eine Überschreibung, z.&#xa0;B. limits.max_users=50 (wiederholbar)</translation>
    </message>
    <message>
        <source>Check a template file: FILE:LINE:COL: message for each problem; exit status 1 if any.</source>
        <translation>Eine Vorlagendatei prüfen: DATEI:ZEILE:SPALTE: Meldung für jedes Problem; Exit-Status 1, falls es Probleme gibt.</translation>
    </message>
    <message>
        <source>Print a tenant&apos;s effective configuration.</source>
        <translation>Die wirksame Konfiguration eines Mandanten ausgeben.</translation>
    </message>
    <message>
        <source>say for every value which layer set it: tier_default, template, override or edit</source>
        <translation>für jeden Wert angeben, welche Ebene ihn gesetzt hat: tier_default, template, override oder edit</translation>
    </message>
    <message>
        <source>show what would change; write nothing</source>
        <translation>anzeigen, was sich ändern würde; nichts schreiben</translation>
    </message>
    <message>
        <source>Apply a template and/or overrides to a tenant&apos;s configuration as a new revision, showing the changes.</source>
        <translation>Eine Vorlage und/oder Überschreibungen als neue Revision auf die Konfiguration eines Mandanten anwenden und die Änderungen anzeigen.</translation>
    </message>
    <message>
        <source>a library template</source>
        <translation>eine Vorlage aus der Bibliothek</translation>
    </message>
    <message>
        <source>a template file</source>
        <translation>eine Vorlagendatei</translation>
    </message>
    <message>
        <source>an override, e.g. limits.max_users=50 or features.enabled=&apos;[&quot;sso&quot;]&apos; (repeatable)</source>
        <translation>eine Überschreibung, z.&#xa0;B. limits.max_users=50 oder features.enabled=&apos;[&quot;sso&quot;]&apos; (wiederholbar)</translation>
    </message>
    <message>
        <source>drop the override at PATH (repeatable)</source>
        <translation>die Überschreibung für PATH entfernen (wiederholbar)</translation>
    </message>
    <message>
        <source>Make an earlier configuration revision current again (as a new revision).</source>
        <translation>Eine frühere Konfigurationsrevision wieder aktuell machen (als neue Revision).</translation>
    </message>
    <message>
        <source>the revision to return to (see tenant history --revisions)</source>
        <translation>die Revision, zu der zurückgekehrt wird (siehe tenant history --revisions)</translation>
    </message>
    <message>
        <source>%1 (revision %2)</source>
        <translation>%1 (Revision %2)</translation>
    </message>
    <message>
        <source>Create a tenant (its configuration starts from its tier&apos;s template).</source>
        <translation>Einen Mandanten anlegen (seine Konfiguration beginnt mit der Vorlage seines Tarifs).</translation>
    </message>
    <message>
        <source>list the configuration&apos;s revisions (for tenant rollback) instead</source>
        <translation>stattdessen die Revisionen der Konfiguration auflisten (für tenant rollback)</translation>
    </message>
    <message>
        <source>start from this library template (default: the tier&apos;s)</source>
        <translation>mit dieser Vorlage aus der Bibliothek beginnen (Standard: die des Tarifs)</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>RICHTLINIE</translation>
    </message>
    <message>
        <source>strength %1 of 100 (about 10^%2 guesses; %3 for an offline attack on a slow hash)</source>
        <translation>Stärke %1 von 100 (etwa 10^%2 Versuche; %3 für einen Offline-Angriff auf einen langsamen Hash)</translation>
    </message>
    <message>
        <source>the password satisfies the policy</source>
        <translation>das Passwort erfüllt die Richtlinie</translation>
    </message>
    <message>
        <source>the password does not satisfy the policy</source>
        <translation>das Passwort erfüllt die Richtlinie nicht</translation>
    </message>
    <message>
        <source>; fix: %1</source>
        <translation>; Behebung: %1</translation>
    </message>
    <message>
        <source>FRAMEWORK</source>
        <translation>RAHMENWERK</translation>
    </message>
    <message>
        <source>CLAUSE</source>
        <translation>KLAUSEL</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>NACHWEIS</translation>
    </message>
    <message>
        <source>%1 checks: %2 failed, %3 warnings</source>
        <translation>%1 Prüfungen: %2 fehlgeschlagen, %3 Warnungen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>ACCESS</source>
        <translation>ZUGRIFF</translation>
    </message>
    <message>
        <source>TIER ALLOWS</source>
        <translation>TARIF ERLAUBT</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>RATE LIMIT</source>
        <translation>RATENLIMIT</translation>
    </message>
    <message>
        <source>TIER BOUND</source>
        <translation>TARIFGRENZE</translation>
    </message>
    <message>
        <source>SETTING</source>
        <translation>EINSTELLUNG</translation>
    </message>
    <message>
        <source>%1: give --set PATH=VALUE or --unset PATH</source>
        <translation>%1: --set PATH=VALUE oder --unset PATH angeben</translation>
    </message>
    <message>
        <source>%1 is not under %2</source>
        <translation>%1 liegt nicht unter %2</translation>
    </message>
    <message>
        <source>%1: --reason is required (or --dry-run)</source>
        <translation>%1: --reason ist erforderlich (oder --dry-run)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 events imported, %4 already there, %5 skipped</source>
        <translation>%1: %2 Zeilen, %3 Ereignisse importiert, %4 bereits vorhanden, %5 übersprungen</translation>
    </message>
    <message>
        <source>events list: --since %1</source>
        <translation>events list: --since %1</translation>
    </message>
    <message>
        <source>HOUR (UTC)</source>
        <translation>STUNDE (UTC)</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>events list: --limit must be from 1 to 100000</source>
        <translation>events list: --limit muss zwischen 1 und 100000 liegen</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>! burst: %1</source>
        <translation>! Häufung: %1</translation>
    </message>
    <message>
        <source>Security audit of %1 (%2 tier), %3</source>
        <translation>Sicherheitsprüfung von %1 (Tarif %2), %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3 pass, %4 warn, %5 fail)</source>
        <translation>%1: %2 (%3 bestanden, %4 mit Warnung, %5 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>No bursts of failed sign-ins in the last 7 days.</source>
        <translation>Keine Häufungen fehlgeschlagener Anmeldungen in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>Recommended changes:</source>
        <translation>Empfohlene Änderungen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Print a tenant&apos;s security policies, each value with where it comes from (tier_default, template, override, edit or default).</source>
        <translation>Gibt die Sicherheitsrichtlinien eines Mandanten aus, jeden Wert mit seiner Herkunft (tier_default, template, override, edit oder default).</translation>
    </message>
    <message>
        <source>Try a password (read from standard input) against a tenant&apos;s password policy: the broken rules and the strength; exit status 1 if it does not satisfy the policy. Nothing is stored or logged.</source>
        <translation>Prüft ein Passwort (von der Standardeingabe gelesen) gegen die Passwortrichtlinie eines Mandanten: die verletzten Regeln und die Stärke; Exit-Status 1, wenn es die Richtlinie nicht erfüllt. Es wird nichts gespeichert oder protokolliert.</translation>
    </message>
    <message>
        <source>the user name it is for</source>
        <translation>der Benutzername, für den es gilt</translation>
    </message>
    <message>
        <source>the user&apos;s e-mail address</source>
        <translation>die E-Mail-Adresse des Benutzers</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>der Name der Person</translation>
    </message>
    <message>
        <source>Check a tenant&apos;s security policies against PCI DSS, NIST SP 800-63B, HIPAA, SOC 2 and ISO 27001: pass, warn or fail for each clause, with the evidence and the fix.</source>
        <translation>Prüft die Sicherheitsrichtlinien eines Mandanten gegen PCI DSS, NIST SP 800-63B, HIPAA, SOC 2 und ISO 27001: bestanden, Warnung oder fehlgeschlagen für jede Klausel, mit Nachweis und Behebung.</translation>
    </message>
    <message>
        <source>only this framework (PCI_DSS, NIST_800_63B, HIPAA, SOC2, ISO27001)</source>
        <translation>nur dieses Rahmenwerk (PCI_DSS, NIST_800_63B, HIPAA, SOC2, ISO27001)</translation>
    </message>
    <message>
        <source>Change security policies (paths under security, e.g. password_policy.min_length=14) as a new configuration revision.</source>
        <translation>Ändert Sicherheitsrichtlinien (Pfade unter security, z. B. password_policy.min_length=14) als neue Konfigurationsrevision.</translation>
    </message>
    <message>
        <source>drop the tenant&apos;s value at PATH: back to the tier&apos;s (repeatable)</source>
        <translation>den Wert des Mandanten bei PATH entfernen: zurück zum Wert des Tarifs (wiederholbar)</translation>
    </message>
    <message>
        <source>a policy value (repeatable)</source>
        <translation>ein Richtlinienwert (wiederholbar)</translation>
    </message>
    <message>
        <source>Print a tenant&apos;s AI configuration: model access (inherited from the tier or overridden, and what the tier allows), rate limits with the tier&apos;s bounds, safety settings.</source>
        <translation>Gibt die KI-Konfiguration eines Mandanten aus: Modellzugriff (vom Tarif geerbt oder überschrieben, und was der Tarif erlaubt), Ratenlimits mit den Grenzen des Tarifs, Sicherheitseinstellungen.</translation>
    </message>
    <message>
        <source>Change AI settings (paths under ai_configuration, e.g. model_access.gpt-4=true; --unset model_access.gpt-4 resets it to the tier&apos;s) as a new configuration revision.</source>
        <translation>Ändert KI-Einstellungen (Pfade unter ai_configuration, z. B. model_access.gpt-4=true; --unset model_access.gpt-4 setzt den Wert auf den des Tarifs zurück) als neue Konfigurationsrevision.</translation>
    </message>
    <message>
        <source>a value (repeatable)</source>
        <translation>ein Wert (wiederholbar)</translation>
    </message>
    <message>
        <source>Import authentication events (CSV with the columns time, tenant, user, kind[, source_ip], or JSON / JSON Lines with those keys). A file with a bad row imports nothing unless --skip-bad; importing the same file again adds nothing.</source>
        <translation>Importiert Authentifizierungsereignisse (CSV mit den Spalten time, tenant, user, kind[, source_ip] oder JSON / JSON Lines mit diesen Schlüsseln). Aus einer Datei mit einer fehlerhaften Zeile wird nichts importiert, außer mit --skip-bad; erneutes Importieren derselben Datei fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>import the good rows, report the bad</source>
        <translation>die gültigen Zeilen importieren, die fehlerhaften melden</translation>
    </message>
    <message>
        <source>A tenant&apos;s authentication events, newest first, with any burst of failed sign-ins explained.</source>
        <translation>Die Authentifizierungsereignisse eines Mandanten, neueste zuerst, mit Erläuterung jeder Häufung fehlgeschlagener Anmeldungen.</translation>
    </message>
    <message>
        <source>how far back: 30m, 1h, 24h (default), 7d, 2w</source>
        <translation>wie weit zurück: 30m, 1h, 24h (Standard), 7d, 2w</translation>
    </message>
    <message>
        <source>counts per hour instead of the events</source>
        <translation>Anzahl pro Stunde statt der Ereignisse</translation>
    </message>
    <message>
        <source>at most N events (default 1000)</source>
        <translation>höchstens N Ereignisse (Standard 1000)</translation>
    </message>
    <message>
        <source>A tenant&apos;s security report: conformance per framework, recent bursts of failed sign-ins, and the changes that would fix them.</source>
        <translation>Der Sicherheitsbericht eines Mandanten: Konformität je Rahmenwerk, jüngste Häufungen fehlgeschlagener Anmeldungen und die Änderungen, die sie beheben würden.</translation>
    </message>
    <message>
        <source>job %1 for %2: %3 (%4 isolation, %5)</source>
        <translation>Auftrag %1 für %2: %3 (Isolation %4, %5)</translation>
    </message>
    <message>
        <source>forced past validation: %1</source>
        <translation>Validierung übersprungen (erzwungen): %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>next: tenancyctl provision resume %1 (from %2), or provision rollback %1</source>
        <translation>weiter mit: tenancyctl provision resume %1 (ab %2) oder provision rollback %1</translation>
    </message>
    <message>
        <source>%1 (job %2 is %3: see tenancyctl provision status %4; then provision retry, resume or rollback)</source>
        <translation>%1 (Auftrag %2 ist im Zustand %3: siehe tenancyctl provision status %4; danach provision retry, resume oder rollback)</translation>
    </message>
    <message>
        <source>--isolation must be shared, schema, database or cluster (found &quot;%1&quot;)</source>
        <translation>--isolation muss shared, schema, database oder cluster sein (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; may not provision tenants</source>
        <translation>Operator „%1“ darf keine Mandanten bereitstellen</translation>
    </message>
    <message>
        <source>cannot provision tenant &quot;%1&quot;: its status is %2, and only pending tenants can be provisioned</source>
        <translation>Mandant „%1“ kann nicht bereitgestellt werden: sein Status ist %2, und nur Mandanten im Status pending können bereitgestellt werden</translation>
    </message>
    <message>
        <source>cannot start the background run: %1</source>
        <translation>die Hintergrundausführung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>provisioning %1 in the background: job %2 (process %3)</source>
        <translation>%1 wird im Hintergrund bereitgestellt: Auftrag %2 (Prozess %3)</translation>
    </message>
    <message>
        <source>follow it with: tenancyctl provision status %1</source>
        <translation>verfolgen mit: tenancyctl provision status %1</translation>
    </message>
    <message>
        <source>the background run did not start a job within 10 seconds; run tenancyctl provision %1 --wait to see why</source>
        <translation>die Hintergrundausführung hat innerhalb von 10 Sekunden keinen Auftrag gestartet; tenancyctl provision %1 --wait ausführen, um die Ursache zu sehen</translation>
    </message>
    <message>
        <source>--step must be a step number from 1 to %1 (found &quot;%2&quot;)</source>
        <translation>--step muss eine Schrittnummer von 1 bis %1 sein (gefunden: „%2“)</translation>
    </message>
    <message>
        <source>provision force: --reason is required</source>
        <translation>provision force: --reason ist erforderlich</translation>
    </message>
    <message>
        <source>asked job %1 to stop; it stops at its next check (see provision status %2)</source>
        <translation>Auftrag %1 wurde zum Anhalten aufgefordert; er hält am nächsten Kontrollpunkt an (siehe provision status %2)</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>MANDANT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>deprovision: --reason is required</source>
        <translation>deprovision: --reason ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is being deprovisioned: access is suspended; it can be cancelled until %2 (the grace period of %3 days), when it may be purged. Its final backup is kept %4 days after the purge.</source>
        <translation>%1 wird deprovisioniert: der Zugriff ist gesperrt; die Deprovisionierung kann bis %2 abgebrochen werden (Karenzzeit von %3 Tagen), danach kann der Mandant endgültig gelöscht werden. Seine letzte Sicherung wird nach der endgültigen Löschung %4 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>deprovisioning cancelled</source>
        <translation>Deprovisionierung abgebrochen</translation>
    </message>
    <message>
        <source>deprovisioning of %1 cancelled; it is %2 again</source>
        <translation>Deprovisionierung von %1 abgebrochen; der Status ist wieder %2</translation>
    </message>
    <message>
        <source>deprovision purge: --reason is required</source>
        <translation>deprovision purge: --reason ist erforderlich</translation>
    </message>
    <message>
        <source>purged %1: its data is destroyed</source>
        <translation>%1 endgültig gelöscht: seine Daten sind vernichtet</translation>
    </message>
    <message>
        <source>backup: %1 (SHA-256 %2), kept until %3</source>
        <translation>Sicherung: %1 (SHA-256 %2), aufbewahrt bis %3</translation>
    </message>
    <message>
        <source>deletion certificate: %1</source>
        <translation>Löschzertifikat: %1</translation>
    </message>
    <message>
        <source>tenant legal-hold: say on or off (found &quot;%1&quot;)</source>
        <translation>tenant legal-hold: on oder off angeben (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>tenant legal-hold: --reason is required</source>
        <translation>tenant legal-hold: --reason ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is under a legal hold: it cannot be purged</source>
        <translation>für %1 gilt eine rechtliche Sperre: der Mandant kann nicht endgültig gelöscht werden</translation>
    </message>
    <message>
        <source>the legal hold on %1 is lifted</source>
        <translation>die rechtliche Sperre für %1 ist aufgehoben</translation>
    </message>
    <message>
        <source>purged (grace period over): %1</source>
        <translation>endgültig gelöscht (Karenzzeit abgelaufen): %1</translation>
    </message>
    <message>
        <source>kept (legal hold): %1</source>
        <translation>nicht gelöscht (rechtliche Sperre): %1</translation>
    </message>
    <message>
        <source>backups removed (past %1 days): %2</source>
        <translation>Sicherungen entfernt (älter als %1 Tage): %2</translation>
    </message>
    <message>
        <source>shared, schema, database or cluster (default: what its configuration names)</source>
        <translation>shared, schema, database oder cluster (Standard: der in der Konfiguration angegebene Wert)</translation>
    </message>
    <message>
        <source>Provision a pending tenant: six journaled steps, in the background unless --wait.</source>
        <translation>Einen ausstehenden Mandanten bereitstellen: sechs protokollierte Schritte, im Hintergrund, außer mit --wait.</translation>
    </message>
    <message>
        <source>run here, printing each step, until it ends</source>
        <translation>hier ausführen und jeden Schritt ausgeben, bis zum Ende</translation>
    </message>
    <message>
        <source>The tenant&apos;s provisioning job: its state and each step.</source>
        <translation>Der Bereitstellungsauftrag des Mandanten: sein Zustand und jeder Schritt.</translation>
    </message>
    <message>
        <source>The log of the tenant&apos;s provisioning job.</source>
        <translation>Das Protokoll des Bereitstellungsauftrags des Mandanten.</translation>
    </message>
    <message>
        <source>Run a failed job again from the step that failed (or --step N).</source>
        <translation>Einen fehlgeschlagenen Auftrag ab dem fehlgeschlagenen Schritt (oder --step N) erneut ausführen.</translation>
    </message>
    <message>
        <source>run again from this step (1-6)</source>
        <translation>ab diesem Schritt erneut ausführen (1-6)</translation>
    </message>
    <message>
        <source>Go on with an interrupted or cancelled job from where it stopped.</source>
        <translation>Einen unterbrochenen oder abgebrochenen Auftrag dort fortsetzen, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Undo every step the job ran; the tenant is pending again.</source>
        <translation>Alle vom Auftrag ausgeführten Schritte rückgängig machen; der Mandant ist danach wieder ausstehend.</translation>
    </message>
    <message>
        <source>Provision skipping validation (admin; the reason is audited).</source>
        <translation>Ohne Validierung bereitstellen (admin; die Begründung wird im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>why (required)</source>
        <translation>Begründung (erforderlich)</translation>
    </message>
    <message>
        <source>Ask the process running the tenant&apos;s job to stop.</source>
        <translation>Den Prozess, der den Auftrag des Mandanten ausführt, zum Anhalten auffordern.</translation>
    </message>
    <message>
        <source>Start deprovisioning: access suspended, purge possible after %1 days.</source>
        <translation>Deprovisionierung starten: Zugriff gesperrt, endgültige Löschung nach %1 Tagen möglich.</translation>
    </message>
    <message>
        <source>Cancel deprovisioning: the tenant is as it was before.</source>
        <translation>Deprovisionierung abbrechen: der Mandant wird in den vorherigen Zustand zurückversetzt.</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Back up, destroy and certify a deprovisioned tenant&apos;s data (before the grace period ends: admin).</source>
        <translation>Die Daten eines deprovisionierten Mandanten sichern, vernichten und die Löschung zertifizieren (vor Ende der Karenzzeit: nur admin).</translation>
    </message>
    <message>
        <source>Set or lift a legal hold (compliance, admin); a held tenant cannot be purged.</source>
        <translation>Eine rechtliche Sperre setzen oder aufheben (compliance, admin); ein Mandant unter rechtlicher Sperre kann nicht endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>Purge tenants past their grace period, remove backups past %1 days (admin).</source>
        <translation>Mandanten nach Ablauf der Karenzzeit endgültig löschen, Sicherungen nach %1 Tagen entfernen (admin).</translation>
    </message>
    <message>
        <source>The provisioning queue: open jobs (or --all), newest first.</source>
        <translation>Die Bereitstellungswarteschlange: offene Aufträge (oder --all), neueste zuerst.</translation>
    </message>
    <message>
        <source>finished jobs too</source>
        <translation>auch abgeschlossene Aufträge</translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <source>settings: --reason is required</source>
        <translation>settings: --reason ist erforderlich</translation>
    </message>
    <message>
        <source>The settings the team shares in this database (the cluster orchestrator, the health URL).</source>
        <translation>Die gemeinsamen Einstellungen des Teams in dieser Datenbank (Cluster-Orchestrator, URL der Zustandsprüfung).</translation>
    </message>
    <message>
        <source>Change a shared setting (admin; checked and audited).</source>
        <translation>Eine gemeinsame Einstellung ändern (Admin; geprüft und protokolliert).</translation>
    </message>
    <message>
        <source>Put a shared setting back to its default (admin; audited).</source>
        <translation>Eine gemeinsame Einstellung auf den Standardwert zurücksetzen (Admin; protokolliert).</translation>
    </message>
    <message>
        <source>Before a full backup (pg_dump): does it fit in PostgreSQL&apos;s lock table, and what to raise if not.</source>
        <translation>Vor einer vollständigen Sicherung (pg_dump): ob sie in die Sperrtabelle von PostgreSQL passt und was andernfalls zu erhöhen ist.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3, %4 isolation -&gt; %5</source>
        <translation>%1: %2 -&gt; %3, Isolierung %4 -&gt; %5</translation>
    </message>
    <message>
        <source>configuration changes (%1):</source>
        <translation>Konfigurationsänderungen (%1):</translation>
    </message>
    <message>
        <source>%1: --to TIER is required</source>
        <translation>%1: --to TIER ist erforderlich</translation>
    </message>
    <message>
        <source>upgrade apply: --reason is required</source>
        <translation>upgrade apply: --reason ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is on the %2 tier (%3 isolation, %4)</source>
        <translation>%1 ist im Tarif %2 (Isolierung %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>moved %n row(s) from %1</source>
        <translation>
            <numerusform>%n Zeile aus %1 verschoben</numerusform>
            <numerusform>%n Zeilen aus %1 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>backup before the move: %1 (SHA-256 %2)</source>
        <translation>Sicherung vor dem Verschieben: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>What a tier change would do: the stages, the isolation, the configuration changes. Changes nothing.</source>
        <translation>Was ein Tarifwechsel bewirken würde: Schritte, Isolierung, Konfigurationsänderungen. Ändert nichts.</translation>
    </message>
    <message>
        <source>the new tier (required)</source>
        <translation>der neue Tarif (erforderlich)</translation>
    </message>
    <message>
        <source>Change the tenant&apos;s tier: compatibility, snapshot, migrate, verify, switch; rolled back on any failure.</source>
        <translation>Den Tarif des Mandanten wechseln: Kompatibilität, Snapshot, Migration, Prüfung, Umstellung; bei jedem Fehler zurückgerollt.</translation>
    </message>
    <message>
        <source>%1:%2:%3: not JSON: %4</source>
        <translation>%1:%2:%3: kein JSON: %4</translation>
    </message>
    <message>
        <source>%1: a scaling policy is a JSON object such as {&quot;min_capacity&quot;: 2, &quot;max_capacity&quot;: 20}</source>
        <translation>%1: eine Skalierungsrichtlinie ist ein JSON-Objekt wie {&quot;min_capacity&quot;: 2, &quot;max_capacity&quot;: 20}</translation>
    </message>
    <message>
        <source>%1: capacity %2 (policy %3 to %4)</source>
        <translation>%1: Kapazität %2 (Richtlinie %3 bis %4)</translation>
    </message>
    <message>
        <source>last scaled %1 at %2 by %3</source>
        <translation>zuletzt skaliert (%1) am %2 von %3</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>scaling set: --file POLICY.json is required</source>
        <translation>scaling set: --file POLICY.json ist erforderlich</translation>
    </message>
    <message>
        <source>scaling set: --reason is required</source>
        <translation>scaling set: --reason ist erforderlich</translation>
    </message>
    <message>
        <source>tenant scale: --factor F is required</source>
        <translation>tenant scale: --factor F ist erforderlich</translation>
    </message>
    <message>
        <source>tenant scale: --factor must be a number such as 2 or 0.5 (found &quot;%1&quot;)</source>
        <translation>tenant scale: --factor muss eine Zahl sein, etwa 2 oder 0.5 (gefunden: „%1“)</translation>
    </message>
    <message>
        <source>scaled by a factor of %1</source>
        <translation>um den Faktor %1 skaliert</translation>
    </message>
    <message>
        <source>The tenant&apos;s auto-scaling policy and its capacity now.</source>
        <translation>Die Auto-Skalierungsrichtlinie des Mandanten und seine aktuelle Kapazität.</translation>
    </message>
    <message>
        <source>Set fields of the tenant&apos;s auto-scaling policy from a JSON file (checked: min &lt;= max, 0 &lt; down &lt; up &lt;= 1, cooldowns &gt;= 60 s, factor &gt;= 1).</source>
        <translation>Felder der Auto-Skalierungsrichtlinie des Mandanten aus einer JSON-Datei setzen (geprüft: min &lt;= max, 0 &lt; down &lt; up &lt;= 1, Cooldowns &gt;= 60 s, Faktor &gt;= 1).</translation>
    </message>
    <message>
        <source>the policy&apos;s fields, a JSON object</source>
        <translation>die Felder der Richtlinie, als JSON-Objekt</translation>
    </message>
    <message>
        <source>Multiply the tenant&apos;s capacity by a factor, within its scaling policy.</source>
        <translation>Die Kapazität des Mandanten mit einem Faktor multiplizieren, innerhalb seiner Skalierungsrichtlinie.</translation>
    </message>
    <message>
        <source>above 1 scales up, below 1 down</source>
        <translation>über 1 skaliert hoch, unter 1 herunter</translation>
    </message>
</context>
<context>
    <name>Tenancy::Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: %2)</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert (Debian: %2)</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file</source>
        <translation>%1 ist ein Verzeichnis, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database</source>
        <translation>%1 ist keine verwendbare SQLite-Datenbank</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <source>cannot set up the connection to %1</source>
        <translation>die Verbindung zu %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>a statement failed</source>
        <translation>eine Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>eine Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>die Transaktion kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>a statement has more placeholders than values</source>
        <translation>eine Anweisung hat mehr Platzhalter als Werte</translation>
    </message>
    <message>
        <source>a statement has fewer placeholders than values</source>
        <translation>eine Anweisung hat weniger Platzhalter als Werte</translation>
    </message>
    <message>
        <source>not connected to the database</source>
        <translation>keine Verbindung zur Datenbank</translation>
    </message>
</context>
<context>
    <name>Tenancy::DatabaseRoles</name>
    <message>
        <source>database roles exist only on PostgreSQL; on SQLite the operator roles are enforced by Tenancy Console alone</source>
        <translation>Datenbankrollen gibt es nur unter PostgreSQL; unter SQLite setzt Tenancy Console die Operatorrollen allein durch</translation>
    </message>
    <message>
        <source>the database name is too long for its role names (&quot;%1&quot; exceeds PostgreSQL&apos;s 63 bytes)</source>
        <translation>der Datenbankname ist zu lang für die Rollennamen („%1“ überschreitet die 63 Bytes von PostgreSQL)</translation>
    </message>
    <message>
        <source>creating database roles needs the database owner with the CREATEROLE privilege</source>
        <translation>Datenbankrollen anlegen kann nur der Eigentümer der Datenbank mit dem Recht CREATEROLE</translation>
    </message>
    <message>
        <source>there is no login &quot;%1&quot; on the server; the database owner or a DBA creates it (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;…&apos;), then add the operator again</source>
        <translation>auf dem Server gibt es keine Anmeldung „%1“; der Eigentümer der Datenbank oder ein DBA legt sie an (CREATE ROLE &quot;%1&quot; LOGIN PASSWORD &apos;…&apos;), danach den Operator erneut hinzufügen</translation>
    </message>
    <message>
        <source>making &quot;%1&quot; an admin needs the database owner</source>
        <translation>„%1“ zum Admin zu machen, kann nur der Eigentümer der Datenbank</translation>
    </message>
    <message>
        <source>giving &quot;%1&quot; a database role needs an admin or the database owner</source>
        <translation>„%1“ eine Datenbankrolle zu geben, kann nur ein Admin oder der Eigentümer der Datenbank</translation>
    </message>
</context>
<context>
    <name>Tenancy::DatabaseUrl</name>
    <message>
        <source>the database URL is empty</source>
        <translation>die Datenbank-URL ist leer</translation>
    </message>
    <message>
        <source>the SQLite URL is not valid: use sqlite:///path/to/file</source>
        <translation>die SQLite-URL ist ungültig: verwenden Sie sqlite:///path/to/file</translation>
    </message>
    <message>
        <source>a SQLite URL names a local file: use sqlite:///path/to/file</source>
        <translation>eine SQLite-URL bezeichnet eine lokale Datei: verwenden Sie sqlite:///path/to/file</translation>
    </message>
    <message>
        <source>the SQLite URL names no file: use sqlite:///path/to/file</source>
        <translation>die SQLite-URL nennt keine Datei: verwenden Sie sqlite:///path/to/file</translation>
    </message>
    <message>
        <source>the URL contains a password: store it in the OS keychain or use PGPASSWORD/.pgpass instead, so it is never written to disk</source>
        <translation>die URL enthält ein Passwort: hinterlegen Sie es stattdessen im Schlüsselbund des Betriebssystems oder verwenden Sie PGPASSWORD/.pgpass, damit es nie auf die Festplatte geschrieben wird</translation>
    </message>
    <message>
        <source>the database URL is not valid: use sqlite:///path or postgresql://user@host:port/database</source>
        <translation>die Datenbank-URL ist ungültig: verwenden Sie sqlite:///path oder postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>unknown database URL scheme &quot;%1&quot;: use sqlite:///path or postgresql://...</source>
        <translation>unbekanntes Schema „%1“ in der Datenbank-URL: verwenden Sie sqlite:///path oder postgresql://...</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>the URL names no database: use postgresql://user@host:port/database</source>
        <translation>die URL nennt keine Datenbank: verwenden Sie postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>unknown connection option &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Verbindungsoption „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the value of option &quot;%1&quot; contains spaces, quotes, backslashes, &apos;;&apos; or control characters</source>
        <translation>der Wert der Option „%1“ enthält Leerzeichen, Anführungszeichen, Backslashes, &apos;;&apos; oder Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>Tenancy::Format</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>auf Anfrage</translation>
    </message>
</context>
<context>
    <name>Tenancy::JsonCondition</name>
    <message>
        <source>%1: a condition must be an object</source>
        <translation>%1: eine Bedingung muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; takes a non-empty array, alone</source>
        <translation>%1: &quot;%2&quot; erwartet ein nicht leeres Array und steht allein</translation>
    </message>
    <message>
        <source>%1: &quot;not&quot; stands alone</source>
        <translation>%1: &quot;not&quot; steht allein</translation>
    </message>
    <message>
        <source>%1: &quot;path&quot; must be a dotted path</source>
        <translation>%1: &quot;path&quot; muss ein Pfad mit Punkten sein</translation>
    </message>
    <message>
        <source>%1: unknown operator &quot;%2&quot; (operators: %3)</source>
        <translation>%1: unbekannter Operator &quot;%2&quot; (Operatoren: %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; compares with a number</source>
        <translation>%1: &quot;%2&quot; vergleicht mit einer Zahl</translation>
    </message>
    <message>
        <source>%1: &quot;between&quot; takes [low, high], numbers</source>
        <translation>%1: &quot;between&quot; erwartet [low, high] als Zahlen</translation>
    </message>
    <message>
        <source>%1: &quot;in&quot; takes an array of values</source>
        <translation>%1: &quot;in&quot; erwartet ein Array von Werten</translation>
    </message>
    <message>
        <source>%1: &quot;value&quot; is missing</source>
        <translation>%1: &quot;value&quot; fehlt</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>not (%1)</source>
        <translation>nicht (%1)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 one of %2</source>
        <translation>%1 ist einer von %2</translation>
    </message>
    <message>
        <source>%1 includes %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 excludes %2</source>
        <translation>%1 enthält nicht %2</translation>
    </message>
    <message>
        <source>%1 is set</source>
        <translation>%1 ist gesetzt</translation>
    </message>
</context>
<context>
    <name>Tenancy::JsonLocator</name>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::JsonSchema</name>
    <message>
        <source>the schema at %1 must be an object or a boolean</source>
        <translation>das Schema an der Stelle %1 muss ein Objekt oder ein boolescher Wert sein</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; at %2 points outside this schema; only local references such as &quot;#/$defs/name&quot; are supported</source>
        <translation>$ref &quot;%1&quot; an der Stelle %2 verweist aus diesem Schema heraus; nur lokale Verweise wie &quot;#/$defs/name&quot; werden unterstützt</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; at %2 names an anchor; anchors are not supported, use a JSON Pointer such as &quot;#/$defs/name&quot;</source>
        <translation>$ref &quot;%1&quot; an der Stelle %2 nennt einen Anker; Anker werden nicht unterstützt, verwenden Sie einen JSON Pointer wie &quot;#/$defs/name&quot;</translation>
    </message>
    <message>
        <source>$ref &quot;%1&quot; at %2 does not point to a schema in this document</source>
        <translation>$ref &quot;%1&quot; an der Stelle %2 verweist auf kein Schema in diesem Dokument</translation>
    </message>
    <message>
        <source>the schema at %1 applies itself to the same value again ($ref loop)</source>
        <translation>das Schema an der Stelle %1 wendet sich erneut auf denselben Wert an ($ref-Schleife)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 must be %3</source>
        <translation>&quot;%1&quot; an der Stelle %2 muss %3 sein</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>a non-empty array of schemas</source>
        <translation>ein nicht leeres Array von Schemas</translation>
    </message>
    <message>
        <source>an array of different strings</source>
        <translation>ein Array verschiedener Zeichenketten</translation>
    </message>
    <message>
        <source>the pattern &quot;%1&quot; at %2 is not a valid regular expression: %3</source>
        <translation>das Muster &quot;%1&quot; an der Stelle %2 ist kein gültiger regulärer Ausdruck: %3</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>only JSON Schema draft 2020-12 is supported (&quot;$schema&quot; at %1 is &quot;%2&quot;)</source>
        <translation>nur JSON Schema Draft 2020-12 wird unterstützt (&quot;$schema&quot; an der Stelle %1 ist &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>&quot;$id&quot; at %1 is not supported: only the root schema may have an &quot;$id&quot;</source>
        <translation>&quot;$id&quot; an der Stelle %1 wird nicht unterstützt: nur das Wurzelschema darf eine &quot;$id&quot; haben</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object of schemas</source>
        <translation>ein Objekt aus Schemas</translation>
    </message>
    <message>
        <source>a type name or an array of them</source>
        <translation>ein Typname oder ein Array von Typnamen</translation>
    </message>
    <message>
        <source>unknown type %1 at %2 (did you mean &quot;%3&quot;?)</source>
        <translation>unbekannter Typ %1 an der Stelle %2 (meinten Sie &quot;%3&quot;?)</translation>
    </message>
    <message>
        <source>unknown type %1 at %2 (known: %3)</source>
        <translation>unbekannter Typ %1 an der Stelle %2 (bekannt: %3)</translation>
    </message>
    <message>
        <source>an object of string arrays</source>
        <translation>ein Objekt aus Arrays von Zeichenketten</translation>
    </message>
    <message>
        <source>&quot;items&quot; at %1 is an array: in draft 2020-12 that is &quot;prefixItems&quot;</source>
        <translation>&quot;items&quot; an der Stelle %1 ist ein Array: in Draft 2020-12 heißt das &quot;prefixItems&quot;</translation>
    </message>
    <message>
        <source>a number greater than 0</source>
        <translation>eine Zahl größer als 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is from an older draft; draft 2020-12 uses %3</source>
        <translation>&quot;%1&quot; an der Stelle %2 stammt aus einem älteren Draft; Draft 2020-12 verwendet %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is not supported by this validator</source>
        <translation>&quot;%1&quot; an der Stelle %2 wird von diesem Validator nicht unterstützt</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot; at %2 (did you mean &quot;%3&quot;?)</source>
        <translation>unbekanntes Schlüsselwort &quot;%1&quot; an der Stelle %2 (meinten Sie &quot;%3&quot;?)</translation>
    </message>
    <message>
        <source>unknown keyword &quot;%1&quot; at %2</source>
        <translation>unbekanntes Schlüsselwort &quot;%1&quot; an der Stelle %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>eine Zahl mit Nachkommastellen</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>must be %1 (found %2)</source>
        <translation>muss %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation>hier ist kein Wert erlaubt</translation>
    </message>
    <message>
        <source>must be one of %1 (found %2; did you mean %3?)</source>
        <translation>muss einer der Werte %1 sein (gefunden: %2; meinten Sie %3?)</translation>
    </message>
    <message>
        <source>must be one of %1 (found %2)</source>
        <translation>muss einer der Werte %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>unknown property &quot;%1&quot; (did you mean &quot;%2&quot;?)</source>
        <translation>unbekannte Eigenschaft &quot;%1&quot; (meinten Sie &quot;%2&quot;?)</translation>
    </message>
    <message>
        <source>unknown property &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Eigenschaft &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown property &quot;%1&quot;</source>
        <translation>unbekannte Eigenschaft &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a date and time such as 2024-05-01T12:00:00Z (RFC 3339) (found %1)</source>
        <translation>muss ein Datum mit Uhrzeit wie 2024-05-01T12:00:00Z sein (RFC 3339) (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be an e-mail address such as name@example.com (found %1)</source>
        <translation>muss eine E-Mail-Adresse wie name@example.com sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be an absolute URI such as https://example.com/path (found %1)</source>
        <translation>muss ein absoluter URI wie https://example.com/path sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be a host name such as api.example.com (found %1)</source>
        <translation>muss ein Hostname wie api.example.com sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be an IPv4 address such as 192.0.2.10 (found %1)</source>
        <translation>muss eine IPv4-Adresse wie 192.0.2.10 sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>must not be %1</source>
        <translation>darf nicht %1 sein</translation>
    </message>
    <message>
        <source>must not be one of %1</source>
        <translation>darf keiner der Werte %1 sein</translation>
    </message>
    <message>
        <source>must not have the property &quot;%1&quot;</source>
        <translation>darf die Eigenschaft &quot;%1&quot; nicht haben</translation>
    </message>
    <message>
        <source>must not match the schema at %1</source>
        <translation>darf nicht dem Schema an der Stelle %1 entsprechen</translation>
    </message>
    <message>
        <source>must be empty (found %1 properties)</source>
        <translation>muss leer sein (gefunden: %1 Eigenschaften)</translation>
    </message>
    <message>
        <source>must have at most one property (found %1)</source>
        <translation>darf höchstens eine Eigenschaft haben (gefunden: %1)</translation>
    </message>
    <message>
        <source>must have at most %1 properties (found %2)</source>
        <translation>darf höchstens %1 Eigenschaften haben (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be empty (found %1 items)</source>
        <translation>muss leer sein (gefunden: %1 Elemente)</translation>
    </message>
    <message>
        <source>must have at most one item (found %1)</source>
        <translation>darf höchstens ein Element haben (gefunden: %1)</translation>
    </message>
    <message>
        <source>must have at most %1 items (found %2)</source>
        <translation>darf höchstens %1 Elemente haben (gefunden: %2)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einen der Werte %1</translation>
    </message>
    <message>
        <source>an item matching %1</source>
        <translation>ein Element, das %1 entspricht</translation>
    </message>
    <message>
        <source>must be at least %1 (found %2)</source>
        <translation>muss mindestens %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be at most %1 (found %2)</source>
        <translation>darf höchstens %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be greater than %1 (found %2)</source>
        <translation>muss größer als %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be less than %1 (found %2)</source>
        <translation>muss kleiner als %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be a multiple of %1 (found %2)</source>
        <translation>muss ein Vielfaches von %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at least %1 characters long (found %2)</source>
        <translation>muss mindestens %1 Zeichen lang sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must be at most one character long (found %1)</source>
        <translation>darf höchstens ein Zeichen lang sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>must be at most %1 characters long (found %2)</source>
        <translation>darf höchstens %1 Zeichen lang sein (gefunden: %2)</translation>
    </message>
    <message>
        <source>must match the pattern %1 (found %2)</source>
        <translation>muss dem Muster %1 entsprechen (gefunden: %2)</translation>
    </message>
    <message>
        <source>must match exactly one of the alternatives at %1, but matches %2 of them</source>
        <translation>muss genau einer der Alternativen an der Stelle %1 entsprechen, entspricht aber %2 davon</translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation>die erforderliche Eigenschaft &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>must have at least one property</source>
        <translation>muss mindestens eine Eigenschaft haben</translation>
    </message>
    <message>
        <source>must have at least %1 properties (found %2)</source>
        <translation>muss mindestens %1 Eigenschaften haben (gefunden: %2)</translation>
    </message>
    <message>
        <source>missing property &quot;%1&quot;, required when &quot;%2&quot; is present</source>
        <translation>die Eigenschaft &quot;%1&quot; fehlt; sie ist erforderlich, wenn &quot;%2&quot; vorhanden ist</translation>
    </message>
    <message>
        <source>the property &quot;%1&quot; is not allowed</source>
        <translation>die Eigenschaft &quot;%1&quot; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the property name %1 %2</source>
        <translation>der Eigenschaftsname %1 %2</translation>
    </message>
    <message>
        <source>must have at least %1 items (found %2)</source>
        <translation>muss mindestens %1 Elemente haben (gefunden: %2)</translation>
    </message>
    <message>
        <source>must not contain duplicates (items %1 and %2 are equal)</source>
        <translation>darf keine Duplikate enthalten (die Elemente %1 und %2 sind gleich)</translation>
    </message>
    <message>
        <source>must contain %1</source>
        <translation>muss %1 enthalten</translation>
    </message>
    <message>
        <source>at least %1 of the items must match %2 (found %3)</source>
        <translation>mindestens %1 der Elemente müssen %2 entsprechen (gefunden: %3)</translation>
    </message>
    <message>
        <source>at most %1 of the items may match %2 (found %3)</source>
        <translation>höchstens %1 der Elemente dürfen %2 entsprechen (gefunden: %3)</translation>
    </message>
    <message>
        <source>does not match any of the alternatives</source>
        <translation>entspricht keiner der Alternativen</translation>
    </message>
    <message>
        <source>a schema must be a JSON object</source>
        <translation>ein Schema muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer (such as /configuration/limits)</source>
        <translation>&quot;%1&quot; ist kein JSON Pointer (wie /configuration/limits)</translation>
    </message>
    <message>
        <source>%1 must be %2, so it has no member &quot;%3&quot;</source>
        <translation>%1 muss %2 sein, hat also kein Element &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>must be %1 (found %2; did you mean %3?)</source>
        <translation>muss %1 sein (gefunden: %2; meinten Sie %3?)</translation>
    </message>
</context>
<context>
    <name>Tenancy::KeychainSecretStore</name>
    <message>
        <source>keyring locked or unavailable</source>
        <translation>Schlüsselbund gesperrt oder nicht verfügbar</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>Tenancy::Migrator</name>
    <message>
        <source>%1 has schema version %2, newer than this version of Tenancy Console supports (%3); it was left unchanged. Use a newer Tenancy Console.</source>
        <translation>%1 hat die Schemaversion %2, die neuer ist als die von dieser Version von Tenancy Console unterstützte (%3); die Datenbank wurde nicht verändert. Verwenden Sie eine neuere Version von Tenancy Console.</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the tenant tables&apos; definition (sql/tenant.sql) is missing from this build</source>
        <translation>die Definition der Mandantentabellen (sql/tenant.sql) fehlt in diesem Build</translation>
    </message>
</context>
<context>
    <name>Tenancy::OperatorRepository</name>
    <message>
        <source>operator &quot;%1&quot;: column role holds &quot;%2&quot;, which this version does not know</source>
        <translation>Operator „%1“: die Spalte role enthält „%2“, was diese Version nicht kennt</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; already exists</source>
        <translation>Operator „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>no operator named &quot;%1&quot;</source>
        <translation>kein Operator namens „%1“</translation>
    </message>
</context>
<context>
    <name>Tenancy::Overrides</name>
    <message>
        <source>a stored override is malformed: %1</source>
        <translation>eine gespeicherte Überschreibung ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PATH=VALUE (for example limits.max_users=500)</source>
        <translation>&quot;%1&quot; hat nicht die Form PATH=VALUE (zum Beispiel limits.max_users=500)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path (names separated by dots, such as limits.max_users)</source>
        <translation>&quot;%1&quot; ist kein Pfad (durch Punkte getrennte Namen, z.&#xa0;B. limits.max_users)</translation>
    </message>
    <message>
        <source>unknown path &quot;%1&quot;</source>
        <translation>unbekannter Pfad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown path &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannter Pfad &quot;%1&quot;; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>the document itself cannot be replaced by an override</source>
        <translation>das Dokument selbst kann nicht durch eine Überschreibung ersetzt werden</translation>
    </message>
    <message>
        <source>%1: no item %2 in a list of %3</source>
        <translation>%1: kein Element %2 in einer Liste mit %3 Elementen</translation>
    </message>
    <message>
        <source>%1: %2 holds a value, not named members</source>
        <translation>%1: %2 enthält einen Wert, keine benannten Elemente</translation>
    </message>
    <message>
        <source>%1: %2 is above the %3 tier&apos;s limit of %4; only the custom tier can raise a limit</source>
        <translation>%1: %2 liegt über dem Limit des Tarifs %3 von %4; nur der Tarif custom kann ein Limit anheben</translation>
    </message>
</context>
<context>
    <name>Tenancy::Permissions</name>
    <message>
        <source>read tenants</source>
        <translation>Mandanten lesen</translation>
    </message>
    <message>
        <source>create tenants</source>
        <translation>Mandanten anlegen</translation>
    </message>
    <message>
        <source>suspend or reactivate tenants</source>
        <translation>Mandanten sperren oder reaktivieren</translation>
    </message>
    <message>
        <source>generate a sample fleet</source>
        <translation>eine Beispielflotte erzeugen</translation>
    </message>
    <message>
        <source>list operators</source>
        <translation>Operatoren auflisten</translation>
    </message>
    <message>
        <source>manage operators and their roles</source>
        <translation>Operatoren und ihre Rollen verwalten</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>migrate the database</source>
        <translation>die Datenbank migrieren</translation>
    </message>
    <message>
        <source>change tenant configurations</source>
        <translation>Mandantenkonfigurationen ändern</translation>
    </message>
    <message>
        <source>save configuration templates</source>
        <translation>Konfigurationsvorlagen speichern</translation>
    </message>
    <message>
        <source>read security events</source>
        <translation>Sicherheitsereignisse lesen</translation>
    </message>
    <message>
        <source>import security events</source>
        <translation>Sicherheitsereignisse importieren</translation>
    </message>
    <message>
        <source>provision tenants</source>
        <translation>Mandanten bereitstellen</translation>
    </message>
    <message>
        <source>force provisioning past validation</source>
        <translation>Bereitstellung ohne Validierung erzwingen</translation>
    </message>
    <message>
        <source>purge tenants</source>
        <translation>Mandanten endgültig löschen</translation>
    </message>
    <message>
        <source>set or lift legal holds</source>
        <translation>rechtliche Sperren setzen oder aufheben</translation>
    </message>
    <message>
        <source>run maintenance</source>
        <translation>Wartung ausführen</translation>
    </message>
    <message>
        <source>upgrade or downgrade tenants</source>
        <translation>Tarif von Mandanten hoch- oder herabstufen</translation>
    </message>
    <message>
        <source>scale tenants</source>
        <translation>Mandanten skalieren</translation>
    </message>
    <message>
        <source>change shared settings</source>
        <translation>gemeinsame Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>Tenancy::PostgresDatabaseStorage</name>
    <message>
        <source>database %1</source>
        <translation>Datenbank %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::PostgresSchemaStorage</name>
    <message>
        <source>schema %1</source>
        <translation>Schema %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Provisioner</name>
    <message>
        <source>the storage checks (sql/tenant-checks.json) are missing from this build</source>
        <translation>die Speicherprüfungen (sql/tenant-checks.json) fehlen in diesem Build</translation>
    </message>
    <message>
        <source>sql/tenant-checks.json holds no checks</source>
        <translation>sql/tenant-checks.json enthält keine Prüfungen</translation>
    </message>
    <message>
        <source>no tenant with id &quot;%1&quot;</source>
        <translation>kein Mandant mit der ID „%1“</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is %2, which cannot become %3</source>
        <translation>Mandant „%1“ hat den Status %2 und kann nicht in den Status %3 wechseln</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; changed while its job ran</source>
        <translation>Mandant „%1“ wurde während der Ausführung seines Auftrags geändert</translation>
    </message>
    <message>
        <source>cancelled before %1</source>
        <translation>abgebrochen vor dem Schritt %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>%1 started (attempt %2)</source>
        <translation>%1 gestartet (Versuch %2)</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 abgeschlossen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>cancelled during %1</source>
        <translation>abgebrochen während des Schritts %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>roll-back cancelled</source>
        <translation>Rollback abgebrochen</translation>
    </message>
    <message>
        <source>undoing %1</source>
        <translation>%1 wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undoing %1</source>
        <translation>%1 wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>undoing %1 failed: %2</source>
        <translation>Rückgängigmachen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 undone</source>
        <translation>%1 rückgängig gemacht</translation>
    </message>
    <message>
        <source>rolled back; the tenant is pending again</source>
        <translation>zurückgerollt; der Mandant ist wieder ausstehend</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>tenant id, name, owner, tier, region and compliance are valid</source>
        <translation>Mandanten-ID, Name, Inhaber, Tarif, Region und Compliance sind gültig</translation>
    </message>
    <message>
        <source>the configuration does not validate: %1%2</source>
        <translation>die Konfiguration ist ungültig: %1%2</translation>
    </message>
    <message>
        <source>the configuration renders and validates</source>
        <translation>die Konfiguration wird erzeugt und ist gültig</translation>
    </message>
    <message>
        <source>the %1 tier (%2 infrastructure) does not offer %3 isolation; it offers %4</source>
        <translation>der Tarif %1 (Infrastruktur %2) bietet keine Isolation %3; er bietet %4</translation>
    </message>
    <message>
        <source>the login %1 may not create schemas in this database (GRANT CREATE ON DATABASE … TO %1)</source>
        <translation>das Login %1 darf in dieser Datenbank keine Schemas anlegen (GRANT CREATE ON DATABASE … TO %1)</translation>
    </message>
    <message>
        <source>the login %1 may not create databases (ALTER ROLE %1 CREATEDB)</source>
        <translation>das Login %1 darf keine Datenbanken anlegen (ALTER ROLE %1 CREATEDB)</translation>
    </message>
    <message>
        <source>%1 isolation is offered on the %2 tier; the tenant&apos;s data will be in %3</source>
        <translation>Isolation %1 wird im Tarif %2 angeboten; die Daten des Mandanten werden in %3 gespeichert</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>%1 wird angelegt</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>the owner&apos;s account (%1) is in place</source>
        <translation>das Konto des Inhabers (%1) ist vorhanden</translation>
    </message>
    <message>
        <source>applied %1 settings: security policies, feature flags, limits, AI and data governance</source>
        <translation>Einstellungen für %1 angewendet: Sicherheitsrichtlinien, Feature-Flags, Limits, KI- und Daten-Governance</translation>
    </message>
    <message numerus="yes">
        <source>registered monitoring, logging and alerting, %n webhook(s) and provider(s)</source>
        <translation>
            <numerusform>Überwachung, Protokollierung und Alarmierung registriert, dazu %n Webhook oder Anbieter</numerusform>
            <numerusform>Überwachung, Protokollierung und Alarmierung registriert, dazu %n Webhooks und Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; could not run: %2</source>
        <translation>Prüfung „%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 (expected %2, found %3)</source>
        <translation>%1 (erwartet: %2, gefunden: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed: </source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen: </numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answers; %n check(s) passed</source>
        <translation>
            <numerusform>%1 antwortet; %n Prüfung bestanden</numerusform>
            <numerusform>%1 antwortet; %n Prüfungen bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>the configuration no longer validates: %1</source>
        <translation>die Konfiguration ist nicht mehr gültig: %1</translation>
    </message>
    <message>
        <source>the configuration validates</source>
        <translation>die Konfiguration ist gültig</translation>
    </message>
    <message>
        <source>the tenant is active</source>
        <translation>der Mandant ist aktiv</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>nothing to undo: the storage is gone</source>
        <translation>nichts rückgängig zu machen: der Speicher existiert nicht mehr</translation>
    </message>
    <message>
        <source>removed the tenant&apos;s %1</source>
        <translation>%1 des Mandanten entfernt</translation>
    </message>
    <message>
        <source>the health check %1 answered</source>
        <translation>die Zustandsprüfung %1 hat geantwortet</translation>
    </message>
    <message>
        <source>cluster isolation is offered on the %1 tier; the orchestrator at %2 will run it</source>
        <translation>Cluster-Isolierung wird im Tarif %1 angeboten; der Orchestrator unter %2 führt sie aus</translation>
    </message>
    <message>
        <source>asking for %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 ist bereit</translation>
    </message>
    <message>
        <source>%1 is ready: %2</source>
        <translation>%1 ist bereit: %2</translation>
    </message>
    <message>
        <source>%1 is %2, not ready%3</source>
        <translation>%1 ist %2, nicht bereit%3</translation>
    </message>
    <message>
        <source>removed the cluster&apos;s %1</source>
        <translation>vom Cluster entfernt: %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Provisioning</name>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Resource allocation</source>
        <translation>Ressourcenzuweisung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
</context>
<context>
    <name>Tenancy::ProvisioningRepository</name>
    <message>
        <source>the new job&apos;s id was not returned</source>
        <translation>die ID des neuen Auftrags wurde nicht zurückgegeben</translation>
    </message>
    <message>
        <source>provisioning job %1 has an unknown state &quot;%2&quot; (written by another version?)</source>
        <translation>Bereitstellungsauftrag %1 hat einen unbekannten Zustand „%2“ (von einer anderen Version geschrieben?)</translation>
    </message>
    <message>
        <source>provisioning job %1 has a step row this version does not know (step %2, status &quot;%3&quot;)</source>
        <translation>Bereitstellungsauftrag %1 hat eine Schrittzeile, die diese Version nicht kennt (Schritt %2, Status „%3“)</translation>
    </message>
    <message>
        <source>provisioning job %1 has %2 step rows instead of %3</source>
        <translation>Bereitstellungsauftrag %1 hat %2 Schrittzeilen statt %3</translation>
    </message>
</context>
<context>
    <name>Tenancy::ScalingPolicy</name>
    <message>
        <source>min_capacity (%1) must not be above max_capacity (%2)</source>
        <translation>min_capacity (%1) darf nicht über max_capacity (%2) liegen</translation>
    </message>
    <message>
        <source>scale_down_threshold must be above 0 (found %1)</source>
        <translation>scale_down_threshold muss über 0 liegen (gefunden: %1)</translation>
    </message>
    <message>
        <source>scale_up_threshold must be at most 1 (found %1)</source>
        <translation>scale_up_threshold darf höchstens 1 sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>scale_down_threshold (%1) must be below scale_up_threshold (%2)</source>
        <translation>scale_down_threshold (%1) muss unter scale_up_threshold (%2) liegen</translation>
    </message>
    <message>
        <source>%1 must be at least %2 s (found %3)</source>
        <translation>%1 muss mindestens %2 s betragen (gefunden: %3)</translation>
    </message>
    <message>
        <source>max_scale_factor must be at least 1 (found %1)</source>
        <translation>max_scale_factor muss mindestens 1 sein (gefunden: %1)</translation>
    </message>
</context>
<context>
    <name>Tenancy::SecurityEventFile</name>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
        <translation>%1:%2: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>%1: not UTF-8 text</source>
        <translation>%1: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1:%2: not JSON (%3)</source>
        <translation>%1:%2: kein JSON (%3)</translation>
    </message>
    <message>
        <source>%1:%2: each event must be a JSON object</source>
        <translation>%1:%2: jedes Ereignis muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1:%2: not a JSON object (%3)</source>
        <translation>%1:%2: kein JSON-Objekt (%3)</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein weiterer JSON-Wert</translation>
    </message>
    <message>
        <source>%1: no header and no events</source>
        <translation>%1: keine Kopfzeile und keine Ereignisse</translation>
    </message>
    <message>
        <source>%1:1: the header must name the columns time, tenant, user and kind (missing: %2)</source>
        <translation>%1:1: die Kopfzeile muss die Spalten time, tenant, user und kind benennen (fehlend: %2)</translation>
    </message>
    <message>
        <source>%1:%2: %3 fields, the header has %4</source>
        <translation>%1:%2: %3 Felder, die Kopfzeile hat %4</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time with a zone, such as 2026-11-30T14:05:00Z</source>
        <translation>&quot;%1&quot; ist keine ISO-8601-Zeit mit Zeitzone, etwa 2026-11-30T14:05:00Z</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind (kinds: %2)</source>
        <translation>&quot;%1&quot; ist keine gültige Ereignisart (Ereignisarten: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot; ist keine gültige Ereignisart; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>Tenancy::SecurityEventRepository</name>
    <message>
        <source>security event of %1: time or kind cannot be read (&quot;%2&quot;, &quot;%3&quot;; written by another version?)</source>
        <translation>Sicherheitsereignis von %1: Zeit oder Art kann nicht gelesen werden (&quot;%2&quot;, &quot;%3&quot;; von einer anderen Version geschrieben?)</translation>
    </message>
</context>
<context>
    <name>Tenancy::SecurityPolicyEngine</name>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation>%1: kein JSON-Objekt (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: each refused entry needs names or contains, and a reason</source>
        <translation>%1: jeder abgelehnte Eintrag braucht names oder contains sowie eine Begründung</translation>
    </message>
    <message>
        <source>%1: needs a known framework, a clause and a title</source>
        <translation>%1: braucht ein bekanntes Rahmenwerk, eine Klausel und einen Titel</translation>
    </message>
    <message>
        <source>%1: &quot;status&quot; is fail or warn</source>
        <translation>%1: &quot;status&quot; ist fail oder warn</translation>
    </message>
    <message>
        <source>%1: each &quot;remediation&quot; needs a path and a value</source>
        <translation>%1: jede &quot;remediation&quot; braucht einen Pfad und einen Wert</translation>
    </message>
    <message>
        <source>%1: &quot;remediation&quot; is missing</source>
        <translation>%1: &quot;remediation&quot; fehlt</translation>
    </message>
    <message>
        <source>needs at least %1 characters (has %2)</source>
        <translation>muss mindestens %1 Zeichen haben (hat %2)</translation>
    </message>
    <message>
        <source>may have at most %1 characters (has %2)</source>
        <translation>darf höchstens %1 Zeichen haben (hat %2)</translation>
    </message>
    <message>
        <source> (has %1)</source>
        <translation> (hat %1)</translation>
    </message>
    <message>
        <source>needs a digit</source>
        <translation>muss eine Ziffer enthalten</translation>
    </message>
    <message>
        <source>needs at least %1 digits</source>
        <translation>muss mindestens %1 Ziffern enthalten</translation>
    </message>
    <message>
        <source>needs a lowercase letter</source>
        <translation>muss einen Kleinbuchstaben enthalten</translation>
    </message>
    <message>
        <source>needs at least %1 lowercase letters</source>
        <translation>muss mindestens %1 Kleinbuchstaben enthalten</translation>
    </message>
    <message>
        <source>needs an uppercase letter</source>
        <translation>muss einen Großbuchstaben enthalten</translation>
    </message>
    <message>
        <source>needs at least %1 uppercase letters</source>
        <translation>muss mindestens %1 Großbuchstaben enthalten</translation>
    </message>
    <message>
        <source>needs a special character (not a letter or digit)</source>
        <translation>muss ein Sonderzeichen enthalten (weder Buchstabe noch Ziffer)</translation>
    </message>
    <message>
        <source>needs at least %1 special characters (not letters or digits)</source>
        <translation>muss mindestens %1 Sonderzeichen enthalten (weder Buchstaben noch Ziffern)</translation>
    </message>
    <message>
        <source>contains the user name</source>
        <translation>enthält den Benutzernamen</translation>
    </message>
    <message>
        <source>contains the e-mail address</source>
        <translation>enthält die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>contains part of the person&apos;s name</source>
        <translation>enthält einen Teil des Namens der Person</translation>
    </message>
    <message>
        <source>cannot be checked: the policy&apos;s pattern is not valid (%1)</source>
        <translation>kann nicht geprüft werden: das Muster der Richtlinie ist ungültig (%1)</translation>
    </message>
    <message>
        <source>does not match the pattern the policy requires</source>
        <translation>entspricht nicht dem Muster, das die Richtlinie verlangt</translation>
    </message>
    <message>
        <source>is one of the most commonly used passwords</source>
        <translation>gehört zu den am häufigsten verwendeten Passwörtern</translation>
    </message>
    <message>
        <source>is on this tenant&apos;s list of refused passwords</source>
        <translation>steht auf der Liste abgelehnter Passwörter dieses Mandanten</translation>
    </message>
    <message>
        <source>is too easy to guess: strength %1 of 100, the policy asks for %2</source>
        <translation>ist zu leicht zu erraten: Stärke %1 von 100, die Richtlinie verlangt %2</translation>
    </message>
    <message>
        <source>must be at least min_length (%1; found %2)</source>
        <translation>muss mindestens min_length betragen (%1; gefunden: %2)</translation>
    </message>
    <message>
        <source>asks for %1 digits, letters and special characters, more than max_length (%2) allows</source>
        <translation>verlangt %1 Ziffern, Buchstaben und Sonderzeichen, mehr als max_length (%2) zulässt</translation>
    </message>
    <message>
        <source>is 0 while %1 is true; make it 1 or more, or %1 false</source>
        <translation>ist 0, während %1 true ist; setzen Sie den Wert auf 1 oder mehr oder %1 auf false</translation>
    </message>
    <message>
        <source>is %1 while %2 is false; make it 0, or %2 true</source>
        <translation>ist %1, während %2 false ist; setzen Sie den Wert auf 0 oder %2 auf true</translation>
    </message>
    <message>
        <source>is not a valid regular expression (%1 at character %2)</source>
        <translation>ist kein gültiger regulärer Ausdruck (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>%1 is not among allowed_algorithms (%2)</source>
        <translation>%1 ist nicht in allowed_algorithms enthalten (%2)</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 ist abgelehnt: %2</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>Jahrhunderte</translation>
    </message>
</context>
<context>
    <name>Tenancy::SharedSettings</name>
    <message>
        <source>the cluster orchestrator&apos;s endpoint (http or https); cluster isolation needs it</source>
        <translation>Endpunkt des Cluster-Orchestrators (http oder https); für Cluster-Isolierung erforderlich</translation>
    </message>
    <message>
        <source>seconds one request to the orchestrator may take</source>
        <translation>Sekunden, die eine Anfrage an den Orchestrator dauern darf</translation>
    </message>
    <message>
        <source>seconds a cluster may take to become ready, or to go</source>
        <translation>Sekunden, die ein Cluster brauchen darf, um bereit zu werden oder zu verschwinden</translation>
    </message>
    <message>
        <source>milliseconds before the first poll or retry; doubled each time</source>
        <translation>Millisekunden bis zur ersten Abfrage oder Wiederholung; wird jedes Mal verdoppelt</translation>
    </message>
    <message>
        <source>the longest wait between polls, in seconds</source>
        <translation>längste Wartezeit zwischen zwei Abfragen, in Sekunden</translation>
    </message>
    <message>
        <source>a URL verification GETs for each tenant ({tenant} becomes its id); unset: none</source>
        <translation>eine URL, die die Prüfung für jeden Mandanten per GET abruft ({tenant} wird durch seine ID ersetzt); nicht gesetzt: keine</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting; the settings are %2</source>
        <translation>„%1“ ist keine Einstellung; die Einstellungen sind %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (found &quot;%4&quot;)</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein (gefunden: „%4“)</translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// URL with a host (found &quot;%2&quot;)</source>
        <translation>%1 muss eine http://- oder https://-URL mit Host sein (gefunden: „%2“)</translation>
    </message>
    <message>
        <source>%1 must not carry a user or password: secrets belong in the keychain, not in shared settings</source>
        <translation>%1 darf weder Benutzer noch Passwort enthalten: Geheimnisse gehören in den Schlüsselbund, nicht in gemeinsame Einstellungen</translation>
    </message>
</context>
<context>
    <name>Tenancy::SharedStorage</name>
    <message>
        <source>the shared tables (tenant_*)</source>
        <translation>die gemeinsamen Tabellen (tenant_*)</translation>
    </message>
</context>
<context>
    <name>Tenancy::SqliteFileStorage</name>
    <message>
        <source>file %1 (attached as %2)</source>
        <translation>Datei %1 (eingebunden als %2)</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for tenants&apos; files</source>
        <translation>der Ordner %1 für die Dateien der Mandanten kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the tenant&apos;s file %1 does not exist</source>
        <translation>die Datei %1 des Mandanten existiert nicht</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantBackup</name>
    <message>
        <source>cannot start compressing the backup</source>
        <translation>die Komprimierung der Sicherung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>compressing the backup failed</source>
        <translation>die Komprimierung der Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot start reading the backup</source>
        <translation>das Lesen der Sicherung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 is not a complete gzip file</source>
        <translation>%1 ist keine vollständige gzip-Datei</translation>
    </message>
    <message>
        <source>%1 does not hold a backup: %2</source>
        <translation>%1 enthält keine Sicherung: %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantManager</name>
    <message>
        <source>the operator name is required</source>
        <translation>der Operatorname ist erforderlich</translation>
    </message>
    <message>
        <source>operator name &quot;%1&quot; must be 1–63 characters of lowercase letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>der Operatorname „%1“ muss aus 1–63 Kleinbuchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos; bestehen und mit einem Buchstaben oder &apos;_&apos; beginnen</translation>
    </message>
    <message>
        <source>on PostgreSQL you act as your database login &quot;%1&quot;; acting as &quot;%2&quot; is not possible</source>
        <translation>unter PostgreSQL handeln Sie als Ihr Datenbank-Login „%1“; ein Handeln als „%2“ ist nicht möglich</translation>
    </message>
    <message>
        <source>another operator was registered first</source>
        <translation>ein anderer Operator wurde zuerst registriert</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; is not registered in this database; an admin can add it with: tenancyctl operator add %1 --role ROLE</source>
        <translation>Operator „%1“ ist in dieser Datenbank nicht registriert; ein admin kann ihn hinzufügen mit: tenancyctl operator add %1 --role ROLE</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; (%2) may not %3</source>
        <translation>dem Operator „%1“ (%2) fehlt die Berechtigung: %3</translation>
    </message>
    <message>
        <source>limit and offset must not be negative</source>
        <translation>limit und offset dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>no tenant with id &quot;%1&quot; (%2)</source>
        <translation>kein Mandant mit der ID „%1“ (%2)</translation>
    </message>
    <message>
        <source>no tenant with id &quot;%1&quot;</source>
        <translation>kein Mandant mit der ID „%1“</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; was changed by %2 at %3 (it is at version %4, you read version %5); reload it and apply your change again</source>
        <translation>Mandant „%1“ wurde von %2 am %3 geändert (er ist in Version %4, Sie haben Version %5 gelesen); laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor</translation>
    </message>
    <message>
        <source>the version read must be 1 or more</source>
        <translation>die gelesene Version muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>cannot %1 tenant &quot;%2&quot;: its status is %3, and only %4 tenants can be %5</source>
        <translation>Mandant „%2“ lässt sich nicht %1: sein Status ist %3, und nur Mandanten im Status %4 können in den Status %5 wechseln</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>sperren</translation>
    </message>
    <message>
        <source>reactivate</source>
        <translation>reaktivieren</translation>
    </message>
    <message>
        <source>no operator named &quot;%1&quot;</source>
        <translation>kein Operator namens „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last admin; make someone else admin first</source>
        <translation>„%1“ ist der letzte admin; machen Sie zuerst jemand anderen zum admin</translation>
    </message>
    <message>
        <source>the number of tenants must be between 1 and %L1</source>
        <translation>die Anzahl der Mandanten muss zwischen 1 und %L1 liegen</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs migrating to version %3, which only an admin may do (tenancyctl db migrate)</source>
        <translation>%1 hat die Schemaversion %2 und muss auf Version %3 migriert werden, was nur ein Admin darf (tenancyctl db migrate)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: its first configuration (%2) is missing from the database</source>
        <translation>Mandant &quot;%1&quot;: seine erste Konfiguration (%2) fehlt in der Datenbank</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: configuration revision %2 is missing</source>
        <translation>Mandant &quot;%1&quot;: Konfigurationsrevision %2 fehlt</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: configuration revision %2 cannot be rendered: %3</source>
        <translation>Mandant &quot;%1&quot;: Konfigurationsrevision %2 kann nicht gerendert werden: %3</translation>
    </message>
    <message>
        <source>no template &quot;%1&quot; (templates: %2)</source>
        <translation>keine Vorlage &quot;%1&quot; (Vorlagen: %2)</translation>
    </message>
    <message>
        <source>no template &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>keine Vorlage &quot;%1&quot;; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>a template name is 1-63 lowercase letters, digits and underscores, starting with a letter</source>
        <translation>ein Vorlagenname besteht aus 1-63 Kleinbuchstaben, Ziffern und Unterstrichen und beginnt mit einem Buchstaben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a shipped template; save your version under another name</source>
        <translation>&quot;%1&quot; ist eine mitgelieferte Vorlage; speichern Sie Ihre Version unter einem anderen Namen</translation>
    </message>
    <message>
        <source>the template is not valid</source>
        <translation>die Vorlage ist ungültig</translation>
    </message>
    <message>
        <source>a reason is required (it goes into the audit log)</source>
        <translation>eine Begründung ist erforderlich (sie wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>die Vorlage</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1 has no override to remove (it comes from the template or the tier)</source>
        <translation>%1 hat keine Überschreibung, die entfernt werden könnte (der Wert stammt aus der Vorlage oder dem Tarif)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has revisions 0 to %2; there is no revision %3</source>
        <translation>Mandant &quot;%1&quot; hat die Revisionen 0 bis %2; es gibt keine Revision %3</translation>
    </message>
    <message>
        <source>revision %1 is the current one</source>
        <translation>Revision %1 ist die aktuelle</translation>
    </message>
    <message>
        <source>no revision %1</source>
        <translation>keine Revision %1</translation>
    </message>
    <message>
        <source>the configuration would not be valid</source>
        <translation>die Konfiguration wäre ungültig</translation>
    </message>
    <message>
        <source>no template for the %1 tier</source>
        <translation>keine Vorlage für den Tarif %1</translation>
    </message>
    <message>
        <source>unknown framework &quot;%1&quot; (frameworks: %2)</source>
        <translation>unbekanntes Rahmenwerk &quot;%1&quot; (Rahmenwerke: %2)</translation>
    </message>
    <message>
        <source>%1:%2: tenant: no tenant &quot;%3&quot; in this database</source>
        <translation>%1:%2: tenant: kein Mandant &quot;%3&quot; in dieser Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad row(s); nothing was imported (--skip-bad imports the rest):</source>
        <translation>
            <numerusform>%1 hat %n fehlerhafte Zeile; nichts wurde importiert (--skip-bad importiert den Rest):</numerusform>
            <numerusform>%1 hat %n fehlerhafte Zeilen; nichts wurde importiert (--skip-bad importiert den Rest):</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot deprovision tenant &quot;%1&quot;: its status is %2, and only active or suspended tenants can be deprovisioned</source>
        <translation>Mandant „%1“ kann nicht deprovisioniert werden: sein Status ist %2, und nur Mandanten im Status active oder suspended können deprovisioniert werden</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is %2, not being deprovisioned; nothing to cancel</source>
        <translation>Mandant „%1“ hat den Status %2 und wird nicht deprovisioniert; nichts abzubrechen</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is deleted; its data is gone</source>
        <translation>Mandant „%1“ ist gelöscht; seine Daten sind nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is under a legal hold already (%2)</source>
        <translation>für Mandant „%1“ gilt bereits eine rechtliche Sperre (%2)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is not under a legal hold</source>
        <translation>für Mandant „%1“ gilt keine rechtliche Sperre</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; was purged already; its deletion certificate is kept</source>
        <translation>Mandant „%1“ wurde bereits endgültig gelöscht; sein Löschzertifikat wird aufbewahrt</translation>
    </message>
    <message>
        <source>cannot purge tenant &quot;%1&quot;: its status is %2; deprovision it first (tenancyctl deprovision %1)</source>
        <translation>Mandant „%1“ kann nicht endgültig gelöscht werden: sein Status ist %2; zuerst deprovisionieren (tenancyctl deprovision %1)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is under a legal hold (%2); nothing was destroyed. Compliance or an admin lifts it with: tenancyctl tenant legal-hold %1 off --reason …</source>
        <translation>für Mandant „%1“ gilt eine rechtliche Sperre (%2); es wurde nichts vernichtet. Die Rolle compliance oder ein admin hebt sie auf mit: tenancyctl tenant legal-hold %1 off --reason …</translation>
    </message>
    <message>
        <source>%1; the grace period of &quot;%2&quot; ends %3</source>
        <translation>%1; die Karenzzeit von „%2“ endet am %3</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; changed while it was purged (now %2)</source>
        <translation>Mandant „%1“ wurde während der endgültigen Löschung geändert (jetzt %2)</translation>
    </message>
    <message>
        <source>the grace period of %1 days ended</source>
        <translation>die Karenzzeit von %1 Tagen ist abgelaufen</translation>
    </message>
    <message>
        <source>past its retention of %1 days</source>
        <translation>Aufbewahrungsfrist von %1 Tagen überschritten</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has no open provisioning job (its last, %2, is %3)</source>
        <translation>Mandant „%1“ hat keinen offenen Bereitstellungsauftrag (der letzte, %2, ist im Zustand %3)</translation>
    </message>
    <message>
        <source>provisioning job %1 of &quot;%2&quot; is %3 in another process (%4); cancel it first</source>
        <translation>Bereitstellungsauftrag %1 von „%2“ ist in einem anderen Prozess im Zustand %3 (%4); zuerst abbrechen</translation>
    </message>
    <message>
        <source>cannot provision tenant &quot;%1&quot;: its status is %2, and only pending tenants can be provisioned</source>
        <translation>Mandant „%1“ kann nicht bereitgestellt werden: sein Status ist %2, und nur Mandanten im Status pending können bereitgestellt werden</translation>
    </message>
    <message>
        <source>provisioning started by %1: %2 isolation in %3</source>
        <translation>Bereitstellung gestartet durch %1: Isolation %2 in %3</translation>
    </message>
    <message>
        <source>; validation skipped (forced: %1)</source>
        <translation>; Validierung übersprungen (erzwungen: %1)</translation>
    </message>
    <message>
        <source>no provisioning job %1</source>
        <translation>kein Bereitstellungsauftrag %1</translation>
    </message>
    <message>
        <source>provisioning job %1 is %2, not a job this process started</source>
        <translation>Bereitstellungsauftrag %1 ist im Zustand %2 und wurde nicht von diesem Prozess gestartet</translation>
    </message>
    <message>
        <source>provisioning job %1 of &quot;%2&quot; is %3; only a job that is %4 can go on</source>
        <translation>Bereitstellungsauftrag %1 von „%2“ ist im Zustand %3; nur ein Auftrag im Zustand %4 kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>the step must be 1 to %1 (%2 given)</source>
        <translation>der Schritt muss zwischen 1 und %1 liegen (angegeben: %2)</translation>
    </message>
    <message>
        <source>step %1 (%2) cannot run before step %3 (%4), where the job stopped</source>
        <translation>Schritt %1 (%2) kann nicht vor Schritt %3 (%4) ausgeführt werden, bei dem der Auftrag angehalten hat</translation>
    </message>
    <message>
        <source>provisioning job %1 of &quot;%2&quot; was taken by another process</source>
        <translation>Bereitstellungsauftrag %1 von „%2“ wurde von einem anderen Prozess übernommen</translation>
    </message>
    <message>
        <source>roll-back started by %1</source>
        <translation>Rollback gestartet durch %1</translation>
    </message>
    <message>
        <source>%1 by %2 from %3</source>
        <translation>%1 durch %2 ab Schritt %3</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>erneut versucht</translation>
    </message>
    <message>
        <source>; validation skipped: %1</source>
        <translation>; Validierung übersprungen: %1</translation>
    </message>
    <message>
        <source>provisioning job %1 of &quot;%2&quot; is %3, not running; nothing to cancel</source>
        <translation>Bereitstellungsauftrag %1 von „%2“ ist im Zustand %3 und läuft nicht; nichts abzubrechen</translation>
    </message>
    <message>
        <source>%1 asked to cancel</source>
        <translation>%1 hat den Abbruch angefordert</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has never been provisioned</source>
        <translation>Mandant „%1“ wurde nie bereitgestellt</translation>
    </message>
    <message>
        <source>interrupted: the process running it stopped</source>
        <translation>unterbrochen: der ausführende Prozess wurde beendet</translation>
    </message>
    <message>
        <source>interrupted: the process running it (pid %1 on %2) stopped</source>
        <translation>unterbrochen: der ausführende Prozess (PID %1 auf %2) wurde beendet</translation>
    </message>
    <message>
        <source>interrupted during %1: the process running it (pid %2 on %3) stopped</source>
        <translation>unterbrochen während des Schritts %1: der ausführende Prozess (PID %2 auf %3) wurde beendet</translation>
    </message>
    <message>
        <source>a full pg_dump locks %1 tables, and the lock table holds %2 (max_locks_per_transaction %3 x (max_connections %4 + max_prepared_transactions %5), less a tenth for other sessions): raise max_locks_per_transaction to at least %6 (ALTER SYSTEM SET max_locks_per_transaction = %6; then restart the server) before the backup</source>
        <translation>ein vollständiger pg_dump sperrt %1 Tabellen, und die Sperrtabelle fasst %2 (max_locks_per_transaction %3 x (max_connections %4 + max_prepared_transactions %5), abzüglich eines Zehntels für andere Sitzungen): erhöhen Sie max_locks_per_transaction vor der Sicherung auf mindestens %6 (ALTER SYSTEM SET max_locks_per_transaction = %6; danach den Server neu starten)</translation>
    </message>
    <message>
        <source>a full pg_dump locks %1 of %2 lock table entries (less a tenth for other sessions); about %3 more schema-isolated tenants fit before max_locks_per_transaction must rise</source>
        <translation>ein vollständiger pg_dump sperrt %1 von %2 Einträgen der Sperrtabelle (abzüglich eines Zehntels für andere Sitzungen); etwa %3 weitere per Schema isolierte Mandanten passen noch hinein, bevor max_locks_per_transaction erhöht werden muss</translation>
    </message>
    <message>
        <source>SQLite: a backup copies the file (and the tenants&apos; files beside it); it takes no lock per table, so there is no limit to check</source>
        <translation>SQLite: eine Sicherung kopiert die Datei (und die Dateien der Mandanten daneben); sie sperrt keine einzelnen Tabellen, daher gibt es kein Limit zu prüfen</translation>
    </message>
    <message>
        <source>the server did not report its lock settings</source>
        <translation>der Server hat seine Sperreinstellungen nicht gemeldet</translation>
    </message>
    <message>
        <source>the policy names no fields; its fields are %1</source>
        <translation>die Richtlinie nennt keine Felder; ihre Felder sind %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a scaling policy; its fields are %2</source>
        <translation>„%1“ ist kein Feld einer Skalierungsrichtlinie; ihre Felder sind %2</translation>
    </message>
    <message>
        <source>the factor must be a number above 0 (found %1)</source>
        <translation>der Faktor muss eine Zahl über 0 sein (gefunden: %1)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is %2: only an active tenant is scaled</source>
        <translation>Mandant „%1“ ist %2: nur ein aktiver Mandant wird skaliert</translation>
    </message>
    <message>
        <source>the factor %1 is beyond the policy&apos;s max_scale_factor of %2 (from %3 to %2)</source>
        <translation>der Faktor %1 überschreitet den max_scale_factor der Richtlinie von %2 (von %3 bis %2)</translation>
    </message>
    <message>
        <source>a factor of %1 leaves the capacity of &quot;%2&quot; at %3</source>
        <translation>ein Faktor von %1 lässt die Kapazität von „%2“ bei %3</translation>
    </message>
    <message>
        <source>%1 x %2 = %3 is outside the policy&apos;s capacity of %4 to %5</source>
        <translation>%1 x %2 = %3 liegt außerhalb der Kapazität der Richtlinie von %4 bis %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was scaled %2 at %3; the scale-%2 cooldown of %4 s ends at %5</source>
        <translation>„%1“ wurde am %3 skaliert (%2); die scale-%2-Cooldown-Zeit von %4 s endet am %5</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Kompatibilität</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Umstellung</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is already on the %2 tier</source>
        <translation>Mandant „%1“ ist bereits im Tarif %2</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is %2: only an active or suspended tenant changes tier (a pending one is provisioned on its tier)</source>
        <translation>Mandant „%1“ ist %2: nur ein aktiver oder gesperrter Mandant kann den Tarif wechseln (ein ausstehender wird in seinem Tarif bereitgestellt)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has no known isolation (&quot;%2&quot;)</source>
        <translation>Mandant „%1“ hat keine bekannte Isolierung („%2“)</translation>
    </message>
    <message>
        <source>the %1 tier is not compatible with the configuration of &quot;%2&quot;</source>
        <translation>der Tarif %1 ist nicht mit der Konfiguration von „%2“ kompatibel</translation>
    </message>
    <message>
        <source>the %1 tier is not compatible with the configuration of &quot;%2&quot;: %3</source>
        <translation>der Tarif %1 ist nicht mit der Konfiguration von „%2“ kompatibel: %3</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; lives on its own cluster, which the %2 tier does not offer; moving data out of a cluster is the orchestrator&apos;s work, not an upgrade&apos;s</source>
        <translation>Mandant „%1“ hat einen eigenen Cluster, den der Tarif %2 nicht bietet; Daten aus einem Cluster zu verschieben ist Sache des Orchestrators, nicht eines Tarifwechsels</translation>
    </message>
    <message>
        <source>check that the configuration of %1 validates on the %2 tier (done: it does)</source>
        <translation>prüfen, ob die Konfiguration von %1 im Tarif %2 gültig ist (erledigt: sie ist es)</translation>
    </message>
    <message>
        <source>snapshot configuration revision %1 and back up the tenant&apos;s data</source>
        <translation>Snapshot der Konfigurationsrevision %1 erstellen und die Daten des Mandanten sichern</translation>
    </message>
    <message>
        <source>snapshot configuration revision %1</source>
        <translation>Snapshot der Konfigurationsrevision %1 erstellen</translation>
    </message>
    <message numerus="yes">
        <source>move its data from %1 isolation (%2) to %3 isolation (%4) and apply %n configuration change(s)</source>
        <translation>
            <numerusform>seine Daten von Isolierung %1 (%2) nach Isolierung %3 (%4) verschieben und %n Konfigurationsänderung anwenden</numerusform>
            <numerusform>seine Daten von Isolierung %1 (%2) nach Isolierung %3 (%4) verschieben und %n Konfigurationsänderungen anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change its isolation from %1 to %2 (its data stays in %3) and apply %n configuration change(s)</source>
        <translation>
            <numerusform>seine Isolierung von %1 auf %2 ändern (seine Daten bleiben in %3) und %n Konfigurationsänderung anwenden</numerusform>
            <numerusform>seine Isolierung von %1 auf %2 ändern (seine Daten bleiben in %3) und %n Konfigurationsänderungen anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>apply %n configuration change(s); its data stays in %1</source>
        <translation>
            <numerusform>%n Konfigurationsänderung anwenden; seine Daten bleiben in %1</numerusform>
            <numerusform>%n Konfigurationsänderungen anwenden; seine Daten bleiben in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>verify the storage and the configuration</source>
        <translation>Speicher und Konfiguration prüfen</translation>
    </message>
    <message>
        <source>switch %1 to the %2 tier, then remove %3</source>
        <translation>%1 auf den Tarif %2 umstellen, dann %3 entfernen</translation>
    </message>
    <message>
        <source>switch %1 to the %2 tier</source>
        <translation>%1 auf den Tarif %2 umstellen</translation>
    </message>
    <message>
        <source>on any failure: undo all of it; the tenant stays as it is</source>
        <translation>bei jedem Fehler: alles rückgängig machen; der Mandant bleibt unverändert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Checking compatibility</source>
        <translation>Kompatibilität wird geprüft</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; is being upgraded by someone else</source>
        <translation>der Tarif von Mandant „%1“ wird gerade von jemand anderem gewechselt</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot; has an open provisioning job (%2)</source>
        <translation>Mandant „%1“ hat einen offenen Bereitstellungsauftrag (%2)</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; does not exist</source>
        <translation>%1 von „%2“ existiert nicht</translation>
    </message>
    <message>
        <source>the upgrade of &quot;%1&quot; to %2 failed at %3: %4; it was rolled back, the tenant is as it was</source>
        <translation>der Tarifwechsel von „%1“ zu %2 ist bei %3 fehlgeschlagen: %4; er wurde zurückgerollt, der Mandant ist unverändert</translation>
    </message>
    <message>
        <source>the upgrade of &quot;%1&quot; to %2 failed at %3: %4; rolling back left problems: %5</source>
        <translation>der Tarifwechsel von „%1“ zu %2 ist bei %3 fehlgeschlagen: %4; beim Zurückrollen sind Probleme geblieben: %5</translation>
    </message>
    <message>
        <source>Compatible</source>
        <translation>Kompatibel</translation>
    </message>
    <message>
        <source>Taking a snapshot</source>
        <translation>Snapshot wird erstellt</translation>
    </message>
    <message>
        <source>before the upgrade to %1</source>
        <translation>vor dem Tarifwechsel zu %1</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Snapshot erstellt</translation>
    </message>
    <message>
        <source>Moving the data to %1</source>
        <translation>Daten werden nach %1 verschoben</translation>
    </message>
    <message>
        <source>Applying the new configuration</source>
        <translation>Neue Konfiguration wird angewendet</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) moved</source>
        <translation>
            <numerusform>%n Zeile verschoben</numerusform>
            <numerusform>%n Zeilen verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>%1 is not ready</source>
        <translation>%1 ist nicht bereit</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>the configuration does not validate</source>
        <translation>die Konfiguration ist ungültig</translation>
    </message>
    <message>
        <source>Switching to the %1 tier</source>
        <translation>Umstellung auf den Tarif %1</translation>
    </message>
    <message>
        <source>the old storage %1 could not be removed: %2</source>
        <translation>der alte Speicher %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>On the %1 tier</source>
        <translation>Im Tarif %1</translation>
    </message>
    <message>
        <source>a tenant with id &quot;%1&quot; already exists</source>
        <translation>ein Mandant mit der ID „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantRepository</name>
    <message>
        <source>tenant &quot;%1&quot;: column status holds &quot;%2&quot;, which this version does not know (written by a newer version?)</source>
        <translation>Mandant „%1“: die Spalte status enthält „%2“, was diese Version nicht kennt (von einer neueren Version geschrieben?)</translation>
    </message>
    <message>
        <source>tenant &quot;%1&quot;: created_at/updated_at are not ISO 8601 times</source>
        <translation>Mandant „%1“: created_at/updated_at sind keine Zeitangaben nach ISO 8601</translation>
    </message>
    <message>
        <source>cannot prepare the tenant insert</source>
        <translation>das Einfügen der Mandanten kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot store tenants</source>
        <translation>Mandanten können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantService</name>
    <message>
        <source>no database is open</source>
        <translation>keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <source>the %1 role</source>
        <translation>die Rolle %1</translation>
    </message>
    <message>
        <source>the %1 or %2 role</source>
        <translation>die Rolle %1 oder %2</translation>
    </message>
    <message>
        <source>the database connection is lost; reconnecting…</source>
        <translation>die Verbindung zur Datenbank ist unterbrochen; die Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>another database was opened before this ran; nothing was changed</source>
        <translation>vorher wurde eine andere Datenbank geöffnet; nichts wurde geändert</translation>
    </message>
    <message>
        <source>another database was opened meanwhile</source>
        <translation>inzwischen wurde eine andere Datenbank geöffnet</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantStorage</name>
    <message>
        <source>cluster isolation keeps the tenant&apos;s data on its own cluster, run by the orchestrator</source>
        <translation>Isolation cluster hält die Daten des Mandanten auf einem eigenen Cluster, den der Orchestrator betreibt</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::TenantValidation</name>
    <message>
        <source>the tenant id is required</source>
        <translation>die Mandanten-ID ist erforderlich</translation>
    </message>
    <message>
        <source>the tenant id has %1 characters; at most %2 are allowed</source>
        <translation>die Mandanten-ID hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the tenant id must be lowercase (try &quot;%1&quot;)</source>
        <translation>die Mandanten-ID muss aus Kleinbuchstaben bestehen (versuchen Sie „%1“)</translation>
    </message>
    <message>
        <source>the tenant id must start and end with a letter or digit</source>
        <translation>die Mandanten-ID muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>the tenant id may only contain a-z, 0-9 and &apos;-&apos; (it becomes a DNS label and a schema name)</source>
        <translation>die Mandanten-ID darf nur a-z, 0-9 und &apos;-&apos; enthalten (sie wird zu einem DNS-Label und einem Schemanamen)</translation>
    </message>
    <message>
        <source>the name is required</source>
        <translation>der Name ist erforderlich</translation>
    </message>
    <message>
        <source>the name contains control or invisible characters</source>
        <translation>der Name enthält Steuerzeichen oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <source>the name has %1 characters; at most %2 are allowed</source>
        <translation>der Name hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>the owner e-mail is required</source>
        <translation>die E-Mail-Adresse des Inhabers ist erforderlich</translation>
    </message>
    <message>
        <source>the owner e-mail is longer than 254 characters</source>
        <translation>die E-Mail-Adresse des Inhabers ist länger als 254 Zeichen</translation>
    </message>
    <message>
        <source>the owner e-mail contains control or invisible characters</source>
        <translation>die E-Mail-Adresse des Inhabers enthält Steuerzeichen oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.com)</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com)</translation>
    </message>
    <message>
        <source>the part before &apos;@&apos; in &quot;%1&quot; is not valid</source>
        <translation>der Teil vor &apos;@&apos; in „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>the tier is required</source>
        <translation>der Tarif ist erforderlich</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Tarif „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the region is required</source>
        <translation>die Region ist erforderlich</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Region „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown industry &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Branche „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown compliance framework &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Compliance-Framework „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>eine Begründung ist erforderlich</translation>
    </message>
    <message>
        <source>the reason is longer than %1 characters</source>
        <translation>die Begründung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the reason contains control characters</source>
        <translation>die Begründung enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>write the domain of the owner e-mail &quot;%1&quot; in its ASCII (xn--) form</source>
        <translation>die Domain der Inhaber-E-Mail „%1“ bitte in ASCII-Form (xn--) schreiben</translation>
    </message>
    <message>
        <source>the owner e-mail&apos;s domain &quot;%1&quot; is not valid</source>
        <translation>die Domain der Inhaber-E-Mail „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>the tenant id must be lowercase</source>
        <translation>die Mandanten-ID muss kleingeschrieben sein</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::CodeEditor</name>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::CommandPalette</name>
    <message>
        <source>Go to…</source>
        <translation>Gehe zu…</translation>
    </message>
    <message>
        <source>Type an action or a tenant…</source>
        <translation>Aktion oder Mandanten eingeben…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Open tenant %1 — %2</source>
        <translation>Mandanten öffnen: %1 — %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ConfigDiffDialog</name>
    <message>
        <source>%1

Nothing would change.</source>
        <translation>%1

Es würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>&amp;Reason (goes to the audit log):</source>
        <translation>&amp;Begründung (wird im Prüfprotokoll festgehalten):</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Es würde sich nichts ändern.</translation>
    </message>
    <message>
        <source>Say why first: it goes to the audit log.</source>
        <translation>Geben Sie zuerst eine Begründung an: Sie wird im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Vorgang läuft</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>P&amp;rofile:</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 (the current connection)</source>
        <translation>%1 (die aktuelle Verbindung)</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>no password is saved in the keychain for this connection</source>
        <translation>im Schlüsselbund ist für diese Verbindung kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Saving the password in the keychain…</source>
        <translation>Passwort wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>the profile is saved, but the password could not be saved in the keychain: %1</source>
        <translation>das Profil wurde gespeichert, aber das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved; the password is in the keychain.</source>
        <translation>Gespeichert; das Passwort liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>the password could not be saved in the keychain: %1</source>
        <translation>das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the connection profile &quot;%1&quot;? The database itself is not touched.</source>
        <translation>Verbindungsprofil „%1“ löschen? Die Datenbank selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>the profile is deleted, but its password could not be removed from the keychain: %1</source>
        <translation>das Profil wurde gelöscht, aber sein Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ConnectionEditor</name>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Local file (S&amp;QLite)</source>
        <translation>Lokale Datei (S&amp;QLite)</translation>
    </message>
    <message>
        <source>Post&amp;greSQL server</source>
        <translation>Post&amp;greSQL-Server</translation>
    </message>
    <message>
        <source>Kind of database</source>
        <translation>Art der Datenbank</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>A file that does not exist yet is created on first connect.</source>
        <translation>Eine noch nicht vorhandene Datei wird beim ersten Verbinden angelegt.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>db.example.com, 10.0.0.5 or a socket folder</source>
        <translation>db.example.com, 10.0.0.5 oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>tenancy</source>
        <translation>tenancy</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>your operating system user name</source>
        <translation>Ihr Benutzername im Betriebssystem</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Encrypt only if the server insists</source>
        <translation>Nur verschlüsseln, wenn der Server es verlangt</translation>
    </message>
    <message>
        <source>Encrypt if the server can (default)</source>
        <translation>Verschlüsseln, wenn der Server es unterstützt (Standard)</translation>
    </message>
    <message>
        <source>Always encrypt; do not check the certificate</source>
        <translation>Immer verschlüsseln; Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <source>Always encrypt; check the certificate&apos;s issuer</source>
        <translation>Immer verschlüsseln; Aussteller des Zertifikats prüfen</translation>
    </message>
    <message>
        <source>Always encrypt; check the issuer and the host name</source>
        <translation>Immer verschlüsseln; Aussteller und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>saved in the OS keychain</source>
        <translation>wird im Schlüsselbund des Betriebssystems gespeichert</translation>
    </message>
    <message>
        <source>Saved in the OS keychain, never in the settings file. Leave it empty to use the saved password, or libpq&apos;s PGPASSWORD or .pgpass.</source>
        <translation>Wird im Schlüsselbund des Betriebssystems gespeichert, nie in der Einstellungsdatei. Leer lassen, um das gespeicherte Passwort oder PGPASSWORD bzw. .pgpass von libpq zu verwenden.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Choose or Create a Database File</source>
        <translation>Datenbankdatei auswählen oder anlegen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the profile needs a name</source>
        <translation>das Profil braucht einen Namen</translation>
    </message>
    <message>
        <source>another profile is named &quot;%1&quot;</source>
        <translation>ein anderes Profil heißt bereits „%1“</translation>
    </message>
    <message>
        <source>choose the database file, or type the path of a new one</source>
        <translation>wählen Sie die Datenbankdatei aus oder geben Sie den Pfad einer neuen ein</translation>
    </message>
    <message>
        <source>give the full path of the file, such as %1</source>
        <translation>geben Sie den vollständigen Pfad der Datei an, z.&#xa0;B. %1</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Datei darin aus</translation>
    </message>
    <message>
        <source>the host is required: a name, an IP address or a socket folder</source>
        <translation>der Host ist erforderlich: ein Name, eine IP-Adresse oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or an IP address</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>the database name is required</source>
        <translation>der Datenbankname ist erforderlich</translation>
    </message>
    <message>
        <source>a database name cannot contain &apos;/&apos;</source>
        <translation>ein Datenbankname darf kein &apos;/&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::JsonTreeModel</name>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 keys}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::Labels</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
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
        <translation>Persönliche Betreuung</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam genutzt</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <source>Dedicated cluster</source>
        <translation>Dedizierter Cluster</translation>
    </message>
    <message>
        <source>Shared tables</source>
        <translation>Gemeinsame Tabellen</translation>
    </message>
    <message>
        <source>Schema per tenant</source>
        <translation>Schema pro Mandant</translation>
    </message>
    <message>
        <source>Database per tenant</source>
        <translation>Datenbank pro Mandant</translation>
    </message>
    <message>
        <source>Cluster per tenant</source>
        <translation>Cluster pro Mandant</translation>
    </message>
    <message>
        <source>tier default</source>
        <translation>Tarifstandard</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Bearbeitung</translation>
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
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tenancy Console</source>
        <translation>Ü&amp;ber Tenancy Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The database could not be opened&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Die Datenbank konnte nicht geöffnet werden&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Tenancy Console</source>
        <translation>Über Tenancy Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenancy Console %1&lt;/h3&gt;&lt;p&gt;Administration console for multi-tenant SaaS operators.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenancy Console %1&lt;/h3&gt;&lt;p&gt;Administrationskonsole für Betreiber mandantenfähiger SaaS-Anwendungen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Connect to another database…</source>
        <translation>Mit einer anderen Datenbank verbinden…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to the database was lost&lt;/b&gt; (%1). Reconnecting… Nothing you typed is lost.</source>
        <translation>&lt;b&gt;Die Verbindung zur Datenbank wurde unterbrochen&lt;/b&gt; (%1). Die Verbindung wird wiederhergestellt… Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>Reconnected to the database.</source>
        <translation>Wieder mit der Datenbank verbunden.</translation>
    </message>
    <message>
        <source>&amp;New Tenant…</source>
        <translation>&amp;Neuer Mandant…</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>Mit Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Find Tenant</source>
        <translation>Mandanten &amp;suchen</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Mandanten</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>T&amp;iers</source>
        <translation>&amp;Tarife</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tenant</source>
        <translation>&amp;Mandant</translation>
    </message>
    <message>
        <source>Tie&amp;rs</source>
        <translation>Ta&amp;rife</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>no password from the keychain: %1</source>
        <translation>kein Passwort aus dem Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
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
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>1 tenant</source>
        <translation>1 Mandant</translation>
    </message>
    <message>
        <source>%1 tenants</source>
        <translation>%1 Mandanten</translation>
    </message>
    <message>
        <source>Create a tenant (Ctrl+N)</source>
        <translation>Einen Mandanten anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Erfordert %1.</translation>
    </message>
    <message>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <source>The database could not be opened: %1

Still connected to %2.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden: %1

Weiterhin verbunden mit %2.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Provisioning</source>
        <translation>&amp;Bereitstellung</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Created %1; provisioning it (see Provisioning, Ctrl+4).</source>
        <translation>%1 angelegt; die Bereitstellung läuft (siehe Bereitstellung, Strg+4).</translation>
    </message>
    <message>
        <source>Created %1 (pending until provisioned).</source>
        <translation>%1 angelegt (ausstehend bis zur Bereitstellung).</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::NewTenantDialog</name>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>New Tenant</source>
        <translation>Neuer Mandant</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Name des Mandanten</translation>
    </message>
    <message>
        <source>Acme Health Inc.</source>
        <translation>Acme Health GmbH</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>acme-health</source>
        <translation>acme-health</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;, at most %1 characters; it becomes a DNS label and a schema name and cannot be changed later.</source>
        <translation>Kleinbuchstaben, Ziffern und &apos;-&apos;, höchstens %1 Zeichen; die ID wird zu einem DNS-Label und einem Schemanamen und kann später nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Owner e-mail</source>
        <translation>E-Mail-Adresse des Inhabers</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Industry (optional)</source>
        <translation>Branche (optional)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No industry</source>
        <translation>Keine Branche</translation>
    </message>
    <message>
        <source>Compliance frameworks</source>
        <translation>Compliance-Frameworks</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Tenant &amp;id:</source>
        <translation>Mandanten-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Owner e-mail:</source>
        <translation>&amp;E-Mail des Inhabers:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>In&amp;dustry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Compliance:</source>
        <translation>&amp;Compliance:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>1 GB = 10⁹ bytes</source>
        <translation>1 GB = 10⁹ Byte</translation>
    </message>
    <message>
        <source>AI sessions:</source>
        <translation>KI-Sitzungen:</translation>
    </message>
    <message>
        <source>AI sessions per month</source>
        <translation>KI-Sitzungen pro Monat</translation>
    </message>
    <message>
        <source>API rate:</source>
        <translation>API-Anfragerate:</translation>
    </message>
    <message>
        <source>Integrations:</source>
        <translation>Integrationen:</translation>
    </message>
    <message>
        <source>Custom integrations</source>
        <translation>Eigene Integrationen</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Support:</translation>
    </message>
    <message>
        <source>SLA:</source>
        <translation>SLA:</translation>
    </message>
    <message>
        <source>Isolation:</source>
        <translation>Isolation:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>%1 requests per hour</source>
        <translation>%1 Anfragen pro Stunde</translation>
    </message>
    <message>
        <source>Quoted per customer</source>
        <translation>Preis auf Anfrage</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Configuration template</source>
        <translation>Konfigurationsvorlage</translation>
    </message>
    <message>
        <source>The template the tenant&apos;s first configuration is rendered from</source>
        <translation>Die Vorlage, aus der die erste Konfiguration des Mandanten gerendert wird</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Überschreibungen</translation>
    </message>
    <message>
        <source>One per line, for example:
limits.max_users=50
security.mfa_config.required=true</source>
        <translation>Eine pro Zeile, zum Beispiel:
limits.max_users=50
security.mfa_config.required=true</translation>
    </message>
    <message>
        <source>PATH=VALUE, one per line: the path under configuration (or from the document&apos;s root), the value as JSON (50, true, [&quot;a&quot;]) or else text. Lines starting with # are ignored.</source>
        <translation>PFAD=WERT, eine pro Zeile: der Pfad unterhalb von configuration (oder ab der Wurzel des Dokuments), der Wert als JSON (50, true, [&quot;a&quot;]) oder sonst als Text. Zeilen, die mit # beginnen, werden ignoriert.</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <source>O&amp;verrides:</source>
        <translation>Über&amp;schreibungen:</translation>
    </message>
    <message>
        <source>The tier&apos;s own (%1)</source>
        <translation>Die des Tarifs (%1)</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>%1 version %2 (saved by %3)</source>
        <translation>%1 Version %2 (gespeichert von %3)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>No template &quot;%1&quot;.</source>
        <translation>Keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>Saved templates could not be loaded: %1</source>
        <translation>Gespeicherte Vorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Unchecked, the tenant stays pending until provisioned from the directory</source>
        <translation>Nicht angekreuzt bleibt der Mandant ausstehend, bis er im Verzeichnis bereitgestellt wird</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Erfordert %1.</translation>
    </message>
    <message>
        <source>Provision it no&amp;w (six steps, shown in Provisioning)</source>
        <translation>&amp;Jetzt bereitstellen (sechs Schritte, siehe Bereitstellung)</translation>
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
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Wird zurückgerollt</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Grund des Anhaltens</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ProvisioningView</name>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>&amp;Retry Step</source>
        <translation>Schritt &amp;wiederholen</translation>
    </message>
    <message>
        <source>Run the failed step again, and the steps after it</source>
        <translation>Den fehlgeschlagenen Schritt und die folgenden Schritte erneut ausführen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Go on from where the job stopped (interrupted or cancelled)</source>
        <translation>Dort fortsetzen, wo der Auftrag angehalten hat (unterbrochen oder abgebrochen)</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Undo every step the job ran, newest first; the tenant is pending again</source>
        <translation>Alle vom Auftrag ausgeführten Schritte rückgängig machen, die neuesten zuerst; der Mandant ist danach wieder ausstehend</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running job at its next check</source>
        <translation>Den laufenden Auftrag am nächsten Kontrollpunkt anhalten</translation>
    </message>
    <message>
        <source>&amp;Force…</source>
        <translation>&amp;Erzwingen…</translation>
    </message>
    <message>
        <source>Run the job with validation skipped (admin; asks for a reason, which is audited)</source>
        <translation>Den Auftrag ohne Validierung ausführen (admin; fragt nach einer Begründung, die im Prüfprotokoll festgehalten wird)</translation>
    </message>
    <message>
        <source>Show &amp;finished jobs</source>
        <translation>A&amp;bgeschlossene Aufträge anzeigen</translation>
    </message>
    <message>
        <source>Jobs that completed or were rolled back more than an hour ago</source>
        <translation>Aufträge, die vor mehr als einer Stunde abgeschlossen oder zurückgerollt wurden</translation>
    </message>
    <message>
        <source>Provisioning jobs</source>
        <translation>Bereitstellungsaufträge</translation>
    </message>
    <message>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>Einen Auftrag auswählen, um sein Protokoll anzuzeigen.</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message>
        <source>Undo every step job %1 ran for %2 (its storage, %3, is removed), newest first? The tenant goes back to pending.</source>
        <translation>Alle Schritte, die Auftrag %1 für %2 ausgeführt hat, rückgängig machen (der Speicher %3 wird entfernt), die neuesten zuerst? Der Mandant erhält wieder den Status Ausstehend.</translation>
    </message>
    <message>
        <source>Force provisioning of %1</source>
        <translation>Bereitstellung von %1 erzwingen</translation>
    </message>
    <message>
        <source>Validation of %1 will be skipped. Why? (The reason is audited.)</source>
        <translation>Die Validierung von %1 wird übersprungen. Warum? (Die Begründung wird im Prüfprotokoll festgehalten.)</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped at %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Angehalten bei Schritt %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interrupted.&lt;/b&gt; %1 Resume goes on from there; Roll Back undoes it.</source>
        <translation>&lt;b&gt;Unterbrochen.&lt;/b&gt; %1 „Fortsetzen“ macht dort weiter; „Zurückrollen“ macht den Auftrag rückgängig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Abgebrochen.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 is active (%2 isolation, in %3).</source>
        <translation>%1 ist aktiv (Isolation %2, in %3).</translation>
    </message>
    <message>
        <source>Rolled back: %1 is pending again.</source>
        <translation>Zurückgerollt: %1 ist wieder ausstehend.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 von %2 Schritten erledigt.</translation>
    </message>
    <message>
        <source>Forced past validation: %1</source>
        <translation>Validierung übersprungen (erzwungen): %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>%1 is provisioned and active.</source>
        <translation>%1 ist bereitgestellt und aktiv.</translation>
    </message>
    <message>
        <source>%1 is rolled back and pending again.</source>
        <translation>%1 wurde zurückgerollt und ist wieder ausstehend.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Erfordert %1.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why? This goes to the audit log.</source>
        <translation>Warum? Die Begründung wird im Prüfprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::SchemaForm</name>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::SectionEditor</name>
    <message>
        <source>reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not applied</source>
        <translation>
            <numerusform>%n Änderung nicht angewendet</numerusform>
            <numerusform>%n Änderungen nicht angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Berechtigung erforderlich: %1.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TemplatesView</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>lowercase_name</source>
        <translation>name_in_kleinbuchstaben</translation>
    </message>
    <message>
        <source>what changed (optional)</source>
        <translation>was sich geändert hat (optional)</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>saved by %1</source>
        <translation>gespeichert von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (shipped: saving makes your own copy)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 (mitgeliefert: beim Speichern entsteht Ihre eigene Kopie)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Version %2</translation>
    </message>
    <message>
        <source>%1:%2  %3</source>
        <translation>%1:%2  %3</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>(fix the problems to see the rendered document)</source>
        <translation>(beheben Sie die Probleme, um das gerenderte Dokument zu sehen)</translation>
    </message>
    <message>
        <source>Saved as %1 version %2.</source>
        <translation>Als %1, Version %2 gespeichert.</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Die Vorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Erfordert %1.</translation>
    </message>
    <message>
        <source>Fix the problems first.</source>
        <translation>Beheben Sie zuerst die Probleme.</translation>
    </message>
    <message>
        <source>Give it a name first.</source>
        <translation>Geben Sie zuerst einen Namen an.</translation>
    </message>
    <message>
        <source>Save as the next version of this name</source>
        <translation>Als nächste Version unter diesem Namen speichern</translation>
    </message>
    <message>
        <source>Preview for tenant</source>
        <translation>Vorschau für Mandant</translation>
    </message>
    <message>
        <source>a sample tenant (or type a tenant id)</source>
        <translation>ein Beispielmandant (oder eine Mandanten-ID eingeben)</translation>
    </message>
    <message>
        <source>Render with this tenant&apos;s values and overrides, as if it moved to this template</source>
        <translation>Mit den Werten und Überschreibungen dieses Mandanten rendern, als wechselte er zu dieser Vorlage</translation>
    </message>
    <message>
        <source>Pre&amp;view for:</source>
        <translation>&amp;Vorschau für:</translation>
    </message>
    <message>
        <source>Cannot be rendered for %1: %2</source>
        <translation>Für %1 nicht renderbar: %2</translation>
    </message>
    <message>
        <source>no overrides</source>
        <translation>keine Überschreibungen</translation>
    </message>
    <message>
        <source>1 override</source>
        <translation>1 Überschreibung</translation>
    </message>
    <message>
        <source>%1 overrides</source>
        <translation>%1 Überschreibungen</translation>
    </message>
    <message>
        <source>Rendered for %1 (%2 tier, %3): what applying this text would give.</source>
        <translation>Gerendert für %1 (Tarif %2, %3): das ergäbe das Anwenden dieses Textes.</translation>
    </message>
    <message>
        <source>Not valid for %1: %2</source>
        <translation>Für %1 nicht gültig: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1; showing a sample tenant instead.</source>
        <translation>%1; stattdessen wird ein Beispielmandant gezeigt.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantAiView</name>
    <message>
        <source>inherited</source>
        <translation>geerbt</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Model access</source>
        <translation>Modellzugriff</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tier allows</source>
        <translation>Tarif erlaubt</translation>
    </message>
    <message>
        <source>Reset to tier</source>
        <translation>Auf Tarif zurücksetzen</translation>
    </message>
    <message>
        <source>Drop this tenant&apos;s own value: the tier&apos;s applies again</source>
        <translation>Eigenen Wert dieses Mandanten entfernen: Der Wert des Tarifs gilt wieder</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenlimits</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Anfragen pro &amp;Minute:</translation>
    </message>
    <message>
        <source>&amp;Tokens per day:</source>
        <translation>&amp;Tokens pro Tag:</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>Content filter</source>
        <translation>Inhaltsfilter</translation>
    </message>
    <message>
        <source>&amp;Filter content</source>
        <translation>Inhalte &amp;filtern</translation>
    </message>
    <message>
        <source>Blocks from</source>
        <translation>Blockieren ab</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>Vervollständigungen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>safe blocks anything beyond harmless; high only the worst</source>
        <translation>safe blockiert alles, was nicht harmlos ist; high nur das Schlimmste</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Schutzmaßnahmen</translation>
    </message>
    <message>
        <source>ML pipeline</source>
        <translation>ML-Pipeline</translation>
    </message>
    <message>
        <source>reset to tier (not applied)</source>
        <translation>auf Tarif zurückgesetzt (nicht angewendet)</translation>
    </message>
    <message>
        <source>edited (not applied)</source>
        <translation>bearbeitet (nicht angewendet)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no tier bound</source>
        <translation>keine Tarifgrenze</translation>
    </message>
    <message>
        <source>the %1 tier allows up to %2</source>
        <translation>der Tarif %1 erlaubt bis zu %2</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantConfigurationView</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Roll Back to This Revision…</source>
        <translation>Auf diese Revision &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Revision %1 · template %2 %3 · tenant version %4</source>
        <translation>Revision %1 · Vorlage %2 %3 · Mandantenversion %4</translation>
    </message>
    <message>
        <source>rollback to %1</source>
        <translation>Zurücksetzung auf Revision %1</translation>
    </message>
    <message>
        <source>edit (not applied)</source>
        <translation>Bearbeitung (nicht angewendet)</translation>
    </message>
    <message>
        <source>Roll Back %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Apply to %1</source>
        <translation>Auf %1 anwenden</translation>
    </message>
    <message>
        <source>Revision %1 of %2&apos;s configuration becomes current again, as revision %3:</source>
        <translation>Revision %1 der Konfiguration von %2 wird wieder aktuell, als Revision %3:</translation>
    </message>
    <message>
        <source>These values of %1&apos;s configuration change, as revision %2:</source>
        <translation>Diese Werte der Konfiguration von %1 ändern sich, als Revision %2:</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Als Revision %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Nicht geladen: %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Reload %1&apos;s configuration? Your edits are kept.</source>
        <translation>Konfiguration von %1 neu laden? Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Erfordert %1.</translation>
    </message>
    <message>
        <source>Double-click a value to edit it first.</source>
        <translation>Doppelklicken Sie zuerst auf einen Wert, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>See what changes, then apply it</source>
        <translation>Änderungen ansehen und dann anwenden</translation>
    </message>
    <message>
        <source>Make this revision current again (as a new one)</source>
        <translation>Diese Revision wieder aktuell machen (als neue Revision)</translation>
    </message>
    <message>
        <source>Select an earlier revision first.</source>
        <translation>Wählen Sie zuerst eine frühere Revision aus.</translation>
    </message>
    <message>
        <source>reset to the layer below (not applied)</source>
        <translation>auf die darunterliegende Ebene zurückgesetzt (nicht angewendet)</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantDetailView</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Reading the audit log needs %1.</source>
        <translation>Das Lesen des Prüfprotokolls erfordert %1.</translation>
    </message>
    <message>
        <source>No recorded changes</source>
        <translation>Keine Änderungen aufgezeichnet</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · Version %3</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limits:</translation>
    </message>
    <message>
        <source>%1 users · %2 storage · %3 AI sessions/month · %4 API requests/hour · %5 custom integrations</source>
        <translation>%1 Benutzer · %2 Speicher · %3 KI-Sitzungen/Monat · %4 API-Anfragen/Stunde · %5 eigene Integrationen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Branche:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Compliance:</source>
        <translation>Compliance:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not in this database</source>
        <translation>Nicht in dieser Datenbank</translation>
    </message>
    <message>
        <source>%1 — %2 per month</source>
        <translation>%1 — %2 pro Monat</translation>
    </message>
    <message>
        <source>%1 — price by quote</source>
        <translation>%1 — Preis nach Angebot</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>%1 support · %2 SLA · %3</source>
        <translation>Support %1 · SLA %2 · %3</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Sicherheitsereignisse</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantDirectoryModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>In Bereitstellung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Deprovisioning</source>
        <translation>Im Rückbau</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1 (%2, jurisdiction %3)</source>
        <translation>%1 (%2, Rechtsordnung %3)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantEventsView</name>
    <message>
        <source>Events since</source>
        <translation>Ereignisse seit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Audit &amp;Security…</source>
        <translation>&amp;Sicherheit prüfen…</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Bursts of failed sign-ins</source>
        <translation>Häufungen fehlgeschlagener Anmeldungen</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Sicherheitsereignisse</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Security report</source>
        <translation>Sicherheitsbericht</translation>
    </message>
    <message>
        <source>Import Security Events</source>
        <translation>Sicherheitsereignisse importieren</translation>
    </message>
    <message>
        <source>Event exports (*.csv *.json *.jsonl);;All files (*)</source>
        <translation>Ereignisexporte (*.csv *.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read an export of authentication events (CSV, JSON)</source>
        <translation>Einen Export von Authentifizierungsereignissen einlesen (CSV, JSON)</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Berechtigung erforderlich: %1.</translation>
    </message>
    <message>
        <source>Security events need %1.</source>
        <translation>Für Sicherheitsereignisse ist folgende Berechtigung erforderlich: %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>In a burst of failed sign-ins</source>
        <translation>In einer Häufung fehlgeschlagener Anmeldungen</translation>
    </message>
    <message>
        <source>No events in this span.</source>
        <translation>Keine Ereignisse in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>%1: %2 events imported, %3 already there, %4 skipped.</source>
        <translation>%1: %2 Ereignisse importiert, %3 bereits vorhanden, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Security audit of %1 (%2 tier)</source>
        <translation>Sicherheitsprüfung von %1 (Tarif %2)</translation>
    </message>
    <message>
        <source>Bursts of failed sign-ins (7 days)</source>
        <translation>Häufungen fehlgeschlagener Anmeldungen (7 Tage)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Recommended changes</source>
        <translation>Empfohlene Änderungen</translation>
    </message>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation>Die Ereignisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The audit could not be made: %1</source>
        <translation>Die Prüfung konnte nicht durchgeführt werden: %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantLifecycleActions</name>
    <message>
        <source>Change &amp;Tier…</source>
        <translation>&amp;Tarif wechseln…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>&amp;Deprovision…</source>
        <translation>&amp;Deprovisionieren…</translation>
    </message>
    <message>
        <source>Cancel Deprovisioning…</source>
        <translation>Deprovisionierung abbrechen…</translation>
    </message>
    <message>
        <source>P&amp;urge…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Legal Hold…</source>
        <translation>&amp;Legal Hold…</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Erfordert: %1.</translation>
    </message>
    <message>
        <source>Only active or suspended tenants change tier.</source>
        <translation>Nur aktive oder gesperrte Mandanten können den Tarif wechseln.</translation>
    </message>
    <message>
        <source>Upgrade or downgrade the selected tenant, after seeing what would change</source>
        <translation>Tarif des ausgewählten Mandanten wechseln, nach einer Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Only active or suspended tenants are deprovisioned.</source>
        <translation>Nur aktive oder gesperrte Mandanten können deprovisioniert werden.</translation>
    </message>
    <message>
        <source>Suspend access and start the %1-day grace period before the data is purged</source>
        <translation>Zugriff sperren und die Kulanzfrist von %1 Tagen starten, bevor die Daten endgültig gelöscht werden</translation>
    </message>
    <message>
        <source>Only a tenant being deprovisioned can be kept.</source>
        <translation>Nur ein Mandant in Deprovisionierung kann behalten werden.</translation>
    </message>
    <message>
        <source>Keep the tenant: it goes back to how it was</source>
        <translation>Mandanten behalten: er wird wieder wie vorher</translation>
    </message>
    <message>
        <source>Only a tenant being deprovisioned can be purged.</source>
        <translation>Nur ein Mandant in Deprovisionierung kann endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>Back up, destroy and certify the tenant&apos;s data now</source>
        <translation>Daten des Mandanten jetzt sichern, vernichten und die Löschung bescheinigen</translation>
    </message>
    <message>
        <source>A purged tenant has no data to hold.</source>
        <translation>Ein endgültig gelöschter Mandant hat keine Daten mehr, die aufzubewahren wären.</translation>
    </message>
    <message>
        <source>Place or lift a legal hold (a held tenant cannot be purged)</source>
        <translation>Legal Hold setzen oder aufheben (ein Mandant unter Legal Hold kann nicht endgültig gelöscht werden)</translation>
    </message>
    <message>
        <source>Changing the tier of %1…</source>
        <translation>Tarif von %1 wird gewechselt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change tier</source>
        <translation>Tarif wechseln</translation>
    </message>
    <message>
        <source>Access to &lt;b&gt;%1&lt;/b&gt; is suspended at once. Until &lt;b&gt;%2&lt;/b&gt; (the grace period of %3 days) the deprovisioning can be cancelled and the tenant is as it was.</source>
        <translation>Der Zugriff auf &lt;b&gt;%1&lt;/b&gt; wird sofort gesperrt. Bis &lt;b&gt;%2&lt;/b&gt; (Kulanzfrist von %3 Tagen) kann die Deprovisionierung abgebrochen werden, und der Mandant ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>After that its data may be purged: backed up, destroyed and certified. The final backup is kept %1 days after the purge (from %2 at the earliest, until %3).</source>
        <translation>Danach können seine Daten endgültig gelöscht werden: gesichert, vernichtet und bescheinigt. Die letzte Sicherung wird nach der Löschung %1 Tage aufbewahrt (frühestens ab %2, bis %3).</translation>
    </message>
    <message>
        <source>Deprovision %1</source>
        <translation>%1 deprovisionieren</translation>
    </message>
    <message>
        <source>&amp;Deprovision</source>
        <translation>&amp;Deprovisionieren</translation>
    </message>
    <message>
        <source>Cancel deprovisioning of %1</source>
        <translation>Deprovisionierung von %1 abbrechen</translation>
    </message>
    <message>
        <source>Why is %1 being kept? It goes back to how it was before deprovisioning.</source>
        <translation>Warum wird %1 behalten? Der Mandant wird wieder wie vor der Deprovisionierung.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is backed up (its data and configuration, compressed, with a SHA-256), then its storage is destroyed: dropped, or overwritten and deleted. A deletion certificate records what was destroyed, when and by whom.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird gesichert (Daten und Konfiguration, komprimiert, mit SHA-256), danach wird sein Speicher vernichtet: verworfen oder überschrieben und gelöscht. Ein Löschzertifikat hält fest, was wann von wem vernichtet wurde.</translation>
    </message>
    <message>
        <source>This cannot be undone. The backup is kept %1 days.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Die Sicherung wird %1 Tage aufbewahrt.</translation>
    </message>
    <message>
        <source>Purge %1</source>
        <translation>%1 endgültig löschen</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Place a legal hold on %1</source>
        <translation>Legal Hold für %1 setzen</translation>
    </message>
    <message>
        <source>Lift the legal hold on %1</source>
        <translation>Legal Hold für %1 aufheben</translation>
    </message>
    <message>
        <source>Why is %1 held? While held, it cannot be purged, not even after its grace period.</source>
        <translation>Warum wird %1 aufbewahrt? Solange der Legal Hold besteht, kann der Mandant nicht endgültig gelöscht werden, auch nicht nach Ablauf der Kulanzfrist.</translation>
    </message>
    <message>
        <source>%1 is held: &quot;%2&quot;. Why is the hold lifted?</source>
        <translation>%1 unterliegt einem Legal Hold: „%2“. Warum wird er aufgehoben?</translation>
    </message>
    <message>
        <source>Place Hold</source>
        <translation>Legal Hold setzen</translation>
    </message>
    <message>
        <source>Lift Hold</source>
        <translation>Legal Hold aufheben</translation>
    </message>
    <message>
        <source>%1 is being deprovisioned; it can be purged from %2.</source>
        <translation>%1 wird deprovisioniert; ab %2 kann er endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>Deprovisioning of %1 cancelled.</source>
        <translation>Deprovisionierung von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is under a legal hold.</source>
        <translation>%1 unterliegt einem Legal Hold.</translation>
    </message>
    <message>
        <source>The legal hold on %1 is lifted.</source>
        <translation>Der Legal Hold für %1 ist aufgehoben.</translation>
    </message>
    <message>
        <source>%1 is on the %2 tier.</source>
        <translation>%1 ist im Tarif %2.</translation>
    </message>
    <message>
        <source>%1 is purged; its deletion certificate is in the database.</source>
        <translation>%1 ist endgültig gelöscht; das Löschzertifikat liegt in der Datenbank.</translation>
    </message>
    <message>
        <source>%1 is purged; deletion certificate: %2</source>
        <translation>%1 ist endgültig gelöscht; Löschzertifikat: %2</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Legal Hold</translation>
    </message>
    <message>
        <source>The tier was not changed</source>
        <translation>Der Tarif wurde nicht gewechselt</translation>
    </message>
    <message>
        <source>The tenant was not purged</source>
        <translation>Der Mandant wurde nicht endgültig gelöscht</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantSecurityView</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conformance:</source>
        <translation>Konformität:</translation>
    </message>
    <message>
        <source>The policies as edited, against each framework&apos;s clauses (hover a badge for them)</source>
        <translation>Die Richtlinien in der bearbeiteten Fassung, geprüft gegen die Klauseln jedes Rahmenwerks (für Details mit der Maus auf ein Abzeichen zeigen)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Try a password</source>
        <translation>Passwort testen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Password to try</source>
        <translation>Zu testendes Passwort</translation>
    </message>
    <message>
        <source>Checked against this tenant&apos;s policy as you type; not stored, not logged</source>
        <translation>Wird während der Eingabe gegen die Richtlinie dieses Mandanten geprüft; nicht gespeichert, nicht protokolliert</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>strength %v of 100</source>
        <translation>Stärke %v von 100</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Rules the password breaks</source>
        <translation>Vom Passwort verletzte Regeln</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1 conformance: %2</source>
        <translation>%1-Konformität: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About 10^%1 guesses: %2 for an offline attack on a slow hash.</source>
        <translation>Etwa 10^%1 Versuche: %2 für einen Offline-Angriff auf einen langsamen Hash.</translation>
    </message>
    <message>
        <source>✓ Satisfies the policy.</source>
        <translation>✓ Erfüllt die Richtlinie.</translation>
    </message>
    <message>
        <source>edited (not applied)</source>
        <translation>bearbeitet (nicht angewendet)</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TenantsView</name>
    <message>
        <source>Search id, name or owner e-mail…</source>
        <translation>ID, Name oder E-Mail-Adresse des Inhabers suchen…</translation>
    </message>
    <message>
        <source>Search tenants</source>
        <translation>Mandanten suchen</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>Tariffilter</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Regionsfilter</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No tenants yet&lt;/h2&gt;&lt;p&gt;Create the first one with &lt;b&gt;New tenant&lt;/b&gt; (Ctrl+N), or explore the console with a realistic sample fleet.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Mandanten&lt;/h2&gt;&lt;p&gt;Legen Sie den ersten mit &lt;b&gt;Neuer Mandant&lt;/b&gt; (Strg+N) an oder erkunden Sie die Konsole mit einer realistischen Beispielflotte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Load a sample fleet of %L1 tenants…</source>
        <translation>Beispielflotte mit %L1 Mandanten laden…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>&amp;Reaktivieren…</translation>
    </message>
    <message>
        <source>Load a &amp;sample fleet of %L1 tenants…</source>
        <translation>Beispiel&amp;flotte mit %L1 Mandanten laden…</translation>
    </message>
    <message>
        <source>Could not load tenants</source>
        <translation>Mandanten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>1 tenant</source>
        <translation>1 Mandant</translation>
    </message>
    <message>
        <source>%1 tenants</source>
        <translation>%1 Mandanten</translation>
    </message>
    <message>
        <source>%1 of %2 tenants</source>
        <translation>%1 von %2 Mandanten</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Erfordert %1.</translation>
    </message>
    <message>
        <source>Only active tenants can be suspended.</source>
        <translation>Nur aktive Mandanten können gesperrt werden.</translation>
    </message>
    <message>
        <source>Suspend the selected tenant</source>
        <translation>Den ausgewählten Mandanten sperren</translation>
    </message>
    <message>
        <source>Only suspended tenants can be reactivated.</source>
        <translation>Nur gesperrte Mandanten können reaktiviert werden.</translation>
    </message>
    <message>
        <source>Reactivate the selected tenant</source>
        <translation>Den ausgewählten Mandanten reaktivieren</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 reaktivieren</translation>
    </message>
    <message>
        <source>Why is %1 being suspended?</source>
        <translation>Warum wird %1 gesperrt?</translation>
    </message>
    <message>
        <source>Why is %1 being reactivated?</source>
        <translation>Warum wird %1 reaktiviert?</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Sample fleet</source>
        <translation>Beispielflotte</translation>
    </message>
    <message>
        <source>The sample fleet was not loaded: %1</source>
        <translation>Die Beispielflotte wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Loading a sample fleet…</source>
        <translation>Beispielflotte wird geladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close Tenant Tab</source>
        <translation>Mandanten-Tab schließen</translation>
    </message>
    <message>
        <source>The tenants could not be loaded: %1</source>
        <translation>Die Mandanten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Reload %1 and try again?</source>
        <translation>%1 neu laden und erneut versuchen?</translation>
    </message>
    <message>
        <source>%1 is now %2: not changed again. Your reason is kept.</source>
        <translation>%1 ist jetzt %2: nicht erneut geändert. Ihre Begründung bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Only pending tenants can be provisioned; a failed job is retried or rolled back in Provisioning.</source>
        <translation>Nur ausstehende Mandanten können bereitgestellt werden; ein fehlgeschlagener Auftrag wird unter „Bereitstellung“ wiederholt oder zurückgerollt.</translation>
    </message>
    <message>
        <source>Provision the selected tenant: six steps, shown in Provisioning</source>
        <translation>Den ausgewählten Mandanten bereitstellen: sechs Schritte, angezeigt unter „Bereitstellung“</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TierComparisonModel</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>AI sessions per month</source>
        <translation>KI-Sitzungen pro Monat</translation>
    </message>
    <message>
        <source>API requests per hour</source>
        <translation>API-Anfragen pro Stunde</translation>
    </message>
    <message>
        <source>Custom integrations</source>
        <translation>Eigene Integrationen</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Supportstufe</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Default isolation</source>
        <translation>Standard-Isolation</translation>
    </message>
    <message>
        <source>Monthly list price</source>
        <translation>Monatlicher Listenpreis</translation>
    </message>
    <message>
        <source>Users a tenant can have</source>
        <translation>Benutzer, die ein Mandant haben kann</translation>
    </message>
    <message>
        <source>Storage a tenant can use, in decimal units: 1 GB = 10⁹ bytes</source>
        <translation>Speicher, den ein Mandant nutzen kann, in Dezimaleinheiten: 1 GB = 10⁹ Byte</translation>
    </message>
    <message>
        <source>AI sessions a tenant can start per month</source>
        <translation>KI-Sitzungen, die ein Mandant pro Monat starten kann</translation>
    </message>
    <message>
        <source>Requests a tenant can make to the API per hour</source>
        <translation>Anfragen, die ein Mandant pro Stunde an die API stellen kann</translation>
    </message>
    <message>
        <source>Custom integrations a tenant can set up</source>
        <translation>Eigene Integrationen, die ein Mandant einrichten kann</translation>
    </message>
    <message>
        <source>The support the tenant is entitled to</source>
        <translation>Der Support, der dem Mandanten zusteht</translation>
    </message>
    <message>
        <source>Availability promised by the service level agreement</source>
        <translation>Im Service Level Agreement zugesicherte Verfügbarkeit</translation>
    </message>
    <message>
        <source>Where the tenant&apos;s workloads run</source>
        <translation>Wo die Workloads des Mandanten laufen</translation>
    </message>
    <message>
        <source>How a new tenant&apos;s data is separated from other tenants&apos;</source>
        <translation>Wie die Daten eines neuen Mandanten von denen anderer Mandanten getrennt werden</translation>
    </message>
    <message>
        <source>List price per month; custom tiers are quoted per customer</source>
        <translation>Listenpreis pro Monat; individuelle Tarife werden pro Kunde angeboten</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Auf Anfrage</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>%L1 bytes (1 GB = 10⁹ bytes)</source>
        <translation>%L1 Byte (1 GB = 10⁹ Byte)</translation>
    </message>
    <message>
        <source>%1 availability</source>
        <translation>%1 Verfügbarkeit</translation>
    </message>
    <message>
        <source>%1 (isolation level &quot;%2&quot;)</source>
        <translation>%1 (Isolationsstufe „%2“)</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Quote-only: the price is agreed with each customer</source>
        <translation>Nur auf Anfrage: Der Preis wird mit jedem Kunden individuell vereinbart</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (differs from %2)</source>
        <translation>%1 (abweichend von %2)</translation>
    </message>
    <message>
        <source>The %1 tier</source>
        <translation>Der Tarif %1</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TiersView</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the tier comparison as CSV</source>
        <translation>Den Tarifvergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Export the tier comparison as PDF</source>
        <translation>Den Tarifvergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print the tier comparison</source>
        <translation>Den Tarifvergleich drucken</translation>
    </message>
    <message>
        <source>Limits, service levels and monthly list prices of each tier, in %1. Highlighted cells differ from the tier to their left. Storage is in decimal units: 1 GB = 10⁹ bytes.</source>
        <translation>Limits, Service-Levels und monatliche Listenpreise der einzelnen Tarife, in %1. Hervorgehobene Zellen weichen vom Tarif links daneben ab. Speicher in Dezimaleinheiten: 1 GB = 10⁹ Byte.</translation>
    </message>
    <message>
        <source>Tier comparison</source>
        <translation>Tarifvergleich</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>Tenancy Console</source>
        <translation>Tenancy Console</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Export tier comparison as CSV</source>
        <translation>Tarifvergleich als CSV exportieren</translation>
    </message>
    <message>
        <source>tier-comparison.csv</source>
        <translation>tarifvergleich.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export tier comparison as PDF</source>
        <translation>Tarifvergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>tier-comparison.pdf</source>
        <translation>tarifvergleich.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Print tier comparison</source>
        <translation>Tarifvergleich drucken</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::TypeToConfirmDialog</name>
    <message>
        <source>Tenant id, typed to confirm</source>
        <translation>Mandanten-ID, zur Bestätigung eingegeben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why? This goes to the audit log.</source>
        <translation>Warum? Dies wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>That is not %1.</source>
        <translation>Das ist nicht %1.</translation>
    </message>
</context>
<context>
    <name>Tenancy::Ui::UpgradeDialog</name>
    <message>
        <source>Change the tier of %1</source>
        <translation>Tarif von %1 wechseln</translation>
    </message>
    <message>
        <source>New tier</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>Konfigurationsänderungen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why? This goes to the audit log.</source>
        <translation>Warum? Dies wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Change &amp;tier</source>
        <translation>&amp;Tarif wechseln</translation>
    </message>
    <message>
        <source>New &amp;tier:</source>
        <translation>Neuer &amp;Tarif:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>There is no other tier.</source>
        <translation>Es gibt keinen anderen Tarif.</translation>
    </message>
    <message>
        <source>Working out what the change would do…</source>
        <translation>Auswirkungen der Änderung werden ermittelt…</translation>
    </message>
    <message>
        <source>%1 moves from the &lt;b&gt;%2&lt;/b&gt; tier to the &lt;b&gt;%3&lt;/b&gt; tier.</source>
        <translation>%1 wechselt vom Tarif &lt;b&gt;%2&lt;/b&gt; in den Tarif &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Its data moves from %1 to %2.</source>
        <translation>Seine Daten werden von %1 nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Its isolation becomes %1; its data stays where it is.</source>
        <translation>Seine Isolierung wird %1; seine Daten bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Its data stays where it is (%1).</source>
        <translation>Seine Daten bleiben, wo sie sind (%1).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>This change cannot be made as things are.</source>
        <translation>Diese Änderung ist im aktuellen Zustand nicht möglich.</translation>
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
        <translation>Administrationskonsole für Betreiber mandantenfähiger SaaS-Anwendungen.</translation>
    </message>
    <message>
        <source>who is acting, on SQLite (default: the OS user)</source>
        <translation>wer handelt, unter SQLite (Standard: der Betriebssystembenutzer)</translation>
    </message>
    <message>
        <source>sqlite:///path or postgresql://user@host:port/db (default: the last connection, $TENANCY_DB, else the local SQLite file)</source>
        <translation>sqlite:///path oder postgresql://user@host:port/db (Standard: die letzte Verbindung, $TENANCY_DB, sonst die lokale SQLite-Datei)</translation>
    </message>
</context>
</TS>
