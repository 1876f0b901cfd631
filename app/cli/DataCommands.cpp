// history, show, stats, backup, restore, delete-data: the data tools of the terminal program. The desktop
// app offers the same actions through the same core functions (core/DataTools.h).
#include "base/Clock.h"
#include "base/TimeText.h"
#include "practice/History.h"
#include "practice/Scheduler.h"
#include "report/ReportMarkdown.h"
#include "report/SessionText.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "Commands.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace mockloop::cli {

namespace {

class DataText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Prints rows as columns as wide as their widest cell, two spaces apart (TextTable).
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    TextTable table;
    table.rows = rows;
    out << table.text();
    out.flush();
}

int runHistory(CommandContext &c)
{
    const QList<SessionSummary> sessions = SessionStore(*c.db).recent(1000000);
    if (sessions.isEmpty()) {
        c.out << DataText::tr("No sessions yet. Start one with 'mockloop-cli run' or the desktop app.")
              << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows = {{DataText::tr("ID"), DataText::tr("Started"), DataText::tr("Status"),
                                DataText::tr("Answered"), DataText::tr("Score"),
                                DataText::tr("Plan")}};
    for (const SessionSummary &s : sessions) {
        rows.append(
            {QString::number(s.id), formatDateTime(s.startedAt), sessionStatusDisplayName(s.status),
             QStringLiteral("%1/%2").arg(s.answered).arg(s.attempts),
             s.averageScore ? formatDecimal(*s.averageScore) : QStringLiteral("-"), s.planName});
    }
    printTable(c.out, rows);
    return Ok;
}

// Today's due questions, as Home's due box lists them, and how to practise them.
int runDue(CommandContext &c)
{
    const Scheduler scheduler(*c.db, c.clock);
    const QList<DueQuestion> today = scheduler.dueToday();
    c.out << scheduler.dueSummary(today) << Qt::endl;
    if (today.isEmpty())
        return Ok;
    QList<QStringList> rows = {{DataText::tr("Question"), DataText::tr("Round kind"),
                                DataText::tr("Due since"), DataText::tr("Text")}};
    for (const DueQuestion &d : today)
        rows.append({d.questionId, displayName(d.kind), formatDate(d.dueOn), d.text});
    c.out << Qt::endl;
    printTable(c.out, rows);
    c.out << Qt::endl << DataText::tr("Practise them: mockloop-cli run --due") << Qt::endl;
    return Ok;
}

// The desktop's answer search in the terminal: every word and its prefix, "quotes" for a
// phrase; newest first, or best match first with --best. Matches are shown in [brackets].
int runSearch(CommandContext &c)
{
    const QString words = c.args.join(QLatin1Char(' '));
    const auto order = c.parser.isSet(QStringLiteral("best")) ? History::SearchOrder::BestMatch
                                                              : History::SearchOrder::Newest;
    constexpr int kLimit = 100;
    QString error;
    const QList<SearchHit> hits = History(*c.db).search(words, kLimit, &error, order);
    if (!error.isEmpty()) {
        c.err << QStringLiteral("mockloop-cli: ") << error << Qt::endl;
        return DatabaseProblem;
    }
    if (hits.isEmpty()) {
        c.out << DataText::tr("No answer contains \"%1\".").arg(words) << Qt::endl;
        return Ok;
    }
    QList<QStringList> rows = {{DataText::tr("Started"), DataText::tr("Session"),
                                DataText::tr("Field"), DataText::tr("Question"),
                                DataText::tr("Passage")}};
    for (const SearchHit &h : hits) {
        QString passage = h.snippet;
        passage.replace(kMatchOpen, QLatin1Char('[')).replace(kMatchClose, QLatin1Char(']'));
        passage.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QString question = h.questionText.size() > 40 ? h.questionText.left(39) + QChar(u'…')
                                                            : h.questionText;
        rows.append({formatDateTime(h.startedAt), QString::number(h.sessionId),
                     answerFieldDisplayName(h.fieldName), question, passage});
    }
    printTable(c.out, rows);
    if (hits.size() >= kLimit)
        c.out << Qt::endl
              << DataText::tr("The first %1 matches; add words to narrow it down.").arg(kLimit)
              << Qt::endl;
    return Ok;
}

// `show` is `report SESSION` with the defaults: the Markdown report on standard output.
int runShow(CommandContext &c)
{
    int exitCode = Ok;
    const auto session = sessionArgument(c, QStringLiteral("show"), &exitCode);
    if (!session)
        return exitCode;
    c.out << reportMarkdown(buildReport(*session));
    c.out.flush();
    return Ok;
}

int runStats(CommandContext &c)
{
    QString error;
    const auto t = SessionStore(*c.db).totals(&error);
    if (!t) {
        c.err << QStringLiteral("mockloop-cli: stats: ") << error << Qt::endl;
        return DatabaseProblem;
    }
    auto average = [](const std::optional<double> &v) {
        return v ? formatDecimal(*v, 2) : QStringLiteral("-");
    };
    c.out << DataText::tr("Sessions: %1 (finished %2, abandoned %3, unfinished %4)")
                 .arg(t->sessions)
                 .arg(t->finished)
                 .arg(t->abandoned)
                 .arg(t->unfinished)
          << Qt::endl;
    c.out << DataText::tr("Questions: %1 (answered %2, skipped %3); practice time %4")
                 .arg(t->questions)
                 .arg(t->answered)
                 .arg(t->skipped)
                 .arg(formatDurationMs(t->practiceMs))
          << Qt::endl;
    c.out << DataText::tr("Average score: %1").arg(average(t->averageScore)) << Qt::endl;
    QList<QStringList> rows;
    for (const PracticeTotals::PerKind &k : t->perKind) {
        const auto kind = roundKindFromKey(k.kindKey);
        rows.append({QStringLiteral(" "), kind ? displayName(*kind) : k.kindKey,
                     DataText::tr("%1 answered of %2, average %3")
                         .arg(k.answered)
                         .arg(k.questions)
                         .arg(average(k.averageScore))});
    }
    printTable(c.out, rows);
    return Ok;
}

int runBackup(CommandContext &c)
{
    QString error;
    if (!datatools::backup(*c.db, c.args.first(), &error)) {
        c.err << QStringLiteral("mockloop-cli: backup: ") << error << Qt::endl;
        return BadInput;
    }
    c.out << DataText::tr("Backed up to %1").arg(c.args.first()) << Qt::endl;
    return Ok;
}

int runCheck(CommandContext &c)
{
    QString error;
    const qint64 start = c.clock->monotonicMs();
    if (!c.db->checkNow(&error)) {
        c.err << QStringLiteral("mockloop-cli: check: ") << error << Qt::endl;
        return DatabaseProblem;
    }
    c.out << DataText::tr("%1 passed SQLite's whole-file check (%2 MB in %3).")
                 .arg(c.db->path(), formatDecimal(QFileInfo(c.db->path()).size() / 1e6),
                      formatMilliseconds(c.clock->monotonicMs() - start))
          << Qt::endl;
    return Ok;
}

int runRestore(CommandContext &c)
{
    QString error;
    QString safety;
    datatools::DataCounts current;
    datatools::DataCounts backup;
    if (!datatools::countBackup(*c.db, c.args.first(), &backup, &error)
        || !datatools::countData(*c.db, &current, &error)
        || !datatools::restore(*c.db, c.args.first(), &safety, &error)) {
        c.err << QStringLiteral("mockloop-cli: restore: ") << error << Qt::endl;
        return BadInput;
    }
    c.out << DataText::tr("Restored from %1: your %2 were replaced by its %3. The data it replaced "
                          "was saved to %4.")
                 .arg(c.args.first(), datatools::describeCounts(current),
                      datatools::describeCounts(backup), safety)
          << Qt::endl;
    return Ok;
}

// The desktop's Data → Delete all my data: every part unless some are named; nothing happens
// without --yes (a terminal has no dialog to take back a slip).
int runDeleteData(CommandContext &c)
{
    const std::pair<datatools::DataPart, QString> options[] = {
        {datatools::DataPart::Sessions, QStringLiteral("sessions")},
        {datatools::DataPart::Stories, QStringLiteral("stories")},
        {datatools::DataPart::OwnQuestions, QStringLiteral("own-questions")},
        {datatools::DataPart::OwnPresets, QStringLiteral("own-presets")},
        {datatools::DataPart::Tracker, QStringLiteral("tracker")},
    };
    datatools::DataParts parts;
    for (const auto &[part, option] : options)
        if (c.parser.isSet(option))
            parts |= part;
    if (parts == datatools::DataParts())
        parts = datatools::kAllDataParts;
    QString error;
    datatools::DataCounts counts;
    if (!datatools::countData(*c.db, &counts, &error)) {
        c.err << QStringLiteral("mockloop-cli: delete-data: ") << error << Qt::endl;
        return DatabaseProblem;
    }
    QStringList what;
    for (const datatools::DataPart part : datatools::kDataPartOrder)
        if (parts.testFlag(part))
            what << QStringLiteral("  ") + datatools::describePart(part, counts);
    if (!c.parser.isSet(QStringLiteral("yes"))) {
        c.out << DataText::tr("This would delete:") << Qt::endl
              << what.join(QLatin1Char('\n')) << Qt::endl
              << DataText::tr("Nothing was deleted. Run it again with --yes to delete (back up first: "
                              "mockloop-cli backup FILE).")
              << Qt::endl;
        return Usage;
    }
    if (!datatools::deleteData(*c.db, parts, &error)) {
        c.err << QStringLiteral("mockloop-cli: delete-data: ") << error << Qt::endl;
        return BadInput;
    }
    c.out << datatools::deletedText(parts) << Qt::endl;
    return Ok;
}

} // namespace

Command historyCommand()
{
    return {QStringLiteral("history"),
            QStringLiteral("history"),
            DataText::tr("List every session, newest first."),
            0,
            0,
            true,
            runHistory};
}

Command showCommand()
{
    return {QStringLiteral("show"),
            QStringLiteral("show SESSION"),
            DataText::tr("Print one session's report (Markdown)."),
            1,
            1,
            true,
            runShow};
}

Command statsCommand()
{
    return {QStringLiteral("stats"),
            QStringLiteral("stats"),
            DataText::tr("Totals: sessions, questions answered, practice time, scores per round kind."),
            0,
            0,
            true,
            runStats};
}

Command searchCommand()
{
    return {QStringLiteral("search"),
            QStringLiteral("search WORDS... [--best]"),
            DataText::tr("Search every answer you wrote: each word also as a prefix, \"words in\n"
                         "quotes\" side by side; newest first, or best match first with --best."),
            1,
            64,
            true,
            runSearch};
}

Command dueCommand()
{
    return {QStringLiteral("due"),
            QStringLiteral("due"),
            DataText::tr("The questions due for review today (spaced repetition over your grades)."),
            0,
            0,
            true,
            runDue};
}

Command backupCommand()
{
    return {QStringLiteral("backup"),
            QStringLiteral("backup FILE"),
            DataText::tr("Write a consistent copy of the database to FILE (safe while MockLoop runs)."),
            1,
            1,
            true,
            runBackup};
}

Command checkCommand()
{
    return {QStringLiteral("check"),
            QStringLiteral("check"),
            DataText::tr("Read every page of the database and report damage (at start MockLoop does\n"
                         "this only after an unclean close, an outside change, or once a week)."),
            0,
            0,
            true,
            runCheck};
}

Command restoreCommand()
{
    return {QStringLiteral("restore"),
            QStringLiteral("restore FILE"),
            DataText::tr("Replace all data with the backup in FILE. The file is checked first; the\n"
                         "current data is backed up into the data dir's backups/ folder. Refused\n"
                         "while a session is open."),
            1,
            1,
            true,
            runRestore};
}

Command deleteDataCommand()
{
    return {QStringLiteral("delete-data"),
            QStringLiteral("delete-data [--sessions] [--stories] [--own-questions] [--own-presets] "
                           "[--tracker] [--yes]"),
            DataText::tr("Delete your data: sessions (with answers, grades and the review schedule),\n"
                         "stories, own and imported questions, own presets, the interview tracker;\n"
                         "all of them unless some are named. Without --yes it only says what it\n"
                         "would delete. Built-in questions and settings stay. Refused while a\n"
                         "session is open."),
            0,
            0,
            true,
            runDeleteData};
}

} // namespace mockloop::cli
