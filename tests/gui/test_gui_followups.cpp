// A whole question with a follow-up, the way a person does it (docs/engine.md, "Follow-ups"):
// the answer is submitted, the interviewer asks back the follow-up the answer covered least,
// its own clock runs in the header, the follow-up answer is typed and submitted, the grade
// panel shows both answers, and the report at the end has the follow-up and its answer.
#include "bank/QuestionBank.h"
#include "coach/FollowUpChoice.h"
#include "controller/SessionController.h"
#include "interview/ClockWidget.h"
#include "storage/Database.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "OneQuestionPlan.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

class TestGuiFollowUps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void wholeQuestionWithFollowUp_gradedWithBothAnswers_andInTheReport();
    void setup_presetsAndStrictModeSetFollowUps_andThePlanCarriesThem();
};

void TestGuiFollowUps::wholeQuestionWithFollowUp_gradedWithBothAnswers_andInTheReport()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
    QVERIFY(QuestionBank(db).installBuiltinPacks(&error));
    const Question question = *QuestionBank(db).question(QStringLiteral("tech.database-indexes"));
    QCOMPARE(question.followUps.size(), 3);
    FakeClock clock;
    MainWindow window(db, &clock);
    window.show();
    LoopPlan plan = mockloop::test::oneQuestionPlan(question.id);
    plan.followUpsPerQuestion = 1;
    plan.followUpSeconds = 60;
    QVERIFY(window.startSession(plan, &error));
    auto *startRound = window.findChild<QPushButton *>(QStringLiteral("startRoundButton"));
    QVERIFY(startRound);
    QTest::mouseClick(startRound, Qt::LeftButton);
    QTRY_COMPARE(window.controller()->state(), State::Answering);

    // An answer about the query plan and indexes: the follow-up it covered least is asked.
    const QString answer = QStringLiteral("An index lets the database find rows without a full "
                                          "scan; I check the query plan with EXPLAIN.");
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("answerEdit"));
    QVERIFY(editor);
    QTest::keyClicks(editor, answer);
    clock.advanceSeconds(30);
    window.tickNow();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    // Asked, and its clock started at once: the person answers it.
    QTRY_COMPARE(window.controller()->state(), State::FollowUpAnswering);
    const QString expected = question.followUps.at(chooseFollowUp(question.followUps, answer));
    auto *followUpText = window.findChild<QLabel *>(QStringLiteral("followUpText"));
    QVERIFY(followUpText);
    QTRY_VERIFY(followUpText->isVisible());
    QCOMPARE(followUpText->text(), expected);
    QVERIFY(mockloop::test::visibleTextShowing(&window, question.text).size() > 0);
    auto *followUpEditor = window.findChild<QPlainTextEdit *>(QStringLiteral("followUpEditor"));
    QVERIFY(followUpEditor && followUpEditor->isVisible());
    QVERIFY(!followUpEditor->isReadOnly());
    QTRY_COMPARE(QApplication::focusWidget(), followUpEditor);

    // Its own clock: 60 s, not what was left of the answer's.
    clock.advanceSeconds(10);
    window.tickNow();
    QCOMPARE(window.controller()->engine().answerRemainingMs(), 50'000);
    auto *header = window.findChild<ClockWidget *>();
    QVERIFY(header && header->isVisible());

    const QString followUpAnswer = QStringLiteral("I would sort pg_stat_statements by total time.");
    QTest::keyClicks(followUpEditor, followUpAnswer);
    clock.advanceSeconds(1);
    window.tickNow();
    QCOMPARE(window.controller()->currentFollowUp()->answer, followUpAnswer);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("submitFollowUpButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(window.controller()->state(), State::Grading);
    window.tickNow();

    // The grade sees both answers.
    auto *answerView = window.findChild<QPlainTextEdit *>(QStringLiteral("gradeAnswerView"));
    QVERIFY(answerView && answerView->isVisible());
    const QString graded = answerView->toPlainText();
    QVERIFY2(graded.contains(answer), qPrintable(graded));
    QVERIFY2(graded.contains(expected), qPrintable(graded));
    QVERIFY2(graded.contains(followUpAnswer), qPrintable(graded));

    window.findChild<QSpinBox *>(QStringLiteral("scoreSpin"))->setValue(4);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveGradeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(window.controller()->state(), State::RoundReview);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("continueButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window.controller());
    QTRY_VERIFY(window.findChild<QTextBrowser *>(QStringLiteral("reportView")));
    const QString report =
        window.findChild<QTextBrowser *>(QStringLiteral("reportView"))->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("Follow-up 1: ") + expected),
             qPrintable(report.left(4000)));
    QVERIFY2(report.contains(followUpAnswer), qPrintable(report.left(4000)));
}

void TestGuiFollowUps::setup_presetsAndStrictModeSetFollowUps_andThePlanCarriesThem()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
    QVERIFY(QuestionBank(db).installBuiltinPacks(&error));
    FakeClock clock;
    MainWindow window(db, &clock);
    window.show();
    auto *startLoop = window.findChild<QPushButton *>(QStringLiteral("startLoopButton"));
    QVERIFY(startLoop);
    QTest::mouseClick(startLoop, Qt::LeftButton);
    QCOMPARE(mockloop::test::currentPageOf(&window), QStringLiteral("setupPage"));
    auto *preset = window.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    auto *followUps = window.findChild<QComboBox *>(QStringLiteral("followUpsCombo"));
    auto *seconds = window.findChild<QSpinBox *>(QStringLiteral("followUpSecondsSpin"));
    QVERIFY(preset && followUps && seconds);
    QVERIFY(followUps->isVisible() && seconds->isVisible());

    preset->setCurrentIndex(preset->findData(QStringLiteral("system_design")));
    QCOMPARE(followUps->currentData().toInt(), 2);
    QCOMPARE(seconds->value(), 180);
    preset->setCurrentIndex(preset->findData(QStringLiteral("quick")));
    QCOMPARE(followUps->currentData().toInt(), 0);
    QCOMPARE(seconds->value(), 90);
    auto *strict = window.findChild<QPushButton *>(QStringLiteral("strictModeButton"));
    QVERIFY(strict);
    QTest::mouseClick(strict, Qt::LeftButton);
    QCOMPARE(followUps->currentData().toInt(), 1);

    // What the form says is what the session gets.
    seconds->setValue(45);
    auto *begin = window.findChild<QPushButton *>(QStringLiteral("beginSessionButton"));
    QVERIFY(begin);
    QTest::mouseClick(begin, Qt::LeftButton);
    QVERIFY(window.controller());
    QCOMPARE(window.controller()->plan().followUpsPerQuestion, 1);
    QCOMPARE(window.controller()->plan().followUpSeconds, 45);
    QCOMPARE(window.controller()->engine().attemptTimes(0).followUps.size(), 1);
    QCOMPARE(window.controller()->engine().attemptTimes(0).followUps[0].answerLimitMs, 45'000);
}

QTEST_MAIN(TestGuiFollowUps)
#include "test_gui_followups.moc"
