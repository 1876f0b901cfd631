// Own presets in Setup and the "answer aloud" flag, clicked and typed as a person would on the
// offscreen platform; what is saved is read back from the real database.
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "setup/NameQuestion.h"
#include "setup/SetupPage.h"
#include "storage/Database.h"
#include "storage/PresetStore.h"
#include "storage/SessionStore.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "TestDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace mockloop;
using mockloop::desktop::Confirmation;
using mockloop::desktop::MainWindow;
using mockloop::desktop::NameQuestion;
using mockloop::desktop::SetupPage;
using mockloop::test::FakeClock;

class TestGuiPresets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void saveRenameDelete_ownPreset_builtinsReadOnly();
    void answerAloud_notesPad_gradeRecordsSpoken_reportSaysSo();
    void strictModeButton_setsTheFlags_andThePauseKeyIsRefused();
    void presetAfterPreset_setsTheQuestionSource_andTheNameCountsTheRounds();

private:
    void openSetup();
    QString currentPage() const { return mockloop::test::currentPageOf(m_window.get()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_answers; // what the name dialog "types", in order
};

void TestGuiPresets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(mockloop::test::openBankDatabase(*m_dir, *m_db));
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_answers.clear();
    NameQuestion::setHandler(
        [this](const QString &, const QString &, const QString &) -> std::optional<QString> {
            if (m_answers.isEmpty())
                return std::nullopt;
            return m_answers.takeFirst();
        });
}

void TestGuiPresets::cleanup()
{
    NameQuestion::setHandler({});
    Confirmation::setHandler({});
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestGuiPresets::openSetup()
{
    FIND(QPushButton, startLoop, "startLoopButton");
    CLICK(startLoop);
    QCOMPARE(currentPage(), QStringLiteral("setupPage"));
}

void TestGuiPresets::saveRenameDelete_ownPreset_builtinsReadOnly()
{
    openSetup();
    FIND(QComboBox, preset, "presetCombo");
    FIND(QPushButton, save, "savePresetButton");
    FIND(QPushButton, rename, "renamePresetButton");
    FIND(QPushButton, remove, "deletePresetButton");
    FIND(QLabel, message, "setupMessage");
    const int builtinCount = int(builtinPresets().size());
    QCOMPARE(preset->count(), builtinCount + 1); // + Custom
    preset->setCurrentIndex(preset->findData(QStringLiteral("one_way")));
    QVERIFY(!rename->isEnabled());
    QVERIFY(!remove->isEnabled());

    // Change the one-way plan (answers of 90 s) and save it as "Quick drill".
    FIND(QSpinBox, answer, "defaultAnswerSpin");
    answer->setValue(90);
    QCOMPARE(preset->currentData().toString(), QString());
    m_answers = {QStringLiteral("Quick drill")};
    CLICK(save);
    QVERIFY2(message->isHidden(), qPrintable(message->text()));
    QCOMPARE(preset->count(), builtinCount + 2);
    QCOMPARE(preset->currentText(), QStringLiteral("Quick drill (mine)"));
    QVERIFY(rename->isEnabled() && remove->isEnabled());
    auto stored = PresetStore(*m_db).list();
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->first().plan.answerSeconds, std::optional<int>(90));
    QCOMPARE(stored->first().plan.pauseAllowed, false);
    QCOMPARE(stored->first().createdAt, m_clock->wallTime());

    // A name that is taken, or a built-in's, is refused with a message; nothing changes.
    m_answers = {QStringLiteral("quick DRILL")};
    CLICK(save);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("exists already")));
    QCOMPARE(PresetStore(*m_db).list()->size(), 1);

    // Away and back: choosing the own preset fills the form with its plan.
    preset->setCurrentIndex(preset->findData(QStringLiteral("quick")));
    QVERIFY(answer->value() != 90);
    preset->setCurrentIndex(preset->findText(QStringLiteral("Quick drill (mine)")));
    QCOMPARE(answer->value(), 90);

    // Rename, then delete (after a "no" that keeps it).
    m_answers = {QStringLiteral("Morning drill")};
    CLICK(rename);
    QCOMPARE(preset->currentText(), QStringLiteral("Morning drill (mine)"));
    QCOMPARE(PresetStore(*m_db).list()->first().name, QStringLiteral("Morning drill"));
    Confirmation::setHandler([](const QString &, const QString &) { return false; });
    CLICK(remove);
    QCOMPARE(PresetStore(*m_db).list()->size(), 1);
    Confirmation::setHandler([](const QString &, const QString &) { return true; });
    CLICK(remove);
    QCOMPARE(PresetStore(*m_db).list()->size(), 0);
    QCOMPARE(preset->count(), builtinCount + 1);
    QCOMPARE(preset->currentData().toString(), QString()); // the form stays, as Custom
    QCOMPARE(answer->value(), 90);
}

void TestGuiPresets::answerAloud_notesPad_gradeRecordsSpoken_reportSaysSo()
{
    openSetup();
    FIND(QComboBox, preset, "presetCombo");
    preset->setCurrentIndex(preset->findData(QStringLiteral("behavioral")));
    FIND(QSpinBox, count, "roundCount_0");
    count->setValue(1);
    FIND(QCheckBox, aloud, "answerAloudCheck");
    QVERIFY(!aloud->isChecked());
    QTest::mouseClick(aloud, Qt::LeftButton, {}, QPoint(6, aloud->height() / 2));
    QVERIFY(aloud->isChecked());
    FIND(QCheckBox, closing, "closingCheck");
    if (closing->isChecked())
        QTest::mouseClick(closing, Qt::LeftButton, {}, QPoint(6, closing->height() / 2));
    // The behavioral preset asks a follow-up; they have their own test (test_gui_followups).
    FIND(QComboBox, followUps, "followUpsCombo");
    followUps->setCurrentIndex(followUps->findData(0));
    FIND(QPushButton, begin, "beginSessionButton");
    CLICK(begin);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    SessionController *session = m_window->controller();
    QVERIFY(session && session->plan().answerAloud);
    const qint64 id = session->sessionId();

    FIND(QPushButton, startRound, "startRoundButton");
    CLICK(startRound);
    FIND(QPushButton, beginAnswer, "beginAnswerButton");
    CLICK(beginAnswer);
    FIND(QPlainTextEdit, situation, "starSituation");
    QVERIFY(situation->placeholderText().contains(QStringLiteral("Answer aloud")));
    FIND(QLabel, state, "stateLabel");
    QCOMPARE(state->text(), QStringLiteral("Answering aloud"));
    QTest::keyClicks(situation, QStringLiteral("team offsite"));
    m_clock->advanceSeconds(95);
    m_window->tickNow();
    FIND(QPushButton, submit, "submitButton");
    CLICK(submit);
    QCOMPARE(session->state(), State::Grading);
    FIND(QSpinBox, score, "scoreSpin");
    score->setValue(4);
    // Save the grade, then on through the round review to the report.
    for (int step = 0; step < 4 && currentPage() == QStringLiteral("interviewPage"); ++step) {
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(currentPage(), QStringLiteral("reportPage"));

    QString error;
    const auto record = SessionStore(*m_db).load(id, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->attempts.size(), 1);
    QVERIFY(record->attempts.first().answeredAloud);
    QCOMPARE(record->attempts.first().score, std::optional<int>(4));
    QCOMPARE(record->attempts.first().times.answerUsedMs, 95'000);
    QCOMPARE(record->attempts.first().answer.first().value, QStringLiteral("team offsite"));
    bool said = false;
    for (auto *view : m_window->findChildren<QTextBrowser *>())
        said = said || view->toPlainText().contains(QStringLiteral("spoken aloud"));
    QVERIFY(said);
}

void TestGuiPresets::strictModeButton_setsTheFlags_andThePauseKeyIsRefused()
{
    openSetup();
    FIND(QComboBox, preset, "presetCombo");
    preset->setCurrentIndex(preset->findData(QStringLiteral("quick")));
    FIND(QCheckBox, pause, "pauseCheck");
    FIND(QComboBox, expiry, "expiryCombo");
    FIND(QComboBox, hints, "hintsCombo");
    QVERIFY(pause->isChecked());
    FIND(QPushButton, strict, "strictModeButton");
    CLICK(strict);
    QVERIFY(!pause->isChecked());
    QCOMPARE(expiry->currentData().toInt(), int(ExpiryPolicy::Hard));
    QCOMPARE(hints->currentData().toInt(), int(HintsTiming::EndOfLoop));
    QCOMPARE(preset->currentData().toString(), QString()); // now the person's own plan
    FIND(QPushButton, begin, "beginSessionButton");
    CLICK(begin);
    SessionController *session = m_window->controller();
    QVERIFY(session);
    QVERIFY(!session->plan().pauseAllowed);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier); // intro → prep
    QCOMPARE(session->state(), State::Prep);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(session->state(), State::Prep); // refused, with the engine's reason on screen
    FIND(QLabel, message, "interviewMessage");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());

    // Practice mode gives the flags back.
    Confirmation::setHandler([](const QString &, const QString &) { return true; });
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_window->controller());
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(currentPage(), QStringLiteral("setupPage"));
    FIND(QPushButton, practice, "practiceModeButton");
    CLICK(practice);
    QVERIFY(pause->isChecked());
    QCOMPARE(expiry->currentData().toInt(), int(ExpiryPolicy::Soft));
    QCOMPARE(hints->currentData().toInt(), int(HintsTiming::AfterEachAnswer));
}

void TestGuiPresets::presetAfterPreset_setsTheQuestionSource_andTheNameCountsTheRounds()
{
    openSetup();
    FIND(QComboBox, preset, "presetCombo");
    FIND(QComboBox, source, "setupSource");
    FIND(SetupPage, setup, "setupPage");

    // The intern loop draws from the intern track; its name counts the rounds its plan has
    // (4, as the strip shows them; the closing segment is its own chip, not a round).
    preset->setCurrentIndex(preset->findData(QStringLiteral("intern")));
    QCOMPARE(source->currentData().toString(), QStringLiteral("track:intern"));
    const int internRounds = int(setup->plan().rounds.size());
    QCOMPARE(internRounds, 4);
    QVERIFY2(preset->currentText().contains(QStringLiteral("(%1 rounds").arg(internRounds)),
             qPrintable(preset->currentText()));

    // The system design deep dive has no track: choosing it after the intern loop draws from
    // every question again, and that is what the session stores and runs.
    preset->setCurrentIndex(preset->findData(QStringLiteral("system_design")));
    QCOMPARE(source->currentData().toString(), QString());
    FIND(QPushButton, begin, "beginSessionButton");
    CLICK(begin);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    SessionController *session = m_window->controller();
    QVERIFY(session);
    QString error;
    const auto record = SessionStore(*m_db).load(session->sessionId(), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->plan.id, QStringLiteral("system_design"));
    QCOMPARE(record->plan.track, QString());
    QVERIFY(record->plan.packs.isEmpty());
    QVERIFY2(!record->plan.name.contains(QStringLiteral("Intern")), qPrintable(record->plan.name));
    QCOMPARE(record->plan.rounds, builtinPreset(QStringLiteral("system_design"))->rounds);
}

QTEST_MAIN(TestGuiPresets)
#include "test_gui_presets.moc"
