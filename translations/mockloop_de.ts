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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: mockloop-cli [--data-dir DIR] COMMAND [OPTIONS]

MockLoop in a terminal: works on the same database as the desktop app.

Commands:
  export --format json [--output FILE]
                       Write every session, round and attempt as one JSON document
                       (to standard output unless --output is given).

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
</source>
        <translation>Aufruf: mockloop-cli [--data-dir DIR] COMMAND [OPTIONS]

MockLoop im Terminal: arbeitet mit derselben Datenbank wie die Desktop-App.

Befehle:
  export --format json [--output FILE]
                       Alle Sitzungen, Runden und Versuche als ein JSON-Dokument schreiben
                       (auf die Standardausgabe, sofern --output nicht angegeben ist).

Optionen:
  --data-dir DIR       DIR statt des Standard-Datenverzeichnisses verwenden
                       (auch über die Umgebungsvariable MOCKLOOP_DATA_DIR einstellbar).
  -h, --help           Diese Hilfe anzeigen.
  -v, --version        Die Version anzeigen.

Exit-Codes:
  0  Erfolg
  1  Aufruffehler (unbekannter Befehl oder unbekannte Option)
  2  ungültige Eingabe (eine Datei oder ein Wert, der sich nicht verwenden lässt)
  3  Datenbankproblem (nicht zu öffnen, beschädigt, neuere Version oder Abfrage fehlgeschlagen)
</translation>
    </message>
    <message>
        <source>mockloop-cli: export: unknown format &quot;%1&quot; (this version writes: json)</source>
        <translation>mockloop-cli: export: unbekanntes Format &quot;%1&quot; (diese Version schreibt: json)</translation>
    </message>
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
        <source>mockloop-cli: unexpected argument &quot;%1&quot;.</source>
        <translation>mockloop-cli: unerwartetes Argument &quot;%1&quot;.</translation>
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
        <source>%1 is damaged and cannot be read. MockLoop left it untouched; restore a backup or choose another data dir.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden. MockLoop hat die Datei nicht verändert; stellen Sie eine Sicherung wieder her oder wählen Sie ein anderes Datenverzeichnis.</translation>
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
</context>
<context>
    <name>Pack</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &quot;mockloop-pack&quot;</source>
        <translation>&quot;mockloop-pack&quot; erwartet</translation>
    </message>
    <message>
        <source>this pack needs a newer MockLoop (format %1, this version reads up to %2)</source>
        <translation>dieses Paket erfordert eine neuere MockLoop-Version (Format %1, diese Version liest Formate bis %2)</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>ganze Zahl von mindestens 1 erwartet</translation>
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
        <source>expected one of technical, system_design, behavioral, cultural_fit, project</source>
        <translation>einer der Werte technical, system_design, behavioral, cultural_fit, project erwartet</translation>
    </message>
    <message>
        <source>expected the question&apos;s text</source>
        <translation>Text der Frage erwartet</translation>
    </message>
    <message>
        <source>expected a positive number of seconds</source>
        <translation>positive Anzahl von Sekunden erwartet</translation>
    </message>
    <message>
        <source>expected an id and a text</source>
        <translation>ID und Text erwartet</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Quick warm-up (3 rounds, 15 min)</source>
        <translation>Kurzes Aufwärmen (3 Runden, 15 Min.)</translation>
    </message>
    <message>
        <source>Full backend loop (5 rounds, about 70 min)</source>
        <translation>Vollständiger Backend-Loop (5 Runden, ca. 70 Min.)</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
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
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
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
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>submitted, locked at the deadline</source>
        <translation>abgegeben, bei Fristende gesperrt</translation>
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
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
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
        <source>%1 of %2 questions</source>
        <translation>%1 von %2 Fragen</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Durchschnittliche Punktzahl</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Zeitlimits</translation>
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
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Benötigte Zeit</translation>
    </message>
    <message>
        <source>%1 (no round budget)</source>
        <translation>%1 (kein Rundenbudget)</translation>
    </message>
    <message>
        <source>Round overtime</source>
        <translation>Überzeit der Runde</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>ran out; the remaining questions were not reached</source>
        <translation>aufgebraucht; die restlichen Fragen wurden nicht erreicht</translation>
    </message>
    <message>
        <source>Your questions for the interviewer</source>
        <translation>Ihre Fragen an die Interviewer</translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(keine notiert)</translation>
    </message>
    <message>
        <source>Interrupted (MockLoop closed or crashed)</source>
        <translation>Unterbrochen (MockLoop geschlossen oder abgestürzt)</translation>
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
    <name>SessionController</name>
    <message>
        <source>Session %1 is open in another MockLoop program (%2, process %3). Close it there first.</source>
        <translation>Sitzung %1 ist in einem anderen MockLoop-Programm geöffnet (%2, Prozess %3). Schließen Sie sie zuerst dort.</translation>
    </message>
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
</context>
<context>
    <name>mockloop::desktop::AnswerEditor</name>
    <message>
        <source>Write your answer: structure first, then the details and the trade-offs.</source>
        <translation>Schreiben Sie Ihre Antwort: zuerst die Struktur, dann die Details und die Abwägungen.</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Vorgehen</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
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
        <translation>Das Ergebnis, möglichst mit Zahlen, und was Sie daraus gelernt haben.</translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::ClosingPanel</name>
    <message>
        <source>Your questions for the interviewer</source>
        <translation>Ihre Fragen an die Interviewer</translation>
    </message>
    <message>
        <source>Most interviews end with “Do you have any questions for us?”. Write the ones you would ask; the suggestions say why a question is worth asking.</source>
        <translation>Die meisten Interviews enden mit „Haben Sie noch Fragen an uns?“. Schreiben Sie die Fragen auf, die Sie stellen würden; die Vorschläge erklären, warum sich eine Frage lohnt.</translation>
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
        <source>One question a line.</source>
        <translation>Eine Frage pro Zeile.</translation>
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
        <source>No real example, or a story without a result.</source>
        <translation>Kein echtes Beispiel oder eine Geschichte ohne Ergebnis.</translation>
    </message>
    <message>
        <source>An example, but vague: “we” did things, no clear result.</source>
        <translation>Ein Beispiel, aber vage: „Wir“ haben etwas gemacht, kein klares Ergebnis.</translation>
    </message>
    <message>
        <source>All four parts, but thin on your own actions or the outcome.</source>
        <translation>Alle vier Teile, aber wenig zum eigenen Vorgehen oder zum Ergebnis.</translation>
    </message>
    <message>
        <source>A specific story: your actions and a measurable result.</source>
        <translation>Eine konkrete Geschichte: Ihr Vorgehen und ein messbares Ergebnis.</translation>
    </message>
    <message>
        <source>Specific and concise, with numbers and what you learned.</source>
        <translation>Konkret und prägnant, mit Zahlen und dem, was Sie gelernt haben.</translation>
    </message>
    <message>
        <source>Could not answer, or mostly wrong.</source>
        <translation>Keine Antwort möglich oder größtenteils falsch.</translation>
    </message>
    <message>
        <source>Partly right; most key points missing.</source>
        <translation>Teilweise richtig; die meisten Kernpunkte fehlen.</translation>
    </message>
    <message>
        <source>Right on the main points; little depth or trade-offs.</source>
        <translation>In den Hauptpunkten richtig; wenig Tiefe oder Abwägungen.</translation>
    </message>
    <message>
        <source>Correct and structured; most key points, with trade-offs.</source>
        <translation>Korrekt und strukturiert; die meisten Kernpunkte, mit Abwägungen.</translation>
    </message>
    <message>
        <source>Complete and structured, with trade-offs and real examples.</source>
        <translation>Vollständig und strukturiert, mit Abwägungen und echten Beispielen.</translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation>Wählen Sie eine Punktzahl von 1 bis 5.</translation>
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
        <source>Score (1–5):</source>
        <translation>Punktzahl (1–5):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>This plan shows the model answer and key points at the end of the loop, in the report.</source>
        <translation>Dieser Plan zeigt die Musterantwort und die Kernpunkte am Ende des Loops im Bericht.</translation>
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
        <source>Unfinished sessions</source>
        <translation>Nicht abgeschlossene Sitzungen</translation>
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
        <translation>&amp;Abbrechen…</translation>
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
        <source>Reading the database failed: %1</source>
        <translation>Lesen der Datenbank fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <name>mockloop::desktop::ReportPage</name>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <source>The report of session %1 cannot be read: %2</source>
        <translation>Der Bericht der Sitzung %1 kann nicht gelesen werden: %2</translation>
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
</context>
</TS>
