<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Mailwarden::AboutDialog</name>
    <message>
        <source>About Mailwarden</source>
        <translation>Über Mailwarden</translation>
    </message>
    <message>
        <source>A console for administrators of sendmail, Postfix and qmail hosts: tables, configuration, privacy options, queue, statistics and tests, over SSH.</source>
        <translation>Eine Konsole für Administratoren von Sendmail-, Postfix- und qmail-Hosts: Tabellen, Konfiguration, Datenschutzoptionen, Warteschlange, Statistik und Tests, über SSH.</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Verwendete Bibliotheken:</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HostListPanel</name>
    <message>
        <source>No hosts yet.
Use Host ▸ Add Host… to manage a Postfix, Sendmail or qmail server.</source>
        <translation>Noch keine Hosts.
Mit Host ▸ Host hinzufügen… einen Postfix-, Sendmail- oder qmail-Server verwalten.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::MainWindow</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Mailwarden</source>
        <translation>Mailwarden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Access, aliases, relay and routing tables of the selected host appear here.</source>
        <translation>Hier erscheinen die Zugriffs-, Alias-, Relay- und Routing-Tabellen des gewählten Hosts.</translation>
    </message>
    <message>
        <source>&amp;Config</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>The main configuration (main.cf, sendmail.mc, qmail control files), raw and as forms.</source>
        <translation>Die Hauptkonfiguration (main.cf, sendmail.mc, qmail-Steuerdateien), als Text und als Formular.</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>Privacy and hardening</source>
        <translation>Datenschutz und Härtung</translation>
    </message>
    <message>
        <source>VRFY/EXPN, banners, PrivacyOptions, limits, DNSBLs, TLS and SASL settings.</source>
        <translation>VRFY/EXPN, Begrüßungstexte, PrivacyOptions, Limits, DNSBLs, TLS- und SASL-Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Mail queue</source>
        <translation>Mail-Warteschlange</translation>
    </message>
    <message>
        <source>List, inspect, hold, requeue, delete and flush queued mail.</source>
        <translation>Wartende Mails auflisten, ansehen, zurückhalten, neu einreihen, löschen und ausliefern.</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Mail traffic from the host&apos;s logs, live and over time.</source>
        <translation>Mailverkehr aus den Protokollen des Hosts, live und im Zeitverlauf.</translation>
    </message>
    <message>
        <source>T&amp;ests</source>
        <translation>T&amp;ests</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Open-relay, STARTTLS/TLS and SMTP exposure tests.</source>
        <translation>Tests auf offenes Relay, STARTTLS/TLS und SMTP-Angriffsfläche.</translation>
    </message>
    <message>
        <source>Select a host in the list on the left to begin.</source>
        <translation>Wählen Sie links einen Host, um zu beginnen.</translation>
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
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Add Host…</source>
        <translation>Host &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>Noch nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Host List</source>
        <translation>&amp;Hostliste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mailwarden</source>
        <translation>&amp;Über Mailwarden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: mailwarden-cli COMMAND [ARGS...]</source>
        <translation>Aufruf: mailwarden-cli BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>       mailwarden-cli --version | --help</source>
        <translation>       mailwarden-cli --version | --help</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>mailwarden-cli: unknown command &apos;%1&apos;</source>
        <translation>mailwarden-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Print the versions of Mailwarden and the libraries it runs with.</source>
        <translation>Die Versionen von Mailwarden und der verwendeten Bibliotheken ausgeben.</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>usage: mailwarden-cli format types | check --type TYPE FILE... | roundtrip --type TYPE FILE</source>
        <translation>Aufruf: mailwarden-cli format types | check --type TYP DATEI... | roundtrip --type TYP DATEI</translation>
    </message>
    <message>
        <source>format: --type is required</source>
        <translation>format: --type fehlt</translation>
    </message>
    <message>
        <source>format: unknown type &apos;%1&apos; (see &apos;format types&apos;)</source>
        <translation>format: unbekannter Typ „%1“ (siehe „format types“)</translation>
    </message>
    <message>
        <source>Check config and table files, or round-trip them through the parsers.</source>
        <translation>Konfigurations- und Tabellendateien prüfen oder verlustfrei durch die Parser schicken.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for administrators of sendmail, Postfix and qmail hosts.</source>
        <translation>Konsole für Administratoren von Sendmail-, Postfix- und qmail-Hosts.</translation>
    </message>
    <message>
        <source>Save a PNG screenshot of the screen to &lt;file&gt; once the window is up, then quit.</source>
        <translation>Sobald das Fenster steht, ein PNG-Bildschirmfoto nach &lt;datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt; (Tables, Config, Privacy, Queue, Statistics or Tests).</source>
        <translation>Mit &lt;seite&gt; starten (Tables, Config, Privacy, Queue, Statistics oder Tests).</translation>
    </message>
    <message>
        <source>Open the About dialog at start.</source>
        <translation>Beim Start den Über-Dialog öffnen.</translation>
    </message>
    <message>
        <source>Use the &lt;scheme&gt; colours: system, light or dark.</source>
        <translation>Die Farben von &lt;schema&gt; verwenden: system, light oder dark.</translation>
    </message>
    <message>
        <source>Unknown page: %1</source>
        <translation>Unbekannte Seite: %1</translation>
    </message>
</context>
</TS>
