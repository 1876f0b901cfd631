<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mockloop-cli: export: unknown format &quot;%1&quot; (this version writes: json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mockloop-cli: export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mockloop-cli: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MockLoop in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DIR as the data dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;mockloop-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mockloop-cli: no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mockloop-cli: unknown command &quot;%1&quot;. Try &apos;mockloop-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mockloop-cli: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a MockLoop database (it is not an SQLite file). MockLoop left it untouched; move it away or choose another data dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. MockLoop left it untouched; restore a backup or choose another data dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer MockLoop (database version %2; this version knows up to %3). MockLoop left it untouched; update MockLoop to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a MockLoop database. MockLoop left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite reports: %2). MockLoop left it untouched; restore a backup or choose another data dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data dir %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (got &quot;%2&quot;); the file system may not support it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to database version %2 failed: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation time up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer time up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round time up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;mockloop-pack&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this pack needs a newer MockLoop (format %1, this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of technical, system_design, behavioral, cultural_fit, project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the question&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id and a text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Quick warm-up (3 rounds, 15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backend loop (5 rounds, about 70 min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (untimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted (program not running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted, locked at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard (answers lock at the deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft (overtime is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no round budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran out; the remaining questions were not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions for the interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundKind</name>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Session %1 is open in another MockLoop program (%2, process %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan asks for question &quot;%1&quot;, which is not in the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no questions for the rounds of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is %2 and cannot be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>+%1 overtime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::Engine</name>
    <message>
        <source>This plan does not allow pausing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preparation time has not run out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is already in overtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer has no time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer time has not run out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is already in overtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round has no time budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round&apos;s time budget has not run out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is %1: nothing more can happen in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible in the %2 state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::AnswerEditor</name>
    <message>
        <source>Write your answer: structure first, then the details and the trade-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and when; the context the listener needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you were responsible for; the goal or the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did, step by step: say “I”, not “we”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome, with numbers if you can, and what you learned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::GradePanel</name>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real example, or a story without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example, but vague: “we” did things, no clear result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All four parts, but thin on your own actions or the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specific story: your actions and a measurable result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific and concise, with numbers and what you learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not answer, or mostly wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly right; most key points missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right on the main points; little depth or trade-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct and structured; most key points, with trade-offs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete and structured, with trade-offs and real examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was missing, what to practise next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the grade and go on (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan shows the model answer and key points at the end of the loop, in the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::HomePage</name>
    <message>
        <source>MockLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed mock-interview loops for backend developers: answer, grade yourself, review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a loop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an unfinished session to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to open its report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::QuestionPanel</name>
    <message>
        <source>Paused — the clock is stopped. Resume (Ctrl+P) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the preparation early and start the answer clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this question unanswered and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit this answer (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then %1 to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then an untimed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer, untimed (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer, untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::RoundIntroPanel</name>
    <message>
        <source>Start round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparation: %1 per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preparation time: answering starts at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1 per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When time runs out the answer is locked and submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When time runs out you may go on; the overtime is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing is allowed (Ctrl+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan does not allow pausing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::RoundReviewPanel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used / allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next round (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 review: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round time: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round time: %1 (no budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 over the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the budget ran out and the rest of the round was not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::SessionTableModel</name>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mockloop::desktop::SetupPage</name>
    <message>
        <source>Set up a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round budget (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“plan default” takes the value from the plan settings; an answer limit of 0 means untimed, a round budget of 0 means no budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard: lock the answer at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft: keep going, record overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of each round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow retakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End with “your questions for the interviewer”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation per question (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer per question (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round budget (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When time runs out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answers and key points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan default</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every round asks for 0 questions: ask for at least one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
