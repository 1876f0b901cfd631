// The report page the way a person uses it: finish a short session by clicking through it,
// read the report, and export it as Markdown, HTML and PDF from the page's Export menu. The
// file dialog is answered through DataActions' seam; the files are read back (the PDF with
// pdftotext).
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "report/ReportPage.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Two technical questions, no preparation, a minute each, graded after each one.
LoopPlan twoQuestions(const QString &name)
{
    LoopPlan plan;
    plan.name = name;
    plan.prepSeconds = 0;
    plan.answerSeconds = 60;
    plan.closingSegment = false;
    plan.gradingTiming = GradingTiming::AfterEachQuestion;
    plan.rounds = {
        RoundPlan{RoundKind::Technical,
                  2,
                  {QStringLiteral("tech.sql-vs-nosql"), QStringLiteral("tech.database-indexes")},
                  {},
                  {},
                  {},
                  {}}};
    return plan;
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace

class TestGuiReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup();
    void finishedSession_reportShowsIt_andExportsAllThreeFormats();
    void retakeFromTheRoundReview_countsTheQuestionOnce();

private:
    // A database with the built-in bank in `dir` and the main window over it.
    void openWindow(const QTemporaryDir &dir, Database &db, FakeClock &clock);

    std::unique_ptr<MainWindow> m_window;
};

void TestGuiReport::cleanup()
{
    DataActions::setFileChooser({});
    DataActions::setNotifier({});
    m_window.reset();
}

void TestGuiReport::openWindow(const QTemporaryDir &dir, Database &db, FakeClock &clock)
{
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
    QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(db, &clock);
    m_window->resize(1100, 780);
    m_window->show();
}

void TestGuiReport::finishedSession_reportShowsIt_andExportsAllThreeFormats()
{
    QTemporaryDir dir;
    Database db;
    FakeClock clock;
    openWindow(dir, db, clock);
    QString error;

    // --- A short session: one answer (30 s over its minute), graded; one skipped question.
    QVERIFY(m_window->startSession(twoQuestions(QStringLiteral("report check")), &error));
    const qint64 sessionId = m_window->controller()->sessionId();
    FIND(QPushButton, startRound, "startRoundButton");
    CLICK(startRound);
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    FIND(QPlainTextEdit, editor, "answerEdit");
    QTest::keyClicks(
        editor, QStringLiteral(
                    "Pick <SQL> for joins & transactions; a document store for flexible schemas."));
    clock.advanceSeconds(90);
    m_window->tickNow();
    FIND(QPushButton, submit, "submitButton");
    CLICK(submit);
    QTRY_COMPARE(m_window->controller()->state(), State::Grading);
    m_window->tickNow();
    for (const auto &[key, score] :
         {std::pair{"correctness", 4}, {"depth", 3}, {"clarity", 4}, {"trade_offs", 2}}) {
        auto *spin = m_window->findChild<QSpinBox *>(QStringLiteral("rubric_") + QLatin1String(key));
        QVERIFY2(spin, key);
        spin->setValue(score);
    }
    FIND(QSpinBox, overall, "scoreSpin");
    QCOMPARE(overall->value(), 3); // (4 + 3 + 4 + 2) / 4 = 3.25
    FIND(QPlainTextEdit, note, "gradeNote");
    QTest::keyClicks(note, QStringLiteral("say when NoSQL wins"));
    FIND(QPushButton, saveGrade, "saveGradeButton");
    CLICK(saveGrade);
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    FIND(QPushButton, skip, "skipButton");
    CLICK(skip);
    QTRY_COMPARE(m_window->controller()->state(), State::RoundReview);
    FIND(QPushButton, next, "continueButton");
    CLICK(next);
    QTRY_COMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("reportPage"));

    // --- The report shows the stored numbers.
    const auto record = SessionStore(db).load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->status, QStringLiteral("finished"));
    QCOMPARE(record->attempts[0].score, std::optional<int>(3));
    QCOMPARE(record->attempts[0].times.answerUsedMs, 90'000);
    FIND(QTextBrowser, view, "reportView");
    // The keyboard scrolls the report (the interview's last button is gone with its page).
    QCOMPARE(m_window->focusWidget(), view);
    const QString shown = view->toPlainText();
    QVERIFY(shown.contains(record->attempts[0].question.text));
    QVERIFY(shown.contains(QStringLiteral("Pick <SQL> for joins & transactions")));
    QVERIFY(shown.contains(QStringLiteral("1:30 of 1:00")));
    QVERIFY(shown.contains(QStringLiteral("3 / 5")));
    QVERIFY(shown.contains(QStringLiteral("say when NoSQL wins")));
    QVERIFY(shown.contains(QStringLiteral("skipped")));
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (const QSize size : {QSize(1100, 780), QSize(800, 600)}) {
            m_window->resize(size);
            QTest::qWait(50);
            m_window->grab().save(QStringLiteral("%1/report-%2.png").arg(shots).arg(size.width()));
        }
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
        m_window->grab().save(QStringLiteral("%1/report-middle.png").arg(shots));
        view->verticalScrollBar()->setValue(0);
    }

    // --- Export each format through the Export menu; the chooser answers with a path
    //     without a suffix for Markdown (the page adds it).
    QString nextPath;
    QStringList asked;
    DataActions::setFileChooser(
        [&](const QString &title, const QString &suggested, const QString &, bool forSaving) {
            asked.append(title + QLatin1Char('|') + suggested);
            return forSaving ? nextPath : QString();
        });
    QStringList messages;
    DataActions::setNotifier([&messages](const QString &title, const QString &, bool problem) {
        messages.append((problem ? QStringLiteral("problem: ") : QString()) + title);
    });
    FIND(QPushButton, exportButton, "exportReportButton");
    QVERIFY(exportButton->isVisible() && exportButton->isEnabled());
    QMenu *menu = exportButton->menu();
    QVERIFY(menu);
    auto trigger = [menu](const char *name) {
        QAction *action = menu->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && action->isEnabled(), name);
        action->trigger();
    };

    nextPath = dir.filePath(QStringLiteral("exports/report"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("exports")));
    trigger("exportMarkdownAction");
    QVERIFY(asked.last().endsWith(QStringLiteral("mockloop-report-%1.md").arg(sessionId)));
    const QString md = readAll(dir.filePath(QStringLiteral("exports/report.md")));
    QVERIFY2(md.startsWith(QStringLiteral("# report check\n")), qPrintable(md.left(200)));
    QVERIFY(md.contains(QStringLiteral("| Score | 3 / 5 |")));
    QVERIFY(md.contains(QStringLiteral("| Answer time | 1:30 of 1:00 |")));
    QVERIFY(md.contains(QStringLiteral("| Overtime | 0:30 |")));
    // The person's Markdown stays theirs: only their HTML is escaped ("<" and "&").
    QVERIFY(md.contains(QStringLiteral("> Pick \\<SQL> for joins \\& transactions")));
    QVERIFY(md.contains(QStringLiteral("| Status | skipped |")));

    nextPath = dir.filePath(QStringLiteral("exports/report.html"));
    trigger("exportHtmlAction");
    const QString html = readAll(nextPath);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("Pick &lt;SQL&gt; for joins &amp; transactions")));
    QVERIFY(html.contains(record->attempts[0].question.text.toHtmlEscaped()));

    nextPath = dir.filePath(QStringLiteral("exports/report.pdf"));
    trigger("exportPdfAction");
    QFile pdf(nextPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    pdf.close();
    QCOMPARE(messages, QStringList({QStringLiteral("Exported"), QStringLiteral("Exported"),
                                    QStringLiteral("Exported")}));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: scripts/install-deps.sh --with-test-tools");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {nextPath, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = squeezed(QString::fromUtf8(p.readAllStandardOutput()));
    for (const AttemptRecord &a : record->attempts)
        QVERIFY2(text.contains(squeezed(a.question.text)), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Score3/5")));
    QVERIFY(text.contains(QStringLiteral("1:30of1:00")));
    QVERIFY(text.contains(QStringLiteral("Pick<SQL>forjoins&transactions")));

    // A place that cannot be written: a clear message, and the page stays as it was.
    nextPath = dir.filePath(QStringLiteral("missing/dir/report.html"));
    trigger("exportHtmlAction");
    QCOMPARE(messages.last(), QStringLiteral("problem: Export failed"));
    QVERIFY(!QFile::exists(nextPath));
    QCOMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("reportPage"));
}

QTEST_MAIN(TestGuiReport)
void TestGuiReport::retakeFromTheRoundReview_countsTheQuestionOnce()
{
    // Two questions, the first retaken from the round review: the review says two questions,
    // and the report counts two questions and averages the retake's score, not the one it
    // replaced, while it still shows both attempts.
    QTemporaryDir dir;
    Database db;
    FakeClock clock;
    openWindow(dir, db, clock);
    QString error;
    LoopPlan plan = twoQuestions(QStringLiteral("retake check"));
    plan.retakeAllowed = true;
    QVERIFY(m_window->startSession(plan, &error));
    FIND(QPushButton, startRound, "startRoundButton");
    CLICK(startRound);
    auto answerAndGrade = [&](const QString &text, int score) {
        QTRY_COMPARE(m_window->controller()->state(), State::Answering);
        FIND(QPlainTextEdit, editor, "answerEdit");
        QTest::keyClicks(editor, text);
        clock.advanceSeconds(20);
        m_window->tickNow();
        FIND(QPushButton, submit, "submitButton");
        CLICK(submit);
        QTRY_COMPARE(m_window->controller()->state(), State::Grading);
        FIND(QSpinBox, overall, "scoreSpin");
        overall->setValue(score);
        FIND(QPushButton, saveGrade, "saveGradeButton");
        CLICK(saveGrade);
    };
    answerAndGrade(QStringLiteral("rows and documents"), 2);
    answerAndGrade(QStringLiteral("a B-tree"), 5);
    QTRY_COMPARE(m_window->controller()->state(), State::RoundReview);
    FIND(QTableWidget, review, "reviewTable");
    review->setCurrentCell(0, 0);
    FIND(QPushButton, retake, "reviewRetakeButton");
    CLICK(retake);
    answerAndGrade(QStringLiteral("SQL for joins and transactions, documents for flexible schemas"),
                   4);
    QTRY_COMPARE(m_window->controller()->state(), State::RoundReview);
    QCOMPARE(review->rowCount(), 3);
    FIND(QLabel, position, "questionPositionLabel");
    QCOMPARE(position->text(), QStringLiteral("Questions: 2"));
    FIND(QPushButton, next, "continueButton");
    CLICK(next);
    QTRY_COMPARE(mockloop::test::currentPageOf(m_window.get()), QStringLiteral("reportPage"));
    FIND(QTextBrowser, view, "reportView");
    const QString shown = view->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("2 of 2 questions (skipped 0, not reached 0)")),
             qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("4.5 / 5"))); // (4 + 5) / 2, not (2 + 5 + 4) / 3
    QVERIFY(shown.contains(QStringLiteral("retake of 1, +2")));
    QVERIFY(shown.contains(QStringLiteral("replaced by a retake")));
}

#include "test_gui_report.moc"
