// Self-grading with the rubric the way a person does it: the outline stays hidden while
// answering, the coach pre-ticks the key points, rubric scores fill the overall score, every
// tick and score can be changed, and what is saved is what was on screen.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "interview/InterviewPage.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "OneQuestionPlan.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

class TestGuiGrade : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void rubricAndChecklist_preTickedByTheCoach_changedAndSaved();
    void strictMode_gradingHidesKeyPointsOutlineAndRetake_reportShowsKeyPoints();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    Question m_question; // tech.sql-vs-nosql: an outline and at least three key points
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiGrade::init()
{
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("mockloop-%1.sqlite")
                                           .arg(QLatin1String(QTest::currentTestFunction()))),
                        &error),
             qPrintable(error));
    QVERIFY(QuestionBank(*m_db).installBuiltinPacks(&error));
    m_question = *QuestionBank(*m_db).question(QStringLiteral("tech.sql-vs-nosql"));
    QVERIFY(m_question.keyPoints.size() >= 3);
    QVERIFY(!m_question.outline.isEmpty());
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->show();
}

void TestGuiGrade::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_clock.reset();
}

void TestGuiGrade::rubricAndChecklist_preTickedByTheCoach_changedAndSaved()
{
    const Question &question = m_question;
    Database &db = *m_db;
    FakeClock &clock = *m_clock;
    QString error;
    QVERIFY(m_window->startSession(mockloop::test::oneQuestionPlan(question.id), &error));
    auto *startRound = find<QPushButton>(QStringLiteral("startRoundButton"));
    QVERIFY(startRound);
    QTest::mouseClick(startRound, Qt::LeftButton);
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);

    // While answering, nothing on screen shows the model outline or a key point.
    const QString outlineLine = question.outline.split(QLatin1Char('\n')).first().mid(2, 40);
    QCOMPARE(mockloop::test::visibleTextShowing(m_window.get(), outlineLine), QString());
    for (const KeyPoint &kp : question.keyPoints)
        QCOMPARE(mockloop::test::visibleTextShowing(m_window.get(), kp.text), QString());

    // Make the first key point (its first match term) and not the others.
    auto *editor = find<QPlainTextEdit>(QStringLiteral("answerEdit"));
    QVERIFY(editor);
    const QString term = question.keyPoints.first().terms.first();
    QTest::keyClicks(editor, QStringLiteral("I would start from %1 and little else.").arg(term));
    clock.advanceSeconds(90);
    m_window->tickNow();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("submitButton")), Qt::LeftButton);
    QTRY_COMPARE(m_window->controller()->state(), State::Grading);
    m_window->tickNow();

    auto *points = find<QListWidget>(QStringLiteral("keyPointList"));
    QVERIFY(points);
    QCOMPARE(points->count(), int(question.keyPoints.size()));
    QCOMPARE(points->item(0)->text(), question.keyPoints[0].text);
    QVERIFY2(points->item(0)->checkState() == Qt::Checked,
             "the coach pre-ticks the key point the answer made");
    QCOMPARE(points->item(1)->checkState(), Qt::Unchecked);
    QVERIFY(find<QTextBrowser>(QStringLiteral("coachHints"))->isVisible());
    QVERIFY(
        find<QTextBrowser>(QStringLiteral("coachHints"))->toPlainText().contains(QStringLiteral("1 of")));
    QVERIFY(find<QTextBrowser>(QStringLiteral("hintsView"))->toPlainText().contains(outlineLine));

    // Rubric scores fill the overall score with their rounded mean: (5 + 4 + 4 + 2) / 4 = 3.75.
    auto *overall = find<QSpinBox>(QStringLiteral("scoreSpin"));
    QCOMPARE(overall->value(), 0);
    const QList<std::pair<QString, int>> rubric = {{QStringLiteral("correctness"), 5},
                                                   {QStringLiteral("depth"), 4},
                                                   {QStringLiteral("clarity"), 4},
                                                   {QStringLiteral("trade_offs"), 2}};
    for (const auto &[key, score] : rubric) {
        auto *spin = find<QSpinBox>(QStringLiteral("rubric_") + key);
        QVERIFY2(spin, qPrintable(key));
        spin->setValue(score);
        QVERIFY(!find<QLabel>(QStringLiteral("rubricAnchor_") + key)->text().isEmpty());
    }
    QCOMPARE(overall->value(), 4);
    // The person disagrees: their overall score stays even when a criterion changes.
    overall->setValue(3);
    find<QSpinBox>(QStringLiteral("rubric_depth"))->setValue(5);
    QCOMPARE(overall->value(), 3);
    // Every tick can be changed.
    // Every tick can be changed: click each item's check box.
    for (int row : {0, 1}) {
        const QRect r = points->visualItemRect(points->item(row));
        QStyleOptionViewItem option;
        option.initFrom(points);
        option.rect = r;
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = points->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator,
                                                          &option, points);
        QTest::mouseClick(points->viewport(), Qt::LeftButton, {}, box.center());
    }
    QCOMPARE(points->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(points->item(1)->checkState(), Qt::Checked);
    QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("gradeNote")),
                     QStringLiteral("name the families"));
    // For looking at the page: MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves it at two window sizes.
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (const QSize size : {QSize(1366, 870), QSize(1024, 700)}) {
            m_window->resize(size);
            QTest::qWait(50);
            m_window->grab().save(QStringLiteral("%1/grading-%2.png").arg(shots).arg(size.width()));
        }
    }
    const qint64 sessionId = m_window->controller()->sessionId();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("saveGradeButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->controller() || m_window->controller()->state() != State::Grading);

    const auto record = SessionStore(db).load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    const AttemptRecord &a = record->attempts.first();
    QCOMPARE(a.score, std::optional<int>(3));
    QCOMPARE(a.gradeNote, QStringLiteral("name the families"));
    QCOMPARE(a.keyPointsCovered.size(), question.keyPoints.size());
    QVERIFY(!a.keyPointsCovered[0]);
    QVERIFY(a.keyPointsCovered[1]);
    QCOMPARE(a.rubric.size(), 4);
    QVERIFY(a.rubric.contains(std::pair<QString, int>(QStringLiteral("depth"), 5)));
    QVERIFY(a.rubric.contains(std::pair<QString, int>(QStringLiteral("trade_offs"), 2)));
}

void TestGuiGrade::strictMode_gradingHidesKeyPointsOutlineAndRetake_reportShowsKeyPoints()
{
    const Question &question = m_question;
    Database &db = *m_db;
    FakeClock &clock = *m_clock;
    QString error;
    // Strict mode: hints at the end of the loop; the plan itself allows retakes.
    LoopPlan plan = mockloop::test::oneQuestionPlan(question.id);
    applyStrictMode(plan);
    QCOMPARE(plan.hintsTiming, HintsTiming::EndOfLoop);
    QVERIFY(m_window->startSession(plan, &error));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("startRoundButton")), Qt::LeftButton);
    QTRY_COMPARE(m_window->controller()->state(), State::Answering);
    const QString term = question.keyPoints.first().terms.first();
    QTest::keyClicks(find<QPlainTextEdit>(QStringLiteral("answerEdit")),
                     QStringLiteral("I would start from %1.").arg(term));
    clock.advanceSeconds(30);
    m_window->tickNow();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("submitButton")), Qt::LeftButton);
    // Strict mode asks one follow-up (docs/presets.md); skipped here.
    QTRY_COMPARE(m_window->controller()->state(), State::FollowUpAnswering);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("skipFollowUpButton")), Qt::LeftButton);
    QTRY_COMPARE(m_window->controller()->state(), State::Grading);

    // Grading: the answer and the rubric, but no key point, outline or coach remark anywhere
    // on screen, and no retake.
    const QString outlineLine = question.outline.split(QLatin1Char('\n')).first().mid(2, 40);
    QCOMPARE(mockloop::test::visibleTextShowing(m_window.get(), outlineLine), QString());
    for (const KeyPoint &kp : question.keyPoints) {
        QCOMPARE(mockloop::test::visibleTextShowing(m_window.get(), kp.text), QString());
        for (const QListWidget *list : m_window->findChildren<QListWidget *>()) {
            for (int i = 0; i < list->count(); ++i)
                QVERIFY2(!list->isVisible() || list->item(i)->text() != kp.text, qPrintable(kp.text));
        }
    }
    QVERIFY(!find<QWidget>(QStringLiteral("keyPointsBox"))->isVisible());
    QVERIFY(!find<QTextBrowser>(QStringLiteral("coachHints"))->isVisible());
    QVERIFY(find<QTextBrowser>(QStringLiteral("hintsView"))
                ->toPlainText()
                .contains(QStringLiteral("end of the loop")));
    QVERIFY(find<QSpinBox>(QStringLiteral("rubric_correctness"))->isVisible());
    QVERIFY(!find<QPushButton>(QStringLiteral("retakeButton"))->isVisible());
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty()) {
        m_window->resize(1366, 870);
        QTest::qWait(50);
        m_window->grab().save(QStringLiteral("%1/grading-strict.png").arg(shots));
    }
    // Nor can a retake be asked for some other way: the engine refuses it.
    const int attempt = m_window->controller()->engine().currentAttempt();
    QVERIFY(!m_window->controller()->engine().checkRetake(attempt).accepted);

    find<QSpinBox>(QStringLiteral("scoreSpin"))->setValue(3);
    const qint64 sessionId = m_window->controller()->sessionId();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("saveGradeButton")), Qt::LeftButton);
    QTRY_COMPARE(m_window->controller()->state(), State::RoundReview);
    QVERIFY(!find<QPushButton>(QStringLiteral("reviewRetakeButton"))->isVisible());
    for (const KeyPoint &kp : question.keyPoints)
        QCOMPARE(mockloop::test::visibleTextShowing(m_window.get(), kp.text), QString());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("continueButton")), Qt::LeftButton);

    // The end of the loop: the report lists every key point, ticked as the coach found them.
    QTRY_VERIFY(!m_window->controller());
    const QString report = find<QTextBrowser>(QStringLiteral("reportView"))->toPlainText();
    for (const KeyPoint &kp : question.keyPoints)
        QVERIFY2(report.contains(kp.text), qPrintable(kp.text));
    QVERIFY(report.contains(QStringLiteral("as the coach found them")));
    const auto record = SessionStore(db).load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.size(), 1);
    QCOMPARE(record->attempts.first().score, std::optional<int>(3));
    QVERIFY(record->attempts.first().keyPointsCovered.isEmpty()); // no checklist was on screen
}

QTEST_MAIN(TestGuiGrade)
#include "test_gui_grade.moc"
