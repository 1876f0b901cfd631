// The data tools as a person runs them: history, show, stats, export formats, backup while
// another process writes, restore and its refusals. Real processes, real files.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "CliProcess.h"
#include "DamagedFile.h"
#include "FakeClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

using Run = mockloop::test::ProcessRun;

// Dates and decimals follow the locale (LC_ALL): English unless a test asks for another, and
// times in UTC, whatever the machine running the tests uses.
Run cli(const QString &dataDir, QStringList args, const QString &locale = QStringLiteral("C.UTF-8"))
{
    args.prepend(dataDir);
    args.prepend(QStringLiteral("--data-dir"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args, env);
}

// One finished session: a technical answer with a comma, quotes and a line break, graded 4;
// a skipped behavioral question.
qint64 seedSession(const QString &dataDir,
                   const QString &answer = QStringLiteral("Index, then \"EXPLAIN\".\nSecond line"))
{
    Database db;
    QString error;
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("mockloop.sqlite")), &error)
        || !QuestionBank(db).installBuiltinPacks(&error))
        qFatal("%s", qPrintable(error));
    FakeClock clock;
    LoopPlan plan;
    plan.name = QStringLiteral("data tools");
    plan.prepSeconds = 0;
    plan.answerSeconds = 60;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}}};
    auto c = SessionController::start(db, plan, &clock, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), answer}});
    clock.advanceSeconds(42);
    c->handle(Event::Submit);
    c->submitGrade(4, QStringLiteral("good, short"));
    c->handle(Event::Continue);
    c->handle(Event::Continue);
    c->handle(Event::Skip);
    c->handle(Event::Continue);
    return c->sessionId();
}

// The text of a PDF as pdftotext reads it; empty when the file cannot be read.
QByteArray pdfText(const QString &pdf)
{
    return mockloop::test::runProcess(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .out;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QJsonArray sessionsOf(const QByteArray &exportJson)
{
    return QJsonDocument::fromJson(exportJson).object().value(QStringLiteral("sessions")).toArray();
}

} // namespace

class TestCliData : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void history_listsSessions();
    void history_reportAndStats_inGerman_haveGermanDatesAndDecimals_exportsDoNot();
    void olderDatabase_saysItUpgradesOnce();
    void show_printsTheReport_andRefusesBadIds();
    void stats_countsSessionsAndScores();
    void search_findsTheAnswer_marksTheMatch_andSaysWhenNothingMatches();
    void search_nonLatinWords_findTheAnswer();
    void exportCsv_oneRowPerAttemptWithQuoting();
    void exportMarkdown_readsLikeTheReport();
    void report_mdAndHtml_toStdoutOrFile_sameNumbersAsShow();
    void report_pdf_hasTheQuestionsAndScoresAsText();
    void report_badFormatOrSession_isRefusedWithAMessage();
    void backupWhileAnotherProcessWrites_thenRestore_givesTheSameData();
    void restore_damagedOrNewerFile_isRefusedAndDataUntouched();
    void restore_whileASessionIsOpen_isRefused();
    void check_readsEveryPage_andReportsDamageTheStartCheckSkipped();
    void deleteData_withoutYesDeletesNothing_andWithAChoiceDeletesOnlyThat();
};

void TestCliData::history_listsSessions()
{
    QTemporaryDir dir;
    const Run empty = cli(dir.path(), {QStringLiteral("history")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.contains("No sessions yet"));
    const qint64 id = seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("history")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("data tools"));
    QVERIFY(r.out.contains("finished"));
    QVERIFY(r.out.contains(QByteArray::number(id)));
    QVERIFY(r.out.contains("1/2"));
    QVERIFY(r.out.contains("4.0"));
}

void TestCliData::history_reportAndStats_inGerman_haveGermanDatesAndDecimals_exportsDoNot()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path()); // started 5 Jan 2026, 09:00 UTC, graded 4
    const QString german = QStringLiteral("de_DE.UTF-8");
    const QString session = QString::number(id);

    const Run english = cli(dir.path(), {QStringLiteral("history")});
    QVERIFY2(english.out.contains("5 Jan 2026, 09:00"), english.out.constData());
    QVERIFY2(english.out.contains("4.0"), english.out.constData());

    const Run history = cli(dir.path(), {QStringLiteral("history")}, german);
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains("5. Jan. 2026, 09:00"), history.out.constData());
    QVERIFY2(history.out.contains("4,0"), history.out.constData());
    QVERIFY2(!history.out.contains("4.0"), history.out.constData());

    const Run report = cli(dir.path(), {QStringLiteral("report"), session}, german);
    QCOMPARE(report.exitCode, 0);
    const QString md = QString::fromUtf8(report.out);
    QVERIFY2(md.contains(QStringLiteral("5. Jan. 2026, 09:00 UTC")), report.out.constData());
    QVERIFY2(md.contains(QStringLiteral("4,0 / 5")), report.out.constData());

    const Run stats = cli(dir.path(), {QStringLiteral("stats")}, german);
    QVERIFY2(stats.out.contains("4,00"), stats.out.constData());

    // Files for programs stay the same in every language.
    const QStringList csvArgs = {QStringLiteral("export"), QStringLiteral("--format"),
                                 QStringLiteral("csv")};
    const Run csv = cli(dir.path(), csvArgs, german);
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out, cli(dir.path(), csvArgs).out);
    QVERIFY(csv.out.contains(",2026-01-05T09:00:00.000Z,"));
}

void TestCliData::search_findsTheAnswer_marksTheMatch_andSaysWhenNothingMatches()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("search"), QStringLiteral("explain")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("[EXPLAIN]"), r.out.constData());
    QVERIFY2(r.out.contains(" " + QByteArray::number(id) + " "), r.out.constData());
    QVERIFY(!r.out.contains('\n' + QByteArray("Second line"))); // one line per match
    const Run phrase = cli(dir.path(), {QStringLiteral("search"), QStringLiteral("\"then explain\""),
                                        QStringLiteral("--best")});
    QCOMPARE(phrase.exitCode, 0);
    // FTS5 marks a phrase from its first word to its last, the quote between included.
    QVERIFY2(phrase.out.contains("[then \"EXPLAIN]"), phrase.out.constData());
    const Run none = cli(dir.path(), {QStringLiteral("search"), QStringLiteral("\"explain then\"")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY2(none.out.contains("No answer contains"), none.out.constData());
    QCOMPARE(cli(dir.path(), {QStringLiteral("search")}).exitCode, 1);
}

void TestCliData::search_nonLatinWords_findTheAnswer()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path(), QStringLiteral("مرحبا بالعالم. 日本語 のテキスト"));
    for (const QString &word : {QStringLiteral("日本語"), QStringLiteral("مرحبا")}) {
        const Run r = cli(dir.path(), {QStringLiteral("search"), word});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(" " + QByteArray::number(id) + " "), r.out.constData());
        QVERIFY2(r.out.contains("[" + word.toUtf8() + "]"), r.out.constData());
    }
}

void TestCliData::olderDatabase_saysItUpgradesOnce()
{
    QTemporaryDir dir;
    {
        Database old;
        QString error;
        QVERIFY2(old.open(QDir(dir.path()).filePath(QStringLiteral("mockloop.sqlite")),
                          Database::migrations().mid(0, 6), &error),
                 qPrintable(error));
    }
    const Run first = cli(dir.path(), {QStringLiteral("history")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains("upgrading the database from version 6"), first.err.constData());
    const Run again = cli(dir.path(), {QStringLiteral("history")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(!again.err.contains("upgrading"), again.err.constData());
}

void TestCliData::show_printsTheReport_andRefusesBadIds()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("show"), QString::number(id)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("# data tools"));
    QVERIFY(r.out.contains("4 / 5"));
    QVERIFY(r.out.contains("0:42 of 1:00"));
    QVERIFY(r.out.contains("> Second line"));
    QVERIFY(r.out.contains("skipped"));
    QCOMPARE(cli(dir.path(), {QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
    QCOMPARE(cli(dir.path(), {QStringLiteral("show"), QStringLiteral("999")}).exitCode, 2);
    QCOMPARE(cli(dir.path(), {QStringLiteral("show")}).exitCode, 1);
}

void TestCliData::stats_countsSessionsAndScores()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    seedSession(dir.path());
    const Run r = cli(dir.path(), {QStringLiteral("stats")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Sessions: 2 (finished 2, abandoned 0, unfinished 0)"),
             r.out.constData());
    QVERIFY2(r.out.contains("Questions: 4 (answered 2, skipped 2); practice time 1:24"),
             r.out.constData());
    QVERIFY(r.out.contains("Average score: 4.00"));
}

void TestCliData::exportCsv_oneRowPerAttemptWithQuoting()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    const Run r = cli(dir.path(),
                      {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(
        r.out.startsWith("session_id,session_started_at,plan_name,session_status,round_position,"));
    // Two attempts: header + 2 records; the answer's quotes are doubled and its newline kept inside quotes.
    QVERIFY(r.out.contains("\"answer: Index, then \"\"EXPLAIN\"\".\nSecond line\""));
    QCOMPARE(r.out.count("\r\n"), 3);
    QVERIFY(r.out.contains(",technical,"));
    QVERIFY(r.out.contains(",behavioral,"));
    QVERIFY(r.out.contains(",\"good, short\","));
}

void TestCliData::exportMarkdown_readsLikeTheReport()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    const Run r = cli(dir.path(),
                      {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("# MockLoop sessions"));
    QVERIFY(r.out.contains("## data tools"));
    QVERIFY(r.out.contains("4 / 5"));
}

void TestCliData::backupWhileAnotherProcessWrites_thenRestore_givesTheSameData()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    // A writer: the crash-test host runs a real session and autosaves as it types.
    QProcess writer;
    writer.start(QStringLiteral(MOCKLOOP_CRASH_HOST), {dir.path()});
    QVERIFY(writer.waitForStarted());
    writer.write("start\nevent start\nevent continue\nevent begin_answer\n");
    QVERIFY(writer.waitForReadyRead(20000));

    const QString backupFile = dir.filePath(QStringLiteral("out/backup.sqlite"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out")))); // a missing folder is refused
    for (int i = 0; i < 5; ++i) {
        writer.write(QByteArray("type line ") + QByteArray::number(i) + " of a long answer\n");
        const Run b = cli(dir.path(), {QStringLiteral("backup"), backupFile});
        QCOMPARE(b.exitCode, 0);
    }
    writer.kill();
    writer.waitForFinished();

    // The backup is a complete, healthy MockLoop database.
    QString error;
    int version = 0;
    QVERIFY2(Database::inspect(backupFile, &error, nullptr, &version), qPrintable(error));
    QCOMPARE(version, Database::latestVersion());

    // Export the backup on its own, then restore it over newer data and compare.
    QTemporaryDir copyDir;
    QVERIFY(QFile::copy(backupFile, copyDir.filePath(QStringLiteral("mockloop.sqlite"))));
    const Run fromBackup = cli(copyDir.path(), {QStringLiteral("export")});
    QCOMPARE(fromBackup.exitCode, 0);
    seedSession(dir.path()); // data the backup does not have
    QCOMPARE(sessionsOf(cli(dir.path(), {QStringLiteral("export")}).out).size(), 3);

    const Run restored = cli(dir.path(), {QStringLiteral("restore"), backupFile});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(restored.out.contains("before-restore"));
    QVERIFY2(restored.out.contains("your 3 sessions, 0 stories, 0 own questions, 0 own presets and "
                                   "0 applications were replaced by its 2 sessions, 0 stories"),
             restored.out.constData());
    const QJsonArray after = sessionsOf(cli(dir.path(), {QStringLiteral("export")}).out);
    QCOMPARE(after, sessionsOf(fromBackup.out));
    QCOMPARE(after.size(), 2);
    // The data it replaced was kept.
    const QStringList kept =
        QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*.sqlite")});
    QCOMPARE(kept.size(), 1);
}

void TestCliData::restore_damagedOrNewerFile_isRefusedAndDataUntouched()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    const QByteArray before = cli(dir.path(), {QStringLiteral("export")}).out;

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(8000, '\x7f'));
    g.close();
    const QByteArray garbageHash = sha(garbage);
    const Run bad = cli(dir.path(), {QStringLiteral("restore"), garbage});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("damaged"), bad.err.constData());
    QCOMPARE(sha(garbage), garbageHash);

    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(cli(dir.path(), {QStringLiteral("backup"), newer}).exitCode == 0);
    {
        QSqlDatabase n = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                   QStringLiteral("newer"));
        n.setDatabaseName(newer);
        QVERIFY(n.open());
        QSqlQuery(n).exec(QStringLiteral("PRAGMA user_version=77"));
        n.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const Run newerRun = cli(dir.path(), {QStringLiteral("restore"), newer});
    QCOMPARE(newerRun.exitCode, 2);
    QVERIFY(newerRun.err.contains("newer MockLoop"));

    const Run missing = cli(dir.path(), {QStringLiteral("restore"),
                                         dir.filePath(QStringLiteral("nope.sqlite"))});
    QCOMPARE(missing.exitCode, 2);

    QCOMPARE(sessionsOf(cli(dir.path(), {QStringLiteral("export")}).out), sessionsOf(before));
    QVERIFY(!QDir(dir.filePath(QStringLiteral("backups"))).exists()
            || QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).isEmpty());
}

void TestCliData::restore_whileASessionIsOpen_isRefused()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    const QString backupFile = dir.filePath(QStringLiteral("b.sqlite"));
    QCOMPARE(cli(dir.path(), {QStringLiteral("backup"), backupFile}).exitCode, 0);

    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error));
    FakeClock clock;
    LoopPlan plan;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    auto open = SessionController::start(db, plan, &clock, &error);
    QVERIFY2(open, qPrintable(error));

    const Run r = cli(dir.path(), {QStringLiteral("restore"), backupFile});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is open in a MockLoop program"), r.err.constData());
    open.reset();
    QCOMPARE(cli(dir.path(), {QStringLiteral("restore"), backupFile}).exitCode, 0);
}

void TestCliData::check_readsEveryPage_andReportsDamageTheStartCheckSkipped()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    Run r = cli(dir.path(), {QStringLiteral("check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("passed SQLite's whole-file check"), r.out.constData());
    // How long it took, measured on the program's clock and written by TimeText.
    QVERIFY2(QString::fromUtf8(r.out).contains(
                 QRegularExpression(QStringLiteral(" MB in \\d+ ms\\)\\.\n"))),
             r.out.constData());

    // A disk error in the last page: size and time stay as MockLoop left them, so opening
    // does only the light check; `check` reads every page and finds it.
    QVERIFY(test::damageLastPage(dir.filePath(QStringLiteral("mockloop.sqlite")), true));
    r = cli(dir.path(), {QStringLiteral("check")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("mockloop-cli: check:") && r.err.contains("damaged"), r.err.constData());
}

void TestCliData::report_mdAndHtml_toStdoutOrFile_sameNumbersAsShow()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path());
    const QString sid = QString::number(id);
    const Run md = cli(dir.path(), {QStringLiteral("report"), sid});
    QCOMPARE(md.exitCode, 0);
    // `show` prints the same report.
    QCOMPARE(md.out, cli(dir.path(), {QStringLiteral("show"), sid}).out);
    QVERIFY(md.out.startsWith("# data tools\n"));
    QVERIFY(md.out.contains("| Score | 4 / 5 |"));
    QVERIFY(md.out.contains("| Answer time | 0:42 of 1:00 |"));
    QVERIFY(md.out.contains("| Status | skipped |"));
    QVERIFY(md.out.contains("> Second line"));

    const Run html = cli(dir.path(), {QStringLiteral("report"), sid, QStringLiteral("--format"),
                                      QStringLiteral("html")});
    QCOMPARE(html.exitCode, 0);
    QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.out.contains("Index, then &quot;EXPLAIN&quot;."));
    QVERIFY(html.out.contains("0:42 of 1:00"));

    const QString file = dir.filePath(QStringLiteral("out.html"));
    const Run toFile = cli(dir.path(), {QStringLiteral("report"), sid, QStringLiteral("--format"),
                                        QStringLiteral("html"), QStringLiteral("--output"), file});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), html.out);
}

void TestCliData::report_pdf_hasTheQuestionsAndScoresAsText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: scripts/install-deps.sh --with-test-tools");
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path());
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error));
    const auto session = SessionStore(db).load(id, &error);
    QVERIFY2(session, qPrintable(error));
    db.close();

    // No display and a platform that cannot draw text in the environment: the program still
    // renders on offscreen.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI),
                                             {QStringLiteral("--data-dir"), dir.path(),
                                              QStringLiteral("report"), QString::number(id),
                                              QStringLiteral("--format"), QStringLiteral("pdf"),
                                              QStringLiteral("--output"), pdf},
                                             env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("report.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    file.close();

    // Compared without white space: the PDF wraps lines and lays table cells out apart.
    const auto squeezed = [](QString t) {
        return t.remove(QRegularExpression(QStringLiteral("\\s+")));
    };
    const QString text = squeezed(QString::fromUtf8(pdfText(pdf)));
    QVERIFY2(text.contains(QStringLiteral("datatools")), qPrintable(text));
    for (const AttemptRecord &a : session->attempts)
        QVERIFY2(text.contains(squeezed(a.question.text)), qPrintable(a.question.text));
    QVERIFY2(text.contains(QStringLiteral("Score4/5")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Averagescore4.0/5")));
    QVERIFY(text.contains(QStringLiteral("0:42of1:00")));
    QVERIFY(text.contains(QStringLiteral("Statusfinished"))); // no "fi" ligature
    QVERIFY(text.contains(QStringLiteral("Statusskipped")));
    QVERIFY(text.contains(QStringLiteral("good,short")));
    // Each round starts a page (pdftotext ends pages with a form feed).
    const QList<QByteArray> pages = pdfText(pdf).split('\f');
    const auto pageOf = [&pages](const QByteArray &needle) {
        for (qsizetype i = 0; i < pages.size(); ++i)
            if (pages[i].contains(needle))
                return i;
        return qsizetype(-1);
    };
    QCOMPARE(pageOf("Round 1: Technical"), 0);
    QVERIFY(pageOf("Round 2: Behavioral") > 0);
    QVERIFY(pages[pageOf("Round 2: Behavioral")].trimmed().startsWith("Round 2: Behavioral"));
    // The title is in the PDF's metadata.
    const Run info = mockloop::test::runProcess(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.out.contains("data tools"), info.out.constData());
    QVERIFY(info.out.contains("A4"));

    // Without --output the PDF goes to report-ID.pdf in the working directory.
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral(MOCKLOOP_CLI),
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("report"),
             QString::number(id), QStringLiteral("--format=pdf")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("report-%1.pdf").arg(id))));
}

void TestCliData::report_badFormatOrSession_isRefusedWithAMessage()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path());
    const Run format = cli(dir.path(), {QStringLiteral("report"), QString::number(id),
                                        QStringLiteral("--format"), QStringLiteral("docx")});
    QCOMPARE(format.exitCode, 1); // usage
    QVERIFY(format.err.contains("unknown format \"docx\" (use md, html or pdf)"));
    QVERIFY(format.out.isEmpty());
    const Run missing = cli(dir.path(), {QStringLiteral("report")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("report SESSION"));
    const Run unknown = cli(dir.path(), {QStringLiteral("report"), QStringLiteral("999")});
    QCOMPARE(unknown.exitCode, 2); // bad input, like `show`
    QVERIFY2(unknown.err.contains("999"), unknown.err.constData());
    QVERIFY(unknown.out.isEmpty());
    const Run notAnId = cli(dir.path(), {QStringLiteral("report"), QStringLiteral("abc"),
                                         QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(notAnId.exitCode, 2);
    QVERIFY(notAnId.err.contains("\"abc\" is not a session id"));
    // A PDF that cannot be written: a clear message, nothing left behind.
    const QString blocked = dir.filePath(QStringLiteral("no/such/dir/r.pdf"));
    const Run unwritable = cli(dir.path(), {QStringLiteral("report"), QString::number(id),
                                            QStringLiteral("--format"), QStringLiteral("pdf"),
                                            QStringLiteral("--output"), blocked});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY2(unwritable.err.contains("Cannot write"), unwritable.err.constData());
}

void TestCliData::deleteData_withoutYesDeletesNothing_andWithAChoiceDeletesOnlyThat()
{
    QTemporaryDir dir;
    seedSession(dir.path());
    seedSession(dir.path());
    {
        Database db;
        QString error;
        QVERIFY(db.open(QDir(dir.path()).filePath(QStringLiteral("mockloop.sqlite")), &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO stories (title, action, created_at, updated_at) "
                                      "VALUES ('Kept', 'did it', '2026-01-01', '2026-01-01')")));
    }
    const Run asked = cli(dir.path(), {QStringLiteral("delete-data"), QStringLiteral("--sessions")});
    QCOMPARE(asked.exitCode, 1);
    QVERIFY2(asked.out.contains("2 sessions with their answers, grades and review schedule"),
             asked.out.constData());
    QVERIFY(!asked.out.contains("stor"));
    QVERIFY(asked.out.contains("Nothing was deleted"));
    QCOMPARE(sessionsOf(cli(dir.path(), {QStringLiteral("export")}).out).size(), 2);

    const Run deleted = cli(dir.path(), {QStringLiteral("delete-data"),
                                         QStringLiteral("--sessions"), QStringLiteral("--yes")});
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(deleted.out.contains("All sessions, answers and grades were deleted"));
    QCOMPARE(sessionsOf(cli(dir.path(), {QStringLiteral("export")}).out).size(), 0);
    const QJsonObject all =
        QJsonDocument::fromJson(cli(dir.path(), {QStringLiteral("export")}).out).object();
    QCOMPARE(all.value(QStringLiteral("stories")).toArray().size(), 1); // not chosen: kept

    const Run everything = cli(dir.path(), {QStringLiteral("delete-data"), QStringLiteral("--yes")});
    QCOMPARE(everything.exitCode, 0);
    QVERIFY(everything.out.contains("story bank was emptied"));
    const QJsonObject none =
        QJsonDocument::fromJson(cli(dir.path(), {QStringLiteral("export")}).out).object();
    QCOMPARE(none.value(QStringLiteral("stories")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliData)
#include "test_cli_data.moc"
