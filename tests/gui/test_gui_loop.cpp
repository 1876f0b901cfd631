// The desktop program driven like a person would: clicks, typing and shortcuts on the real
// pages, on the offscreen platform, with a fake clock (no sleeps: time moves when the test
// says). The end-to-end check reads the result back through the JSON export.
#include "bank/QuestionBank.h"
#include "coach/AnswerTemplate.h"
#include "coach/ClosingList.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "editor/AnswerEditor.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace mockloop;
using mockloop::desktop::AnswerEditor;
using mockloop::desktop::Confirmation;
using mockloop::desktop::DataActions;
using mockloop::desktop::MainWindow;
using mockloop::test::FakeClock;

namespace {

// Clicks a check box on its indicator (the middle of a stretched box may be empty space).
void toggle(QCheckBox *box)
{
    const bool before = box->isChecked();
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    QCOMPARE(box->isChecked(), !before);
}

struct RoundScript
{
    RoundKind kind;
    QString key;            // as exported
    QStringList typed;      // one text per editor section, in order (filled in as typed)
    qint64 answerAdvanceMs; // clock moved while answering (after the prep deadline)
    qint64 expectedPausedMs;
};

} // namespace

class TestGuiLoop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullLoop_fiveRoundKinds_exportHoldsTypedAnswersGradesAndExactTimes();
    void abandon_confirmNoKeepsRunning_confirmYesAbandonsAndShowsReport();
    void resume_afterWindowClosed_showsDraftPausedAndResumesWithoutPauseAllowed();
    void resume_whileAnotherWindowOwnsSession_showsLockError();
    void homeModels_passModelTester();
    void start_buildsOnlyHome_eachPageWhenFirstShownAndThenKeepsIt();

private:
    QString currentPage() const;
    void openWindow();
    void startPreset(const QString &presetId, bool pauseAllowed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLoop::initTestCase()
{
    // Nothing here may touch the real home directory.
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiLoop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>();
    openWindow();
}

void TestGuiLoop::cleanup()
{
    Confirmation::setHandler({});
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestGuiLoop::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1200, 800);
    m_window->show();
    // Shortcuts (Ctrl+Return, Ctrl+P) only reach the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QString TestGuiLoop::currentPage() const
{
    return mockloop::test::currentPageOf(m_window.get());
}

void TestGuiLoop::startPreset(const QString &presetId, bool pauseAllowed)
{
    FIND(QPushButton, startLoop, "startLoopButton");
    CLICK(startLoop);
    QCOMPARE(currentPage(), QStringLiteral("setupPage"));
    FIND(QComboBox, preset, "presetCombo");
    preset->setCurrentIndex(preset->findData(presetId));
    FIND(QCheckBox, pause, "pauseCheck");
    if (pause->isChecked() != pauseAllowed)
        toggle(pause);
    FIND(QPushButton, begin, "beginSessionButton");
    CLICK(begin);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    QVERIFY(m_window->controller());
    QCOMPARE(m_window->controller()->state(), State::RoundIntro);
}

void TestGuiLoop::fullLoop_fiveRoundKinds_exportHoldsTypedAnswersGradesAndExactTimes()
{
    // --- Setup: the full preset cut to one question a round, with short known limits.
    FIND(QPushButton, startLoop, "startLoopButton");
    CLICK(startLoop);
    QCOMPARE(currentPage(), QStringLiteral("setupPage"));
    FIND(QComboBox, preset, "presetCombo");
    preset->setCurrentIndex(preset->findData(QStringLiteral("full")));
    FIND(QTableWidget, rounds, "roundsTable");
    QCOMPARE(rounds->rowCount(), 5);
    for (int r = 0; r < 5; ++r) {
        auto *count = m_window->findChild<QSpinBox *>(QStringLiteral("roundCount_%1").arg(r));
        auto *prep = m_window->findChild<QSpinBox *>(QStringLiteral("roundPrep_%1").arg(r));
        auto *answer = m_window->findChild<QSpinBox *>(QStringLiteral("roundAnswer_%1").arg(r));
        QVERIFY(count && prep && answer);
        count->setValue(1);
        prep->setValue(10);
        answer->setValue(60);
    }
    // Editing a preset makes it the person's own plan.
    QCOMPARE(preset->currentData().toString(), QString());
    FIND(QComboBox, expiry, "expiryCombo");
    expiry->setCurrentIndex(expiry->findData(int(ExpiryPolicy::Soft)));
    FIND(QComboBox, grading, "gradingCombo");
    grading->setCurrentIndex(grading->findData(int(GradingTiming::AfterEachQuestion)));
    FIND(QCheckBox, pause, "pauseCheck");
    if (!pause->isChecked())
        toggle(pause);
    FIND(QCheckBox, closing, "closingCheck");
    if (!closing->isChecked())
        toggle(closing);
    // The full preset asks a follow-up after each answer; they have their own test
    // (test_gui_followups), this loop asks none.
    FIND(QComboBox, followUps, "followUpsCombo");
    followUps->setCurrentIndex(followUps->findData(0));
    FIND(QPushButton, begin, "beginSessionButton");
    CLICK(begin);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    SessionController *controller = m_window->controller();
    QVERIFY(controller);
    const qint64 sessionId = controller->sessionId();

    FIND(QLabel, roundPosition, "roundPositionLabel");
    FIND(QLabel, questionPosition, "questionPositionLabel");
    FIND(QLabel, roundName, "roundNameLabel");
    FIND(QLabel, countdown, "countdownLabel");
    FIND(QLabel, pausedLabel, "pausedLabel");
    FIND(QLabel, message, "interviewMessage");
    FIND(QPushButton, startRound, "startRoundButton");
    FIND(QPushButton, beginAnswer, "beginAnswerButton");
    FIND(QPushButton, submit, "submitButton");
    FIND(QPushButton, pauseButton, "pauseButton");
    FIND(QPlainTextEdit, gradeAnswerView, "gradeAnswerView");
    FIND(QTextBrowser, hints, "hintsView");
    FIND(QSpinBox, score, "scoreSpin");
    FIND(QPlainTextEdit, gradeNote, "gradeNote");
    FIND(QPushButton, saveGrade, "saveGradeButton");
    FIND(QTableWidget, review, "reviewTable");
    FIND(QPushButton, continueButton, "continueButton");

    QList<RoundScript> script = {
        {RoundKind::Technical, QStringLiteral("technical"), {}, 20'000, 0},
        {RoundKind::SystemDesign, QStringLiteral("system_design"), {}, 15'000, 30'000},
        {RoundKind::Behavioral, QStringLiteral("behavioral"), {}, 70'000, 0},
        {RoundKind::CulturalFit, QStringLiteral("cultural_fit"), {}, 5'000, 0},
        {RoundKind::Project, QStringLiteral("project"), {}, 42'000, 0},
    };
    const qint64 prepOvershootMs = 500; // the tick comes late; the overshoot is answer time

    for (int r = 0; r < script.size(); ++r) {
        RoundScript &s = script[r];
        QCOMPARE(controller->state(), State::RoundIntro);
        QCOMPARE(roundPosition->text(), QStringLiteral("Round %1 of 5").arg(r + 1));
        QCOMPARE(roundName->text(), displayName(s.kind));
        CLICK(startRound);

        // Prep: the countdown shows the prep limit; its expiry (from the clock) starts answering.
        QCOMPARE(controller->state(), State::Prep);
        QCOMPARE(questionPosition->text(), QStringLiteral("Question 1 of 1"));
        QCOMPARE(countdown->text(), QStringLiteral("00:10"));
        QVERIFY(beginAnswer->isVisible());
        QVERIFY(!submit->isEnabled());
        m_clock->advanceMs(10'000 + prepOvershootMs);
        m_window->tickNow();
        QCOMPARE(controller->state(), State::Answering);
        QVERIFY(!beginAnswer->isVisible());
        QCOMPARE(countdown->text(), QStringLiteral("01:00")); // 59.5 s left, rounded up

        // The editor has the question's sections (docs/editors.md); type into each one.
        const int attempt = controller->engine().currentAttempt();
        const QList<AnswerSection> sections = answerSectionsFor(controller->question(attempt), {});
        QCOMPARE(sections.size(),
                 answerSections(answerFormFor(controller->question(attempt))).size());
        QList<QPlainTextEdit *> edits;
        for (const AnswerSection &section : sections) {
            auto *edit = m_window->findChild<QPlainTextEdit *>(
                AnswerEditor::editObjectName(section.name));
            QVERIFY2(edit && edit->isVisible(), qPrintable(section.name));
            edits.append(edit);
            s.typed.append(s.key + QLatin1Char(' ') + section.name);
            QTest::keyClicks(edit, s.typed.last());
        }
        QPlainTextEdit *answerEdit = edits.first();
        QPlainTextEdit *lastEdit = edits.last();
        QCOMPARE(m_window->saveStateText(), QStringLiteral("Unsaved changes"));

        if (r == 1) {
            // Pause with the button: the clock stops, the editor locks, the overlay shows.
            QCOMPARE(pauseButton->text(), QStringLiteral("Pause"));
            CLICK(pauseButton);
            QCOMPARE(controller->state(), State::Paused);
            QVERIFY(pausedLabel->isVisible());
            QVERIFY(answerEdit->isReadOnly());
            QCOMPARE(pauseButton->text(), QStringLiteral("Resume"));
            const QString frozen = countdown->text();
            m_clock->advanceSeconds(30);
            m_window->tickNow();
            QCOMPARE(countdown->text(), frozen);
            // A refused event is shown, not swallowed.
            QTest::keyClick(answerEdit, Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(controller->state(), State::Paused);
            QVERIFY(message->isVisible());
            QVERIFY(!message->text().isEmpty());
            CLICK(pauseButton);
            QCOMPARE(controller->state(), State::Answering);
            QVERIFY(!pausedLabel->isVisible());
            QVERIFY(!answerEdit->isReadOnly());
            QVERIFY(!message->isVisible());
        }

        if (r == 3) {
            // Ctrl+P pauses and resumes from inside the editor; no clock movement, no pause time.
            QTest::keyClick(lastEdit, Qt::Key_P, Qt::ControlModifier);
            QCOMPARE(controller->state(), State::Paused);
            QTest::keyClick(lastEdit, Qt::Key_P, Qt::ControlModifier);
            QCOMPARE(controller->state(), State::Answering);
        }

        m_clock->advanceMs(s.answerAdvanceMs);
        m_window->tickNow();
        if (r == 2) {
            // Soft expiry: answering goes on, the countdown shows the overtime.
            QCOMPARE(controller->state(), State::Answering);
            QCOMPARE(countdown->text(), QStringLiteral("+0:10 overtime"));
        }

        if (r == 3)
            QTest::keyClick(lastEdit, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Return
        else
            CLICK(submit);

        // Grading: the answer as given beside the model answer; score and note.
        QCOMPARE(controller->state(), State::Grading);
        QCOMPARE(m_window->saveStateText(), QStringLiteral("Saved"));
        for (const QString &typed : s.typed)
            QVERIFY2(gradeAnswerView->toPlainText().contains(typed), qPrintable(typed));
        QVERIFY(gradeAnswerView->isReadOnly());
        QVERIFY(!hints->toPlainText().trimmed().isEmpty());
        if (r == 0) {
            // No score chosen yet: saving is refused with the reason shown.
            QCOMPARE(score->value(), 0);
            CLICK(saveGrade);
            QCOMPARE(controller->state(), State::Grading);
            QVERIFY(message->isVisible());
        }
        score->setValue(r + 1);
        QTest::keyClicks(gradeNote, QStringLiteral("note for round %1").arg(r + 1));
        if (r == 3)
            QTest::keyClick(gradeNote, Qt::Key_Return, Qt::ControlModifier);
        else
            CLICK(saveGrade);

        // Round review: the round's attempt with its score.
        QCOMPARE(controller->state(), State::RoundReview);
        QCOMPARE(review->rowCount(), 1);
        QCOMPARE(review->item(0, 4)->text(), QStringLiteral("%1 / 5").arg(r + 1));
        CLICK(continueButton);
    }

    // --- Closing: suggestions and the person's own questions.
    QCOMPARE(controller->state(), State::Closing);
    FIND(QListWidget, suggestions, "closingSuggestions");
    QVERIFY(suggestions->count() > 0);
    // One of my own with a note, one from the suggestions (Enter adds it).
    FIND(QPushButton, addClosing, "addClosingButton");
    CLICK(addClosing);
    FIND(QLineEdit, closingQuestion, "closingQuestionEdit");
    QCOMPARE(QApplication::focusWidget(), closingQuestion);
    const QString question = QStringLiteral("What does on-call look like for this team?");
    QTest::keyClicks(closingQuestion, question);
    QTest::keyClick(closingQuestion, Qt::Key_Return);
    FIND(QPlainTextEdit, closingNote, "closingNoteEdit");
    QCOMPARE(QApplication::focusWidget(), closingNote);
    QTest::keyClicks(closingNote, QStringLiteral("listen for the rotation size"));
    suggestions->setFocus();
    suggestions->setCurrentRow(0);
    QTest::keyClick(suggestions, Qt::Key_Return);
    FIND(QListWidget, closingList, "closingList");
    QCOMPARE(closingList->count(), 2);
    const QString suggestion = suggestions->item(0)->data(Qt::UserRole).toString();
    const QString notes = closingListText(
        {{question, QStringLiteral("listen for the rotation size")},
         {suggestion, suggestions->item(0)->data(Qt::UserRole + 1).toString()}});
    QCOMPARE(controller->closingNotes(), notes);
    FIND(QPushButton, finish, "finishButton");
    CLICK(finish);

    // Finished: the report of this session, and the controller is gone.
    QTRY_COMPARE(currentPage(), QStringLiteral("reportPage"));
    QVERIFY(!m_window->controller());
    FIND(QTextBrowser, report, "reportView");
    QVERIFY(report->toPlainText().contains(script.first().typed.first()));
    QVERIFY(report->toPlainText().contains(question));

    // --- The export holds exactly what was typed, graded and timed.
    const QString exportPath = m_dir->filePath(QStringLiteral("export.json"));
    QString error;
    QVERIFY2(m_window->dataActions()->exportTo(exportPath, DataActions::Format::Json, &error),
             qPrintable(error));
    QFile file(exportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    // The export's time is the injected clock's (a day in January 2026 plus the loop's minutes),
    // not the wall clock's.
    QCOMPARE(doc.object().value(QStringLiteral("exportedAt")).toString(),
             m_clock->wallTime().toUTC().toString(Qt::ISODateWithMs));
    QVERIFY(m_clock->wallTime().date() < QDate(2026, 2, 1));
    const QJsonArray sessions = doc.object().value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject session = sessions.first().toObject();
    QCOMPARE(session.value(QStringLiteral("id")).toInteger(), sessionId);
    QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(session.value(QStringLiteral("closingNotes")).toString(), notes);
    const QJsonArray exportedRounds = session.value(QStringLiteral("rounds")).toArray();
    QCOMPARE(exportedRounds.size(), script.size());
    for (int r = 0; r < script.size(); ++r) {
        const RoundScript &s = script[r];
        const QJsonObject round = exportedRounds.at(r).toObject();
        QCOMPARE(round.value(QStringLiteral("kind")).toString(), s.key);
        const QJsonArray attempts = round.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        const QJsonObject attempt = attempts.first().toObject();
        QCOMPARE(attempt.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));

        const QJsonArray fields = attempt.value(QStringLiteral("answer")).toArray();
        QCOMPARE(fields.size(), s.typed.size());
        for (int f = 0; f < s.typed.size(); ++f) {
            const QJsonObject field = fields.at(f).toObject();
            QCOMPARE(field.value(QStringLiteral("name")).toString(),
                     s.typed[f].section(QLatin1Char(' '), 1));
            QCOMPARE(field.value(QStringLiteral("value")).toString(), s.typed[f]);
        }

        const QJsonObject grade = attempt.value(QStringLiteral("grade")).toObject();
        QCOMPARE(grade.value(QStringLiteral("score")).toInt(), r + 1);
        QCOMPARE(grade.value(QStringLiteral("note")).toString(),
                 QStringLiteral("note for round %1").arg(r + 1));

        const QJsonObject t = attempt.value(QStringLiteral("timings")).toObject();
        const qint64 answerUsed = prepOvershootMs + s.answerAdvanceMs;
        QCOMPARE(t.value(QStringLiteral("prepLimitMs")).toInteger(), 10'000);
        QCOMPARE(t.value(QStringLiteral("answerLimitMs")).toInteger(), 60'000);
        QCOMPARE(t.value(QStringLiteral("prepUsedMs")).toInteger(), 10'000);
        QCOMPARE(t.value(QStringLiteral("answerUsedMs")).toInteger(), answerUsed);
        QCOMPARE(t.value(QStringLiteral("pausedMs")).toInteger(), s.expectedPausedMs);
        QCOMPARE(t.value(QStringLiteral("interruptedMs")).toInteger(), 0);
        QCOMPARE(t.value(QStringLiteral("overtimeMs")).toInteger(),
                 std::max<qint64>(0, answerUsed - 60'000));
        QCOMPARE(t.value(QStringLiteral("lockedByExpiry")).toBool(), false);
        QCOMPARE(round.value(QStringLiteral("usedMs")).toInteger(), 10'000 + answerUsed);
    }
    // The overtime round really ran over.
    QVERIFY(exportedRounds.at(2)
                .toObject()
                .value(QStringLiteral("attempts"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("timings"))
                .toObject()
                .value(QStringLiteral("overtimeMs"))
                .toInteger()
            > 0);

    // Back home, the session is listed as finished.
    FIND(QPushButton, home, "homeButton");
    CLICK(home);
    QCOMPARE(currentPage(), QStringLiteral("homePage"));
    FIND(QTableView, recent, "recentView");
    QCOMPARE(recent->model()->rowCount(), 1);
}

void TestGuiLoop::abandon_confirmNoKeepsRunning_confirmYesAbandonsAndShowsReport()
{
    startPreset(QStringLiteral("quick"), true);
    SessionController *controller = m_window->controller();
    const qint64 sessionId = controller->sessionId();
    FIND(QPushButton, startRound, "startRoundButton");
    CLICK(startRound);
    QCOMPARE(controller->state(), State::Prep);

    int asked = 0;
    Confirmation::setHandler([&asked](const QString &, const QString &) {
        ++asked;
        return false;
    });
    FIND(QPushButton, abandon, "abandonButton");
    CLICK(abandon);
    QCOMPARE(asked, 1);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    QCOMPARE(m_window->controller(), controller);
    QCOMPARE(controller->state(), State::Prep);

    Confirmation::setHandler([&asked](const QString &, const QString &) {
        ++asked;
        return true;
    });
    CLICK(abandon);
    QCOMPARE(asked, 2);
    QTRY_COMPARE(currentPage(), QStringLiteral("reportPage"));
    QVERIFY(!m_window->controller());

    QString error;
    const auto record = SessionStore(*m_db).load(sessionId, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->status, QStringLiteral("abandoned"));
    QVERIFY(record->endedAt.isValid());
    FIND(QTextBrowser, report, "reportView");
    QVERIFY(report->toPlainText().contains(QStringLiteral("abandoned")));
}

void TestGuiLoop::resume_afterWindowClosed_showsDraftPausedAndResumesWithoutPauseAllowed()
{
    startPreset(QStringLiteral("quick"), false);
    SessionController *controller = m_window->controller();
    const qint64 sessionId = controller->sessionId();
    FIND(QPushButton, startRound, "startRoundButton");
    CLICK(startRound);
    QCOMPARE(controller->state(), State::Prep);
    {
        FIND(QPushButton, pauseButton, "pauseButton");
        QVERIFY(!pauseButton->isVisible()); // the plan does not allow pausing
    }
    m_clock->advanceMs(3'000);
    m_window->tickNow();
    QCOMPARE(controller->state(), State::Prep); // the quick preset prepares for 30 s
    {
        FIND(QPlainTextEdit, answerEdit, "answerEdit");
        QTest::keyClicks(answerEdit, QStringLiteral("draft survives"));
    }

    // The window goes away (the program ends) while preparing; a minute passes.
    m_window.reset();
    m_clock->advanceWallOnlyMs(60'000);
    openWindow();
    QCOMPARE(currentPage(), QStringLiteral("homePage"));
    FIND(QTableView, unfinished, "unfinishedView");
    QCOMPARE(unfinished->model()->rowCount(), 1);
    FIND(QPushButton, resume, "resumeButton");
    CLICK(resume);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    controller = m_window->controller();
    QVERIFY(controller);
    QCOMPARE(controller->sessionId(), sessionId);

    // Reopened Paused at the same question, with the draft, the same time left, and Resume
    // available although the plan does not allow pausing.
    QCOMPARE(controller->state(), State::Paused);
    FIND(QLabel, pausedLabel, "pausedLabel");
    QVERIFY(pausedLabel->isVisible());
    FIND(QPlainTextEdit, answerEdit, "answerEdit");
    QCOMPARE(answerEdit->toPlainText(), QStringLiteral("draft survives"));
    QVERIFY(answerEdit->isReadOnly());
    FIND(QLabel, countdown, "countdownLabel");
    QCOMPARE(countdown->text(), QStringLiteral("00:27"));
    FIND(QPushButton, pauseButton, "pauseButton");
    QVERIFY(pauseButton->isVisible());
    QCOMPARE(pauseButton->text(), QStringLiteral("Resume"));
    CLICK(pauseButton);
    QCOMPARE(controller->state(), State::Prep);
    QVERIFY(!pauseButton->isVisible());
    QVERIFY(!answerEdit->isReadOnly());
    const AttemptTimes times = controller->engine().attemptTimes(
        controller->engine().currentAttempt());
    QCOMPARE(times.prepUsedMs, 3'000);
    QCOMPARE(times.interruptedMs, 60'000);
}

void TestGuiLoop::resume_whileAnotherWindowOwnsSession_showsLockError()
{
    startPreset(QStringLiteral("quick"), true);
    const qint64 sessionId = m_window->controller()->sessionId();

    // A second window on the same data (as a second program would be) may not take it over.
    MainWindow second(*m_db, m_clock.get());
    second.show();
    auto *resume = second.findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QVERIFY(resume);
    QVERIFY(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!second.controller());
    auto *homeMessage = second.findChild<QLabel *>(QStringLiteral("homeMessage"));
    QVERIFY(homeMessage);
    QVERIFY(homeMessage->isVisible());
    QVERIFY2(homeMessage->text().contains(QString::number(sessionId)),
             qPrintable(homeMessage->text()));
    // It names the program that owns the session (here this test's process) and its process.
    const QString owner = QStringLiteral("open in another MockLoop program: %1 (process %2)")
                              .arg(QFileInfo(QCoreApplication::applicationFilePath())
                                       .fileName()
                                       .left(15), // the kernel's process name is 15 bytes
                                   QString::number(QCoreApplication::applicationPid()));
    QVERIFY2(homeMessage->text().contains(owner), qPrintable(homeMessage->text()));
    QVERIFY(m_window->controller());

    // The refused window still browses: its History lists the running session.
    auto *history = second.findChild<QPushButton *>(QStringLiteral("historyButton"));
    QVERIFY(history);
    QTest::mouseClick(history, Qt::LeftButton);
    QCOMPARE(mockloop::test::currentPageOf(&second), QStringLiteral("historyPage"));
    auto *count = second.findChild<QLabel *>(QStringLiteral("historyCount"));
    QVERIFY(count);
    QVERIFY2(count->text().contains(QLatin1Char('1')), qPrintable(count->text()));
}

void TestGuiLoop::homeModels_passModelTester()
{
    startPreset(QStringLiteral("quick"), true);
    Confirmation::setHandler([](const QString &, const QString &) { return true; });
    FIND(QPushButton, abandon, "abandonButton");
    CLICK(abandon);
    QTRY_COMPARE(currentPage(), QStringLiteral("reportPage"));
    FIND(QPushButton, home, "homeButton");
    CLICK(home);
    FIND(QAbstractItemModel, recent, "recentModel");
    FIND(QAbstractItemModel, unfinished, "unfinishedModel");
    QAbstractItemModelTester recentTester(recent,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester unfinishedTester(unfinished,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(recent->rowCount(), 1);
    QCOMPARE(unfinished->rowCount(), 0);
    QCOMPARE(recent->index(0, 2).data().toString(), QStringLiteral("abandoned"));
    QCOMPARE(recent->index(0, 3).data().toString(), QStringLiteral("0 / 3"));
}

QTEST_MAIN(TestGuiLoop)
void TestGuiLoop::start_buildsOnlyHome_eachPageWhenFirstShownAndThenKeepsIt()
{
    // Start-up builds Home alone (docs/benchmarks.md, bench_window); the rest waits.
    auto *stack = qobject_cast<QStackedWidget *>(m_window->centralWidget());
    QVERIFY(stack);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(currentPage(), QStringLiteral("homePage"));

    // Settings applied before Setup exists reach it when it is built.
    AppSettings settings = m_window->settings();
    settings.defaultPrepSeconds = 45;
    settings.defaultAnswerSeconds = 150;
    m_window->applySettings(settings);

    // Every page a person can reach from Home, by its button; each is built once and kept.
    const std::pair<const char *, const char *> pages[] = {{"startLoopButton", "setupPage"},
                                                           {"libraryButton", "libraryPage"},
                                                           {"historyButton", "historyPage"},
                                                           {"progressButton", "progressPage"},
                                                           {"storiesButton", "storiesPage"}};
    QHash<QString, QWidget *> built;
    for (int visit = 0; visit < 2; ++visit) {
        for (const auto &[button, page] : pages) {
            m_window->showHome();
            auto *b = m_window->findChild<QPushButton *>(QLatin1String(button));
            QVERIFY2(b, button);
            CLICK(b);
            QCOMPARE(currentPage(), QLatin1String(page));
            QWidget *shown = stack->currentWidget();
            if (visit == 0)
                built.insert(QLatin1String(page), shown);
            else
                QCOMPARE(shown, built.value(QLatin1String(page)));
        }
    }
    QCOMPARE(stack->count(), 1 + int(std::size(pages)));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("interviewPage")));

    // Setup's new plan uses the settings given before it existed.
    m_window->showSetup();
    FIND(QPushButton, newPlan, "newPlanButton");
    CLICK(newPlan);
    FIND(QSpinBox, prep, "defaultPrepSpin");
    FIND(QSpinBox, answer, "defaultAnswerSpin");
    QCOMPARE(prep->value(), 45);
    QCOMPARE(answer->value(), 150);

    // The interview page arrives with the first session.
    FIND(QPushButton, start, "beginSessionButton");
    CLICK(start);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    QCOMPARE(stack->count(), 2 + int(std::size(pages)));
}

#include "test_gui_loop.moc"
