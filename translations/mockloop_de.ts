<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswerField</name>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Structure first, then the details and the trade-offs. Markdown works: ```code blocks```, `inline code`, - lists.</source>
        <translation>Erst die Struktur, dann Details und Abwägungen. Markdown geht: ```Codeblöcke```, `Inline-Code`, - Listen.</translation>
    </message>
    <message>
        <source>Where and when; the context the listener needs.</source>
        <translation>Wo und wann; der Kontext, den die Zuhörer brauchen.</translation>
    </message>
    <message>
        <source>What you were responsible for; the goal or the problem.</source>
        <translation>Wofür Sie verantwortlich waren; das Ziel oder das Problem.</translation>
    </message>
    <message>
        <source>What you did, step by step: say “I”, not “we”.</source>
        <translation>Was Sie getan haben, Schritt für Schritt: Sagen Sie „ich“, nicht „wir“.</translation>
    </message>
    <message>
        <source>The outcome, with numbers if you can, and what you learned.</source>
        <translation>Das Ergebnis, wenn möglich mit Zahlen, und was Sie gelernt haben.</translation>
    </message>
    <message>
        <source>Functional requirements</source>
        <translation>Funktionale Anforderungen</translation>
    </message>
    <message>
        <source>What the system must do: the core use cases, and what is out of scope.</source>
        <translation>Was das System können muss: die zentralen Anwendungsfälle und was nicht dazugehört.</translation>
    </message>
    <message>
        <source>Non-functional requirements</source>
        <translation>Nicht-funktionale Anforderungen</translation>
    </message>
    <message>
        <source>Scale, latency, availability, consistency, durability, security.</source>
        <translation>Skalierung, Latenz, Verfügbarkeit, Konsistenz, Dauerhaftigkeit, Sicherheit.</translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Abschätzungen</translation>
    </message>
    <message>
        <source>Back of the envelope: users, requests per second, read/write ratio, storage per year, bandwidth.</source>
        <translation>Überschlagsrechnung: Nutzer, Anfragen pro Sekunde, Lese-/Schreibverhältnis, Speicher pro Jahr, Bandbreite.</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>The main endpoints or messages: method, path, parameters, response.</source>
        <translation>Die wichtigsten Endpunkte oder Nachrichten: Methode, Pfad, Parameter, Antwort.</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <source>Entities, keys and indexes; which store holds what, and why.</source>
        <translation>Entitäten, Schlüssel und Indizes; welcher Speicher was hält und warum.</translation>
    </message>
    <message>
        <source>High-level design</source>
        <translation>Grobentwurf</translation>
    </message>
    <message>
        <source>The components and how a request flows through them.</source>
        <translation>Die Komponenten und wie eine Anfrage durch sie fließt.</translation>
    </message>
    <message>
        <source>Deep dive</source>
        <translation>Vertiefung</translation>
    </message>
    <message>
        <source>One or two components in detail: the algorithm, the schema, the hard part.</source>
        <translation>Ein oder zwei Komponenten im Detail: der Algorithmus, das Schema, der schwierige Teil.</translation>
    </message>
    <message>
        <source>Bottlenecks and scaling</source>
        <translation>Engpässe und Skalierung</translation>
    </message>
    <message>
        <source>What breaks first as load grows; caching, sharding, replication, queues; failure modes.</source>
        <translation>Was bei wachsender Last zuerst bricht; Caching, Sharding, Replikation, Queues; Ausfallarten.</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>What you chose, what you gave up, and what you would revisit.</source>
        <translation>Wofür Sie sich entschieden haben, worauf Sie verzichtet haben und was Sie später überdenken würden.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>The product, the users, the team and why the project existed.</source>
        <translation>Das Produkt, die Nutzer, das Team und warum es das Projekt gab.</translation>
    </message>
    <message>
        <source>My role</source>
        <translation>Meine Rolle</translation>
    </message>
    <message>
        <source>What was yours: the parts you owned, the decisions you made.</source>
        <translation>Was bei Ihnen lag: die Teile, die Sie verantwortet haben, die Entscheidungen, die Sie getroffen haben.</translation>
    </message>
    <message>
        <source>Architecture and tech</source>
        <translation>Architektur und Technik</translation>
    </message>
    <message>
        <source>The components, the stack and why it was chosen.</source>
        <translation>Die Komponenten, der Stack und warum er gewählt wurde.</translation>
    </message>
    <message>
        <source>Hardest problem</source>
        <translation>Schwierigstes Problem</translation>
    </message>
    <message>
        <source>The hardest technical problem and how you solved it, step by step.</source>
        <translation>Das schwierigste technische Problem und wie Sie es gelöst haben, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Outcome and metrics</source>
        <translation>Ergebnis und Kennzahlen</translation>
    </message>
    <message>
        <source>What it achieved, in numbers: latency, users, cost, incidents.</source>
        <translation>Was es erreicht hat, in Zahlen: Latenz, Nutzer, Kosten, Störungen.</translation>
    </message>
    <message>
        <source>What I would do differently</source>
        <translation>Was ich anders machen würde</translation>
    </message>
    <message>
        <source>What you learned and would change with what you know now.</source>
        <translation>Was Sie gelernt haben und mit heutigem Wissen ändern würden.</translation>
    </message>
</context>
<context>
    <name>AttemptStatus</name>
    <message>
        <source>submitted, locked at the deadline</source>
        <translation>abgegeben, zur Frist gesperrt</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgegeben</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>not answered, session abandoned</source>
        <translation>nicht beantwortet, Sitzung abgebrochen</translation>
    </message>
</context>
<context>
    <name>BankNames</name>
    <message>
        <source>Intern</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Sony-style</source>
        <translation>Sony-Stil</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Mid-level</source>
        <translation>Mid-Level</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>MockLoop interviews</source>
        <translation>MockLoop-Gespräche</translation>
    </message>
    <message>
        <source>%1 interview with %2</source>
        <translation>%1-Gespräch mit %2</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Tomorrow: %1</source>
        <translation>Morgen: %1</translation>
    </message>
    <message>
        <source>In an hour: %1</source>
        <translation>In einer Stunde: %1</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>Follow up with %1 (%2)</source>
        <translation>Bei %1 nachfassen (%2)</translation>
    </message>
    <message>
        <source>No activity for %1 days and no interview ahead.</source>
        <translation>Seit %1 Tagen nichts passiert und kein Gespräch geplant.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>mockloop-cli: export failed: %1</source>
        <translation>mockloop-cli: export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>mockloop-cli: cannot write %1: %2</source>
        <translation>mockloop-cli: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>MockLoop in a terminal</source>
        <translation>MockLoop im Terminal</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Use DIR as the data dir.</source>
        <translation>DIR als Datenverzeichnis verwenden.</translation>
    </message>
    <message>
        <source>Export format.</source>
        <translation>Exportformat.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Ausgabedatei.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Try &apos;mockloop-cli --help&apos;.</source>
        <translation>Siehe &apos;mockloop-cli --help&apos;.</translation>
    </message>
    <message>
        <source>mockloop-cli: no command given.</source>
        <translation>mockloop-cli: kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>mockloop-cli: unknown command &quot;%1&quot;. Try &apos;mockloop-cli --help&apos;.</source>
        <translation>mockloop-cli: unbekannter Befehl &quot;%1&quot;. Siehe &apos;mockloop-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: mockloop-cli [--data-dir DIR] COMMAND [OPTIONS]

MockLoop in a terminal: works on the same database as the desktop app.

Commands:
</source>
        <translation>Aufruf: mockloop-cli [--data-dir DIR] COMMAND [OPTIONS]

MockLoop im Terminal: arbeitet mit derselben Datenbank wie die Desktop-App.

Befehle:
</translation>
    </message>
    <message>
        <source>Preset plan.</source>
        <translation>Plan-Vorlage.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ohne Rückfrage ausführen.</translation>
    </message>
    <message>
        <source>mockloop-cli: usage: mockloop-cli %1</source>
        <translation>mockloop-cli: Aufruf: mockloop-cli %1</translation>
    </message>
    <message>
        <source>No sessions yet. Start one with &apos;mockloop-cli run&apos; or the desktop app.</source>
        <translation>Noch keine Sitzungen. Starten Sie eine mit &apos;mockloop-cli run&apos; oder in der Desktop-App.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantw.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sessions: %1 (finished %2, abandoned %3, unfinished %4)</source>
        <translation>Sitzungen: %1 (abgeschlossen %2, abgebrochen %3, nicht abgeschlossen %4)</translation>
    </message>
    <message>
        <source>Questions: %1 (answered %2, skipped %3); practice time %4</source>
        <translation>Fragen: %1 (beantwortet %2, übersprungen %3); Übungszeit %4</translation>
    </message>
    <message>
        <source>Average score: %1</source>
        <translation>Durchschnittliche Punktzahl: %1</translation>
    </message>
    <message>
        <source>%1 answered of %2, average %3</source>
        <translation>%1 von %2 beantwortet, Durchschnitt %3</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>List every session, newest first.</source>
        <translation>Alle Sitzungen auflisten, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Print one session&apos;s report (Markdown).</source>
        <translation>Den Bericht einer Sitzung ausgeben (Markdown).</translation>
    </message>
    <message>
        <source>Totals: sessions, questions answered, practice time, scores per round kind.</source>
        <translation>Summen: Sitzungen, beantwortete Fragen, Übungszeit, Punktzahlen je Rundenart.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE (safe while MockLoop runs).</source>
        <translation>Eine konsistente Kopie der Datenbank nach FILE schreiben (sicher, auch während MockLoop läuft).</translation>
    </message>
    <message>
        <source>Replace all data with the backup in FILE. The file is checked first; the
current data is backed up into the data dir&apos;s backups/ folder. Refused
while a session is open.</source>
        <translation>Alle Daten durch die Sicherung in FILE ersetzen. Die Datei wird zuerst
geprüft; die aktuellen Daten werden im Ordner backups/ des
Datenverzeichnisses gesichert. Abgelehnt, solange eine Sitzung offen ist.</translation>
    </message>
    <message>
        <source>mockloop-cli: export: unknown format &quot;%1&quot; (use json, csv or md)</source>
        <translation>mockloop-cli: export: unbekanntes Format &quot;%1&quot; (json, csv oder md verwenden)</translation>
    </message>
    <message>
        <source>Write every session, round and attempt (JSON by default; CSV has one
row per attempt; Markdown reads like the report). To standard output
unless --output is given. Formats: docs/export.md.</source>
        <translation>Alle Sitzungen, Runden und Versuche schreiben (standardmäßig JSON; CSV
hat eine Zeile pro Versuch; Markdown liest sich wie der Bericht). Auf die
Standardausgabe, sofern --output fehlt. Formate: docs/export.md.</translation>
    </message>
    <message>
        <source>mockloop-cli: unknown preset &quot;%1&quot;. The presets are:</source>
        <translation>mockloop-cli: unbekannte Vorlage &quot;%1&quot;. Die Vorlagen sind:</translation>
    </message>
    <message>
        <source>mockloop-cli: the built-in question packs could not be installed: %1</source>
        <translation>mockloop-cli: die eingebauten Fragenpakete konnten nicht installiert werden: %1</translation>
    </message>
    <message>
        <source>Read every page of the database and report damage (at start MockLoop does
this only after an unclean close, an outside change, or once a week).</source>
        <translation>Jede Seite der Datenbank lesen und Schäden melden (beim Start tut MockLoop das
nur nach einem unsauberen Beenden, einer Änderung von außen oder einmal pro Woche).</translation>
    </message>
    <message>
        <source>mockloop-cli: report: unknown format &quot;%1&quot; (use md, html or pdf)</source>
        <translation>mockloop-cli: report: unbekanntes Format „%1“ (md, html oder pdf verwenden)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>mockloop-cli: %1: &quot;%2&quot; is not a session id (see &apos;mockloop-cli history&apos;).</source>
        <translation>mockloop-cli: %1: „%2“ ist keine Sitzungsnummer (siehe &apos;mockloop-cli history&apos;).</translation>
    </message>
    <message>
        <source>One session&apos;s report: scores per round and question, rubric, times,
key points, coach hints, notes. Markdown (default) and HTML go to
standard output unless --output is given; PDF goes to --output or
report-SESSION.pdf in the current directory (no display needed).</source>
        <translation>Der Bericht einer Sitzung: Punktzahlen je Runde und Frage, Raster, Zeiten,
Kernpunkte, Hinweise des Coachs, Notizen. Markdown (Standard) und HTML gehen
auf die Standardausgabe, außer mit --output; PDF geht nach --output oder
report-SESSION.pdf im aktuellen Verzeichnis (kein Bildschirm nötig).</translation>
    </message>
    <message>
        <source>Map an imported category to a round kind.</source>
        <translation>Eine importierte Kategorie einer Rundenart zuordnen.</translation>
    </message>
    <message>
        <source>The pack to export.</source>
        <translation>Das zu exportierende Paket.</translation>
    </message>
    <message>
        <source>Practise today&apos;s questions due for review.</source>
        <translation>Die heute zur Wiederholung fälligen Fragen üben.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Round kind</source>
        <translation>Rundenart</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Practise them: mockloop-cli run --due</source>
        <translation>Üben Sie sie mit: mockloop-cli run --due</translation>
    </message>
    <message>
        <source>The questions due for review today (spaced repetition over your grades).</source>
        <translation>Die heute zur Wiederholung fälligen Fragen (verteilte Wiederholung nach Ihren Bewertungen).</translation>
    </message>
    <message>
        <source>mockloop-cli: run takes --preset or --due, not both.</source>
        <translation>mockloop-cli: run nimmt --preset oder --due, nicht beides.</translation>
    </message>
    <message>
        <source>A timed mock interview in the terminal (--preset %1;
default %2; --due: today&apos;s questions due for review). First offers to
resume the latest unfinished session.</source>
        <translation>Ein Übungs-Interview mit Zeitvorgabe im Terminal (--preset %1;
Standard: %2; --due: die heute zur Wiederholung fälligen Fragen). Bietet zuerst
an, die letzte offene Sitzung fortzusetzen.</translation>
    </message>
    <message>
        <source>Search results by best match, not newest first.</source>
        <translation>Suchergebnisse nach bester Übereinstimmung statt neueste zuerst.</translation>
    </message>
    <message>
        <source>No answer contains &quot;%1&quot;.</source>
        <translation>Keine Antwort enthält „%1“.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>The first %1 matches; add words to narrow it down.</source>
        <translation>Die ersten %1 Treffer; fügen Sie Wörter hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>Search every answer you wrote: each word also as a prefix, &quot;words in
quotes&quot; side by side; newest first, or best match first with --best.</source>
        <translation>Alle Ihre Antworten durchsuchen: jedes Wort auch als Wortanfang, &quot;Wörter in
Anführungszeichen&quot; nebeneinander; neueste zuerst oder mit --best beste Treffer zuerst.</translation>
    </message>
    <message>
        <source>mockloop-cli: upgrading the database from version %1 to %2 (a backup copy first)…</source>
        <translation>mockloop-cli: Die Datenbank wird von Version %1 auf %2 aktualisiert (zuerst eine Sicherungskopie)…</translation>
    </message>
    <message>
        <source>Sessions with their answers, grades and review schedule.</source>
        <translation>Sitzungen mit ihren Antworten, Bewertungen und dem Wiederholungsplan.</translation>
    </message>
    <message>
        <source>The STAR story bank.</source>
        <translation>Die STAR-Geschichtensammlung.</translation>
    </message>
    <message>
        <source>Own and imported questions.</source>
        <translation>Eigene und importierte Fragen.</translation>
    </message>
    <message>
        <source>Own presets.</source>
        <translation>Eigene Vorlagen.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Restored from %1: your %2 were replaced by its %3. The data it replaced was saved to %4.</source>
        <translation>Aus %1 wiederhergestellt: Ihre %2 wurden durch deren %3 ersetzt. Die ersetzten Daten wurden in %4 gespeichert.</translation>
    </message>
    <message>
        <source>This would delete:</source>
        <translation>Dies würde löschen:</translation>
    </message>
    <message>
        <source>Nothing was deleted. Run it again with --yes to delete (back up first: mockloop-cli backup FILE).</source>
        <translation>Es wurde nichts gelöscht. Mit --yes erneut ausführen, um zu löschen (vorher sichern: mockloop-cli backup DATEI).</translation>
    </message>
    <message>
        <source>%1 passed SQLite&apos;s whole-file check (%2 MB in %3).</source>
        <translation>%1 hat die Prüfung der ganzen Datei durch SQLite bestanden (%2 MB in %3).</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR       Use DIR instead of the default data dir
                       (also settable with the MOCKLOOP_DATA_DIR environment variable).
  -h, --help           Show this help.
  -v, --version        Show the version.

Exit codes:
  0  success
  1  usage error (unknown command or option)
  2  bad input (a file or value that cannot be used)
  3  database problem (cannot open, damaged, newer version, or a failed query)
  4  the data dir cannot be written: it is read-only or its disk is full (the
     database is not damaged)
</source>
        <translation>
Optionen:
  --data-dir DIR       DIR statt des Standard-Datenverzeichnisses verwenden
                       (auch über die Umgebungsvariable MOCKLOOP_DATA_DIR einstellbar).
  -h, --help           Diese Hilfe anzeigen.
  -v, --version        Die Version anzeigen.

Exit-Codes:
  0  Erfolg
  1  Aufruffehler (unbekannter Befehl oder unbekannte Option)
  2  ungültige Eingabe (unbrauchbare Datei oder unbrauchbarer Wert)
  3  Datenbankproblem (nicht zu öffnen, beschädigt, neuere Version, Abfragefehler)
  4  das Datenverzeichnis ist nicht beschreibbar: schreibgeschützt oder der Datenträger
     ist voll (die Datenbank ist nicht beschädigt)
</translation>
    </message>
    <message>
        <source>How a Markdown file&apos;s headings are read: categories or questions.</source>
        <translation>Wie die Überschriften einer Markdown-Datei gelesen werden: categories oder questions.</translation>
    </message>
    <message>
        <source>The separator of a CSV or TSV file.</source>
        <translation>Das Trennzeichen einer CSV- oder TSV-Datei.</translation>
    </message>
    <message>
        <source>The first row names the columns.</source>
        <translation>Die erste Zeile benennt die Spalten.</translation>
    </message>
    <message>
        <source>The first row is a question.</source>
        <translation>Die erste Zeile ist eine Frage.</translation>
    </message>
    <message>
        <source>What a column of a CSV or TSV file holds.</source>
        <translation>Was eine Spalte einer CSV- oder TSV-Datei enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a valid pack &quot;%2&quot; (version %3) with %n question(s)</source>
        <translation>
            <numerusform>%1: ein gültiges Paket &quot;%2&quot; (Version %3) mit %n Frage</numerusform>
            <numerusform>%1: ein gültiges Paket &quot;%2&quot; (Version %3) mit %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>  Re-import (matched by wording): %1 updated, %2 new, %3 removed, %4 unchanged</source>
        <translation>  Erneuter Import (nach Wortlaut zugeordnet): %1 aktualisiert, %2 neu, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <source>  updated (keeps its answers and review schedule): &quot;%1&quot; → &quot;%2&quot; (%3 % alike)</source>
        <translation>  aktualisiert (behält Antworten und Wiederholungsplan): &quot;%1&quot; → &quot;%2&quot; (%3 % ähnlich)</translation>
    </message>
    <message>
        <source>  new: &quot;%1&quot;</source>
        <translation>  neu: &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>  removed: &quot;%1&quot; (%n answer(s), kept in History)</source>
        <translation>
            <numerusform>  entfernt: &quot;%1&quot; (%n Antwort, bleibt im Verlauf)</numerusform>
            <numerusform>  entfernt: &quot;%1&quot; (%n Antworten, bleiben im Verlauf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pack &quot;%1&quot; (%2), version %3%4</source>
        <translation>Paket &quot;%1&quot; (%2), Version %3%4</translation>
    </message>
    <message>
        <source>, updating version %1</source>
        <translation>, aktualisiert Version %1</translation>
    </message>
    <message>
        <source>  found: %1</source>
        <translation>  gefunden: %1</translation>
    </message>
    <message>
        <source>  headings are read as questions (--headings categories reads them as categories)</source>
        <translation>  Überschriften werden als Fragen gelesen (--headings categories liest sie als Kategorien)</translation>
    </message>
    <message>
        <source>  headings are read as categories (--headings questions reads them as questions&apos; titles)</source>
        <translation>  Überschriften werden als Kategorien gelesen (--headings questions liest sie als Titel von Fragen)</translation>
    </message>
    <message>
        <source>  headings are read as categories</source>
        <translation>  Überschriften werden als Kategorien gelesen</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n question(s) → %2 — %3</source>
        <translation>
            <numerusform>  %1: %n Frage → %2 — %3</numerusform>
            <numerusform>  %1: %n Fragen → %2 — %3</numerusform>
        </translation>
    </message>
    <message>
        <source>  duplicate (not imported): &quot;%1&quot; is already there as %2</source>
        <translation>  Duplikat (nicht importiert): &quot;%1&quot; ist schon vorhanden als %2</translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n line(s) that are not questions</source>
        <translation>
            <numerusform>  ausgelassen: %n Zeile, die keine Fragen sind</numerusform>
            <numerusform>  ausgelassen: %n Zeilen, die keine Fragen sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns (separator %1, %2):</source>
        <translation>Spalten (Trennzeichen %1, %2):</translation>
    </message>
    <message>
        <source>the first row is a header</source>
        <translation>die erste Zeile ist eine Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>  %1 &quot;%2&quot; → %3</source>
        <translation>  %1 &quot;%2&quot; → %3</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>mockloop-cli: import: --separator, --header, --no-header and --column are for CSV and TSV files (.csv, .tsv, .tab)</source>
        <translation>mockloop-cli: import: --separator, --header, --no-header und --column gelten für CSV- und TSV-Dateien (.csv, .tsv, .tab)</translation>
    </message>
    <message>
        <source>mockloop-cli: import: --separator &quot;%1&quot;: expected comma, semicolon or tab</source>
        <translation>mockloop-cli: import: --separator &quot;%1&quot;: erwartet comma, semicolon oder tab</translation>
    </message>
    <message>
        <source>mockloop-cli: import: --header and --no-header contradict each other</source>
        <translation>mockloop-cli: import: --header und --no-header widersprechen sich</translation>
    </message>
    <message>
        <source>mockloop-cli: import: --column &quot;%1&quot;: expected ROLE=N with ROLE one of question, answer, category, tags, kind and N a column number from 1</source>
        <translation>mockloop-cli: import: --column &quot;%1&quot;: erwartet ROLLE=N mit ROLLE aus question, answer, category, tags, kind und N einer Spaltennummer ab 1</translation>
    </message>
    <message numerus="yes">
        <source>mockloop-cli: import: --column &quot;%1&quot;: %2 has %n column(s)</source>
        <translation>
            <numerusform>mockloop-cli: import: --column &quot;%1&quot;: %2 hat %n Spalte</numerusform>
            <numerusform>mockloop-cli: import: --column &quot;%1&quot;: %2 hat %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>mockloop-cli: import: --headings &quot;%1&quot;: expected categories or questions</source>
        <translation>mockloop-cli: import: --headings &quot;%1&quot;: erwartet categories oder questions</translation>
    </message>
    <message>
        <source>mockloop-cli: import: --map &quot;%1&quot;: expected CATEGORY=KIND with KIND one of %2</source>
        <translation>mockloop-cli: import: --map &quot;%1&quot;: erwartet KATEGORIE=ART mit ART aus %2</translation>
    </message>
    <message>
        <source>mockloop-cli: import: no category &quot;%1&quot; in %2; its categories: %3</source>
        <translation>mockloop-cli: import: keine Kategorie &quot;%1&quot; in %2; seine Kategorien: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%n Problem; nichts wurde importiert.</numerusform>
            <numerusform>%n Probleme; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>mockloop-cli: import: every question is already in the bank; nothing was imported.</source>
        <translation>mockloop-cli: import: jede Frage ist schon in der Sammlung; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>mockloop-cli: import failed, nothing was saved: %1</source>
        <translation>mockloop-cli: Import fehlgeschlagen, nichts wurde gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s) into &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Frage in &quot;%1&quot; importiert.</numerusform>
            <numerusform>%n Fragen in &quot;%1&quot; importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>mockloop-cli: export-pack: unknown format &quot;%1&quot; (use json or md)</source>
        <translation>mockloop-cli: export-pack: unbekanntes Format &quot;%1&quot; (json oder md verwenden)</translation>
    </message>
    <message>
        <source>mockloop-cli: export-pack: JSON holds one pack; name it with --pack ID (or use --format md for every question)</source>
        <translation>mockloop-cli: export-pack: JSON enthält ein Paket; nennen Sie es mit --pack ID (oder --format md für alle Fragen)</translation>
    </message>
    <message>
        <source>MockLoop questions</source>
        <translation>MockLoop-Fragen</translation>
    </message>
    <message>
        <source>mockloop-cli: export-pack: no pack &quot;%1&quot;; the packs are: %2</source>
        <translation>mockloop-cli: export-pack: kein Paket &quot;%1&quot;; die Pakete sind: %2</translation>
    </message>
    <message>
        <source>Check a JSON question pack and list every problem as
FILE:LINE:COLUMN: FIELD: what was expected. Saves nothing (docs/pack-format.md).</source>
        <translation>Prüft ein JSON-Fragenpaket und listet jedes Problem als
DATEI:ZEILE:SPALTE: FELD: was erwartet wurde. Speichert nichts (docs/pack-format.md).</translation>
    </message>
    <message>
        <source>Import a JSON pack, a Markdown question list or a CSV/TSV file (a spreadsheet
or an Anki export), all or nothing. Prints the categories and the round kind
each goes to and why; --map changes one (proposed again at the next import of
the same file), --headings chooses how a Markdown file&apos;s headings are read.
For CSV/TSV it prints the columns too: --separator, --header/--no-header and
--column ROLE=N (ROLE question, answer, category, tags or kind; N counts from 1)
change how the file is read (docs/import.md).</source>
        <translation>Importiert ein JSON-Paket, eine Markdown-Fragenliste oder eine CSV/TSV-Datei (eine
Tabelle oder einen Anki-Export), ganz oder gar nicht. Zeigt die Kategorien, die
Rundenart, zu der jede gehört, und warum; --map ändert eine (beim nächsten Import
derselben Datei wieder vorgeschlagen), --headings wählt, wie die Überschriften einer
Markdown-Datei gelesen werden. Für CSV/TSV zeigt es auch die Spalten: --separator,
--header/--no-header und --column ROLLE=N (ROLLE question, answer, category, tags
oder kind; N zählt ab 1) ändern, wie die Datei gelesen wird (docs/import.md).</translation>
    </message>
    <message>
        <source>Write a pack as JSON, or questions as a Markdown list (every question
unless --pack is given). Both read back with &apos;import&apos;.</source>
        <translation>Schreibt ein Paket als JSON oder Fragen als Markdown-Liste (alle Fragen,
wenn --pack fehlt). Beides lässt sich mit &apos;import&apos; wieder einlesen.</translation>
    </message>
    <message>
        <source>The interview tracker.</source>
        <translation>Der Bewerbungs-Tracker.</translation>
    </message>
    <message>
        <source>Delete your data: sessions (with answers, grades and the review schedule),
stories, own and imported questions, own presets, the interview tracker;
all of them unless some are named. Without --yes it only says what it
would delete. Built-in questions and settings stay. Refused while a
session is open.</source>
        <translation>Löscht Ihre Daten: Sitzungen (mit Antworten, Bewertungen und Wiederholungsplan),
Geschichten, eigene und importierte Fragen, eigene Vorlagen, den Bewerbungs-Tracker;
alle, wenn keine genannt sind. Ohne --yes sagt es nur, was es löschen
würde. Eingebaute Fragen und Einstellungen bleiben. Abgelehnt, solange eine
Sitzung offen ist.</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;. The stages are: %2.</source>
        <translation>unbekannte Phase „%1“. Die Phasen sind: %2.</translation>
    </message>
    <message>
        <source>there is no application &quot;%1&quot;; &apos;mockloop-cli tracker list&apos; shows their IDs.</source>
        <translation>es gibt keine Bewerbung „%1“; &apos;mockloop-cli tracker list&apos; zeigt ihre IDs.</translation>
    </message>
    <message>
        <source>No applications in %1.</source>
        <translation>Keine Bewerbungen in %1.</translation>
    </message>
    <message>
        <source>No applications yet. Add one with &apos;mockloop-cli tracker add --company C --role R&apos;.</source>
        <translation>Noch keine Bewerbungen. Lege eine an mit &apos;mockloop-cli tracker add --company C --role R&apos;.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Excitement</source>
        <translation>Begeisterung</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <source>%1 (ghosted?)</source>
        <translation>%1 (geghostet?)</translation>
    </message>
    <message>
        <source>&quot;ghosted?&quot;: no activity for %1 days and no interview ahead; move it with &apos;mockloop-cli tracker stage ID Ghosted&apos;.</source>
        <translation>„geghostet?“: seit %1 Tagen nichts passiert und kein Gespräch geplant; verschiebe sie mit &apos;mockloop-cli tracker stage ID Ghosted&apos;.</translation>
    </message>
    <message>
        <source>--excitement takes a number from 1 to 5, not &quot;%1&quot;.</source>
        <translation>--excitement nimmt eine Zahl von 1 bis 5, nicht „%1“.</translation>
    </message>
    <message>
        <source>Added application %1: %2, %3 (%4).</source>
        <translation>Bewerbung %1 angelegt: %2, %3 (%4).</translation>
    </message>
    <message>
        <source>usage: mockloop-cli tracker show ID</source>
        <translation>Aufruf: mockloop-cli tracker show ID</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Gehaltsspanne</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Bewerbung %1</translation>
    </message>
    <message>
        <source>Stage history:</source>
        <translation>Phasenverlauf:</translation>
    </message>
    <message>
        <source>No scheduled interviews.</source>
        <translation>Keine geplanten Gespräche.</translation>
    </message>
    <message>
        <source>Scheduled interviews:</source>
        <translation>Geplante Gespräche:</translation>
    </message>
    <message>
        <source>  %1  %2, %3 min, %4%5</source>
        <translation>  %1  %2, %3 Min., %4%5</translation>
    </message>
    <message>
        <source> (in the past)</source>
        <translation> (vergangen)</translation>
    </message>
    <message>
        <source>      with %1</source>
        <translation>      mit %1</translation>
    </message>
    <message>
        <source>      asked: %1</source>
        <translation>      gefragt: %1</translation>
    </message>
    <message>
        <source>      self-rating: %1 of 5</source>
        <translation>      Selbsteinschätzung: %1 von 5</translation>
    </message>
    <message>
        <source>      retrospective: %1</source>
        <translation>      Rückblick: %1</translation>
    </message>
    <message>
        <source>usage: mockloop-cli tracker stage ID STAGE</source>
        <translation>Aufruf: mockloop-cli tracker stage ID PHASE</translation>
    </message>
    <message>
        <source>Application %1 (%2) is now in %3.</source>
        <translation>Bewerbung %1 (%2) ist jetzt in %3.</translation>
    </message>
    <message>
        <source>usage: mockloop-cli tracker interview ID --kind KIND --at &quot;YYYY-MM-DD HH:MM&quot; --tz ZONE [--minutes N] [--format FORMAT]</source>
        <translation>Aufruf: mockloop-cli tracker interview ID --kind ART --at &quot;JJJJ-MM-TT HH:MM&quot; --tz ZONE [--minutes N] [--format FORMAT]</translation>
    </message>
    <message>
        <source>--%1 is needed for a scheduled interview.</source>
        <translation>--%1 wird für ein geplantes Gespräch gebraucht.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation>unbekannte Art „%1“. Die Arten sind: %2.</translation>
    </message>
    <message>
        <source>--minutes takes a whole number of minutes, not &quot;%1&quot;.</source>
        <translation>--minutes nimmt eine ganze Zahl von Minuten, nicht „%1“.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;. The formats are: phone, video, on_site.</source>
        <translation>unbekannte Form „%1“. Die Formen sind: phone, video, on_site.</translation>
    </message>
    <message>
        <source>Scheduled interview %1 added to application %2 (%3): %4, %5.</source>
        <translation>Geplantes Gespräch %1 zu Bewerbung %2 (%3) hinzugefügt: %4, %5.</translation>
    </message>
    <message>
        <source>mockloop-cli: tracker: warning: %1</source>
        <translation>mockloop-cli: tracker: Warnung: %1</translation>
    </message>
    <message>
        <source>unknown or incomplete command &quot;%1&quot;. Try &apos;mockloop-cli --help&apos;.</source>
        <translation>unbekannter oder unvollständiger Befehl „%1“. Siehe &apos;mockloop-cli --help&apos;.</translation>
    </message>
    <message>
        <source>A value of the tracker or plan command.</source>
        <translation>Ein Wert des Befehls tracker oder plan.</translation>
    </message>
    <message>
        <source>--minutes takes the daily practice time, %1 to %2 minutes, not &quot;%3&quot;.</source>
        <translation>--minutes nimmt die tägliche Übungszeit, %1 bis %2 Minuten, nicht „%3“.</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date nimmt einen Tag als JJJJ-MM-TT, nicht „%1“.</translation>
    </message>
    <message>
        <source>No scheduled interview ahead. Add one with &apos;mockloop-cli tracker interview ID --kind KIND --at &quot;YYYY-MM-DD HH:MM&quot; --tz ZONE&apos;.</source>
        <translation>Kein geplantes Gespräch steht an. Fügen Sie eines hinzu mit &apos;mockloop-cli tracker interview ID --kind ART --at &quot;JJJJ-MM-TT HH:MM&quot; --tz ZONE&apos;.</translation>
    </message>
    <message>
        <source>Preparation for %1 (%2 minutes a day):</source>
        <translation>Vorbereitung für %1 (%2 Minuten am Tag):</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation>%1 — %2, %3 (%4)</translation>
    </message>
    <message>
        <source>The interview is on this day.</source>
        <translation>An diesem Tag ist das Gespräch.</translation>
    </message>
    <message>
        <source>Nothing planned on this day.</source>
        <translation>Für diesen Tag ist nichts geplant.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned%3.</source>
        <translation>%1 von %2 Minuten geplant%3.</translation>
    </message>
    <message>
        <source>, a light day before the interview</source>
        <translation>, ein leichter Tag vor dem Gespräch</translation>
    </message>
    <message>
        <source>The preparation plans&apos; tasks for a day (today by default), for every
scheduled interview ahead, made from your practice (docs/prep-plan.md).
--minutes: the daily practice time (default: the desktop&apos;s setting, 60).</source>
        <translation>Die Aufgaben der Vorbereitungspläne für einen Tag (standardmäßig heute), für jedes
anstehende geplante Gespräch, aus Ihrem Üben erstellt (docs/prep-plan.md).
--minutes: die tägliche Übungszeit (Standard: die Einstellung der Desktop-App, 60).</translation>
    </message>
    <message>
        <source>The interview tracker: your applications, their stages and scheduled interviews.
  tracker list [--stage STAGE]
  tracker add --company C --role R [--level L] [--location L] [--salary TEXT]
      [--excitement 1-5] [--source S] [--url U] [--tags a,b] [--notes N]
      [--stage STAGE]   (a new application starts in Wishlist)
  tracker show ID
  tracker stage ID STAGE [--notes N]   (the history keeps every stage)
  tracker interview ID --kind KIND --at &quot;YYYY-MM-DD HH:MM&quot; --tz ZONE
      [--minutes 45] [--format phone|video|on_site]
      KIND: technical, system_design, behavioral, cultural_fit, project,
      screening_call, hr, take_home, other; ZONE: an IANA name such as
      Europe/Berlin. One in the past or overlapping another is saved with a
      warning.
  tracker export-ics [--output FILE] [--minutes N]   (an RFC 5545 calendar:
      scheduled interviews with reminders, plan tasks, follow-ups)</source>
        <translation>Der Bewerbungs-Tracker: Ihre Bewerbungen, ihre Phasen und geplanten Gespräche.
  tracker list [--stage PHASE]
  tracker add --company F --role S [--level L] [--location O] [--salary TEXT]
      [--excitement 1-5] [--source Q] [--url U] [--tags a,b] [--notes N]
      [--stage PHASE]   (eine neue Bewerbung beginnt in Wunschliste)
  tracker show ID
  tracker stage ID PHASE [--notes N]   (der Verlauf behält jede Phase)
  tracker interview ID --kind ART --at &quot;JJJJ-MM-TT HH:MM&quot; --tz ZONE
      [--minutes 45] [--format phone|video|on_site]
      ART: technical, system_design, behavioral, cultural_fit, project,
      screening_call, hr, take_home, other; ZONE: ein IANA-Name wie
      Europe/Berlin. Ein vergangenes oder überschneidendes Gespräch wird mit
      einer Warnung gespeichert.
  tracker export-ics [--output DATEI] [--minutes N]   (ein Kalender nach RFC 5545:
      geplante Gespräche mit Erinnerungen, Planaufgaben, Nachfassen)</translation>
    </message>
    <message>
        <source>mockloop-cli: transcribe: unknown format &quot;%1&quot; (use text or json)</source>
        <translation>mockloop-cli: transcribe: unbekanntes Format „%1“ (text oder json verwenden)</translation>
    </message>
    <message>
        <source>mockloop-cli: transcribe: unknown round kind &quot;%1&quot; (use technical, system_design, behavioral, cultural_fit or project)</source>
        <translation>mockloop-cli: transcribe: unbekannte Rundenart „%1“ (technical, system_design, behavioral, cultural_fit oder project verwenden)</translation>
    </message>
    <message>
        <source>Rough transcript of %1 (%2): the number and timing of the words are close, the words themselves often wrong.</source>
        <translation>Grobe Abschrift von %1 (%2): Anzahl und Zeitpunkte der Wörter stimmen ungefähr, die Wörter selbst oft nicht.</translation>
    </message>
    <message>
        <source>No words heard.</source>
        <translation>Keine Wörter erkannt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Transcribe a spoken answer (16 kHz mono 16-bit WAV) offline and print its
words with times and the delivery metrics: pace, pauses, fillers, hedges,
and with --kind the length against the round kind&apos;s target. The transcript
is rough; nothing leaves the machine (docs/voice.md).</source>
        <translation>Eine gesprochene Antwort (16 kHz, mono, 16-Bit-WAV) offline abschreiben und ihre
Wörter mit Zeiten und die Vortragswerte ausgeben: Tempo, Pausen, Füllwörter,
Abschwächungen und mit --kind die Länge gegenüber dem Ziel der Rundenart. Die
Abschrift ist grob; nichts verlässt den Rechner (docs/voice.md).</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>Set the scene in one or two sentences: the team, the system, what was at stake.</source>
        <translation>Beschreiben Sie die Ausgangslage in ein oder zwei Sätzen: das Team, das System, was auf dem Spiel stand.</translation>
    </message>
    <message>
        <source>Say what you were responsible for: the goal or the problem that was yours to solve.</source>
        <translation>Sagen Sie, wofür Sie verantwortlich waren: das Ziel oder das Problem, das Sie lösen sollten.</translation>
    </message>
    <message>
        <source>Say step by step what you did yourself: the decisions, the work, who you talked to.</source>
        <translation>Schildern Sie Schritt für Schritt, was Sie selbst getan haben: die Entscheidungen, die Arbeit, mit wem Sie gesprochen haben.</translation>
    </message>
    <message>
        <source>Say how it ended: what changed, for whom, with a number if you can.</source>
        <translation>Sagen Sie, wie es ausging: was sich geändert hat, für wen, möglichst mit einer Zahl.</translation>
    </message>
    <message>
        <source>Nothing was written for this answer. Even three short bullet points give you something to grade and improve next time.</source>
        <translation>Für diese Antwort wurde nichts geschrieben. Schon drei kurze Stichpunkte geben Ihnen etwas, das Sie bewerten und beim nächsten Mal verbessern können.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Der Teil „%1“ fehlt.</translation>
    </message>
    <message>
        <source>%1 has only %2.</source>
        <translation>Der Teil „%1“ hat nur %2.</translation>
    </message>
    <message>
        <source>%1 has %2 but %3 has %4. Spend most of the story on what you did: keep %3 to what the listener needs and give the actions the detail.</source>
        <translation>„%1“ hat %2, „%3“ dagegen %4. Verwenden Sie den Großteil der Geschichte auf das, was Sie getan haben: Beschränken Sie „%3“ auf das, was die Zuhörer brauchen, und schildern Sie Ihr Vorgehen im Detail.</translation>
    </message>
    <message>
        <source>%1 has no number and no measurable change. Quantify it: how much faster, how many users or tickets, how much time or money saved, before and after.</source>
        <translation>„%1“ enthält keine Zahl und keine messbare Veränderung. Beziffern Sie es: wie viel schneller, wie viele Nutzer oder Tickets, wie viel Zeit oder Geld gespart, vorher und nachher.</translation>
    </message>
    <message>
        <source>&quot;We&quot; words (we, us, our): %1; &quot;I&quot; words (I, me, my): %2. The interviewer is grading you: say &quot;I&quot; for what you decided and did, &quot;we&quot; only for the team&apos;s part.</source>
        <translation>„Wir“-Wörter (we, us, our): %1; „Ich“-Wörter (I, me, my): %2. Der Interviewer bewertet Sie: Sagen Sie „ich“ für das, was Sie entschieden und getan haben, und „wir“ nur für den Anteil des Teams.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 filler or hedge words in %2, more than %3 in every 100. Most often: %4. Drop them, or replace a hedge with what you know and how sure you are.</source>
        <translation>Füllwörter oder Relativierungen: %1 (Antwortlänge: %2), also mehr als %3 pro 100 Wörter. Am häufigsten: %4. Streichen Sie sie, oder ersetzen Sie eine Relativierung durch das, was Sie wissen, und wie sicher Sie sich sind.</translation>
    </message>
    <message>
        <source>Only %1 after %2 of answer time. Outline first (three points: the answer, why, an example), then write each one out.</source>
        <translation>Nur %1 nach %2 Antwortzeit. Gliedern Sie zuerst (drei Punkte: die Antwort, warum, ein Beispiel) und formulieren Sie dann jeden Punkt aus.</translation>
    </message>
    <message>
        <source>You stopped after %1 of %2 with %3. Use the time left: add an example, a trade-off or a number.</source>
        <translation>Sie haben nach %1 von %2 aufgehört (Antwortlänge: %3). Nutzen Sie die verbleibende Zeit: Ergänzen Sie ein Beispiel, eine Abwägung oder eine Zahl.</translation>
    </message>
    <message>
        <source>You covered %1 of %2 key points. Not mentioned: %3</source>
        <translation>Sie haben %1 von %2 Kernpunkten abgedeckt. Nicht erwähnt: %3</translation>
    </message>
    <message>
        <source>You wrote: &quot;%1&quot; That is a cliché interviewers hear all the time (%2). Instead: %3</source>
        <translation>Sie schrieben: „%1“ Das ist ein Klischee, das Interviewer ständig hören (%2). Besser: %3</translation>
    </message>
    <message>
        <source>You wrote: &quot;%1&quot; That is a common mistake (%2). Correction: %3</source>
        <translation>Sie schrieben: „%1“ Das ist ein verbreiteter Irrtum (%2). Richtig ist: %3</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DataTools</name>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Die Sicherung kann nicht die Datenbank selbst überschreiben.</translation>
    </message>
    <message>
        <source>Backing up to %1 failed: %2</source>
        <translation>Das Sichern nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot move the backup into place at %1.</source>
        <translation>Die Sicherung kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 is not a MockLoop backup (missing or empty).</source>
        <translation>%1 ist keine MockLoop-Sicherung (fehlt oder ist leer).</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup.</source>
        <translation>%1 ist die Datenbank selbst, keine Sicherung.</translation>
    </message>
    <message>
        <source>Session %1 is open in a MockLoop program. Finish or close it before restoring; nothing was changed.</source>
        <translation>Sitzung %1 ist in einem MockLoop-Programm geöffnet. Beenden oder schließen Sie sie vor dem Wiederherstellen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not a MockLoop backup (it holds no MockLoop data).</source>
        <translation>%1 ist keine MockLoop-Sicherung (sie enthält keine MockLoop-Daten).</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restoring from %1 failed: %2. Nothing was changed.</source>
        <translation>Die Wiederherstellung aus %1 ist fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Session %1 is open in a MockLoop program. Finish or close it first; nothing was deleted.</source>
        <translation>Sitzung %1 ist in einem MockLoop-Programm geöffnet. Beenden oder schließen Sie sie zuerst; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 Geschichte</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 Geschichten</translation>
    </message>
    <message>
        <source>1 own question</source>
        <translation>1 eigene Frage</translation>
    </message>
    <message>
        <source>%1 own questions</source>
        <translation>%1 eigene Fragen</translation>
    </message>
    <message>
        <source>1 own preset</source>
        <translation>1 eigene Vorlage</translation>
    </message>
    <message>
        <source>%1 own presets</source>
        <translation>%1 eigene Vorlagen</translation>
    </message>
    <message>
        <source>1 session with its answers, grades and review schedule</source>
        <translation>1 Sitzung mit ihren Antworten, Bewertungen und dem Wiederholungsplan</translation>
    </message>
    <message>
        <source>%1 sessions with their answers, grades and review schedule</source>
        <translation>%1 Sitzungen mit ihren Antworten, Bewertungen und dem Wiederholungsplan</translation>
    </message>
    <message>
        <source>1 STAR story with its uses</source>
        <translation>1 STAR-Geschichte mit ihren Verwendungen</translation>
    </message>
    <message>
        <source>%1 STAR stories with their uses</source>
        <translation>%1 STAR-Geschichten mit ihren Verwendungen</translation>
    </message>
    <message>
        <source>1 own or imported question</source>
        <translation>1 eigene oder importierte Frage</translation>
    </message>
    <message>
        <source>%1 own and imported questions</source>
        <translation>%1 eigene und importierte Fragen</translation>
    </message>
    <message>
        <source>Replace your %1 with the %2 of %3?

Everything in the database is replaced, the story bank and your own questions and presets too. Your current data is saved as a backup first. Settings stay as they are.</source>
        <translation>Ihre %1 durch die %2 aus %3 ersetzen?

Alles in der Datenbank wird ersetzt, auch die Geschichtensammlung und Ihre eigenen Fragen und Vorlagen. Ihre aktuellen Daten werden vorher als Sicherung gespeichert. Die Einstellungen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>own questions</source>
        <translation>eigene Fragen</translation>
    </message>
    <message>
        <source>own presets</source>
        <translation>eigene Vorlagen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>All sessions, answers and grades were deleted, and the review schedule with them.</source>
        <translation>Alle Sitzungen, Antworten und Bewertungen wurden gelöscht, und mit ihnen der Wiederholungsplan.</translation>
    </message>
    <message>
        <source>The story bank was emptied.</source>
        <translation>Die Geschichtensammlung wurde geleert.</translation>
    </message>
    <message>
        <source>Your own and imported questions were deleted; the built-in packs stay.</source>
        <translation>Ihre eigenen und importierten Fragen wurden gelöscht; die mitgelieferten Pakete bleiben.</translation>
    </message>
    <message>
        <source>Your own presets were deleted.</source>
        <translation>Ihre eigenen Vorlagen wurden gelöscht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; nothing was written. Choose another place.</source>
        <translation>%1 ist eine Datei, kein Ordner; es wurde nichts geschrieben. Wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written. Create it first, or choose another place.</source>
        <translation>Der Ordner %1 existiert nicht; es wurde nichts geschrieben. Legen Sie ihn zuerst an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1; nothing was changed.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>1 application</source>
        <translation>1 Bewerbung</translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>%1 Bewerbungen</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 and %5</source>
        <translation>%1, %2, %3, %4 und %5</translation>
    </message>
    <message>
        <source>1 tracked application with its scheduled interviews, and the contacts</source>
        <translation>1 verfolgte Bewerbung mit ihren geplanten Gesprächen, und die Kontakte</translation>
    </message>
    <message>
        <source>%1 tracked applications with their scheduled interviews, and the contacts</source>
        <translation>%1 verfolgte Bewerbungen mit ihren geplanten Gesprächen, und die Kontakte</translation>
    </message>
    <message>
        <source>the tracker</source>
        <translation>den Tracker</translation>
    </message>
    <message>
        <source>The tracker was emptied: applications, scheduled interviews and contacts; its stages are the defaults again.</source>
        <translation>Der Tracker wurde geleert: Bewerbungen, geplante Gespräche und Kontakte; seine Phasen sind wieder die vorgegebenen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a MockLoop database (it is not an SQLite file). MockLoop left it untouched; move it away or choose another data dir.</source>
        <translation>%1 ist keine MockLoop-Datenbank (es ist keine SQLite-Datei). MockLoop hat die Datei nicht verändert; verschieben Sie sie oder wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer MockLoop (database version %2; this version knows up to %3). MockLoop left it untouched; update MockLoop to open it.</source>
        <translation>%1 wurde von einer neueren MockLoop-Version geschrieben (Datenbankversion %2; diese Version kennt Versionen bis %3). MockLoop hat die Datei nicht verändert; aktualisieren Sie MockLoop, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a MockLoop database. MockLoop left it untouched.</source>
        <translation>%1 ist eine SQLite-Datei eines anderen Programms, keine MockLoop-Datenbank. MockLoop hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite reports: %2). MockLoop left it untouched; restore a backup or choose another data dir.</source>
        <translation>%1 ist beschädigt (SQLite meldet: %2). MockLoop hat die Datei nicht verändert; stellen Sie eine Sicherung wieder her oder wählen Sie ein anderes Datenverzeichnis.</translation>
    </message>
    <message>
        <source>Cannot create the data dir %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (got &quot;%2&quot;); the file system may not support it.</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden (Ergebnis: „%2“); das Dateisystem unterstützt es möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Cannot read the database version of %1.</source>
        <translation>Die Datenbankversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>%1 kann vor dem Upgrade nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Upgrading %1 to database version %2 failed: %3. Nothing was changed.</source>
        <translation>Das Upgrade von %1 auf Datenbankversion %2 ist fehlgeschlagen: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>the review schedule cannot be rebuilt from the grades (no replay given)</source>
        <translation>der Wiederholungsplan kann nicht aus den Bewertungen neu aufgebaut werden (keine Wiederholung der Bewertungen übergeben)</translation>
    </message>
    <message>
        <source>The disk that holds %1 has no space left. Your data is not damaged; free some space and try again.</source>
        <translation>Auf dem Datenträger mit %1 ist kein Speicherplatz mehr frei. Ihre Daten sind nicht beschädigt; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>MockLoop cannot write in the folder %1: the file system it is on (%2) is mounted read-only. Your data is not damaged; make it writable or choose another data dir, and try again.</source>
        <translation>MockLoop kann nicht in den Ordner %1 schreiben: Das Dateisystem, auf dem er liegt (%2), ist schreibgeschützt eingehängt. Ihre Daten sind nicht beschädigt; machen Sie es beschreibbar oder wählen Sie ein anderes Datenverzeichnis und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>MockLoop cannot make the folder %1: %2 is a file, not a folder.</source>
        <translation>MockLoop kann den Ordner %1 nicht anlegen: %2 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>MockLoop cannot write in the folder %1: it is read-only for you (no permission). Your data is not damaged; make it writable or choose another data dir, and try again.</source>
        <translation>MockLoop kann nicht in den Ordner %1 schreiben: Er ist für Sie schreibgeschützt (keine Berechtigung). Ihre Daten sind nicht beschädigt; machen Sie ihn beschreibbar oder wählen Sie ein anderes Datenverzeichnis und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is read-only, and MockLoop needs to write to it. Your data is not damaged; make the file writable and try again.</source>
        <translation>%1 ist schreibgeschützt, und MockLoop muss hineinschreiben. Ihre Daten sind nicht beschädigt; machen Sie die Datei beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk that holds %1 has no space left (%2 free). Your data is not damaged; free some space and try again.</source>
        <translation>Auf dem Datenträger mit %1 ist kein Speicherplatz mehr frei (%2 frei). Ihre Daten sind nicht beschädigt; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1 (SQLite reports: %2). MockLoop left it untouched.</source>
        <translation>%1 kann nicht gelesen werden (SQLite meldet: %2). MockLoop hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot make the database %1: another MockLoop program is making it, or %2 cannot be written. Try again in a moment.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: Ein anderes MockLoop-Programm legt sie gerade an, oder %2 kann nicht geschrieben werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot make %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1: its log was not written back.</source>
        <translation>%1 kann nicht angelegt werden: Ihr Protokoll wurde nicht zurückgeschrieben.</translation>
    </message>
    <message>
        <source>Cannot move the new database into place at %1.</source>
        <translation>Die neue Datenbank kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>%1 was an empty file (0 bytes), as a first start that was interrupted leaves it. MockLoop made a new database in its place.</source>
        <translation>%1 war eine leere Datei (0 Bytes), wie sie ein unterbrochener erster Start hinterlässt. MockLoop hat an ihrer Stelle eine neue Datenbank angelegt.</translation>
    </message>
    <message>
        <source>the copy could not be renamed to %1</source>
        <translation>die Kopie konnte nicht in %1 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>Delimited</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Round kind</source>
        <translation>Rundenart</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: a quoted field is not closed; expected a closing &quot;</source>
        <translation>%1:%2:%3: %4: ein Feld in Anführungszeichen wird nicht geschlossen; erwartet ein schließendes &quot;</translation>
    </message>
    <message>
        <source>no column is the question: %1</source>
        <translation>keine Spalte ist die Frage: %1</translation>
    </message>
    <message>
        <source>the question cell (column %1) is empty: %2</source>
        <translation>die Fragezelle (Spalte %1) ist leer: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: kind: &quot;%4&quot; is not a round kind; expected technical, system design, behavioral, cultural fit or project</source>
        <translation>%1:%2:%3: kind: &quot;%4&quot; ist keine Rundenart; erwartet technical, system design, behavioral, cultural fit oder project</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Begin answer</source>
        <translation>Antwort beginnen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Submit grade</source>
        <translation>Bewertung abgeben</translation>
    </message>
    <message>
        <source>Preparation time up</source>
        <translation>Vorbereitungszeit abgelaufen</translation>
    </message>
    <message>
        <source>Answer time up</source>
        <translation>Antwortzeit abgelaufen</translation>
    </message>
    <message>
        <source>Round time up</source>
        <translation>Rundenzeit abgelaufen</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Computer asleep</source>
        <translation>Computer im Ruhezustand</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>MockLoop sessions</source>
        <translation>MockLoop-Sitzungen</translation>
    </message>
    <message>
        <source>Exported %1; 1 session.</source>
        <translation>Exportiert %1; 1 Sitzung.</translation>
    </message>
    <message>
        <source>Exported %1; %2 sessions.</source>
        <translation>Exportiert %1; %2 Sitzungen.</translation>
    </message>
</context>
<context>
    <name>FollowUpText</name>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>left open when the session ended</source>
        <translation>offen, als die Sitzung endete</translation>
    </message>
    <message>
        <source>being answered</source>
        <translation>wird beantwortet</translation>
    </message>
    <message>
        <source>answered, locked at the deadline</source>
        <translation>beantwortet, zum Fristende gesperrt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(übersprungen)</translation>
    </message>
    <message>
        <source>(no answer was written)</source>
        <translation>(keine Antwort geschrieben)</translation>
    </message>
    <message>
        <source>Follow-up %1: %2</source>
        <translation>Nachfrage %1: %2</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Session %1 is open in a MockLoop program; close it there before deleting it.</source>
        <translation>Sitzung %1 ist in einem MockLoop-Programm geöffnet; schließen Sie sie dort, bevor Sie sie löschen.</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1:%2: a NUL byte; expected text</source>
        <translation>%1:%2: ein NUL-Byte; erwartet wurde Text</translation>
    </message>
    <message>
        <source>%1:%2: not UTF-8 text; save the file as UTF-8</source>
        <translation>%1:%2: kein UTF-8-Text; bitte die Datei als UTF-8 speichern</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: die Datei ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: no questions found; expected list items or headings that ask something (docs/import.md)</source>
        <translation>%1: keine Fragen gefunden; erwartet Listenpunkte oder Überschriften, die etwas fragen (docs/import.md)</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is a built-in pack; expected an id of your own</source>
        <translation>%1: id: &quot;%2&quot; ist ein eingebautes Paket; erwartet eine eigene ID</translation>
    </message>
    <message>
        <source>%1: questions[%2].id: &quot;%3&quot; already belongs to the pack &quot;%4&quot;; expected an id of its own</source>
        <translation>%1: questions[%2].id: &quot;%3&quot; gehört schon zum Paket &quot;%4&quot;; erwartet eine eigene ID</translation>
    </message>
    <message>
        <source>%1: nothing to import</source>
        <translation>%1: nichts zu importieren</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: %5</source>
        <translation>%1:%2:%3: %4: %5</translation>
    </message>
    <message>
        <source>line %1: %2 (%3)</source>
        <translation>Zeile %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1: no column holds the questions; choose one</source>
        <translation>%1: keine Spalte enthält die Fragen; wählen Sie eine</translation>
    </message>
    <message>
        <source>%1: no questions found; expected a question in column %2</source>
        <translation>%1: keine Fragen gefunden; erwartet eine Frage in Spalte %2</translation>
    </message>
    <message>
        <source>list items under category headings</source>
        <translation>Listeneinträge unter Kategorie-Überschriften</translation>
    </message>
    <message>
        <source>a heading for each question</source>
        <translation>eine Überschrift je Frage</translation>
    </message>
    <message>
        <source>questions in paragraphs</source>
        <translation>Fragen in Absätzen</translation>
    </message>
    <message>
        <source>a table of questions</source>
        <translation>eine Tabelle mit Fragen</translation>
    </message>
    <message>
        <source>questions with folded answers</source>
        <translation>Fragen mit eingeklappten Antworten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n with an answer</source>
        <translation>
            <numerusform>%n mit Antwort</numerusform>
            <numerusform>%n mit Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with links</source>
        <translation>
            <numerusform>%n mit Links</numerusform>
            <numerusform>%n mit Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with code</source>
        <translation>
            <numerusform>%n mit Code</numerusform>
            <numerusform>%n mit Code</numerusform>
        </translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>the file sets this kind</source>
        <translation>die Datei legt diese Art fest</translation>
    </message>
    <message>
        <source>every question in it names this kind</source>
        <translation>jede Frage darin nennt diese Art</translation>
    </message>
    <message>
        <source>your choice when you last imported this file</source>
        <translation>Ihre Wahl beim letzten Import dieser Datei</translation>
    </message>
    <message>
        <source>the kind its questions have in the bank now</source>
        <translation>die Art, die ihre Fragen jetzt in der Fragensammlung haben</translation>
    </message>
    <message>
        <source>links only, with no question above them</source>
        <translation>nur Links, ohne Frage darüber</translation>
    </message>
    <message>
        <source>text that asks nothing</source>
        <translation>Text, der nichts fragt</translation>
    </message>
    <message>
        <source>a label or topic, not a question</source>
        <translation>eine Beschriftung oder ein Thema, keine Frage</translation>
    </message>
    <message>
        <source>code with no question above it</source>
        <translation>Code ohne Frage darüber</translation>
    </message>
    <message>
        <source>a table without a question column</source>
        <translation>eine Tabelle ohne Fragenspalte</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>longer than %1 characters, the most a question may have</source>
        <translation>länger als %1 Zeichen, die eine Frage höchstens haben darf</translation>
    </message>
    <message>
        <source>an answer with no question above it</source>
        <translation>eine Antwort ohne Frage darüber</translation>
    </message>
</context>
<context>
    <name>ImportSourceStore</name>
    <message>
        <source>The import settings kept for %1 are damaged: %2</source>
        <translation>Die für %1 gespeicherten Importeinstellungen sind beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>InterviewFormat</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
</context>
<context>
    <name>InterviewKind</name>
    <message>
        <source>Screening call</source>
        <translation>Vorgespräch</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Personalabteilung</translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>this file looks like UTF-16; expected UTF-8</source>
        <translation>diese Datei sieht nach UTF-16 aus; erwartet wurde UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>die Datei ist leer; erwartet wurde ein JSON-Objekt</translation>
    </message>
    <message>
        <source>the end of the file after the top-level value</source>
        <translation>das Dateiende nach dem obersten Wert</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>NUL byte</source>
        <translation>NUL-Byte</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>unexpected end of the file; expected %1</source>
        <translation>unerwartetes Dateiende; erwartet: %1</translation>
    </message>
    <message>
        <source>unexpected %1; expected %2</source>
        <translation>unerwartet: %1; erwartet: %2</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>mehr als %1 Werte</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a value (an object, array, string, number, true, false or null)</source>
        <translation>ein Wert (Objekt, Array, Zeichenkette, Zahl, true, false oder null)</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>a digit after the decimal point</source>
        <translation>eine Ziffer nach dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>eine Ziffer im Exponenten</translation>
    </message>
    <message>
        <source>a comma or the end of the number (no leading zeros, no hex)</source>
        <translation>ein Komma oder das Ende der Zahl (keine führenden Nullen, kein Hex)</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>die Zahl %1 liegt außerhalb des erlaubten Bereichs</translation>
    </message>
    <message>
        <source>a closing double quote</source>
        <translation>ein schließendes doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>a NUL byte inside a string</source>
        <translation>ein NUL-Byte in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a line break inside a string; is a closing double quote missing?</source>
        <translation>ein Zeilenumbruch in einer Zeichenkette; fehlt ein schließendes Anführungszeichen?</translation>
    </message>
    <message>
        <source>control character U+%1 inside a string; write it as an escape (a backslash and a letter)</source>
        <translation>Steuerzeichen U+%1 in einer Zeichenkette; als Escape schreiben (Backslash und Buchstabe)</translation>
    </message>
    <message>
        <source>an escape character</source>
        <translation>ein Escape-Zeichen</translation>
    </message>
    <message>
        <source>four hex digits in the Unicode escape</source>
        <translation>vier Hex-Ziffern im Unicode-Escape</translation>
    </message>
    <message>
        <source>an unpaired surrogate in a Unicode escape</source>
        <translation>ein Surrogat ohne Partner in einem Unicode-Escape</translation>
    </message>
    <message>
        <source>the NUL character (U+0000) is not allowed</source>
        <translation>das NUL-Zeichen (U+0000) ist nicht erlaubt</translation>
    </message>
    <message>
        <source>a valid escape: a backslash followed by one of b f n r t u / or a quote or a backslash</source>
        <translation>ein gültiges Escape: ein Backslash gefolgt von b f n r t u / oder einem Anführungszeichen oder einem Backslash</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>ungültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>a key in double quotes</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>a key in double quotes (no comma after the last field)</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen (kein Komma nach dem letzten Feld)</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3)</source>
        <translation>doppelter Schlüssel &quot;%1&quot; (zuerst in Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>a colon after the key</source>
        <translation>ein Doppelpunkt nach dem Schlüssel</translation>
    </message>
    <message>
        <source>a comma or &quot;}&quot;</source>
        <translation>ein Komma oder &quot;}&quot;</translation>
    </message>
    <message>
        <source>a value (no comma after the last element)</source>
        <translation>ein Wert (kein Komma nach dem letzten Element)</translation>
    </message>
    <message>
        <source>a comma or &quot;]&quot;</source>
        <translation>ein Komma oder &quot;]&quot;</translation>
    </message>
</context>
<context>
    <name>KindGuess</name>
    <message>
        <source>the question asks for a time when something happened (“%1”)</source>
        <translation>die Frage fragt nach einer Situation, in der etwas geschah („%1“)</translation>
    </message>
    <message>
        <source>1 of %1 questions asks for a time when something happened (“%2”)</source>
        <translation>1 von %1 Fragen fragt nach einer Situation, in der etwas geschah („%2“)</translation>
    </message>
    <message>
        <source>%1 of %2 questions ask for a time when something happened (“%3”)</source>
        <translation>%1 von %2 Fragen fragen nach einer Situation, in der etwas geschah („%3“)</translation>
    </message>
    <message>
        <source>the question asks to design a system (“%1”)</source>
        <translation>die Frage verlangt den Entwurf eines Systems („%1“)</translation>
    </message>
    <message>
        <source>1 of %1 questions asks to design a system (“%2”)</source>
        <translation>1 von %1 Fragen verlangt den Entwurf eines Systems („%2“)</translation>
    </message>
    <message>
        <source>%1 of %2 questions ask to design a system (“%3”)</source>
        <translation>%1 von %2 Fragen verlangen den Entwurf eines Systems („%3“)</translation>
    </message>
    <message>
        <source>the question asks about your own work (“%1”)</source>
        <translation>die Frage fragt nach Ihrer eigenen Arbeit („%1“)</translation>
    </message>
    <message>
        <source>1 of %1 questions asks about your own work (“%2”)</source>
        <translation>1 von %1 Fragen fragt nach Ihrer eigenen Arbeit („%2“)</translation>
    </message>
    <message>
        <source>%1 of %2 questions ask about your own work (“%3”)</source>
        <translation>%1 von %2 Fragen fragen nach Ihrer eigenen Arbeit („%3“)</translation>
    </message>
    <message>
        <source>the question asks about your values or motivation (“%1”)</source>
        <translation>die Frage fragt nach Ihren Werten oder Ihrer Motivation („%1“)</translation>
    </message>
    <message>
        <source>1 of %1 questions asks about your values or motivation (“%2”)</source>
        <translation>1 von %1 Fragen fragt nach Ihren Werten oder Ihrer Motivation („%2“)</translation>
    </message>
    <message>
        <source>%1 of %2 questions ask about your values or motivation (“%3”)</source>
        <translation>%1 von %2 Fragen fragen nach Ihren Werten oder Ihrer Motivation („%3“)</translation>
    </message>
    <message>
        <source>1 of %1 questions reads as no other kind: technical</source>
        <translation>1 von %1 Fragen passt zu keiner anderen Art: technisch</translation>
    </message>
    <message>
        <source>%1 of %2 questions read as no other kind: technical</source>
        <translation>%1 von %2 Fragen passen zu keiner anderen Art: technisch</translation>
    </message>
    <message>
        <source>the heading says “%1”</source>
        <translation>die Überschrift sagt „%1“</translation>
    </message>
    <message>
        <source>no heading or wording says otherwise: technical</source>
        <translation>keine Überschrift und kein Wortlaut spricht dagegen: technisch</translation>
    </message>
    <message>
        <source>the category column says “%1”</source>
        <translation>die Kategorie-Spalte sagt „%1“</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>this pack needs a newer MockLoop (format %1, this version reads up to %2)</source>
        <translation>dieses Paket erfordert eine neuere MockLoop-Version (Format %1, diese Version liest Formate bis %2)</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>nicht leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; wird doppelt verwendet</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
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
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4: %5</source>
        <translation>%1:%2:%3: %4: %5</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: die Datei ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>unbekanntes Feld; erwartet eines von %1</translation>
    </message>
    <message>
        <source>missing; expected a non-empty string</source>
        <translation>fehlt; erwartet eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>expected at most %1 characters, found %2</source>
        <translation>erwartet höchstens %1 Zeichen, gefunden: %2</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, found &quot;%1&quot;</source>
        <translation>erwartet eine ID aus Buchstaben, Ziffern, &quot;.&quot;, &quot;-&quot; und &quot;_&quot;, gefunden: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing; expected a whole number from %1 to %2</source>
        <translation>fehlt; erwartet eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, found %3</source>
        <translation>erwartet eine ganze Zahl von %1 bis %2, gefunden: %3</translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation>erwartet ein Array von Zeichenketten, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a non-empty string, found %1</source>
        <translation>erwartet eine nicht leere Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected one of %1</source>
        <translation>fehlt; erwartet eines von %1</translation>
    </message>
    <message>
        <source>expected one of %1, found %2</source>
        <translation>erwartet eines von %1, gefunden: %2</translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>erwartet eines von %1, gefunden: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected an array of key points, found %1</source>
        <translation>erwartet ein Array von Kernpunkten, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected &quot;mockloop-pack&quot;</source>
        <translation>fehlt; erwartet &quot;mockloop-pack&quot;</translation>
    </message>
    <message>
        <source>expected &quot;mockloop-pack&quot;, found %1</source>
        <translation>erwartet &quot;mockloop-pack&quot;, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>erwartet ein Array, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice (first at questions[%2])</source>
        <translation>&quot;%1&quot; wird doppelt verwendet (zuerst bei questions[%2])</translation>
    </message>
    <message>
        <source>expected at least one question</source>
        <translation>erwartet mindestens eine Frage</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>key point %1</source>
        <translation>Kernpunkt %1</translation>
    </message>
    <message>
        <source>match term %1</source>
        <translation>Suchbegriff %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>Nachfrage %1</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>how to answer</source>
        <translation>Wie antworten</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message>
        <source>expected an array of pitfalls, found %1</source>
        <translation>erwartet ein Array von Stolperfallen, gefunden: %1</translation>
    </message>
    <message>
        <source>missing; expected an array of match terms</source>
        <translation>fehlt; erwartet ein Array von Suchbegriffen</translation>
    </message>
    <message>
        <source>expected an array of match terms, found %1</source>
        <translation>erwartet ein Array von Suchbegriffen, gefunden: %1</translation>
    </message>
    <message>
        <source>expected at least one match term</source>
        <translation>erwartet mindestens einen Suchbegriff</translation>
    </message>
    <message>
        <source>expected at least one alternative</source>
        <translation>erwartet mindestens eine Alternative</translation>
    </message>
    <message>
        <source>expected a string or an array of strings, found %1</source>
        <translation>erwartet eine Zeichenkette oder ein Array von Zeichenketten, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a term with a letter or a digit, found &quot;%1&quot;</source>
        <translation>erwartet einen Begriff mit einem Buchstaben oder einer Ziffer, gefunden: „%1“</translation>
    </message>
    <message>
        <source>pitfall %1</source>
        <translation>Stolperfalle %1</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
</context>
<context>
    <name>PrepPlan</name>
    <message>
        <source>Warm up: a %1-minute technical loop</source>
        <translation>Aufwärmen: ein technischer Loop von %1 Minuten</translation>
    </message>
    <message>
        <source>Run a %1-minute technical loop</source>
        <translation>Einen technischen Loop von %1 Minuten durchlaufen</translation>
    </message>
    <message>
        <source>Warm up: a %1-minute system design loop</source>
        <translation>Aufwärmen: ein Systemdesign-Loop von %1 Minuten</translation>
    </message>
    <message>
        <source>Run a %1-minute system design loop</source>
        <translation>Einen Systemdesign-Loop von %1 Minuten durchlaufen</translation>
    </message>
    <message>
        <source>Warm up: a %1-minute behavioral loop</source>
        <translation>Aufwärmen: ein Verhaltens-Loop von %1 Minuten</translation>
    </message>
    <message>
        <source>Run a %1-minute behavioral loop</source>
        <translation>Einen Verhaltens-Loop von %1 Minuten durchlaufen</translation>
    </message>
    <message>
        <source>Warm up: a %1-minute cultural fit loop</source>
        <translation>Aufwärmen: ein Loop zur kulturellen Passung von %1 Minuten</translation>
    </message>
    <message>
        <source>Run a %1-minute cultural fit loop</source>
        <translation>Einen Loop zur kulturellen Passung von %1 Minuten durchlaufen</translation>
    </message>
    <message>
        <source>Warm up: a %1-minute project loop</source>
        <translation>Aufwärmen: ein Projekt-Loop von %1 Minuten</translation>
    </message>
    <message>
        <source>Run a %1-minute project loop</source>
        <translation>Einen Projekt-Loop von %1 Minuten durchlaufen</translation>
    </message>
    <message>
        <source>Practise the question due for review</source>
        <translation>Die zur Wiederholung fällige Frage üben</translation>
    </message>
    <message>
        <source>Practise these %1 due questions</source>
        <translation>Diese %1 fälligen Fragen üben</translation>
    </message>
    <message>
        <source>Write a story for %1</source>
        <translation>Eine Geschichte für %1 schreiben</translation>
    </message>
    <message>
        <source>Rehearse the whole loop: %1</source>
        <translation>Den ganzen Loop proben: %1</translation>
    </message>
    <message>
        <source>Read your STAR stories again</source>
        <translation>Ihre STAR-Geschichten noch einmal lesen</translation>
    </message>
    <message>
        <source>The day before the interview: light practice only.</source>
        <translation>Der Tag vor dem Gespräch: nur leichtes Üben.</translation>
    </message>
    <message>
        <source>Watch %1: your recent average is %2 of 5.</source>
        <translation>Achten Sie auf %1: Ihr jüngster Durchschnitt ist %2 von 5.</translation>
    </message>
    <message>
        <source>Keeps the kind of this interview in practice.</source>
        <translation>Hält die Art dieses Gesprächs in Übung.</translation>
    </message>
    <message>
        <source>Due for review (spaced repetition).</source>
        <translation>Zur Wiederholung fällig (verteilte Wiederholung).</translation>
    </message>
    <message>
        <source>Your average grade on it is %1 of 5.</source>
        <translation>Ihre Durchschnittsnote darauf ist %1 von 5.</translation>
    </message>
    <message>
        <source>No story of yours covers it yet.</source>
        <translation>Noch keine Ihrer Geschichten deckt das ab.</translation>
    </message>
    <message>
        <source>The preset that fits this company, as a dress rehearsal.</source>
        <translation>Die Vorlage, die zu diesem Unternehmen passt, als Generalprobe.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in the past</source>
        <translation>in der Vergangenheit</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>1 task did not fit: give the plan more time a day to plan it.</source>
        <translation>1 Aufgabe passte nicht: Geben Sie dem Plan mehr Zeit am Tag, um sie einzuplanen.</translation>
    </message>
    <message>
        <source>%1 tasks did not fit: give the plan more time a day to plan them.</source>
        <translation>%1 Aufgaben passten nicht: Geben Sie dem Plan mehr Zeit am Tag, um sie einzuplanen.</translation>
    </message>
    <message>
        <source>The preset “%1” is no longer there.</source>
        <translation>Die Vorlage „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The questions of this task are no longer in the bank.</source>
        <translation>Die Fragen dieser Aufgabe sind nicht mehr in der Fragensammlung.</translation>
    </message>
    <message>
        <source>There is no scheduled interview %1.</source>
        <translation>Es gibt kein geplantes Gespräch %1.</translation>
    </message>
    <message>
        <source>A task can move to a day of its plan: from %1 to the day before the interview (%2).</source>
        <translation>Eine Aufgabe kann auf einen Tag ihres Plans verschoben werden: von %1 bis zum Tag vor dem Gespräch (%2).</translation>
    </message>
    <message>
        <source>Mock technical: %1</source>
        <translation>Probelauf technisch: %1</translation>
    </message>
    <message>
        <source>Mock system design: %1</source>
        <translation>Probelauf Systemdesign: %1</translation>
    </message>
    <message>
        <source>Mock behavioral: %1</source>
        <translation>Probelauf Verhalten: %1</translation>
    </message>
    <message>
        <source>Mock cultural fit: %1</source>
        <translation>Probelauf kulturelle Passung: %1</translation>
    </message>
    <message>
        <source>Mock project: %1</source>
        <translation>Probelauf Projekt: %1</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>That preset no longer exists.</source>
        <translation>Diese Vorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The preset “%1” is damaged: %2</source>
        <translation>Die Vorlage „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>A preset name can have at most %1 characters.</source>
        <translation>Ein Vorlagenname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>“%1” is a built-in preset: choose another name.</source>
        <translation>„%1“ ist eine mitgelieferte Vorlage: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>A preset named “%1” exists already.</source>
        <translation>Eine Vorlage namens „%1“ gibt es schon.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Behavioral only: STAR stories (4 questions)</source>
        <translation>Nur Verhalten: STAR-Geschichten (4 Fragen)</translation>
    </message>
    <message>
        <source>System design deep dive (45 min)</source>
        <translation>Systemdesign im Detail (45 Min.)</translation>
    </message>
    <message>
        <source>One-way interview style (30 s prep, 2 min answers)</source>
        <translation>One-Way-Interview (30 s Vorbereitung, 2 Min. Antworten)</translation>
    </message>
    <message numerus="yes">
        <source>Quick warm-up (%n rounds, 15 min)</source>
        <translation>
            <numerusform>Kurzes Aufwärmen (%n Runde, 15 Min.)</numerusform>
            <numerusform>Kurzes Aufwärmen (%n Runden, 15 Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full backend loop (%n rounds, about 70 min)</source>
        <translation>
            <numerusform>Vollständiger Backend-Loop (%n Runde, ca. 70 Min.)</numerusform>
            <numerusform>Vollständiger Backend-Loop (%n Runden, ca. 70 Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Intern loop (%n rounds, about 30 min)</source>
        <translation>
            <numerusform>Praktikums-Loop (%n Runde, etwa 30 Min.)</numerusform>
            <numerusform>Praktikums-Loop (%n Runden, etwa 30 Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sony-style backend (%n rounds, about 60 min)</source>
        <translation>
            <numerusform>Backend im Sony-Stil (%n Runde, etwa 60 Min.)</numerusform>
            <numerusform>Backend im Sony-Stil (%n Runden, etwa 60 Min.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>A question needs its text.</source>
        <translation>Eine Frage braucht einen Text.</translation>
    </message>
    <message>
        <source>A question can have at most %1 characters.</source>
        <translation>Eine Frage darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is no longer in the bank.</source>
        <translation>Die Frage &quot;%1&quot; ist nicht mehr in der Fragensammlung.</translation>
    </message>
    <message>
        <source>Built-in questions cannot be changed; copy it to your pack first.</source>
        <translation>Eingebaute Fragen können nicht geändert werden; kopieren Sie sie zuerst in Ihr Paket.</translation>
    </message>
    <message>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <source>Built-in questions cannot be deleted; hide it instead.</source>
        <translation>Eingebaute Fragen können nicht gelöscht werden; blenden Sie sie stattdessen aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QuestionHtml</name>
    <message>
        <source>pack “%1”</source>
        <translation>Paket „%1“</translation>
    </message>
    <message>
        <source>hidden: never drawn for a loop</source>
        <translation>ausgeblendet: wird nie für einen Loop gezogen</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 to prepare, %2 to answer</source>
        <translation>%1 zur Vorbereitung, %2 zum Antworten</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>So antworten Sie</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Matched by: %1</source>
        <translation>Erkannt an: %1</translation>
    </message>
    <message>
        <source>Model answer outline</source>
        <translation>Gliederung der Musterantwort</translation>
    </message>
    <message>
        <source>Likely follow-ups</source>
        <translation>Wahrscheinliche Nachfragen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (untimed)</source>
        <translation>%1 (ohne Zeitlimit)</translation>
    </message>
    <message>
        <source>%1 (no round budget)</source>
        <translation>%1 (ohne Zeitbudget für die Runde)</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 questions (skipped %3, not reached %4)</source>
        <translation>%1 von %2 Fragen (übersprungen %3, nicht erreicht %4)</translation>
    </message>
    <message>
        <source>%1 (paused %2, interrupted %3, answer overtime %4)</source>
        <translation>%1 (pausiert %2, unterbrochen %3, Überzeit der Antworten %4)</translation>
    </message>
    <message>
        <source>hard (answers lock at the deadline)</source>
        <translation>streng (Antworten werden bei Fristende gesperrt)</translation>
    </message>
    <message>
        <source>soft (overtime is recorded)</source>
        <translation>flexibel (Überzeit wird erfasst)</translation>
    </message>
    <message>
        <source>Key points an answer would cover</source>
        <translation>Kernpunkte, die eine Antwort abdecken sollte</translation>
    </message>
    <message>
        <source>Key points (as ticked when grading)</source>
        <translation>Kernpunkte (wie beim Bewerten abgehakt)</translation>
    </message>
    <message>
        <source>Key points (as the coach found them)</source>
        <translation>Kernpunkte (wie der Coach sie gefunden hat)</translation>
    </message>
    <message>
        <source>retake of %1, %2</source>
        <translation>Wiederholung von %1, %2</translation>
    </message>
    <message>
        <source>retake of %1</source>
        <translation>Wiederholung von %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Answer time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überzeit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Retake of</source>
        <translation>Wiederholung von</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Score change</source>
        <translation>Änderung der Bewertung</translation>
    </message>
    <message>
        <source>Key points covered</source>
        <translation>Abgedeckte Kernpunkte</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>spoken aloud; the fields below are notes</source>
        <translation>laut gesprochen; die Felder unten sind Notizen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnittliche Punktzahl</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Verbrauchte Zeit</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Rubric:</source>
        <translation>Bewertungsraster:</translation>
    </message>
    <message>
        <source>Coach hints:</source>
        <translation>Hinweise des Coachs:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Coach hints</source>
        <translation>Hinweise des Coachs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Round kind</source>
        <translation>Rundenart</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Coach hints appear when the loop ends (the plan&apos;s hints timing).</source>
        <translation>Die Hinweise des Coachs erscheinen am Ende des Loops (Hinweis-Zeitpunkt des Plans).</translation>
    </message>
    <message>
        <source>Time used %1; overtime %2; average score %3.</source>
        <translation>Verbrauchte Zeit %1; Überzeit %2; durchschnittliche Punktzahl %3.</translation>
    </message>
    <message>
        <source>The round&apos;s time ran out; the remaining questions were not reached.</source>
        <translation>Die Zeit der Runde ist abgelaufen; die übrigen Fragen wurden nicht erreicht.</translation>
    </message>
    <message>
        <source>Your questions for the interviewer</source>
        <translation>Ihre Fragen an die Interviewer</translation>
    </message>
    <message>
        <source>Round overtime</source>
        <translation>Überzeit der Runde</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>ran out; the remaining questions were not reached</source>
        <translation>abgelaufen; die übrigen Fragen wurden nicht erreicht</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(keine notiert)</translation>
    </message>
    <message>
        <source>%1 of %2 questions (skipped %3, not reached %4, left open when abandoned %5)</source>
        <translation>%1 von %2 Fragen (übersprungen %3, nicht erreicht %4, beim Abbrechen offen %5)</translation>
    </message>
    <message>
        <source>%1; replaced by a retake</source>
        <translation>%1; durch eine Wiederholung ersetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Model outline:</source>
        <translation>Gliederung der Musterantwort:</translation>
    </message>
    <message>
        <source>Report: session %1, %2 (%3)</source>
        <translation>Bericht: Sitzung %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Follow-up %1: %2</source>
        <translation>Nachfrage %1: %2</translation>
    </message>
    <message>
        <source>Follow-up %1 (%2): %3</source>
        <translation>Nachfrage %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>PDF output needs the graphical part of Qt (a QGuiApplication).</source>
        <translation>PDF-Ausgabe braucht den grafischen Teil von Qt (eine QGuiApplication).</translation>
    </message>
    <message>
        <source>PDF output does not work on the &quot;minimal&quot; Qt platform (the pages would have no text); use QT_QPA_PLATFORM=offscreen.</source>
        <translation>PDF-Ausgabe funktioniert nicht auf der Qt-Plattform „minimal“ (die Seiten hätten keinen Text); verwenden Sie QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RoundKind</name>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>Behavioral</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Cultural fit</source>
        <translation>Kulturelle Passung</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>Correctness</source>
        <translation>Korrektheit</translation>
    </message>
    <message>
        <source>The core idea is wrong or missing: someone who relied on the answer would build the wrong thing.</source>
        <translation>Die Kernidee ist falsch oder fehlt: Wer sich auf die Antwort verlässt, würde das Falsche bauen.</translation>
    </message>
    <message>
        <source>Partly right, but with a serious error or two concepts mixed up (for example authentication and authorization).</source>
        <translation>Teilweise richtig, aber mit einem gravierenden Fehler oder zwei verwechselten Konzepten (zum Beispiel Authentifizierung und Autorisierung).</translation>
    </message>
    <message>
        <source>The main idea is right; details are vague or one secondary point is wrong.</source>
        <translation>Die Hauptidee stimmt; Details sind vage, oder ein Nebenpunkt ist falsch.</translation>
    </message>
    <message>
        <source>Correct in every main point and in the details that matter; nothing the interviewer has to correct.</source>
        <translation>Korrekt in allen Hauptpunkten und in den wesentlichen Details; nichts, was der Interviewer korrigieren muss.</translation>
    </message>
    <message>
        <source>Correct and precise, including edge cases and failure conditions, with exact terms, limits and guarantees where they matter.</source>
        <translation>Korrekt und präzise, einschließlich Grenzfällen und Fehlerbedingungen, mit exakten Begriffen, Grenzwerten und Garantien, wo es darauf ankommt.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Only names the topic or gives a one-line definition; nothing on how it works.</source>
        <translation>Nennt nur das Thema oder gibt eine Definition in einem Satz; nichts dazu, wie es funktioniert.</translation>
    </message>
    <message>
        <source>Says what it is but not how it works or why; the first follow-up question would stop the answer.</source>
        <translation>Sagt, was es ist, aber nicht, wie oder warum es funktioniert; an der ersten Nachfrage würde die Antwort scheitern.</translation>
    </message>
    <message>
        <source>Explains the mechanism one level down, with one example.</source>
        <translation>Erklärt den Mechanismus eine Ebene tiefer, mit einem Beispiel.</translation>
    </message>
    <message>
        <source>Goes below the surface: internals, costs and when it breaks, tied to an example from real work.</source>
        <translation>Geht unter die Oberfläche: Interna, Kosten und wann es versagt, verknüpft mit einem Beispiel aus der Praxis.</translation>
    </message>
    <message>
        <source>Working depth: internals, failure modes, how to measure or debug it, and the likely follow-ups answered before they are asked.</source>
        <translation>Praxistiefe: Interna, Fehlerarten, wie man es misst oder debuggt, und die wahrscheinlichen Nachfragen beantwortet, bevor sie gestellt werden.</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Klarheit</translation>
    </message>
    <message>
        <source>Hard to follow: no clear point, jumps between ideas; the listener could not repeat the answer back.</source>
        <translation>Schwer zu folgen: keine klare Kernaussage, springt zwischen Gedanken hin und her; die Zuhörer könnten die Antwort nicht wiedergeben.</translation>
    </message>
    <message>
        <source>The point is there but buried under detours, repetition or unexplained jargon.</source>
        <translation>Die Kernaussage ist vorhanden, geht aber in Umwegen, Wiederholungen oder unerklärtem Fachjargon unter.</translation>
    </message>
    <message>
        <source>Understandable with some effort: mostly in a logical order, a few detours or undefined terms.</source>
        <translation>Mit etwas Mühe verständlich: überwiegend in logischer Reihenfolge, einige Umwege oder unerklärte Begriffe.</translation>
    </message>
    <message>
        <source>Starts with the direct answer, then supports it in a logical order; every term is defined or obvious.</source>
        <translation>Beginnt mit der direkten Antwort und untermauert sie dann in logischer Reihenfolge; jeder Begriff ist erklärt oder selbstverständlich.</translation>
    </message>
    <message>
        <source>Answer first, then a structure the listener can hold (&quot;three reasons&quot;), a fitting example and a one-sentence summary; no wasted words.</source>
        <translation>Zuerst die Antwort, dann eine Struktur, die sich die Zuhörer merken können („drei Gründe“), ein passendes Beispiel und eine Zusammenfassung in einem Satz; kein Wort zu viel.</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>Abwägungen</translation>
    </message>
    <message>
        <source>Presents one option as always right; no costs and no alternatives.</source>
        <translation>Stellt eine Option als immer richtig dar; keine Kosten und keine Alternativen.</translation>
    </message>
    <message>
        <source>Says there are downsides or alternatives but cannot name them or say when they matter.</source>
        <translation>Sagt, dass es Nachteile oder Alternativen gibt, kann sie aber nicht benennen oder sagen, wann sie ins Gewicht fallen.</translation>
    </message>
    <message>
        <source>Names at least one alternative and one real cost, in general terms.</source>
        <translation>Nennt mindestens eine Alternative und einen echten Nachteil, allgemein formuliert.</translation>
    </message>
    <message>
        <source>Compares the options on concrete dimensions (latency, consistency, complexity, cost) and says when each one wins.</source>
        <translation>Vergleicht die Optionen anhand konkreter Kriterien (Latenz, Konsistenz, Komplexität, Kosten) und sagt, wann welche die bessere ist.</translation>
    </message>
    <message>
        <source>Chooses for a stated context, says what is given up and how to detect or soften it, and what would change the decision.</source>
        <translation>Entscheidet für einen benannten Kontext, sagt, worauf verzichtet wird und wie man das erkennt oder abmildert, und was die Entscheidung ändern würde.</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Starts drawing without asking anything; requirements are assumed silently or ignored.</source>
        <translation>Beginnt zu zeichnen, ohne etwas zu fragen; Anforderungen werden stillschweigend angenommen oder ignoriert.</translation>
    </message>
    <message>
        <source>Asks one or two generic questions but the design does not use the answers.</source>
        <translation>Stellt ein oder zwei allgemeine Fragen, aber das Design nutzt die Antworten nicht.</translation>
    </message>
    <message>
        <source>Lists the main functional and a few non-functional requirements; the scale is a guess without numbers.</source>
        <translation>Nennt die wichtigsten funktionalen und einige nicht funktionale Anforderungen; die Größenordnung ist geraten, ohne Zahlen.</translation>
    </message>
    <message>
        <source>Clarifies functional and non-functional requirements (latency, availability, consistency) and estimates the load with rough numbers: requests per second, storage.</source>
        <translation>Klärt funktionale und nicht funktionale Anforderungen (Latenz, Verfügbarkeit, Konsistenz) und schätzt die Last mit groben Zahlen ab: Anfragen pro Sekunde, Speicherbedarf.</translation>
    </message>
    <message>
        <source>Scopes the problem out loud (in scope, out of scope), sizes load and storage on the back of an envelope and names the few requirements that drive the design.</source>
        <translation>Grenzt das Problem laut ab (was dazugehört, was nicht), überschlägt Last und Speicherbedarf grob und benennt die wenigen Anforderungen, die das Design bestimmen.</translation>
    </message>
    <message>
        <source>High-level design</source>
        <translation>Grobentwurf</translation>
    </message>
    <message>
        <source>No working architecture: components are missing or do not connect into a request path.</source>
        <translation>Keine tragfähige Architektur: Komponenten fehlen oder fügen sich nicht zu einem Anfragepfad zusammen.</translation>
    </message>
    <message>
        <source>Boxes for the main components, but the request flow or the data model is unclear or wrong.</source>
        <translation>Kästchen für die Hauptkomponenten, aber der Ablauf der Anfragen oder das Datenmodell ist unklar oder falsch.</translation>
    </message>
    <message>
        <source>Workable components, API and data model for the main use case; secondary flows are missing.</source>
        <translation>Brauchbare Komponenten, API und Datenmodell für den Hauptanwendungsfall; Nebenabläufe fehlen.</translation>
    </message>
    <message>
        <source>Clear components, APIs and data model; walks the main read and write paths end to end and justifies the storage choices.</source>
        <translation>Klare Komponenten, APIs und Datenmodell; geht die wichtigsten Lese- und Schreibpfade von Anfang bis Ende durch und begründet die Wahl der Datenspeicher.</translation>
    </message>
    <message>
        <source>A complete, consistent design for every main flow, a data model shaped by the access patterns, one clear owner for every piece of data; nothing hand-waved.</source>
        <translation>Ein vollständiges, stimmiges Design für jeden Hauptablauf, ein an den Zugriffsmustern ausgerichtetes Datenmodell, eine eindeutige Zuständigkeit für alle Daten; nichts bleibt im Vagen.</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Does not address growth, bottlenecks or failures.</source>
        <translation>Geht nicht auf Wachstum, Engpässe oder Ausfälle ein.</translation>
    </message>
    <message>
        <source>Drops words (sharding, caching, microservices) without saying where, why or what they cost.</source>
        <translation>Wirft mit Schlagworten um sich (Sharding, Caching, Microservices), ohne zu sagen, wo, warum oder was sie kosten.</translation>
    </message>
    <message>
        <source>Finds the main bottleneck and proposes a reasonable fix, such as a cache or read replicas.</source>
        <translation>Findet den Hauptengpass und schlägt eine sinnvolle Lösung vor, etwa einen Cache oder Read-Replicas.</translation>
    </message>
    <message>
        <source>Finds the bottlenecks from the numbers, scales the hot paths (caching, partitioning, queues) and covers the failure of key components.</source>
        <translation>Leitet die Engpässe aus den Zahlen ab, skaliert die stark belasteten Pfade (Caching, Partitionierung, Queues) und berücksichtigt den Ausfall zentraler Komponenten.</translation>
    </message>
    <message>
        <source>Scales each component for a reason tied to the estimates, handles hot keys, failure and recovery, and says how the system is monitored and how it degrades under overload.</source>
        <translation>Skaliert jede Komponente mit einer Begründung aus den Schätzungen, behandelt Hot Keys, Ausfälle und Wiederherstellung und sagt, wie das System überwacht wird und wie es sich bei Überlast kontrolliert einschränkt.</translation>
    </message>
    <message>
        <source>No alternatives discussed; every choice is presented as obvious.</source>
        <translation>Keine Alternativen besprochen; jede Entscheidung wird als selbstverständlich dargestellt.</translation>
    </message>
    <message>
        <source>Mentions alternatives only when prompted, with no reasoning.</source>
        <translation>Erwähnt Alternativen nur auf Nachfrage und ohne Begründung.</translation>
    </message>
    <message>
        <source>Explains one or two choices with a pro and a con each.</source>
        <translation>Erklärt ein oder zwei Entscheidungen mit je einem Vor- und einem Nachteil.</translation>
    </message>
    <message>
        <source>Weighs the key decisions (SQL or NoSQL, sync or async, consistency or availability) against the stated requirements.</source>
        <translation>Wägt die zentralen Entscheidungen (SQL oder NoSQL, synchron oder asynchron, Konsistenz oder Verfügbarkeit) gegen die genannten Anforderungen ab.</translation>
    </message>
    <message>
        <source>Makes each key decision against the requirements, names what is sacrificed and the risk, and says which decision to revisit at ten times the load.</source>
        <translation>Trifft jede zentrale Entscheidung anhand der Anforderungen, benennt, was dafür geopfert wird und welches Risiko bleibt, und sagt, welche Entscheidung bei zehnfacher Last zu überdenken wäre.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Works in silence or talks without structure; the interviewer can neither follow nor steer.</source>
        <translation>Arbeitet schweigend oder redet ohne Struktur; der Interviewer kann weder folgen noch steuern.</translation>
    </message>
    <message>
        <source>Explains when asked, but the interviewer drives the whole discussion.</source>
        <translation>Erklärt auf Nachfrage, aber der Interviewer lenkt die gesamte Diskussion.</translation>
    </message>
    <message>
        <source>Narrates the design in a mostly logical order and checks in now and then.</source>
        <translation>Erläutert das Design in überwiegend logischer Reihenfolge und vergewissert sich ab und zu beim Gegenüber.</translation>
    </message>
    <message>
        <source>Opens with a plan (requirements, high level, deep dive), explains each decision as it is made and takes hints well.</source>
        <translation>Beginnt mit einem Plan (Anforderungen, Grobentwurf, Vertiefung), erklärt jede Entscheidung, während sie getroffen wird, und nimmt Hinweise gut auf.</translation>
    </message>
    <message>
        <source>Drives the session: an agenda, time-boxed steps, decisions summarised, challenge invited, and the design adapted to feedback without losing the thread.</source>
        <translation>Führt das Gespräch: eine Agenda, zeitlich begrenzte Schritte, zusammengefasste Entscheidungen, ausdrücklich erbetener Widerspruch, und das Design wird an Feedback angepasst, ohne den roten Faden zu verlieren.</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>No story: general claims (&quot;I always...&quot;) or a rambling account with no clear situation or ending.</source>
        <translation>Keine Geschichte: allgemeine Behauptungen („Ich mache immer...“) oder ein weitschweifiger Bericht ohne klare Situation oder klares Ende.</translation>
    </message>
    <message>
        <source>A story, but STAR parts are missing or out of order; the listener has to ask what actually happened.</source>
        <translation>Eine Geschichte, aber STAR-Teile fehlen oder stehen in falscher Reihenfolge; die Zuhörer müssen nachfragen, was eigentlich passiert ist.</translation>
    </message>
    <message>
        <source>All four STAR parts are there but out of balance (a long situation, a short action) or the result is vague.</source>
        <translation>Alle vier STAR-Teile sind vorhanden, aber unausgewogen (lange Situation, kurzes Vorgehen), oder das Ergebnis ist vage.</translation>
    </message>
    <message>
        <source>Clear STAR order: a brief situation, a specific task, most of the time on the actions, and it ends with the result.</source>
        <translation>Klare STAR-Reihenfolge: eine kurze Situation, eine konkrete Aufgabe, die meiste Zeit für das Vorgehen, und am Ende steht das Ergebnis.</translation>
    </message>
    <message>
        <source>Tight, well paced STAR in about two minutes: one sentence of context, a clear task, detailed actions, a measured result and a closing reflection.</source>
        <translation>Straffes, gut getaktetes STAR in etwa zwei Minuten: ein Satz Kontext, eine klare Aufgabe, ein detailliertes Vorgehen, ein gemessenes Ergebnis und eine abschließende Reflexion.</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Eigenverantwortung</translation>
    </message>
    <message>
        <source>Cannot say what they did personally; &quot;we&quot; or other people did everything.</source>
        <translation>Kann den eigenen Beitrag nicht benennen; „wir“ oder andere haben alles gemacht.</translation>
    </message>
    <message>
        <source>Their own role is unclear or passive (followed instructions), or the outcome is blamed on others.</source>
        <translation>Die eigene Rolle ist unklar oder passiv (Anweisungen befolgt), oder die Schuld am Ausgang wird anderen gegeben.</translation>
    </message>
    <message>
        <source>Describes their own actions, but mixed with the team&apos;s so their share is partly unclear.</source>
        <translation>Beschreibt das eigene Vorgehen, aber vermischt mit dem des Teams, sodass der eigene Anteil teilweise unklar bleibt.</translation>
    </message>
    <message>
        <source>Separates their own decisions and actions from the team&apos;s (&quot;I proposed&quot;, &quot;I wrote&quot;) and owns their mistakes.</source>
        <translation>Trennt eigene Entscheidungen und Handlungen von denen des Teams („ich habe vorgeschlagen“, „ich habe geschrieben“) und steht zu eigenen Fehlern.</translation>
    </message>
    <message>
        <source>Owns the decisions, risks and mistakes, took initiative beyond the assigned role, and credits others accurately.</source>
        <translation>Übernimmt Verantwortung für Entscheidungen, Risiken und Fehler, hat über die zugewiesene Rolle hinaus Initiative ergriffen und würdigt die Beiträge anderer zutreffend.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>No outcome, or the story stops before anything happened.</source>
        <translation>Kein Ergebnis, oder die Geschichte endet, bevor etwas passiert ist.</translation>
    </message>
    <message>
        <source>An outcome, but only a vague one (&quot;it went well&quot;, &quot;the team was happy&quot;).</source>
        <translation>Ein Ergebnis, aber nur ein vages („es lief gut“, „das Team war zufrieden“).</translation>
    </message>
    <message>
        <source>A concrete outcome without numbers or evidence (&quot;the service got faster&quot;).</source>
        <translation>Ein konkretes Ergebnis ohne Zahlen oder Belege („der Dienst wurde schneller“).</translation>
    </message>
    <message>
        <source>A measured result (numbers, before and after, time or money saved) clearly caused by the actions described.</source>
        <translation>Ein gemessenes Ergebnis (Zahlen, vorher und nachher, eingesparte Zeit oder Kosten), das klar auf das beschriebene Vorgehen zurückgeht.</translation>
    </message>
    <message>
        <source>A measured result and its wider effect on users, the team or the business, with how it was measured and how long it lasted.</source>
        <translation>Ein gemessenes Ergebnis und seine weitere Wirkung auf Nutzer, Team oder Unternehmen, samt Angabe, wie es gemessen wurde und wie lange es anhielt.</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>No reflection, or blames others and would change nothing.</source>
        <translation>Keine Reflexion, oder gibt anderen die Schuld und würde nichts ändern.</translation>
    </message>
    <message>
        <source>A generic lesson (&quot;communication matters&quot;) not tied to this story.</source>
        <translation>Eine allgemeine Lehre („Kommunikation ist wichtig“) ohne Bezug zu dieser Geschichte.</translation>
    </message>
    <message>
        <source>A specific lesson from this story, but no sign it was ever applied.</source>
        <translation>Eine konkrete Lehre aus dieser Geschichte, aber kein Hinweis darauf, dass sie je angewendet wurde.</translation>
    </message>
    <message>
        <source>A specific lesson and what they have done differently since, with an example.</source>
        <translation>Eine konkrete Lehre und was seitdem anders gemacht wurde, mit einem Beispiel.</translation>
    </message>
    <message>
        <source>An honest analysis of what they would do differently, how they have applied it since, and how it changed their habits or their team&apos;s practice.</source>
        <translation>Eine ehrliche Analyse, was man anders machen würde, wie man das seitdem umgesetzt hat und wie es die eigenen Gewohnheiten oder die Arbeitsweise des Teams verändert hat.</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>The answer would fit any company or none; it ignores this role, or contradicts what the role needs.</source>
        <translation>Die Antwort würde zu jedem oder zu keinem Unternehmen passen; sie übergeht diese Rolle oder widerspricht dem, was die Rolle erfordert.</translation>
    </message>
    <message>
        <source>Generic enthusiasm (&quot;great company, great culture&quot;) with no link to this role or team.</source>
        <translation>Allgemeine Begeisterung („tolles Unternehmen, tolle Kultur“) ohne Bezug zu dieser Rolle oder diesem Team.</translation>
    </message>
    <message>
        <source>Links their values or goals to the role in general terms.</source>
        <translation>Verbindet die eigenen Werte oder Ziele allgemein mit der Rolle.</translation>
    </message>
    <message>
        <source>Connects their values, way of working and goals to specific things about this team, product or role.</source>
        <translation>Verknüpft die eigenen Werte, die eigene Arbeitsweise und die eigenen Ziele mit konkreten Merkmalen dieses Teams, Produkts oder dieser Rolle.</translation>
    </message>
    <message>
        <source>Researched, specific fit (the product, the engineering practices, the company&apos;s stage), what they would add, and honest about where they differ.</source>
        <translation>Gut recherchierte, konkrete Passung (das Produkt, die Engineering-Praktiken, die Phase des Unternehmens), was man selbst einbringen würde, und ehrlich darüber, wo man abweicht.</translation>
    </message>
    <message>
        <source>Self-awareness</source>
        <translation>Selbstwahrnehmung</translation>
    </message>
    <message>
        <source>No insight: denies any weakness, or offers a strength in disguise (&quot;I work too hard&quot;).</source>
        <translation>Keine Einsicht: streitet jede Schwäche ab oder präsentiert eine verkappte Stärke („Ich arbeite zu viel“).</translation>
    </message>
    <message>
        <source>Names a trait but cannot say how it affects their work or other people.</source>
        <translation>Nennt eine Eigenschaft, kann aber nicht sagen, wie sie sich auf die eigene Arbeit oder auf andere auswirkt.</translation>
    </message>
    <message>
        <source>Names a real trait and its effect, with little sign of working on it.</source>
        <translation>Nennt eine echte Eigenschaft und ihre Wirkung, aber kaum Anzeichen, daran zu arbeiten.</translation>
    </message>
    <message>
        <source>Describes a real strength or weakness, its effect on others and the concrete steps taken about it.</source>
        <translation>Beschreibt eine echte Stärke oder Schwäche, ihre Wirkung auf andere und die konkreten Schritte, die dazu unternommen wurden.</translation>
    </message>
    <message>
        <source>A candid, balanced view of themselves backed by feedback they received, visible progress over time, and knowing when to ask for help.</source>
        <translation>Ein offenes, ausgewogenes Selbstbild, gestützt auf erhaltenes Feedback, sichtbare Fortschritte über die Zeit und das Wissen, wann man um Hilfe bitten sollte.</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Konkretheit</translation>
    </message>
    <message>
        <source>Only abstractions and cliches; no example at all.</source>
        <translation>Nur Abstraktionen und Klischees; überhaupt kein Beispiel.</translation>
    </message>
    <message>
        <source>A hypothetical (&quot;I would...&quot;) instead of something that happened.</source>
        <translation>Ein hypothetischer Fall („Ich würde...“) statt etwas, das tatsächlich passiert ist.</translation>
    </message>
    <message>
        <source>One real example, but thin on detail: when, what exactly, who.</source>
        <translation>Ein echtes Beispiel, aber mit wenigen Details: wann, was genau, wer.</translation>
    </message>
    <message>
        <source>A real example with concrete details: the setting, what they said or did, what happened next.</source>
        <translation>Ein echtes Beispiel mit konkreten Details: das Umfeld, was man gesagt oder getan hat, was danach geschah.</translation>
    </message>
    <message>
        <source>Well-chosen real examples whose details and outcomes prove the claim being made, and nothing that does not.</source>
        <translation>Gut gewählte echte Beispiele, deren Details und Ergebnisse die aufgestellte Behauptung belegen, und nichts, was das nicht tut.</translation>
    </message>
    <message>
        <source>Role clarity</source>
        <translation>Rollenklarheit</translation>
    </message>
    <message>
        <source>Describes the project, not their part in it; cannot say what they built or decided.</source>
        <translation>Beschreibt das Projekt, nicht den eigenen Anteil daran; kann nicht sagen, was man selbst gebaut oder entschieden hat.</translation>
    </message>
    <message>
        <source>A title only (&quot;I was the backend developer&quot;), without what they owned.</source>
        <translation>Nur eine Rollenbezeichnung („Ich war der Backend-Entwickler“), ohne zu sagen, wofür man verantwortlich war.</translation>
    </message>
    <message>
        <source>Says what they worked on, but the line between their work and the team&apos;s is fuzzy.</source>
        <translation>Sagt, woran man gearbeitet hat, aber die Grenze zwischen der eigenen Arbeit und der des Teams bleibt unscharf.</translation>
    </message>
    <message>
        <source>States which parts they designed, built or decided, and who else was involved.</source>
        <translation>Sagt, welche Teile man selbst entworfen, gebaut oder entschieden hat und wer sonst beteiligt war.</translation>
    </message>
    <message>
        <source>Precise ownership: their decisions and the alternatives they weighed, what they delegated or took from others, where their responsibility ended.</source>
        <translation>Genau abgegrenzte Verantwortung: die eigenen Entscheidungen und die dabei abgewogenen Alternativen, was man delegiert oder von anderen übernommen hat, wo die eigene Verantwortung endete.</translation>
    </message>
    <message>
        <source>Technical depth</source>
        <translation>Technische Tiefe</translation>
    </message>
    <message>
        <source>Lists technologies without saying how they were used.</source>
        <translation>Zählt Technologien auf, ohne zu sagen, wie sie eingesetzt wurden.</translation>
    </message>
    <message>
        <source>Boxes-and-arrows only; cannot answer &quot;why this?&quot; or &quot;how does that work?&quot;.</source>
        <translation>Nur Kästchen und Pfeile; kann „Warum das?“ oder „Wie funktioniert das?“ nicht beantworten.</translation>
    </message>
    <message>
        <source>Explains the main components and one design decision with its reason.</source>
        <translation>Erklärt die Hauptkomponenten und eine Designentscheidung mit ihrer Begründung.</translation>
    </message>
    <message>
        <source>Explains the architecture, the data model and the key decisions with their trade-offs; handles follow-ups on their own part.</source>
        <translation>Erklärt die Architektur, das Datenmodell und die zentralen Entscheidungen mit ihren Abwägungen; beantwortet Nachfragen zum eigenen Teil.</translation>
    </message>
    <message>
        <source>Command of their part: internals, failure modes, measurements, the alternatives rejected and why; goes as deep as the interviewer wants.</source>
        <translation>Beherrscht den eigenen Teil: Interna, Fehlerarten, Messungen, die verworfenen Alternativen und warum; geht so tief, wie der Interviewer möchte.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No result: what became of the project, or what it changed, is unknown.</source>
        <translation>Kein Ergebnis: Was aus dem Projekt wurde oder was es verändert hat, bleibt unbekannt.</translation>
    </message>
    <message>
        <source>A vague result (&quot;it shipped&quot;, &quot;users liked it&quot;).</source>
        <translation>Ein vages Ergebnis („es wurde ausgeliefert“, „die Nutzer mochten es“).</translation>
    </message>
    <message>
        <source>A concrete result without numbers (went live for customers, replaced the old system).</source>
        <translation>Ein konkretes Ergebnis ohne Zahlen (ging für Kunden live, löste das alte System ab).</translation>
    </message>
    <message>
        <source>A measured result (users, latency, cost, error rate, time saved) with before and after.</source>
        <translation>Ein gemessenes Ergebnis (Nutzer, Latenz, Kosten, Fehlerrate, eingesparte Zeit) mit Vorher und Nachher.</translation>
    </message>
    <message>
        <source>Measured results with their effect on users or the business, how they were measured, and an honest account of what did not work.</source>
        <translation>Gemessene Ergebnisse mit ihrer Wirkung auf Nutzer oder das Unternehmen, wie sie gemessen wurden, und eine ehrliche Darstellung dessen, was nicht funktioniert hat.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Learned nothing, or would change nothing.</source>
        <translation>Nichts gelernt, oder würde nichts ändern.</translation>
    </message>
    <message>
        <source>A generic lesson that has nothing to do with this project.</source>
        <translation>Eine allgemeine Lehre, die nichts mit diesem Projekt zu tun hat.</translation>
    </message>
    <message>
        <source>A specific technical or process lesson from this project.</source>
        <translation>Eine konkrete technische oder prozessbezogene Lehre aus diesem Projekt.</translation>
    </message>
    <message>
        <source>Specific lessons and what they would do differently in the design or the process, with the reasons.</source>
        <translation>Konkrete Lehren und was man am Design oder am Prozess anders machen würde, mit Begründung.</translation>
    </message>
    <message>
        <source>Specific, honest lessons including their own mistakes, how they have applied them since, and what they would change at a larger scale.</source>
        <translation>Konkrete, ehrliche Lehren einschließlich eigener Fehler, wie man sie seitdem umgesetzt hat und was man in größerem Maßstab ändern würde.</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Practice due questions</source>
        <translation>Fällige Fragen üben</translation>
    </message>
    <message>
        <source>Nothing is due. Questions you grade come back here when spaced repetition says so: a low grade tomorrow, a good one later.</source>
        <translation>Nichts ist fällig. Bewertete Fragen kommen hierher zurück, wenn die verteilte Wiederholung es sagt: bei schlechter Note morgen, bei guter später.</translation>
    </message>
    <message>
        <source>1 question is due, but today&apos;s limit of %1 is reached. More tomorrow.</source>
        <translation>1 Frage ist fällig, aber das heutige Limit von %1 ist erreicht. Morgen geht es weiter.</translation>
    </message>
    <message>
        <source>%1 questions are due, but today&apos;s limit of %2 is reached. More tomorrow.</source>
        <translation>%1 Fragen sind fällig, aber das heutige Limit von %2 ist erreicht. Morgen geht es weiter.</translation>
    </message>
    <message>
        <source>%1 questions are due; %2 of them today (a daily limit).</source>
        <translation>%1 Fragen sind fällig, %2 davon heute (ein Tageslimit).</translation>
    </message>
    <message>
        <source>1 question is due today.</source>
        <translation>1 Frage ist heute fällig.</translation>
    </message>
    <message>
        <source>%1 questions are due today.</source>
        <translation>%1 Fragen sind heute fällig.</translation>
    </message>
</context>
<context>
    <name>ScoreDelta</name>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The plan asks for question &quot;%1&quot;, which is not in the bank.</source>
        <translation>Der Plan verlangt die Frage „%1“, die nicht im Fragenkatalog enthalten ist.</translation>
    </message>
    <message>
        <source>There are no questions for the rounds of this plan.</source>
        <translation>Für die Runden dieses Plans gibt es keine Fragen.</translation>
    </message>
    <message>
        <source>Session %1 is %2 and cannot be resumed.</source>
        <translation>Sitzung %1 ist %2 und kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5.</source>
        <translation>Eine Punktzahl ist eine ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; is a %2 question; it cannot be asked in a %3 round.</source>
        <translation>Die Frage „%1“ gehört zur Art „%2“; sie kann nicht in einer Runde der Art „%3“ gestellt werden.</translation>
    </message>
    <message>
        <source>The key-point checklist does not match the question.</source>
        <translation>Die Kernpunkt-Liste passt nicht zur Frage.</translation>
    </message>
    <message>
        <source>Grade this answer before retaking it.</source>
        <translation>Bewerten Sie diese Antwort, bevor Sie sie wiederholen.</translation>
    </message>
    <message>
        <source>This session has no answer %1.</source>
        <translation>Diese Sitzung hat keine Antwort %1.</translation>
    </message>
    <message>
        <source>the MockLoop window</source>
        <translation>das MockLoop-Fenster</translation>
    </message>
    <message>
        <source>the terminal program mockloop-cli</source>
        <translation>das Terminalprogramm mockloop-cli</translation>
    </message>
    <message>
        <source>Session %1 is open in another MockLoop program: %2 (process %3). Close it there first.</source>
        <translation>Sitzung %1 ist in einem anderen MockLoop-Programm geöffnet: %2 (Prozess %3). Schließen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>The grade was not saved: %1. Nothing was lost; save the grade again once that is solved.</source>
        <translation>Die Bewertung wurde nicht gespeichert: %1. Nichts ging verloren; speichern Sie die Bewertung erneut, sobald das behoben ist.</translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation>die Datenbank hat keinen Grund genannt</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>unfinished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>There is no attempt %1.</source>
        <translation>Es gibt keinen Versuch %1.</translation>
    </message>
    <message>
        <source>Attempt %1 does not exist.</source>
        <translation>Versuch %1 existiert nicht.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Nachfrage %1</translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>the disk is full; free some space on it</source>
        <translation>die Festplatte ist voll; geben Sie dort Speicherplatz frei</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>die Datenbankdatei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk reported an error while the database was read or written</source>
        <translation>der Datenträger hat beim Lesen oder Schreiben der Datenbank einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the system does not allow MockLoop to write the database file</source>
        <translation>das System erlaubt MockLoop nicht, die Datenbankdatei zu schreiben</translation>
    </message>
    <message>
        <source>the database file cannot be opened (its folder may be missing or read-only)</source>
        <translation>die Datenbankdatei lässt sich nicht öffnen (ihr Ordner fehlt vielleicht oder ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>another program is using the database; try again in a moment</source>
        <translation>ein anderes Programm verwendet die Datenbank; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>dem Computer ist der Arbeitsspeicher ausgegangen</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation>die Datenbank hat keinen Grund genannt</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>round introduction</source>
        <translation>Rundeneinführung</translation>
    </message>
    <message>
        <source>preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>grading</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>round review</source>
        <translation>Rundenrückblick</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>follow-up question</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>answering the follow-up</source>
        <translation>Antwort auf die Nachfrage</translation>
    </message>
</context>
<context>
    <name>StoryBank</name>
    <message>
        <source>A story needs a title.</source>
        <translation>Eine Geschichte braucht einen Titel.</translation>
    </message>
    <message>
        <source>A story needs some text in at least one of Situation, Task, Action and Result.</source>
        <translation>Eine Geschichte braucht Text in mindestens einem der Teile Situation, Aufgabe, Handlung und Ergebnis.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Die Geschichte gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>StoryPickerDialog</name>
    <message>
        <source>No competencies yet.</source>
        <translation>Noch keine Kompetenzen.</translation>
    </message>
    <message>
        <source>Competencies: %1</source>
        <translation>Kompetenzen: %1</translation>
    </message>
    <message>
        <source>Used in 1 answer.</source>
        <translation>In 1 Antwort verwendet.</translation>
    </message>
    <message>
        <source>Used in %1 answers.</source>
        <translation>In %1 Antworten verwendet.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>+%1 overtime</source>
        <translation>+%1 Überzeit</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Tracker</name>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a stage &quot;%1&quot; already.</source>
        <translation>Es gibt schon eine Phase „%1“.</translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation>Die Phase gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>An application needs a company.</source>
        <translation>Eine Bewerbung braucht eine Firma.</translation>
    </message>
    <message>
        <source>An application needs a role.</source>
        <translation>Eine Bewerbung braucht eine Stelle.</translation>
    </message>
    <message>
        <source>Excitement is from 1 to 5, not %1.</source>
        <translation>Die Begeisterung geht von 1 bis 5, nicht %1.</translation>
    </message>
    <message>
        <source>A linked contact no longer exists.</source>
        <translation>Ein verknüpfter Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Die Bewerbung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>Es gibt keine Bewerbung %1.</translation>
    </message>
    <message>
        <source>The application is in %1 already.</source>
        <translation>Die Bewerbung ist schon in %1.</translation>
    </message>
    <message>
        <source>A scheduled interview needs a start date and time in a known time zone.</source>
        <translation>Ein geplantes Gespräch braucht Beginn mit Datum und Uhrzeit in einer bekannten Zeitzone.</translation>
    </message>
    <message>
        <source>The duration is from 1 to 1440 minutes, not %1.</source>
        <translation>Die Dauer geht von 1 bis 1440 Minuten, nicht %1.</translation>
    </message>
    <message>
        <source>The self-rating is from 1 to 5, not %1.</source>
        <translation>Die Selbsteinschätzung geht von 1 bis 5, nicht %1.</translation>
    </message>
    <message>
        <source>The scheduled interview no longer exists.</source>
        <translation>Das geplante Gespräch gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This scheduled interview is in the past; it is kept as a record of what happened.</source>
        <translation>Dieses geplante Gespräch liegt in der Vergangenheit; es bleibt als Aufzeichnung dessen, was war.</translation>
    </message>
    <message>
        <source>It overlaps the %1 interview with %2 at %3 (%4).</source>
        <translation>Es überschneidet sich mit dem Gespräch (%1) bei %2 am %3 (%4).</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Den Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The scheduled interview has no asked question %1.</source>
        <translation>Das geplante Gespräch hat keine gestellte Frage %1.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;: give an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation>Unbekannte Zeitzone „%1“: gib einen IANA-Namen an wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: write YYYY-MM-DD HH:MM, e.g. 2026-03-02 14:30.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: schreibe JJJJ-MM-TT HH:MM, z. B. 2026-03-02 14:30.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (the clocks skip it).</source>
        <translation>%1 gibt es in %2 nicht (die Uhren überspringen diese Zeit).</translation>
    </message>
</context>
<context>
    <name>TrackerStage</name>
    <message>
        <source>Wishlist</source>
        <translation>Wunschliste</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Ghosted</source>
        <translation>Geghostet</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>none heard</source>
        <translation>keine erkannt</translation>
    </message>
    <message>
        <source>from the audio</source>
        <translation>aus der Aufnahme</translation>
    </message>
    <message>
        <source>from the word times</source>
        <translation>aus den Wortzeiten</translation>
    </message>
    <message>
        <source>Time to first word</source>
        <translation>Zeit bis zum ersten Wort</translation>
    </message>
    <message>
        <source>Spoken</source>
        <translation>Gesprochen</translation>
    </message>
    <message>
        <source>%1 from the first word to the last, %2 of it speaking (%3)</source>
        <translation>%1 vom ersten bis zum letzten Wort, davon %2 Sprechen (%3)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Words per minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <source>%1 overall (slower than %2), %3 while speaking</source>
        <translation>%1 insgesamt (langsamer als %2), %3 beim Sprechen</translation>
    </message>
    <message>
        <source>%1 overall (faster than %2), %3 while speaking</source>
        <translation>%1 insgesamt (schneller als %2), %3 beim Sprechen</translation>
    </message>
    <message>
        <source>%1 overall (within %2), %3 while speaking</source>
        <translation>%1 insgesamt (innerhalb von %2), %3 beim Sprechen</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 or longer</source>
        <translation>
            <numerusform>%n von %1 oder länger</numerusform>
            <numerusform>%n von %1 oder länger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>, longest %1: %2</source>
        <translation>, längste %1: %2</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>%1, %2 a minute (above the target of fewer than %3 a minute)</source>
        <translation>%1, %2 pro Minute (über dem Ziel von weniger als %3 pro Minute)</translation>
    </message>
    <message>
        <source>%1, %2 a minute (within the target of fewer than %3 a minute)</source>
        <translation>%1, %2 pro Minute (innerhalb des Ziels von weniger als %3 pro Minute)</translation>
    </message>
    <message>
        <source>Fillers (estimate)</source>
        <translation>Füllwörter (geschätzt)</translation>
    </message>
    <message>
        <source>Hedges (estimate)</source>
        <translation>Abschwächungen (geschätzt)</translation>
    </message>
    <message>
        <source>Repeated words (estimate)</source>
        <translation>Wiederholte Wörter (geschätzt)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1, shorter than the target for a %2 round (%3)</source>
        <translation>%1, kürzer als das Ziel für eine Runde „%2“ (%3)</translation>
    </message>
    <message>
        <source>%1, longer than the target for a %2 round (%3)</source>
        <translation>%1, länger als das Ziel für eine Runde „%2“ (%3)</translation>
    </message>
    <message>
        <source>%1, within the target for a %2 round (%3)</source>
        <translation>%1, innerhalb des Ziels für eine Runde „%2“ (%3)</translation>
    </message>
    <message>
        <source>The speech model is missing: %1 is not there. Install the Debian package pocketsphinx-en-us (scripts/install-deps.sh does).</source>
        <translation>Das Sprachmodell fehlt: %1 ist nicht vorhanden. Installieren Sie das Debian-Paket pocketsphinx-en-us (scripts/install-deps.sh erledigt das).</translation>
    </message>
    <message>
        <source>pocketsphinx could not load the speech model in %1.</source>
        <translation>pocketsphinx konnte das Sprachmodell in %1 nicht laden.</translation>
    </message>
    <message>
        <source>pocketsphinx failed on the audio.</source>
        <translation>pocketsphinx ist an der Aufnahme gescheitert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The recording is not open.</source>
        <translation>Die Aufnahme ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is full: a WAV file holds at most 4 GB.</source>
        <translation>%1 ist voll: Eine WAV-Datei fasst höchstens 4 GB.</translation>
    </message>
    <message>
        <source>%1 is not a recording MockLoop can repair (not a 16 kHz mono 16-bit WAV file with MockLoop&apos;s header).</source>
        <translation>%1 ist keine Aufnahme, die MockLoop reparieren kann (keine WAV-Datei mit 16 kHz, mono, 16 Bit und dem Kopf von MockLoop).</translation>
    </message>
    <message>
        <source>Cannot repair %1: %2</source>
        <translation>%1 kann nicht repariert werden: %2</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not a WAV file.</source>
        <translation>%1 ist keine WAV-Datei.</translation>
    </message>
    <message>
        <source>%1 has no audio data (no &quot;data&quot; chunk).</source>
        <translation>%1 enthält keine Audiodaten (kein „data“-Block).</translation>
    </message>
    <message>
        <source>%1 is not a WAV file (no &quot;fmt &quot; chunk).</source>
        <translation>%1 ist keine WAV-Datei (kein „fmt “-Block).</translation>
    </message>
    <message>
        <source>%1 is not a WAV file (its &quot;fmt &quot; chunk is cut off).</source>
        <translation>%1 ist keine WAV-Datei (ihr „fmt “-Block ist abgeschnitten).</translation>
    </message>
    <message>
        <source>%1 Hz, %2 channel(s), %3-bit PCM</source>
        <translation>%1 Hz, %2 Kanal/Kanäle, %3-Bit-PCM</translation>
    </message>
    <message>
        <source>%1 Hz, %2 channel(s), not PCM (format %3)</source>
        <translation>%1 Hz, %2 Kanal/Kanäle, kein PCM (Format %3)</translation>
    </message>
    <message>
        <source>%1 is %2; MockLoop reads 16 kHz mono 16-bit PCM. Convert it with: sox IN.wav -r 16000 -c 1 -b 16 OUT.wav</source>
        <translation>%1 ist %2; MockLoop liest 16 kHz, mono, 16-Bit-PCM. Umwandeln mit: sox IN.wav -r 16000 -c 1 -b 16 OUT.wav</translation>
    </message>
    <message>
        <source>%1 is not a WAV file (audio data before its format).</source>
        <translation>%1 ist keine WAV-Datei (Audiodaten vor ihrem Format).</translation>
    </message>
    <message>
        <source>%1 is not a WAV file (a chunk runs past its end).</source>
        <translation>%1 ist keine WAV-Datei (ein Block reicht über ihr Ende hinaus).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Timed mock-interview loops for backend developers.</source>
        <translation>Übungs-Interview-Loops mit Zeitvorgabe für Backend-Entwickler.</translation>
    </message>
    <message>
        <source>Keep the database in DIR instead of the default data dir (also: MOCKLOOP_DATA_DIR).</source>
        <translation>Die Datenbank in DIR statt im Standard-Datenverzeichnis ablegen (auch: MOCKLOOP_DATA_DIR).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>MockLoop cannot start</source>
        <translation>MockLoop kann nicht starten</translation>
    </message>
    <message>
        <source>MockLoop</source>
        <translation>MockLoop</translation>
    </message>
    <message>
        <source>The built-in question packs could not be installed:
%1</source>
        <translation>Die eingebauten Fragenpakete konnten nicht installiert werden:
%1</translation>
    </message>
    <message>
        <source>Read and write settings in FILE (an INI file) instead of the default place (also: MOCKLOOP_SETTINGS).</source>
        <translation>Einstellungen in DATEI (einer INI-Datei) statt am üblichen Ort lesen und schreiben (auch: MOCKLOOP_SETTINGS).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>mockloop::Engine</name>
    <message>
        <source>This plan does not allow pausing.</source>
        <translation>Dieser Plan erlaubt keine Pausen.</translation>
    </message>
    <message>
        <source>The preparation time has not run out yet.</source>
        <translation>Die Vorbereitungszeit ist noch nicht abgelaufen.</translation>
    </message>
    <message>
        <source>The answer is already in overtime.</source>
        <translation>Die Antwort ist bereits in der Überzeit.</translation>
    </message>
    <message>
        <source>This answer has no time limit.</source>
        <translation>Diese Antwort hat kein Zeitlimit.</translation>
    </message>
    <message>
        <source>The answer time has not run out yet.</source>
        <translation>Die Antwortzeit ist noch nicht abgelaufen.</translation>
    </message>
    <message>
        <source>The round is already in overtime.</source>
        <translation>Die Runde ist bereits in der Überzeit.</translation>
    </message>
    <message>
        <source>This round has no time budget.</source>
        <translation>Diese Runde hat kein Zeitbudget.</translation>
    </message>
    <message>
        <source>The round&apos;s time budget has not run out yet.</source>
        <translation>Das Zeitbudget der Runde ist noch nicht aufgebraucht.</translation>
    </message>
    <message>
        <source>The session is %1: nothing more can happen in it.</source>
        <translation>Die Sitzung ist %1: In ihr ist nichts mehr möglich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible in the %2 state.</source>
        <translation>„%1“ ist im Zustand „%2“ nicht möglich.</translation>
    </message>
    <message>
        <source>This plan does not allow retakes.</source>
        <translation>Dieser Plan erlaubt keine Wiederholungen.</translation>
    </message>
    <message>
        <source>Only an answered question of the current round can be retaken.</source>
        <translation>Nur eine beantwortete Frage der laufenden Runde kann wiederholt werden.</translation>
    </message>
    <message>
        <source>This plan grades at the end of the loop; retake a question from its round review instead.</source>
        <translation>Dieser Plan bewertet am Ende des Durchlaufs; wiederholen Sie eine Frage stattdessen aus dem Rückblick ihrer Runde.</translation>
    </message>
    <message>
        <source>The round&apos;s time budget is used up.</source>
        <translation>Das Zeitbudget der Runde ist aufgebraucht.</translation>
    </message>
    <message>
        <source>The computer has not been asleep since the last tick.</source>
        <translation>Der Computer war seit dem letzten Takt nicht im Ruhezustand.</translation>
    </message>
    <message>
        <source>The computer was asleep for %1, so the session is paused. That time is recorded as interrupted, not as answer time.</source>
        <translation>Der Computer war %1 lang im Ruhezustand, deshalb ist die Sitzung pausiert. Diese Zeit wird als Unterbrechung erfasst, nicht als Antwortzeit.</translation>
    </message>
</context>
<context>
    <name>mockloop::cli::TerminalInterview</name>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <source>Resume session %1 (%2, started %3)?</source>
        <translation>Sitzung %1 fortsetzen (%2, begonnen am %3)?</translation>
    </message>
    <message>
        <source>Start a new session instead?</source>
        <translation>Stattdessen eine neue Sitzung starten?</translation>
    </message>
    <message>
        <source>Resumed session %1: %2.</source>
        <translation>Sitzung %1 fortgesetzt: %2.</translation>
    </message>
    <message>
        <source>mockloop-cli: cannot start a session: %1</source>
        <translation>mockloop-cli: eine Sitzung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>You grade each answer right after it.</source>
        <translation>Sie bewerten jede Antwort direkt im Anschluss.</translation>
    </message>
    <message>
        <source>You grade the answers at the end of each round.</source>
        <translation>Sie bewerten die Antworten am Ende jeder Runde.</translation>
    </message>
    <message>
        <source>You grade the answers at the end of the loop.</source>
        <translation>Sie bewerten die Antworten am Ende des Loops.</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sitzung %1: %2</translation>
    </message>
    <message>
        <source>Type :help for the commands; end of input (Ctrl-D) saves the session for later.</source>
        <translation>Geben Sie :help für die Befehle ein; das Ende der Eingabe (Strg-D) speichert die Sitzung für später.</translation>
    </message>
    <message>
        <source>mockloop-cli: could not save (will retry): %1</source>
        <translation>mockloop-cli: Speichern fehlgeschlagen (wird erneut versucht): %1</translation>
    </message>
    <message>
        <source>Saved again.</source>
        <translation>Wieder gespeichert.</translation>
    </message>
    <message>
        <source>y</source>
        <comment>answer: yes</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>n</source>
        <comment>answer: no</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Please answer y or n.</source>
        <translation>Bitte antworten Sie mit y oder n.</translation>
    </message>
    <message>
        <source>Session %1 stays unfinished; starting a new one.</source>
        <translation>Sitzung %1 bleibt offen; eine neue wird gestartet.</translation>
    </message>
    <message>
        <source>Nothing was started.</source>
        <translation>Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>Abandon this session?</source>
        <translation>Diese Sitzung abbrechen?</translation>
    </message>
    <message>
        <source>The session goes on.</source>
        <translation>Die Sitzung geht weiter.</translation>
    </message>
    <message>
        <source>Press Enter to start (that line was not used).</source>
        <translation>Drücken Sie Enter, um zu beginnen (diese Zeile wurde nicht verwendet).</translation>
    </message>
    <message>
        <source>Press Enter to begin the round (that line was not used).</source>
        <translation>Drücken Sie Enter, um die Runde zu beginnen (diese Zeile wurde nicht verwendet).</translation>
    </message>
    <message>
        <source>Not used (press Enter to start answering first): %1</source>
        <translation>Nicht verwendet (drücken Sie zuerst Enter, um mit der Antwort zu beginnen): %1</translation>
    </message>
    <message>
        <source>Paused: that line was not added to your answer (press Enter or type :resume to continue, then type it again): %1</source>
        <translation>Pausiert: Diese Zeile wurde Ihrer Antwort nicht hinzugefügt (drücken Sie Enter oder geben Sie :resume ein, um fortzufahren, und tippen Sie sie dann erneut): %1</translation>
    </message>
    <message>
        <source>Press Enter to continue (that line was not used).</source>
        <translation>Drücken Sie Enter, um fortzufahren (diese Zeile wurde nicht verwendet).</translation>
    </message>
    <message>
        <source>Unknown command &quot;:%1&quot; (that line was not used). Type :help for the list.</source>
        <translation>Unbekannter Befehl &quot;:%1&quot; (diese Zeile wurde nicht verwendet). Geben Sie :help ein, um die Liste zu sehen.</translation>
    </message>
    <message>
        <source>The answer can only change while you prepare or answer; that line was not kept.</source>
        <translation>Die Antwort lässt sich nur während der Vorbereitung oder beim Antworten ändern; diese Zeile wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5.</source>
        <translation>Eine Punktzahl ist eine ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>mockloop-cli: no session was started.</source>
        <translation>mockloop-cli: es wurde keine Sitzung gestartet.</translation>
    </message>
    <message>
        <source>No answer: nothing was started.</source>
        <translation>Keine Antwort: Es wurde nichts gestartet.</translation>
    </message>
    <message>
        <source>mockloop-cli: session %1 could not be saved: %2</source>
        <translation>mockloop-cli: Sitzung %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Session %1 saved; resume it with `mockloop-cli run`.</source>
        <translation>Sitzung %1 gespeichert; setzen Sie sie mit `mockloop-cli run` fort.</translation>
    </message>
    <message>
        <source>Answer time is up: you are in overtime now, and it is recorded. Finish with . or :submit.</source>
        <translation>Die Antwortzeit ist abgelaufen: Sie sind jetzt in der Überzeit, und sie wird erfasst. Beenden Sie mit . oder :submit.</translation>
    </message>
    <message>
        <source>The round&apos;s time budget is used up: round overtime is recorded from now on.</source>
        <translation>Das Zeitbudget der Runde ist aufgebraucht: Ab jetzt wird Überzeit der Runde erfasst.</translation>
    </message>
    <message>
        <source>Preparation time is up: answer now.</source>
        <translation>Die Vorbereitungszeit ist abgelaufen: Antworten Sie jetzt.</translation>
    </message>
    <message>
        <source>The round&apos;s time budget ran out: the answer was submitted and locked as it was, and the rest of the round was not reached.</source>
        <translation>Das Zeitbudget der Runde ist abgelaufen: Die Antwort wurde im aktuellen Stand abgegeben und gesperrt, und der Rest der Runde wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>Time is up: the answer was locked and submitted at the deadline.</source>
        <translation>Die Zeit ist abgelaufen: Die Antwort wurde bei Fristende gesperrt und abgegeben.</translation>
    </message>
    <message>
        <source>Not added to the locked answer: %1</source>
        <translation>Nicht zur gesperrten Antwort hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Preparation: %1 to think before answering.</source>
        <translation>Vorbereitung: %1 Bedenkzeit vor dem Antworten.</translation>
    </message>
    <message>
        <source>Answer now.</source>
        <translation>Antworten Sie jetzt.</translation>
    </message>
    <message>
        <source>Type your answer line by line. A line with just . ends the part; after the last part it submits. :help lists the commands.</source>
        <translation>Tippen Sie Ihre Antwort Zeile für Zeile. Eine Zeile nur mit . beendet den Teil; nach dem letzten Teil wird die Antwort abgegeben. :help listet die Befehle auf.</translation>
    </message>
    <message>
        <source>Your answer so far:</source>
        <translation>Ihre bisherige Antwort:</translation>
    </message>
    <message>
        <source>Interrupted time on this question: %1 (recorded; the clock did not run meanwhile).</source>
        <translation>Unterbrechungszeit bei dieser Frage: %1 (erfasst; die Uhr lief in der Zwischenzeit nicht).</translation>
    </message>
    <message>
        <source>Paused: the clock is stopped.</source>
        <translation>Pausiert: Die Uhr ist angehalten.</translation>
    </message>
    <message>
        <source>Session %1 is finished.</source>
        <translation>Sitzung %1 ist beendet.</translation>
    </message>
    <message>
        <source>Session %1 was abandoned.</source>
        <translation>Sitzung %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>[Y/n]</source>
        <translation>[Y/n]</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Press Enter to start.</source>
        <translation>Drücken Sie Enter, um zu beginnen.</translation>
    </message>
    <message>
        <source>Press Enter to begin the round.</source>
        <translation>Drücken Sie Enter, um die Runde zu beginnen.</translation>
    </message>
    <message>
        <source>Press Enter to start answering.</source>
        <translation>Drücken Sie Enter, um mit der Antwort zu beginnen.</translation>
    </message>
    <message>
        <source>Enter: start answering &gt;</source>
        <translation>Enter: Antwort beginnen &gt;</translation>
    </message>
    <message>
        <source>Paused. Press Enter or type :resume to continue.</source>
        <translation>Pausiert. Drücken Sie Enter oder geben Sie :resume ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Enter: resume &gt;</source>
        <translation>Enter: fortsetzen &gt;</translation>
    </message>
    <message>
        <source>Score 1-5:</source>
        <translation>Punktzahl 1-5:</translation>
    </message>
    <message>
        <source>Note (one line, Enter for none):</source>
        <translation>Notiz (eine Zeile, Enter für keine):</translation>
    </message>
    <message>
        <source>Press Enter to continue.</source>
        <translation>Drücken Sie Enter, um fortzufahren.</translation>
    </message>
    <message>
        <source>Notes &gt;</source>
        <translation>Notizen &gt;</translation>
    </message>
    <message>
        <source>Prep %1 left</source>
        <translation>Vorbereitung noch %1</translation>
    </message>
    <message>
        <source>Answering %1 left</source>
        <translation>Antworten noch %1</translation>
    </message>
    <message>
        <source>Answering %1 over</source>
        <translation>Antworten %1 überzogen</translation>
    </message>
    <message>
        <source>Answering %1 (no limit)</source>
        <translation>Antworten %1 (ohne Limit)</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausiert: %1</translation>
    </message>
    <message>
        <source>round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 überzogen</translation>
    </message>
    <message>
        <source>Q %1/%2</source>
        <translation>F %1/%2</translation>
    </message>
    <message>
        <source>Commands, each on a line of its own:
  .          end this part of the answer (Situation, Task, Action, Result);
             after the last part the answer is submitted
  :submit    submit the answer now
  :skip      skip this question
  :pause     stop the clock (when the plan allows it)
  :resume    start the clock again
  :abandon   end the session for good (asks first)
  :help      this list
Enter on an empty line goes on at round intros, preparation and reviews.
End of input (Ctrl-D) or Ctrl-C saves the session; `mockloop-cli run` resumes it.</source>
        <translation>Befehle, jeweils in einer eigenen Zeile:
  .          den Antwortteil beenden (Situation, Aufgabe, Vorgehen, Ergebnis);
             nach dem letzten Teil wird die Antwort abgegeben
  :submit    die Antwort jetzt abgeben
  :skip      diese Frage überspringen
  :pause     die Uhr anhalten (wenn der Plan es erlaubt)
  :resume    die Uhr wieder starten
  :abandon   die Sitzung endgültig beenden (mit Rückfrage)
  :help      diese Liste
Enter auf leerer Zeile: weiter bei Rundeneinführung, Vorbereitung und Rückblick.
Eingabeende (Strg-D) oder Strg-C speichert die Sitzung; `mockloop-cli run` setzt sie fort.</translation>
    </message>
    <message>
        <source>Round %1 of %2: %3</source>
        <translation>Runde %1 von %2: %3</translation>
    </message>
    <message>
        <source>no preparation time</source>
        <translation>keine Vorbereitungszeit</translation>
    </message>
    <message>
        <source>preparation %1 per question</source>
        <translation>Vorbereitung %1 pro Frage</translation>
    </message>
    <message>
        <source>no answer time limit</source>
        <translation>kein Zeitlimit für Antworten</translation>
    </message>
    <message>
        <source>answer %1 per question</source>
        <translation>Antwort %1 pro Frage</translation>
    </message>
    <message>
        <source>round budget %1</source>
        <translation>Rundenbudget %1</translation>
    </message>
    <message>
        <source>no round budget</source>
        <translation>kein Rundenbudget</translation>
    </message>
    <message>
        <source>hard deadlines: when time is up the answer is submitted and locked</source>
        <translation>strenge Fristen: Wenn die Zeit abgelaufen ist, wird die Antwort abgegeben und gesperrt</translation>
    </message>
    <message>
        <source>soft deadlines: you may run over; overtime is recorded</source>
        <translation>flexible Fristen: Sie dürfen überziehen; die Überzeit wird erfasst</translation>
    </message>
    <message>
        <source>prep %1</source>
        <translation>Vorbereitung %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>no answer limit</source>
        <translation>kein Antwortlimit</translation>
    </message>
    <message>
        <source>Question %1 of %2 (round %3, %4; %5):</source>
        <translation>Frage %1 von %2 (Runde %3, %4; %5):</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Model outline:</source>
        <translation>Gliederung der Musterantwort:</translation>
    </message>
    <message>
        <source>Key points:</source>
        <translation>Kernpunkte:</translation>
    </message>
    <message>
        <source>Grade your answer: round %1 (%2), question %3 of %4</source>
        <translation>Bewerten Sie Ihre Antwort: Runde %1 (%2), Frage %3 von %4</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Ihre Antwort:</translation>
    </message>
    <message>
        <source>This plan shows the model outline and key points at the end of the loop, in the report.</source>
        <translation>Dieser Plan zeigt die Gliederung der Musterantwort und die Kernpunkte am Ende des Loops im Bericht.</translation>
    </message>
    <message>
        <source>1 no real example · 2 vague, no clear result · 3 all four parts, thin · 4 specific, your actions, a measurable result · 5 concise, numbers, lessons</source>
        <translation>1 kein echtes Beispiel · 2 vage, kein klares Ergebnis · 3 alle vier Teile, aber dünn · 4 konkret, Ihr Vorgehen, ein messbares Ergebnis · 5 prägnant, mit Zahlen und Erkenntnissen</translation>
    </message>
    <message>
        <source>1 could not answer · 2 partly right · 3 main points, little depth · 4 structured, most key points, trade-offs · 5 complete, with examples</source>
        <translation>1 keine Antwort möglich · 2 teilweise richtig · 3 Hauptpunkte, wenig Tiefe · 4 strukturiert, die meisten Kernpunkte, Abwägungen · 5 vollständig, mit Beispielen</translation>
    </message>
    <message>
        <source>Round %1 of %2 review: %3</source>
        <translation>Rückblick auf Runde %1 von %2: %3</translation>
    </message>
    <message>
        <source>Round time %1 of %2</source>
        <translation>Rundenzeit %1 von %2</translation>
    </message>
    <message>
        <source>Round time %1 (no budget)</source>
        <translation>Rundenzeit %1 (kein Budget)</translation>
    </message>
    <message>
        <source>, %1 over</source>
        <translation>, %1 überzogen</translation>
    </message>
    <message>
        <source>; the budget ran out</source>
        <translation>; das Budget ist aufgebraucht</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Used / allowed</source>
        <translation>Benötigt / erlaubt</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überzeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Your questions for the interviewer</source>
        <translation>Ihre Fragen an die Interviewer</translation>
    </message>
    <message>
        <source>Some worth asking:</source>
        <translation>Einige, die sich lohnen:</translation>
    </message>
    <message>
        <source>Your notes so far:</source>
        <translation>Ihre bisherigen Notizen:</translation>
    </message>
    <message>
        <source>Write the questions you would ask, one per line; a line with just . finishes the session.</source>
        <translation>Schreiben Sie die Fragen auf, die Sie stellen würden, eine pro Zeile; eine Zeile nur mit . schließt die Sitzung ab.</translation>
    </message>
    <message>
        <source>(continuing; so far:)</source>
        <translation>(Fortsetzung; bisher:)</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>Retake: %1 / 5 against %2 / 5 last time %3</source>
        <translation>Wiederholung: %1 / 5 gegenüber %2 / 5 beim letzten Mal %3</translation>
    </message>
    <message>
        <source>Answer this question again now? y = retake, Enter = go on:</source>
        <translation>Diese Frage jetzt noch einmal beantworten? j = wiederholen, Enter = weiter:</translation>
    </message>
    <message>
        <source>story questions in %1 parts: %2; the others in one text</source>
        <translation>Fragen nach Erlebnissen in %1 Teilen: %2; die anderen in einem Text</translation>
    </message>
    <message>
        <source>answers in %1 parts: %2</source>
        <translation>Antworten in %1 Teilen: %2</translation>
    </message>
    <message>
        <source>(part %1 of %2)</source>
        <translation>(Teil %1 von %2)</translation>
    </message>
    <message>
        <source>Question %1 of %2, retake (round %3, %4; %5):</source>
        <translation>Frage %1 von %2, Wiederholung (Runde %3, %4; %5):</translation>
    </message>
    <message>
        <source>%1 (retake)</source>
        <translation>%1 (Wiederholung)</translation>
    </message>
    <message>
        <source>The line you were typing is part of the locked answer: %1</source>
        <translation>Die Zeile, die Sie gerade tippten, gehört zur gesperrten Antwort: %1</translation>
    </message>
    <message>
        <source>Coach: no remarks on this answer.</source>
        <translation>Coach: keine Anmerkungen zu dieser Antwort.</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>Follow-up %1 (no limit)</source>
        <translation>Nachfrage %1 (ohne Limit)</translation>
    </message>
    <message>
        <source>Follow-up %1 left</source>
        <translation>Nachfrage noch %1</translation>
    </message>
    <message>
        <source>Follow-up %1 over</source>
        <translation>Nachfrage %1 überzogen</translation>
    </message>
    <message>
        <source>Time is up: the follow-up answer was locked and submitted at the deadline.</source>
        <translation>Die Zeit ist um: Die Antwort auf die Nachfrage wurde zum Fristende gesperrt und abgegeben.</translation>
    </message>
    <message>
        <source>The interviewer asks back: %1</source>
        <translation>Der Interviewer fragt nach: %1</translation>
    </message>
    <message>
        <source>Your answer to it so far:</source>
        <translation>Ihre bisherige Antwort darauf:</translation>
    </message>
    <message>
        <source>Answer the follow-up within %1. A line with just . submits it.</source>
        <translation>Beantworten Sie die Nachfrage in %1. Eine Zeile nur mit . gibt die Antwort ab.</translation>
    </message>
    <message>
        <source>Answer the follow-up. A line with just . submits it.</source>
        <translation>Beantworten Sie die Nachfrage. Eine Zeile nur mit . gibt die Antwort ab.</translation>
    </message>
    <message>
        <source>The answer can only change while you answer; that line was not kept.</source>
        <translation>Die Antwort lässt sich nur beim Antworten ändern; diese Zeile wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>Follow-up &gt;</source>
        <translation>Nachfrage &gt;</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::AnswerEditor</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change in this section (%1).</source>
        <translation>Die letzte Änderung in diesem Abschnitt rückgängig machen (%1).</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo what was undone in this section (%1).</source>
        <translation>Das Rückgängiggemachte in diesem Abschnitt wiederherstellen (%1).</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>Go to the previous section (%1).</source>
        <translation>Zum vorherigen Abschnitt (%1).</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Go to the next section (%1).</source>
        <translation>Zum nächsten Abschnitt (%1).</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show the answer as formatted Markdown; click again to edit.</source>
        <translation>Die Antwort als formatiertes Markdown zeigen; noch einmal klicken zum Bearbeiten.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>jetzt: %1</translation>
    </message>
    <message>
        <source>behind: %1</source>
        <translation>im Rückstand: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ApplicationTableModel</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>%1 (ghosted?)</source>
        <translation>%1 (geghostet?)</translation>
    </message>
    <message>
        <source>Excitement</source>
        <translation>Begeisterung</translation>
    </message>
    <message>
        <source>Next scheduled interview</source>
        <translation>Nächstes geplantes Gespräch</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::AttemptView</name>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Back to history</source>
        <translation>&amp;Zurück zum Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Answer time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose an attempt to read it; choose two (Ctrl+click) to compare them.</source>
        <translation>Wählen Sie einen Versuch, um ihn zu lesen; wählen Sie zwei (Strg+Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Session &amp;report</source>
        <translation>Sitzungs&amp;bericht</translation>
    </message>
    <message>
        <source>Open the report of the session this attempt belongs to.</source>
        <translation>Den Bericht der Sitzung öffnen, zu der dieser Versuch gehört.</translation>
    </message>
    <message>
        <source>This answer is no longer stored (its session was deleted).</source>
        <translation>Diese Antwort ist nicht mehr gespeichert (ihre Sitzung wurde gelöscht).</translation>
    </message>
    <message>
        <source>%1 · answered once so far</source>
        <translation>%1 · bisher einmal beantwortet</translation>
    </message>
    <message>
        <source>%1 · %2 attempts at this question</source>
        <translation>%1 · %2 Versuche zu dieser Frage</translation>
    </message>
    <message>
        <source>This is the only attempt at the question so far.</source>
        <translation>Dies ist bisher der einzige Versuch zu dieser Frage.</translation>
    </message>
    <message>
        <source>Compare the two chosen attempts, the older on the left.</source>
        <translation>Die beiden gewählten Versuche vergleichen, den älteren links.</translation>
    </message>
    <message>
        <source>Compare this attempt with the one before it; choose two (Ctrl+click) to compare any pair.</source>
        <translation>Diesen Versuch mit dem vorherigen vergleichen; wählen Sie zwei (Strg+Klick), um ein beliebiges Paar zu vergleichen.</translation>
    </message>
    <message>
        <source>Choose one attempt, or two to compare.</source>
        <translation>Wählen Sie einen Versuch oder zwei zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (untimed)</source>
        <translation>%1 (ohne Zeitlimit)</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überzeit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Question version</source>
        <translation>Version der Frage</translation>
    </message>
    <message>
        <source>(no answer written)</source>
        <translation>(keine Antwort geschrieben)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save as &amp;story…</source>
        <translation>Als &amp;Geschichte speichern…</translation>
    </message>
    <message>
        <source>Keep this answer in your story bank, to tell it again.</source>
        <translation>Diese Antwort in Ihrer Geschichtensammlung aufheben, um sie wieder zu erzählen.</translation>
    </message>
    <message>
        <source>Interrupted (MockLoop closed or crashed, or the computer asleep)</source>
        <translation>Unterbrochen (MockLoop geschlossen oder abgestürzt oder Computer im Ruhezustand)</translation>
    </message>
    <message>
        <source>Follow-up %1: %2</source>
        <translation>Nachfrage %1: %2</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::BoardView</name>
    <message>
        <source>Drag a card to another stage, or press Ctrl+Right / Ctrl+Left; Enter opens the application.</source>
        <translation>Ziehen Sie eine Karte in eine andere Phase oder drücken Sie Strg+Rechts / Strg+Links; Eingabe öffnet die Bewerbung.</translation>
    </message>
    <message>
        <source>(ghosted?)</source>
        <translation>(geghostet?)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ClockWidget</name>
    <message>
        <source>less than a quarter of the time left</source>
        <translation>weniger als ein Viertel der Zeit übrig</translation>
    </message>
    <message>
        <source>almost out of time</source>
        <translation>die Zeit ist fast um</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>Überzeit</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>%1: %2 used, untimed</source>
        <translation>%1: %2 verbraucht, ohne Zeitlimit</translation>
    </message>
    <message>
        <source>%1: %2 over the time</source>
        <translation>%1: %2 über der Zeit</translation>
    </message>
    <message>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ClosingPanel</name>
    <message>
        <source>Your questions for the interviewer</source>
        <translation>Ihre Fragen an die Interviewer</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>The questions you would ask</source>
        <translation>Die Fragen, die Sie stellen würden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>End the loop and open the report (Ctrl+Return).</source>
        <translation>Den Loop beenden und den Bericht öffnen (Strg+Return).</translation>
    </message>
    <message>
        <source>No suggestions in the question bank.</source>
        <translation>Keine Vorschläge im Fragenkatalog.</translation>
    </message>
    <message>
        <source>(new question)</source>
        <translation>(neue Frage)</translation>
    </message>
    <message>
        <source>Most interviews end with “Do you have any questions for us?”. List the ones you would ask, each with a note: why you ask it and what to listen for. Enter on a suggestion adds it.</source>
        <translation>Die meisten Interviews enden mit „Haben Sie noch Fragen an uns?“. Listen Sie die Fragen auf, die Sie stellen würden, jede mit einer Notiz: warum Sie sie stellen und worauf Sie bei der Antwort achten. Enter auf einem Vorschlag fügt ihn hinzu.</translation>
    </message>
    <message>
        <source>&amp;Add to my questions</source>
        <translation>Zu meinen Fragen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The question, as you would ask it.</source>
        <translation>Die Frage, so wie Sie sie stellen würden.</translation>
    </message>
    <message>
        <source>Why ask it; what to listen for in the answer.</source>
        <translation>Warum Sie sie stellen; worauf Sie bei der Antwort achten.</translation>
    </message>
    <message>
        <source>&amp;New question</source>
        <translation>&amp;Neue Frage</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::CompareView</name>
    <message>
        <source>score %1 / 5</source>
        <translation>Punktzahl %1 / 5</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · %3</translation>
    </message>
    <message>
        <source>Score change:</source>
        <translation>Änderung der Punktzahl:</translation>
    </message>
    <message>
        <source>Back to the &amp;attempt</source>
        <translation>Zurück zum &amp;Versuch</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(not in this attempt)</source>
        <translation>(nicht in diesem Versuch)</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;%1&quot;&gt;struck through&lt;/span&gt;: words only the older answer has; &lt;span style=&quot;%2&quot;&gt;underlined&lt;/span&gt;: words the newer answer added.</source>
        <translation>&lt;span style=&quot;%1&quot;&gt;durchgestrichen&lt;/span&gt;: Wörter, die nur die ältere Antwort hat; &lt;span style=&quot;%2&quot;&gt;unterstrichen&lt;/span&gt;: Wörter, die die neuere Antwort hinzugefügt hat.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::DataActions</name>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>Alle Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Daten &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>Wo sind &amp;meine Daten?</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>Alle meine Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>A session is running in this window. Finish or abandon it first; nothing was changed.</source>
        <translation>In diesem Fenster läuft eine Sitzung. Schließen Sie sie zuerst ab oder brechen Sie sie ab; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading the database failed: %1</source>
        <translation>Lesen der Datenbank fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Your data is one file on this computer:
%1

Backups made before a restore are in:
%2</source>
        <translation>Ihre Daten liegen in einer Datei auf diesem Computer:
%1

Sicherungen, die vor einer Wiederherstellung angelegt wurden, liegen in:
%2</translation>
    </message>
    <message>
        <source>JSON, everything (*.json)</source>
        <translation>JSON, alles (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row per answer (*.csv)</source>
        <translation>CSV, eine Zeile pro Antwort (*.csv)</translation>
    </message>
    <message>
        <source>Markdown, readable (*.md)</source>
        <translation>Markdown, lesbar (*.md)</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>All data was written to %1.</source>
        <translation>Alle Daten wurden nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Back up MockLoop data</source>
        <translation>MockLoop-Daten sichern</translation>
    </message>
    <message>
        <source>MockLoop backups (*.sqlite)</source>
        <translation>MockLoop-Sicherungen (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>A complete copy of your data is in %1.</source>
        <translation>Eine vollständige Kopie Ihrer Daten liegt in %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>MockLoop backups (*.sqlite);;All files (*)</source>
        <translation>MockLoop-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation>Aus einer Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Wiederherstellung abgelehnt</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Your data now comes from %1. What it replaced was saved to %2.</source>
        <translation>Ihre Daten stammen jetzt aus %1. Die ersetzten Daten wurden in %2 gesichert.</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>Back up first?</source>
        <translation>Zuerst sichern?</translation>
    </message>
    <message>
        <source>Save a backup before deleting? You can restore it later.</source>
        <translation>Vor dem Löschen eine Sicherung speichern? Sie können sie später wiederherstellen.</translation>
    </message>
    <message>
        <source>Back up before deleting</source>
        <translation>Vor dem Löschen sichern</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>Wo sind meine Daten?</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <source>Database checked</source>
        <translation>Datenbank geprüft</translation>
    </message>
    <message>
        <source>Every page of %1 was read and is intact.</source>
        <translation>Jede Seite von %1 wurde gelesen und ist unversehrt.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>%1

Back up what still reads (Data → Back up…) and restore an earlier backup.</source>
        <translation>%1

Sichern Sie, was sich noch lesen lässt (Daten → Daten sichern…), und stellen Sie eine frühere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <source>Back up first</source>
        <translation>Zuerst sichern</translation>
    </message>
    <message>
        <source>Delete without a backup</source>
        <translation>Ohne Sicherung löschen</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::DeleteDataDialog</name>
    <message>
        <source>Delete my data</source>
        <translation>Meine Daten löschen</translation>
    </message>
    <message>
        <source>Delete from this computer:</source>
        <translation>Von diesem Computer löschen:</translation>
    </message>
    <message>
        <source>The built-in questions and your settings stay. This cannot be undone; you will be offered a backup first.</source>
        <translation>Die mitgelieferten Fragen und Ihre Einstellungen bleiben. Das lässt sich nicht rückgängig machen; vorher wird Ihnen eine Sicherung angeboten.</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <source>Tick what to delete.</source>
        <translation>Kreuzen Sie an, was gelöscht werden soll.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::DueQuestionsBox</name>
    <message>
        <source>Due for review</source>
        <translation>Zur Wiederholung fällig</translation>
    </message>
    <message>
        <source>&amp;Practice due questions</source>
        <translation>Fällige Fragen &amp;üben</translation>
    </message>
    <message>
        <source>A loop of today&apos;s due questions, grouped by round, in practice mode.</source>
        <translation>Ein Loop aus den heute fälligen Fragen, nach Runden geordnet, im Übungsmodus.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Nothing is due today: questions you grade come back here when they are due for review.</source>
        <translation>Heute ist nichts fällig: Fragen, die Sie bewerten, erscheinen hier wieder, wenn sie zur Wiederholung fällig sind.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::FollowUpPanel</name>
    <message>
        <source>The interviewer asks back:</source>
        <translation>Der Interviewer fragt nach:</translation>
    </message>
    <message>
        <source>Paused — the clock is stopped. Resume (Ctrl+P) to go on.</source>
        <translation>Pausiert — die Uhr ist angehalten. Setzen Sie fort (Strg+P), um weiterzumachen.</translation>
    </message>
    <message>
        <source>Your answer to the follow-up</source>
        <translation>Ihre Antwort auf die Nachfrage</translation>
    </message>
    <message>
        <source>Follow-up answer</source>
        <translation>Antwort auf die Nachfrage</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Leave this follow-up unanswered and go on.</source>
        <translation>Diese Nachfrage unbeantwortet lassen und weitermachen.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Submit this follow-up answer (Ctrl+Return).</source>
        <translation>Diese Antwort auf die Nachfrage abgeben (Strg+Return).</translation>
    </message>
    <message>
        <source>You were asked: %1</source>
        <translation>Ihre Frage war: %1</translation>
    </message>
    <message>
        <source>Follow-up %1 of %2</source>
        <translation>Nachfrage %1 von %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>%1 to answer</source>
        <translation>%1 zum Antworten</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::GradePanel</name>
    <message>
        <source>(no answer was written)</source>
        <translation>(keine Antwort geschrieben)</translation>
    </message>
    <message>
        <source>Model answer outline</source>
        <translation>Gliederung der Musterantwort</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>So antworten Sie</translation>
    </message>
    <message>
        <source>Likely follow-ups</source>
        <translation>Wahrscheinliche Nachfragen</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Zum Vergleich</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>What was missing, what to practise next time.</source>
        <translation>Was gefehlt hat, was Sie beim nächsten Mal üben sollten.</translation>
    </message>
    <message>
        <source>Save grade</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>Save the grade and go on (Ctrl+Return).</source>
        <translation>Die Bewertung speichern und weitermachen (Strg+Return).</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>This plan shows the model answer and key points at the end of the loop, in the report.</source>
        <translation>Dieser Plan zeigt die Musterantwort und die Kernpunkte am Ende des Loops im Bericht.</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Key points your answer made</source>
        <translation>Kernpunkte, die Ihre Antwort trifft</translation>
    </message>
    <message>
        <source>Overall (1–5):</source>
        <translation>Gesamt (1–5):</translation>
    </message>
    <message>
        <source>1 = %1</source>
        <translation>1 = %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;The coach has no remarks on this answer.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der Coach hat zu dieser Antwort keine Anmerkungen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Score the rubric, or choose an overall score from 1 to 5.</source>
        <translation>Bewerten Sie nach dem Raster oder wählen Sie eine Gesamtpunktzahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>Your overall score.</source>
        <translation>Ihre Gesamtpunktzahl.</translation>
    </message>
    <message>
        <source>The rounded mean of the rubric; change it if you disagree.</source>
        <translation>Der gerundete Mittelwert des Rasters; ändern Sie ihn, wenn Sie anderer Meinung sind.</translation>
    </message>
    <message>
        <source>Save and &amp;retake</source>
        <translation>Speichern und &amp;wiederholen</translation>
    </message>
    <message>
        <source>Save this grade and answer the same question again as a new attempt; its grade shows the change.</source>
        <translation>Diese Bewertung speichern und dieselbe Frage in einem neuen Versuch noch einmal beantworten; seine Bewertung zeigt die Veränderung.</translation>
    </message>
    <message>
        <source>Retake: %1 / 5 against %2 / 5 last time %3</source>
        <translation>Wiederholung: %1 / 5 gegenüber %2 / 5 beim letzten Mal %3</translation>
    </message>
    <message>
        <source>Retake: the last attempt scored %1 / 5.</source>
        <translation>Wiederholung: Der letzte Versuch erhielt %1 / 5.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::HistoryPage</name>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Sessions started on or after / on or before this day. Step below the first session&apos;s day for no limit.</source>
        <translation>Sitzungen, die an oder nach / an oder vor diesem Tag begonnen wurden. Gehen Sie unter den Tag der ersten Sitzung, um keine Grenze zu setzen.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Sessions with at least one round of this kind.</source>
        <translation>Sitzungen mit mindestens einer Runde dieser Art.</translation>
    </message>
    <message>
        <source>Plan or question contains…</source>
        <translation>Plan oder Frage enthält…</translation>
    </message>
    <message>
        <source>Sessions whose plan name or one of whose questions contains this text.</source>
        <translation>Sitzungen, deren Planname oder eine ihrer Fragen diesen Text enthält.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Open re&amp;port</source>
        <translation>Be&amp;richt öffnen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Search your answers</source>
        <translation>Ihre Antworten durchsuchen</translation>
    </message>
    <message>
        <source>Words from any answer you wrote (Ctrl+F)</source>
        <translation>Wörter aus einer Ihrer Antworten (Strg+F)</translation>
    </message>
    <message>
        <source>Read &amp;answer</source>
        <translation>Antwort l&amp;esen</translation>
    </message>
    <message>
        <source>No session matches these filters.</source>
        <translation>Keine Sitzung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>No sessions yet: every loop you run is listed here.</source>
        <translation>Noch keine Sitzungen: Jeder Loop, den Sie durchführen, wird hier aufgeführt.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>Continue this session where it stopped.</source>
        <translation>Diese Sitzung dort fortsetzen, wo sie stehen geblieben ist.</translation>
    </message>
    <message>
        <source>Only unfinished sessions can be resumed.</source>
        <translation>Nur nicht abgeschlossene Sitzungen können fortgesetzt werden.</translation>
    </message>
    <message>
        <source>This session is open in another MockLoop window or terminal. Close it there before deleting it.</source>
        <translation>Diese Sitzung ist in einem anderen MockLoop-Fenster oder Terminal geöffnet. Schließen Sie sie dort, bevor Sie sie löschen.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete the session “%1” of %2 with all its answers and grades? This cannot be undone.</source>
        <translation>Die Sitzung „%1“ vom %2 mit allen Antworten und Bewertungen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted the session “%1” of %2.</source>
        <translation>Die Sitzung „%1“ vom %2 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Type words to find them in every answer you have written; open a found answer to compare it with your other attempts.</source>
        <translation>Geben Sie Wörter ein, um sie in allen Ihren bisherigen Antworten zu finden; öffnen Sie eine gefundene Antwort, um sie mit Ihren anderen Versuchen zu vergleichen.</translation>
    </message>
    <message>
        <source>No answer contains “%1”.</source>
        <translation>Keine Antwort enthält „%1“.</translation>
    </message>
    <message>
        <source>The newest %1 answers that match; add words to narrow it down.</source>
        <translation>Die %1 neuesten passenden Antworten; fügen Sie Wörter hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>Finds the words in every answer field of every session; “index” also finds “indexes” and “indexing”. Put words in &quot;quotes&quot; to find them side by side.</source>
        <translation>Findet die Wörter in jedem Antwortfeld jeder Sitzung; „index“ findet auch „indexes“ und „indexing“. Wörter in &quot;Anführungszeichen&quot; werden nur nebeneinander gefunden.</translation>
    </message>
    <message>
        <source>One of these sessions is open in another MockLoop window or terminal. Close it there before deleting; nothing was deleted.</source>
        <translation>Eine dieser Sitzungen ist in einem anderen MockLoop-Fenster oder Terminal geöffnet. Schließen Sie sie dort vor dem Löschen; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Delete these %1 sessions with all their answers and grades? This cannot be undone.</source>
        <translation>Diese %1 Sitzungen mit allen Antworten und Bewertungen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete sessions</source>
        <translation>Sitzungen löschen</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted %1 sessions.</source>
        <translation>%1 Sitzungen wurden gelöscht.</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Beste Treffer zuerst</translation>
    </message>
    <message>
        <source>Best match first puts the answers that use your words most and most closely at the top.</source>
        <translation>„Beste Treffer zuerst“ stellt die Antworten nach oben, die Ihre Wörter am häufigsten und am genauesten verwenden.</translation>
    </message>
    <message>
        <source>The %1 best matches; add words to narrow it down.</source>
        <translation>Die %1 besten Treffer; fügen Sie Wörter hinzu, um die Suche einzugrenzen.</translation>
    </message>
    <message>
        <source>Delete the chosen sessions (Del); Ctrl-click chooses several.</source>
        <translation>Die gewählten Sitzungen löschen (Entf); Strg-Klick wählt mehrere.</translation>
    </message>
    <message>
        <source>Open the report of the chosen session.</source>
        <translation>Den Bericht der gewählten Sitzung öffnen.</translation>
    </message>
    <message>
        <source>Choose one session in the list first.</source>
        <translation>Wähle zuerst eine Sitzung in der Liste.</translation>
    </message>
    <message>
        <source>Delete %1 sessions</source>
        <translation>%1 Sitzungen löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::HistoryTableModel</name>
    <message>
        <source>%1 of %2 questions answered</source>
        <translation>%1 von %2 Fragen beantwortet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Diese Spalte kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Ø Punktzahl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::HomePage</name>
    <message>
        <source>MockLoop</source>
        <translation>MockLoop</translation>
    </message>
    <message>
        <source>Timed mock-interview loops for backend developers: answer, grade yourself, review.</source>
        <translation>Übungs-Interview-Loops mit Zeitvorgabe für Backend-Entwickler: antworten, selbst bewerten, auswerten.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Choose an unfinished session to resume.</source>
        <translation>Wählen Sie eine nicht abgeschlossene Sitzung zum Fortsetzen.</translation>
    </message>
    <message>
        <source>Choose a session to open its report.</source>
        <translation>Wählen Sie eine Sitzung, um ihren Bericht zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Start a loop…</source>
        <translation>Loop &amp;starten…</translation>
    </message>
    <message>
        <source>No unfinished sessions. A session you leave (or that a crash interrupts) waits here, paused where it stopped.</source>
        <translation>Keine nicht abgeschlossenen Sitzungen. Eine Sitzung, die Sie verlassen (oder die durch einen Absturz unterbrochen wird), wartet hier, pausiert an der Stelle, an der sie stehen geblieben ist.</translation>
    </message>
    <message>
        <source>No sessions yet. Start a loop: each session you run, finish or abandon is listed here with its report.</source>
        <translation>Noch keine Sitzungen. Starten Sie einen Loop: Jede Sitzung, die Sie durchführen, abschließen oder abbrechen, erscheint hier mit ihrem Bericht.</translation>
    </message>
    <message>
        <source>Question &amp;library</source>
        <translation>&amp;Fragenbibliothek</translation>
    </message>
    <message>
        <source>Browse the questions, read how to answer them, hide some and pick your own loop (Ctrl+L).</source>
        <translation>Die Fragen durchsehen, nachlesen, wie man sie beantwortet, einzelne ausblenden und einen eigenen Loop zusammenstellen (Strg+L).</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every past session, filtered and sorted, and a search over every answer you wrote (Ctrl+H).</source>
        <translation>Alle bisherigen Sitzungen, gefiltert und sortiert, und eine Suche in allen Ihren Antworten (Strg+H).</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>Charts of your scores, time use and key points over time, and your weakest questions.</source>
        <translation>Diagramme Ihrer Bewertungen, Zeitnutzung und Kernpunkte im Zeitverlauf und Ihre schwächsten Fragen.</translation>
    </message>
    <message>
        <source>S&amp;tories</source>
        <translation>&amp;Geschichten</translation>
    </message>
    <message>
        <source>Your STAR story bank and which competencies it covers.</source>
        <translation>Ihre STAR-Geschichtensammlung und welche Kompetenzen sie abdeckt.</translation>
    </message>
    <message>
        <source>Continue where you stopped</source>
        <translation>Weitermachen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Recent scores</source>
        <translation>Letzte Bewertungen</translation>
    </message>
    <message>
        <source>Average score of recent sessions, oldest first</source>
        <translation>Durchschnittliche Bewertung der letzten Sitzungen, älteste zuerst</translation>
    </message>
    <message>
        <source>Started %1 · 1 question answered</source>
        <translation>Begonnen %1 · 1 Frage beantwortet</translation>
    </message>
    <message>
        <source>Started %1 · %2 questions answered</source>
        <translation>Begonnen %1 · %2 Fragen beantwortet</translation>
    </message>
    <message>
        <source>%1 more unfinished, listed below</source>
        <translation>%1 weitere unvollendet, unten aufgeführt</translation>
    </message>
    <message>
        <source>Grade your answers: the average score of each session appears here as a line, oldest on the left.</source>
        <translation>Bewerten Sie Ihre Antworten: Die durchschnittliche Bewertung jeder Sitzung erscheint hier als Linie, die älteste links.</translation>
    </message>
    <message>
        <source>Last session: %1</source>
        <translation>Letzte Sitzung: %1</translation>
    </message>
    <message>
        <source>Last session: %1 · average of the last %2 sessions: %3</source>
        <translation>Letzte Sitzung: %1 · Durchschnitt der letzten %2 Sitzungen: %3</translation>
    </message>
    <message>
        <source>Continue the chosen session, paused where it stopped.</source>
        <translation>Die gewählte Sitzung fortsetzen, pausiert an der Stelle, an der sie endete.</translation>
    </message>
    <message>
        <source>Choose an unfinished session in the list first.</source>
        <translation>Wähle zuerst eine unvollendete Sitzung in der Liste.</translation>
    </message>
    <message>
        <source>Open the report of the chosen session.</source>
        <translation>Den Bericht der gewählten Sitzung öffnen.</translation>
    </message>
    <message>
        <source>Choose a session in the list first.</source>
        <translation>Wähle zuerst eine Sitzung in der Liste.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ImportDialog</name>
    <message>
        <source>Import questions from %1</source>
        <translation>Fragen aus %1 importieren</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Round kind</source>
        <translation>Rundenart</translation>
    </message>
    <message>
        <source>Round kind for %1</source>
        <translation>Rundenart für %1</translation>
    </message>
    <message>
        <source>“%1” is already in the bank (%2)</source>
        <translation>„%1“ ist schon in der Sammlung (%2)</translation>
    </message>
    <message>
        <source>&amp;Leave duplicates out</source>
        <translation>&amp;Duplikate auslassen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Categories and round kinds</source>
        <translation>Kategorien und Rundenarten</translation>
    </message>
    <message>
        <source>Problems (nothing is imported until they are fixed)</source>
        <translation>Probleme (nichts wird importiert, bis sie behoben sind)</translation>
    </message>
    <message>
        <source>Already in the bank</source>
        <translation>Schon in der Sammlung</translation>
    </message>
    <message>
        <source>Left out (not questions)</source>
        <translation>Ausgelassen (keine Fragen)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: see the problems below. Fix the file and import it again.</source>
        <translation>%1 kann nicht importiert werden: siehe die Probleme unten. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 will replace the pack “%2” (version %3 → %4).</source>
        <translation>%1 ersetzen das Paket „%2“ (Version %3 → %4).</translation>
    </message>
    <message>
        <source>%1 will be added as the pack “%2”.</source>
        <translation>%1 werden als Paket „%2“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Choose the round kind for each category; hidden flags and past answers are kept.</source>
        <translation>Wählen Sie die Rundenart für jede Kategorie; Ausblendungen und frühere Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Wie die Datei gelesen wurde</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>First row is a &amp;header</source>
        <translation>Erste Zeile ist eine &amp;Kopfzeile</translation>
    </message>
    <message>
        <source>The first rows of the file and what each column holds</source>
        <translation>Die ersten Zeilen der Datei und was jede Spalte enthält</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Choose what each column holds; the counts below follow.</source>
        <translation>Wählen Sie, was jede Spalte enthält; die Zahlen unten passen sich an.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Updated questions</source>
        <translation>Aktualisierte Fragen</translation>
    </message>
    <message>
        <source>The file words these questions differently. Each keeps its answers, review schedule and hidden flag; answers keep the wording they had.</source>
        <translation>Die Datei formuliert diese Fragen anders. Jede behält ihre Antworten, ihren Wiederholungsplan und ihre Ausblendung; Antworten behalten den Wortlaut, den sie hatten.</translation>
    </message>
    <message>
        <source>New questions</source>
        <translation>Neue Fragen</translation>
    </message>
    <message>
        <source>Removed questions</source>
        <translation>Entfernte Fragen</translation>
    </message>
    <message>
        <source>The file no longer has these questions: they leave the bank, their answers stay in History.</source>
        <translation>Die Datei enthält diese Fragen nicht mehr: Sie verlassen die Sammlung, ihre Antworten bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Changes to the installed pack</source>
        <translation>Änderungen am installierten Paket</translation>
    </message>
    <message>
        <source>Left out (rows without a question)</source>
        <translation>Ausgelassen (Zeilen ohne Frage)</translation>
    </message>
    <message>
        <source>“%1”
→ “%2” (%3 % alike)</source>
        <translation>„%1“
→ „%2“ (%3 % ähnlich)</translation>
    </message>
    <message>
        <source>“%1” — never answered</source>
        <translation>„%1“ – nie beantwortet</translation>
    </message>
    <message>
        <source>“%1” — 1 answer, it stays in History</source>
        <translation>„%1“ – 1 Antwort, sie bleibt im Verlauf</translation>
    </message>
    <message>
        <source>“%1” — %2 answers, they stay in History</source>
        <translation>„%1“ – %2 Antworten, sie bleiben im Verlauf</translation>
    </message>
    <message>
        <source>&amp;Updated (%1)</source>
        <translation>&amp;Aktualisiert (%1)</translation>
    </message>
    <message>
        <source>&amp;New (%1)</source>
        <translation>&amp;Neu (%1)</translation>
    </message>
    <message>
        <source>&amp;Removed (%1)</source>
        <translation>&amp;Entfernt (%1)</translation>
    </message>
    <message>
        <source>Changes to the installed pack (%1 unchanged)</source>
        <translation>Änderungen am installierten Paket (%1 unverändert)</translation>
    </message>
    <message>
        <source>No questions found.</source>
        <translation>Keine Fragen gefunden.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <source>Headings are &amp;categories (%1)</source>
        <translation>Überschriften sind &amp;Kategorien (%1)</translation>
    </message>
    <message>
        <source>Headings are &amp;questions (%1)</source>
        <translation>Überschriften sind &amp;Fragen (%1)</translation>
    </message>
    <message>
        <source>What column %1 (%2) holds</source>
        <translation>Was Spalte %1 (%2) enthält</translation>
    </message>
    <message>
        <source>%1 cannot be imported: see the problems below. Fix the file, or choose other columns above.</source>
        <translation>%1 kann nicht importiert werden: siehe die Probleme unten. Korrigieren Sie die Datei oder wählen Sie oben andere Spalten.</translation>
    </message>
    <message>
        <source>Headings are &amp;categories</source>
        <translation>Überschriften sind &amp;Kategorien</translation>
    </message>
    <message>
        <source>Headings are &amp;questions</source>
        <translation>Überschriften sind &amp;Fragen</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::InterviewPage</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Round introduction</source>
        <translation>Rundeneinführung</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Round review</source>
        <translation>Rundenrückblick</translation>
    </message>
    <message>
        <source>Closing questions</source>
        <translation>Abschlussfragen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop the clock (Ctrl+P).</source>
        <translation>Die Uhr anhalten (Strg+P).</translation>
    </message>
    <message>
        <source>A&amp;bandon…</source>
        <translation>Abb&amp;rechen…</translation>
    </message>
    <message>
        <source>End this session for good; its answers stay in the report.</source>
        <translation>Diese Sitzung endgültig beenden; ihre Antworten bleiben im Bericht erhalten.</translation>
    </message>
    <message>
        <source>Time was up: the answer was locked and submitted at the deadline.</source>
        <translation>Die Zeit war abgelaufen: Die Antwort wurde bei Fristende gesperrt und abgegeben.</translation>
    </message>
    <message>
        <source>The session was abandoned.</source>
        <translation>Die Sitzung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The session is finished.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start the clock again (Ctrl+P).</source>
        <translation>Die Uhr wieder starten (Strg+P).</translation>
    </message>
    <message>
        <source>The answer can only change while you prepare or answer.</source>
        <translation>Die Antwort lässt sich nur während der Vorbereitung oder beim Antworten ändern.</translation>
    </message>
    <message>
        <source>Abandon the session?</source>
        <translation>Sitzung abbrechen?</translation>
    </message>
    <message>
        <source>Abandon this session? It ends now and cannot be resumed. What you answered so far stays in its report.</source>
        <translation>Diese Sitzung abbrechen? Sie endet sofort und kann nicht fortgesetzt werden. Ihre bisherigen Antworten bleiben im Bericht erhalten.</translation>
    </message>
    <message>
        <source>Answer aloud — speak your answer; jot notes here if you like.</source>
        <translation>Laut antworten – sprechen Sie Ihre Antwort; hier können Sie Notizen machen.</translation>
    </message>
    <message>
        <source>Answering aloud</source>
        <translation>Laute Antwort</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2, retake</source>
        <translation>Frage %1 von %2, Wiederholung</translation>
    </message>
    <message>
        <source>Abandon session</source>
        <translation>Sitzung abbrechen</translation>
    </message>
    <message>
        <source>Keep practising</source>
        <translation>Weiter üben</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not saved: %1.
Your answer is kept in memory and saving is tried again every second. Go on: nothing you type is lost.</source>
        <translation>Nicht gespeichert: %1.
Ihre Antwort bleibt im Arbeitsspeicher, und das Speichern wird jede Sekunde erneut versucht. Schreiben Sie weiter: Nichts, was Sie tippen, geht verloren.</translation>
    </message>
    <message>
        <source>Saved again: everything you typed is on disk.</source>
        <translation>Wieder gespeichert: Alles, was Sie getippt haben, ist auf der Festplatte.</translation>
    </message>
    <message>
        <source>Skip this question?</source>
        <translation>Diese Frage überspringen?</translation>
    </message>
    <message>
        <source>Skip this question? You have typed an answer; a skipped question is not graded.</source>
        <translation>Diese Frage überspringen? Sie haben eine Antwort getippt; eine übersprungene Frage wird nicht bewertet.</translation>
    </message>
    <message>
        <source>Skip question</source>
        <translation>Frage überspringen</translation>
    </message>
    <message>
        <source>Keep answering</source>
        <translation>Weiter antworten</translation>
    </message>
    <message>
        <source>Follow-up question</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Answering the follow-up</source>
        <translation>Antwort auf die Nachfrage</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Skip this follow-up?</source>
        <translation>Diese Nachfrage überspringen?</translation>
    </message>
    <message>
        <source>Skip this follow-up? You have typed an answer to it.</source>
        <translation>Diese Nachfrage überspringen? Sie haben schon eine Antwort darauf geschrieben.</translation>
    </message>
    <message>
        <source>Skip follow-up</source>
        <translation>Nachfrage überspringen</translation>
    </message>
    <message>
        <source>The answer can only change while you answer.</source>
        <translation>Die Antwort lässt sich nur beim Antworten ändern.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::LibraryPage</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Question library</source>
        <translation>Fragenbibliothek</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>T&amp;rack:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Schwierigkeit:</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Finds the words in the question, its tags and its guidance.</source>
        <translation>Findet die Wörter in der Frage, ihren Tags und ihren Antworthinweisen.</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden</source>
        <translation>A&amp;usgeblendete anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Add to my &amp;loop</source>
        <translation>Zu meinem &amp;Loop hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Practise picked questions…</source>
        <translation>Ausgewählte Fragen ü&amp;ben…</translation>
    </message>
    <message>
        <source>Pick questions with “Add to my loop”, then practise them as a loop of your own: one round per kind.</source>
        <translation>Wählen Sie Fragen mit „Zu meinem Loop hinzufügen“ aus und üben Sie sie dann als eigenen Loop: eine Runde pro Art.</translation>
    </message>
    <message>
        <source>No question matches these filters.</source>
        <translation>Keine Frage entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>Choose a question to read how to answer it, its key points and a model answer outline.</source>
        <translation>Wählen Sie eine Frage, um nachzulesen, wie man sie beantwortet, und um ihre Kernpunkte und eine Gliederung der Musterantwort zu sehen.</translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Let this question be drawn for loops again.</source>
        <translation>Diese Frage wieder für Loops ziehen lassen.</translation>
    </message>
    <message>
        <source>Never draw this question for a loop; it stays here under “Show hidden”.</source>
        <translation>Diese Frage nie für einen Loop ziehen; sie bleibt hier unter „Ausgeblendete anzeigen“ zu finden.</translation>
    </message>
    <message>
        <source>Already in your loop.</source>
        <translation>Bereits in Ihrem Loop.</translation>
    </message>
    <message>
        <source>Add this question to the loop you are putting together.</source>
        <translation>Diese Frage zu dem Loop hinzufügen, den Sie gerade zusammenstellen.</translation>
    </message>
    <message>
        <source>The question could not be changed: %1</source>
        <translation>Die Frage konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Hidden: “%1” is no longer drawn for loops. Tick “Show hidden” to find it again.</source>
        <translation>Ausgeblendet: „%1“ wird nicht mehr für Loops gezogen. Aktivieren Sie „Ausgeblendete anzeigen“, um die Frage wiederzufinden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>My loop</source>
        <translation>Mein Loop</translation>
    </message>
    <message>
        <source>My loop (%1)</source>
        <translation>Mein Loop (%1)</translation>
    </message>
    <message>
        <source>Add questions with “Add to my loop” first.</source>
        <translation>Fügen Sie zuerst Fragen mit „Zu meinem Loop hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <source>Open Setup with a loop of exactly these questions.</source>
        <translation>„Loop einrichten“ mit einem Loop aus genau diesen Fragen öffnen.</translation>
    </message>
    <message>
        <source>Picked questions</source>
        <translation>Ausgewählte Fragen</translation>
    </message>
    <message>
        <source>&amp;Import questions…</source>
        <translation>Fragen &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring in a JSON pack or a Markdown list of questions; you see a preview before anything is saved.</source>
        <translation>Ein JSON-Paket oder eine Markdown-Fragenliste einlesen; vor dem Speichern sehen Sie eine Vorschau.</translation>
    </message>
    <message>
        <source>&amp;New question…</source>
        <translation>&amp;Neue Frage…</translation>
    </message>
    <message>
        <source>E&amp;xport list as Markdown…</source>
        <translation>Liste als Markdown e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the questions listed below as a Markdown list.</source>
        <translation>Die unten aufgeführten Fragen als Markdown-Liste schreiben.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Copy to my pack</source>
        <translation>In mein Paket &amp;kopieren</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Export &amp;pack…</source>
        <translation>&amp;Paket exportieren…</translation>
    </message>
    <message>
        <source>Built-in questions are read-only: copy it to your pack to change it.</source>
        <translation>Eingebaute Fragen sind schreibgeschützt: kopieren Sie sie in Ihr Paket, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>Imported %1 into the pack “%2”.</source>
        <translation>%1 in das Paket „%2“ importiert.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete question?</source>
        <translation>Frage löschen?</translation>
    </message>
    <message>
        <source>“%1” leaves the library. Your past answers to it stay in the history.</source>
        <translation>„%1“ wird aus der Bibliothek entfernt. Ihre früheren Antworten darauf bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>The question could not be deleted: %1</source>
        <translation>Die Frage konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>The question could not be copied: %1</source>
        <translation>Die Frage konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Copied to “%1”; edit the copy as you like.</source>
        <translation>Nach „%1“ kopiert; bearbeiten Sie die Kopie nach Belieben.</translation>
    </message>
    <message>
        <source>Export the pack “%1”</source>
        <translation>Das Paket „%1“ exportieren</translation>
    </message>
    <message>
        <source>Question packs (*.json)</source>
        <translation>Fragenpakete (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The pack “%1” was written to %2.</source>
        <translation>Das Paket „%1“ wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>No question is listed: nothing to export.</source>
        <translation>Keine Frage aufgeführt: nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export questions as Markdown</source>
        <translation>Fragen als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>My question list</source>
        <translation>Meine Fragenliste</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Question lists (*.md *.markdown *.txt *.json *.csv *.tsv *.tab);;All files (*)</source>
        <translation>Fragenlisten (*.md *.markdown *.txt *.json *.csv *.tsv *.tab);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::MainWindow</name>
    <message>
        <source>MockLoop</source>
        <translation>MockLoop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export all data as JSON…</source>
        <translation>Alle Daten als JSON &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MockLoop</source>
        <translation>Ü&amp;ber MockLoop</translation>
    </message>
    <message>
        <source>A session is already running in this window.</source>
        <translation>In diesem Fenster läuft bereits eine Sitzung.</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Export all data as JSON</source>
        <translation>Alle Daten als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>About MockLoop</source>
        <translation>Über MockLoop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MockLoop %1&lt;/h3&gt;&lt;p&gt;Timed mock-interview loops for backend developer candidates: answer each question in an editor shaped for its round, grade yourself against the model answer, and review how you did across sessions.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MockLoop %1&lt;/h3&gt;&lt;p&gt;Übungs-Interview-Loops mit Zeitvorgabe für Bewerber in der Backend-Entwicklung: Beantworten Sie jede Frage in einem Editor, der auf ihre Runde zugeschnitten ist, bewerten Sie sich selbst anhand der Musterantwort und sehen Sie über alle Sitzungen hinweg, wie Sie abgeschnitten haben.&lt;/p&gt;&lt;p&gt;Alle Daten bleiben auf diesem Computer, in %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit without saving?</source>
        <translation>Ohne Speichern beenden?</translation>
    </message>
    <message>
        <source>The session could not be saved (%1). Quit anyway? The changes since the last save will be lost.</source>
        <translation>Die Sitzung konnte nicht gespeichert werden (%1). Trotzdem beenden? Die Änderungen seit dem letzten Speichern gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Question &amp;library</source>
        <translation>&amp;Fragenbibliothek</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;New loop…</source>
        <translation>&amp;Neuer Durchlauf…</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Geschichten</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>&amp;Leave focus mode</source>
        <translation>Fokusmodus &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Interview</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Speech is unavailable (%1). MockLoop goes on without the interviewer&apos;s voice.</source>
        <translation>Sprachausgabe nicht verfügbar (%1). MockLoop läuft ohne die Stimme des Interviewers weiter.</translation>
    </message>
    <message>
        <source>&amp;Import questions…</source>
        <translation>Fragen &amp;importieren…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>New loop</source>
        <translation>Neuer Durchlauf</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Fragenbibliothek</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
    <message>
        <source>Keep MockLoop open</source>
        <translation>MockLoop geöffnet lassen</translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation>&amp;Tracker</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::NextInterviewBox</name>
    <message>
        <source>Next interview</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <source>Start &amp;today&apos;s task</source>
        <translation>Aufgabe von &amp;heute starten</translation>
    </message>
    <message>
        <source>Open the p&amp;lan</source>
        <translation>&amp;Plan öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 Min.)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — erledigt</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Nothing planned for today.</source>
        <translation>Für heute ist nichts geplant.</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>Heute:</translation>
    </message>
    <message>
        <source>Nothing is planned for today.</source>
        <translation>Für heute ist nichts geplant.</translation>
    </message>
    <message>
        <source>Every task of today is done.</source>
        <translation>Alle Aufgaben von heute sind erledigt.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::PrepPlanView</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>How much time a day the plan fills with practice.</source>
        <translation>Wie viel Zeit am Tag der Plan mit Üben füllt.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Preparation plan</source>
        <translation>Vorbereitungsplan</translation>
    </message>
    <message>
        <source>Day to move the task to</source>
        <translation>Tag, auf den die Aufgabe verschoben wird</translation>
    </message>
    <message>
        <source>Leave this task out of the plan; its time goes to the day&apos;s loop.</source>
        <translation>Diese Aufgabe aus dem Plan nehmen; ihre Zeit geht an den Loop des Tages.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No scheduled interview ahead. Add one to an application (Applications tab) and its plan appears here.</source>
        <translation>Kein geplantes Gespräch steht an. Fügen Sie einer Bewerbung eines hinzu (Reiter Bewerbungen), dann erscheint sein Plan hier.</translation>
    </message>
    <message>
        <source>The interview is %1.</source>
        <translation>Das Gespräch ist %1.</translation>
    </message>
    <message>
        <source>Tasks done: %1.</source>
        <translation>Erledigte Aufgaben: %1.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>%1 (light day)</source>
        <translation>%1 (leichter Tag)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 (moved)</source>
        <translation>%1 (verschoben)</translation>
    </message>
    <message>
        <source>The interview is today: good luck.</source>
        <translation>Das Gespräch ist heute: Viel Erfolg.</translation>
    </message>
    <message>
        <source>Choose a task first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe.</translation>
    </message>
    <message>
        <source>Starts this practice now.</source>
        <translation>Startet dieses Üben jetzt.</translation>
    </message>
    <message>
        <source>Opens the story bank.</source>
        <translation>Öffnet die Geschichtensammlung.</translation>
    </message>
    <message>
        <source>Scheduled interview:</source>
        <translation>Geplantes Gespräch:</translation>
    </message>
    <message>
        <source>Daily time:</source>
        <translation>Zeit am Tag:</translation>
    </message>
    <message>
        <source>Space ticks a task, Enter starts it, Delete drops it.</source>
        <translation>Leertaste hakt eine Aufgabe ab, Eingabe startet sie, Entf lässt sie weg.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben auf</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Open Stories</source>
        <translation>Geschichten öffnen</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zum Start</translation>
    </message>
    <message>
        <source>Score per round kind</source>
        <translation>Bewertung je Rundenart</translation>
    </message>
    <message>
        <source>Answer time used</source>
        <translation>Genutzte Antwortzeit</translation>
    </message>
    <message>
        <source>Key points covered</source>
        <translation>Abgedeckte Kernpunkte</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Sitzungen pro Tag</translation>
    </message>
    <message>
        <source>Ten weakest questions</source>
        <translation>Die zehn schwächsten Fragen</translation>
    </message>
    <message>
        <source>Weakest competencies</source>
        <translation>Schwächste Kompetenzen</translation>
    </message>
    <message>
        <source>%1: %2 graded, %3 on %4, latest %5 on %6.</source>
        <translation>%1: %2 bewertet, %3 am %4, zuletzt %5 am %6.</translation>
    </message>
    <message>
        <source>No graded answers in this period.</source>
        <translation>Keine bewerteten Antworten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Average score per day (1–5).</source>
        <translation>Durchschnittliche Bewertung pro Tag (1–5).</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Genutzte Zeit</translation>
    </message>
    <message>
        <source>The limit</source>
        <translation>Das Limit</translation>
    </message>
    <message>
        <source>No timed answers in this period.</source>
        <translation>Keine zeitbegrenzten Antworten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Share of the answer time used, per day (100 % = the whole limit).
Average %1 over %2 answers; latest %3 on %4.</source>
        <translation>Anteil der genutzten Antwortzeit pro Tag (100 % = das ganze Limit).
Durchschnitt %1 über %2 Antworten; zuletzt %3 am %4.</translation>
    </message>
    <message>
        <source>1 day over the limit.</source>
        <translation>1 Tag über dem Limit.</translation>
    </message>
    <message>
        <source>%1 days over the limit.</source>
        <translation>%1 Tage über dem Limit.</translation>
    </message>
    <message>
        <source>No answers graded with the key-point checklist in this period.</source>
        <translation>Keine mit der Kernpunkt-Checkliste bewerteten Antworten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Share of a question&apos;s key points your answers made, per day.
First %1 on %2, latest %3 on %4; %5 answers in all.</source>
        <translation>Anteil der Kernpunkte einer Frage, die Ihre Antworten trafen, pro Tag.
Zuerst %1 am %2, zuletzt %3 am %4; insgesamt %5 Antworten.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 sessions on %2 of the last %3 days; the busiest day was %4 with %5.</source>
        <translation>%1 Sitzungen an %2 der letzten %3 Tage; der aktivste Tag war der %4 mit %5.</translation>
    </message>
    <message>
        <source>No sessions in this period yet.</source>
        <translation>Noch keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 sessions in the period shown.</source>
        <translation>%1 Sitzungen im gezeigten Zeitraum.</translation>
    </message>
    <message>
        <source>%1. %2 — %3, answered once</source>
        <translation>%1. %2 — %3, einmal beantwortet</translation>
    </message>
    <message>
        <source>%1. %2 — %3 average over %4 answers, last %5</source>
        <translation>%1. %2 — %3 im Schnitt über %4 Antworten, zuletzt %5</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnittliche Bewertung</translation>
    </message>
    <message>
        <source>No graded answers yet.</source>
        <translation>Noch keine bewerteten Antworten.</translation>
    </message>
    <message>
        <source>Lowest average score first (all time).</source>
        <translation>Niedrigster Durchschnitt zuerst (gesamter Zeitraum).</translation>
    </message>
    <message>
        <source>%1 — %2, one answer</source>
        <translation>%1 — %2, eine Antwort</translation>
    </message>
    <message>
        <source>%1 — %2 average over %3 answers</source>
        <translation>%1 — %2 im Schnitt über %3 Antworten</translation>
    </message>
    <message>
        <source>No graded story answers yet: competencies come from the behavioral, cultural-fit and project questions.</source>
        <translation>Noch keine bewerteten Geschichten-Antworten: Kompetenzen kommen aus den Verhaltens-, Kulturfit- und Projektfragen.</translation>
    </message>
    <message>
        <source>Competencies the questions asked about, lowest average score first (all time).</source>
        <translation>Kompetenzen, nach denen die Fragen fragten, niedrigster Durchschnitt zuerst (gesamter Zeitraum).</translation>
    </message>
    <message>
        <source>1 session in the last %1 days.</source>
        <translation>1 Sitzung in den letzten %1 Tagen.</translation>
    </message>
    <message>
        <source>1 session in the period shown.</source>
        <translation>1 Sitzung im gezeigten Zeitraum.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::QuestionDialog</name>
    <message>
        <source>Add a question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>e.g. sql, caching</source>
        <translation>z. B. sql, caching</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>One follow-up question per line</source>
        <translation>Eine Nachfrage pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Schwierigkeit:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schl&amp;agwörter:</translation>
    </message>
    <message>
        <source>&amp;Preparation:</source>
        <translation>&amp;Vorbereitung:</translation>
    </message>
    <message>
        <source>A&amp;nswer time:</source>
        <translation>A&amp;ntwortzeit:</translation>
    </message>
    <message>
        <source>&amp;How to answer:</source>
        <translation>&amp;Wie antworten:</translation>
    </message>
    <message>
        <source>&amp;Follow-ups:</source>
        <translation>&amp;Nachfragen:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>Kernpunkt</translation>
    </message>
    <message>
        <source>Match terms (comma-separated)</source>
        <translation>Suchbegriffe (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>A&amp;dd key point</source>
        <translation>Kernpunkt hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Remove key point</source>
        <translation>Kernpunkt &amp;entfernen</translation>
    </message>
    <message>
        <source>The coach ticks a key point when the answer uses one of its match terms: words, synonyms, abbreviations.</source>
        <translation>Der Coach hakt einen Kernpunkt ab, wenn die Antwort einen seiner Suchbegriffe verwendet: Wörter, Synonyme, Abkürzungen.</translation>
    </message>
    <message>
        <source>The model answer in a few lines, shown after answering</source>
        <translation>Die Musterantwort in wenigen Zeilen, nach dem Antworten angezeigt</translation>
    </message>
    <message>
        <source>&amp;Key points:</source>
        <translation>&amp;Kernpunkte:</translation>
    </message>
    <message>
        <source>&amp;Outline:</source>
        <translation>&amp;Gliederung:</translation>
    </message>
    <message>
        <source>Q&amp;uestion</source>
        <translation>F&amp;rage</translation>
    </message>
    <message>
        <source>Ke&amp;y points, outline, follow-ups</source>
        <translation>Kern&amp;punkte, Gliederung, Nachfragen</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::QuestionPanel</name>
    <message>
        <source>Paused — the clock is stopped. Resume (Ctrl+P) to go on.</source>
        <translation>Pausiert — die Uhr ist angehalten. Setzen Sie fort (Strg+P), um weiterzumachen.</translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation>Antwort beginnen</translation>
    </message>
    <message>
        <source>End the preparation early and start the answer clock.</source>
        <translation>Die Vorbereitung vorzeitig beenden und die Antwortzeit starten.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Leave this question unanswered and go on.</source>
        <translation>Diese Frage unbeantwortet lassen und weitermachen.</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Submit this answer (Ctrl+Return).</source>
        <translation>Diese Antwort abgeben (Strg+Return).</translation>
    </message>
    <message>
        <source>Preparation (paused)</source>
        <translation>Vorbereitung (pausiert)</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>then %1 to answer</source>
        <translation>danach %1 zum Antworten</translation>
    </message>
    <message>
        <source>then an untimed answer</source>
        <translation>danach eine Antwort ohne Zeitlimit</translation>
    </message>
    <message>
        <source>Answer (paused)</source>
        <translation>Antwort (pausiert)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Answer, untimed (paused)</source>
        <translation>Antwort, ohne Zeitlimit (pausiert)</translation>
    </message>
    <message>
        <source>Answer, untimed</source>
        <translation>Antwort, ohne Zeitlimit</translation>
    </message>
    <message>
        <source>used so far</source>
        <translation>bisher benötigt</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Runde: %1</translation>
    </message>
    <message>
        <source>Round: %1 left</source>
        <translation>Runde: noch %1</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::QuestionTableModel</name>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ReportPage</name>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <source>The report of session %1 cannot be read: %2</source>
        <translation>Der Bericht der Sitzung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>Als &amp;Markdown…</translation>
    </message>
    <message>
        <source>As &amp;HTML…</source>
        <translation>Als &amp;HTML…</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>Als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>No report is shown.</source>
        <translation>Es wird kein Bericht angezeigt.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ReviewButton</name>
    <message>
        <source>Resume reviews</source>
        <translation>Wiederholung fortsetzen</translation>
    </message>
    <message>
        <source>Suspend reviews</source>
        <translation>Wiederholung aussetzen</translation>
    </message>
    <message>
        <source>Let spaced repetition bring this question back when it is due.</source>
        <translation>Die verteilte Wiederholung bringt diese Frage zurück, wenn sie fällig ist.</translation>
    </message>
    <message>
        <source>Never list this question as due for review (it can still be drawn for loops).</source>
        <translation>Diese Frage nie als fällig anzeigen (sie kann weiterhin für Loops gezogen werden).</translation>
    </message>
    <message>
        <source>The review schedule could not be changed: %1</source>
        <translation>Der Wiederholungsplan konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::RoundIntroPanel</name>
    <message>
        <source>Start round</source>
        <translation>Runde starten</translation>
    </message>
    <message>
        <source>Start the loop</source>
        <translation>Loop starten</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>Preparation: %1 per question</source>
        <translation>Vorbereitung: %1 pro Frage</translation>
    </message>
    <message>
        <source>No preparation time: answering starts at once</source>
        <translation>Keine Vorbereitungszeit: Das Antworten beginnt sofort</translation>
    </message>
    <message>
        <source>Answer: %1 per question</source>
        <translation>Antwort: %1 pro Frage</translation>
    </message>
    <message>
        <source>Answers are untimed</source>
        <translation>Antworten ohne Zeitlimit</translation>
    </message>
    <message>
        <source>Round budget: %1</source>
        <translation>Rundenbudget: %1</translation>
    </message>
    <message>
        <source>No round budget</source>
        <translation>Kein Rundenbudget</translation>
    </message>
    <message>
        <source>When time runs out the answer is locked and submitted.</source>
        <translation>Wenn die Zeit abläuft, wird die Antwort gesperrt und abgegeben.</translation>
    </message>
    <message>
        <source>When time runs out you may go on; the overtime is recorded.</source>
        <translation>Wenn die Zeit abläuft, können Sie weitermachen; die Überzeit wird erfasst.</translation>
    </message>
    <message>
        <source>Pausing is allowed (Ctrl+P).</source>
        <translation>Pausen sind erlaubt (Strg+P).</translation>
    </message>
    <message>
        <source>This plan does not allow pausing.</source>
        <translation>Dieser Plan erlaubt keine Pausen.</translation>
    </message>
    <message>
        <source>Rounds: %1</source>
        <translation>Runden: %1</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::RoundReviewPanel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time used / allowed</source>
        <translation>Zeit benötigt / erlaubt</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überzeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the next round (Ctrl+Return).</source>
        <translation>Weiter zur nächsten Runde (Strg+Return).</translation>
    </message>
    <message>
        <source>Round %1 review: %2</source>
        <translation>Rückblick auf Runde %1: %2</translation>
    </message>
    <message>
        <source>Round time: %1 of %2</source>
        <translation>Rundenzeit: %1 von %2</translation>
    </message>
    <message>
        <source>Round time: %1 (no budget)</source>
        <translation>Rundenzeit: %1 (kein Budget)</translation>
    </message>
    <message>
        <source>, %1 over the budget</source>
        <translation>, %1 über dem Budget</translation>
    </message>
    <message>
        <source>; the budget ran out and the rest of the round was not reached</source>
        <translation>; das Budget war aufgebraucht, der Rest der Runde wurde nicht erreicht</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>ohne Zeitlimit</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>&amp;Retake question</source>
        <translation>Frage &amp;wiederholen</translation>
    </message>
    <message>
        <source>Answer the selected question again as a new attempt; the review shows the score change.</source>
        <translation>Die gewählte Frage in einem neuen Versuch noch einmal beantworten; der Rückblick zeigt die Veränderung der Bewertung.</translation>
    </message>
    <message>
        <source>%1 (retake)</source>
        <translation>%1 (Wiederholung)</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::RoundStrip</name>
    <message>
        <source>Your questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation>%1 (jetzt)</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (erledigt)</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::SearchResultModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::SectionEdit</name>
    <message>
        <source>Fold or unfold this section.</source>
        <translation>Diesen Abschnitt ein- oder ausklappen.</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::SessionActions</name>
    <message>
        <source>&amp;Next step (start, answer, submit, grade, continue)</source>
        <translation>&amp;Nächster Schritt (starten, antworten, abgeben, bewerten, weiter)</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;kip the question</source>
        <translation>Frage über&amp;springen</translation>
    </message>
    <message>
        <source>A&amp;bandon the session…</source>
        <translation>Sitzung a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Pre&amp;vious answer section</source>
        <translation>Vorheri&amp;ger Antwortabschnitt</translation>
    </message>
    <message>
        <source>Ne&amp;xt answer section</source>
        <translation>Nächster Antwort&amp;abschnitt</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::SessionTableModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Ø Punktzahl</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Seconds left when a warning fires, separated by commas, for example 60, 30.</source>
        <translation>Verbleibende Sekunden, bei denen eine Warnung kommt, durch Kommas getrennt, zum Beispiel 60, 30.</translation>
    </message>
    <message>
        <source>&amp;Preparation for a new plan:</source>
        <translation>&amp;Vorbereitung in einem neuen Plan:</translation>
    </message>
    <message>
        <source>&amp;Answer for a new plan:</source>
        <translation>&amp;Antwort in einem neuen Plan:</translation>
    </message>
    <message>
        <source>&amp;Warn when this many seconds are left:</source>
        <translation>&amp;Warnen, wenn noch so viele Sekunden übrig sind:</translation>
    </message>
    <message>
        <source>Warnings and voice</source>
        <translation>Warnungen und Stimme</translation>
    </message>
    <message>
        <source>&amp;Beep with each warning</source>
        <translation>&amp;Piepton bei jeder Warnung</translation>
    </message>
    <message>
        <source>The interviewer&apos;s &amp;voice reads each question</source>
        <translation>Die &amp;Stimme des Interviewers liest jede Frage vor</translation>
    </message>
    <message>
        <source>The voice also says the &amp;warnings (&quot;one minute left&quot;)</source>
        <translation>Die Stimme sagt auch die &amp;Warnungen („noch eine Minute“)</translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation>Standard der Sprachausgabe</translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation>%1 (derzeit nicht verfügbar)</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>S&amp;timme:</translation>
    </message>
    <message>
        <source>&amp;Rate (slow … fast):</source>
        <translation>&amp;Tempo (langsam … schnell):</translation>
    </message>
    <message>
        <source>No voices found: speech may be unavailable on this computer. MockLoop works the same without it.</source>
        <translation>Keine Stimmen gefunden: Sprachausgabe ist auf diesem Computer womöglich nicht verfügbar. MockLoop funktioniert auch ohne sie.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>The desktop&apos;s colours</source>
        <translation>Die Farben des Desktops</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>A new language takes effect when MockLoop starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von MockLoop.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Warnings: write whole numbers of seconds above 0, separated by commas (for example 60, 30).</source>
        <translation>Warnungen: ganze Sekundenzahlen über 0, durch Kommas getrennt (zum Beispiel 60, 30).</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::SetupPage</name>
    <message>
        <source>Set up a loop</source>
        <translation>Loop einrichten</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Prep (s)</source>
        <translation>Vorb. (s)</translation>
    </message>
    <message>
        <source>Answer (s)</source>
        <translation>Antwort (s)</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Runde hinzufügen</translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation>Runde entfernen</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>Planeinstellungen</translation>
    </message>
    <message>
        <source>question default</source>
        <translation>Vorgabe der Frage</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>Hard: lock the answer at the deadline</source>
        <translation>Streng: Antwort bei Fristende sperren</translation>
    </message>
    <message>
        <source>Soft: keep going, record overtime</source>
        <translation>Flexibel: weitermachen, Überzeit erfassen</translation>
    </message>
    <message>
        <source>Allow pausing</source>
        <translation>Pausen erlauben</translation>
    </message>
    <message>
        <source>After each question</source>
        <translation>Nach jeder Frage</translation>
    </message>
    <message>
        <source>At the end of each round</source>
        <translation>Am Ende jeder Runde</translation>
    </message>
    <message>
        <source>At the end of the loop</source>
        <translation>Am Ende des Loops</translation>
    </message>
    <message>
        <source>After each answer</source>
        <translation>Nach jeder Antwort</translation>
    </message>
    <message>
        <source>Allow retakes</source>
        <translation>Wiederholungen erlauben</translation>
    </message>
    <message>
        <source>End with “your questions for the interviewer”</source>
        <translation>Mit „Ihre Fragen an die Interviewer“ abschließen</translation>
    </message>
    <message>
        <source>Preparation per question (s):</source>
        <translation>Vorbereitung pro Frage (s):</translation>
    </message>
    <message>
        <source>Answer per question (s):</source>
        <translation>Antwort pro Frage (s):</translation>
    </message>
    <message>
        <source>Round budget (s):</source>
        <translation>Rundenbudget (s):</translation>
    </message>
    <message>
        <source>When time runs out:</source>
        <translation>Wenn die Zeit abläuft:</translation>
    </message>
    <message>
        <source>Grading:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Model answers and key points:</source>
        <translation>Musterantworten und Kernpunkte:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Custom loop</source>
        <translation>Benutzerdefinierter Loop</translation>
    </message>
    <message>
        <source>Add at least one round.</source>
        <translation>Fügen Sie mindestens eine Runde hinzu.</translation>
    </message>
    <message>
        <source>Budget (s)</source>
        <translation>Budget (s)</translation>
    </message>
    <message>
        <source>The round&apos;s total time</source>
        <translation>Die Gesamtzeit der Runde</translation>
    </message>
    <message>
        <source>“default” takes the value from the plan settings. An answer limit of 0 means untimed; a budget of 0 means the round has no total time limit.</source>
        <translation>„Standard“ übernimmt den Wert aus den Planeinstellungen. Ein Antwortlimit von 0 bedeutet ohne Zeitlimit; ein Budget von 0 bedeutet, dass die Runde kein Gesamtzeitlimit hat.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Rounds: %1 · Questions: %2</source>
        <translation>Runden: %1 · Fragen: %2</translation>
    </message>
    <message>
        <source>All rounds have 0 questions: give at least one round a question.</source>
        <translation>Alle Runden haben 0 Fragen: Geben Sie mindestens einer Runde eine Frage.</translation>
    </message>
    <message>
        <source>Draw the questions of every round from the whole bank, one track or one pack. Rounds with chosen questions ask exactly those.</source>
        <translation>Die Fragen jeder Runde aus dem gesamten Fragenkatalog, einem Track oder einem Paket ziehen. Runden mit ausgewählten Fragen stellen genau diese.</translation>
    </message>
    <message>
        <source>&amp;Questions from:</source>
        <translation>&amp;Fragen aus:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Track: %1</translation>
    </message>
    <message>
        <source>Pack: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>This round asks exactly the questions picked in the library.</source>
        <translation>Diese Runde stellt genau die in der Fragenbibliothek ausgewählten Fragen.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>The question bank</source>
        <translation>Der Fragenkatalog</translation>
    </message>
    <message>
        <source>%1 has fewer questions than the rounds ask for (%2): those rounds will be shorter.</source>
        <translation>%1 enthält weniger Fragen, als die Runden verlangen (%2): Diese Runden werden kürzer.</translation>
    </message>
    <message>
        <source>Save as pres&amp;et…</source>
        <translation>Als V&amp;orlage speichern…</translation>
    </message>
    <message>
        <source>Keep this plan under a name of your own.</source>
        <translation>Diesen Plan unter einem eigenen Namen behalten.</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete preset</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Plan</translation>
    </message>
    <message>
        <source>Start from a blank plan with the timings from Settings.</source>
        <translation>Mit einem leeren Plan und den Zeiten aus den Einstellungen beginnen.</translation>
    </message>
    <message>
        <source>Answer aloud (the editor is for notes)</source>
        <translation>Laut antworten (der Editor ist für Notizen)</translation>
    </message>
    <message>
        <source>Speak each answer as in a real interview; the clock and grading work the same and the grade records it.</source>
        <translation>Sprechen Sie jede Antwort wie in einem echten Interview; Uhr und Bewertung funktionieren gleich, und die Bewertung hält es fest.</translation>
    </message>
    <message>
        <source>Strict mode</source>
        <translation>Strenger Modus</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>Pausing allowed, soft deadlines, hints after each answer.</source>
        <translation>Pausen erlaubt, weiche Fristen, Hinweise nach jeder Antwort.</translation>
    </message>
    <message>
        <source>Set all flags:</source>
        <translation>Alle Schalter setzen:</translation>
    </message>
    <message>
        <source>Your presets could not be read: %1</source>
        <translation>Ihre Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (mine)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>Built-in presets cannot be changed; choose one of yours.</source>
        <translation>Mitgelieferte Vorlagen lassen sich nicht ändern; wählen Sie eine eigene.</translation>
    </message>
    <message>
        <source>Give this preset another name.</source>
        <translation>Dieser Vorlage einen anderen Namen geben.</translation>
    </message>
    <message>
        <source>Delete this preset (sessions run with it stay).</source>
        <translation>Diese Vorlage löschen (Sitzungen damit bleiben erhalten).</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete the preset?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? Sessions you ran with it stay in your history.</source>
        <translation>Die Vorlage „%1“ löschen? Sitzungen, die Sie damit geführt haben, bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>1 per question</source>
        <translation>1 pro Frage</translation>
    </message>
    <message>
        <source>2 per question</source>
        <translation>2 pro Frage</translation>
    </message>
    <message>
        <source>After each answer the interviewer asks back: the follow-up the answer covered least. Questions without follow-ups skip this.</source>
        <translation>Nach jeder Antwort fragt der Interviewer nach: mit der Nachfrage, die die Antwort am wenigsten abgedeckt hat. Fragen ohne Nachfragen überspringen diesen Schritt.</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>ohne Zeitlimit</translation>
    </message>
    <message>
        <source>Follow-up questions:</source>
        <translation>Nachfragen:</translation>
    </message>
    <message>
        <source>Answer per follow-up (s):</source>
        <translation>Antwort pro Nachfrage (s):</translation>
    </message>
    <message>
        <source>No pausing, hard deadlines, hints only at the end, one follow-up per question.</source>
        <translation>Keine Pausen, harte Fristen, Hinweise erst am Ende, eine Nachfrage pro Frage.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ShortcutHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Every action in the menus, with its keys. In focus mode the menus are hidden but the keys still work; Esc leaves focus mode.</source>
        <translation>Jede Aktion der Menüs mit ihren Tasten. Im Fokusmodus sind die Menüs ausgeblendet, die Tasten funktionieren aber weiter; Esc verlässt den Fokusmodus.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::StagesView</name>
    <message>
        <source>The stages an application moves through, in order. Untick one to hide it from the lists; its history stays.</source>
        <translation>Die Phasen, die eine Bewerbung durchläuft, in ihrer Reihenfolge. Entfernen Sie den Haken, um eine aus den Listen auszublenden; ihr Verlauf bleibt.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>A stage&apos;s name, e.g. Take-home sent</source>
        <translation>Name einer Phase, z. B. Probeaufgabe geschickt</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::StatusNotice</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::StoriesPage</name>
    <message>
        <source>Story bank</source>
        <translation>Geschichtensammlung</translation>
    </message>
    <message>
        <source>STAR stories to tell again: save one from an answer (History), write one here, and pick one with “Use a story…” while you answer a story question.</source>
        <translation>STAR-Geschichten zum Wiedererzählen: aus einer Antwort speichern (Verlauf), hier schreiben und beim Beantworten einer Geschichtenfrage mit „Geschichte verwenden…“ auswählen.</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zum Start</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>&amp;New story</source>
        <translation>&amp;Neue Geschichte</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>A name you will recognise, e.g. “The release we rolled back”</source>
        <translation>Ein Name, den Sie wiedererkennen, z. B. „Das Release, das wir zurückgerollt haben“</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. ownership, conflict</source>
        <translation>Durch Kommas getrennt, z. B. ownership, conflict</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Competencies:</source>
        <translation>&amp;Kompetenzen:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Handlung:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Sa&amp;ve story</source>
        <translation>Geschichte &amp;speichern</translation>
    </message>
    <message>
        <source>Competencies × stories</source>
        <translation>Kompetenzen × Geschichten</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Discard them?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Verwerfen?</translation>
    </message>
    <message>
        <source>The new story</source>
        <translation>Die neue Geschichte</translation>
    </message>
    <message>
        <source>No competencies yet: they come from the story questions and from your stories.</source>
        <translation>Noch keine Kompetenzen: Diese kommen aus den Geschichtenfragen und aus Ihren Geschichten.</translation>
    </message>
    <message>
        <source>Every competency has at least one story.</source>
        <translation>Jede Kompetenz hat mindestens eine Geschichte.</translation>
    </message>
    <message>
        <source>No story yet for: %1.</source>
        <translation>Noch keine Geschichte für: %1.</translation>
    </message>
    <message>
        <source>Used in %1 answers or more: %2.</source>
        <translation>In %1 oder mehr Antworten verwendet: %2.</translation>
    </message>
    <message>
        <source>Your unsaved story is still here: save it, then save the answer as a story again.</source>
        <translation>Ihre nicht gespeicherte Geschichte ist noch da: Speichern Sie sie und speichern Sie die Antwort dann noch einmal als Geschichte.</translation>
    </message>
    <message>
        <source>That answer is no longer stored.</source>
        <translation>Diese Antwort ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Drafted from your answer: adapt the title and competencies, then save.</source>
        <translation>Aus Ihrer Antwort entworfen: Titel und Kompetenzen anpassen, dann speichern.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete this story?</source>
        <translation>Diese Geschichte löschen?</translation>
    </message>
    <message>
        <source>“%1” is removed from your story bank. Answers that used it keep their text.</source>
        <translation>„%1“ wird aus Ihrer Geschichtensammlung entfernt. Antworten, die sie verwendet haben, behalten ihren Text.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Your data was restored or deleted while this story was open. What you typed is still here: “Save story” saves it as a new story.</source>
        <translation>Ihre Daten wurden wiederhergestellt oder gelöscht, während diese Geschichte offen war. Was Sie geschrieben haben, ist noch da: „Geschichte speichern“ speichert es als neue Geschichte.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Geschichte löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::StoryMatrixModel</name>
    <message>
        <source>gap: no story</source>
        <translation>Lücke: keine Geschichte</translation>
    </message>
    <message>
        <source>No story shows “%1” yet: write one.</source>
        <translation>Noch keine Geschichte zeigt „%1“: Schreiben Sie eine.</translation>
    </message>
    <message>
        <source>1 story shows “%1”.</source>
        <translation>1 Geschichte zeigt „%1“.</translation>
    </message>
    <message>
        <source>%1 stories show “%2”.</source>
        <translation>%1 Geschichten zeigen „%2“.</translation>
    </message>
    <message>
        <source>“%1” shows %2</source>
        <translation>„%1“ zeigt %2</translation>
    </message>
    <message>
        <source>“%1” does not show %2</source>
        <translation>„%1“ zeigt %2 nicht</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>%1
(used %2×: overused)</source>
        <translation>%1
(%2× verwendet: zu oft)</translation>
    </message>
    <message>
        <source>%1
(used %2×)</source>
        <translation>%1
(%2× verwendet)</translation>
    </message>
    <message>
        <source>“%1” was used in %2 answers. Interviewers notice one story told again and again: find another for some of them.</source>
        <translation>„%1“ wurde in %2 Antworten verwendet. Interviewer merken, wenn eine Geschichte immer wieder erzählt wird: Finden Sie für einige davon eine andere.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::StoryPickerDialog</name>
    <message>
        <source>Use a story</source>
        <translation>Geschichte verwenden</translation>
    </message>
    <message>
        <source>Choose a story; its parts fill the answer, ready to adapt.</source>
        <translation>Wählen Sie eine Geschichte; ihre Teile füllen die Antwort und lassen sich dann anpassen.</translation>
    </message>
    <message>
        <source>Choose a story; its parts fill the answer, ready to adapt. This question asks about: %1.</source>
        <translation>Wählen Sie eine Geschichte; ihre Teile füllen die Antwort und lassen sich dann anpassen. Diese Frage zielt auf: %1.</translation>
    </message>
    <message>
        <source>Use this story</source>
        <translation>Diese Geschichte verwenden</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::TextToSpeechSpeaker</name>
    <message>
        <source>no speech engine is installed</source>
        <translation>keine Sprachausgabe installiert</translation>
    </message>
    <message>
        <source>the speech engine reported an error</source>
        <translation>die Sprachausgabe meldete einen Fehler</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::TrackerPage</name>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>Your applications, the stages they went through and their scheduled interviews: the real conversations, not practice.</source>
        <translation>Ihre Bewerbungen, die Phasen, die sie durchlaufen haben, und ihre geplanten Gespräche: die echten Gespräche, keine Übung.</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Filter by company, role, stage…</source>
        <translation>Nach Firma, Stelle, Phase filtern…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Finden:</translation>
    </message>
    <message>
        <source>Ne&amp;w application</source>
        <translation>Neue &amp;Bewerbung</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>As the posting says, e.g. €70–85k</source>
        <translation>Wie in der Ausschreibung, z. B. 70–85 T€</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. remote, games</source>
        <translation>Durch Kommas getrennt, z. B. remote, spiele</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>Fi&amp;rma:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Stag&amp;e:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>E&amp;xcitement (1–5):</source>
        <translation>Begeis&amp;terung (1–5):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Salar&amp;y range:</source>
        <translation>&amp;Gehaltsspanne:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Save application</source>
        <translation>Bewerbung s&amp;peichern</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Scheduled interviews</source>
        <translation>Geplante Gespräche</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>One question a line, as you remember it</source>
        <translation>Eine Frage pro Zeile, so wie Sie sie in Erinnerung haben</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Start and time &amp;zone:</source>
        <translation>Beg&amp;inn und Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Questions &amp;asked:</source>
        <translation>Gestellte Fragen:</translation>
    </message>
    <message>
        <source>Add scheduled inter&amp;view</source>
        <translation>Geplantes Gesprä&amp;ch hinzufügen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>e.g. kenji@example.com or a profile link</source>
        <translation>z. B. kenji@example.com oder ein Profil-Link</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>T&amp;heir role:</source>
        <translation>Ihre Rolle:</translation>
    </message>
    <message>
        <source>E-mail or &amp;profile:</source>
        <translation>E-Mail oder &amp;Profil:</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>&amp;Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Every stage</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <source>New application: it starts in the stage chosen below.</source>
        <translation>Neue Bewerbung: sie beginnt in der unten gewählten Phase.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Bewerbung %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1  %2, %3 min, %4</source>
        <translation>%1  %2, %3 Min., %4</translation>
    </message>
    <message>
        <source> (in the past)</source>
        <translation> (vergangen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Scheduled interview added.</source>
        <translation>Geplantes Gespräch hinzugefügt.</translation>
    </message>
    <message>
        <source>Scheduled interview added. %1</source>
        <translation>Geplantes Gespräch hinzugefügt. %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open its preparation plan.</source>
        <translation>Doppelklicken oder Eingabe drücken, um seinen Vorbereitungsplan zu öffnen.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Preparation plan</source>
        <translation>Vorbereitungsplan</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <source>Your scheduled interviews with reminders, the plans&apos; tasks and follow-ups, as an .ics file for any calendar program.</source>
        <translation>Ihre geplanten Gespräche mit Erinnerungen, die Aufgaben der Pläne und das Nachfassen als .ics-Datei für jedes Kalenderprogramm.</translation>
    </message>
    <message>
        <source>Export the tracker as a calendar</source>
        <translation>Den Tracker als Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>The calendar was written to %1. Importing a newer export updates the events instead of adding them again.</source>
        <translation>Der Kalender wurde nach %1 geschrieben. Ein neuerer Export aktualisiert beim Importieren die Termine, statt sie noch einmal hinzuzufügen.</translation>
    </message>
    <message>
        <source>Questions asked in the selected scheduled interview</source>
        <translation>Im gewählten geplanten Gespräch gestellte Fragen</translation>
    </message>
    <message>
        <source>Add to My &amp;questions</source>
        <translation>Zu Meinen &amp;Fragen hinzufügen</translation>
    </message>
    <message>
        <source>Makes the chosen asked question one of My questions, tagged asked-in-interview; due reviews put it first.</source>
        <translation>Macht die gewählte gestellte Frage zu einer Ihrer Fragen, markiert mit asked-in-interview; fällige Wiederholungen nehmen sie zuerst.</translation>
    </message>
    <message>
        <source>%1 (in My questions)</source>
        <translation>%1 (in Meinen Fragen)</translation>
    </message>
    <message>
        <source>It is one of My questions now, tagged asked-in-interview.</source>
        <translation>Sie gehört jetzt zu Meinen Fragen, markiert mit asked-in-interview.</translation>
    </message>
    <message>
        <source>, 1 question asked</source>
        <translation>, 1 Frage gestellt</translation>
    </message>
    <message>
        <source>, %1 questions asked</source>
        <translation>, %1 Fragen gestellt</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tafel</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::UpgradeNotice</name>
    <message>
        <source>MockLoop</source>
        <translation>MockLoop</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Upgrading your MockLoop data&lt;/b&gt; (database version %1 to %2).&lt;/p&gt;&lt;p&gt;A backup copy is made first. With a long history this takes a few seconds; nothing is lost if it is interrupted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihre MockLoop-Daten werden aktualisiert&lt;/b&gt; (Datenbankversion %1 auf %2).&lt;/p&gt;&lt;p&gt;Zuerst wird eine Sicherungskopie angelegt. Bei einer langen Historie dauert das einige Sekunden; bei einer Unterbrechung geht nichts verloren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::UseStoryButton</name>
    <message>
        <source>Use a &amp;story…</source>
        <translation>&amp;Geschichte verwenden…</translation>
    </message>
    <message>
        <source>Fill Situation, Task, Action and Result from a story in your story bank, then adapt it to this question.</source>
        <translation>Situation, Aufgabe, Handlung und Ergebnis aus einer Geschichte Ihrer Sammlung füllen und dann an diese Frage anpassen.</translation>
    </message>
    <message>
        <source>No stories yet</source>
        <translation>Noch keine Geschichten</translation>
    </message>
    <message>
        <source>Your story bank is empty. Save a story from a past answer (History) or write one on the Stories page.</source>
        <translation>Ihre Geschichtensammlung ist leer. Speichern Sie eine Geschichte aus einer früheren Antwort (Verlauf) oder schreiben Sie eine auf der Seite „Geschichten“.</translation>
    </message>
    <message>
        <source>Replace the answer?</source>
        <translation>Antwort ersetzen?</translation>
    </message>
    <message>
        <source>The answer already has text. Replace it with the story?</source>
        <translation>Die Antwort enthält schon Text. Durch die Geschichte ersetzen?</translation>
    </message>
    <message>
        <source>Story use not recorded</source>
        <translation>Verwendung nicht gespeichert</translation>
    </message>
    <message>
        <source>The story was inserted, but its use could not be recorded: %1</source>
        <translation>Die Geschichte wurde eingefügt, aber ihre Verwendung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Replace answer</source>
        <translation>Antwort ersetzen</translation>
    </message>
    <message>
        <source>Keep my answer</source>
        <translation>Meine Antwort behalten</translation>
    </message>
</context>
</TS>
