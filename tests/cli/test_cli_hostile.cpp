// Hostile text in the terminal (issue 16, defect 7): an answer, note or name holding ESC c, a
// window title sequence, C1 controls or a bidi override must not reach the terminal as
// control characters. mockloop-cli prints them escaped ("\u001b") on standard output and
// standard error, and files written with --output keep the exact text. Real processes.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "report/TerminalText.h"
#include "storage/Database.h"
#include "CliProcess.h"
#include "FakeClock.h"
#include "HostileText.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

using Run = mockloop::test::ProcessRun;

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return env;
}

Run cli(const QString &dataDir, QStringList args)
{
    args.prepend(dataDir);
    args.prepend(QStringLiteral("--data-dir"));
    return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args, cliEnvironment());
}

// A session on a plan named planName, answering its one question with text typed.
std::unique_ptr<SessionController> answering(Database &db, FakeClock &clock,
                                             const QString &planName, const QString &text)
{
    LoopPlan plan;
    plan.name = planName;
    plan.prepSeconds = 0;
    plan.answerSeconds = 60;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(db, plan, &clock, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), text}});
    return c;
}

void openWithPacks(Database &db, const QString &dataDir)
{
    QString error;
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("mockloop.sqlite")), &error)
        || !QuestionBank(db).installBuiltinPacks(&error))
        qFatal("%s", qPrintable(error));
}

// A finished session whose plan name, answer and grade note hold the text.
qint64 seedSession(const QString &dataDir, const QString &planName, const QString &text)
{
    Database db;
    openWithPacks(db, dataDir);
    FakeClock clock;
    auto c = answering(db, clock, planName, text);
    clock.advanceSeconds(30);
    c->handle(Event::Submit);
    c->submitGrade(4, text);
    while (c->state() != State::Finished)
        c->handle(Event::Continue);
    return c->sessionId();
}

// The UTF-8 of every character a terminal would obey: C0 but tab and LF, DEL, C1, the bidi
// embeddings, overrides and isolates. A CR is allowed only before a LF.
QString firstControl(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool lineFeedFollows = i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        if (needsTerminalEscape(text.at(i).unicode(), lineFeedFollows))
            return QStringLiteral("U+%1 at %2 in: %3")
                .arg(uint(text.at(i).unicode()), 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(text.mid(std::max<qsizetype>(0, i - 30), 60).toHtmlEscaped());
    }
    return QString();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// An export without the line that says when it was made (two runs, two times).
QByteArray withoutExportTime(const QByteArray &bytes)
{
    QByteArrayList lines = bytes.split('\n');
    lines.removeIf([](const QByteArray &line) {
        return line.contains("\"exportedAt\"") || line.startsWith("Exported ");
    });
    return lines.join('\n');
}

const QString kPlanName = QStringLiteral("plan\x1b]0;owned\x07 \u202eevil\u202c");

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void terminalSafe_escapesControls_keepsTextTabsAndLineEnds();
    void show_answerWithEscapeSequences_printsThemEscaped();
    void report_toStdoutEscaped_toFileExact();
    void report_pdf_htmlAndMarkdownInTheAnswer_isPrintedAsText();
    void historyAndSearch_controlsInNamesAndAnswers_areEscapedAndTheTableKeepsItsRows();
    void export_stdoutIsEscaped_jsonStaysTheSameDocument_filesAreExact();
    void import_questionListWithControls_previewIsEscaped_textIsStoredExactly();
    void run_resumedAnswerAndPlanName_areEscapedInTheInterview();
};

void TestCliHostile::terminalSafe_escapesControls_keepsTextTabsAndLineEnds()
{
    QCOMPARE(terminalSafe(QStringLiteral("a\x1b"
                                         "cb")),
             QStringLiteral("a\\u001bcb"));
    QCOMPARE(terminalSafe(QStringLiteral("tab\there\nline\r\nend")),
             QStringLiteral("tab\there\nline\r\nend"));
    QCOMPARE(terminalSafe(QStringLiteral("over\rwrite")), QStringLiteral("over\\u000dwrite"));
    QCOMPARE(terminalSafe(QStringLiteral("end\r")), QStringLiteral("end\\u000d"));
    QCOMPARE(terminalSafe(QStringLiteral("del\x7f c1\u009b2J nel\u0085")),
             QStringLiteral("del\\u007f c1\\u009b2J nel\\u0085"));
    QCOMPARE(terminalSafe(QStringLiteral("\u202eabc\u202c \u2066x\u2069")),
             QStringLiteral("\\u202eabc\\u202c \\u2066x\\u2069"));
    QString nul = QStringLiteral("a");
    nul += QChar(u'\0');
    QCOMPARE(terminalSafe(nul), QStringLiteral("a\\u0000"));
    // What people write stays: right-to-left letters and marks, emoji, combining marks.
    for (const test::HostileSample &s : test::hostileSamples()) {
        if (s.name == QLatin1String("rightToLeft") || s.name == QLatin1String("emoji")
            || s.name == QLatin1String("combining") || s.name == QLatin1String("html")
            || s.name == QLatin1String("backslashes"))
            QCOMPARE(terminalSafe(s.text), s.text);
        QVERIFY2(firstControl(terminalSafe(s.text).toUtf8()).isEmpty(), qPrintable(s.name));
    }
    QCOMPARE(terminalSafe(QStringLiteral("lrm\u200e rlm\u200f")),
             QStringLiteral("lrm\u200e rlm\u200f"));
}

void TestCliHostile::show_answerWithEscapeSequences_printsThemEscaped()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path(), kPlanName, test::controlCharacters());
    const Run r = cli(dir.path(), {QStringLiteral("show"), QString::number(id)});
    QCOMPARE(r.exitCode, 0);
    const QString control = firstControl(r.out);
    QVERIFY2(control.isEmpty(), qPrintable(control));
    QVERIFY2(r.out.contains("reset\\u001bc title\\u001b]0;owned\\u0007"), r.out.constData());
    QVERIFY2(r.out.contains("c1\\u009b2J"), r.out.constData());
    QVERIFY2(r.out.contains("\\u202eevil\\u202c"), r.out.constData());
    QVERIFY2(r.out.contains("next    tab"), r.out.constData()); // the report's tab, as it was
}

void TestCliHostile::report_toStdoutEscaped_toFileExact()
{
    QTemporaryDir dir;
    const qint64 id = seedSession(dir.path(), kPlanName, test::controlCharacters());
    for (const QString &format : {QStringLiteral("md"), QStringLiteral("html")}) {
        const Run shown = cli(dir.path(), {QStringLiteral("report"), QString::number(id),
                                           QStringLiteral("--format"), format});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(firstControl(shown.out).isEmpty(), qPrintable(firstControl(shown.out)));
        const QString file = dir.filePath(QStringLiteral("report.") + format);
        const Run written = cli(dir.path(), {QStringLiteral("report"), QString::number(id),
                                             QStringLiteral("--format"), format,
                                             QStringLiteral("--output"), file});
        QCOMPARE(written.exitCode, 0);
        QVERIFY(written.out.isEmpty());
        const QByteArray bytes = readFile(file);
        // The file has the person's text as it is; the terminal got the same, escaped.
        QVERIFY2(bytes.contains("reset\x1b"
                                "c title\x1b]0;owned\x07"),
                 qPrintable(format));
        QVERIFY2(bytes.contains(QStringLiteral("c1\u009b2J").toUtf8()), qPrintable(format));
        QCOMPARE(shown.out, terminalSafe(QString::fromUtf8(bytes)).toUtf8());
    }
}

void TestCliHostile::report_pdf_htmlAndMarkdownInTheAnswer_isPrintedAsText()
{
    QTemporaryDir dir;
    const QString answer = QStringLiteral(
        "<script>alert('x')</script> <b>not bold</b> &amp; <style>*{display:none}"
        "</style> still shown\n# not a heading\n```\nopen fence\n");
    const qint64 id = seedSession(dir.path(), QStringLiteral("<i>plan</i> & co"), answer);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = cli(dir.path(),
                      {QStringLiteral("report"), QString::number(id), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // pdftotext (poppler-utils, scripts/install-deps.sh --with-test-tools) reads the PDF's text.
    const Run text = mockloop::test::runProcess(QStringLiteral("pdftotext"),
                                                {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(text.exitCode == 0, "pdftotext is missing: scripts/install-deps.sh --with-test-tools");
    const QString shown = QString::fromUtf8(text.out).simplified();
    for (const QString &piece :
         {QStringLiteral("<i>plan</i> & co"), QStringLiteral("<script>alert('x')</script>"),
          QStringLiteral("<b>not bold</b> &amp; <style>*{display:none}</style> still shown"),
          QStringLiteral("open fence")})
        QVERIFY2(shown.contains(piece), qPrintable(piece + QStringLiteral(" not in:\n") + shown));
}

void TestCliHostile::historyAndSearch_controlsInNamesAndAnswers_areEscapedAndTheTableKeepsItsRows()
{
    QTemporaryDir dir;
    seedSession(dir.path(),
                QStringLiteral("first\nsecond line\x1b"
                               "c"),
                QStringLiteral("findme \x1b[2J and \u009b2J cleared"));
    seedSession(dir.path(), QStringLiteral("plain"), QStringLiteral("findme plainly"));
    const Run history = cli(dir.path(), {QStringLiteral("history")});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(firstControl(history.out).isEmpty(), qPrintable(firstControl(history.out)));
    // The header row and one line per session: the plan name's line break does not add a row.
    QCOMPARE(history.out.count('\n'), 3);
    QVERIFY2(history.out.contains("first second line\\u001bc"), history.out.constData());

    const Run search = cli(dir.path(), {QStringLiteral("search"), QStringLiteral("findme")});
    QCOMPARE(search.exitCode, 0);
    QVERIFY2(firstControl(search.out).isEmpty(), qPrintable(firstControl(search.out)));
    QVERIFY2(search.out.contains("\\u001b[2J"), search.out.constData());
    QCOMPARE(search.out.count('\n'), 3);
}

void TestCliHostile::export_stdoutIsEscaped_jsonStaysTheSameDocument_filesAreExact()
{
    QTemporaryDir dir;
    const QString text = test::controlCharacters() + QStringLiteral(" \u202e \u2066");
    seedSession(dir.path(), kPlanName, text);
    for (const QString &format :
         {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("md")}) {
        const Run shown = cli(dir.path(),
                              {QStringLiteral("export"), QStringLiteral("--format"), format});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(firstControl(shown.out).isEmpty(),
                 qPrintable(format + QLatin1Char(' ') + firstControl(shown.out)));
        const QString file = dir.filePath(QStringLiteral("export.") + format);
        const Run written = cli(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"),
                                             format, QStringLiteral("--output"), file});
        QCOMPARE(written.exitCode, 0);
        const QByteArray bytes = readFile(file);
        QCOMPARE(withoutExportTime(shown.out),
                 withoutExportTime(terminalSafe(QString::fromUtf8(bytes)).toUtf8()));
        if (format == QLatin1String("csv"))
            QVERIFY2(bytes.contains(text.toUtf8()), "the CSV file holds the exact answer");
        if (format == QLatin1String("json")) {
            // The escapes are JSON's own: what a program reads from the pipe is the same data.
            QJsonParseError error;
            const QJsonDocument fromPipe = QJsonDocument::fromJson(shown.out, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QJsonObject piped = fromPipe.object();
            QJsonObject filed = QJsonDocument::fromJson(bytes).object();
            piped.remove(QStringLiteral("exportedAt"));
            filed.remove(QStringLiteral("exportedAt"));
            QCOMPARE(piped, filed);
            QVERIFY(bytes.contains(QStringLiteral("\u202e \u2066").toUtf8()));
        }
    }
}

void TestCliHostile::import_questionListWithControls_previewIsEscaped_textIsStoredExactly()
{
    QTemporaryDir dir;
    const QString list = QStringLiteral("# Hostile 100%1 list %2\n\n## Databases\x1b]0;owned\x07\n\n"
                                        "- How does an index\x1b[8m hide text?\n");
    const QString path = dir.filePath(QStringLiteral("list.md"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(list.toUtf8());
    }
    const Run r = cli(dir.path(), {QStringLiteral("import"), path});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(firstControl(r.out).isEmpty(), qPrintable(firstControl(r.out)));
    QVERIFY2(firstControl(r.err).isEmpty(), qPrintable(firstControl(r.err)));
    QVERIFY2(r.out.contains("Databases\\u001b]0;owned\\u0007"), r.out.constData());
    // The pack's name is shown as it is: "%1" in it is text, not a place for the version.
    QVERIFY2(r.out.contains("Pack \"Hostile 100%1 list %2\""), r.out.constData());

    const Run exported = cli(dir.path(), {QStringLiteral("export-pack"), QStringLiteral("--format"),
                                          QStringLiteral("md"), QStringLiteral("--output"),
                                          dir.filePath(QStringLiteral("back.md"))});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(readFile(dir.filePath(QStringLiteral("back.md")))
                .contains("How does an index\x1b\\[8m hide text?"));
}

// The interview itself (`run`) offers to resume an unfinished session and shows the plan's
// name and the answer so far: stored texts, printed through the same rule.
void TestCliHostile::run_resumedAnswerAndPlanName_areEscapedInTheInterview()
{
    QTemporaryDir dir;
    {
        Database db;
        openWithPacks(db, dir.path());
        FakeClock clock;
        auto c = answering(db, clock, kPlanName, test::controlCharacters());
        clock.advanceSeconds(5);
        QVERIFY(c->saveNow());
    } // the session stays unfinished and its lock is let go

    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(QStringLiteral(MOCKLOOP_CLI),
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("run")});
    QVERIFY(p.waitForStarted());
    p.write("y\n"); // resume; then the input ends and the session is kept
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(firstControl(out).isEmpty(), qPrintable(firstControl(out)));
    QVERIFY2(firstControl(err).isEmpty(), qPrintable(firstControl(err)));
    QVERIFY2(out.contains("plan\\u001b]0;owned\\u0007"), out.constData());
    QVERIFY2(out.contains("reset\\u001bc title\\u001b]0;owned\\u0007"), out.constData());
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "test_cli_hostile.moc"
