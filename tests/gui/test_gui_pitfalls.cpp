// A wrong claim typed as a person types it: the grade panel quotes the sentence with the
// pitfall and its correction, the key point named only in that sentence is not pre-ticked, and
// the report at the end of the loop says the same (docs/coach.md, "Pitfalls and clichés").
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "OneQuestionPlan.h"

#include <QListWidget>
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

class TestGuiPitfalls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void wrongClaim_gradePanelAndReportQuoteItWithTheCorrection();
};

void TestGuiPitfalls::wrongClaim_gradePanelAndReportQuoteItWithTheCorrection()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error), qPrintable(error));
    QVERIFY(QuestionBank(db).installBuiltinPacks(&error));
    const Question question = *QuestionBank(db).question(QStringLiteral("tech.database-indexes"));
    QVERIFY(question.pitfalls.size() >= 3);
    FakeClock clock;
    MainWindow window(db, &clock);
    window.show();
    QVERIFY(window.startSession(mockloop::test::oneQuestionPlan(question.id), &error));
    auto *startRound = window.findChild<QPushButton *>(QStringLiteral("startRoundButton"));
    QVERIFY(startRound);
    QTest::mouseClick(startRound, Qt::LeftButton);
    QTRY_COMPARE(window.controller()->state(), State::Answering);

    // The answer: two wrong claims; the last sentence is right.
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("answerEdit"));
    QVERIFY(editor);
    const QString everyQuery = QStringLiteral("Indexes make every query faster, including inserts.");
    const QString binary = QStringLiteral("A B-tree is a binary tree.");
    QTest::keyClicks(editor, everyQuery + QLatin1Char(' ') + binary
                                 + QStringLiteral(" I check the plan with EXPLAIN."));
    clock.advanceSeconds(120);
    window.tickNow();
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("submitButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(window.controller()->state(), State::Grading);
    window.tickNow();

    auto *coachView = window.findChild<QTextBrowser *>(QStringLiteral("coachHints"));
    QVERIFY(coachView && coachView->isVisible());
    const QString coached = coachView->toPlainText();
    for (const QString &sentence : {everyQuery, binary})
        QVERIFY2(coached.contains(QStringLiteral("You wrote: \"") + sentence + QLatin1Char('"')),
                 qPrintable(coached));
    QVERIFY2(coached.contains(question.pitfalls.at(0).correction), qPrintable(coached));
    QVERIFY2(coached.contains(question.pitfalls.at(2).correction), qPrintable(coached));
    QVERIFY2(coached.contains(question.pitfalls.at(2).text), qPrintable(coached));

    // A key point whose term ("B-tree") is only in the wrong sentence is not pre-ticked, while
    // the one the right sentence makes (EXPLAIN) is.
    auto *points = window.findChild<QListWidget *>(QStringLiteral("keyPointList"));
    QVERIFY(points);
    bool sawExplain = false;
    for (int i = 0; i < points->count(); ++i) {
        const KeyPoint &kp = question.keyPoints.at(i);
        const bool explain = kp.terms.contains(QStringLiteral("explain"), Qt::CaseInsensitive);
        const bool btree = kp.terms.contains(QStringLiteral("b-tree"), Qt::CaseInsensitive);
        if (explain) {
            sawExplain = true;
            QCOMPARE(points->item(i)->checkState(), Qt::Checked);
        } else if (btree) {
            QCOMPARE(points->item(i)->checkState(), Qt::Unchecked);
        }
    }
    QVERIFY(sawExplain);

    // The report at the end says it too.
    window.findChild<QSpinBox *>(QStringLiteral("scoreSpin"))->setValue(2);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveGradeButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(window.controller()->state(), State::RoundReview);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("continueButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!window.controller());
    QTRY_VERIFY(window.findChild<QTextBrowser *>(QStringLiteral("reportView")));
    const QString report =
        window.findChild<QTextBrowser *>(QStringLiteral("reportView"))->toPlainText();
    QVERIFY2(report.contains(everyQuery), qPrintable(report.left(3000)));
    QVERIFY(report.contains(question.pitfalls.at(0).correction));
}

QTEST_MAIN(TestGuiPitfalls)
#include "test_gui_pitfalls.moc"
