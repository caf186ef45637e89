<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HardeningSession</name>
    <message>
        <source>%1 is damaged and was ignored.</source>
        <translation>%1 ist beschädigt und wurde übergangen.</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <source>Reading the configuration of %1…</source>
        <translation>Konfiguration von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The configuration of %1 could not be read: %2</source>
        <translation>Die Konfiguration von %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Mailwarden</name>
    <message>
        <source>continuation line without an entry before it; the table ignores it</source>
        <translation>Fortsetzungszeile ohne vorangehenden Eintrag; die Tabelle ignoriert sie</translation>
    </message>
    <message>
        <source>unbalanced quote in key</source>
        <translation>unausgeglichenes Anführungszeichen im Schlüssel</translation>
    </message>
    <message>
        <source>expected format: key whitespace value</source>
        <translation>erwartetes Format: Schlüssel Leerraum Wert</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first on line %2)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>unbalanced quote in alias name</source>
        <translation>unausgeglichenes Anführungszeichen im Aliasnamen</translation>
    </message>
    <message>
        <source>missing &apos;:&apos; after the alias name</source>
        <translation>&apos;:&apos; nach dem Aliasnamen fehlt</translation>
    </message>
    <message>
        <source>empty alias name</source>
        <translation>leerer Aliasname</translation>
    </message>
    <message>
        <source>continuation line without an alias before it</source>
        <translation>Fortsetzungszeile ohne vorangehenden Alias</translation>
    </message>
    <message>
        <source>unbalanced quote in the recipient list</source>
        <translation>unausgeglichenes Anführungszeichen in der Empfängerliste</translation>
    </message>
    <message>
        <source>duplicate alias &quot;%1&quot; (first on line %2)</source>
        <translation>doppelter Alias &quot;%1&quot; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; has no recipients</source>
        <translation>Alias &quot;%1&quot; hat keine Empfänger</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mail address</source>
        <translation>&quot;%1&quot; ist keine gültige Mailadresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the :include: file should be an absolute path</source>
        <translation>&quot;%1&quot;: die :include:-Datei sollte ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos; in macro expression</source>
        <translation>&apos;%1&apos; fehlt im Makroausdruck</translation>
    </message>
    <message>
        <source>missing &apos;}&apos; for this &apos;{&apos;</source>
        <translation>zu dieser &apos;{&apos; fehlt die &apos;}&apos;</translation>
    </message>
    <message>
        <source>syntax error after &apos;}&apos;</source>
        <translation>Syntaxfehler nach &apos;}&apos;</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is set again (first on line %2); the last setting wins</source>
        <translation>Parameter &quot;%1&quot; wird erneut gesetzt (zuerst in Zeile %2); die letzte Einstellung gilt</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>unbekannter Parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>continuation line without a parameter before it</source>
        <translation>Fortsetzungszeile ohne vorangehenden Parameter</translation>
    </message>
    <message>
        <source>invalid type field &quot;%1&quot;</source>
        <translation>ungültiges type-Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid %1 field &quot;%2&quot;</source>
        <translation>ungültiges %1-Feld &quot;%2&quot;</translation>
    </message>
    <message>
        <source>invalid wakeup field &quot;%1&quot;</source>
        <translation>ungültiges wakeup-Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid process_limit field &quot;%1&quot;</source>
        <translation>ungültiges process_limit-Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>continuation line without a service before it</source>
        <translation>Fortsetzungszeile ohne vorangehenden Dienst</translation>
    </message>
    <message>
        <source>missing fields: a service needs 8 (name type private unpriv chroot wakeup maxproc command)</source>
        <translation>Felder fehlen: ein Dienst braucht 8 (name type private unpriv chroot wakeup maxproc command)</translation>
    </message>
    <message>
        <source>elided or templated service (&quot;...&quot;, placeholder): kept as written, postfix would reject it</source>
        <translation>ausgelassener oder als Vorlage geschriebener Dienst (&quot;...&quot;, Platzhalter): bleibt wie geschrieben, postfix würde ihn ablehnen</translation>
    </message>
    <message>
        <source>duplicate service &quot;%1&quot; (first on line %2)</source>
        <translation>doppelter Dienst &quot;%1&quot; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; has no &quot;name=value&quot; form</source>
        <translation>Option &quot;%1&quot; hat nicht die Form &quot;name=value&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or network/prefix</source>
        <translation>&quot;%1&quot; ist weder IP-Adresse noch Netz/Präfix</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation>&quot;%1&quot; ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>expected a pattern such as /regexp/</source>
        <translation>Muster wie /regexp/ erwartet</translation>
    </message>
    <message>
        <source>missing closing &apos;%1&apos; of the pattern</source>
        <translation>das schließende &apos;%1&apos; des Musters fehlt</translation>
    </message>
    <message>
        <source>unknown pattern flag &apos;%1&apos;</source>
        <translation>unbekannter Muster-Schalter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the first rule starts with whitespace; Postfix reads it as a continuation and ignores it</source>
        <translation>die erste Regel beginnt mit Leerraum; Postfix liest sie als Fortsetzung und ignoriert sie</translation>
    </message>
    <message>
        <source>endif without a matching if</source>
        <translation>endif ohne passendes if</translation>
    </message>
    <message>
        <source>rule without an action</source>
        <translation>Regel ohne Aktion</translation>
    </message>
    <message>
        <source>if without a matching endif</source>
        <translation>if ohne passendes endif</translation>
    </message>
    <message>
        <source>line starts with a blank; makemap rejects it</source>
        <translation>Zeile beginnt mit Leerzeichen; makemap lehnt sie ab</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; has no value</source>
        <translation>Schlüssel &quot;%1&quot; hat keinen Wert</translation>
    </message>
    <message>
        <source>expected user@domain or @domain, not &quot;%1&quot;</source>
        <translation>user@domain oder @domain erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>ungültige Adresse &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid domain &quot;%1&quot;</source>
        <translation>ungültige Domain &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected mailer:host, not &quot;%1&quot;</source>
        <translation>mailer:host erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>authinfo keys start with &quot;AuthInfo:&quot;</source>
        <translation>authinfo-Schlüssel beginnen mit &quot;AuthInfo:&quot;</translation>
    </message>
    <message>
        <source>unknown tag &quot;%1:&quot;</source>
        <translation>unbekanntes Tag &quot;%1:&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no address, domain or IP address</source>
        <translation>&quot;%1&quot; ist weder Adresse noch Domain noch IP-Adresse</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;</source>
        <translation>%1 braucht eine Zahl, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unbekannte Aktion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>ERROR: needs a 4xx or 5xx reply code</source>
        <translation>ERROR: braucht einen Antwortcode 4xx oder 5xx</translation>
    </message>
    <message>
        <source>duplicate &quot;%1&quot; (first on line %2)</source>
        <translation>doppeltes &quot;%1&quot; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a domain nor an IP address</source>
        <translation>&quot;%1&quot; ist weder Domain noch IP-Adresse</translation>
    </message>
    <message>
        <source>unterminated quote: ` without its closing &apos;</source>
        <translation>nicht abgeschlossenes Zitat: ` ohne schließendes &apos;</translation>
    </message>
    <message>
        <source>macro call %1( has no closing &apos;)&apos;</source>
        <translation>Makroaufruf %1( hat keine schließende &apos;)&apos;</translation>
    </message>
    <message>
        <source>changequote is not supported: quotes are read as `...&apos;</source>
        <translation>changequote wird nicht unterstützt: Zitate werden als `...&apos; gelesen</translation>
    </message>
    <message>
        <source>FEATURE(%1) after MAILER (line %2): features belong before the mailers</source>
        <translation>FEATURE(%1) nach MAILER (Zeile %2): Features gehören vor die Mailer</translation>
    </message>
    <message>
        <source>%1(%2) again (first on line %3); the last one wins</source>
        <translation>%1(%2) erneut (zuerst in Zeile %3); der letzte gilt</translation>
    </message>
    <message>
        <source>continuation line without a line before it</source>
        <translation>Fortsetzungszeile ohne vorangehende Zeile</translation>
    </message>
    <message>
        <source>unknown configuration line: &apos;%1&apos; is no sendmail.cf command</source>
        <translation>unbekannte Konfigurationszeile: &apos;%1&apos; ist kein sendmail.cf-Befehl</translation>
    </message>
    <message>
        <source>option %1 set again (first on line %2); the last one wins</source>
        <translation>Option %1 erneut gesetzt (zuerst in Zeile %2); die letzte gilt</translation>
    </message>
    <message>
        <source>unknown privacy flag &quot;%1&quot;</source>
        <translation>unbekannter Privacy-Schalter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>qmail reads only the first line of %1; this line is ignored</source>
        <translation>qmail liest nur die erste Zeile von %1; diese Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>leading blanks are part of the value for qmail</source>
        <translation>führende Leerzeichen gehören für qmail zum Wert</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 muss eine Zahl sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no host or domain name</source>
        <translation>&quot;%1&quot; ist kein Host- oder Domainname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an address nor @domain</source>
        <translation>&quot;%1&quot; ist weder Adresse noch @domain</translation>
    </message>
    <message>
        <source>qmail reads the first line of %1 as its value, comments and blank lines included</source>
        <translation>qmail liest die erste Zeile von %1 als Wert, Kommentare und Leerzeilen eingeschlossen</translation>
    </message>
    <message>
        <source>expected &quot;key:value&quot;; the line has no &apos;:&apos;</source>
        <translation>&quot;key:value&quot; erwartet; die Zeile hat kein &apos;:&apos;</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first on line %2); qmail uses the first</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2); qmail nimmt den ersten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a domain nor an address</source>
        <translation>&quot;%1&quot; ist weder Domain noch Adresse</translation>
    </message>
    <message>
        <source>the prepend &quot;%1&quot; must be a local-part prefix, without &apos;@&apos; or blanks</source>
        <translation>das Präfix &quot;%1&quot; muss ein Local-Part-Präfix sein, ohne &apos;@&apos; und Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no host name or IP address</source>
        <translation>&quot;%1&quot; ist weder Hostname noch IP-Adresse</translation>
    </message>
    <message>
        <source>a default route needs a relay</source>
        <translation>eine Standardroute braucht ein Relay</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>Port &quot;%1&quot; ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>missing quote character after &apos;=&apos;</source>
        <translation>Anführungszeichen nach &apos;=&apos; fehlt</translation>
    </message>
    <message>
        <source>the value has no closing %1</source>
        <translation>dem Wert fehlt das schließende %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; after the closing %1</source>
        <translation>&apos;,&apos; nach dem schließenden %1 erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no IP address, prefix, range or =host</source>
        <translation>&quot;%1&quot; ist weder IP-Adresse noch Präfix, Bereich oder =host</translation>
    </message>
    <message>
        <source>duplicate address &quot;%1&quot; (first on line %2); tcpserver uses the first</source>
        <translation>doppelte Adresse &quot;%1&quot; (zuerst in Zeile %2); tcpserver nimmt die erste</translation>
    </message>
    <message>
        <source>a variable needs a name before &apos;=&apos;</source>
        <translation>eine Variable braucht einen Namen vor &apos;=&apos;</translation>
    </message>
    <message>
        <source>expected a line starting with &apos;=&apos; or &apos;+&apos;, or the final &quot;.&quot;</source>
        <translation>Zeile mit &apos;=&apos; oder &apos;+&apos; am Anfang oder das abschließende &quot;.&quot; erwartet</translation>
    </message>
    <message>
        <source>expected seven fields, each ended by &apos;:&apos; (local:user:uid:gid:home:dash:ext:)</source>
        <translation>sieben Felder erwartet, jedes mit &apos;:&apos; beendet (local:user:uid:gid:home:dash:ext:)</translation>
    </message>
    <message>
        <source>duplicate %1%2 (first on line %3)</source>
        <translation>doppeltes %1%2 (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>uid and gid must be numbers</source>
        <translation>uid und gid müssen Zahlen sein</translation>
    </message>
    <message>
        <source>the home directory must be an absolute path</source>
        <translation>das Home-Verzeichnis muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>the dash field must be empty or &quot;-&quot;</source>
        <translation>das dash-Feld muss leer oder &quot;-&quot; sein</translation>
    </message>
    <message>
        <source>missing the final &quot;.&quot; line; qmail-newu refuses the file</source>
        <translation>die abschließende &quot;.&quot;-Zeile fehlt; qmail-newu lehnt die Datei ab</translation>
    </message>
    <message>
        <source>lines after the final &quot;.&quot; are ignored</source>
        <translation>Zeilen nach dem abschließenden &quot;.&quot; werden ignoriert</translation>
    </message>
    <message>
        <source>forward without an address</source>
        <translation>Weiterleitung ohne Adresse</translation>
    </message>
    <message>
        <source>blank before the forward address</source>
        <translation>Leerzeichen vor der Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>extra text after the forward address (no comments allowed)</source>
        <translation>zusätzlicher Text nach der Weiterleitungsadresse (Kommentare sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>angle brackets around a forward address</source>
        <translation>spitze Klammern um eine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>comment in a forward address</source>
        <translation>Kommentar in einer Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no fully qualified domain name</source>
        <translation>&quot;%1&quot; ist kein vollständiger Domainname</translation>
    </message>
    <message>
        <source>empty delivery instruction</source>
        <translation>leere Zustellanweisung</translation>
    </message>
    <message>
        <source>program line without a command</source>
        <translation>Programmzeile ohne Befehl</translation>
    </message>
    <message>
        <source>unknown delivery instruction: a line starts with #, |, /, ., &amp; or a letter or digit</source>
        <translation>unbekannte Zustellanweisung: eine Zeile beginnt mit #, |, /, ., &amp; oder einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>the first line of a .qmail file must not be blank</source>
        <translation>die erste Zeile einer .qmail-Datei darf nicht leer sein</translation>
    </message>
    <message>
        <source>unqualified forward &quot;%1&quot;: qmail adds its default host</source>
        <translation>unvollständige Weiterleitung &quot;%1&quot;: qmail hängt seinen Standardhost an</translation>
    </message>
    <message>
        <source>same instruction as line %1: the message is delivered twice</source>
        <translation>gleiche Anweisung wie Zeile %1: die Nachricht wird zweimal zugestellt</translation>
    </message>
    <message>
        <source>Cannot inspect %1 on the host.</source>
        <translation>%1 kann auf dem Host nicht untersucht werden.</translation>
    </message>
    <message>
        <source>No command to run.</source>
        <translation>Kein Befehl zum Ausführen.</translation>
    </message>
    <message>
        <source>An argument of “%1” contains a NUL byte, which no program can receive.</source>
        <translation>Ein Argument von „%1“ enthält ein NUL-Byte, das kein Programm empfangen kann.</translation>
    </message>
    <message>
        <source>The host&apos;s sudo rules do not let this account run “%1” as root without a password. Ask the host&apos;s administrator for a NOPASSWD rule.</source>
        <translation>Die sudo-Regeln des Hosts erlauben diesem Konto nicht, „%1“ ohne Passwort als root auszuführen. Bitten Sie die Administration des Hosts um eine NOPASSWD-Regel.</translation>
    </message>
    <message>
        <source>Cannot read %1 on the host.</source>
        <translation>%1 kann auf dem Host nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot start “%1” on this computer.</source>
        <translation>„%1“ kann auf diesem Computer nicht gestartet werden.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” did not finish in time.</source>
        <translation>„%1“ wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Keyboard-interactive</source>
        <translation>Tastatur-interaktiv</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr frei.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 in time.</source>
        <translation>%1 hat auf Port %2 nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the SSH server of %1 on port %2. Check the address and port, and that the server is running.</source>
        <translation>Der SSH-Server von %1 ist auf Port %2 nicht erreichbar. Prüfen Sie Adresse und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server sent no host key.</source>
        <translation>Der Server hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>WARNING: the host key of %1 has CHANGED. Someone may be intercepting the connection, or the host was reinstalled. Mailwarden refuses to connect. Only if the host&apos;s administrator confirms the new key (%2), remove the old entry from %3.</source>
        <translation>WARNUNG: Der Host-Schlüssel von %1 hat sich GEÄNDERT. Möglicherweise hört jemand die Verbindung ab, oder der Host wurde neu installiert. Mailwarden verweigert die Verbindung. Entfernen Sie den alten Eintrag aus %3 nur, wenn die Administration des Hosts den neuen Schlüssel (%2) bestätigt.</translation>
    </message>
    <message>
        <source>Cannot record the host key in %1.</source>
        <translation>Der Host-Schlüssel kann nicht in %1 eingetragen werden.</translation>
    </message>
    <message>
        <source>%1 is not a known host. Its %2 key has the fingerprint %3. Compare it with the fingerprint the host&apos;s administrator gives you before you trust it.</source>
        <translation>%1 ist kein bekannter Host. Sein %2-Schlüssel hat den Fingerabdruck %3. Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen die Administration des Hosts nennt, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Cannot read the known hosts file %1.</source>
        <translation>Die Datei der bekannten Hosts %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot load the key file %1: it is unreadable, or the passphrase is wrong.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geladen werden: Sie ist nicht lesbar, oder die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Cannot load the key file %1: it is unreadable or needs a passphrase.</source>
        <translation>Die Schlüsseldatei %1 kann nicht geladen werden: Sie ist nicht lesbar oder braucht eine Passphrase.</translation>
    </message>
    <message>
        <source>No SSH agent is running (SSH_AUTH_SOCK is not set).</source>
        <translation>Es läuft kein SSH-Agent (SSH_AUTH_SOCK ist nicht gesetzt).</translation>
    </message>
    <message>
        <source>The SSH server of %1 does not offer the login method “%2”.</source>
        <translation>Der SSH-Server von %1 bietet die Anmeldeart „%2“ nicht an.</translation>
    </message>
    <message>
        <source>The connection failed during login.</source>
        <translation>Die Verbindung ist während der Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>%1 refused the login of “%2” (method: %3). Check the user name and the credentials.</source>
        <translation>%1 hat die Anmeldung von „%2“ abgelehnt (Anmeldeart: %3). Prüfen Sie den Benutzernamen und die Zugangsdaten.</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>The host refused to open a channel for a command.</source>
        <translation>Der Host hat es abgelehnt, einen Kanal für einen Befehl zu öffnen.</translation>
    </message>
    <message>
        <source>The host refused to run “%1”.</source>
        <translation>Der Host hat es abgelehnt, „%1“ auszuführen.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen.</translation>
    </message>
    <message>
        <source>%1 was changed on the host by someone else since it was loaded. Nothing was written: reload the file and make the change again.</source>
        <translation>%1 wurde auf dem Host seit dem Laden von jemand anderem geändert. Es wurde nichts geschrieben: Laden Sie die Datei neu und nehmen Sie die Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Cannot write %1 on the host. The file is unchanged.</source>
        <translation>%1 kann auf dem Host nicht geschrieben werden. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>“%1” is not an absolute path.</source>
        <translation>„%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; Mailwarden does not replace it.</source>
        <translation>%1 ist keine reguläre Datei; Mailwarden ersetzt sie nicht.</translation>
    </message>
    <message>
        <source>The upload of %1 was cut short. The file is unchanged.</source>
        <translation>Die Übertragung von %1 wurde unterbrochen. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>The master password must not be empty.</source>
        <translation>Das Master-Passwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1.</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a Mailwarden secrets file.</source>
        <translation>%1 ist keine Geheimnisdatei von Mailwarden.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The master password is wrong, or the secrets file was modified.</source>
        <translation>Das Master-Passwort ist falsch, oder die Geheimnisdatei wurde verändert.</translation>
    </message>
    <message>
        <source>The secrets file is locked.</source>
        <translation>Die Geheimnisdatei ist gesperrt.</translation>
    </message>
    <message>
        <source>Cannot encrypt the secrets.</source>
        <translation>Die Geheimnisse können nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1.</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The system keyring refused the request.</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>No master password was given.</source>
        <translation>Es wurde kein Master-Passwort angegeben.</translation>
    </message>
    <message>
        <source>sudo -n does not work for this account: %1</source>
        <translation>sudo -n funktioniert für dieses Konto nicht: %1</translation>
    </message>
    <message>
        <source>No log file given.</source>
        <translation>Keine Protokolldatei angegeben.</translation>
    </message>
    <message>
        <source>%1: no Postfix, Sendmail or qmail log lines found; name the MTA with --mta</source>
        <translation>%1: keine Protokollzeilen von Postfix, Sendmail oder qmail gefunden; den MTA mit --mta angeben</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot run gzip: %2</source>
        <translation>%1: gzip lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <source>%1: gzip failed: %2</source>
        <translation>%1: gzip ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This system&apos;s QCA has no AES-256-GCM (is qca-ossl installed?).</source>
        <translation>Das QCA dieses Systems bietet kein AES-256-GCM (ist qca-ossl installiert?).</translation>
    </message>
    <message>
        <source>Cannot open a local port for the tunnel.</source>
        <translation>Für den Tunnel kann kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot tell which MTA wrote the log (no Postfix, Sendmail or qmail lines at its start); name it with --mta.</source>
        <translation>Es ist nicht erkennbar, welcher MTA das Protokoll geschrieben hat (keine Postfix-, Sendmail- oder qmail-Zeilen am Anfang); geben Sie ihn mit --mta an.</translation>
    </message>
    <message>
        <source>Cannot read the log on the host: %1</source>
        <translation>Das Protokoll auf dem Host kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Following the log ended (tail exited with %1).</source>
        <translation>Das Verfolgen des Protokolls endete (tail beendete sich mit %1).</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>the connection line needs three counts</source>
        <translation>die Verbindungszeile braucht drei Zahlen</translation>
    </message>
    <message>
        <source>not a mailstats row: “%1”</source>
        <translation>keine mailstats-Zeile: „%1“</translation>
    </message>
    <message>
        <source>no mailstats table found</source>
        <translation>keine mailstats-Tabelle gefunden</translation>
    </message>
    <message>
        <source>the server sent a line that is not an SMTP reply: &quot;%1&quot;</source>
        <translation>der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist: „%1“</translation>
    </message>
    <message>
        <source>the server sent a reply line longer than %1 bytes</source>
        <translation>der Server hat eine Antwortzeile gesendet, die länger als %1 Byte ist</translation>
    </message>
    <message>
        <source>a multi-line reply changed its code: &quot;%1&quot;</source>
        <translation>eine mehrzeilige Antwort hat ihren Code geändert: „%1“</translation>
    </message>
    <message>
        <source>PASS</source>
        <comment>@label probe verdict</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>INFO</source>
        <comment>@label probe verdict</comment>
        <translation>INFO</translation>
    </message>
    <message>
        <source>SKIP</source>
        <comment>@label probe verdict</comment>
        <translation>AUSGEL.</translation>
    </message>
    <message>
        <source>WARN</source>
        <comment>@label probe verdict</comment>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>FAIL</source>
        <comment>@label probe verdict</comment>
        <translation>MANGEL</translation>
    </message>
    <message>
        <source>ERROR</source>
        <comment>@label probe verdict</comment>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>Verbindung zu %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot use %1 as the source address: %2</source>
        <translation>%1 kann nicht als Quelladresse verwendet werden: %2</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>die Verbindung ist geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>den Verbindungsaufbau</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>den TLS-Handshake</translation>
    </message>
    <message>
        <source>a reply</source>
        <translation>eine Antwort</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf %2</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>the server refused the connection: %1</source>
        <translation>der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the server refused HELO: %1</source>
        <translation>der Server hat HELO abgelehnt: %1</translation>
    </message>
    <message>
        <source>null sender to an outside recipient</source>
        <translation>leerer Absender an einen externen Empfänger</translation>
    </message>
    <message>
        <source>sender in the outside recipient&apos;s own domain</source>
        <translation>Absender in der eigenen Domain des externen Empfängers</translation>
    </message>
    <message>
        <source>sender in the server&apos;s name</source>
        <translation>Absender unter dem Namen des Servers</translation>
    </message>
    <message>
        <source>sender at the server&apos;s address literal</source>
        <translation>Absender mit dem Adressliteral des Servers</translation>
    </message>
    <message>
        <source>%-hack through the server&apos;s address</source>
        <translation>%-Hack über die Adresse des Servers</translation>
    </message>
    <message>
        <source>%-hack through the server&apos;s name</source>
        <translation>%-Hack über den Namen des Servers</translation>
    </message>
    <message>
        <source>quoted outside address</source>
        <translation>externe Adresse in Anführungszeichen</translation>
    </message>
    <message>
        <source>quoted %-hack</source>
        <translation>%-Hack in Anführungszeichen</translation>
    </message>
    <message>
        <source>outside address @ the server&apos;s address</source>
        <translation>externe Adresse @ Adresse des Servers</translation>
    </message>
    <message>
        <source>quoted outside address @ the server&apos;s address</source>
        <translation>externe Adresse in Anführungszeichen @ Adresse des Servers</translation>
    </message>
    <message>
        <source>outside address @ the server&apos;s name</source>
        <translation>externe Adresse @ Name des Servers</translation>
    </message>
    <message>
        <source>source route through the server&apos;s address</source>
        <translation>Source-Route über die Adresse des Servers</translation>
    </message>
    <message>
        <source>source route through the server&apos;s name</source>
        <translation>Source-Route über den Namen des Servers</translation>
    </message>
    <message>
        <source>UUCP bang path</source>
        <translation>UUCP-Bang-Pfad</translation>
    </message>
    <message>
        <source>bang path @ the server&apos;s address</source>
        <translation>Bang-Pfad @ Adresse des Servers</translation>
    </message>
    <message>
        <source>bang path @ the server&apos;s name</source>
        <translation>Bang-Pfad @ Name des Servers</translation>
    </message>
    <message>
        <source>outside sender to another outside domain</source>
        <translation>externer Absender an eine andere externe Domain</translation>
    </message>
    <message>
        <source>spoofed sender in the server&apos;s own domain</source>
        <translation>gefälschter Absender in der eigenen Domain des Servers</translation>
    </message>
    <message>
        <source>not tried: the server kept closing the connection</source>
        <translation>nicht versucht: der Server hat die Verbindung immer wieder geschlossen</translation>
    </message>
    <message>
        <source>accepted: %1: %2</source>
        <translation>angenommen: %1: %2</translation>
    </message>
    <message>
        <source>refused: %1: %2</source>
        <translation>abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>no answer: %1: %2</source>
        <translation>keine Antwort: %1: %2</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Offenes Relay</translation>
    </message>
    <message>
        <source>OPEN RELAY: %1 of %2 cases accepted a recipient outside the server&apos;s domains</source>
        <translation>OFFENES RELAY: %1 von %2 Fällen haben einen Empfänger außerhalb der Domains des Servers angenommen</translation>
    </message>
    <message>
        <source>Relay only for your own networks and authenticated users: Postfix smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination with a narrow mynetworks; Sendmail: remove broad RELAY entries from the access db and relay-domains; qmail: a non-empty rcpthosts and RELAYCLIENT only for trusted tcp.smtp rules.</source>
        <translation>Relay nur für Ihre eigenen Netze und authentifizierte Benutzer erlauben: Postfix smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination mit einem eng gefassten mynetworks; Sendmail: weit gefasste RELAY-Einträge aus der access-Datenbank und aus relay-domains entfernen; qmail: ein nicht leeres rcpthosts und RELAYCLIENT nur für vertrauenswürdige tcp.smtp-Regeln.</translation>
    </message>
    <message>
        <source>all %1 cases refused</source>
        <translation>alle %1 Fälle abgelehnt</translation>
    </message>
    <message>
        <source>%1 of %2 cases refused, the others got no answer</source>
        <translation>%1 von %2 Fällen abgelehnt, die übrigen blieben ohne Antwort</translation>
    </message>
    <message>
        <source>Greeting banner</source>
        <translation>Begrüßungsbanner</translation>
    </message>
    <message>
        <source>names its software (%1): %2</source>
        <translation>nennt seine Software (%1): %2</translation>
    </message>
    <message>
        <source>names its software and version (%1 %2): %3</source>
        <translation>nennt seine Software und Version (%1 %2): %3</translation>
    </message>
    <message>
        <source>Greet with the host name only: Postfix smtpd_banner = $myhostname ESMTP; Sendmail SmtpGreetingMessage without $v and $Z; qmail control/smtpgreeting.</source>
        <translation>Nur mit dem Hostnamen grüßen: Postfix smtpd_banner = $myhostname ESMTP; Sendmail SmtpGreetingMessage ohne $v und $Z; qmail control/smtpgreeting.</translation>
    </message>
    <message>
        <source>HELO required</source>
        <translation>HELO erforderlich</translation>
    </message>
    <message>
        <source>MAIL FROM was accepted before HELO/EHLO: %1</source>
        <translation>MAIL FROM wurde vor HELO/EHLO angenommen: %1</translation>
    </message>
    <message>
        <source>Require HELO: Postfix smtpd_helo_required = yes; Sendmail PrivacyOptions needmailhelo.</source>
        <translation>HELO verlangen: Postfix smtpd_helo_required = yes; Sendmail PrivacyOptions needmailhelo.</translation>
    </message>
    <message>
        <source>MAIL FROM before HELO/EHLO refused: %1</source>
        <translation>MAIL FROM vor HELO/EHLO abgelehnt: %1</translation>
    </message>
    <message>
        <source>VRFY</source>
        <translation>VRFY</translation>
    </message>
    <message>
        <source>VRFY postmaster: %1; VRFY of an unknown name: %2</source>
        <translation>VRFY postmaster: %1; VRFY eines unbekannten Namens: %2</translation>
    </message>
    <message>
        <source>answered: user names can be enumerated (%1)</source>
        <translation>beantwortet: Benutzernamen lassen sich ermitteln (%1)</translation>
    </message>
    <message>
        <source>Disable VRFY: Postfix disable_vrfy_command = yes; Sendmail PrivacyOptions novrfy (goaway sets it).</source>
        <translation>VRFY deaktivieren: Postfix disable_vrfy_command = yes; Sendmail PrivacyOptions novrfy (goaway setzt es).</translation>
    </message>
    <message>
        <source>answered the same for every name, which reveals nothing (%1)</source>
        <translation>für jeden Namen gleich beantwortet, was nichts preisgibt (%1)</translation>
    </message>
    <message>
        <source>disabled (%1)</source>
        <translation>deaktiviert (%1)</translation>
    </message>
    <message>
        <source>EXPN</source>
        <translation>EXPN</translation>
    </message>
    <message>
        <source>EXPN postmaster answered, so lists and aliases can be read: %1</source>
        <translation>EXPN postmaster wurde beantwortet, Listen und Aliase sind also lesbar: %1</translation>
    </message>
    <message>
        <source>Disable EXPN: Sendmail PrivacyOptions noexpn (goaway sets it).</source>
        <translation>EXPN deaktivieren: Sendmail PrivacyOptions noexpn (goaway setzt es).</translation>
    </message>
    <message>
        <source>disabled: %1</source>
        <translation>deaktiviert: %1</translation>
    </message>
    <message>
        <source>ETRN and TURN</source>
        <translation>ETRN und TURN</translation>
    </message>
    <message>
        <source>TURN is offered: any client can ask for the mail queued for a domain</source>
        <translation>TURN wird angeboten: Jeder Client kann die für eine Domain wartenden E-Mails anfordern</translation>
    </message>
    <message>
        <source>Turn TURN off; use ATRN with authentication or ETRN if a site needs its queue on demand.</source>
        <translation>TURN abschalten; ATRN mit Authentifizierung oder ETRN verwenden, wenn eine Site ihre Warteschlange bei Bedarf abrufen muss.</translation>
    </message>
    <message>
        <source>ETRN is offered: any client can start queue runs</source>
        <translation>ETRN wird angeboten: Jeder Client kann Warteschlangenläufe starten</translation>
    </message>
    <message>
        <source>Limit ETRN to the sites that need it: Postfix smtpd_etrn_restrictions; Sendmail PrivacyOptions noetrn.</source>
        <translation>ETRN auf die Sites beschränken, die es brauchen: Postfix smtpd_etrn_restrictions; Sendmail PrivacyOptions noetrn.</translation>
    </message>
    <message>
        <source>neither ETRN nor TURN is offered</source>
        <translation>weder ETRN noch TURN wird angeboten</translation>
    </message>
    <message>
        <source>Message size limit</source>
        <translation>Maximale Nachrichtengröße</translation>
    </message>
    <message>
        <source>Set a limit (e.g. 15 MB): Postfix message_size_limit; Sendmail MaxMessageSize (confMAX_MESSAGE_SIZE); qmail control/databytes.</source>
        <translation>Eine Grenze setzen (z. B. 15 MB): Postfix message_size_limit; Sendmail MaxMessageSize (confMAX_MESSAGE_SIZE); qmail control/databytes.</translation>
    </message>
    <message>
        <source>SIZE is not announced: clients cannot tell whether there is a limit</source>
        <translation>SIZE wird nicht angekündigt: Clients können nicht erkennen, ob es eine Grenze gibt</translation>
    </message>
    <message>
        <source>SIZE is announced without a limit</source>
        <translation>SIZE wird ohne Grenze angekündigt</translation>
    </message>
    <message>
        <source>the limit is %1 bytes (%2 MB), more than 50 MB</source>
        <translation>die Grenze liegt bei %1 Byte (%2 MB), mehr als 50 MB</translation>
    </message>
    <message>
        <source>the limit is %1 bytes (%2 MB)</source>
        <translation>die Grenze liegt bei %1 Byte (%2 MB)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate cannot be decoded</source>
        <translation>das Zertifikat des Servers kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>der Server hat kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>subject %1; SANs %2; issuer %3; %4 %5 bits; %6; valid %7 to %8</source>
        <translation>Inhaber %1; SANs %2; Aussteller %3; %4 %5 Bit; %6; gültig von %7 bis %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Issue a new certificate with an RSA key of 2048 bits or more (or ECDSA P-256) and a SHA-256 signature.</source>
        <translation>Ein neues Zertifikat mit einem RSA-Schlüssel von mindestens 2048 Bit (oder ECDSA P-256) und einer SHA-256-Signatur ausstellen.</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Gültigkeit des Zertifikats</translation>
    </message>
    <message>
        <source>Renew the certificate and reload the MTA.</source>
        <translation>Das Zertifikat erneuern und den MTA neu laden.</translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <source>Check the server&apos;s clock, or issue a certificate that is valid now.</source>
        <translation>Die Uhr des Servers prüfen oder ein Zertifikat ausstellen, das jetzt gültig ist.</translation>
    </message>
    <message numerus="yes">
        <source>expired on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>abgelaufen am %1 (vor %n Tag)</numerusform>
            <numerusform>abgelaufen am %1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires on %1, in %n day(s)</source>
        <translation>
            <numerusform>läuft am %1 ab, in %n Tag</numerusform>
            <numerusform>läuft am %1 ab, in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>gültig bis %1 (noch %n Tag)</numerusform>
            <numerusform>gültig bis %1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate trust</source>
        <translation>Vertrauenswürdigkeit des Zertifikats</translation>
    </message>
    <message>
        <source>self-signed (%1)</source>
        <translation>selbst signiert (%1)</translation>
    </message>
    <message>
        <source>does not verify: %1</source>
        <translation>lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>verifies against the system&apos;s certificate authorities</source>
        <translation>lässt sich anhand der Zertifizierungsstellen des Systems verifizieren</translation>
    </message>
    <message>
        <source>Fine between hosts you run; for a public MX use a certificate from a public CA (e.g. Let&apos;s Encrypt) so that DANE/MTA-STS senders can verify it.</source>
        <translation>In Ordnung zwischen Hosts, die Sie selbst betreiben; für einen öffentlichen MX ein Zertifikat einer öffentlichen CA (z. B. Let&apos;s Encrypt) verwenden, damit DANE/MTA-STS-Absender es verifizieren können.</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>Zertifikatsname</translation>
    </message>
    <message>
        <source>is for none of %1</source>
        <translation>gilt für keinen der Namen %1</translation>
    </message>
    <message>
        <source>Put the server&apos;s host name (the one in its greeting and MX record) in the certificate&apos;s subjectAltName.</source>
        <translation>Den Hostnamen des Servers (den aus seiner Begrüßung und seinem MX-Eintrag) in den subjectAltName des Zertifikats eintragen.</translation>
    </message>
    <message>
        <source>matches %1; not %2</source>
        <translation>passt zu %1; nicht zu %2</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>passt zu %1</translation>
    </message>
    <message>
        <source>STARTTLS is not offered: mail travels in clear text</source>
        <translation>STARTTLS wird nicht angeboten: E-Mails werden im Klartext übertragen</translation>
    </message>
    <message>
        <source>no TLS handshake succeeded</source>
        <translation>kein TLS-Handshake war erfolgreich</translation>
    </message>
    <message>
        <source>neither TLS 1.2 nor TLS 1.3 is accepted</source>
        <translation>weder TLS 1.2 noch TLS 1.3 wird akzeptiert</translation>
    </message>
    <message>
        <source>AUTH PLAIN/LOGIN is offered before STARTTLS: passwords can travel in clear text</source>
        <translation>AUTH PLAIN/LOGIN wird vor STARTTLS angeboten: Passwörter können im Klartext übertragen werden</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is too small</source>
        <translation>der Schlüssel des Zertifikats ist zu kurz</translation>
    </message>
    <message>
        <source>the certificate is signed with MD5 or SHA-1</source>
        <translation>das Zertifikat ist mit MD5 oder SHA-1 signiert</translation>
    </message>
    <message>
        <source>the negotiated cipher has no forward secrecy</source>
        <translation>die ausgehandelte Chiffre bietet keine Forward Secrecy</translation>
    </message>
    <message>
        <source>TLS 1.0 or 1.1 is accepted</source>
        <translation>TLS 1.0 oder 1.1 wird akzeptiert</translation>
    </message>
    <message>
        <source>AUTH is offered before STARTTLS</source>
        <translation>AUTH wird vor STARTTLS angeboten</translation>
    </message>
    <message>
        <source>the certificate is self-signed: senders that verify (DANE, MTA-STS) will not trust it</source>
        <translation>das Zertifikat ist selbst signiert: Absender, die prüfen (DANE, MTA-STS), werden ihm nicht vertrauen</translation>
    </message>
    <message>
        <source>the certificate chain does not verify against the public CAs</source>
        <translation>die Zertifikatskette lässt sich nicht anhand der öffentlichen CAs verifizieren</translation>
    </message>
    <message>
        <source>the certificate is not for the server&apos;s name</source>
        <translation>das Zertifikat gilt nicht für den Namen des Servers</translation>
    </message>
    <message>
        <source>the certificate could not be inspected</source>
        <translation>das Zertifikat konnte nicht untersucht werden</translation>
    </message>
    <message>
        <source>STARTTLS refused: %1</source>
        <translation>STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>untested: this machine&apos;s TLS library will not offer %1</source>
        <translation>nicht getestet: Die TLS-Bibliothek dieses Rechners bietet %1 nicht an</translation>
    </message>
    <message>
        <source>untested: %1</source>
        <translation>nicht getestet: %1</translation>
    </message>
    <message>
        <source>STARTTLS is not offered on this connection</source>
        <translation>STARTTLS wird auf dieser Verbindung nicht angeboten</translation>
    </message>
    <message>
        <source>accepted (%1)</source>
        <translation>akzeptiert (%1)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Accept TLS 1.2 and newer only: Postfix smtpd_tls_protocols = &gt;=TLSv1.2; Sendmail ServerSSLOptions +SSL_OP_NO_TLSv1 +SSL_OP_NO_TLSv1_1.</source>
        <translation>Nur TLS 1.2 und neuer akzeptieren: Postfix smtpd_tls_protocols = &gt;=TLSv1.2; Sendmail ServerSSLOptions +SSL_OP_NO_TLSv1 +SSL_OP_NO_TLSv1_1.</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS is not offered: mail to and from this server travels in clear text</source>
        <translation>STARTTLS wird nicht angeboten: E-Mails an diesen und von diesem Server werden im Klartext übertragen</translation>
    </message>
    <message>
        <source>Offer STARTTLS with the host&apos;s certificate: Postfix smtpd_tls_security_level = may with smtpd_tls_chain_files; Sendmail confSERVER_CERT and confSERVER_KEY.</source>
        <translation>STARTTLS mit dem Zertifikat des Hosts anbieten: Postfix smtpd_tls_security_level = may mit smtpd_tls_chain_files; Sendmail confSERVER_CERT und confSERVER_KEY.</translation>
    </message>
    <message>
        <source>STARTTLS is offered, but TLS does not work: %1</source>
        <translation>STARTTLS wird angeboten, aber TLS funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate and key files and its TLS log lines.</source>
        <translation>Zertifikats- und Schlüsseldateien des Servers sowie seine TLS-Protokollzeilen prüfen.</translation>
    </message>
    <message>
        <source>offered, and the handshake works</source>
        <translation>angeboten, und der Handshake funktioniert</translation>
    </message>
    <message>
        <source>Cipher and key exchange</source>
        <translation>Chiffre und Schlüsselaustausch</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits), key exchange %4, %5</source>
        <translation>%1, %2 (%3 Bit), Schlüsselaustausch %4, %5</translation>
    </message>
    <message>
        <source>forward secrecy</source>
        <translation>Forward Secrecy</translation>
    </message>
    <message>
        <source>NO forward secrecy</source>
        <translation>KEINE Forward Secrecy</translation>
    </message>
    <message>
        <source>Prefer ECDHE key exchange: drop static RSA key exchange from the server&apos;s ciphers.</source>
        <translation>ECDHE-Schlüsselaustausch bevorzugen: statischen RSA-Schlüsselaustausch aus den Chiffren des Servers entfernen.</translation>
    </message>
    <message>
        <source>AUTH before TLS</source>
        <translation>AUTH vor TLS</translation>
    </message>
    <message>
        <source>AUTH %1 is offered before STARTTLS: passwords can be sent in clear text</source>
        <translation>AUTH %1 wird vor STARTTLS angeboten: Passwörter können im Klartext gesendet werden</translation>
    </message>
    <message>
        <source>AUTH %1 is offered before STARTTLS</source>
        <translation>AUTH %1 wird vor STARTTLS angeboten</translation>
    </message>
    <message>
        <source>AUTH is not offered</source>
        <translation>AUTH wird nicht angeboten</translation>
    </message>
    <message>
        <source>AUTH is offered only after STARTTLS (%1)</source>
        <translation>AUTH wird erst nach STARTTLS angeboten (%1)</translation>
    </message>
    <message>
        <source>Offer AUTH only over TLS: Postfix smtpd_tls_auth_only = yes; Sendmail define(`confAUTH_OPTIONS&apos;, `p&apos;).</source>
        <translation>AUTH nur über TLS anbieten: Postfix smtpd_tls_auth_only = yes; Sendmail define(`confAUTH_OPTIONS&apos;, `p&apos;).</translation>
    </message>
    <message>
        <source>TLS grade</source>
        <translation>TLS-Bewertung</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>grade %1: %2</source>
        <translation>Bewertung %1: %2</translation>
    </message>
    <message>
        <source>STARTTLS and certificate</source>
        <translation>STARTTLS und Zertifikat</translation>
    </message>
    <message>
        <source>SMTP exposure</source>
        <translation>SMTP-Angriffsfläche</translation>
    </message>
    <message>
        <source>Mailwarden probe of %1</source>
        <translation>Mailwarden-Prüfung von %1</translation>
    </message>
    <message>
        <source>Mailwarden probe of %1, from inside %2</source>
        <translation>Mailwarden-Prüfung von %1, von %2 aus</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Summary: %1 pass, %2 warn, %3 fail, %4 error, %5 skipped, %6 info</source>
        <translation>Zusammenfassung: %1 bestanden, %2 mit Warnung, %3 fehlgeschlagen, %4 Fehler, %5 übersprungen, %6 Info</translation>
    </message>
    <message>
        <source>the server sent a reply of more than %1 lines</source>
        <translation>der Server hat eine Antwort mit mehr als %1 Zeilen gesendet</translation>
    </message>
    <message>
        <source>protocol violation: the server sent &quot;%1&quot; before the command it answers</source>
        <translation>Protokollverletzung: der Server sandte &quot;%1&quot;, bevor der zugehörige Befehl gesendet war</translation>
    </message>
    <message>
        <source>expected a parameter name (&quot;name = value&quot;)</source>
        <translation>Parametername erwartet (&quot;name = value&quot;)</translation>
    </message>
    <message>
        <source>missing &quot;=&quot; after the parameter name &quot;%1&quot;</source>
        <translation>nach dem Parameternamen &quot;%1&quot; fehlt &quot;=&quot;</translation>
    </message>
    <message>
        <source>a second daemon with the same name or options as the one on line %1</source>
        <translation>ein zweiter Daemon mit demselben Namen oder denselben Optionen wie der in Zeile %1</translation>
    </message>
    <message>
        <source>the instructions must begin with allow or deny</source>
        <translation>die Anweisungen müssen mit allow oder deny beginnen</translation>
    </message>
    <message>
        <source>a &apos;,&apos; must be followed by a variable (NAME=&quot;value&quot;)</source>
        <translation>auf ein &apos;,&apos; muss eine Variable folgen (NAME=&quot;wert&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value (NAME=&quot;value&quot;)</source>
        <translation>&quot;%1&quot; braucht einen Wert (NAME=&quot;wert&quot;)</translation>
    </message>
    <message>
        <source>the line ends in CR LF (a Windows line ending), which tcprules refuses</source>
        <translation>die Zeile endet auf CR LF (ein Windows-Zeilenende), das tcprules ablehnt</translation>
    </message>
    <message>
        <source>tcprules skips this line: it has no &apos;:&apos; (expected &quot;address:instructions&quot;)</source>
        <translation>tcprules überspringt diese Zeile: sie hat kein &apos;:&apos; (erwartet &quot;adresse:anweisungen&quot;)</translation>
    </message>
    <message>
        <source>“%1” wrote more than %2 of output and was stopped.</source>
        <translation>„%1“ hat mehr als %2 ausgegeben und wurde angehalten.</translation>
    </message>
    <message>
        <source>The port of %1 is not a port number (1 to 65535).</source>
        <translation>Der Port von %1 ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>%1 accepted the login but does not run commands for “%2”.</source>
        <translation>%1 hat die Anmeldung angenommen, führt aber keine Befehle für „%2“ aus.</translation>
    </message>
    <message>
        <source>%1 did not answer in time after the login.</source>
        <translation>%1 hat nach der Anmeldung nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The login shell of “%1” on %2 (%3) does not run Mailwarden&apos;s commands faithfully. Give the account a POSIX shell such as /bin/bash or /bin/sh.</source>
        <translation>Die Login-Shell von „%1“ auf %2 (%3) führt Mailwardens Befehle nicht getreu aus. Geben Sie dem Konto eine POSIX-Shell wie /bin/bash oder /bin/sh.</translation>
    </message>
    <message>
        <source>it printed nothing</source>
        <translation>es hat nichts ausgegeben</translation>
    </message>
    <message>
        <source>The connection to %1 stopped answering: the server left %2 keepalive requests in a row without a reply.</source>
        <translation>Die Verbindung zu %1 antwortet nicht mehr: Der Server hat %2 Keepalive-Anfragen in Folge nicht beantwortet.</translation>
    </message>
    <message>
        <source>%1 belongs to another account or group, which a write as the admin account cannot keep (the file would become the admin&apos;s). The file is unchanged: write it with root access.</source>
        <translation>%1 gehört einem anderen Konto oder einer anderen Gruppe, die ein Schreiben als Admin-Konto nicht erhalten kann (die Datei würde dem Admin gehören). Die Datei ist unverändert: Schreiben Sie sie mit Root-Rechten.</translation>
    </message>
    <message>
        <source>Cannot derive the key of the secrets file.</source>
        <translation>Der Schlüssel der Geheimnisdatei kann nicht abgeleitet werden.</translation>
    </message>
    <message>
        <source>The secrets file %1 asks for %2 key derivation rounds; Mailwarden accepts %3 to %4. The file is damaged or was not written by Mailwarden.</source>
        <translation>Die Geheimnisdatei %1 verlangt %2 Runden der Schlüsselableitung; Mailwarden akzeptiert %3 bis %4. Die Datei ist beschädigt oder wurde nicht von Mailwarden geschrieben.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has a public key that cannot be decoded</source>
        <translation>das Zertifikat des Servers hat einen öffentlichen Schlüssel, der sich nicht dekodieren lässt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 is configured (%2).</source>
        <translation>%1 ist konfiguriert (%2).</translation>
    </message>
    <message>
        <source>The %1 daemon is running.</source>
        <translation>Der Daemon von %1 läuft.</translation>
    </message>
    <message>
        <source>%1 runs, but its configuration file was not found where it was looked for.</source>
        <translation>%1 läuft, aber seine Konfigurationsdatei wurde dort, wo gesucht wurde, nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 is configured too (%2), but not running.</source>
        <translation>%1 ist ebenfalls konfiguriert (%2), läuft aber nicht.</translation>
    </message>
    <message>
        <source>The daemons of several MTAs are running (%1): set the MTA in the host&apos;s profile.</source>
        <translation>Die Daemons mehrerer MTAs laufen (%1): Legen Sie den MTA im Profil des Hosts fest.</translation>
    </message>
    <message>
        <source>%1 is configured, but its daemon is not running.</source>
        <translation>%1 ist konfiguriert, aber sein Daemon läuft nicht.</translation>
    </message>
    <message>
        <source>%1 is configured; whether it runs cannot be seen (other users&apos; processes are hidden).</source>
        <translation>%1 ist konfiguriert; ob es läuft, ist nicht zu sehen (die Prozesse anderer Benutzer sind verborgen).</translation>
    </message>
    <message>
        <source>Several MTAs are configured and none is running (%1): set the MTA in the host&apos;s profile.</source>
        <translation>Mehrere MTAs sind konfiguriert und keiner läuft (%1): Legen Sie den MTA im Profil des Hosts fest.</translation>
    </message>
    <message>
        <source>No Postfix, Sendmail or qmail was found on this host.</source>
        <translation>Auf diesem Host wurde weder Postfix noch Sendmail noch qmail gefunden.</translation>
    </message>
    <message>
        <source>Main configuration</source>
        <translation>Hauptkonfiguration</translation>
    </message>
    <message>
        <source>Access and relay</source>
        <translation>Zugriff und Relay</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Address rewriting</source>
        <translation>Adressumschreibung</translation>
    </message>
    <message>
        <source>Header and body checks</source>
        <translation>Header- und Body-Prüfungen</translation>
    </message>
    <message>
        <source>TLS and SASL</source>
        <translation>TLS und SASL</translation>
    </message>
    <message>
        <source>Control files</source>
        <translation>Steuerdateien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>m4 could not build sendmail.cf from the new %1.</source>
        <translation>m4 konnte aus der neuen %1 keine sendmail.cf erzeugen.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>no parser for the format &quot;%1&quot;</source>
        <translation>kein Parser für das Format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the change set names no known MTA (postfix, sendmail or qmail)</source>
        <translation>der Änderungssatz nennt keinen bekannten MTA (postfix, sendmail oder qmail)</translation>
    </message>
    <message>
        <source>file %1 of the change set has no absolute path or no valid base64 contents</source>
        <translation>Datei %1 des Änderungssatzes hat keinen absoluten Pfad oder keinen gültigen Base64-Inhalt</translation>
    </message>
    <message>
        <source>Apply &quot;%1&quot; on %2</source>
        <translation>&quot;%1&quot; auf %2 anwenden</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>%1 changed on the host since it was loaded: load it again and redo the change.</source>
        <translation>%1 wurde auf dem Host seit dem Laden geändert: Laden Sie die Datei neu und wiederholen Sie die Änderung.</translation>
    </message>
    <message>
        <source>%1 is as loaded</source>
        <translation>%1 ist wie geladen</translation>
    </message>
    <message>
        <source>%1 written (backup %2)</source>
        <translation>%1 geschrieben (Sicherung %2)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>The roll back did not complete. The backups are: %1</source>
        <translation>Das Zurückrollen wurde nicht abgeschlossen. Die Sicherungen sind: %1</translation>
    </message>
    <message>
        <source>Record the change in the host&apos;s history</source>
        <translation>Die Änderung im Verlauf des Hosts festhalten</translation>
    </message>
    <message>
        <source>[%1: not world-readable, its diff is not recorded]
</source>
        <translation>[%1: nicht für alle lesbar, der Diff wird nicht festgehalten]
</translation>
    </message>
    <message>
        <source>change %1 in %2</source>
        <translation>Änderung %1 in %2</translation>
    </message>
    <message>
        <source>The history could not be written: %1</source>
        <translation>Der Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Check the new contents</source>
        <translation>Die neuen Inhalte prüfen</translation>
    </message>
    <message>
        <source>%1 generated</source>
        <translation>%1 erzeugt</translation>
    </message>
    <message>
        <source>Check that nobody else changed the files</source>
        <translation>Prüfen, dass niemand sonst die Dateien geändert hat</translation>
    </message>
    <message>
        <source>Back up and write the files</source>
        <translation>Die Dateien sichern und schreiben</translation>
    </message>
    <message>
        <source>Rebuild tables</source>
        <translation>Tabellen neu erzeugen</translation>
    </message>
    <message>
        <source>Validate the configuration</source>
        <translation>Die Konfiguration prüfen</translation>
    </message>
    <message>
        <source>Reload the MTA</source>
        <translation>Den MTA neu laden</translation>
    </message>
    <message>
        <source>Verify that the MTA runs</source>
        <translation>Bestätigen, dass der MTA läuft</translation>
    </message>
    <message>
        <source>%1: the entry &quot;%2&quot; cannot be written there</source>
        <translation>%1: der Eintrag &quot;%2&quot; kann dort nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 has no entry &quot;%2&quot;</source>
        <translation>%1 hat keinen Eintrag &quot;%2&quot;</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>%1 is a database lookup: Mailwarden does not edit it</source>
        <translation>%1 ist eine Datenbankabfrage: Mailwarden bearbeitet sie nicht</translation>
    </message>
    <message>
        <source>%1 is not a key/value table (%2)</source>
        <translation>%1 ist keine Schlüssel/Wert-Tabelle (%2)</translation>
    </message>
    <message>
        <source>longer than %1 bytes</source>
        <translation>länger als %1 Bytes</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>contains a control character (line break, NUL, …), which would change the file&apos;s structure</source>
        <translation>enthält ein Steuerzeichen (Zeilenumbruch, NUL, …), das den Aufbau der Datei ändern würde</translation>
    </message>
    <message>
        <source>contains a blank</source>
        <translation>enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter name</source>
        <translation>&quot;%1&quot; ist kein Parametername</translation>
    </message>
    <message>
        <source>a parameter needs a name</source>
        <translation>ein Parameter braucht einen Namen</translation>
    </message>
    <message>
        <source>%1 does not set %2</source>
        <translation>%1 setzt %2 nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an m4 define name</source>
        <translation>&quot;%1&quot; ist kein m4-Define-Name</translation>
    </message>
    <message>
        <source>%1: define(%2) cannot be written</source>
        <translation>%1: define(%2) kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 does not define %2</source>
        <translation>%1 definiert %2 nicht</translation>
    </message>
    <message>
        <source>Cannot look at %1 on the host.</source>
        <translation>%1 auf dem Host kann nicht angesehen werden.</translation>
    </message>
    <message>
        <source>%1 on the host is not a regular file.</source>
        <translation>%1 auf dem Host ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The journal has no change %1.</source>
        <translation>Das Journal hat keine Änderung %1.</translation>
    </message>
    <message>
        <source>Change %1 was not applied (%2): there is nothing to roll back.</source>
        <translation>Änderung %1 wurde nicht angewendet (%2): es gibt nichts zurückzurollen.</translation>
    </message>
    <message>
        <source>Roll back change %1: %2</source>
        <translation>Änderung %1 zurückrollen: %2</translation>
    </message>
    <message>
        <source>%1 changed since change %2 (by a later change or outside Mailwarden): roll back refused.</source>
        <translation>%1 wurde seit Änderung %2 geändert (durch eine spätere Änderung oder außerhalb von Mailwarden): Zurückrollen abgelehnt.</translation>
    </message>
    <message>
        <source>The backup %1 is not the content recorded before change %2.</source>
        <translation>Die Sicherung %1 ist nicht der vor Änderung %2 festgehaltene Inhalt.</translation>
    </message>
    <message>
        <source>Cannot write %1 on the host.</source>
        <translation>%1 kann auf dem Host nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The fully qualified name of this mail host, used in the banner and in Received headers.</source>
        <translation>Der vollständige Name dieses Mailhosts, verwendet im Banner und in Received-Kopfzeilen.</translation>
    </message>
    <message>
        <source>The domain of this host; other defaults are derived from it.</source>
        <translation>Die Domain dieses Hosts; andere Voreinstellungen leiten sich davon ab.</translation>
    </message>
    <message>
        <source>The domain that locally posted mail appears to come from.</source>
        <translation>Die Domain, von der lokal eingelieferte Mail zu kommen scheint.</translation>
    </message>
    <message>
        <source>The domains this host delivers locally instead of forwarding.</source>
        <translation>Die Domains, die dieser Host lokal zustellt, statt sie weiterzuleiten.</translation>
    </message>
    <message>
        <source>Clients trusted to relay through this host; keep it as small as possible.</source>
        <translation>Clients, denen Relaying über diesen Host erlaubt ist; halten Sie die Liste so klein wie möglich.</translation>
    </message>
    <message>
        <source>The host all outgoing mail is sent to; empty sends directly to each domain&apos;s MX.</source>
        <translation>Der Host, an den alle ausgehende Mail geht; leer sendet direkt an den MX jeder Domain.</translation>
    </message>
    <message>
        <source>The network addresses the SMTP server listens on.</source>
        <translation>Die Netzwerkadressen, auf denen der SMTP-Server lauscht.</translation>
    </message>
    <message>
        <source>Whether Postfix uses IPv4, IPv6 or both.</source>
        <translation>Ob Postfix IPv4, IPv6 oder beides verwendet.</translation>
    </message>
    <message>
        <source>The greeting sent to every client; naming the software and version helps attackers.</source>
        <translation>Die Begrüßung an jeden Client; Software und Version darin zu nennen hilft Angreifern.</translation>
    </message>
    <message>
        <source>Refuses VRFY, so that nobody can test which addresses exist.</source>
        <translation>Lehnt VRFY ab, damit niemand prüfen kann, welche Adressen existieren.</translation>
    </message>
    <message>
        <source>Requires clients to greet with HELO or EHLO first; many spam tools do not.</source>
        <translation>Verlangt, dass Clients zuerst mit HELO oder EHLO grüßen; viele Spam-Werkzeuge tun das nicht.</translation>
    </message>
    <message>
        <source>Refuses envelope addresses that are not in strict &lt;user@domain&gt; form.</source>
        <translation>Lehnt Umschlagadressen ab, die nicht streng in der Form &lt;user@domain&gt; sind.</translation>
    </message>
    <message>
        <source>Waits with rejections until RCPT TO, so that they can be logged with sender and recipient.</source>
        <translation>Wartet mit Ablehnungen bis RCPT TO, damit sie mit Absender und Empfänger protokolliert werden.</translation>
    </message>
    <message>
        <source>Who may relay: the rules that keep this host from being an open relay.</source>
        <translation>Wer relayen darf: die Regeln, die diesen Host davor bewahren, ein offenes Relay zu sein.</translation>
    </message>
    <message>
        <source>Checks applied to each RCPT TO, in order; the first that decides wins.</source>
        <translation>Prüfungen für jedes RCPT TO, der Reihe nach; die erste, die entscheidet, gilt.</translation>
    </message>
    <message>
        <source>Checks applied to the connecting client&apos;s address and name.</source>
        <translation>Prüfungen der Adresse und des Namens des verbindenden Clients.</translation>
    </message>
    <message>
        <source>Checks applied to the name a client gives in HELO or EHLO.</source>
        <translation>Prüfungen des Namens, den ein Client in HELO oder EHLO angibt.</translation>
    </message>
    <message>
        <source>Checks applied to the MAIL FROM address.</source>
        <translation>Prüfungen der MAIL-FROM-Adresse.</translation>
    </message>
    <message>
        <source>Rejects recipients that do not exist here at RCPT TO instead of bouncing later.</source>
        <translation>Lehnt hier nicht vorhandene Empfänger bei RCPT TO ab, statt später zurückzuweisen.</translation>
    </message>
    <message>
        <source>The largest message accepted, in bytes.</source>
        <translation>Die größte angenommene Nachricht, in Bytes.</translation>
    </message>
    <message>
        <source>The largest local mailbox, in bytes (0: no limit).</source>
        <translation>Das größte lokale Postfach, in Bytes (0: keine Grenze).</translation>
    </message>
    <message>
        <source>The most recipients one message may have.</source>
        <translation>Die meisten Empfänger, die eine Nachricht haben darf.</translation>
    </message>
    <message>
        <source>The most connections one client may hold at once.</source>
        <translation>Die meisten Verbindungen, die ein Client gleichzeitig halten darf.</translation>
    </message>
    <message>
        <source>The most connections one client may open per time unit (0: no limit).</source>
        <translation>Die meisten Verbindungen, die ein Client je Zeiteinheit öffnen darf (0: keine Grenze).</translation>
    </message>
    <message>
        <source>The most messages one client may send per time unit (0: no limit).</source>
        <translation>Die meisten Nachrichten, die ein Client je Zeiteinheit senden darf (0: keine Grenze).</translation>
    </message>
    <message>
        <source>How long the server pauses after an error, slowing down address harvesters.</source>
        <translation>Wie lange der Server nach einem Fehler pausiert; das bremst Adresssammler.</translation>
    </message>
    <message>
        <source>After this many errors the server starts pausing before each reply.</source>
        <translation>Nach so vielen Fehlern pausiert der Server vor jeder Antwort.</translation>
    </message>
    <message>
        <source>After this many errors the server hangs up.</source>
        <translation>Nach so vielen Fehlern legt der Server auf.</translation>
    </message>
    <message>
        <source>Whether the SMTP server offers STARTTLS (may) or requires it (encrypt).</source>
        <translation>Ob der SMTP-Server STARTTLS anbietet (may) oder verlangt (encrypt).</translation>
    </message>
    <message>
        <source>Offers AUTH only after STARTTLS, so passwords never cross the network in clear text.</source>
        <translation>Bietet AUTH erst nach STARTTLS an, damit Passwörter nie im Klartext übers Netz gehen.</translation>
    </message>
    <message>
        <source>The TLS versions the SMTP server accepts; exclude SSLv2, SSLv3, TLSv1 and TLSv1.1.</source>
        <translation>Die TLS-Versionen, die der SMTP-Server annimmt; schließen Sie SSLv2, SSLv3, TLSv1 und TLSv1.1 aus.</translation>
    </message>
    <message>
        <source>The TLS versions accepted where TLS is required.</source>
        <translation>Die TLS-Versionen, die angenommen werden, wo TLS verlangt wird.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (PEM).</source>
        <translation>Das Zertifikat des Servers (PEM).</translation>
    </message>
    <message>
        <source>The private key of the server&apos;s certificate (PEM).</source>
        <translation>Der private Schlüssel zum Zertifikat des Servers (PEM).</translation>
    </message>
    <message>
        <source>Whether outgoing mail uses STARTTLS when the receiving server offers it (may).</source>
        <translation>Ob ausgehende Mail STARTTLS nutzt, wenn der empfangende Server es anbietet (may).</translation>
    </message>
    <message>
        <source>Lets clients authenticate with SASL (submission by users).</source>
        <translation>Lässt Clients sich per SASL anmelden (Einlieferung durch Benutzer).</translation>
    </message>
    <message>
        <source>DNS blocklists postscreen asks about each client, with weights.</source>
        <translation>DNS-Sperrlisten, die postscreen zu jedem Client befragt, mit Gewichten.</translation>
    </message>
    <message>
        <source>How long undeliverable mail stays in the queue before it is returned.</source>
        <translation>Wie lange unzustellbare Mail in der Warteschlange bleibt, bevor sie zurückgeht.</translation>
    </message>
    <message>
        <source>How long undeliverable bounces stay in the queue.</source>
        <translation>Wie lange unzustellbare Rückläufer in der Warteschlange bleiben.</translation>
    </message>
    <message>
        <source>The alias tables the local delivery agent reads.</source>
        <translation>Die Aliastabellen, die der lokale Zusteller liest.</translation>
    </message>
    <message>
        <source>Address rewriting for any domain: forwards addresses to other addresses.</source>
        <translation>Adressumschreibung für jede Domain: leitet Adressen an andere Adressen weiter.</translation>
    </message>
    <message>
        <source>Routes mail for chosen domains or addresses to a given transport and next hop.</source>
        <translation>Leitet Mail für gewählte Domains oder Adressen an einen bestimmten Transport und nächsten Host.</translation>
    </message>
    <message>
        <source>Notifies logged-in users of new mail; rarely wanted on a server.</source>
        <translation>Benachrichtigt angemeldete Benutzer über neue Mail; auf einem Server selten gewünscht.</translation>
    </message>
    <message>
        <source>PrivacyOptions: which SMTP commands and information the server refuses (novrfy, noexpn, goaway, …).</source>
        <translation>PrivacyOptions: welche SMTP-Befehle und Auskünfte der Server verweigert (novrfy, noexpn, goaway, …).</translation>
    </message>
    <message>
        <source>The greeting after 220; better without software name and version.</source>
        <translation>Die Begrüßung nach 220; besser ohne Softwarename und Version.</translation>
    </message>
    <message>
        <source>The most connections accepted per second.</source>
        <translation>Die meisten Verbindungen, die je Sekunde angenommen werden.</translation>
    </message>
    <message>
        <source>The most child processes at once; further connections wait.</source>
        <translation>Die meisten Kindprozesse gleichzeitig; weitere Verbindungen warten.</translation>
    </message>
    <message>
        <source>After this many unknown recipients each further RCPT is delayed a second.</source>
        <translation>Nach so vielen unbekannten Empfängern wird jedes weitere RCPT um eine Sekunde verzögert.</translation>
    </message>
    <message>
        <source>When the sender is told that a message is still not delivered.</source>
        <translation>Wann der Absender erfährt, dass eine Nachricht noch nicht zugestellt ist.</translation>
    </message>
    <message>
        <source>The host&apos;s fully qualified name ($j).</source>
        <translation>Der vollständige Name des Hosts ($j).</translation>
    </message>
    <message>
        <source>Mail is refused when the queue&apos;s file system has fewer free blocks.</source>
        <translation>Mail wird abgelehnt, wenn das Dateisystem der Warteschlange weniger freie Blöcke hat.</translation>
    </message>
    <message>
        <source>How much sendmail logs (9 is the default).</source>
        <translation>Wie viel sendmail protokolliert (9 ist die Voreinstellung).</translation>
    </message>
    <message>
        <source>AuthOptions: p offers AUTH only over TLS, so passwords never cross the network in clear text.</source>
        <translation>AuthOptions: p bietet AUTH nur über TLS an, damit Passwörter nie im Klartext übers Netz gehen.</translation>
    </message>
    <message>
        <source>The SASL mechanisms offered to clients.</source>
        <translation>Die SASL-Mechanismen, die Clients angeboten werden.</translation>
    </message>
    <message>
        <source>The certificate authority file for STARTTLS.</source>
        <translation>Die Datei der Zertifizierungsstellen für STARTTLS.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for STARTTLS.</source>
        <translation>Das Zertifikat des Servers für STARTTLS.</translation>
    </message>
    <message>
        <source>The private key of the server&apos;s certificate.</source>
        <translation>Der private Schlüssel zum Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>The largest header section accepted, in bytes.</source>
        <translation>Der größte angenommene Kopfbereich, in Bytes.</translation>
    </message>
    <message>
        <source>The file that says where hosts and aliases are looked up.</source>
        <translation>Die Datei, die festlegt, wo Hosts und Aliase nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>The host&apos;s fully qualified name; most other control files default to it.</source>
        <translation>Der vollständige Name des Hosts; die meisten anderen Steuerdateien nehmen ihn als Voreinstellung.</translation>
    </message>
    <message>
        <source>Added to host names without a dot in addresses.</source>
        <translation>Wird an Hostnamen ohne Punkt in Adressen angehängt.</translation>
    </message>
    <message>
        <source>Added to addresses without a host part.</source>
        <translation>Wird an Adressen ohne Hostteil angehängt.</translation>
    </message>
    <message>
        <source>Replaces a trailing + in a host name.</source>
        <translation>Ersetzt ein abschließendes + in einem Hostnamen.</translation>
    </message>
    <message>
        <source>The host name used in Message-ID headers.</source>
        <translation>Der Hostname in Message-ID-Kopfzeilen.</translation>
    </message>
    <message>
        <source>The name qmail-remote gives in HELO.</source>
        <translation>Der Name, den qmail-remote in HELO angibt.</translation>
    </message>
    <message>
        <source>The sender name of bounce messages.</source>
        <translation>Der Absendername von Rückläufern.</translation>
    </message>
    <message>
        <source>The sender host of bounce messages.</source>
        <translation>Der Absenderhost von Rückläufern.</translation>
    </message>
    <message>
        <source>Who receives bounces that cannot be delivered.</source>
        <translation>Wer Rückläufer erhält, die nicht zustellbar sind.</translation>
    </message>
    <message>
        <source>The text after 220 in qmail-smtpd&apos;s greeting; better without software names.</source>
        <translation>Der Text nach 220 in der Begrüßung von qmail-smtpd; besser ohne Softwarenamen.</translation>
    </message>
    <message>
        <source>The largest message qmail-smtpd accepts, in bytes (0: no limit).</source>
        <translation>Die größte Nachricht, die qmail-smtpd annimmt, in Bytes (0: keine Grenze).</translation>
    </message>
    <message>
        <source>The most local deliveries at once.</source>
        <translation>Die meisten lokalen Zustellungen gleichzeitig.</translation>
    </message>
    <message>
        <source>The most remote deliveries at once.</source>
        <translation>Die meisten entfernten Zustellungen gleichzeitig.</translation>
    </message>
    <message>
        <source>The most SMTP connections at once (read by the run script for tcpserver -c).</source>
        <translation>Die meisten SMTP-Verbindungen gleichzeitig (vom run-Skript für tcpserver -c gelesen).</translation>
    </message>
    <message>
        <source>Seconds a message may stay in the queue before it bounces.</source>
        <translation>Sekunden, die eine Nachricht in der Warteschlange bleiben darf, bevor sie zurückgeht.</translation>
    </message>
    <message>
        <source>Seconds qmail-remote waits for a connection.</source>
        <translation>Sekunden, die qmail-remote auf eine Verbindung wartet.</translation>
    </message>
    <message>
        <source>Seconds qmail-remote waits for each answer of a remote server.</source>
        <translation>Sekunden, die qmail-remote auf jede Antwort eines entfernten Servers wartet.</translation>
    </message>
    <message>
        <source>Seconds qmail-smtpd waits for each command of a client.</source>
        <translation>Sekunden, die qmail-smtpd auf jeden Befehl eines Clients wartet.</translation>
    </message>
    <message>
        <source>The new sendmail.cf does not load.</source>
        <translation>Die neue sendmail.cf lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>line %1 is not a rule Mailwarden writes: %2</source>
        <translation>Zeile %1 ist keine Regel, wie Mailwarden sie schreibt: %2</translation>
    </message>
    <message>
        <source>line %1: not a usable regular expression: %2</source>
        <translation>Zeile %1: kein brauchbarer regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <source>line %1: arguments with wildcards or escapes: %2</source>
        <translation>Zeile %1: Argumente mit Platzhaltern oder Escapes: %2</translation>
    </message>
    <message>
        <source>the root-file helper</source>
        <translation>der Helfer für Root-Dateien</translation>
    </message>
    <message>
        <source>the files the helper may touch</source>
        <translation>die Dateien, die der Helfer anfassen darf</translation>
    </message>
    <message>
        <source>the sudo rules</source>
        <translation>die sudo-Regeln</translation>
    </message>
    <message>
        <source>The host&apos;s MTA is not known: set it in the host&apos;s profile or let Mailwarden detect it first.</source>
        <translation>Der MTA des Hosts ist nicht bekannt: Tragen Sie ihn im Profil des Hosts ein oder lassen Sie Mailwarden ihn zuerst erkennen.</translation>
    </message>
    <message>
        <source>The account name “%1” cannot be used in sudo rules safely (allowed: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or &apos;_&apos;).</source>
        <translation>Der Kontoname „%1“ lässt sich in sudo-Regeln nicht sicher verwenden (erlaubt: Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, am Anfang ein Buchstabe oder &apos;_&apos;).</translation>
    </message>
    <message>
        <source>This host&apos;s profile logs in as root. Mailwarden works as an ordinary admin account with sudo: change the profile&apos;s user first.</source>
        <translation>Das Profil dieses Hosts meldet sich als root an. Mailwarden arbeitet als gewöhnliches Admin-Konto mit sudo: Ändern Sie zuerst den Benutzer im Profil.</translation>
    </message>
    <message>
        <source>The file helper&apos;s path “%1” must be absolute and plain (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</source>
        <translation>Der Pfad des Datei-Helfers „%1“ muss absolut und schlicht sein (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>%1 (sudo %2 has no regular expressions, they came with 1.9.10; without this line that rebuild fails as “sudo refused”)</source>
        <translation>%1 (sudo %2 kennt keine regulären Ausdrücke, die kamen mit 1.9.10; ohne diese Zeile scheitert dieser Neuaufbau mit „sudo verweigert“)</translation>
    </message>
    <message>
        <source>The shipped sudo rules for %1 do not parse: %2</source>
        <translation>Die mitgelieferten sudo-Regeln für %1 lassen sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>not there yet: will be created</source>
        <translation>noch nicht vorhanden: wird angelegt</translation>
    </message>
    <message>
        <source>installed, identical: nothing to do</source>
        <translation>installiert, identisch: nichts zu tun</translation>
    </message>
    <message>
        <source>DIFFERENT file there (SHA-256 %1): replaced only if you confirm</source>
        <translation>ANDERE Datei vorhanden (SHA-256 %1): wird nur ersetzt, wenn Sie zustimmen</translation>
    </message>
    <message>
        <source>something other than a plain file is there: never replaced</source>
        <translation>dort liegt etwas anderes als eine gewöhnliche Datei: wird nie ersetzt</translation>
    </message>
    <message>
        <source>this account cannot read it: checked as root before anything is installed</source>
        <translation>dieses Konto kann sie nicht lesen: wird als root geprüft, bevor etwas installiert wird</translation>
    </message>
    <message>
        <source>Prepare %1 for Mailwarden</source>
        <translation>%1 für Mailwarden vorbereiten</translation>
    </message>
    <message>
        <source>This account&apos;s sudo asks for a password: give it (it is sent to sudo only, never stored).</source>
        <translation>sudo verlangt für dieses Konto ein Passwort: Geben Sie es ein (es geht nur an sudo und wird nie gespeichert).</translation>
    </message>
    <message>
        <source>sudo did not accept the password. Nothing was changed.</source>
        <translation>sudo hat das Passwort nicht angenommen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This account may not run commands as root with sudo (%1). Prepare the host with an account that has full sudo, or install the files shown by hand.</source>
        <translation>Dieses Konto darf mit sudo keine Befehle als root ausführen (%1). Bereiten Sie den Host mit einem Konto mit vollem sudo vor oder installieren Sie die gezeigten Dateien von Hand.</translation>
    </message>
    <message>
        <source>Could not become root: %1</source>
        <translation>Konnte nicht root werden: %1</translation>
    </message>
    <message>
        <source>%1 is already there and differs from the plan (there: SHA-256 %2, planned: %3). It is replaced only if you confirm that.</source>
        <translation>%1 ist schon vorhanden und weicht vom Plan ab (vorhanden: SHA-256 %2, geplant: %3). Die Datei wird nur ersetzt, wenn Sie das bestätigen.</translation>
    </message>
    <message>
        <source>Temporary directory %1</source>
        <translation>Temporäres Verzeichnis %1</translation>
    </message>
    <message>
        <source>visudo refused the new sudo rules: nothing was installed.</source>
        <translation>visudo hat die neuen sudo-Regeln abgelehnt: Nichts wurde installiert.</translation>
    </message>
    <message>
        <source>Already installed, identical.</source>
        <translation>Schon installiert, identisch.</translation>
    </message>
    <message>
        <source>%1 installed: root:root %2, SHA-256 %3</source>
        <translation>%1 installiert: root:root %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>visudo refused the new sudo rules; %1 is unchanged:
%2</source>
        <translation>visudo hat die neuen sudo-Regeln abgelehnt; %1 ist unverändert:
%2</translation>
    </message>
    <message>
        <source>With the new file sudo&apos;s configuration as a whole does not pass visudo -c; the previous state is back:
%1</source>
        <translation>Mit der neuen Datei besteht sudos Konfiguration als Ganzes visudo -c nicht; der vorherige Zustand ist wiederhergestellt:
%1</translation>
    </message>
    <message>
        <source>%1 changed while we worked; it is left as it is: %2</source>
        <translation>%1 hat sich während der Arbeit geändert; die Datei bleibt, wie sie ist: %2</translation>
    </message>
    <message>
        <source>Installing %1 failed (exit code %2): %3</source>
        <translation>Installation von %1 fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>sudo -n -l does not list every planned rule.</source>
        <translation>sudo -n -l listet nicht jede geplante Regel.</translation>
    </message>
    <message>
        <source>%1 on the host: SHA-256 %2, owner:group:mode %3</source>
        <translation>%1 auf dem Host: SHA-256 %2, Besitzer:Gruppe:Modus %3</translation>
    </message>
    <message>
        <source>The helper on the host is not the shipped one (SHA-256 %1, root:root 755).</source>
        <translation>Der Helfer auf dem Host ist nicht der mitgelieferte (SHA-256 %1, root:root 755).</translation>
    </message>
    <message>
        <source>Nothing on %1 was changed.</source>
        <translation>Auf %1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Check root access (sudo)</source>
        <translation>Root-Zugang prüfen (sudo)</translation>
    </message>
    <message>
        <source>No root access: %1</source>
        <translation>Kein Root-Zugang: %1</translation>
    </message>
    <message>
        <source>Look at what is installed now (as root)</source>
        <translation>Nachsehen, was jetzt installiert ist (als root)</translation>
    </message>
    <message>
        <source>A file is in the way (see above). %1</source>
        <translation>Eine Datei steht im Weg (siehe oben). %1</translation>
    </message>
    <message>
        <source>Upload the files to a private temporary directory</source>
        <translation>Dateien in ein privates temporäres Verzeichnis hochladen</translation>
    </message>
    <message>
        <source>The upload failed. %1</source>
        <translation>Das Hochladen ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Check the sudo rules (visudo -c -f)</source>
        <translation>sudo-Regeln prüfen (visudo -c -f)</translation>
    </message>
    <message>
        <source>The sudo rules do not pass visudo. %1</source>
        <translation>Die sudo-Regeln bestehen visudo nicht. %1</translation>
    </message>
    <message>
        <source>Install %1 (%2)</source>
        <translation>%1 installieren (%2)</translation>
    </message>
    <message>
        <source>Installing %1 failed; files installed before it stay (see the report).</source>
        <translation>Installation von %1 fehlgeschlagen; zuvor installierte Dateien bleiben (siehe Bericht).</translation>
    </message>
    <message>
        <source>Verify: sudo -n -l lists every rule</source>
        <translation>Prüfen: sudo -n -l listet jede Regel</translation>
    </message>
    <message>
        <source>Installed, but sudo does not list every rule (see the report).</source>
        <translation>Installiert, aber sudo listet nicht jede Regel (siehe Bericht).</translation>
    </message>
    <message>
        <source>Verify: the helper&apos;s SHA-256 on the host</source>
        <translation>Prüfen: SHA-256 des Helfers auf dem Host</translation>
    </message>
    <message>
        <source>Installed, but the helper on the host does not check out.</source>
        <translation>Installiert, aber der Helfer auf dem Host stimmt nicht.</translation>
    </message>
    <message>
        <source>%1 is prepared: sudo -n -l lists all %2 rules, and the helper&apos;s SHA-256 is the shipped one.</source>
        <translation>%1 ist vorbereitet: sudo -n -l listet alle %2 Regeln, und der SHA-256 des Helfers ist der mitgelieferte.</translation>
    </message>
    <message>
        <source>value: a quote at %1 is not closed</source>
        <translation>Wert: ein Anführungszeichen bei %1 wird nicht geschlossen</translation>
    </message>
    <message>
        <source>value: an alias needs at least one recipient</source>
        <translation>Wert: ein Alias braucht mindestens einen Empfänger</translation>
    </message>
    <message>
        <source>key: starts with &apos;#&apos;, which would make the line a comment</source>
        <translation>Schlüssel: beginnt mit &apos;#&apos;, wodurch die Zeile zum Kommentar würde</translation>
    </message>
    <message>
        <source>change %1 kept no copy of %2 (bigger than %3 MiB, or recorded before copies were kept): only its hash is known</source>
        <translation>Änderung %1 hat keine Kopie von %2 aufbewahrt (größer als %3 MiB oder aufgezeichnet, bevor Kopien aufbewahrt wurden): nur ihr Hash ist bekannt</translation>
    </message>
    <message>
        <source>the copy %1 is not the content change %2 recorded: it was changed too, no diff to trust</source>
        <translation>die Kopie %1 ist nicht der Inhalt, den Änderung %2 aufgezeichnet hat: sie wurde ebenfalls geändert, kein vertrauenswürdiger Diff</translation>
    </message>
    <message>
        <source>The history cache %1: %2</source>
        <translation>Der Verlaufs-Cache %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the directory of the history cache %1.</source>
        <translation>Das Verzeichnis des Verlaufs-Caches %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history cache needs Qt&apos;s SQLite driver (QSQLITE), which is not installed.</source>
        <translation>Der Verlaufs-Cache braucht Qts SQLite-Treiber (QSQLITE), der nicht installiert ist.</translation>
    </message>
    <message>
        <source>The history cache %1 was changed: its entry %2 does not verify.</source>
        <translation>Der Verlaufs-Cache %1 wurde verändert: sein Eintrag %2 lässt sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>The host&apos;s journal does not continue the history cached on this computer: its entry %1 is not the one cached (it was rewritten on the host). The cache keeps the entries as they were.</source>
        <translation>Das Journal des Hosts setzt den auf diesem Computer zwischengespeicherten Verlauf nicht fort: sein Eintrag %1 ist nicht der zwischengespeicherte (er wurde auf dem Host neu geschrieben). Der Cache behält die Einträge, wie sie waren.</translation>
    </message>
    <message>
        <source>The host&apos;s journal has %1 entries, the history cached on this computer %2: entries were removed on the host. The cache keeps them.</source>
        <translation>Das Journal des Hosts hat %1 Einträge, der auf diesem Computer zwischengespeicherte Verlauf %2: Auf dem Host wurden Einträge entfernt. Der Cache behält sie.</translation>
    </message>
    <message>
        <source>The host&apos;s journal does not continue the history cached on this computer: its entry %1, cached before, no longer verifies (it was changed on the host). The cache keeps the entries as they were.</source>
        <translation>Das Journal des Hosts setzt den auf diesem Computer zwischengespeicherten Verlauf nicht fort: sein früher zwischengespeicherter Eintrag %1 lässt sich nicht mehr bestätigen (er wurde auf dem Host geändert). Der Cache behält die Einträge, wie sie waren.</translation>
    </message>
    <message>
        <source>The mail system on this host could not be determined.</source>
        <translation>Das Mailsystem dieses Hosts ließ sich nicht bestimmen.</translation>
    </message>
    <message>
        <source>new file %1</source>
        <translation>neue Datei %1</translation>
    </message>
    <message>
        <source>removed file %1</source>
        <translation>entfernte Datei %1</translation>
    </message>
    <message>
        <source>file %1 of the change set is absent and has contents</source>
        <translation>Datei %1 des Änderungssatzes ist als fehlend angegeben und hat doch Inhalt</translation>
    </message>
    <message>
        <source>%1 removed (backup %2)</source>
        <translation>%1 entfernt (Sicherung %2)</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Cannot remove %1 on the host: %2</source>
        <translation>%1 kann auf dem Host nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 already has an entry &quot;%2&quot;: change it with table set</source>
        <translation>%1 hat schon einen Eintrag „%2“: Ändern Sie ihn mit table set</translation>
    </message>
    <message>
        <source>%1 has no entry &quot;%2&quot; to place it next to</source>
        <translation>%1 hat keinen Eintrag „%2“, neben den er gestellt werden könnte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be placed next to itself</source>
        <translation>„%1“ kann nicht neben sich selbst gestellt werden</translation>
    </message>
    <message>
        <source>%1: the order of aliases does not matter</source>
        <translation>%1: Die Reihenfolge der Aliase spielt keine Rolle</translation>
    </message>
    <message>
        <source>%1 holds one value: change it with option set</source>
        <translation>%1 enthält einen einzigen Wert: Ändern Sie ihn mit option set</translation>
    </message>
    <message>
        <source>%1 is a list of values without keys: give only the value</source>
        <translation>%1 ist eine Liste von Werten ohne Schlüssel: Geben Sie nur den Wert an</translation>
    </message>
    <message>
        <source>%1: qmail does not care about the order of its lines</source>
        <translation>%1: Für qmail spielt die Reihenfolge der Zeilen keine Rolle</translation>
    </message>
    <message>
        <source>%1 already lists &quot;%2&quot;</source>
        <translation>%1 enthält „%2“ schon</translation>
    </message>
    <message>
        <source>%1 is a list: change it with table add|remove</source>
        <translation>%1 ist eine Liste: Ändern Sie sie mit table add|remove</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not &quot;%2&quot;</source>
        <translation>%1 erwartet eine ganze Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: the value cannot be written there</source>
        <translation>%1: Der Wert lässt sich dort nicht schreiben</translation>
    </message>
    <message>
        <source>%1 is not a table (%2)</source>
        <translation>%1 ist keine Tabelle (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be changed from the Privacy tab</source>
        <translation>%1 lässt sich im Reiter Datenschutz nicht ändern</translation>
    </message>
    <message>
        <source>%1 already uses qmail&apos;s default</source>
        <translation>%1 verwendet bereits den Standardwert von qmail</translation>
    </message>
    <message>
        <source>Refuse VRFY</source>
        <translation>VRFY ablehnen</translation>
    </message>
    <message>
        <source>VRFY tells anyone which addresses exist: a gift to spammers harvesting them.</source>
        <translation>VRFY verrät jedem, welche Adressen es gibt: ein Geschenk für Spammer, die Adressen sammeln.</translation>
    </message>
    <message>
        <source>The greeting should name the host, not the software and version an attacker would look up.</source>
        <translation>Die Begrüßung sollte den Host nennen, nicht die Software und Version, nach der ein Angreifer suchen würde.</translation>
    </message>
    <message>
        <source>Require HELO/EHLO</source>
        <translation>HELO/EHLO verlangen</translation>
    </message>
    <message>
        <source>Clients that skip HELO are almost always spam software.</source>
        <translation>Clients, die HELO auslassen, sind fast immer Spam-Software.</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Größte Nachricht</translation>
    </message>
    <message>
        <source>A limit stops a single sender from filling the disk (0: no limit).</source>
        <translation>Eine Grenze hindert einen einzelnen Absender daran, die Platte zu füllen (0: keine Grenze).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Recipients per message</source>
        <translation>Empfänger je Nachricht</translation>
    </message>
    <message>
        <source>Fewer recipients per message slows down bulk spam sent through a stolen account.</source>
        <translation>Weniger Empfänger je Nachricht bremsen Massen-Spam über ein gestohlenes Konto.</translation>
    </message>
    <message>
        <source>Connections per client and minute</source>
        <translation>Verbindungen je Client und Minute</translation>
    </message>
    <message>
        <source>A rate limit keeps one client from tying up every SMTP process (0: no limit).</source>
        <translation>Eine Ratenbegrenzung hindert einen Client daran, alle SMTP-Prozesse zu belegen (0: keine Grenze).</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
    <message>
        <source>Errors before disconnecting</source>
        <translation>Fehler bis zur Trennung</translation>
    </message>
    <message>
        <source>A client that keeps making errors is probing addresses: disconnect it early.</source>
        <translation>Ein Client, der ständig Fehler macht, probiert Adressen aus: früh trennen.</translation>
    </message>
    <message>
        <source>Offer STARTTLS</source>
        <translation>STARTTLS anbieten</translation>
    </message>
    <message>
        <source>Without STARTTLS, mail and passwords cross the network in clear text.</source>
        <translation>Ohne STARTTLS gehen Mails und Passwörter im Klartext durchs Netz.</translation>
    </message>
    <message>
        <source>AUTH only after STARTTLS</source>
        <translation>AUTH erst nach STARTTLS</translation>
    </message>
    <message>
        <source>Otherwise a client may send its password before encryption starts.</source>
        <translation>Sonst kann ein Client sein Passwort senden, bevor die Verschlüsselung beginnt.</translation>
    </message>
    <message>
        <source>TLS protocols</source>
        <translation>TLS-Protokolle</translation>
    </message>
    <message>
        <source>SSLv3, TLS 1.0 and 1.1 have known weaknesses; current clients all speak TLS 1.2.</source>
        <translation>SSLv3, TLS 1.0 und 1.1 haben bekannte Schwächen; alle aktuellen Clients sprechen TLS 1.2.</translation>
    </message>
    <message>
        <source>Refuse VRFY (novrfy)</source>
        <translation>VRFY ablehnen (novrfy)</translation>
    </message>
    <message>
        <source>Refuse EXPN (noexpn)</source>
        <translation>EXPN ablehnen (noexpn)</translation>
    </message>
    <message>
        <source>EXPN lists the members of aliases and mailing lists to anyone who asks.</source>
        <translation>EXPN nennt jedem, der fragt, die Mitglieder von Aliasen und Mailinglisten.</translation>
    </message>
    <message>
        <source>Refuse VERB (noverb)</source>
        <translation>VERB ablehnen (noverb)</translation>
    </message>
    <message>
        <source>VERB shows a stranger the details of delivery.</source>
        <translation>VERB zeigt einem Fremden die Einzelheiten der Zustellung.</translation>
    </message>
    <message>
        <source>No return receipts (noreceipts)</source>
        <translation>Keine Empfangsbestätigungen (noreceipts)</translation>
    </message>
    <message>
        <source>Delivery receipts confirm to a sender that an address exists and is read.</source>
        <translation>Zustellbestätigungen bestätigen einem Absender, dass eine Adresse existiert und gelesen wird.</translation>
    </message>
    <message>
        <source>Warn of forged senders (authwarnings)</source>
        <translation>Vor gefälschten Absendern warnen (authwarnings)</translation>
    </message>
    <message>
        <source>Adds an X-Authentication-Warning header when a local user claims to be someone else.</source>
        <translation>Fügt einen X-Authentication-Warning-Header hinzu, wenn ein lokaler Benutzer sich als jemand anderes ausgibt.</translation>
    </message>
    <message>
        <source>Queue listing for its group only (restrictmailq)</source>
        <translation>Warteschlangenliste nur für ihre Gruppe (restrictmailq)</translation>
    </message>
    <message>
        <source>Otherwise every local user can list who mails whom.</source>
        <translation>Sonst kann jeder lokale Benutzer auflisten, wer wem schreibt.</translation>
    </message>
    <message>
        <source>Queue runs for root only (restrictqrun)</source>
        <translation>Warteschlangenläufe nur für root (restrictqrun)</translation>
    </message>
    <message>
        <source>Otherwise every local user can start queue runs and load the server.</source>
        <translation>Sonst kann jeder lokale Benutzer Warteschlangenläufe starten und den Server belasten.</translation>
    </message>
    <message>
        <source>Require HELO before MAIL (needmailhelo)</source>
        <translation>HELO vor MAIL verlangen (needmailhelo)</translation>
    </message>
    <message>
        <source>Refuse ETRN (noetrn)</source>
        <translation>ETRN ablehnen (noetrn)</translation>
    </message>
    <message>
        <source>ETRN lets a stranger start queue runs.</source>
        <translation>Mit ETRN kann ein Fremder Warteschlangenläufe starten.</translation>
    </message>
    <message>
        <source>Connections per second</source>
        <translation>Verbindungen pro Sekunde</translation>
    </message>
    <message>
        <source>A rate limit keeps a flood of connections from tying up the server (0: no limit).</source>
        <translation>Eine Ratenbegrenzung verhindert, dass eine Flut von Verbindungen den Server lahmlegt (0: keine Grenze).</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>Slow down after bad recipients</source>
        <translation>Nach falschen Empfängern bremsen</translation>
    </message>
    <message>
        <source>After this many unknown recipients in one session Sendmail answers slowly: address harvesting becomes expensive (0: off).</source>
        <translation>Nach so vielen unbekannten Empfängern in einer Sitzung antwortet Sendmail langsam: Adressen zu sammeln wird teuer (0: aus).</translation>
    </message>
    <message>
        <source>Sendmail offers STARTTLS when confSERVER_CERT and confSERVER_KEY name a certificate and its key; set them in sendmail.mc in the Config tab.</source>
        <translation>Sendmail bietet STARTTLS an, wenn confSERVER_CERT und confSERVER_KEY ein Zertifikat und seinen Schlüssel nennen; setzen Sie sie im Reiter Konfiguration in sendmail.mc.</translation>
    </message>
    <message>
        <source>qmail-smtpd answers every VRFY with 252 and never confirms an address: nothing to do.</source>
        <translation>qmail-smtpd beantwortet jedes VRFY mit 252 und bestätigt nie eine Adresse: nichts zu tun.</translation>
    </message>
    <message>
        <source>The greeting (control/smtpgreeting, else control/me) should name the host, not the software.</source>
        <translation>Die Begrüßung (control/smtpgreeting, sonst control/me) sollte den Host nennen, nicht die Software.</translation>
    </message>
    <message>
        <source>qmail-smtpd accepts mail without HELO; only a patched qmail-smtpd can refuse it.</source>
        <translation>qmail-smtpd nimmt Mail ohne HELO an; nur ein gepatchtes qmail-smtpd kann sie ablehnen.</translation>
    </message>
    <message>
        <source>Concurrent connections</source>
        <translation>Gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <source>tcpserver&apos;s -c option in the qmail-smtpd run script limits them; tcp.smtp (Tables tab) can refuse or rblsmtpd-check clients by address.</source>
        <translation>Die Option -c von tcpserver im run-Skript von qmail-smtpd begrenzt sie; tcp.smtp (Reiter Tabellen) kann Clients nach Adresse ablehnen oder mit rblsmtpd prüfen.</translation>
    </message>
    <message>
        <source>notqmail 1.09&apos;s qmail-smtpd has no STARTTLS; a TLS-capable qmail-smtpd or a TLS proxy in front is needed.</source>
        <translation>qmail-smtpd von notqmail 1.09 hat kein STARTTLS; nötig ist ein TLS-fähiges qmail-smtpd oder ein vorgeschalteter TLS-Proxy.</translation>
    </message>
    <message>
        <source>Disconnected: connect to the host again first.</source>
        <translation>Getrennt: Verbinden Sie sich zuerst wieder mit dem Host.</translation>
    </message>
    <message>
        <source>Blocklists (DNSBL)</source>
        <translation>Sperrlisten (DNSBL)</translation>
    </message>
    <message>
        <source>Clients listed on a DNS blocklist are refused at RCPT TO (reject_rbl_client in smtpd_recipient_restrictions, after your own networks); separate several lists with commas.</source>
        <translation>Clients, die auf einer DNS-Sperrliste stehen, werden bei RCPT TO abgewiesen (reject_rbl_client in smtpd_recipient_restrictions, nach Ihren eigenen Netzen); mehrere Listen durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Blocklists only log (warn_if_reject)</source>
        <translation>Sperrlisten nur protokollieren (warn_if_reject)</translation>
    </message>
    <message>
        <source>Blocklists list innocent servers too: new lists start by only logging what they would refuse; switch this off once the log shows no mail you want among it.</source>
        <translation>Sperrlisten führen auch unschuldige Server: Neue Listen protokollieren zunächst nur, was sie abweisen würden; schalten Sie dies aus, sobald das Protokoll darunter keine erwünschte Mail zeigt.</translation>
    </message>
    <message>
        <source>Clients listed on a DNS blocklist are refused (FEATURE(`dnsbl&apos;) in sendmail.mc, one per list); separate several lists with commas.</source>
        <translation>Clients, die auf einer DNS-Sperrliste stehen, werden abgewiesen (FEATURE(`dnsbl&apos;) in sendmail.mc, eines je Liste); mehrere Listen durch Kommas trennen.</translation>
    </message>
    <message>
        <source>Blocklists only log</source>
        <translation>Sperrlisten nur protokollieren</translation>
    </message>
    <message>
        <source>Sendmail&apos;s dnsbl feature refuses at once and has no log-only mode: try a new list on a test host first, and whitelist partners in the access table (Tables tab).</source>
        <translation>Sendmails dnsbl-Feature weist sofort ab und kennt keinen Nur-Protokollieren-Modus: Probieren Sie eine neue Liste zuerst auf einem Testhost aus und lassen Sie Partner in der access-Tabelle zu (Reiter Tabellen).</translation>
    </message>
    <message>
        <source>qmail checks blocklists with rblsmtpd in the qmail-smtpd run script (rblsmtpd -r zen.spamhaus.org before qmail-smtpd); tcp.smtp (Tables tab) exempts an address with RBLSMTPD=&quot;&quot;.</source>
        <translation>qmail prüft Sperrlisten mit rblsmtpd im run-Skript von qmail-smtpd (rblsmtpd -r zen.spamhaus.org vor qmail-smtpd); tcp.smtp (Reiter Tabellen) nimmt eine Adresse mit RBLSMTPD=&quot;&quot; aus.</translation>
    </message>
    <message>
        <source>add a blocklist first</source>
        <translation>zuerst eine Sperrliste hinzufügen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written into sendmail.mc</source>
        <translation>„%1“ kann nicht in sendmail.mc geschrieben werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the DNS name of a blocklist</source>
        <translation>„%1“ ist nicht der DNS-Name einer Sperrliste</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a reply filter is addresses such as =127.0.0.[2..11]</source>
        <translation>„%1“: Ein Antwortfilter besteht aus Adressen wie =127.0.0.[2..11]</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: this MTA takes the blocklist&apos;s name only</source>
        <translation>„%1“: Dieser MTA nimmt nur den Namen der Sperrliste</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Network and relay</source>
        <translation>Netz und Weiterleitung</translation>
    </message>
    <message>
        <source>SMTP server restrictions</source>
        <translation>Beschränkungen des SMTP-Servers</translation>
    </message>
    <message>
        <source>SMTP client</source>
        <translation>SMTP-Client</translation>
    </message>
    <message>
        <source>SASL and TLS</source>
        <translation>SASL und TLS</translation>
    </message>
    <message>
        <source>Limits and rate</source>
        <translation>Grenzen und Raten</translation>
    </message>
    <message>
        <source>Local delivery</source>
        <translation>Lokale Zustellung</translation>
    </message>
    <message>
        <source>Address rewriting and masquerading</source>
        <translation>Adressumschreibung und Maskierung</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in a sendmail.mc value</source>
        <translation>„%1“ ist in einem Wert von sendmail.mc nicht erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an m4 macro and would be expanded</source>
        <translation>„%1“ ist ein m4-Makro und würde ausgewertet</translation>
    </message>
    <message>
        <source>%1 is not a call Mailwarden adds to sendmail.mc</source>
        <translation>%1 ist kein Aufruf, den Mailwarden zu sendmail.mc hinzufügt</translation>
    </message>
    <message>
        <source>%1 needs an argument</source>
        <translation>%1 braucht ein Argument</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1(%2) is in sendmail.mc already</source>
        <translation>%1(%2) steht bereits in sendmail.mc</translation>
    </message>
    <message>
        <source>%1 has no %2(%3)</source>
        <translation>%1 enthält kein %2(%3)</translation>
    </message>
    <message>
        <source>%1: no entry starts at line %2</source>
        <translation>%1: In Zeile %2 beginnt kein Eintrag</translation>
    </message>
    <message>
        <source>comment: longer than %1 bytes</source>
        <translation>Kommentar: länger als %1 Byte</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>maildrop</source>
        <comment>mail queue</comment>
        <translation>maildrop</translation>
    </message>
    <message>
        <source>incoming</source>
        <comment>mail queue</comment>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>active</source>
        <comment>mail queue</comment>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deferred</source>
        <comment>mail queue</comment>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>on hold</source>
        <comment>mail queue</comment>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>corrupt</source>
        <comment>mail queue</comment>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>quarantined</source>
        <comment>mail queue</comment>
        <translation>in Quarantäne</translation>
    </message>
    <message>
        <source>lost</source>
        <comment>mail queue</comment>
        <translation>verloren</translation>
    </message>
    <message>
        <source>not yet preprocessed</source>
        <comment>mail queue</comment>
        <translation>noch nicht vorverarbeitet</translation>
    </message>
    <message>
        <source>other</source>
        <comment>mail queue</comment>
        <translation>andere</translation>
    </message>
    <message>
        <source>text after the end of the message&apos;s object</source>
        <translation>Text nach dem Ende des Objekts der Nachricht</translation>
    </message>
    <message>
        <source>the message has no queue_id</source>
        <translation>die Nachricht hat keine queue_id</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; but found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; erwartet, aber &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <source>the line ends in the middle of the message (expected &apos;%1&apos;)</source>
        <translation>die Zeile endet mitten in der Nachricht (&apos;%1&apos; erwartet)</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>an unknown escape &apos;\%1&apos; in a string</source>
        <translation>eine unbekannte Escape-Folge &apos;\%1&apos; in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a string that does not end</source>
        <translation>eine Zeichenkette ohne Ende</translation>
    </message>
    <message>
        <source>a \u escape with fewer than four hex digits</source>
        <translation>eine \u-Escape-Folge mit weniger als vier Hexziffern</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>a number too large</source>
        <translation>eine zu große Zahl</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>values nested too deeply</source>
        <translation>zu tief verschachtelte Werte</translation>
    </message>
    <message>
        <source>the line ends where a value should be</source>
        <translation>die Zeile endet, wo ein Wert stehen sollte</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>The host&apos;s mail server is not known, so its queue cannot be read.</source>
        <translation>Der Mailserver des Hosts ist unbekannt, daher kann seine Warteschlange nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more lines not understood</source>
        <translation>
            <numerusform>… und %n weitere Zeile nicht verstanden</numerusform>
            <numerusform>… und %n weitere Zeilen nicht verstanden</numerusform>
        </translation>
    </message>
    <message>
        <source>postqueue -j, line %1, column %2: %3</source>
        <translation>postqueue -j, Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>postqueue -j failed (exit code %1).</source>
        <translation>postqueue -j ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n messages had a listing line longer than %1 MiB and were left out.</source>
        <translation>
            <numerusform>%n Nachricht hatte eine Listenzeile länger als %1 MiB und wurde ausgelassen.</numerusform>
            <numerusform>%n Nachrichten hatten eine Listenzeile länger als %1 MiB und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age: use a number with s, m, h, d or w (&quot;2h&quot;).</source>
        <translation>„%1“ ist kein Alter: eine Zahl mit s, m, h, d oder w angeben („2h“).</translation>
    </message>
    <message>
        <source>not changed: no longer in the queue, or already on hold</source>
        <translation>nicht geändert: nicht mehr in der Warteschlange oder schon angehalten</translation>
    </message>
    <message>
        <source>not changed: no longer in the queue, or not on hold</source>
        <translation>nicht geändert: nicht mehr in der Warteschlange oder nicht angehalten</translation>
    </message>
    <message>
        <source>already gone from the queue</source>
        <translation>schon nicht mehr in der Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source> (%n queue id(s) on stdin)</source>
        <translation>
            <numerusform> (%n Queue-ID auf stdin)</numerusform>
            <numerusform> (%n Queue-IDs auf stdin)</numerusform>
        </translation>
    </message>
    <message>
        <source>postsuper failed (exit code %1)</source>
        <translation>postsuper ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>postsuper failed (exit code %1).</source>
        <translation>postsuper ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message numerus="yes">
        <source>/usr/sbin/postqueue -i ID for each of %n message(s)</source>
        <translation>
            <numerusform>/usr/sbin/postqueue -i ID für %n Nachricht</numerusform>
            <numerusform>/usr/sbin/postqueue -i ID für jede von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>postqueue -f failed (exit code %1).</source>
        <translation>postqueue -f ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <source>postqueue -i failed</source>
        <translation>postqueue -i ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>scheduled for delivery now</source>
        <translation>zur sofortigen Zustellung eingeplant</translation>
    </message>
    <message>
        <source>The whole queue is being delivered now.</source>
        <translation>Die ganze Warteschlange wird jetzt zugestellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted</source>
        <translation>
            <numerusform>%n Nachricht gelöscht</numerusform>
            <numerusform>%n Nachrichten gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) put on hold</source>
        <translation>
            <numerusform>%n Nachricht angehalten</numerusform>
            <numerusform>%n Nachrichten angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) released</source>
        <translation>
            <numerusform>%n Nachricht freigegeben</numerusform>
            <numerusform>%n Nachrichten freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) requeued</source>
        <translation>
            <numerusform>%n Nachricht neu eingereiht</numerusform>
            <numerusform>%n Nachrichten neu eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) scheduled for delivery</source>
        <translation>
            <numerusform>%n Nachricht zur Zustellung eingeplant</numerusform>
            <numerusform>%n Nachrichten zur Zustellung eingeplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged (gone meanwhile or already so)</source>
        <translation>
            <numerusform>%n unverändert (inzwischen fort oder schon so)</numerusform>
            <numerusform>%n unverändert (inzwischen fort oder schon so)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>Neu einreihen</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Zustellen</translation>
    </message>
    <message>
        <source>Acting on the %1 queue is not built yet; only Postfix&apos;s queue can be changed.</source>
        <translation>Aktionen auf der %1-Warteschlange sind noch nicht gebaut; nur die Warteschlange von Postfix kann geändert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Postfix queue id (6 to 32 letters and digits).</source>
        <translation>„%1“ ist keine Postfix-Queue-ID (6 bis 32 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <source>queue listing, byte %1: the header line has no end</source>
        <translation>Warteschlangenliste, Byte %1: die Kopfzeile hat kein Ende</translation>
    </message>
    <message>
        <source>queue listing, byte %1: not a header &quot;KIND ID LENGTH MTIME&quot;</source>
        <translation>Warteschlangenliste, Byte %1: keine Kopfzeile „ART ID LÄNGE MTIME“</translation>
    </message>
    <message>
        <source>queue listing, byte %1: &quot;%2&quot; is not a number</source>
        <translation>Warteschlangenliste, Byte %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>queue listing, byte %1: the file %2 is cut short</source>
        <translation>Warteschlangenliste, Byte %1: die Datei %2 ist abgeschnitten</translation>
    </message>
    <message numerus="yes">
        <source>qmail queue: %n more problem(s) not shown</source>
        <translation>
            <numerusform>qmail-Warteschlange: %n weiteres Problem nicht gezeigt</numerusform>
            <numerusform>qmail-Warteschlange: %n weitere Probleme nicht gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>qmail message %1: %2</source>
        <translation>qmail-Nachricht %1: %2</translation>
    </message>
    <message>
        <source>unknown file kind &quot;%1&quot;</source>
        <translation>unbekannte Dateiart „%1“</translation>
    </message>
    <message>
        <source>the %1 file&apos;s name is not a queue number</source>
        <translation>der Name der %1-Datei ist keine Warteschlangennummer</translation>
    </message>
    <message>
        <source>the %1 file is listed twice</source>
        <translation>die %1-Datei ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>the last record of the %1 file has no NUL at its end (cut short?)</source>
        <translation>der letzte Eintrag der %1-Datei endet nicht mit NUL (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the %1 file does not start with the sender (an F record)</source>
        <translation>die %1-Datei beginnt nicht mit dem Absender (einem F-Eintrag)</translation>
    </message>
    <message>
        <source>an unknown record type in the %1 file</source>
        <translation>ein unbekannter Eintragstyp in der %1-Datei</translation>
    </message>
    <message>
        <source>a %1 file without an info file</source>
        <translation>eine %1-Datei ohne info-Datei</translation>
    </message>
    <message>
        <source>line %1: text after the end mark &quot;.&quot;</source>
        <translation>Zeile %1: Text nach der Endmarke „.“</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a number</source>
        <translation>Zeile %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>no creation time (T line): not a Sendmail control file</source>
        <translation>keine Erstellungszeit (T-Zeile): keine Sendmail-Steuerdatei</translation>
    </message>
    <message>
        <source>no end mark (&quot;.&quot; line): the file is cut short</source>
        <translation>keine Endmarke („.“-Zeile): die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>quarantined: %1</source>
        <translation>in Quarantäne: %1</translation>
    </message>
    <message>
        <source>%1: larger than the helper reads (16 MiB); recipients after that are missing</source>
        <translation>%1: größer als das, was der Helfer liest (16 MiB); Empfänger danach fehlen</translation>
    </message>
    <message>
        <source>Message %1 is no longer in the queue (delivered, returned or deleted meanwhile).</source>
        <translation>Die Nachricht %1 ist nicht mehr in der Warteschlange (inzwischen zugestellt, zurückgeschickt oder gelöscht).</translation>
    </message>
    <message>
        <source>This host has no root-file helper (mw-file), which reads queued messages: prepare the host first.</source>
        <translation>Dieser Host hat keinen Root-Datei-Helfer (mw-file), der Nachrichten in der Warteschlange liest: Bereiten Sie den Host zuerst vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Sendmail queue id (6 to 30 letters and digits).</source>
        <translation>„%1“ ist keine Sendmail-Warteschlangen-ID (6 bis 30 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a qmail queue id (a number).</source>
        <translation>„%1“ ist keine qmail-Warteschlangen-ID (eine Zahl).</translation>
    </message>
    <message>
        <source>This host has no root-file helper (mw-file), which reads the %1 queue: prepare the host (Hosts ▸ Prepare Host…) first.</source>
        <translation>Dieser Host hat keinen Root-Datei-Helfer (mw-file), der die %1-Warteschlange liest: Bereiten Sie den Host zuerst vor (Hosts ▸ Host vorbereiten…).</translation>
    </message>
    <message>
        <source>mw-file queue-list %1 failed (exit code %2).</source>
        <translation>mw-file queue-list %1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>This host has no root-file helper (mw-file), which acts on the Sendmail queue: prepare the host first.</source>
        <translation>Dieser Host hat keinen Root-Datei-Helfer (mw-file), der auf die Sendmail-Warteschlange wirkt: Bereiten Sie den Host zuerst vor.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>being delivered right now (Sendmail holds its lock); try again</source>
        <translation>wird gerade zugestellt (Sendmail hält ihre Sperre); erneut versuchen</translation>
    </message>
    <message>
        <source>mw-file queue-remove failed (exit code %1)</source>
        <translation>mw-file queue-remove ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message numerus="yes">
        <source>sudo -n /usr/sbin/sendmail -qIID -Q%1 for each of %n message(s)</source>
        <translation>
            <numerusform>sudo -n /usr/sbin/sendmail -qIID -Q%1 für %n Nachricht</numerusform>
            <numerusform>sudo -n /usr/sbin/sendmail -qIID -Q%1 für jede der %n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sudo -n /usr/sbin/sendmail -qQ -qIID -Q for each of %n message(s)</source>
        <translation>
            <numerusform>sudo -n /usr/sbin/sendmail -qQ -qIID -Q für %n Nachricht</numerusform>
            <numerusform>sudo -n /usr/sbin/sendmail -qQ -qIID -Q für jede der %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>sendmail refused it (see the output)</source>
        <translation>sendmail hat es abgelehnt (siehe Ausgabe)</translation>
    </message>
    <message>
        <source>left the queue (delivered or returned)</source>
        <translation>hat die Warteschlange verlassen (zugestellt oder zurückgeschickt)</translation>
    </message>
    <message>
        <source>tried now; still waiting: %1</source>
        <translation>jetzt versucht; wartet weiter: %1</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>in Quarantäne</translation>
    </message>
    <message>
        <source>still not quarantined</source>
        <translation>weiterhin nicht in Quarantäne</translation>
    </message>
    <message>
        <source>released from quarantine</source>
        <translation>aus der Quarantäne freigegeben</translation>
    </message>
    <message>
        <source>still quarantined</source>
        <translation>weiterhin in Quarantäne</translation>
    </message>
    <message>
        <source>Sendmail has no requeue (Postfix&apos;s postsuper -r): use Flush to try the messages now.</source>
        <translation>Sendmail kennt kein Neueinreihen (wie Postfix&apos; postsuper -r): Verwenden Sie „Zustellen“, um die Nachrichten jetzt zu versuchen.</translation>
    </message>
    <message>
        <source>This host has no root-file helper (mw-file), which counts the queue: prepare the host first.</source>
        <translation>Dieser Host hat keinen Root-Datei-Helfer (mw-file), der die Warteschlange zählt: Bereiten Sie den Host zuerst vor.</translation>
    </message>
    <message>
        <source>mw-file queue-count said something else than the counts: %1</source>
        <translation>mw-file queue-count hat etwas anderes als die Zahlen ausgegeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages deferred</source>
        <translation>
            <numerusform>%n Nachricht zurückgestellt</numerusform>
            <numerusform>%n Nachrichten zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (Grenze %1)</translation>
    </message>
    <message>
        <source>the queue grows by %1 messages a minute (limit %2)</source>
        <translation>die Warteschlange wächst um %1 Nachrichten pro Minute (Grenze %2)</translation>
    </message>
    <message>
        <source>the oldest message waits for %1 minutes (limit %2)</source>
        <translation>die älteste Nachricht wartet seit %1 Minuten (Grenze %2)</translation>
    </message>
    <message>
        <source>This host has no root-file helper (mw-file), which acts on the qmail queue: prepare the host first.</source>
        <translation>Dieser Host hat keinen Root-Datei-Helfer (mw-file), der auf die qmail-Warteschlange wirkt: Bereiten Sie den Host zuerst vor.</translation>
    </message>
    <message>
        <source>tried now (qmail-send started again)</source>
        <translation>jetzt versucht (qmail-send wieder gestartet)</translation>
    </message>
    <message>
        <source>tried as soon as qmail-send is started (it was stopped before and is left so)</source>
        <translation>wird versucht, sobald qmail-send gestartet ist (es war vorher angehalten und bleibt es)</translation>
    </message>
    <message>
        <source>left alone: a file of it is not what qmail writes (see the output)</source>
        <translation>unverändert gelassen: eine ihrer Dateien ist nicht, was qmail schreibt (siehe Ausgabe)</translation>
    </message>
    <message>
        <source>mw-file %1 failed (exit code %2)</source>
        <translation>mw-file %1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <source>mw-file %1 failed (exit code %2).</source>
        <translation>mw-file %1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>The action itself: %1</source>
        <translation>Die Aktion selbst: %1</translation>
    </message>
    <message>
        <source>qmail-send was not running and is left stopped.</source>
        <translation>qmail-send lief nicht und bleibt angehalten.</translation>
    </message>
    <message>
        <source>qmail has no hold and no requeue: a message stays in its queue until it is delivered, returned or deleted. Only Delete and Flush act on qmail&apos;s messages.</source>
        <translation>qmail kennt weder Zurückhalten noch Neueinreihen: Eine Nachricht bleibt in der Warteschlange, bis sie zugestellt, zurückgeschickt oder gelöscht ist. Nur Löschen und Zustellen wirken auf qmails Nachrichten.</translation>
    </message>
    <message>
        <source>the %1 file is larger than the helper reads (16 MiB); what follows is missing</source>
        <translation>die %1-Datei ist größer als das, was der Helfer liest (16 MiB); der Rest fehlt</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2).</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>The host&apos;s mw-file is older than this Mailwarden and cannot read qmail-send&apos;s log, where the recipients&apos; deferral reasons are: prepare the host again (Hosts ▸ Prepare Host…).</source>
        <translation>Das mw-file des Hosts ist älter als dieses Mailwarden und kann das Protokoll von qmail-send, in dem die Gründe für die Zurückstellung der Empfänger stehen, nicht lesen: Bereiten Sie den Host erneut vor (Hosts ▸ Host vorbereiten…).</translation>
    </message>
    <message>
        <source>qmail-send&apos;s log could not be read, so the recipients&apos; deferral reasons are not shown: %1</source>
        <translation>Das Protokoll von qmail-send konnte nicht gelesen werden, daher werden die Gründe für die Zurückstellung der Empfänger nicht angezeigt: %1</translation>
    </message>
    <message numerus="yes">
        <source>sudo -n /usr/sbin/sendmail -v -qIID for each of %n message(s)</source>
        <translation>
            <numerusform>sudo -n /usr/sbin/sendmail -v -qIID für %n Nachricht</numerusform>
            <numerusform>sudo -n /usr/sbin/sendmail -v -qIID für jede der %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>mw-file queue-count ended (exit code %1).</source>
        <translation>mw-file queue-count wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>qmail-send is NOT running: it did not start again. No mail is delivered until it runs: start it as root on the host with svc -u /service/qmail-send. %1</source>
        <translation>qmail-send läuft NICHT: Es wurde nicht wieder gestartet. Bis es läuft, wird keine Mail zugestellt: Starten Sie es als root auf dem Host mit svc -u /service/qmail-send. %1</translation>
    </message>
    <message>
        <source>The helper on this host (mw-file) is older than this console and cannot stop qmail-send itself: prepare the host again.</source>
        <translation>Das Hilfsprogramm auf diesem Host (mw-file) ist älter als diese Konsole und kann qmail-send nicht selbst anhalten: Bereiten Sie den Host erneut vor.</translation>
    </message>
    <message>
        <source>submission (MSP)</source>
        <comment>mail queue</comment>
        <translation>Einlieferung (MSP)</translation>
    </message>
    <message>
        <source>The submission queue (MSP) was not run: %1</source>
        <translation>Die Einlieferungs-Warteschlange (MSP) wurde nicht abgearbeitet: %1</translation>
    </message>
    <message numerus="yes">
        <source>sudo -n /usr/sbin/sendmail -Ac -v -qIID for each of %n message(s)</source>
        <translation>
            <numerusform>sudo -n /usr/sbin/sendmail -Ac -v -qIID für %n Nachricht</numerusform>
            <numerusform>sudo -n /usr/sbin/sendmail -Ac -v -qIID für jede der %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>waits in the submission queue (MSP), which has no quarantine here: Flush hands it to the mail server</source>
        <translation>wartet in der Einlieferungs-Warteschlange (MSP), die hier keine Quarantäne hat: Zustellen übergibt sie dem Mailserver</translation>
    </message>
    <message>
        <source>handed to the mail server (its queue gives it a new id)</source>
        <translation>dem Mailserver übergeben (seine Warteschlange gibt ihr eine neue ID)</translation>
    </message>
    <message>
        <source>mw-file log-tail qmail did not answer with log frames.</source>
        <translation>mw-file log-tail qmail hat nicht mit Log-Rahmen geantwortet.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n deferral(s)</source>
        <translation>
            <numerusform>%n Zurückstellung</numerusform>
            <numerusform>%n Zurückstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Reject warnings</source>
        <translation>Abweisungswarnungen</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Bytes angenommen</translation>
    </message>
    <message>
        <source>Bytes delivered</source>
        <translation>Bytes zugestellt</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message numerus="yes">
        <source>%n sending domain(s)</source>
        <translation>
            <numerusform>%n absendende Domain</numerusform>
            <numerusform>%n absendende Domains</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient domain(s)</source>
        <translation>
            <numerusform>%n Empfängerdomain</numerusform>
            <numerusform>%n Empfängerdomains</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>TLS share</source>
        <translation>TLS-Anteil</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message numerus="yes">
        <source>%n TLS session(s)</source>
        <translation>
            <numerusform>%n TLS-Sitzung</numerusform>
            <numerusform>%n TLS-Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>SASL failures</source>
        <translation>SASL-Fehlschläge</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>%1 fatal, %2 panic</source>
        <translation>%1 fatal, %2 panic</translation>
    </message>
    <message>
        <source>Delay (median)</source>
        <translation>Verzögerung (Median)</translation>
    </message>
    <message>
        <source>95th percentile %1, max %2</source>
        <translation>95. Perzentil %1, höchstens %2</translation>
    </message>
    <message>
        <source>Senders by messages</source>
        <translation>Absender nach Nachrichten</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Senders by size</source>
        <translation>Absender nach Größe</translation>
    </message>
    <message>
        <source>Recipients by messages</source>
        <translation>Empfänger nach Nachrichten</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Recipients by size</source>
        <translation>Empfänger nach Größe</translation>
    </message>
    <message>
        <source>Sending domains</source>
        <translation>Absendende Domains</translation>
    </message>
    <message>
        <source>Host or domain</source>
        <translation>Host oder Domain</translation>
    </message>
    <message>
        <source>Recipient domains</source>
        <translation>Empfängerdomains</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Zurückstellungen</translation>
    </message>
    <message>
        <source>Average delay (s)</source>
        <translation>Mittlere Verzögerung (s)</translation>
    </message>
    <message>
        <source>Maximum delay (s)</source>
        <translation>Größte Verzögerung (s)</translation>
    </message>
    <message>
        <source>Reject reasons</source>
        <translation>Abweisungsgründe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Deferral reasons</source>
        <translation>Zurückstellungsgründe</translation>
    </message>
    <message>
        <source>Bounce reasons</source>
        <translation>Gründe für Unzustellbarkeit</translation>
    </message>
    <message>
        <source>SASL failures by client</source>
        <translation>SASL-Fehlschläge nach Client</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Warnings, fatal errors and panics</source>
        <translation>Warnungen, fatale Fehler und Paniken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>panic</source>
        <translation>Panik</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>fatal</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Delivery delays</source>
        <translation>Zustellverzögerungen</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>Verzögerung (s)</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Messages per hour of the day</source>
        <translation>Nachrichten je Tagesstunde</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Nachrichten je Tag</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Certificate chain as sent</source>
        <translation>Zertifikatskette wie gesendet</translation>
    </message>
    <message>
        <source>%1: %2 (issued by %3)</source>
        <translation>%1: %2 (ausgestellt von %3)</translation>
    </message>
    <message>
        <source>certificate %1 is not issued by certificate %2</source>
        <translation>Zertifikat %1 ist nicht von Zertifikat %2 ausgestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s): %1</source>
        <translation>
            <numerusform>%n Zertifikat: %1</numerusform>
            <numerusform>%n Zertifikate: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the server&apos;s certificate first, then each intermediate in order (Postfix smtpd_tls_chain_files or a cert file with the chain appended; Sendmail confSERVER_CERT with the intermediates after it).</source>
        <translation>Zuerst das Zertifikat des Servers senden, dann jedes Zwischenzertifikat der Reihe nach (Postfix smtpd_tls_chain_files oder eine Zertifikatsdatei mit angehängter Kette; Sendmail confSERVER_CERT mit den Zwischenzertifikaten dahinter).</translation>
    </message>
    <message>
        <source>the root is sent too (clients ignore it)</source>
        <translation>die Wurzel wird mitgesendet (Clients beachten sie nicht)</translation>
    </message>
    <message>
        <source>no encryption (NULL)</source>
        <translation>keine Verschlüsselung (NULL)</translation>
    </message>
    <message>
        <source>export grade</source>
        <translation>Exportqualität</translation>
    </message>
    <message>
        <source>RC4</source>
        <translation>RC4</translation>
    </message>
    <message>
        <source>DES or 3DES, 64-bit blocks</source>
        <translation>DES oder 3DES, 64-Bit-Blöcke</translation>
    </message>
    <message>
        <source>anonymous, no server authentication</source>
        <translation>anonym, keine Authentifizierung des Servers</translation>
    </message>
    <message>
        <source>suites without encryption (NULL) or of export grade are accepted</source>
        <translation>Suiten ohne Verschlüsselung (NULL) oder in Exportqualität werden angenommen</translation>
    </message>
    <message>
        <source>RC4 suites are accepted</source>
        <translation>RC4-Suiten werden angenommen</translation>
    </message>
    <message>
        <source>DES or 3DES suites are accepted (64-bit blocks)</source>
        <translation>DES- oder 3DES-Suiten werden angenommen (64-Bit-Blöcke)</translation>
    </message>
    <message>
        <source>anonymous suites are accepted: a client that offers them gets no server authentication</source>
        <translation>anonyme Suiten werden angenommen: ein Client, der sie anbietet, erhält keine Authentifizierung des Servers</translation>
    </message>
    <message>
        <source>stopped after %1 suites</source>
        <translation>nach %1 Suiten abgebrochen</translation>
    </message>
    <message>
        <source>the server chose %1 again</source>
        <translation>der Server wählte erneut %1</translation>
    </message>
    <message>
        <source>Implicit TLS (SMTPS)</source>
        <translation>Implizites TLS (SMTPS)</translation>
    </message>
    <message>
        <source>TLS from the first byte works</source>
        <translation>TLS ab dem ersten Byte funktioniert</translation>
    </message>
    <message>
        <source>AUTH is offered inside TLS only (%1)</source>
        <translation>AUTH wird nur innerhalb von TLS angeboten (%1)</translation>
    </message>
    <message>
        <source>Cipher suites, %1</source>
        <translation>Cipher-Suiten, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suite(s) accepted: %1</source>
        <translation>
            <numerusform>%n Suite angenommen: %1</numerusform>
            <numerusform>%n Suiten angenommen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>weak (%1): %2</source>
        <translation>schwach (%1): %2</translation>
    </message>
    <message>
        <source>the list may be incomplete: %1</source>
        <translation>die Liste ist vielleicht unvollständig: %1</translation>
    </message>
    <message>
        <source>Exclude the weak suites: Postfix smtpd_tls_exclude_ciphers = aNULL, eNULL, EXPORT, RC4, DES, 3DES; Sendmail O CipherList=HIGH:!aNULL:!eNULL:!3DES:!RC4 in sendmail.mc&apos;s LOCAL_CONFIG. (Anonymous suites only reach clients that do not check the certificate; auditors flag them all the same.)</source>
        <translation>Die schwachen Suiten ausschließen: Postfix smtpd_tls_exclude_ciphers = aNULL, eNULL, EXPORT, RC4, DES, 3DES; Sendmail O CipherList=HIGH:!aNULL:!eNULL:!3DES:!RC4 im LOCAL_CONFIG der sendmail.mc. (Anonyme Suiten erreichen nur Clients, die das Zertifikat nicht prüfen; Prüfer bemängeln sie trotzdem.)</translation>
    </message>
    <message>
        <source>Key exchange groups</source>
        <translation>Schlüsselaustauschgruppen</translation>
    </message>
    <message>
        <source>with %1: accepted %2; refused %3</source>
        <translation>mit %1: angenommen %2; abgelehnt %3</translation>
    </message>
    <message>
        <source>untested (this machine&apos;s TLS library lacks them): %1</source>
        <translation>ungetestet (der TLS-Bibliothek dieses Rechners fehlen sie): %1</translation>
    </message>
    <message>
        <source>No group was accepted alone: the server may need a group this machine cannot offer.</source>
        <translation>Keine Gruppe wurde allein angenommen: der Server braucht vielleicht eine Gruppe, die dieser Rechner nicht anbieten kann.</translation>
    </message>
    <message>
        <source>The host&apos;s mw-file is older than this Mailwarden and cannot read qmail-send&apos;s log: prepare the host again (Hosts ▸ Prepare Host…).</source>
        <translation>Das mw-file des Hosts ist älter als dieses Mailwarden und kann das Protokoll von qmail-send nicht lesen: den Host erneut vorbereiten (Hosts ▸ Host vorbereiten…).</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>Nachrichten pro Minute</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Null client</source>
        <translation>Null-Client</translation>
    </message>
    <message>
        <source>Internal mail server</source>
        <translation>Interner Mailserver</translation>
    </message>
    <message>
        <source>Relay or gateway</source>
        <translation>Relay oder Gateway</translation>
    </message>
    <message>
        <source>Internet-facing MX</source>
        <translation>MX am Internet</translation>
    </message>
    <message>
        <source>Sends the host&apos;s own mail to a relay and accepts none from the network: no listener needs to be reachable from outside.</source>
        <translation>Sendet die eigene Mail des Hosts an ein Relay und nimmt keine aus dem Netz an: Kein lauschender Dienst muss von außen erreichbar sein.</translation>
    </message>
    <message>
        <source>Accepts and delivers mail inside your networks; not reachable from the Internet.</source>
        <translation>Nimmt Mail innerhalb der eigenen Netze an und stellt sie zu; nicht aus dem Internet erreichbar.</translation>
    </message>
    <message>
        <source>Passes mail between your networks and the Internet for other servers and authenticated users.</source>
        <translation>Leitet Mail zwischen den eigenen Netzen und dem Internet für andere Server und authentifizierte Benutzer weiter.</translation>
    </message>
    <message>
        <source>Receives mail for your domains from the whole Internet: blocklists, TLS and limits matter most here.</source>
        <translation>Empfängt Mail für die eigenen Domains aus dem ganzen Internet: Sperrlisten, TLS und Grenzwerte sind hier am wichtigsten.</translation>
    </message>
    <message>
        <source>Relaying and access</source>
        <translation>Relay und Zugriff</translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation>Preisgabe von Informationen</translation>
    </message>
    <message>
        <source>Denial of service limits</source>
        <translation>Grenzen gegen Denial of Service</translation>
    </message>
    <message>
        <source>Unwanted mail and content</source>
        <translation>Unerwünschte Mail und Inhalte</translation>
    </message>
    <message>
        <source>Authentication and encryption</source>
        <translation>Authentifizierung und Verschlüsselung</translation>
    </message>
    <message>
        <source>The MTA&apos;s own safety</source>
        <translation>Sicherheit des MTA selbst</translation>
    </message>
    <message>
        <source>The host around the MTA</source>
        <translation>Der Host um den MTA</translation>
    </message>
    <message>
        <source>host facts, line %1: malformed &apos;%2&apos; record</source>
        <translation>Hostdaten, Zeile %1: fehlerhafter Eintrag &apos;%2&apos;</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>MANGEL</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Audit of %1 (%2, role: %3)</source>
        <translation>Prüfung von %1 (%2, Rolle: %3)</translation>
    </message>
    <message>
        <source> (fixable)</source>
        <translation> (korrigierbar)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed rule(s); %1 SSH round trips, %2 s.</source>
        <translation>
            <numerusform>%n nicht bestandene Regel; %1 SSH-Roundtrips, %2 s.</numerusform>
            <numerusform>%n nicht bestandene Regeln; %1 SSH-Roundtrips, %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not needed for a host in the role &quot;%1&quot;.</source>
        <translation>Für einen Host in der Rolle &quot;%1&quot; nicht nötig.</translation>
    </message>
    <message>
        <source>tcpserver limits concurrent connections (-c).</source>
        <translation>tcpserver begrenzt gleichzeitige Verbindungen (-c).</translation>
    </message>
    <message>
        <source>tcpserver runs without -c: at most 40 connections, its default.</source>
        <translation>tcpserver läuft ohne -c: höchstens 40 Verbindungen, sein Standardwert.</translation>
    </message>
    <message>
        <source>qmail-smtpd runs under softlimit.</source>
        <translation>qmail-smtpd läuft unter softlimit.</translation>
    </message>
    <message>
        <source>qmail-smtpd runs without softlimit: its memory is not bounded.</source>
        <translation>qmail-smtpd läuft ohne softlimit: Sein Speicher ist nicht begrenzt.</translation>
    </message>
    <message>
        <source>Not checked: it needs a DNS lookup of the mail domain, which this version does not make.</source>
        <translation>Nicht geprüft: Dafür ist eine DNS-Abfrage der Maildomain nötig, die diese Version nicht durchführt.</translation>
    </message>
    <message>
        <source>Not checked: it needs the host&apos;s current package lists (apt update), which an audit does not change.</source>
        <translation>Nicht geprüft: Dafür sind die aktuellen Paketlisten des Hosts nötig (apt update), die eine Prüfung nicht ändert.</translation>
    </message>
    <message>
        <source>No check for this rule.</source>
        <translation>Keine Prüfung für diese Regel.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>PrivacyOptions %1 %2</source>
        <translation>PrivacyOptions %1 %2</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 = %2 (the default)</source>
        <translation>%1 = %2 (Standardwert)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>From outside: %1</source>
        <translation>Von außen: %1</translation>
    </message>
    <message>
        <source>Neither the configuration nor a probe could tell.</source>
        <translation>Weder die Konfiguration noch ein Test gab Aufschluss.</translation>
    </message>
    <message>
        <source>The SMTP server could not be reached: %1</source>
        <translation>Der SMTP-Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The probe did not run.</source>
        <translation>Der Test wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>SMTP from this machine</source>
        <translation>SMTP von diesem Rechner</translation>
    </message>
    <message>
        <source>from this machine</source>
        <translation>von diesem Rechner</translation>
    </message>
    <message>
        <source>from inside the host</source>
        <translation>innerhalb des Hosts</translation>
    </message>
    <message>
        <source>Relay test %1: not made (%2)</source>
        <translation>Relay-Test %1: nicht durchgeführt (%2)</translation>
    </message>
    <message>
        <source>Relay test %1: %2</source>
        <translation>Relay-Test %1: %2</translation>
    </message>
    <message>
        <source>Relayed: %1</source>
        <translation>Weitergeleitet: %1</translation>
    </message>
    <message>
        <source>sendmail.mc enables FEATURE(%1)</source>
        <translation>sendmail.mc aktiviert FEATURE(%1)</translation>
    </message>
    <message>
        <source>SMTP relay test</source>
        <translation>SMTP-Relay-Test</translation>
    </message>
    <message>
        <source>mynetworks = %1</source>
        <translation>mynetworks = %1</translation>
    </message>
    <message>
        <source>mynetworks = %1: too broad: %2</source>
        <translation>mynetworks = %1: zu weit gefasst: %2</translation>
    </message>
    <message>
        <source>No access table: Sendmail relays for the local host only.</source>
        <translation>Keine access-Tabelle: Sendmail erlaubt Relay nur für den lokalen Host.</translation>
    </message>
    <message>
        <source>No tcp.smtp rules: RELAYCLIENT is set for nobody.</source>
        <translation>Keine tcp.smtp-Regeln: RELAYCLIENT ist für niemanden gesetzt.</translation>
    </message>
    <message>
        <source>No relay rule covers more than your own networks.</source>
        <translation>Keine Relay-Regel umfasst mehr als die eigenen Netze.</translation>
    </message>
    <message>
        <source>Relay rules that cover too much:
%1</source>
        <translation>Zu weit gefasste Relay-Regeln:
%1</translation>
    </message>
    <message>
        <source>SASL authentication is enabled.</source>
        <translation>SASL-Authentifizierung ist aktiviert.</translation>
    </message>
    <message>
        <source>SASL authentication is off: roaming users cannot relay.</source>
        <translation>SASL-Authentifizierung ist aus: Mobile Benutzer können nicht relayen.</translation>
    </message>
    <message>
        <source>AUTH mechanisms are defined.</source>
        <translation>AUTH-Mechanismen sind festgelegt.</translation>
    </message>
    <message>
        <source>No AUTH mechanisms: roaming users cannot relay.</source>
        <translation>Keine AUTH-Mechanismen: Mobile Benutzer können nicht relayen.</translation>
    </message>
    <message>
        <source>No check_*_access table in any smtpd_*_restrictions.</source>
        <translation>In keiner smtpd_*_restrictions steht eine check_*_access-Tabelle.</translation>
    </message>
    <message>
        <source>FEATURE(access_db) is enabled.</source>
        <translation>FEATURE(access_db) ist aktiviert.</translation>
    </message>
    <message>
        <source>FEATURE(access_db) is missing.</source>
        <translation>FEATURE(access_db) fehlt.</translation>
    </message>
    <message>
        <source>tcpserver reads its rules (-x).</source>
        <translation>tcpserver liest seine Regeln (-x).</translation>
    </message>
    <message>
        <source>tcpserver runs without rules (-x).</source>
        <translation>tcpserver läuft ohne Regeln (-x).</translation>
    </message>
    <message>
        <source>PrivacyOptions = %1</source>
        <translation>PrivacyOptions = %1</translation>
    </message>
    <message>
        <source>PrivacyOptions = %1; missing: %2</source>
        <translation>PrivacyOptions = %1; fehlend: %2</translation>
    </message>
    <message>
        <source>masquerade_domains is empty.</source>
        <translation>masquerade_domains ist leer.</translation>
    </message>
    <message>
        <source>masquerade_domains = %1</source>
        <translation>masquerade_domains = %1</translation>
    </message>
    <message>
        <source>MASQUERADE_AS is set.</source>
        <translation>MASQUERADE_AS ist gesetzt.</translation>
    </message>
    <message>
        <source>sendmail.mc has no MASQUERADE_AS.</source>
        <translation>sendmail.mc enthält kein MASQUERADE_AS.</translation>
    </message>
    <message>
        <source>More than 50 MB does not protect the disk.</source>
        <translation>Mehr als 50 MB schützen die Festplatte nicht.</translation>
    </message>
    <message>
        <source>No readable qmail-smtpd run script (%1).</source>
        <translation>Kein lesbares run-Skript für qmail-smtpd (%1).</translation>
    </message>
    <message>
        <source>rblsmtpd checks no blocklist zone.</source>
        <translation>rblsmtpd prüft keine Sperrlisten-Zone.</translation>
    </message>
    <message>
        <source>rblsmtpd checks %1.</source>
        <translation>rblsmtpd prüft %1.</translation>
    </message>
    <message>
        <source>mime_header_checks is empty: attachments are not checked.</source>
        <translation>mime_header_checks ist leer: Anhänge werden nicht geprüft.</translation>
    </message>
    <message>
        <source>mime_header_checks = %1</source>
        <translation>mime_header_checks = %1</translation>
    </message>
    <message>
        <source>A milter checks the mail.</source>
        <translation>Ein milter prüft die Mail.</translation>
    </message>
    <message>
        <source>No milter checks attachments.</source>
        <translation>Kein milter prüft Anhänge.</translation>
    </message>
    <message>
        <source>header_checks is empty.</source>
        <translation>header_checks ist leer.</translation>
    </message>
    <message>
        <source>header_checks = %1</source>
        <translation>header_checks = %1</translation>
    </message>
    <message>
        <source>sendmail.mc has a Check_Subject ruleset.</source>
        <translation>sendmail.mc enthält einen Check_Subject-Regelsatz.</translation>
    </message>
    <message>
        <source>sendmail.mc has no Check_Subject ruleset.</source>
        <translation>sendmail.mc enthält keinen Check_Subject-Regelsatz.</translation>
    </message>
    <message>
        <source>a milter in sendmail.mc</source>
        <translation>ein milter in sendmail.mc</translation>
    </message>
    <message>
        <source>No content filter is wired in.</source>
        <translation>Kein Inhaltsfilter ist eingebunden.</translation>
    </message>
    <message>
        <source>No TLS handshake could be tried.</source>
        <translation>Es konnte kein TLS-Handshake versucht werden.</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>Refused or fine: %1</source>
        <translation>Abgelehnt oder in Ordnung: %1</translation>
    </message>
    <message>
        <source>TLS handshakes from this machine</source>
        <translation>TLS-Handshakes von diesem Rechner</translation>
    </message>
    <message>
        <source>The TLS probe did not run.</source>
        <translation>Der TLS-Test wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>No certificate was presented (no STARTTLS).</source>
        <translation>Kein Zertifikat vorgelegt (kein STARTTLS).</translation>
    </message>
    <message>
        <source>TLS from this machine</source>
        <translation>TLS von diesem Rechner</translation>
    </message>
    <message>
        <source>sendmail.mc lacks FEATURE(smrsh): aliases may run any program.</source>
        <translation>In sendmail.mc fehlt FEATURE(smrsh): Aliase können beliebige Programme ausführen.</translation>
    </message>
    <message>
        <source>%1 = %2: :include: files may run programs or write files too.</source>
        <translation>%1 = %2: Auch :include:-Dateien können Programme ausführen oder Dateien schreiben.</translation>
    </message>
    <message>
        <source>No alias delivers to a program or a file.</source>
        <translation>Kein Alias stellt an ein Programm oder eine Datei zu.</translation>
    </message>
    <message>
        <source>Deliveries to review:
%1</source>
        <translation>Zu prüfende Zustellungen:
%1</translation>
    </message>
    <message>
        <source>No aliases file is in use.</source>
        <translation>Es wird keine Aliasdatei verwendet.</translation>
    </message>
    <message>
        <source>postmaster, abuse and mailer-daemon exist.</source>
        <translation>postmaster, abuse und mailer-daemon existieren.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlend: %1</translation>
    </message>
    <message>
        <source>root&apos;s mail is not forwarded to a person.</source>
        <translation>Mail an root wird an keine Person weitergeleitet.</translation>
    </message>
    <message>
        <source>sendmail.mc defines confDONT_BLAME_SENDMAIL: Sendmail&apos;s own file checks are relaxed.</source>
        <translation>sendmail.mc definiert confDONT_BLAME_SENDMAIL: Sendmails eigene Dateiprüfungen sind gelockert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked: none writable by others.</source>
        <translation>
            <numerusform>%n Datei geprüft: für andere nicht schreibbar.</numerusform>
            <numerusform>%n Dateien geprüft: keine für andere schreibbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writable by others than root:
%1</source>
        <translation>Für andere als root schreibbar:
%1</translation>
    </message>
    <message>
        <source>stat on the host</source>
        <translation>stat auf dem Host</translation>
    </message>
    <message>
        <source>master.cf could not be read.</source>
        <translation>master.cf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Every smtpd service runs chrooted.</source>
        <translation>Jeder smtpd-Dienst läuft im chroot.</translation>
    </message>
    <message>
        <source>Not chrooted:
%1</source>
        <translation>Nicht im chroot:
%1</translation>
    </message>
    <message>
        <source>qmail-smtpd runs as an unprivileged user.</source>
        <translation>qmail-smtpd läuft als unprivilegierter Benutzer.</translation>
    </message>
    <message>
        <source>qmail-smtpd may run as root.</source>
        <translation>qmail-smtpd läuft womöglich als root.</translation>
    </message>
    <message>
        <source>confRUN_AS_USER is set.</source>
        <translation>confRUN_AS_USER ist gesetzt.</translation>
    </message>
    <message>
        <source>Sendmail drops privileges per delivery (no RunAsUser).</source>
        <translation>Sendmail gibt die Rechte je Zustellung ab (kein RunAsUser).</translation>
    </message>
    <message>
        <source>TempFileMode %1</source>
        <translation>TempFileMode %1</translation>
    </message>
    <message>
        <source>%1 does not report its version.</source>
        <translation>%1 meldet seine Version nicht.</translation>
    </message>
    <message>
        <source>StatusFile=%1</source>
        <translation>StatusFile=%1</translation>
    </message>
    <message>
        <source>sendmail.cf sets no StatusFile: mailstats has nothing to count.</source>
        <translation>sendmail.cf setzt kein StatusFile: mailstats hat nichts zu zählen.</translation>
    </message>
    <message>
        <source>multilog rotates the log by size.</source>
        <translation>multilog rotiert das Protokoll nach Größe.</translation>
    </message>
    <message>
        <source>The qmail-smtpd log is not rotated by size.</source>
        <translation>Das Protokoll von qmail-smtpd wird nicht nach Größe rotiert.</translation>
    </message>
    <message>
        <source>ss gave no listening sockets.</source>
        <translation>ss lieferte keine lauschenden Sockets.</translation>
    </message>
    <message>
        <source>Nothing listens beyond loopback.</source>
        <translation>Nichts lauscht über Loopback hinaus.</translation>
    </message>
    <message>
        <source>Listening beyond loopback: %1</source>
        <translation>Lauscht über Loopback hinaus: %1</translation>
    </message>
    <message>
        <source>Not a mail or SSH port: %1</source>
        <translation>Kein Mail- oder SSH-Port: %1</translation>
    </message>
    <message>
        <source>Reachable from this machine: %1</source>
        <translation>Von diesem Rechner erreichbar: %1</translation>
    </message>
    <message>
        <source>none of the usual ports</source>
        <translation>keiner der üblichen Ports</translation>
    </message>
    <message>
        <source>A null client needs no SMTP listener beyond loopback (inet_interfaces = loopback-only).</source>
        <translation>Ein Null-Client braucht keinen SMTP-Dienst über Loopback hinaus (inet_interfaces = loopback-only).</translation>
    </message>
    <message>
        <source>sshd_config could not be read.</source>
        <translation>sshd_config konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>PermitRootLogin %1 (the default)</source>
        <translation>PermitRootLogin %1 (Standardwert)</translation>
    </message>
    <message>
        <source>PermitRootLogin %1</source>
        <translation>PermitRootLogin %1</translation>
    </message>
    <message>
        <source>PasswordAuthentication %1</source>
        <translation>PasswordAuthentication %1</translation>
    </message>
    <message>
        <source>No POP3 or IMAP port listens beyond loopback.</source>
        <translation>Kein POP3- oder IMAP-Port lauscht über Loopback hinaus.</translation>
    </message>
    <message>
        <source>Listening: %1 (check they require STARTTLS)</source>
        <translation>Lauscht: %1 (prüfen, ob STARTTLS verlangt wird)</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>STARTTLS needs a certificate: set smtpd_tls_cert_file and smtpd_tls_key_file first (Config tab).</source>
        <translation>STARTTLS braucht ein Zertifikat: zuerst smtpd_tls_cert_file und smtpd_tls_key_file setzen (Reiter Konfiguration).</translation>
    </message>
    <message>
        <source>%1 has no automatic fix on %2.</source>
        <translation>Für %1 gibt es auf %2 keine automatische Korrektur.</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: edit it in the Config tab</source>
        <translation>%1 ist größer als 1 MiB: im Reiter Konfiguration bearbeiten</translation>
    </message>
    <message>
        <source>two fixes set %1 differently (&quot;%2&quot; and &quot;%3&quot;)</source>
        <translation>zwei Korrekturen setzen %1 unterschiedlich (&quot;%2&quot; und &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 cannot be set on %2</source>
        <translation>%1 kann auf %2 nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1: %2 = %3</translation>
    </message>
    <message>
        <source>(every address)</source>
        <translation>(jede Adresse)</translation>
    </message>
    <message>
        <source>%1: remove %2 %3</source>
        <translation>%1: %2 %3 entfernen</translation>
    </message>
    <message>
        <source>%1: %2 no longer sets RELAYCLIENT</source>
        <translation>%1: %2 setzt RELAYCLIENT nicht mehr</translation>
    </message>
    <message>
        <source>%1: no rule for &apos;%2&apos;</source>
        <translation>%1: keine Regel für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: add FEATURE(%2)</source>
        <translation>%1: FEATURE(%2) hinzufügen</translation>
    </message>
    <message>
        <source>%1: remove FEATURE(%2)</source>
        <translation>%1: FEATURE(%2) entfernen</translation>
    </message>
    <message>
        <source>no aliases file is in use</source>
        <translation>es wird keine Aliasdatei verwendet</translation>
    </message>
    <message>
        <source>%1: %2: root</source>
        <translation>%1: %2: root</translation>
    </message>
    <message>
        <source>the host&apos;s MTA is not known</source>
        <translation>der MTA des Hosts ist unbekannt</translation>
    </message>
    <message>
        <source>%1: no such rule</source>
        <translation>%1: keine solche Regel</translation>
    </message>
    <message>
        <source>Hardening: %1</source>
        <translation>Härtung: %1</translation>
    </message>
    <message>
        <source>Hardening of %1 (%2, role: %3)</source>
        <translation>Härtung von %1 (%2, Rolle: %3)</translation>
    </message>
    <message>
        <source>Fixes: %1</source>
        <translation>Korrekturen: %1</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <source>Not applied.</source>
        <translation>Nicht angewendet.</translation>
    </message>
    <message>
        <source>Verification (the audit again):</source>
        <translation>Kontrolle (erneute Prüfung):</translation>
    </message>
    <message>
        <source>Every fixed rule passes now.</source>
        <translation>Alle korrigierten Regeln sind jetzt bestanden.</translation>
    </message>
    <message>
        <source>Still failing: %1</source>
        <translation>Weiterhin nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Hardening of %1</source>
        <translation>Härtung von %1</translation>
    </message>
    <message>
        <source>Mail system: %1. Role: %2. Audit before: %3 failed rules; after: %4.</source>
        <translation>Mailsystem: %1. Rolle: %2. Prüfung vorher: %3 nicht bestandene Regeln; nachher: %4.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Rules before and after</source>
        <translation>Regeln vorher und nachher</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
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
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>The transaction</source>
        <translation>Die Transaktion</translation>
    </message>
    <message>
        <source>No open relay</source>
        <translation>Kein offenes Relay</translation>
    </message>
    <message>
        <source>An open relay sends anyone&apos;s spam under this host&apos;s name: it ends up on every blocklist within hours.</source>
        <translation>Ein offenes Relay verschickt Spam von jedermann unter dem Namen dieses Hosts: Binnen Stunden steht er auf jeder Sperrliste.</translation>
    </message>
    <message>
        <source>Relay only for your own networks and authenticated users; refuse every other destination.</source>
        <translation>Relay nur für die eigenen Netze und authentifizierte Benutzer; jedes andere Ziel ablehnen.</translation>
    </message>
    <message>
        <source>Clients outside the trusted networks that relayed until now must authenticate.</source>
        <translation>Clients außerhalb der vertrauenswürdigen Netze, die bisher relayen konnten, müssen sich authentifizieren.</translation>
    </message>
    <message>
        <source>Trusted networks are narrow</source>
        <translation>Vertrauenswürdige Netze sind eng gefasst</translation>
    </message>
    <message>
        <source>Every address in the trusted networks may relay without a password; 0.0.0.0/0 or a /8 of public space makes the host an open relay for them.</source>
        <translation>Jede Adresse in den vertrauenswürdigen Netzen darf ohne Passwort relayen; 0.0.0.0/0 oder ein /8 aus öffentlichem Adressraum macht den Host für sie zum offenen Relay.</translation>
    </message>
    <message>
        <source>Remove the over-broad networks, keep the rest (loopback when nothing is left).</source>
        <translation>Zu weit gefasste Netze entfernen, den Rest behalten (Loopback, wenn nichts übrig bleibt).</translation>
    </message>
    <message>
        <source>Hosts in the removed networks can no longer relay without authenticating.</source>
        <translation>Hosts in den entfernten Netzen können nicht mehr ohne Authentifizierung relayen.</translation>
    </message>
    <message>
        <source>Roaming users authenticate</source>
        <translation>Mobile Benutzer authentifizieren sich</translation>
    </message>
    <message>
        <source>Users outside the office should relay after SASL authentication, not by being in a trusted network.</source>
        <translation>Benutzer außerhalb des Büros sollten nach SASL-Authentifizierung relayen, nicht weil sie in einem vertrauenswürdigen Netz sind.</translation>
    </message>
    <message>
        <source>Enable SASL authentication on the submission port (587) in the Config tab.</source>
        <translation>SASL-Authentifizierung am Submission-Port (587) im Reiter Konfiguration aktivieren.</translation>
    </message>
    <message>
        <source>notqmail 1.09&apos;s qmail-smtpd has no SMTP AUTH.</source>
        <translation>Das qmail-smtpd von notqmail 1.09 kennt kein SMTP AUTH.</translation>
    </message>
    <message>
        <source>An access table is wired in</source>
        <translation>Eine access-Tabelle ist eingebunden</translation>
    </message>
    <message>
        <source>An access table lets you refuse a spammer or a broken client at once, without editing the main configuration.</source>
        <translation>Mit einer access-Tabelle lässt sich ein Spammer oder ein fehlerhafter Client sofort abweisen, ohne die Hauptkonfiguration zu bearbeiten.</translation>
    </message>
    <message>
        <source>Create an access table and refer to it in the restrictions (Tables tab).</source>
        <translation>Eine access-Tabelle anlegen und in den Restriktionen auf sie verweisen (Reiter Tabellen).</translation>
    </message>
    <message>
        <source>VRFY reveals no users</source>
        <translation>VRFY verrät keine Benutzer</translation>
    </message>
    <message>
        <source>Refuse VRFY.</source>
        <translation>VRFY ablehnen.</translation>
    </message>
    <message>
        <source>EXPN reveals no lists</source>
        <translation>EXPN verrät keine Listen</translation>
    </message>
    <message>
        <source>Refuse EXPN.</source>
        <translation>EXPN ablehnen.</translation>
    </message>
    <message>
        <source>Postfix has no EXPN command.</source>
        <translation>Postfix kennt keinen EXPN-Befehl.</translation>
    </message>
    <message>
        <source>qmail-smtpd has no EXPN command.</source>
        <translation>qmail-smtpd kennt keinen EXPN-Befehl.</translation>
    </message>
    <message>
        <source>Greeting names no software</source>
        <translation>Begrüßung nennt keine Software</translation>
    </message>
    <message>
        <source>A greeting with the software and its version tells an attacker which advisories to look up.</source>
        <translation>Eine Begrüßung mit Software und Version verrät Angreifern, welche Sicherheitsmeldungen sie nachschlagen müssen.</translation>
    </message>
    <message>
        <source>Greet with the host name only (&quot;$myhostname ESMTP&quot;).</source>
        <translation>Nur mit dem Hostnamen grüßen (&quot;$myhostname ESMTP&quot;).</translation>
    </message>
    <message>
        <source>Sendmail&apos;s PrivacyOptions are strict</source>
        <translation>PrivacyOptions von Sendmail sind streng</translation>
    </message>
    <message>
        <source>Sendmail answers questions about its users, its queue and its deliveries unless PrivacyOptions forbid it.</source>
        <translation>Sendmail beantwortet Fragen zu seinen Benutzern, seiner Warteschlange und seinen Zustellungen, sofern PrivacyOptions es nicht verbieten.</translation>
    </message>
    <message>
        <source>Set the missing PrivacyOptions flags (goaway&apos;s flags, noreceipts, restrictmailq, restrictqrun, noetrn).</source>
        <translation>Die fehlenden PrivacyOptions-Schalter setzen (die Schalter von goaway, noreceipts, restrictmailq, restrictqrun, noetrn).</translation>
    </message>
    <message>
        <source>Local users can no longer list the queue or start queue runs (use sudo).</source>
        <translation>Lokale Benutzer können die Warteschlange nicht mehr auflisten oder Warteschlangenläufe starten (sudo verwenden).</translation>
    </message>
    <message>
        <source>PrivacyOptions are Sendmail&apos;s; Postfix&apos;s settings are checked one by one.</source>
        <translation>PrivacyOptions gibt es nur bei Sendmail; die Einstellungen von Postfix werden einzeln geprüft.</translation>
    </message>
    <message>
        <source>PrivacyOptions are Sendmail&apos;s; qmail-smtpd has none of these commands.</source>
        <translation>PrivacyOptions gibt es nur bei Sendmail; qmail-smtpd kennt keinen dieser Befehle.</translation>
    </message>
    <message>
        <source>HELO/EHLO is required</source>
        <translation>HELO/EHLO ist Pflicht</translation>
    </message>
    <message>
        <source>Require HELO or EHLO before MAIL FROM.</source>
        <translation>HELO oder EHLO vor MAIL FROM verlangen.</translation>
    </message>
    <message>
        <source>Very old or broken clients that skip HELO are refused.</source>
        <translation>Sehr alte oder fehlerhafte Clients, die HELO auslassen, werden abgewiesen.</translation>
    </message>
    <message>
        <source>Internal host names stay inside</source>
        <translation>Interne Hostnamen bleiben intern</translation>
    </message>
    <message>
        <source>Without masquerading, the names of internal machines appear in the addresses of outgoing mail.</source>
        <translation>Ohne Maskierung erscheinen die Namen interner Rechner in den Adressen ausgehender Mail.</translation>
    </message>
    <message>
        <source>Masquerade outgoing addresses as the mail domain (masquerade_domains, MASQUERADE_AS).</source>
        <translation>Ausgehende Adressen als Maildomain maskieren (masquerade_domains, MASQUERADE_AS).</translation>
    </message>
    <message>
        <source>qmail rewrites with control/defaulthost and control/defaultdomain; nothing to check here.</source>
        <translation>qmail schreibt mit control/defaulthost und control/defaultdomain um; hier gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Messages have a size limit</source>
        <translation>Nachrichten haben eine Größengrenze</translation>
    </message>
    <message>
        <source>Without a limit, or with one above 50 MB, a single sender can fill the disk.</source>
        <translation>Ohne Grenze oder mit einer über 50 MB kann ein einzelner Absender die Festplatte füllen.</translation>
    </message>
    <message>
        <source>Limit messages to about 10 MB.</source>
        <translation>Nachrichten auf etwa 10 MB begrenzen.</translation>
    </message>
    <message>
        <source>Larger messages are refused; tell your users the limit.</source>
        <translation>Größere Nachrichten werden abgewiesen; die Grenze den Benutzern mitteilen.</translation>
    </message>
    <message>
        <source>Recipients per message are limited</source>
        <translation>Empfänger je Nachricht sind begrenzt</translation>
    </message>
    <message>
        <source>Allow 100 recipients per message.</source>
        <translation>100 Empfänger je Nachricht erlauben.</translation>
    </message>
    <message>
        <source>Senders of larger mailings must split them.</source>
        <translation>Absender größerer Aussendungen müssen diese aufteilen.</translation>
    </message>
    <message>
        <source>qmail-smtpd has no recipient limit.</source>
        <translation>qmail-smtpd kennt keine Empfängergrenze.</translation>
    </message>
    <message>
        <source>Connections are limited</source>
        <translation>Verbindungen sind begrenzt</translation>
    </message>
    <message>
        <source>Without a concurrency or rate limit, one client can tie up every SMTP process.</source>
        <translation>Ohne Grenze für gleichzeitige Verbindungen oder Verbindungsrate kann ein einzelner Client jeden SMTP-Prozess belegen.</translation>
    </message>
    <message>
        <source>Limit connections per client (Postfix, Sendmail); qmail: tcpserver -c.</source>
        <translation>Verbindungen je Client begrenzen (Postfix, Sendmail); qmail: tcpserver -c.</translation>
    </message>
    <message>
        <source>A busy legitimate relay may have to wait.</source>
        <translation>Ein stark ausgelastetes legitimes Relay muss eventuell warten.</translation>
    </message>
    <message>
        <source>Erring clients are slowed down</source>
        <translation>Fehlerhafte Clients werden gebremst</translation>
    </message>
    <message>
        <source>A client that keeps making errors is probing addresses: slow it down and disconnect it early.</source>
        <translation>Ein Client, der ständig Fehler macht, tastet Adressen ab: Ihn bremsen und früh trennen.</translation>
    </message>
    <message>
        <source>Set the error limits (smtpd_hard_error_limit, BadRcptThrottle).</source>
        <translation>Die Fehlergrenzen setzen (smtpd_hard_error_limit, BadRcptThrottle).</translation>
    </message>
    <message>
        <source>qmail-smtpd has no error limit.</source>
        <translation>qmail-smtpd kennt keine Fehlergrenze.</translation>
    </message>
    <message>
        <source>qmail-smtpd runs under softlimit</source>
        <translation>qmail-smtpd läuft unter softlimit</translation>
    </message>
    <message>
        <source>softlimit bounds the memory a qmail-smtpd process can take.</source>
        <translation>softlimit begrenzt den Speicher, den ein qmail-smtpd-Prozess belegen kann.</translation>
    </message>
    <message>
        <source>Start qmail-smtpd under softlimit -m in its run script.</source>
        <translation>qmail-smtpd in seinem run-Skript unter softlimit -m starten.</translation>
    </message>
    <message>
        <source>Postfix bounds its processes itself.</source>
        <translation>Postfix begrenzt seine Prozesse selbst.</translation>
    </message>
    <message>
        <source>Sendmail bounds its processes itself.</source>
        <translation>Sendmail begrenzt seine Prozesse selbst.</translation>
    </message>
    <message>
        <source>A DNS blocklist is used</source>
        <translation>Eine DNS-Sperrliste wird verwendet</translation>
    </message>
    <message>
        <source>Blocklists refuse most spam before it is accepted.</source>
        <translation>Sperrlisten weisen den meisten Spam ab, bevor er angenommen wird.</translation>
    </message>
    <message>
        <source>Add zen.spamhaus.org, logging only (warn_if_reject) at first.</source>
        <translation>zen.spamhaus.org hinzufügen, zunächst nur protokollierend (warn_if_reject).</translation>
    </message>
    <message>
        <source>Blocklists list innocent servers too, and a refused legitimate message is not recoverable: watch the log before switching from warning to refusing.</source>
        <translation>Sperrlisten führen auch unschuldige Server, und eine abgewiesene legitime Nachricht ist nicht wiederherstellbar: Das Protokoll beobachten, bevor von Warnen auf Abweisen umgestellt wird.</translation>
    </message>
    <message>
        <source>Executable attachments are blocked</source>
        <translation>Ausführbare Anhänge werden blockiert</translation>
    </message>
    <message>
        <source>Attachments such as .exe, .scr, .pif, .vbs, .bat, .com and .js carry most mail-borne malware.</source>
        <translation>Anhänge wie .exe, .scr, .pif, .vbs, .bat, .com und .js transportieren den Großteil per Mail verbreiteter Schadsoftware.</translation>
    </message>
    <message>
        <source>Refuse them with mime_header_checks (Postfix) or a milter (Sendmail).</source>
        <translation>Mit mime_header_checks (Postfix) oder einem milter (Sendmail) abweisen.</translation>
    </message>
    <message>
        <source>qmail needs qmail-scanner or a QMAILQUEUE filter for this.</source>
        <translation>qmail braucht dafür qmail-scanner oder einen QMAILQUEUE-Filter.</translation>
    </message>
    <message>
        <source>Known virus subjects are refused</source>
        <translation>Bekannte Virus-Betreffzeilen werden abgewiesen</translation>
    </message>
    <message>
        <source>Some worms use fixed subjects that header checks can refuse outright.</source>
        <translation>Manche Würmer verwenden feste Betreffzeilen, die Kopfzeilenprüfungen direkt abweisen können.</translation>
    </message>
    <message>
        <source>Add header_checks (Postfix) or a Check_Subject ruleset (Sendmail).</source>
        <translation>header_checks (Postfix) oder einen Check_Subject-Regelsatz (Sendmail) hinzufügen.</translation>
    </message>
    <message>
        <source>qmail has no header checks.</source>
        <translation>qmail kennt keine Kopfzeilenprüfungen.</translation>
    </message>
    <message>
        <source>A content filter is wired in</source>
        <translation>Ein Inhaltsfilter ist eingebunden</translation>
    </message>
    <message>
        <source>A spam and virus filter (SpamAssassin, ClamAV) catches what the SMTP rules cannot.</source>
        <translation>Ein Spam- und Virenfilter (SpamAssassin, ClamAV) fängt ab, was die SMTP-Regeln nicht erfassen.</translation>
    </message>
    <message>
        <source>Wire in a content filter (content_filter, a milter, QMAILQUEUE).</source>
        <translation>Einen Inhaltsfilter einbinden (content_filter, ein milter, QMAILQUEUE).</translation>
    </message>
    <message>
        <source>STARTTLS is offered</source>
        <translation>STARTTLS wird angeboten</translation>
    </message>
    <message>
        <source>Offer STARTTLS with the host&apos;s certificate.</source>
        <translation>STARTTLS mit dem Zertifikat des Hosts anbieten.</translation>
    </message>
    <message>
        <source>notqmail 1.09&apos;s qmail-smtpd has no STARTTLS; a TLS proxy in front is needed.</source>
        <translation>Das qmail-smtpd von notqmail 1.09 kennt kein STARTTLS; ein vorgeschalteter TLS-Proxy ist nötig.</translation>
    </message>
    <message>
        <source>Only TLS 1.2 and newer</source>
        <translation>Nur TLS 1.2 und neuer</translation>
    </message>
    <message>
        <source>Accept TLS 1.2 and newer only.</source>
        <translation>Nur TLS 1.2 und neuer akzeptieren.</translation>
    </message>
    <message>
        <source>Very old clients can no longer encrypt.</source>
        <translation>Sehr alte Clients können nicht mehr verschlüsseln.</translation>
    </message>
    <message>
        <source>notqmail 1.09&apos;s qmail-smtpd has no STARTTLS.</source>
        <translation>Das qmail-smtpd von notqmail 1.09 kennt kein STARTTLS.</translation>
    </message>
    <message>
        <source>The certificate is valid</source>
        <translation>Das Zertifikat ist gültig</translation>
    </message>
    <message>
        <source>An expired, expiring or misnamed certificate makes careful senders fall back to clear text or give up.</source>
        <translation>Ein abgelaufenes, bald ablaufendes oder falsch benanntes Zertifikat lässt sorgfältige Absender auf Klartext zurückfallen oder aufgeben.</translation>
    </message>
    <message>
        <source>Renew the certificate; on a public MX use one a public CA signed.</source>
        <translation>Das Zertifikat erneuern; auf einem öffentlichen MX eines verwenden, das eine öffentliche CA signiert hat.</translation>
    </message>
    <message>
        <source>No AUTH before STARTTLS</source>
        <translation>Kein AUTH vor STARTTLS</translation>
    </message>
    <message>
        <source>A client could send its password before encryption starts.</source>
        <translation>Ein Client könnte sein Passwort senden, bevor die Verschlüsselung beginnt.</translation>
    </message>
    <message>
        <source>Offer AUTH only after STARTTLS.</source>
        <translation>AUTH erst nach STARTTLS anbieten.</translation>
    </message>
    <message>
        <source>The mail domain publishes SPF</source>
        <translation>Die Maildomain veröffentlicht SPF</translation>
    </message>
    <message>
        <source>An SPF record tells receivers which hosts may send the domain&apos;s mail.</source>
        <translation>Ein SPF-Eintrag teilt Empfängern mit, welche Hosts Mail der Domain senden dürfen.</translation>
    </message>
    <message>
        <source>Publish an SPF record in the domain&apos;s DNS.</source>
        <translation>Einen SPF-Eintrag im DNS der Domain veröffentlichen.</translation>
    </message>
    <message>
        <source>Deliveries to programs are reviewed</source>
        <translation>Zustellungen an Programme sind geprüft</translation>
    </message>
    <message>
        <source>An alias that runs a program or writes a file is a way into the host; every one should be known.</source>
        <translation>Ein Alias, der ein Programm ausführt oder eine Datei schreibt, ist ein Weg in den Host; jeder davon sollte bekannt sein.</translation>
    </message>
    <message>
        <source>Review the list; Sendmail: run programs only through smrsh.</source>
        <translation>Die Liste prüfen; Sendmail: Programme nur über smrsh ausführen.</translation>
    </message>
    <message>
        <source>Programs that are not in smrsh&apos;s directory stop working.</source>
        <translation>Programme, die nicht im Verzeichnis von smrsh liegen, funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>postmaster and abuse reach a person</source>
        <translation>postmaster und abuse erreichen eine Person</translation>
    </message>
    <message>
        <source>RFC 5321 and 2142 require postmaster and abuse; mail to MAILER-DAEMON and root must be read too.</source>
        <translation>RFC 5321 und 2142 verlangen postmaster und abuse; auch Mail an MAILER-DAEMON und root muss gelesen werden.</translation>
    </message>
    <message>
        <source>Add the missing aliases, pointing to root (forward root to a person).</source>
        <translation>Die fehlenden Aliase hinzufügen, mit Ziel root (root an eine Person weiterleiten).</translation>
    </message>
    <message>
        <source>Config and maps are not writable by others</source>
        <translation>Konfiguration und Tabellen sind für andere nicht schreibbar</translation>
    </message>
    <message>
        <source>A configuration or map file that others can write lets them relay, read or reroute mail.</source>
        <translation>Eine Konfigurations- oder Tabellendatei, die andere schreiben können, erlaubt ihnen, Mail zu relayen, zu lesen oder umzuleiten.</translation>
    </message>
    <message>
        <source>Make the files root&apos;s and not writable by group or others (chmod go-w).</source>
        <translation>Die Dateien root zuordnen und für Gruppe und andere nicht schreibbar machen (chmod go-w).</translation>
    </message>
    <message>
        <source>The MTA runs with least privilege</source>
        <translation>Der MTA läuft mit minimalen Rechten</translation>
    </message>
    <message>
        <source>Services that face the network should run chrooted or as an unprivileged user.</source>
        <translation>Dienste, die zum Netz hin offen sind, sollten im chroot oder als unprivilegierter Benutzer laufen.</translation>
    </message>
    <message>
        <source>Postfix: chroot the smtpd services in master.cf; qmail: run qmail-smtpd as qmaild.</source>
        <translation>Postfix: die smtpd-Dienste in master.cf im chroot laufen lassen; qmail: qmail-smtpd als qmaild ausführen.</translation>
    </message>
    <message>
        <source>Temporary files are private</source>
        <translation>Temporäre Dateien sind privat</translation>
    </message>
    <message>
        <source>Queue and temporary files should be readable by the MTA only.</source>
        <translation>Warteschlangen- und temporäre Dateien sollten nur für den MTA lesbar sein.</translation>
    </message>
    <message>
        <source>Set TempFileMode to 0600.</source>
        <translation>TempFileMode auf 0600 setzen.</translation>
    </message>
    <message>
        <source>Postfix creates its queue files itself.</source>
        <translation>Postfix legt seine Warteschlangendateien selbst an.</translation>
    </message>
    <message>
        <source>qmail creates its queue files itself.</source>
        <translation>qmail legt seine Warteschlangendateien selbst an.</translation>
    </message>
    <message>
        <source>MTA version</source>
        <translation>MTA-Version</translation>
    </message>
    <message>
        <source>Compare the version with the security advisories of your distribution.</source>
        <translation>Die Version mit den Sicherheitsmeldungen der Distribution vergleichen.</translation>
    </message>
    <message>
        <source>Keep the MTA package up to date.</source>
        <translation>Das MTA-Paket aktuell halten.</translation>
    </message>
    <message>
        <source>Statistics and logs are kept</source>
        <translation>Statistik und Protokolle werden geführt</translation>
    </message>
    <message>
        <source>Without a status file mailstats has nothing to count; unrotated logs fill the disk.</source>
        <translation>Ohne Statusdatei hat mailstats nichts zu zählen; nicht rotierte Protokolle füllen die Festplatte.</translation>
    </message>
    <message>
        <source>Define STATUS_FILE in sendmail.mc; qmail: multilog with a size limit.</source>
        <translation>STATUS_FILE in sendmail.mc definieren; qmail: multilog mit Größengrenze.</translation>
    </message>
    <message>
        <source>Postfix writes its statistics to the log.</source>
        <translation>Postfix schreibt seine Statistik ins Protokoll.</translation>
    </message>
    <message>
        <source>Only mail and SSH ports listen</source>
        <translation>Nur Mail- und SSH-Ports lauschen</translation>
    </message>
    <message>
        <source>Every listening service is attack surface; a mail host needs SMTP, submission, IMAP/POP and SSH.</source>
        <translation>Jeder lauschende Dienst ist Angriffsfläche; ein Mailhost braucht SMTP, Submission, IMAP/POP und SSH.</translation>
    </message>
    <message>
        <source>Stop or firewall the services that are not needed.</source>
        <translation>Nicht benötigte Dienste beenden oder per Firewall abschirmen.</translation>
    </message>
    <message>
        <source>sshd refuses root logins</source>
        <translation>sshd lehnt root-Anmeldungen ab</translation>
    </message>
    <message>
        <source>A root login with a password is the first thing every scanner tries.</source>
        <translation>Eine root-Anmeldung mit Passwort ist das Erste, was jeder Scanner versucht.</translation>
    </message>
    <message>
        <source>Set PermitRootLogin no (or prohibit-password) in sshd_config.</source>
        <translation>PermitRootLogin no (oder prohibit-password) in sshd_config setzen.</translation>
    </message>
    <message>
        <source>Changing sshd can lock you out: keep this session open and test a new login first.</source>
        <translation>Änderungen an sshd können zum Aussperren führen: Diese Sitzung offen lassen und zuerst eine neue Anmeldung testen.</translation>
    </message>
    <message>
        <source>No POP3/IMAP in clear text</source>
        <translation>Kein POP3/IMAP im Klartext</translation>
    </message>
    <message>
        <source>POP3 on 110 and IMAP on 143 without TLS send passwords in clear text.</source>
        <translation>POP3 auf 110 und IMAP auf 143 ohne TLS übertragen Passwörter im Klartext.</translation>
    </message>
    <message>
        <source>Offer POP3S (995) and IMAPS (993), or require STARTTLS.</source>
        <translation>POP3S (995) und IMAPS (993) anbieten oder STARTTLS verlangen.</translation>
    </message>
    <message>
        <source>Security updates are installed</source>
        <translation>Sicherheitsupdates sind installiert</translation>
    </message>
    <message>
        <source>Pending security updates for the MTA are known holes.</source>
        <translation>Ausstehende Sicherheitsupdates für den MTA sind bekannte Lücken.</translation>
    </message>
    <message>
        <source>Install the updates.</source>
        <translation>Die Updates installieren.</translation>
    </message>
    <message>
        <source>(The host relays for its own loopback clients, as local programs need.)</source>
        <translation>(Der Host relayt für seine eigenen Loopback-Clients, wie es lokale Programme brauchen.)</translation>
    </message>
    <message>
        <source>Rolled back afterwards: the host is as it was before.</source>
        <translation>Danach zurückgenommen: der Host ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>only sendmail macros such as $j or ${client_name} may follow &apos;$&apos; in a sendmail.mc value</source>
        <translation>nach &apos;$&apos; dürfen in einem sendmail.mc-Wert nur Sendmail-Makros wie $j oder ${client_name} stehen</translation>
    </message>
    <message>
        <source>The default greeting names Sendmail and its version ($v/$Z); `$j&apos; names only the host (confSMTP_LOGIN_MSG in sendmail.mc; Sendmail puts ESMTP after the first word itself).</source>
        <translation>Die Standardbegrüßung nennt Sendmail und seine Version ($v/$Z); `$j&apos; nennt nur den Host (confSMTP_LOGIN_MSG in sendmail.mc; Sendmail setzt ESMTP selbst hinter das erste Wort).</translation>
    </message>
    <message>
        <source>Of these, qmail delivers on this host and never onwards: %1 (it routes no bang paths, takes the last @ as the domain and does the %-hack only for the domains of control/percenthack).</source>
        <translation>Davon stellt qmail auf diesem Host zu und nie weiter: %1 (es leitet keine Bang-Pfade weiter, nimmt das letzte @ als Domain und wendet den %-Hack nur für die Domains aus control/percenthack an).</translation>
    </message>
    <message>
        <source>%1: &amp;root (new file)</source>
        <translation>%1: &amp;root (neue Datei)</translation>
    </message>
</context>
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
    <name>Mailwarden::ApplyDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>+%1 −%2 lines</source>
        <translation>+%1 −%2 Zeilen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Select a step to see the output of its commands.</source>
        <translation>Wählen Sie einen Schritt, um die Ausgabe seiner Befehle zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change on %1. Check every diff, then apply them as one transaction: if any step fails, every file is put back.</source>
        <translation>
            <numerusform>%n Datei wird auf %1 geändert. Prüfen Sie jeden Unterschied und wenden Sie dann alles als eine Transaktion an: Schlägt ein Schritt fehl, wird jede Datei zurückgesetzt.</numerusform>
            <numerusform>%n Dateien werden auf %1 geändert. Prüfen Sie jeden Unterschied und wenden Sie dann alles als eine Transaktion an: Schlägt ein Schritt fehl, wird jede Datei zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to apply.</source>
        <translation>Es gibt nichts anzuwenden.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <source>Applied: every file was written, the MTA accepted the configuration and was reloaded.</source>
        <translation>Angewendet: Jede Datei wurde geschrieben, der MTA hat die Konfiguration angenommen und neu geladen.</translation>
    </message>
    <message>
        <source>Refused: nothing was changed on the host. The report below says why.</source>
        <translation>Abgelehnt: Auf dem Host wurde nichts geändert. Der Bericht unten sagt, warum.</translation>
    </message>
    <message>
        <source>Rolled back: a step failed, so every file was put back as it was. The report below says which step.</source>
        <translation>Zurückgerollt: Ein Schritt ist fehlgeschlagen, daher wurde jede Datei wiederhergestellt. Der Bericht unten nennt den Schritt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roll back failed.&lt;/b&gt; The host may be left half-changed; the report names every backup to restore by hand:&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Zurückrollen fehlgeschlagen.&lt;/b&gt; Der Host ist womöglich nur teilweise geändert; der Bericht nennt jede Sicherung, die von Hand wiederherzustellen ist:&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Abgebrochen, bevor etwas geschrieben wurde.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Cancelling… once a file was written, every file is put back first.</source>
        <translation>Wird abgebrochen … wurde bereits eine Datei geschrieben, wird zuerst jede Datei zurückgesetzt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot apply:&lt;/b&gt; %1:%2: %3. Fix the file (its tab underlines the line), then apply again.</source>
        <translation>&lt;b&gt;Anwenden nicht möglich:&lt;/b&gt; %1:%2: %3. Korrigieren Sie die Datei (ihr Reiter unterstreicht die Zeile) und wenden Sie dann erneut an.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::ApplyPage</name>
    <message>
        <source>Applied to %1.</source>
        <translation>Auf %1 angewendet.</translation>
    </message>
    <message>
        <source>Refused before anything was written: nothing on %1 was changed.</source>
        <translation>Abgelehnt, bevor etwas geschrieben wurde: auf %1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A step failed and everything was rolled back: %1 is as it was.</source>
        <translation>Ein Schritt schlug fehl und alles wurde zurückgenommen: %1 ist wie vorher.</translation>
    </message>
    <message>
        <source>A step failed and the roll back failed too: restore %1 from the backups the report names.</source>
        <translation>Ein Schritt schlug fehl und auch das Zurücknehmen: stellen Sie %1 aus den Sicherungen wieder her, die der Bericht nennt.</translation>
    </message>
    <message>
        <source>Cancelled: nothing on %1 was changed.</source>
        <translation>Abgebrochen: auf %1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Apply and verify</source>
        <translation>Anwenden und prüfen</translation>
    </message>
    <message>
        <source>The fixes are written as one transaction, then the audit runs again.</source>
        <translation>Die Korrekturen werden in einer Transaktion geschrieben, danach läuft die Prüfung erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n fix(es)…</source>
        <translation>
            <numerusform>Wende %n Korrektur an …</numerusform>
            <numerusform>Wende %n Korrekturen an …</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying: the audit runs again…</source>
        <translation>Kontrolle: die Prüfung läuft erneut …</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Kontrolliert.</translation>
    </message>
    <message>
        <source>The verification failed: %1</source>
        <translation>Die Kontrolle schlug fehl: %1</translation>
    </message>
</context>
<context>
    <name>Mailwarden::AuditPage</name>
    <message>
        <source>Audit &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Every rule of the catalogue, judged on the configuration, the host&apos;s facts and probes from this machine and from inside the host.</source>
        <translation>Jede Regel des Katalogs, beurteilt nach der Konfiguration, den Fakten des Hosts und Tests von diesem Rechner und aus dem Host heraus.</translation>
    </message>
    <message>
        <source>The audit of %1 failed: %2</source>
        <translation>Die Prüfung von %1 schlug fehl: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) failed, %1 of them of high severity.</source>
        <translation>
            <numerusform>%n Regel nicht bestanden, davon %1 mit hohem Schweregrad.</numerusform>
            <numerusform>%n Regeln nicht bestanden, davon %1 mit hohem Schweregrad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audited in %1 s.</source>
        <translation>Geprüft in %1 s.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::CodeEditor</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Mailwarden::ConfigPage</name>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>&amp;Trotzdem bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Select a host in the list on the left to see its main configuration.</source>
        <translation>Wählen Sie links in der Liste einen Host, um seine Hauptkonfiguration zu sehen.</translation>
    </message>
    <message>
        <source>Connect to %1 to see its configuration (Host ▸ Connect).</source>
        <translation>Verbinden Sie sich mit %1, um seine Konfiguration zu sehen (Host ▸ Verbinden).</translation>
    </message>
    <message>
        <source>This host has no configuration file Mailwarden edits.</source>
        <translation>Dieser Host hat keine Konfigurationsdatei, die Mailwarden bearbeitet.</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Verwendet von: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Shown read-only: this file has bytes the editor could not give back unchanged (it is not plain UTF-8 text with LF line ends).</source>
        <translation>Nur lesbar angezeigt: Diese Datei enthält Bytes, die der Editor nicht unverändert zurückgeben könnte (sie ist kein reiner UTF-8-Text mit LF-Zeilenenden).</translation>
    </message>
    <message>
        <source>Generated from sendmail.mc: edit the .mc instead; Apply rebuilds this file from it with m4. Edit it here only if this host keeps its configuration in the .cf.</source>
        <translation>Aus sendmail.mc erzeugt: Bearbeiten Sie stattdessen die .mc; Anwenden erzeugt diese Datei daraus mit m4 neu. Bearbeiten Sie sie hier nur, wenn dieser Host seine Konfiguration in der .cf pflegt.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: what you type creates it.</source>
        <translation>%1 gibt es noch nicht: Was Sie eingeben, legt sie an.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s); changed, not applied.</source>
        <translation>
            <numerusform>%n Zeile; geändert, nicht angewendet.</numerusform>
            <numerusform>%n Zeilen; geändert, nicht angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n Zeile.</numerusform>
            <numerusform>%n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Apply refuses %1 until line %2 is fixed.</source>
        <translation>Anwenden verweigert %1, bis Zeile %2 korrigiert ist.</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>&amp;Rohtext</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 back to its default</source>
        <translation>%1 zurück auf den Standardwert</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>master.cf has no such service</source>
        <translation>master.cf hat keinen solchen Dienst</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Reading the control files…</source>
        <translation>Die Steuerdateien werden gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The control files could not be read: %1</source>
        <translation>Die Steuerdateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 back to qmail&apos;s default</source>
        <translation>%1 zurück auf qmails Standard</translation>
    </message>
    <message>
        <source>Re&amp;build sendmail.cf…</source>
        <translation>sendmail.cf neu &amp;bauen…</translation>
    </message>
    <message>
        <source>Run m4 on the host&apos;s sendmail.mc and replace sendmail.cf with the result, after a preview; for a .cf edited by hand or a .mc changed outside Mailwarden.</source>
        <translation>Führt m4 auf der sendmail.mc des Hosts aus und ersetzt sendmail.cf nach einer Vorschau durch das Ergebnis; für eine von Hand bearbeitete .cf oder eine außerhalb von Mailwarden geänderte .mc.</translation>
    </message>
    <message>
        <source>Apply or revert the edits of %1 first: the rebuild starts from the files on the host.</source>
        <translation>Übernehmen oder verwerfen Sie zuerst die Änderungen an %1: Der Neubau geht von den Dateien auf dem Host aus.</translation>
    </message>
    <message>
        <source>This host has no sendmail.mc to build sendmail.cf from.</source>
        <translation>Dieser Host hat keine sendmail.mc, aus der sendmail.cf gebaut werden könnte.</translation>
    </message>
    <message>
        <source>Running m4 on %1…</source>
        <translation>m4 läuft auf %1…</translation>
    </message>
    <message>
        <source>sendmail.cf was not rebuilt: %1</source>
        <translation>sendmail.cf wurde nicht neu gebaut: %1</translation>
    </message>
    <message>
        <source>Rebuild sendmail.cf from sendmail.mc</source>
        <translation>sendmail.cf aus sendmail.mc neu bauen</translation>
    </message>
    <message>
        <source>sendmail.cf is already what sendmail.mc makes: nothing to rebuild.</source>
        <translation>sendmail.cf entspricht bereits dem, was sendmail.mc ergibt: nichts neu zu bauen.</translation>
    </message>
    <message>
        <source>Rebuild sendmail.cf</source>
        <translation>sendmail.cf neu bauen</translation>
    </message>
    <message>
        <source>sendmail.cf was rebuilt from sendmail.mc.</source>
        <translation>sendmail.cf wurde aus sendmail.mc neu gebaut.</translation>
    </message>
    <message>
        <source>Rebuild cancelled: nothing was changed.</source>
        <translation>Neubau abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The rebuild failed and was rolled back; see the History tab.</source>
        <translation>Der Neubau ist fehlgeschlagen und wurde zurückgenommen; siehe Reiter Verlauf.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>Vom Ende aus fortgesetzt</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>Vom Anfang aus fortgesetzt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailwarden::FindingsView</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Seen in: %1</source>
        <translation>Gesehen in: %1</translation>
    </message>
</context>
<context>
    <name>Mailwarden::FixesPage</name>
    <message>
        <source>Fixes</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>The recommended fixes are ticked, the most severe first. Each says why, what it risks and exactly what it changes; all of them are applied as one transaction.</source>
        <translation>Die empfohlenen Korrekturen sind angekreuzt, die schwersten zuerst. Jede sagt, warum, was sie riskiert und was genau sie ändert; alle werden in einer Transaktion angewendet.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Needs your decision (no automatic fix)</source>
        <translation>Braucht Ihre Entscheidung (keine automatische Korrektur)</translation>
    </message>
    <message>
        <source>No rule failed: there is nothing to fix.</source>
        <translation>Keine Regel ist durchgefallen: es gibt nichts zu korrigieren.</translation>
    </message>
    <message>
        <source>Tick at least one fix to go on.</source>
        <translation>Kreuzen Sie mindestens eine Korrektur an, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) chosen</source>
        <translation>
            <numerusform>%n Korrektur gewählt</numerusform>
            <numerusform>%n Korrekturen gewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to change.</source>
        <translation>
            <numerusform>%n Datei zu ändern.</numerusform>
            <numerusform>%n Dateien zu ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>This choice is refused: %1</source>
        <translation>Diese Auswahl wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Risiko:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
</context>
<context>
    <name>Mailwarden::Hardening::AuditRunner</name>
    <message>
        <source>Detecting the mail system</source>
        <translation>Mailsystem wird erkannt</translation>
    </message>
    <message>
        <source>Reading files, listening ports and sshd&apos;s settings</source>
        <translation>Dateien, lauschende Ports und Einstellungen von sshd werden gelesen</translation>
    </message>
    <message>
        <source>Probing SMTP on %1:%2 from here and from inside</source>
        <translation>SMTP auf %1:%2 wird von hier und von innen getestet</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HardeningWizard</name>
    <message>
        <source>The connection to %1 was closed: connect again and reopen the wizard.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen: verbinden Sie sich erneut und öffnen Sie den Assistenten wieder.</translation>
    </message>
    <message>
        <source>The mail system of %1 is not known.</source>
        <translation>Das Mailsystem von %1 ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Harden %1</source>
        <translation>%1 härten</translation>
    </message>
    <message>
        <source>Hardening of %1</source>
        <translation>Härtung von %1</translation>
    </message>
    <message>
        <source>The wizard cannot be resumed later: %1</source>
        <translation>Der Assistent kann später nicht fortgesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HistoryModel</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Failed, rolled back</source>
        <translation>Fehlgeschlagen, zurückgenommen</translation>
    </message>
    <message>
        <source>Failed, roll back failed</source>
        <translation>Fehlgeschlagen, Zurücknehmen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Applied by %1 through the host profile %2</source>
        <translation>Angewendet von %1 über das Host-Profil %2</translation>
    </message>
    <message>
        <source>A file this change wrote was changed outside Mailwarden since.</source>
        <translation>Eine Datei, die diese Änderung schrieb, wurde seitdem außerhalb von Mailwarden geändert.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
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
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HistoryPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Trust the Host&apos;s &amp;Journal…</source>
        <translation>&amp;Journal des Hosts vertrauen…</translation>
    </message>
    <message>
        <source>Changed outside Mailwarden</source>
        <translation>Außerhalb von Mailwarden geändert</translation>
    </message>
    <message>
        <source>Roll &amp;Back Change…</source>
        <translation>Änderung &amp;zurücknehmen…</translation>
    </message>
    <message>
        <source>Read the host&apos;s journal again and look for files changed outside Mailwarden.</source>
        <translation>Das Journal des Hosts neu lesen und nach Dateien suchen, die außerhalb von Mailwarden geändert wurden.</translation>
    </message>
    <message>
        <source>Accept the journal on the host as it is now as this computer&apos;s record of the host.</source>
        <translation>Das Journal auf dem Host, wie es jetzt ist, als Aufzeichnung dieses Computers über den Host annehmen.</translation>
    </message>
    <message>
        <source>These files are not what the journal last recorded: someone changed them without Mailwarden. Select one to see what changed. A roll back of a change that wrote them is refused until they are recorded again.</source>
        <translation>Diese Dateien entsprechen nicht dem, was das Journal zuletzt aufgezeichnet hat: Jemand hat sie ohne Mailwarden geändert. Wählen Sie eine aus, um zu sehen, was sich geändert hat. Eine Änderung, die sie schrieb, kann erst wieder zurückgenommen werden, wenn sie erneut aufgezeichnet sind.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Put every file of the selected change back as it was before it, with a preview first.</source>
        <translation>Jede Datei der ausgewählten Änderung auf den Stand davor zurücksetzen, zuerst mit Vorschau.</translation>
    </message>
    <message>
        <source>Select a host in the list on the left to see the changes Mailwarden made to it.</source>
        <translation>Wählen Sie links einen Host aus, um die Änderungen zu sehen, die Mailwarden an ihm vorgenommen hat.</translation>
    </message>
    <message>
        <source>Reading the journal of %1…</source>
        <translation>Das Journal von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The journal of %1 could not be read: %2</source>
        <translation>Das Journal von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The journal&apos;s chain breaks at change %1: it was edited outside Mailwarden.</source>
        <translation>Die Kette des Journals bricht bei Änderung %1: Es wurde außerhalb von Mailwarden bearbeitet.</translation>
    </message>
    <message>
        <source>This computer&apos;s copy of the history could not be opened: %1</source>
        <translation>Die Kopie des Verlaufs auf diesem Computer konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The journal on the host does not continue what this computer recorded of it: %1</source>
        <translation>Das Journal auf dem Host setzt nicht fort, was dieser Computer davon aufgezeichnet hat: %1</translation>
    </message>
    <message>
        <source>%1: removed since change %2</source>
        <translation>%1: seit Änderung %2 entfernt</translation>
    </message>
    <message>
        <source>%1: changed since change %2</source>
        <translation>%1: seit Änderung %2 geändert</translation>
    </message>
    <message>
        <source>Drift could not be checked: %1</source>
        <translation>Abweichungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Connect to %1 to see the changes made to it (Host ▸ Connect); nothing of its history is cached on this computer yet.</source>
        <translation>Verbinden Sie sich mit %1, um die Änderungen daran zu sehen (Host ▸ Verbinden); von seinem Verlauf ist auf diesem Computer noch nichts zwischengespeichert.</translation>
    </message>
    <message>
        <source>The history of &lt;b&gt;%1&lt;/b&gt; as this computer last read it from the host, %2. Connect to see changes made since, files changed outside Mailwarden, and to roll back.</source>
        <translation>Der Verlauf von &lt;b&gt;%1&lt;/b&gt;, wie dieser Computer ihn zuletzt vom Host gelesen hat, %2. Verbinden Sie sich, um spätere Änderungen und außerhalb von Mailwarden geänderte Dateien zu sehen und um zurückzunehmen.</translation>
    </message>
    <message>
        <source>Mailwarden has not changed %1 yet: changes applied from any console appear here.</source>
        <translation>Mailwarden hat %1 noch nicht geändert: Änderungen, die von irgendeiner Konsole angewendet werden, erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; recorded on %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Änderung&lt;/b&gt; auf %1 aufgezeichnet.</numerusform>
            <numerusform>&lt;b&gt;%n Änderungen&lt;/b&gt; auf %1 aufgezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The journal cannot be trusted:&lt;/b&gt; %1 Roll back is refused.</source>
        <translation>&lt;b&gt;Dem Journal kann nicht vertraut werden:&lt;/b&gt; %1 Zurücknehmen wird verweigert.</translation>
    </message>
    <message>
        <source>The journal&apos;s chain holds.</source>
        <translation>Die Kette des Journals ist intakt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n file(s) changed outside Mailwarden&lt;/b&gt; since.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Datei seitdem außerhalb von Mailwarden geändert.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Dateien seitdem außerhalb von Mailwarden geändert.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1: %2 — %3 by %4, %5</source>
        <translation>Änderung %1: %2 — %3 von %4, %5</translation>
    </message>
    <message>
        <source>No checks were recorded for this change.</source>
        <translation>Für diese Änderung wurden keine Prüfungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 as it is now, against what change %2 recorded</source>
        <translation>%1, wie es jetzt ist, gegenüber dem, was Änderung %2 aufgezeichnet hat</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>No difference to show: %1</source>
        <translation>Kein Unterschied anzuzeigen: %1</translation>
    </message>
    <message>
        <source>Select a change to roll it back.</source>
        <translation>Wählen Sie eine Änderung aus, um sie zurückzunehmen.</translation>
    </message>
    <message>
        <source>Connect to %1 to roll back.</source>
        <translation>Verbinden Sie sich mit %1, um zurückzunehmen.</translation>
    </message>
    <message>
        <source>Change %1 was not applied: there is nothing to roll back.</source>
        <translation>Änderung %1 wurde nicht angewendet: Es gibt nichts zurückzunehmen.</translation>
    </message>
    <message>
        <source>The journal cannot be trusted: roll back is refused.</source>
        <translation>Dem Journal kann nicht vertraut werden: Zurücknehmen wird verweigert.</translation>
    </message>
    <message>
        <source>Apply or revert the unapplied changes to %1 first.</source>
        <translation>Wenden Sie die nicht angewendeten Änderungen an %1 zuerst an oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Put every file of change %1 back as it was before it, with a preview first.</source>
        <translation>Jede Datei von Änderung %1 auf den Stand davor zurücksetzen, zuerst mit Vorschau.</translation>
    </message>
    <message>
        <source>Trust the Host&apos;s Journal</source>
        <translation>Journal des Hosts vertrauen</translation>
    </message>
    <message>
        <source>The journal on %1 does not continue what this computer recorded of it: entries were rewritten or removed on the host. Accept it as it is now only if you know why (a restored backup, a journal replaced on purpose).</source>
        <translation>Das Journal auf %1 setzt nicht fort, was dieser Computer davon aufgezeichnet hat: Einträge wurden auf dem Host umgeschrieben oder entfernt. Nehmen Sie es so, wie es jetzt ist, nur an, wenn Sie wissen, warum (eine wiederhergestellte Sicherung, ein absichtlich ersetztes Journal).</translation>
    </message>
    <message>
        <source>Apply or revert the unapplied changes to %1 first: a roll back writes the files as they were, and the edits expect them as they are.</source>
        <translation>Wenden Sie die nicht angewendeten Änderungen an %1 zuerst an oder verwerfen Sie sie: Zurücknehmen schreibt die Dateien, wie sie waren, und die Bearbeitungen erwarten sie, wie sie sind.</translation>
    </message>
    <message>
        <source>Preparing the roll back of change %1…</source>
        <translation>Zurücknehmen von Änderung %1 wird vorbereitet…</translation>
    </message>
    <message>
        <source>Roll back of change %1 refused: %2</source>
        <translation>Zurücknehmen von Änderung %1 verweigert: %2</translation>
    </message>
    <message>
        <source>Roll Back Change %1</source>
        <translation>Änderung %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Change %1 was rolled back.</source>
        <translation>Änderung %1 wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>Roll back of change %1 cancelled: nothing was changed.</source>
        <translation>Zurücknehmen von Änderung %1 abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Roll back of change %1 failed; see the journal.</source>
        <translation>Zurücknehmen von Änderung %1 fehlgeschlagen; siehe Journal.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HostActions</name>
    <message>
        <source>&amp;Add Host…</source>
        <translation>Host &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Host…</source>
        <translation>Host &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Host</source>
        <translation>Host &amp;entfernen</translation>
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
        <source>Add Host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <source>A host named “%1” exists already. Choose another name.</source>
        <translation>Ein Host namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Save Host</source>
        <translation>Host speichern</translation>
    </message>
    <message>
        <source>The password could not be stored, so the host was not saved.
%1</source>
        <translation>Das Passwort konnte nicht gespeichert werden, daher wurde der Host nicht gespeichert.
%1</translation>
    </message>
    <message>
        <source>Host %1 saved.</source>
        <translation>Host %1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>Host entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the host list? Nothing on the host changes.</source>
        <translation>%1 (%2) aus der Hostliste entfernen? Auf dem Host selbst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Host %1 removed.</source>
        <translation>Host %1 entfernt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Not connected to %1: its host key was not trusted.</source>
        <translation>Nicht mit %1 verbunden: Seinem Hostschlüssel wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No host selected</source>
        <translation>Kein Host ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Prepare Host…</source>
        <translation>Host &amp;vorbereiten …</translation>
    </message>
    <message>
        <source>Install Mailwarden&apos;s root-file helper and its sudo rules on the host, after showing them</source>
        <translation>Mailwardens Helfer für Root-Dateien und seine sudo-Regeln auf dem Host installieren, nachdem sie gezeigt wurden</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HostDialog</name>
    <message>
        <source>Add Host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <source>Edit Host %1</source>
        <translation>Host %1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>The host&apos;s key is not trusted yet.</source>
        <translation>Dem Schlüssel des Hosts wird noch nicht vertraut.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>No Postfix, Sendmail or qmail found.</source>
        <translation>Kein Postfix, Sendmail oder qmail gefunden.</translation>
    </message>
    <message>
        <source>MTA: %1 %2</source>
        <translation>MTA: %1 %2</translation>
    </message>
    <message>
        <source>sudo -n works.</source>
        <translation>sudo -n funktioniert.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HostForm</name>
    <message>
        <source>Run privileged commands through “sudo -n”</source>
        <translation>Privilegierte Befehle über „sudo -n“ ausführen</translation>
    </message>
    <message>
        <source>e.g. mx1</source>
        <translation>z. B. mx1</translation>
    </message>
    <message>
        <source>optional, e.g. Production</source>
        <translation>optional, z. B. Produktion</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Private Key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Address and port:</source>
        <translation>&amp;Adresse und Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Login with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;MTA:</source>
        <translation>&amp;MTA:</translation>
    </message>
    <message>
        <source>Give the host a name.</source>
        <translation>Geben Sie dem Host einen Namen.</translation>
    </message>
    <message>
        <source>The name may contain letters, digits, “.”, “_” and “-” only.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <source>Enter the host&apos;s address.</source>
        <translation>Geben Sie die Adresse des Hosts ein.</translation>
    </message>
    <message>
        <source>Enter the user to log in as.</source>
        <translation>Geben Sie den Benutzer für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>key passphrase, if the key has one</source>
        <translation>Passphrase des Schlüssels, falls er eine hat</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>gespeichert – zum Ersetzen neu eingeben</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Hostschlüssel</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>Hostschlüssel geändert</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mailwarden has not connected to %1 before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare this fingerprint with the one the host&apos;s administrator reads on the server. Trust the key only if they match: a different key could mean someone is intercepting the connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mailwarden war noch nie mit %1 verbunden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Vergleichen Sie diesen Fingerabdruck mit dem, den der Administrator des Hosts auf dem Server abliest. Vertrauen Sie dem Schlüssel nur, wenn beide übereinstimmen: Ein anderer Schlüssel kann bedeuten, dass jemand die Verbindung abfängt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The host key of %1 has changed.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The server now presents a different key than the one recorded when you first connected. Someone may be intercepting the connection, or the server was reinstalled. Mailwarden refuses to connect.&lt;/p&gt;&lt;p&gt;If the host&apos;s administrator confirms the new key, remove the old entry from Mailwarden&apos;s known hosts file and connect again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Hostschlüssel von %1 hat sich geändert.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Der Server zeigt jetzt einen anderen Schlüssel als den, der bei der ersten Verbindung gespeichert wurde. Jemand könnte die Verbindung abfangen, oder der Server wurde neu installiert. Mailwarden verweigert die Verbindung.&lt;/p&gt;&lt;p&gt;Wenn der Administrator des Hosts den neuen Schlüssel bestätigt, entfernen Sie den alten Eintrag aus Mailwardens Datei der bekannten Hosts und verbinden Sie sich erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
</context>
<context>
    <name>Mailwarden::HostListModel</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Host key not yet trusted</source>
        <translation>Hostschlüssel noch nicht vertraut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
%2
Queue alarm: %3</source>
        <translation>%1
%2
Warteschlangen-Alarm: %3</translation>
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
    <name>Mailwarden::HostsTrafficView</name>
    <message>
        <source>Messages per minute by host, last hour</source>
        <translation>Nachrichten pro Minute je Host, letzte Stunde</translation>
    </message>
    <message>
        <source>&amp;Draw:</source>
        <translation>&amp;Zeichnen:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Connect to hosts in the list on the left: every connected host gets a line here. The last hour&apos;s counts are per host, below.</source>
        <translation>Verbinden Sie sich mit Hosts in der Liste links: jeder verbundene Host bekommt hier eine Linie. Die Zahlen der letzten Stunde stehen je Host darunter.</translation>
    </message>
    <message>
        <source>not followed: qmail-send&apos;s log is readable only by root</source>
        <translation>nicht verfolgt: das Protokoll von qmail-send kann nur root lesen</translation>
    </message>
    <message>
        <source>looking for the mail log…</source>
        <translation>suche das Mail-Protokoll…</translation>
    </message>
    <message>
        <source>no mail log this account may read</source>
        <translation>kein Mail-Protokoll, das dieses Konto lesen darf</translation>
    </message>
    <message>
        <source>following %1</source>
        <translation>verfolge %1</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>Mailwarden::LiveTrafficView</name>
    <message>
        <source>Messages per minute, last hour</source>
        <translation>Nachrichten je Minute, letzte Stunde</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>No log to follow.</source>
        <translation>Kein Log zum Verfolgen.</translation>
    </message>
    <message>
        <source>Following stopped: %1</source>
        <translation>Verfolgen beendet: %1</translation>
    </message>
    <message>
        <source>Following %1 on %2.</source>
        <translation>Verfolge %1 auf %2.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Verfolgen</translation>
    </message>
</context>
<context>
    <name>Mailwarden::MainWindow</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
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
    <message>
        <source>No host selected</source>
        <translation>Kein Host ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed, not applied</source>
        <translation>
            <numerusform>%n Datei geändert, nicht angewendet</numerusform>
            <numerusform>%n Dateien geändert, nicht angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes applied to %1.</source>
        <translation>Änderungen auf %1 angewendet.</translation>
    </message>
    <message>
        <source>Revert Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Drop every change to %1 that was not applied? This cannot be undone.</source>
        <translation>Alle nicht angewendeten Änderungen an %1 verwerfen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Apply Changes…</source>
        <translation>Änderungen &amp;anwenden …</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes…</source>
        <translation>Änderungen &amp;verwerfen …</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every change applied to the host, drift, and roll back.</source>
        <translation>Jede am Host angewendete Änderung, Abweichungen und Zurücknehmen.</translation>
    </message>
    <message>
        <source>%1 is not a table Mailwarden edits.</source>
        <translation>%1 ist keine Tabelle, die Mailwarden bearbeitet.</translation>
    </message>
    <message>
        <source>The queue of %1 is within its alarm limits again.</source>
        <translation>Die Warteschlange von %1 ist wieder innerhalb ihrer Alarmgrenzen.</translation>
    </message>
    <message>
        <source>Queue alarm on %1: %2</source>
        <translation>Warteschlangen-Alarm auf %1: %2</translation>
    </message>
    <message>
        <source>Mailwarden: queue alarm</source>
        <translation>Mailwarden: Warteschlangen-Alarm</translation>
    </message>
    <message>
        <source>Mend %1 here, then run the tests again.</source>
        <translation>Beheben Sie %1 hier und führen Sie die Tests dann erneut aus.</translation>
    </message>
    <message>
        <source>&amp;Harden…</source>
        <translation>&amp;Härten …</translation>
    </message>
    <message>
        <source>Audit the selected host, fix what fails in one transaction, verify, keep or roll back.</source>
        <translation>Den gewählten Host prüfen, Mängel in einer Transaktion korrigieren, kontrollieren, behalten oder zurücknehmen.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::MasterForm</name>
    <message>
        <source>Set Override</source>
        <translation>Überschreibung setzen</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Überschreibung entfernen</translation>
    </message>
    <message>
        <source>parameter=value, e.g. smtpd_tls_security_level=encrypt</source>
        <translation>parameter=wert, z. B. smtpd_tls_security_level=encrypt</translation>
    </message>
    <message>
        <source>A service that is switched off is commented out in master.cf; switching it on uncomments it where it stands. Double-click a field to change it.</source>
        <translation>Ein ausgeschalteter Dienst ist in master.cf auskommentiert; Einschalten entfernt das Kommentarzeichen an seiner Stelle. Doppelklicken Sie auf ein Feld, um es zu ändern.</translation>
    </message>
    <message>
        <source>An override is parameter=value, without blanks.</source>
        <translation>Eine Überschreibung ist parameter=wert, ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>%1 (%2): -o %3</source>
        <translation>%1 (%2): -o %3</translation>
    </message>
    <message>
        <source>%1 (%2): no -o %3</source>
        <translation>%1 (%2): kein -o %3</translation>
    </message>
    <message>
        <source>master.cf cannot be read as a form: %1</source>
        <translation>master.cf kann nicht als Formular gelesen werden: %1</translation>
    </message>
    <message>
        <source>Overrides (-o) of %1 (%2):</source>
        <translation>Überschreibungen (-o) von %1 (%2):</translation>
    </message>
    <message>
        <source>Select a service to see its overrides (-o).</source>
        <translation>Wählen Sie einen Dienst aus, um seine Überschreibungen (-o) zu sehen.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::MasterPasswordDialog</name>
    <message>
        <source>Create Secrets File</source>
        <translation>Geheimnisdatei anlegen</translation>
    </message>
    <message>
        <source>Unlock Secrets</source>
        <translation>Geheimnisse entsperren</translation>
    </message>
    <message>
        <source>No system keyring is running, so Mailwarden keeps host passwords and key passphrases in a file encrypted with a master password. Choose one now. It cannot be recovered: if you forget it, you must enter the host passwords again.</source>
        <translation>Es läuft kein Schlüsselbund des Systems, daher bewahrt Mailwarden Host-Passwörter und Schlüssel-Passphrasen in einer mit einem Master-Passwort verschlüsselten Datei auf. Wählen Sie jetzt eines. Es kann nicht wiederhergestellt werden: Wenn Sie es vergessen, müssen Sie die Host-Passwörter erneut eingeben.</translation>
    </message>
    <message>
        <source>Enter the master password of Mailwarden&apos;s secrets file to use the stored host passwords and key passphrases.</source>
        <translation>Geben Sie das Master-Passwort von Mailwardens Geheimnisdatei ein, um die gespeicherten Host-Passwörter und Schlüssel-Passphrasen zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Master password:</source>
        <translation>&amp;Master-Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::MasterServiceModel</name>
    <message>
        <source>Commented out in master.cf (line %1): check it to switch the service on where it stands.</source>
        <translation>In master.cf auskommentiert (Zeile %1): Ankreuzen schaltet den Dienst an seiner Stelle ein.</translation>
    </message>
    <message>
        <source>master.cf line %1</source>
        <translation>master.cf Zeile %1</translation>
    </message>
    <message>
        <source>Switch on %1 (%2)</source>
        <translation>%1 (%2) einschalten</translation>
    </message>
    <message>
        <source>Switch off %1 (%2)</source>
        <translation>%1 (%2) ausschalten</translation>
    </message>
    <message>
        <source>%1 (%2): %3 = %4</source>
        <translation>%1 (%2): %3 = %4</translation>
    </message>
    <message>
        <source>y: only Postfix itself may connect (private socket)</source>
        <translation>y: nur Postfix selbst darf sich verbinden (privater Socket)</translation>
    </message>
    <message>
        <source>y: runs as the mail_owner account, not as root</source>
        <translation>y: läuft als Konto mail_owner, nicht als root</translation>
    </message>
    <message>
        <source>y: runs chrooted into the queue directory</source>
        <translation>y: läuft im chroot des Warteschlangenverzeichnisses</translation>
    </message>
    <message>
        <source>Seconds between automatic wake-ups (0: none)</source>
        <translation>Sekunden zwischen automatischen Weckvorgängen (0: keine)</translation>
    </message>
    <message>
        <source>Most processes at once (-: default_process_limit; 0: no limit)</source>
        <translation>Höchstzahl gleichzeitiger Prozesse (-: default_process_limit; 0: unbegrenzt)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Unpriv.</source>
        <translation>Unpriv.</translation>
    </message>
    <message>
        <source>Chroot</source>
        <translation>Chroot</translation>
    </message>
    <message>
        <source>Wakeup</source>
        <translation>Wecken</translation>
    </message>
    <message>
        <source>Max. proc.</source>
        <translation>Max. Proz.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>Mailwarden::MessageView</name>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Select one message to read its header and body.</source>
        <translation>Wählen Sie eine Nachricht, um Kopf und Inhalt zu lesen.</translation>
    </message>
    <message>
        <source>Read the whole message (up to 16 MiB)</source>
        <translation>Die ganze Nachricht lesen (bis 16 MiB)</translation>
    </message>
    <message>
        <source>Reading message %1…</source>
        <translation>Lese Nachricht %1…</translation>
    </message>
    <message>
        <source>The first %1 of the body&apos;s %2 are shown.</source>
        <translation>Die ersten %1 der %2 des Inhalts werden gezeigt.</translation>
    </message>
    <message>
        <source>The first %1 of the body are shown; the message goes on.</source>
        <translation>Die ersten %1 des Inhalts werden gezeigt; die Nachricht geht weiter.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::PostfixForm</name>
    <message>
        <source>Find a parameter by name or description…</source>
        <translation>Parameter nach Name oder Beschreibung suchen…</translation>
    </message>
    <message>
        <source>Select a parameter to see what it does and change it.</source>
        <translation>Wählen Sie einen Parameter aus, um zu sehen, was er bewirkt, und ihn zu ändern.</translation>
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
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>permit_mynetworks, check_client_access hash:/etc/postfix/access, …</source>
        <translation>permit_mynetworks, check_client_access hash:/etc/postfix/access, …</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Checked from the top; the first that decides wins. Drag to reorder.</source>
        <translation>Von oben nach unten geprüft; die erste, die entscheidet, gilt. Zum Umordnen ziehen.</translation>
    </message>
    <message>
        <source>Remove the parameter from main.cf, so Postfix&apos;s default applies.</source>
        <translation>Den Parameter aus main.cf entfernen, damit der Standardwert von Postfix gilt.</translation>
    </message>
    <message>
        <source>— not known to this Postfix: it ignores this line</source>
        <translation>— diesem Postfix unbekannt: Es ignoriert diese Zeile</translation>
    </message>
    <message>
        <source>— deprecated: %1</source>
        <translation>— veraltet: %1</translation>
    </message>
    <message>
        <source>postconf(5) on the host describes this parameter (man 5 postconf).</source>
        <translation>postconf(5) auf dem Host beschreibt diesen Parameter (man 5 postconf).</translation>
    </message>
    <message>
        <source>Default: (empty)</source>
        <translation>Standard: (leer)</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Open in the Tables tab: %1</source>
        <translation>Im Reiter Tabellen öffnen: %1</translation>
    </message>
    <message>
        <source>Only changed from default</source>
        <translation>Nur vom Standard abweichende</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>Mailwarden::PostfixParameterModel</name>
    <message>
        <source>Not known to this Postfix</source>
        <translation>Diesem Postfix unbekannt</translation>
    </message>
    <message>
        <source>This Postfix does not know %1: postconf warns about it and ignores it.</source>
        <translation>Dieses Postfix kennt %1 nicht: postconf warnt davor und ignoriert es.</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Changed from the default in main.cf.</source>
        <translation>In main.cf vom Standard abweichend gesetzt.</translation>
    </message>
    <message>
        <source>Set in main.cf to the default.</source>
        <translation>In main.cf auf den Standardwert gesetzt.</translation>
    </message>
    <message>
        <source>Not set in main.cf: the default applies.</source>
        <translation>Nicht in main.cf gesetzt: Der Standardwert gilt.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>Mailwarden::PrepareHostDialog</name>
    <message>
        <source>Prepare %1 for Mailwarden</source>
        <translation>%1 für Mailwarden vorbereiten</translation>
    </message>
    <message>
        <source>&amp;Prepare Host</source>
        <translation>Host &amp;vorbereiten</translation>
    </message>
    <message>
        <source>Looking at %1: its MTA, its sudo and what is installed…</source>
        <translation>Untersuche %1: MTA, sudo und was installiert ist …</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>Mailwarden::PrepareHostWidget</name>
    <message>
        <source>&amp;Replace the files that differ (see Differences)</source>
        <translation>Abweichende Dateien &amp;ersetzen (siehe Unterschiede)</translation>
    </message>
    <message>
        <source>File (root:root)</source>
        <translation>Datei (root:root)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>On the host now</source>
        <translation>Jetzt auf dem Host</translation>
    </message>
    <message>
        <source>Sudo rules</source>
        <translation>sudo-Regeln</translation>
    </message>
    <message>
        <source>Files the helper may touch</source>
        <translation>Dateien, die der Helfer anfassen darf</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>sent to sudo on the host only, never stored</source>
        <translation>geht nur an sudo auf dem Host, wird nie gespeichert</translation>
    </message>
    <message>
        <source>sudo &amp;password:</source>
        <translation>sudo-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Mailwarden changes root&apos;s files on %1 (%2, %3) only through one helper and the sudo rules below. These files are installed as root, once, after you agree:</source>
        <translation>Mailwarden ändert Dateien von root auf %1 (%2, %3) nur über einen Helfer und die sudo-Regeln unten. Diese Dateien werden einmalig als root installiert, nachdem Sie zugestimmt haben:</translation>
    </message>
    <message>
        <source>Helper %1, SHA-256 %2 (the file shipped with Mailwarden, byte for byte)</source>
        <translation>Helfer %1, SHA-256 %2 (die mit Mailwarden gelieferte Datei, Byte für Byte)</translation>
    </message>
    <message>
        <source>This account cannot read the file that differs; it is shown as root before anything is installed.</source>
        <translation>Dieses Konto kann die abweichende Datei nicht lesen; sie wird als root gezeigt, bevor etwas installiert wird.</translation>
    </message>
    <message>
        <source>Nothing on the host differs from the plan.</source>
        <translation>Nichts auf dem Host weicht vom Plan ab.</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>I have read the sudo rules and want these files installed as root on %1</source>
        <translation>Ich habe die sudo-Regeln gelesen und möchte diese Dateien als root auf %1 installieren</translation>
    </message>
    <message>
        <source>The sudo password of %1 on %2. Mailwarden hands it to sudo on the host for this run only and does not keep it.</source>
        <translation>Das sudo-Passwort von %1 auf %2. Mailwarden gibt es nur für diesen Lauf an sudo auf dem Host weiter und behält es nicht.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>Mailwarden::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Every file the fixes change. Apply writes them as one transaction: backed up, validated, reloaded, and rolled back if any step fails.</source>
        <translation>Jede Datei, die die Korrekturen ändern. Anwenden schreibt sie in einer Transaktion: gesichert, validiert, neu geladen und zurückgenommen, wenn ein Schritt fehlschlägt.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) on %1:</source>
        <translation>
            <numerusform>%n Korrektur auf %1:</numerusform>
            <numerusform>%n Korrekturen auf %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mailwarden::PrivacyPage</name>
    <message>
        <source>What the server gives away</source>
        <translation>Was der Server preisgibt</translation>
    </message>
    <message>
        <source>SMTP protocol</source>
        <translation>SMTP-Protokoll</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Select a host in the list on the left to see its privacy and hardening settings.</source>
        <translation>Wählen Sie links in der Liste einen Host, um seine Datenschutz- und Härtungseinstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Connect to %1 to see its privacy settings (Host ▸ Connect).</source>
        <translation>Verbinden Sie sich mit %1, um seine Datenschutzeinstellungen zu sehen (Host ▸ Verbinden).</translation>
    </message>
    <message>
        <source>Reading the files these settings live in…</source>
        <translation>Die Dateien dieser Einstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot change settings: %1</source>
        <translation>Einstellungen können nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2 settings&lt;/b&gt; on %3 are as recommended. Changes wait in Edit ▸ Apply Changes… with the other tabs&apos; edits.</source>
        <translation>&lt;b&gt;%1 von %2 Einstellungen&lt;/b&gt; auf %3 sind wie empfohlen. Änderungen warten mit denen der anderen Reiter unter Bearbeiten ▸ Änderungen anwenden.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation>mit %1 nicht möglich</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 — not applied</source>
        <translation>%1 – nicht angewendet</translation>
    </message>
    <message>
        <source>As recommended</source>
        <translation>Wie empfohlen</translation>
    </message>
    <message>
        <source>Not as recommended</source>
        <translation>Nicht wie empfohlen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>%1 cannot be changed here.</source>
        <translation>%1 lässt sich hier nicht ändern.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>%1 will change on Apply.</source>
        <translation>%1 ändert sich beim Anwenden.</translation>
    </message>
    <message>
        <source>This MTA cannot do it; the text says what can</source>
        <translation>Dieser MTA kann das nicht; der Text sagt, was geht</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Sperrlisten</translation>
    </message>
</context>
<context>
    <name>Mailwarden::QmailControlForm</name>
    <message>
        <source>qmail reads the first line of each file in /var/qmail/control; a missing file means qmail&apos;s default. Press Return to keep a value; empty a field to remove the file.</source>
        <translation>qmail liest die erste Zeile jeder Datei in /var/qmail/control; eine fehlende Datei bedeutet qmails Standard. Drücken Sie die Eingabetaste, um einen Wert zu übernehmen; leeren Sie ein Feld, um die Datei zu entfernen.</translation>
    </message>
    <message>
        <source>missing: qmail derives it (from me)</source>
        <translation>fehlt: qmail leitet ihn ab (aus me)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>qmail&apos;s default</source>
        <translation>qmails Standard</translation>
    </message>
    <message>
        <source>bytes; %1</source>
        <translation>Bytes; %1</translation>
    </message>
    <message>
        <source>seconds; %1</source>
        <translation>Sekunden; %1</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Remove /var/qmail/control/%1, so qmail&apos;s default applies.</source>
        <translation>/var/qmail/control/%1 entfernen, damit qmails Standard gilt.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::QueueAlarmsDialog</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Queue Alarms for %1</source>
        <translation>Warteschlangen-Alarme für %1</translation>
    </message>
    <message>
        <source>While %1 is connected, Mailwarden counts its queue every minute (names only, no listing) and warns in the host list and on the desktop when a limit is passed. The oldest message&apos;s age comes from the Queue tab&apos;s last listing.</source>
        <translation>Solange %1 verbunden ist, zählt Mailwarden jede Minute seine Warteschlange (nur die Namen, ohne Auflistung) und warnt in der Hostliste und auf dem Desktop, wenn eine Grenze überschritten ist. Das Alter der ältesten Nachricht stammt aus der letzten Auflistung des Warteschlangen-Tabs.</translation>
    </message>
    <message>
        <source>More &amp;deferred messages than:</source>
        <translation>Mehr &amp;zurückgestellte Nachrichten als:</translation>
    </message>
    <message>
        <source>Queue &amp;grows by more than:</source>
        <translation>Warteschlange &amp;wächst um mehr als:</translation>
    </message>
    <message>
        <source>&amp;Oldest message older than:</source>
        <translation>Ä&amp;lteste Nachricht älter als:</translation>
    </message>
</context>
<context>
    <name>Mailwarden::QueueModel</name>
    <message>
        <source>%1: marked to be returned to the sender at the next attempt</source>
        <translation>%1: beim nächsten Versuch an den Absender zurückzugeben</translation>
    </message>
    <message>
        <source>The listing does not say when it arrived.</source>
        <translation>Die Liste sagt nicht, wann sie ankam.</translation>
    </message>
    <message>
        <source>Arrived %1 (%2 ago)</source>
        <translation>Angekommen %1 (vor %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The null sender: a bounce or a delivery notice</source>
        <translation>Der leere Absender: eine Unzustellbarkeits- oder Zustellnachricht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weiterer)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>On hold: not retried until released.</source>
        <translation>Angehalten: kein neuer Versuch bis zur Freigabe.</translation>
    </message>
    <message>
        <source>About %1 (an estimate from the retry schedule)</source>
        <translation>Etwa %1 (geschätzt aus dem Wiederholungsplan)</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Next Retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Being delivered now, not waiting for a retry.</source>
        <translation>Wird gerade zugestellt, wartet auf keinen neuen Versuch.</translation>
    </message>
    <message>
        <source>Not known: the deferred queue&apos;s time stamps need the root-file helper (Host ▸ Prepare Host…).</source>
        <translation>Unbekannt: die Zeitstempel der zurückgestellten Warteschlange brauchen den Helfer für Root-Dateien (Host ▸ Host vorbereiten …).</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>Due since %1: tried at the mail server&apos;s next queue run.</source>
        <translation>Fällig seit %1: wird beim nächsten Warteschlangenlauf des Mailservers versucht.</translation>
    </message>
    <message>
        <source>Handed in on the host, waiting for the mail server to take it: the submission queue&apos;s own run, or Flush, hands it over.</source>
        <translation>Auf dem Host eingeliefert, wartet darauf, dass der Mailserver sie übernimmt: der eigene Lauf der Einlieferungs-Warteschlange oder Zustellen übergibt sie.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::QueuePage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Flush &amp;Whole Queue</source>
        <translation>&amp;Ganze Warteschlange zustellen</translation>
    </message>
    <message>
        <source>Filter by queue ID, sender, recipient or reason</source>
        <translation>Nach Queue-ID, Absender, Empfänger oder Grund filtern</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <source>Older than %1</source>
        <translation>Älter als %1</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <source>Read the queue again</source>
        <translation>Die Warteschlange neu lesen</translation>
    </message>
    <message>
        <source>Select a message to see its envelope and why each recipient waits.</source>
        <translation>Eine Nachricht auswählen, um ihren Umschlag zu sehen und warum jeder Empfänger wartet.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the queue; nobody is told</source>
        <translation>Die ausgewählten Nachrichten aus der Warteschlange entfernen; niemand wird benachrichtigt</translation>
    </message>
    <message>
        <source>H&amp;old…</source>
        <translation>An&amp;halten…</translation>
    </message>
    <message>
        <source>Keep the selected messages in the queue without trying to deliver them</source>
        <translation>Die ausgewählten Nachrichten in der Warteschlange behalten, ohne sie zuzustellen</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Let held messages be delivered again</source>
        <translation>Angehaltene Nachrichten wieder zustellen lassen</translation>
    </message>
    <message>
        <source>Re&amp;queue…</source>
        <translation>&amp;Neu einreihen…</translation>
    </message>
    <message>
        <source>Run the selected messages through address rewriting and routing again (after a configuration change); held ones are released</source>
        <translation>Die ausgewählten Nachrichten erneut durch Adressumschreibung und Routing schicken (nach einer Konfigurationsänderung); angehaltene werden freigegeben</translation>
    </message>
    <message>
        <source>&amp;Flush…</source>
        <translation>&amp;Zustellen…</translation>
    </message>
    <message>
        <source>Try to deliver the selected messages now</source>
        <translation>Die ausgewählten Nachrichten jetzt zuzustellen versuchen</translation>
    </message>
    <message>
        <source>Try to deliver every message in the queue now</source>
        <translation>Jede Nachricht der Warteschlange jetzt zuzustellen versuchen</translation>
    </message>
    <message>
        <source>By recipient domain</source>
        <translation>Nach Empfängerdomain</translation>
    </message>
    <message>
        <source>By sender domain</source>
        <translation>Nach Absenderdomain</translation>
    </message>
    <message>
        <source>Recipients (or senders) of the messages shown, by domain and by age in minutes, as qshape counts them.</source>
        <translation>Empfänger (oder Absender) der gezeigten Nachrichten nach Domain und Alter in Minuten, so wie qshape sie zählt.</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>S&amp;hape</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <source>Select a host in the list on the left to see its mail queue.</source>
        <translation>Einen Host in der Liste links auswählen, um seine Mail-Warteschlange zu sehen.</translation>
    </message>
    <message>
        <source>Connect to %1 to see its mail queue.</source>
        <translation>Mit %1 verbinden, um seine Mail-Warteschlange zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the queue of %1? Neither sender nor recipients are told; this cannot be undone.</source>
        <translation>
            <numerusform>%n Nachricht aus der Warteschlange von %1 löschen? Weder Absender noch Empfänger werden benachrichtigt; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Nachrichten aus der Warteschlange von %1 löschen? Weder Absender noch Empfänger werden benachrichtigt; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n message(s) in the queue of %1 on hold? They stay until released or deleted.</source>
        <translation>
            <numerusform>%n Nachricht in der Warteschlange von %1 anhalten? Sie bleibt, bis sie freigegeben oder gelöscht wird.</numerusform>
            <numerusform>%n Nachrichten in der Warteschlange von %1 anhalten? Sie bleiben, bis sie freigegeben oder gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n message(s) in the queue of %1 from hold?</source>
        <translation>
            <numerusform>%n angehaltene Nachricht in der Warteschlange von %1 freigeben?</numerusform>
            <numerusform>%n angehaltene Nachrichten in der Warteschlange von %1 freigeben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requeue %n message(s) in the queue of %1? Held ones are released.</source>
        <translation>
            <numerusform>%n Nachricht in der Warteschlange von %1 neu einreihen? Angehaltene werden freigegeben.</numerusform>
            <numerusform>%n Nachrichten in der Warteschlange von %1 neu einreihen? Angehaltene werden freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to deliver every message in the queue of %1 now?</source>
        <translation>Jede Nachricht in der Warteschlange von %1 jetzt zuzustellen versuchen?</translation>
    </message>
    <message numerus="yes">
        <source>Try to deliver %n message(s) in the queue of %1 now?</source>
        <translation>
            <numerusform>%n Nachricht in der Warteschlange von %1 jetzt zuzustellen versuchen?</numerusform>
            <numerusform>%n Nachrichten in der Warteschlange von %1 jetzt zuzustellen versuchen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail Queue</source>
        <translation>Mail-Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%1: running on %n message(s)…</source>
        <translation>
            <numerusform>%1: läuft für %n Nachricht…</numerusform>
            <numerusform>%1: läuft für %n Nachrichten…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading the queue again in a few seconds to see what left it.</source>
        <translation>Die Warteschlange wird in einigen Sekunden neu gelesen, um zu sehen, was sie verlassen hat.</translation>
    </message>
    <message>
        <source>no reason given yet</source>
        <translation>noch kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Flush: %1 of %2 messages left the queue (delivered or returned); %3 still wait.</source>
        <translation>Zustellen: %1 von %2 Nachrichten haben die Warteschlange verlassen (zugestellt oder zurückgeschickt); %3 warten noch.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Reading the queue of %1… %2 messages so far.</source>
        <translation>Die Warteschlange von %1 wird gelesen… bisher %2 Nachrichten.</translation>
    </message>
    <message>
        <source>The queue of %1 could not be read completely: %2</source>
        <translation>Die Warteschlange von %1 konnte nicht vollständig gelesen werden: %2</translation>
    </message>
    <message>
        <source>The queue of %1 is empty.</source>
        <translation>Die Warteschlange von %1 ist leer.</translation>
    </message>
    <message>
        <source>%1 messages in the queue of %2, %3 on hold; %4 shown.</source>
        <translation>%1 Nachrichten in der Warteschlange von %2, %3 angehalten; %4 angezeigt.</translation>
    </message>
    <message>
        <source>Read in %1 s.</source>
        <translation>Gelesen in %1 s.</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>Nicht verstanden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n Nachricht ausgewählt.</numerusform>
            <numerusform>%n Nachrichten ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue ID: %1</source>
        <translation>Queue-ID: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Warteschlange: %1</translation>
    </message>
    <message>
        <source>Arrived: %1 (%2 ago)</source>
        <translation>Angekommen: %1 (vor %2)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>Next retry: %1 (%2)</source>
        <translation>Nächster Versuch: %1 (%2)</translation>
    </message>
    <message>
        <source>Marked to be returned to the sender at the next delivery attempt.</source>
        <translation>Beim nächsten Zustellversuch an den Absender zurückzugeben.</translation>
    </message>
    <message>
        <source>Recipients (%1):</source>
        <translation>Empfänger (%1):</translation>
    </message>
    <message>
        <source>Sender Domain</source>
        <translation>Absenderdomain</translation>
    </message>
    <message>
        <source>Recipient Domain</source>
        <translation>Empfängerdomain</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domains</translation>
    </message>
    <message>
        <source>Messa&amp;ge</source>
        <translation>Nachric&amp;ht</translation>
    </message>
    <message>
        <source>Delivery attempts: %1</source>
        <translation>Zustellversuche: %1</translation>
    </message>
    <message>
        <source>Next retry: %1 (about %2; an estimate from the retry schedule)</source>
        <translation>Nächster Versuch: %1 (etwa %2; geschätzt nach dem Wiederholungsplan)</translation>
    </message>
    <message>
        <source>When to warn about this host&apos;s queue</source>
        <translation>Wann vor der Warteschlange dieses Hosts gewarnt wird</translation>
    </message>
    <message>
        <source>Alarms…</source>
        <translation>Alarme…</translation>
    </message>
    <message>
        <source>E&amp;nvelope</source>
        <translation>Umschla&amp;g</translation>
    </message>
    <message>
        <source>qmail&apos;s queue files may only be changed while qmail-send is stopped: it is stopped for a moment (deliveries under way finish first) and started again.</source>
        <translation>qmails Warteschlangendateien dürfen nur geändert werden, während qmail-send angehalten ist: Es wird kurz angehalten (laufende Zustellungen enden zuerst) und wieder gestartet.</translation>
    </message>
    <message>
        <source>Last attempt: %1 (%2 ago)</source>
        <translation>Letzter Versuch: %1 (vor %2)</translation>
    </message>
</context>
<context>
    <name>Mailwarden::ResultPage</name>
    <message>
        <source>&amp;Roll Back Everything…</source>
        <translation>Alles &amp;zurücknehmen …</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finish keeps the change. Roll back puts every file back as it was. Closed now, the wizard opens here again next time.</source>
        <translation>Beenden behält die Änderung. Zurücknehmen stellt jede Datei wieder her, wie sie war. Jetzt geschlossen, öffnet sich der Assistent beim nächsten Mal wieder hier.</translation>
    </message>
    <message>
        <source>Roll Back Everything</source>
        <translation>Alles zurücknehmen</translation>
    </message>
    <message>
        <source>Put every file the hardening changed on %1 back as it was before?</source>
        <translation>Jede Datei, die die Härtung auf %1 geändert hat, wieder so herstellen, wie sie vorher war?</translation>
    </message>
    <message>
        <source>Opened where the hardening of %1 was left: applied, to keep or roll back.</source>
        <translation>Dort geöffnet, wo die Härtung von %1 verlassen wurde: angewendet, zu behalten oder zurückzunehmen.</translation>
    </message>
    <message>
        <source>Rolled back: %1 is as it was before the hardening.</source>
        <translation>Zurückgenommen: %1 ist wie vor der Härtung.</translation>
    </message>
    <message>
        <source>Nothing was changed on %1.</source>
        <translation>Auf %1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Applied, but not verified: run the audit again.</source>
        <translation>Angewendet, aber nicht kontrolliert: führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Every fixed rule passes now (%1 failed before, %2 now).</source>
        <translation>Alle korrigierten Regeln sind jetzt bestanden (vorher %1 nicht bestanden, jetzt %2).</translation>
    </message>
    <message>
        <source>Still failing after the change: %1</source>
        <translation>Nach der Änderung weiter nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgenommen …</translation>
    </message>
    <message>
        <source>Every file is back as it was.</source>
        <translation>Jede Datei ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The roll back did not run through: %1</source>
        <translation>Das Zurücknehmen lief nicht durch: %1</translation>
    </message>
    <message>
        <source>Save Hardening Report</source>
        <translation>Härtungsbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert in %1.</translation>
    </message>
    <message>
        <source>&amp;Keep and Finish</source>
        <translation>&amp;Behalten und beenden</translation>
    </message>
</context>
<context>
    <name>Mailwarden::SendmailMcForm</name>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>arguments, separated by commas (most features take none)</source>
        <translation>Argumente, durch Kommas getrennt (die meisten Features brauchen keine)</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>example.org (empty: no masquerading)</source>
        <translation>example.org (leer: keine Maskierung)</translation>
    </message>
    <message>
        <source>Add Feature</source>
        <translation>Feature hinzufügen</translation>
    </message>
    <message>
        <source>Remove Feature</source>
        <translation>Feature entfernen</translation>
    </message>
    <message>
        <source>Set Define</source>
        <translation>Definition setzen</translation>
    </message>
    <message>
        <source>Remove Define</source>
        <translation>Definition entfernen</translation>
    </message>
    <message>
        <source>Add Daemon</source>
        <translation>Daemon hinzufügen</translation>
    </message>
    <message>
        <source>Remove Daemon</source>
        <translation>Daemon entfernen</translation>
    </message>
    <message>
        <source>Set Masquerading</source>
        <translation>Maskierung setzen</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Listening (DAEMON_OPTIONS)</source>
        <translation>Empfang (DAEMON_OPTIONS)</translation>
    </message>
    <message>
        <source>Masquerading (MASQUERADE_AS)</source>
        <translation>Maskierung (MASQUERADE_AS)</translation>
    </message>
    <message>
        <source>Each change adds, changes or removes one call of sendmail.mc; the rest stays as written. Apply rebuilds sendmail.cf from it with m4.</source>
        <translation>Jede Änderung fügt einen Aufruf in sendmail.mc hinzu, ändert oder entfernt ihn; der Rest bleibt, wie er geschrieben ist. Anwenden erzeugt sendmail.cf daraus mit m4 neu.</translation>
    </message>
    <message>
        <source>DAEMON_OPTIONS(%1)</source>
        <translation>DAEMON_OPTIONS(%1)</translation>
    </message>
    <message>
        <source>No DAEMON_OPTIONS(%1)</source>
        <translation>Kein DAEMON_OPTIONS(%1)</translation>
    </message>
    <message>
        <source>No masquerading</source>
        <translation>Keine Maskierung</translation>
    </message>
    <message>
        <source>MASQUERADE_AS(%1)</source>
        <translation>MASQUERADE_AS(%1)</translation>
    </message>
    <message>
        <source>FEATURE(%1)</source>
        <translation>FEATURE(%1)</translation>
    </message>
    <message>
        <source>define(%1, %2)</source>
        <translation>define(%1, %2)</translation>
    </message>
    <message>
        <source>No FEATURE(%1)</source>
        <translation>Kein FEATURE(%1)</translation>
    </message>
    <message>
        <source>No define(%1)</source>
        <translation>Kein define(%1)</translation>
    </message>
    <message>
        <source>sendmail.mc cannot be read as a form: %1</source>
        <translation>sendmail.mc kann nicht als Formular gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Mailwarden::StatsDashboard</name>
    <message>
        <source>Save Chart…</source>
        <translation>Diagramm speichern …</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>Dieses Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the table shown as CSV</source>
        <translation>Die angezeigte Tabelle als CSV speichern</translation>
    </message>
    <message>
        <source>%1 log lines read, %2 of them from the MTA.</source>
        <translation>%1 Logzeilen gelesen, %2 davon vom MTA.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no table %1.</source>
        <translation>Es gibt keine Tabelle %1.</translation>
    </message>
    <message>
        <source>Cannot render the chart.</source>
        <translation>Das Diagramm lässt sich nicht zeichnen.</translation>
    </message>
    <message>
        <source>Mail statistics: %1</source>
        <translation>Mailstatistik: %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Nothing of this kind in the log.</source>
        <translation>Nichts dieser Art im Log.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) (the CSV export has them all).</source>
        <translation>
            <numerusform>… und %n weitere Zeile (der CSV-Export enthält alle).</numerusform>
            <numerusform>… und %n weitere Zeilen (der CSV-Export enthält alle).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
</context>
<context>
    <name>Mailwarden::StatsPage</name>
    <message>
        <source>&amp;Read Logs</source>
        <translation>Logs &amp;lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren …</translation>
    </message>
    <message>
        <source>%p % read</source>
        <translation>%p % gelesen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>Li&amp;ve</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) read: %2.</source>
        <translation>
            <numerusform>%1: %n Datei gelesen: %2.</numerusform>
            <numerusform>%1: %n Dateien gelesen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a host in the list on the left to see its mail statistics.</source>
        <translation>Wählen Sie links einen Host, um seine Mailstatistik zu sehen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
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
        <source>The current log</source>
        <translation>Das aktuelle Log</translation>
    </message>
    <message>
        <source>The current and rotated logs</source>
        <translation>Das aktuelle und die rotierten Logs</translation>
    </message>
    <message>
        <source>Chosen files…</source>
        <translation>Ausgewählte Dateien …</translation>
    </message>
    <message>
        <source>Connect to %1 to read its mail logs.</source>
        <translation>Verbinden Sie sich mit %1, um seine Mail-Logs zu lesen.</translation>
    </message>
    <message>
        <source>Looking for the mail logs of %1…</source>
        <translation>Suche die Mail-Logs von %1 …</translation>
    </message>
    <message>
        <source>The mail logs of %1 could not be listed: %2</source>
        <translation>Die Mail-Logs von %1 ließen sich nicht auflisten: %2</translation>
    </message>
    <message>
        <source>%1 has no mail log this account may read (looked for %2). On Debian the account needs the group adm.</source>
        <translation>%1 hat kein Mail-Log, das dieses Konto lesen darf (gesucht: %2). Unter Debian braucht das Konto die Gruppe adm.</translation>
    </message>
    <message>
        <source>Choose Log Files</source>
        <translation>Logdateien auswählen</translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation>%1  (%2, %3)</translation>
    </message>
    <message>
        <source>This account may not read it.</source>
        <translation>Dieses Konto darf sie nicht lesen.</translation>
    </message>
    <message>
        <source>The logs on %1 to summarise, read oldest first:</source>
        <translation>Die auszuwertenden Logs auf %1, die ältesten zuerst gelesen:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>chosen files</source>
        <translation>ausgewählte Dateien</translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation>Lese %1 auf %2 …</translation>
    </message>
    <message>
        <source>Cancelled: %1 (%2).</source>
        <translation>Abgebrochen: %1 (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Summarising…</source>
        <translation>Werte aus …</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;HTML pages (*.html)</source>
        <translation>PDF-Dokumente (*.pdf);;HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>No log on %1 holds lines of the period “%2”.</source>
        <translation>Kein Log auf %1 enthält Zeilen des Zeitraums „%2“.</translation>
    </message>
    <message>
        <source>qmail-send&apos;s log (/var/log/qmail) is readable only by root: prepare %1 for Mailwarden (Host ▸ Prepare Host…) so that its helper can read it.</source>
        <translation>Das Log von qmail-send (/var/log/qmail) kann nur root lesen: Bereiten Sie %1 für Mailwarden vor (Host ▸ Host vorbereiten …), damit sein Helfer es lesen kann.</translation>
    </message>
    <message>
        <source>qmail-send&apos;s log through mw-file (the newest %1)</source>
        <translation>Log von qmail-send über mw-file (die neuesten %1)</translation>
    </message>
    <message>
        <source>Reading qmail-send&apos;s log on %1…</source>
        <translation>Lese das Log von qmail-send auf %1 …</translation>
    </message>
    <message>
        <source>qmail-send&apos;s log could not be read: %1</source>
        <translation>Das Protokoll von qmail-send konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Hosts Side by Side</source>
        <translation>&amp;Hosts nebeneinander</translation>
    </message>
</context>
<context>
    <name>Mailwarden::TableModel</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Rule (allow/deny, variables)</source>
        <translation>Regel (allow/deny, Variablen)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Mailwarden::TablesPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Test Lookup</source>
        <translation>Abfrage &amp;testen</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Zeilen filtern …</translation>
    </message>
    <message>
        <source>Key to look up</source>
        <translation>Abzufragender Schlüssel</translation>
    </message>
    <message>
        <source>Change the key of the copy, then add it.</source>
        <translation>Ändern Sie den Schlüssel der Kopie und fügen Sie sie dann hinzu.</translation>
    </message>
    <message>
        <source>Select a host in the list on the left to see its access, alias, relay and routing tables.</source>
        <translation>Wählen Sie links einen Host, um seine Zugriffs-, Alias-, Relay- und Routing-Tabellen zu sehen.</translation>
    </message>
    <message>
        <source>Connect to %1 to see its tables (Host ▸ Connect).</source>
        <translation>Verbinden Sie sich mit %1, um seine Tabellen zu sehen (Host ▸ Verbinden).</translation>
    </message>
    <message>
        <source>Select a table on the left.</source>
        <translation>Wählen Sie links eine Tabelle.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (nur lesbar)</translation>
    </message>
    <message>
        <source>Used by: %1</source>
        <translation>Verwendet von: %1</translation>
    </message>
    <message>
        <source>A database lookup: %1 is its query file. Mailwarden shows it but does not edit it.</source>
        <translation>Eine Datenbankabfrage: %1 ist ihre Abfragedatei. Mailwarden zeigt sie, bearbeitet sie aber nicht.</translation>
    </message>
    <message>
        <source>This file is not edited row by row: open it in the Config tab.</source>
        <translation>Diese Datei wird nicht zeilenweise bearbeitet: Öffnen Sie sie im Reiter Konfiguration.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist yet: the first row you add creates it.</source>
        <translation>%1 gibt es noch nicht: Die erste Zeile, die Sie hinzufügen, legt die Datei an.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n Zeile.</numerusform>
            <numerusform>%n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Ask the host what the applied table answers for this key.</source>
        <translation>Den Host fragen, was die angewendete Tabelle für diesen Schlüssel antwortet.</translation>
    </message>
    <message>
        <source>Not available for this table: Sendmail&apos;s maps can be read only by root, and qmail&apos;s lists are plain files.</source>
        <translation>Für diese Tabelle nicht verfügbar: Sendmails Maps kann nur root lesen, und qmails Listen sind einfache Dateien.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rows</source>
        <translation>
            <numerusform>%n Zeile entfernen</numerusform>
            <numerusform>%n Zeilen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt …</translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The live table answers for %1: %2</source>
        <translation>Die laufende Tabelle antwortet für %1: %2</translation>
    </message>
    <message>
        <source>The live table has no entry for %1.</source>
        <translation>Die laufende Tabelle hat keinen Eintrag für %1.</translation>
    </message>
    <message>
        <source>Exit code %1: %2</source>
        <translation>Exit-Code %1: %2</translation>
    </message>
    <message>
        <source>Remove the comment of %1</source>
        <translation>Kommentar von %1 entfernen</translation>
    </message>
    <message>
        <source>Comment %1</source>
        <translation>%1 kommentieren</translation>
    </message>
</context>
<context>
    <name>Mailwarden::TargetPage</name>
    <message>
        <source>Host and role</source>
        <translation>Host und Rolle</translation>
    </message>
    <message>
        <source>What the host does decides what it must refuse: a null client needs no listener reachable from outside, an Internet-facing MX needs DNSBLs, TLS, limits and strict relay rules.</source>
        <translation>Was der Host tut, entscheidet, was er ablehnen muss: ein Null-Client braucht keinen von außen erreichbaren Listener, ein MX im Internet braucht DNSBLs, TLS, Grenzen und strenge Relay-Regeln.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>The probes connect from this address of this machine. Use one the host does not trust (Sendmail relays for 127.0.0.1), as an outsider would.</source>
        <translation>Die Tests verbinden sich von dieser Adresse dieses Rechners. Nehmen Sie eine, der der Host nicht vertraut (Sendmail leitet für 127.0.0.1 weiter), wie ein Außenstehender.</translation>
    </message>
    <message>
        <source>Probe from address:</source>
        <translation>Testen von Adresse:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) is connected over SSH. Mail system: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) ist über SSH verbunden. Mailsystem: %3.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>Mailwarden::TestsPage</name>
    <message>
        <source>Open relay</source>
        <translation>Offenes Relay</translation>
    </message>
    <message>
        <source>STARTTLS and TLS</source>
        <translation>STARTTLS und TLS</translation>
    </message>
    <message>
        <source>SMTP exposure</source>
        <translation>SMTP-Angriffsfläche</translation>
    </message>
    <message>
        <source>&amp;Relay</source>
        <translation>&amp;Relay</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Exposure</source>
        <translation>&amp;Angriffsfläche</translation>
    </message>
    <message>
        <source>&amp;Run Tests</source>
        <translation>Tests &amp;ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben …</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>This machine, from address</source>
        <translation>Dieser Rechner, von Adresse</translation>
    </message>
    <message>
        <source>Inside the host (its SSH connection)</source>
        <translation>Im Host (über seine SSH-Verbindung)</translation>
    </message>
    <message>
        <source>e.g. 127.0.0.3</source>
        <translation>z. B. 127.0.0.3</translation>
    </message>
    <message>
        <source>Open the setting that mends the selected finding</source>
        <translation>Die Einstellung öffnen, die den gewählten Befund behebt</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Select a host in the list on the left to test its mail server.</source>
        <translation>Wählen Sie links einen Host, um seinen Mailserver zu testen.</translation>
    </message>
    <message>
        <source>Connect to %1 to test its mail server.</source>
        <translation>Verbinden Sie sich mit %1, um seinen Mailserver zu testen.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Choose at least one test.</source>
        <translation>Wählen Sie mindestens einen Test.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address of this machine.</source>
        <translation>„%1“ ist keine IP-Adresse dieses Rechners.</translation>
    </message>
    <message>
        <source>From inside %1 to 127.0.0.1:%2</source>
        <translation>Aus %1 heraus an 127.0.0.1:%2</translation>
    </message>
    <message>
        <source>From this machine (%1) to %2:%3</source>
        <translation>Von diesem Rechner (%1) an %2:%3</translation>
    </message>
    <message>
        <source>From this machine to %1:%2</source>
        <translation>Von diesem Rechner an %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) made.</source>
        <translation>
            <numerusform>%n Prüfung gemacht.</numerusform>
            <numerusform>%n Prüfungen gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: verbinde …</translation>
    </message>
    <message>
        <source>No channel from %1 to its own port %2: %3</source>
        <translation>Kein Kanal von %1 zu seinem eigenen Port %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n check(s) so far)</source>
        <translation>
            <numerusform>%1: %2 (bisher %n Prüfung)</numerusform>
            <numerusform>%1: %2 (bisher %n Prüfungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n check(s).</source>
        <translation>
            <numerusform>Nach %n Prüfung abgebrochen.</numerusform>
            <numerusform>Nach %n Prüfungen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Rat: %1</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Fakten:</translation>
    </message>
    <message>
        <source>SMTP transcript:</source>
        <translation>SMTP-Mitschnitt:</translation>
    </message>
    <message>
        <source>Mail server tests: %1</source>
        <translation>Mailserver-Tests: %1</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>Export Test Results</source>
        <translation>Testergebnisse exportieren</translation>
    </message>
    <message>
        <source>Select a check to see its evidence, advice and SMTP transcript.</source>
        <translation>Wählen Sie eine Prüfung, um ihren Beleg, den Rat und den SMTP-Mitschnitt zu sehen.</translation>
    </message>
    <message>
        <source>SMTP&amp;S</source>
        <translation>SMTP&amp;S</translation>
    </message>
    <message>
        <source>TLS from the first byte (implicit TLS, as on port 465) instead of STARTTLS</source>
        <translation>TLS ab dem ersten Byte (implizites TLS, wie auf Port 465) statt STARTTLS</translation>
    </message>
    <message>
        <source>JSON files (*.json);;HTML pages (*.html);;PDF documents (*.pdf)</source>
        <translation>JSON-Dateien (*.json);;HTML-Seiten (*.html);;PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SendmailMcForm</name>
    <message>
        <source>Reads the access table: who may relay, who is refused.</source>
        <translation>Liest die access-Tabelle: Wer weiterleiten darf, wer abgewiesen wird.</translation>
    </message>
    <message>
        <source>Adds the domain to local addresses without one.</source>
        <translation>Ergänzt die Domain bei lokalen Adressen ohne Domain.</translation>
    </message>
    <message>
        <source>Lets the access table refuse recipients (To: entries), not only senders.</source>
        <translation>Lässt die access-Tabelle auch Empfänger abweisen (To:-Einträge), nicht nur Absender.</translation>
    </message>
    <message>
        <source>Limits concurrent connections per client through the access table.</source>
        <translation>Begrenzt gleichzeitige Verbindungen je Client über die access-Tabelle.</translation>
    </message>
    <message>
        <source>Delays the client and sender checks until RCPT, so postmaster can still be reached.</source>
        <translation>Verschiebt die Client- und Absenderprüfungen auf RCPT, damit postmaster erreichbar bleibt.</translation>
    </message>
    <message>
        <source>Refuses clients listed on a DNS blocklist (argument: the list).</source>
        <translation>Weist Clients ab, die auf einer DNS-Sperrliste stehen (Argument: die Liste).</translation>
    </message>
    <message>
        <source>Like dnsbl, with a choice of which answers count.</source>
        <translation>Wie dnsbl, mit Wahl, welche Antworten zählen.</translation>
    </message>
    <message>
        <source>Rewrites outgoing sender addresses through a table.</source>
        <translation>Schreibt ausgehende Absenderadressen über eine Tabelle um.</translation>
    </message>
    <message>
        <source>Waits this many milliseconds before greeting; clients that talk first are refused.</source>
        <translation>Wartet so viele Millisekunden vor dem Gruß; Clients, die vorher senden, werden abgewiesen.</translation>
    </message>
    <message>
        <source>Delivers local mail through procmail.</source>
        <translation>Stellt lokale Mail über procmail zu.</translation>
    </message>
    <message>
        <source>Routes domains to chosen mailers and hosts.</source>
        <translation>Leitet Domains an gewählte Mailer und Hosts.</translation>
    </message>
    <message>
        <source>Masquerades hosts of the masqueraded domains too.</source>
        <translation>Maskiert auch Hosts der maskierten Domains.</translation>
    </message>
    <message>
        <source>Masquerades the envelope sender, not only the headers.</source>
        <translation>Maskiert auch den Umschlag-Absender, nicht nur die Kopfzeilen.</translation>
    </message>
    <message>
        <source>Treats ! in addresses as an ordinary character (no UUCP).</source>
        <translation>Behandelt ! in Adressen als gewöhnliches Zeichen (kein UUCP).</translation>
    </message>
    <message>
        <source>Limits connections per client and minute through the access table.</source>
        <translation>Begrenzt Verbindungen je Client und Minute über die access-Tabelle.</translation>
    </message>
    <message>
        <source>Answers mail to user.REDIRECT with the user&apos;s new address.</source>
        <translation>Beantwortet Mail an benutzer.REDIRECT mit der neuen Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>Relays for every host of the local domains: wider than you may want.</source>
        <translation>Leitet für jeden Host der lokalen Domains weiter: weiter gefasst, als Sie vielleicht wollen.</translation>
    </message>
    <message>
        <source>Runs programs from .forward and aliases through the restricted shell.</source>
        <translation>Führt Programme aus .forward und Aliasen über die eingeschränkte Shell aus.</translation>
    </message>
    <message>
        <source>Reads trusted users from trusted-users.</source>
        <translation>Liest vertrauenswürdige Benutzer aus trusted-users.</translation>
    </message>
    <message>
        <source>Reads the local host names from local-host-names.</source>
        <translation>Liest die lokalen Hostnamen aus local-host-names.</translation>
    </message>
    <message>
        <source>Maps virtual domains&apos; addresses to local users or other addresses.</source>
        <translation>Bildet Adressen virtueller Domains auf lokale Benutzer oder andere Adressen ab.</translation>
    </message>
    <message>
        <source>The host all outgoing mail is relayed through.</source>
        <translation>Der Host, über den alle ausgehende Mail weitergeleitet wird.</translation>
    </message>
    <message>
        <source>The SASL mechanisms offered to clients.</source>
        <translation>Die SASL-Mechanismen, die Clients angeboten werden.</translation>
    </message>
    <message>
        <source>AUTH options; p keeps plain-text passwords off unencrypted sessions.</source>
        <translation>AUTH-Optionen; p hält Klartext-Passwörter aus unverschlüsselten Sitzungen heraus.</translation>
    </message>
    <message>
        <source>After this many unknown recipients, answers slow down.</source>
        <translation>Nach so vielen unbekannten Empfängern werden die Antworten langsamer.</translation>
    </message>
    <message>
        <source>The CA certificate file for TLS.</source>
        <translation>Die CA-Zertifikatsdatei für TLS.</translation>
    </message>
    <message>
        <source>The directory of CA certificates for TLS.</source>
        <translation>Das Verzeichnis der CA-Zertifikate für TLS.</translation>
    </message>
    <message>
        <source>Most new connections per second the daemon accepts.</source>
        <translation>Höchstzahl neuer Verbindungen je Sekunde, die der Daemon annimmt.</translation>
    </message>
    <message>
        <source>The host&apos;s full name ($j), when detection gets it wrong.</source>
        <translation>Der volle Name des Hosts ($j), wenn die Erkennung ihn falsch ermittelt.</translation>
    </message>
    <message>
        <source>How much Sendmail logs (9 is the default).</source>
        <translation>Wie viel Sendmail protokolliert (9 ist der Standard).</translation>
    </message>
    <message>
        <source>Most SMTP sessions at once (0: no limit).</source>
        <translation>Höchstzahl gleichzeitiger SMTP-Sitzungen (0: unbegrenzt).</translation>
    </message>
    <message>
        <source>The largest message accepted, in bytes.</source>
        <translation>Die größte angenommene Nachricht, in Bytes.</translation>
    </message>
    <message>
        <source>Most recipients per message.</source>
        <translation>Höchstzahl der Empfänger je Nachricht.</translation>
    </message>
    <message>
        <source>PrivacyOptions: what Sendmail refuses to tell (see the Privacy tab).</source>
        <translation>PrivacyOptions: Was Sendmail nicht verrät (siehe Reiter Datenschutz).</translation>
    </message>
    <message>
        <source>Above this load, mail is queued instead of delivered.</source>
        <translation>Oberhalb dieser Last wird Mail in die Warteschlange gestellt statt zugestellt.</translation>
    </message>
    <message>
        <source>Above this load, new connections are refused.</source>
        <translation>Oberhalb dieser Last werden neue Verbindungen abgewiesen.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate: STARTTLS needs it.</source>
        <translation>Das TLS-Zertifikat des Servers: STARTTLS braucht es.</translation>
    </message>
    <message>
        <source>The private key of the server&apos;s certificate.</source>
        <translation>Der private Schlüssel des Serverzertifikats.</translation>
    </message>
    <message>
        <source>The greeting after 220 (see the Privacy tab).</source>
        <translation>Der Gruß nach 220 (siehe Reiter Datenschutz).</translation>
    </message>
    <message>
        <source>How long to wait for an ident answer (0: do not ask).</source>
        <translation>Wie lange auf eine ident-Antwort gewartet wird (0: nicht fragen).</translation>
    </message>
    <message>
        <source>How long undeliverable mail stays queued.</source>
        <translation>Wie lange unzustellbare Mail in der Warteschlange bleibt.</translation>
    </message>
    <message>
        <source>When the sender is warned that mail is delayed.</source>
        <translation>Wann der Absender gewarnt wird, dass Mail verzögert ist.</translation>
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
    <message>
        <source>Summarise Postfix, Sendmail or qmail logs like pflogsumm, as text or JSON.</source>
        <translation>Protokolle von Postfix, Sendmail oder qmail wie pflogsumm zusammenfassen, als Text oder JSON.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>stats: %1 needs a value</source>
        <translation>stats: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>stats: unknown MTA &apos;%1&apos; (postfix, sendmail, qmail or auto)</source>
        <translation>stats: unbekannter MTA „%1“ (postfix, sendmail, qmail oder auto)</translation>
    </message>
    <message>
        <source>stats: --top needs a number</source>
        <translation>stats: --top braucht eine Zahl</translation>
    </message>
    <message>
        <source>stats: unknown option &apos;%1&apos;</source>
        <translation>stats: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>stats: name a log file, or - for standard input</source>
        <translation>stats: eine Protokolldatei angeben, oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>stats: --follow takes exactly one log file</source>
        <translation>stats: --follow nimmt genau eine Protokolldatei</translation>
    </message>
    <message>
        <source>%1: connection failed: %2</source>
        <translation>%1: Verbindung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: connected to %2 (%3)</source>
        <translation>%1: verbunden mit %2 (%3)</translation>
    </message>
    <message>
        <source>MTA: %1 %2</source>
        <translation>MTA: %1 %2</translation>
    </message>
    <message>
        <source>sudo -n: ok</source>
        <translation>sudo -n: in Ordnung</translation>
    </message>
    <message>
        <source>sudo -n: refused (%1)</source>
        <translation>sudo -n: abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli hosts add NAME --address HOST [--port N] [--user USER] [--auth key|agent|password|keyboard-interactive] [--key FILE] [--secret-stdin] [--no-sudo] [--group GROUP] [--mta postfix|sendmail|qmail] [--file-helper PATH] | hosts add NAME --local</source>
        <translation>Aufruf: mailwarden-cli hosts add NAME --address HOST [--port N] [--user BENUTZER] [--auth key|agent|password|keyboard-interactive] [--key DATEI] [--secret-stdin] [--no-sudo] [--group GRUPPE] [--mta postfix|sendmail|qmail] [--file-helper PFAD] | hosts add NAME --local</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid host name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Host-Name: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Unknown login method &apos;%1&apos;.</source>
        <translation>Unbekannte Anmeldeart „%1“.</translation>
    </message>
    <message>
        <source>Host %1 saved (%2).</source>
        <translation>Host %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>No host named &apos;%1&apos;.</source>
        <translation>Es gibt keinen Host namens „%1“.</translation>
    </message>
    <message>
        <source>Host %1 removed.</source>
        <translation>Host %1 entfernt.</translation>
    </message>
    <message>
        <source>New master password for the secrets file: </source>
        <translation>Neues Master-Passwort für die Geheimnisdatei: </translation>
    </message>
    <message>
        <source>Master password: </source>
        <translation>Master-Passwort: </translation>
    </message>
    <message>
        <source>Repeat the master password: </source>
        <translation>Master-Passwort wiederholen: </translation>
    </message>
    <message>
        <source>No host named &apos;%1&apos; (see: mailwarden-cli hosts list).</source>
        <translation>Es gibt keinen Host namens „%1“ (siehe: mailwarden-cli hosts list).</translation>
    </message>
    <message>
        <source>Check the fingerprint, then run again with --accept-fingerprint FINGERPRINT to trust it.</source>
        <translation>Prüfen Sie den Fingerabdruck und starten Sie erneut mit --accept-fingerprint FINGERABDRUCK, um ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>stats: with --host, name log files on that host</source>
        <translation>stats: mit --host nennen Sie Protokolldateien auf diesem Host</translation>
    </message>
    <message>
        <source>stats: cannot read %1: %2</source>
        <translation>stats: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>stats: --mailstats reads one table: --host NAME, a file or -</source>
        <translation>stats: --mailstats liest eine Tabelle: --host NAME, eine Datei oder -</translation>
    </message>
    <message>
        <source>test: %1 needs a value</source>
        <translation>test: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>test: &apos;%1&apos; is not an address</source>
        <translation>test: &apos;%1&apos; ist keine Adresse</translation>
    </message>
    <message>
        <source>test: unknown option &apos;%1&apos;</source>
        <translation>test: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>test: name the tests and one server</source>
        <translation>test: Geben Sie die Tests und einen Server an</translation>
    </message>
    <message>
        <source>test: unknown test &apos;%1&apos; (relay, tls, smtp or all)</source>
        <translation>test: unbekannter Test &apos;%1&apos; (relay, tls, smtp oder all)</translation>
    </message>
    <message>
        <source>test: --source and --from-host exclude each other</source>
        <translation>test: --source und --from-host schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>test: cannot open a channel from %1 to %2:%3: %4</source>
        <translation>test: Kanal von %1 zu %2:%3 kann nicht geöffnet werden: %4</translation>
    </message>
    <message>
        <source>Test a mail server for open relaying, STARTTLS/certificate and SMTP exposure.</source>
        <translation>Einen Mailserver auf offenes Relay, STARTTLS/Zertifikat und SMTP-Angriffsfläche testen.</translation>
    </message>
    <message>
        <source>Run a command on a host: exec NAME [--sudo] [--accept-new | --accept-fingerprint FP] -- CMD ARGS...</source>
        <translation>Einen Befehl auf einem Host ausführen: exec NAME [--sudo] [--accept-new | --accept-fingerprint FP] -- BEFEHL ARGUMENTE...</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli exec NAME [--sudo] [--accept-new | --accept-fingerprint FP] [--known-hosts FILE] -- CMD ARGS...</source>
        <translation>Aufruf: mailwarden-cli exec NAME [--sudo] [--accept-new | --accept-fingerprint FP] [--known-hosts DATEI] -- BEFEHL ARGUMENTE...</translation>
    </message>
    <message>
        <source>test: --timeout needs seconds from 1 to %1</source>
        <translation>test: --timeout braucht Sekunden von 1 bis %1</translation>
    </message>
    <message>
        <source>test: &apos;%1&apos; is not HOST or HOST:PORT (a port is 1 to 65535)</source>
        <translation>test: &apos;%1&apos; ist weder HOST noch HOST:PORT (ein Port ist 1 bis 65535)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number (1 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli mta detect|catalogue NAME [--json] [--accept-new | --accept-fingerprint FP] [--known-hosts FILE]</source>
        <translation>Aufruf: mailwarden-cli mta detect|catalogue NAME [--json] [--accept-new | --accept-fingerprint FP] [--known-hosts DATEI]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source> (as %1)</source>
        <translation> (als %1)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (nur lesbar)</translation>
    </message>
    <message>
        <source>Which MTA a host runs and the tables it uses: mta detect|catalogue NAME [--json].</source>
        <translation>Welcher MTA auf einem Host läuft und welche Tabellen er nutzt: mta detect|catalogue NAME [--json].</translation>
    </message>
    <message>
        <source>%1 uses no table or file named &apos;%2&apos; (see: mta catalogue %1)</source>
        <translation>%1 nutzt keine Tabelle oder Datei namens „%2“ (siehe: mta catalogue %1)</translation>
    </message>
    <message>
        <source>&apos;%2&apos; names several files on %1: give the full path</source>
        <translation>„%2“ bezeichnet mehrere Dateien auf %1: Geben Sie den vollen Pfad an</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <source>Refused: nothing on %1 was changed.</source>
        <translation>Abgelehnt: auf %1 wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Failed and rolled back: %1 is as it was.</source>
        <translation>Fehlgeschlagen und zurückgerollt: %1 ist wie zuvor.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>THE ROLL BACK FAILED: check %1 by hand (the report names the backups).</source>
        <translation>DAS ZURÜCKROLLEN IST FEHLGESCHLAGEN: Prüfen Sie %1 von Hand (der Bericht nennt die Sicherungen).</translation>
    </message>
    <message>
        <source>%1: the MTA on this host knows no option &apos;%2&apos;</source>
        <translation>%1: der MTA auf diesem Host kennt keine Option „%2“</translation>
    </message>
    <message>
        <source>%1 does not define %2</source>
        <translation>%1 definiert %2 nicht</translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation>%1 = %2 setzen</translation>
    </message>
    <message>
        <source>Unset %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: remove %2</source>
        <translation>%1: %2 entfernen</translation>
    </message>
    <message>
        <source>Cannot write a local copy to edit.</source>
        <translation>Eine lokale Kopie zum Bearbeiten kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The editor failed; nothing was changed.</source>
        <translation>Der Editor ist fehlgeschlagen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit again? [Y/n] </source>
        <translation>Erneut bearbeiten? [J/n] </translation>
    </message>
    <message>
        <source>%1 is a %2 change set, but %3 runs %4.</source>
        <translation>%1 ist ein Änderungssatz für %2, aber auf %3 läuft %4.</translation>
    </message>
    <message>
        <source>Edit a file of the catalogue in $EDITOR, checked and applied: edit HOST FILE.</source>
        <translation>Eine Datei des Katalogs in $EDITOR bearbeiten, geprüft und angewendet: edit HOST DATEI.</translation>
    </message>
    <message>
        <source>warning: the journal&apos;s chain breaks at entry %1: it was edited outside Mailwarden</source>
        <translation>Warnung: die Kette des Journals bricht bei Eintrag %1: es wurde außerhalb von Mailwarden bearbeitet</translation>
    </message>
    <message>
        <source>The journal has no change %1.</source>
        <translation>Das Journal hat keine Änderung %1.</translation>
    </message>
    <message>
        <source>Every file is as Mailwarden&apos;s history last recorded it.</source>
        <translation>Jede Datei ist so, wie Mailwardens Verlauf sie zuletzt festgehalten hat.</translation>
    </message>
    <message>
        <source>%1: removed outside Mailwarden (last written by change %2)</source>
        <translation>%1: außerhalb von Mailwarden entfernt (zuletzt geschrieben von Änderung %2)</translation>
    </message>
    <message>
        <source>%1: changed outside Mailwarden since change %2</source>
        <translation>%1: seit Änderung %2 außerhalb von Mailwarden geändert</translation>
    </message>
    <message>
        <source>[set in %1; default: %2]</source>
        <translation>[gesetzt in %1; Voreinstellung: %2]</translation>
    </message>
    <message>
        <source>[deprecated: %1]</source>
        <translation>[veraltet: %1]</translation>
    </message>
    <message>
        <source>Manage host profiles: hosts add|list|remove|test|prepare NAME.</source>
        <translation>Host-Profile verwalten: hosts add|list|remove|test|prepare NAME.</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli hosts add|list|remove NAME|test [--accept-new | --accept-fingerprint SHA256:...] [--known-hosts FILE] NAME|prepare NAME (see: hosts prepare --help)</source>
        <translation>Aufruf: mailwarden-cli hosts add|list|remove NAME|test [--accept-new | --accept-fingerprint SHA256:...] [--known-hosts DATEI] NAME|prepare NAME (siehe: hosts prepare --help)</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Preparing %1 (%2, %3) for Mailwarden. These files are installed as root:</source>
        <translation>Bereite %1 (%2, %3) für Mailwarden vor. Diese Dateien werden als root installiert:</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>sudo %1 on the host; sudo -n -l lists %2 of the %3 rules now.</source>
        <translation>sudo %1 auf dem Host; sudo -n -l listet jetzt %2 der %3 Regeln.</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli hosts prepare NAME [--show] [--yes] [--replace] [--sudo-password-stdin] [--json] [--accept-new | --accept-fingerprint SHA256:...] [--known-hosts FILE]</source>
        <translation>Aufruf: mailwarden-cli hosts prepare NAME [--show] [--yes] [--replace] [--sudo-password-stdin] [--json] [--accept-new | --accept-fingerprint SHA256:...] [--known-hosts DATEI]</translation>
    </message>
    <message>
        <source>Install this on %1 as root?</source>
        <translation>Dies als root auf %1 installieren?</translation>
    </message>
    <message>
        <source>Not installed: no consent (answer y on a terminal, or give --yes). Nothing was changed.</source>
        <translation>Nicht installiert: keine Zustimmung (antworten Sie im Terminal mit j oder geben Sie --yes an). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>sudo password of %1 on %2 (sent to sudo only, never stored): </source>
        <translation>sudo-Passwort von %1 auf %2 (geht nur an sudo, wird nie gespeichert): </translation>
    </message>
    <message>
        <source>TAMPERING: %1: %2</source>
        <translation>MANIPULATION: %1: %2</translation>
    </message>
    <message>
        <source>If the host&apos;s journal was replaced on purpose, accept it with: history %1 --reset-cache</source>
        <translation>Wenn das Journal des Hosts absichtlich ersetzt wurde, übernehmen Sie es mit: history %1 --reset-cache</translation>
    </message>
    <message>
        <source>Nothing of %1&apos;s history is cached on this computer yet.</source>
        <translation>Vom Verlauf von %1 ist auf diesem Computer noch nichts zwischengespeichert.</translation>
    </message>
    <message>
        <source>The history of %1 as cached on this computer, last read from the host %2 (UTC); not read now.</source>
        <translation>Der Verlauf von %1, wie er auf diesem Computer zwischengespeichert ist, zuletzt vom Host gelesen %2 (UTC); jetzt nicht gelesen.</translation>
    </message>
    <message>
        <source>Roll back refused: the journal of %1 cannot be trusted (see above).</source>
        <translation>Zurückrollen verweigert: Dem Journal von %1 ist nicht zu trauen (siehe oben).</translation>
    </message>
    <message>
        <source>  no diff: %1</source>
        <translation>  kein Diff: %1</translation>
    </message>
    <message>
        <source>A host&apos;s change journal (or its cached copy): history HOST [ID] [--json] [--offline].</source>
        <translation>Das Änderungsjournal eines Hosts (oder seine zwischengespeicherte Kopie): history HOST [ID] [--json] [--offline].</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli option list HOST [--changed] [--json] | get HOST NAME [--json] | set|unset HOST NAME [VALUE] [--dry-run [--json]] [--accept-fingerprint FP] [--known-hosts FILE]</source>
        <translation>Aufruf: mailwarden-cli option list HOST [--changed] [--json] | get HOST NAME [--json] | set|unset HOST NAME [WERT] [--dry-run [--json]] [--accept-fingerprint FP] [--known-hosts DATEI]</translation>
    </message>
    <message>
        <source>%1: the catalogue names no main.cf or sendmail.mc</source>
        <translation>%1: Der Katalog nennt keine main.cf und keine sendmail.mc</translation>
    </message>
    <message>
        <source>%1: qmail has no one-value control file &apos;%2&apos; (see: option list %1)</source>
        <translation>%1: qmail hat keine Steuerdatei &apos;%2&apos; mit einem einzelnen Wert (siehe: option list %1)</translation>
    </message>
    <message>
        <source>%1 does not exist: qmail already uses its default</source>
        <translation>%1 existiert nicht: qmail verwendet schon seinen Standardwert</translation>
    </message>
    <message>
        <source>Read or change an option (a main.cf parameter, a sendmail.mc define, a qmail control file): option get|set|unset HOST NAME [VALUE].</source>
        <translation>Eine Option lesen oder ändern (ein main.cf-Parameter, ein sendmail.mc-define, eine qmail-Steuerdatei): option get|set|unset HOST NAME [WERT].</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli edit HOST FILE [--dry-run] | apply HOST CHANGESET.json [--dry-run [--json]] [--accept-fingerprint FP] [--known-hosts FILE]</source>
        <translation>Aufruf: mailwarden-cli edit HOST DATEI [--dry-run] | apply HOST ÄNDERUNGSSATZ.json [--dry-run [--json]] [--accept-fingerprint FP] [--known-hosts DATEI]</translation>
    </message>
    <message>
        <source>Apply a change set saved as JSON: apply HOST FILE.json [--dry-run [--json]].</source>
        <translation>Einen als JSON gespeicherten Änderungssatz anwenden: apply HOST DATEI.json [--dry-run [--json]].</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>nur lesbar</translation>
    </message>
    <message>
        <source>not editable</source>
        <translation>nicht bearbeitbar</translation>
    </message>
    <message>
        <source>editable</source>
        <translation>bearbeitbar</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: add %2</source>
        <translation>%1: %2 hinzufügen</translation>
    </message>
    <message>
        <source>%1: move %2</source>
        <translation>%1: %2 verschieben</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli history HOST [ID] [--json] [--offline] [--reset-cache] | rollback HOST ID [--dry-run [--json]] | drift HOST [--diff] [--json] [--accept-fingerprint FP] [--known-hosts FILE]</source>
        <translation>Aufruf: mailwarden-cli history HOST [ID] [--json] [--offline] [--reset-cache] | rollback HOST ID [--dry-run [--json]] | drift HOST [--diff] [--json] [--accept-fingerprint FP] [--known-hosts DATEI]</translation>
    </message>
    <message>
        <source>Undo a change of the journal: rollback HOST ID [--dry-run [--json]].</source>
        <translation>Eine Änderung des Journals zurückrollen: rollback HOST ID [--dry-run [--json]].</translation>
    </message>
    <message>
        <source>Files changed outside Mailwarden since its last change: drift HOST [--diff] [--json].</source>
        <translation>Dateien, die seit der letzten Änderung außerhalb von Mailwarden geändert wurden: drift HOST [--diff] [--json].</translation>
    </message>
    <message>
        <source>%1: %2 does not exist</source>
        <translation>%1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli table list HOST [--json] | show HOST TABLE [--json] | add|set HOST TABLE KEY [VALUE] | remove HOST TABLE KEY | move HOST TABLE KEY --before KEY|--after KEY|--first|--last | comment HOST TABLE KEY [TEXT]; add takes the same position (default --last); changes take [--dry-run [--json]] [--accept-fingerprint FP] [--known-hosts FILE]</source>
        <translation>Aufruf: mailwarden-cli table list HOST [--json] | show HOST TABELLE [--json] | add|set HOST TABELLE SCHLÜSSEL [WERT] | remove HOST TABELLE SCHLÜSSEL | move HOST TABELLE SCHLÜSSEL --before SCHLÜSSEL|--after SCHLÜSSEL|--first|--last | comment HOST TABELLE SCHLÜSSEL [TEXT]; add nimmt dieselbe Position (Vorgabe --last); Änderungen nehmen [--dry-run [--json]] [--accept-fingerprint FP] [--known-hosts DATEI]</translation>
    </message>
    <message>
        <source>%1 has no entry %2</source>
        <translation>%1 hat keinen Eintrag %2</translation>
    </message>
    <message>
        <source>%1: comment %2</source>
        <translation>%1: %2 kommentieren</translation>
    </message>
    <message>
        <source>List, show or edit the tables of the catalogue: table list|show|add|set|remove|move|comment HOST [TABLE [KEY [VALUE]]].</source>
        <translation>Tabellen des Katalogs auflisten, zeigen oder bearbeiten: table list|show|add|set|remove|move|comment HOST [TABELLE [SCHLÜSSEL [WERT]]].</translation>
    </message>
    <message>
        <source>queue: %1 needs a number from %2 to %3</source>
        <translation>queue: %1 braucht eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>queue: %1</source>
        <translation>queue: %1</translation>
    </message>
    <message>
        <source>queue: unknown queue &apos;%1&apos; (%2)</source>
        <translation>queue: unbekannte Warteschlange &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>queue: --by takes sender or recipient</source>
        <translation>queue: --by nimmt sender oder recipient</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>Queue-ID</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>%1: no message in the queue matches.</source>
        <translation>%1: keine Nachricht in der Warteschlange passt.</translation>
    </message>
    <message numerus="yes">
        <source>Would %1 %n message(s) on %2:</source>
        <translation>
            <numerusform>Würde auf %2 %n Nachricht bearbeiten (%1):</numerusform>
            <numerusform>Würde auf %2 %n Nachrichten bearbeiten (%1):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: add --yes to do it.</source>
        <translation>Nichts geändert: mit --yes wird es ausgeführt.</translation>
    </message>
    <message>
        <source>queue %1: say which messages (--id, --queue, --sender, --recipient, --domain, --reason, --older-than)</source>
        <translation>queue %1: angeben, welche Nachrichten (--id, --queue, --sender, --recipient, --domain, --reason, --older-than)</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n messages in the queue, %1 shown</source>
        <translation>
            <numerusform>%n Nachricht in der Warteschlange, %1 angezeigt</numerusform>
            <numerusform>%n Nachrichten in der Warteschlange, %1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: mailwarden-cli queue list HOST [FILTERS] [--json] | queue shape HOST [FILTERS] [--by sender|recipient] [--first-minutes N] [--buckets N] [--json] | queue delete|hold|release|requeue HOST FILTERS [--yes] [--json] | queue flush HOST [FILTERS] [--json] | queue show HOST ID [--all]; FILTERS: --sender S --recipient R --reason TEXT --domain D --older-than AGE (2h) --queue NAME --id ID (repeatable); also [--accept-fingerprint FP] [--known-hosts FILE]</source>
        <translation>Aufruf: mailwarden-cli queue list HOST [FILTER] [--json] | queue shape HOST [FILTER] [--by sender|recipient] [--first-minutes N] [--buckets N] [--json] | queue delete|hold|release|requeue HOST FILTER [--yes] [--json] | queue flush HOST [FILTER] [--json] | queue show HOST ID [--all]; FILTER: --sender S --recipient R --reason TEXT --domain D --older-than ALTER (2h) --queue NAME --id ID (wiederholbar); außerdem [--accept-fingerprint FP] [--known-hosts DATEI]</translation>
    </message>
    <message>
        <source>%1: the message goes on; shown: %2 bytes of its body%3</source>
        <translation>%1: die Nachricht geht weiter; gezeigt: %2 Bytes ihres Inhalts%3</translation>
    </message>
    <message>
        <source> (--all shows up to 16 MiB)</source>
        <translation> (--all zeigt bis zu 16 MiB)</translation>
    </message>
    <message>
        <source>A host&apos;s mail queue (Postfix, Sendmail, qmail): list it, show its shape like qshape, delete, hold, release, requeue or flush messages, read one: queue list|shape|delete|hold|release|requeue|flush HOST [filters] [--json], queue show HOST ID [--all].</source>
        <translation>Die Mailwarteschlange eines Hosts (Postfix, Sendmail, qmail): auflisten, ihre Form wie qshape zeigen, Nachrichten löschen, zurückhalten, freigeben, neu einreihen oder zustellen, eine lesen: queue list|shape|delete|hold|release|requeue|flush HOST [Filter] [--json], queue show HOST ID [--all].</translation>
    </message>
    <message>
        <source>stats: %1 takes today, yesterday or YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>stats: %1 nimmt today, yesterday oder JJJJ-MM-TT, nicht „%2“</translation>
    </message>
    <message>
        <source>stats: --since is after --until</source>
        <translation>stats: --since liegt nach --until</translation>
    </message>
    <message>
        <source>usage: mailwarden-cli stats [--host NAME] [--mta postfix|sendmail|qmail|auto] [--json] [--top N] [--since DAY] [--until DAY] [--follow] [--known-hosts FILE] [--accept-new] FILE...|-</source>
        <translation>Aufruf: mailwarden-cli stats [--host NAME] [--mta postfix|sendmail|qmail|auto] [--json] [--top N] [--since TAG] [--until TAG] [--follow] [--known-hosts DATEI] [--accept-new] DATEI...|-</translation>
    </message>
    <message>
        <source>usage: mailwarden-cli test relay|tls|smtp|all HOST[:PORT] [--from-host NAME] [--json] [--source ADDRESS] [--helo NAME] [--timeout SECONDS] [--transcript] [--implicit-tls|--starttls]</source>
        <translation>Aufruf: mailwarden-cli test relay|tls|smtp|all HOST[:PORT] [--from-host NAME] [--json] [--source ADRESSE] [--helo NAME] [--timeout SEKUNDEN] [--transcript] [--implicit-tls|--starttls]</translation>
    </message>
    <message>
        <source>mailwarden-cli: cannot run %1: %2</source>
        <translation>mailwarden-cli: %1 lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <source>usage: mailwarden-cli audit HOST [--role null-client|internal|relay|mx] [--json] [--smtp-port N]
                            [--source ADDRESS] [--no-probes] [--known-hosts FILE]
       mailwarden-cli harden HOST --plan FILE [--fix RULE,...] [audit options]
       mailwarden-cli harden HOST --apply FILE [--report FILE.html] [audit options]
audit exits 1 when a rule of high severity fails; harden --apply exits 1 when the change
was refused or a fixed rule still fails afterwards.</source>
        <translation>Aufruf: mailwarden-cli audit HOST [--role null-client|internal|relay|mx] [--json] [--smtp-port N]
                             [--source ADDRESS] [--no-probes] [--known-hosts FILE]
        mailwarden-cli harden HOST --plan FILE [--fix RULE,...] [audit options]
        mailwarden-cli harden HOST --apply FILE [--report FILE.html] [audit options]
audit endet mit Exit-Code 1, wenn eine Regel mit Schweregrad hoch nicht bestanden ist; harden --apply endet mit Exit-Code 1, wenn die Änderung
abgelehnt wurde oder eine korrigierte Regel danach weiterhin nicht bestanden ist.</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>unbekannte Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--smtp-port needs a port from 1 to 65535</source>
        <translation>--smtp-port braucht einen Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address</source>
        <translation>&apos;%1&apos; ist keine Adresse</translation>
    </message>
    <message>
        <source>Nothing to fix: no failed rule has an automatic fix.</source>
        <translation>Nichts zu korrigieren: Für keine nicht bestandene Regel gibt es eine automatische Korrektur.</translation>
    </message>
    <message>
        <source>%1: the plan is refused: %2</source>
        <translation>%1: der Plan wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Plan written to %1: review it, then harden %2 --apply %1</source>
        <translation>Plan in %1 geschrieben: prüfen, dann harden %2 --apply %1</translation>
    </message>
    <message>
        <source>Audit a host against the hardening catalogue: audit HOST [--role R] [--json].</source>
        <translation>Einen Host anhand des Härtungskatalogs prüfen: audit HOST [--role R] [--json].</translation>
    </message>
    <message>
        <source>Plan the fixes of an audit as a change set, or apply one and verify: harden HOST --plan|--apply FILE.</source>
        <translation>Die Korrekturen einer Prüfung als Änderungssatz planen oder einen Änderungssatz anwenden und kontrollieren: harden HOST --plan|--apply FILE.</translation>
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
    <message>
        <source>Select the host &lt;name&gt; and connect to it.</source>
        <translation>Den Host &lt;name&gt; auswählen und mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt; (Tables, Config, Privacy, Queue, Statistics, Tests or History).</source>
        <translation>Mit &lt;page&gt; öffnen (Tables, Config, Privacy, Queue, Statistics, Tests oder History).</translation>
    </message>
</context>
</TS>
