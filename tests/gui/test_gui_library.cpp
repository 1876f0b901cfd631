// The question library and Setup's question source, driven like a person would on the real
// pages (offscreen, fake clock). Every expectation comes from QuestionBank itself: the packs
// change, so no test here names a question id or a count.
#include "bank/QuestionBank.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "library/QuestionHtml.h"
#include "library/QuestionTableModel.h"
#include "setup/SetupPage.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "window/MainWindow.h"
#include "window/StatusNotice.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "LibraryTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextList>

#include <limits>
#include <memory>

using namespace mockloop;
using mockloop::desktop::Confirmation;
using mockloop::desktop::MainWindow;
using mockloop::desktop::QuestionTableModel;
using mockloop::desktop::SetupPage;
using mockloop::test::FakeClock;

namespace {

QStringList idsOf(const QList<std::pair<Question, bool>> &found)
{
    QStringList ids;
    for (const auto &[q, hidden] : found)
        ids.append(q.id);
    return ids;
}

// The filter the library starts with: everything except hidden questions.
QuestionFilter visible()
{
    QuestionFilter f;
    f.includeHidden = false;
    return f;
}

// Clicks the check box on its indicator (the middle of a stretched box may be empty space).
void toggle(QCheckBox *box)
{
    const bool before = box->isChecked();
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    QCOMPARE(box->isChecked(), !before);
}

} // namespace

class TestGuiLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void open_fromHomeButtonAndShortcut_listsTheWholeBank();
    void filters_kindDifficultyTagTrackText_showWhatQuestionBankFinds();
    void detail_selectedQuestion_showsGuidanceKeyPointsOutlineAndFollowUps();
    void hide_selectedQuestion_isStoredAndListedOnlyWithShowHidden();
    void practisePicked_twoKinds_setupShowsChosenRoundsAndSessionAsksExactlyThem();
    void setupSource_trackOrPack_drawsOnlyFromIt();
    void questionModel_passesModelTesterThroughFilterAndHide();
    void markdownOutline_listsAndMarkup_renderEscaped();

private:
    QString currentPage() const;
    void openLibrary();
    QStringList tableIds() const;
    QuestionBank bank() const { return QuestionBank(*m_db); }
    // Selects the row showing a question by clicking it; fails when it is not listed.
    bool clickQuestion(const QString &id);
    // Chooses the combo entry whose data is value, as picking it from the list would.
    static bool choose(QComboBox *combo, const QVariant &value);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLibrary::initTestCase()
{
    // Nothing here may touch the real home directory.
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    QVERIFY2(!QuestionBank(*m_db).find({}).isEmpty(), "the built-in packs hold no questions");
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1200, 800);
    m_window->show();
    // Shortcuts (Ctrl+L) only reach the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiLibrary::cleanup()
{
    Confirmation::setHandler({});
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

QString TestGuiLibrary::currentPage() const
{
    return mockloop::test::currentPageOf(m_window.get());
}

void TestGuiLibrary::openLibrary()
{
    FIND(QPushButton, libraryButton, "libraryButton");
    CLICK(libraryButton);
    QCOMPARE(currentPage(), QStringLiteral("libraryPage"));
}

QStringList TestGuiLibrary::tableIds() const
{
    return mockloop::test::libraryTableIds(m_window.get());
}

bool TestGuiLibrary::clickQuestion(const QString &id)
{
    return mockloop::test::clickLibraryQuestion(m_window.get(), id);
}

bool TestGuiLibrary::choose(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

void TestGuiLibrary::open_fromHomeButtonAndShortcut_listsTheWholeBank()
{
    QCOMPARE(currentPage(), QStringLiteral("homePage"));
    openLibrary();
    const int all = int(bank().find({}).size());
    FIND(QTableView, table, "libraryTable");
    QCOMPARE(table->model()->rowCount(), all);
    QCOMPARE(tableIds(), idsOf(bank().find({})));
    FIND(QLabel, count, "libraryCount");
    QCOMPARE(count->text(), QStringLiteral("%1 questions").arg(all));
    // The keyboard lands in the search field.
    FIND(QLineEdit, search, "librarySearch");
    QCOMPARE(m_window->focusWidget(), search);

    FIND(QPushButton, home, "libraryHomeButton");
    CLICK(home);
    QCOMPARE(currentPage(), QStringLiteral("homePage"));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("libraryPage"));
}

void TestGuiLibrary::filters_kindDifficultyTagTrackText_showWhatQuestionBankFinds()
{
    openLibrary();
    FIND(QComboBox, kind, "libraryKind");
    FIND(QComboBox, difficulty, "libraryDifficulty");
    FIND(QComboBox, tag, "libraryTag");
    FIND(QComboBox, track, "libraryTrack");
    FIND(QLineEdit, search, "librarySearch");
    FIND(QLabel, count, "libraryCount");
    const QList<std::pair<Question, bool>> everything = bank().find(visible());

    // Kind: each of the five; only that kind remains, exactly as the bank finds it.
    QCOMPARE(kind->count(), 6);
    for (RoundKind k : kAllRoundKinds) {
        QVERIFY(choose(kind, int(k)));
        QuestionFilter f = visible();
        f.kind = k;
        const auto expected = bank().find(f);
        QCOMPARE(tableIds(), idsOf(expected));
        for (const auto &[q, hidden] : expected)
            QCOMPARE(q.kind, k);
        QVERIFY(count->text().startsWith(QString::number(expected.size()) + u' '));
    }
    QVERIFY(choose(kind, -1));
    QCOMPARE(tableIds(), idsOf(everything));

    // Difficulty: the first one the bank uses.
    QString usedDifficulty;
    for (const QString &key : {QStringLiteral("intern"), QStringLiteral("junior"),
                               QStringLiteral("mid"), QStringLiteral("senior")}) {
        for (const auto &[q, hidden] : everything)
            if (usedDifficulty.isEmpty() && q.difficulty == key)
                usedDifficulty = key;
    }
    QVERIFY2(!usedDifficulty.isEmpty(), "no question has a difficulty");
    QVERIFY(choose(difficulty, usedDifficulty));
    {
        QuestionFilter f = visible();
        f.difficulty = usedDifficulty;
        QCOMPARE(tableIds(), idsOf(bank().find(f)));
        QVERIFY(!tableIds().isEmpty());
    }
    QVERIFY(choose(difficulty, QString()));

    // Tag: one that some but not all questions carry, so the filter has work to do.
    QString someTag;
    for (const QString &t : bank().tags()) {
        QuestionFilter f = visible();
        f.tag = t;
        const qsizetype n = bank().find(f).size();
        if (n > 0 && n < everything.size()) {
            someTag = t;
            break;
        }
    }
    QVERIFY2(!someTag.isEmpty(), "no tag narrows the bank");
    QVERIFY(choose(tag, someTag));
    {
        QuestionFilter f = visible();
        f.tag = someTag;
        QCOMPARE(tableIds(), idsOf(bank().find(f)));
        QVERIFY(tableIds().size() < everything.size());
    }
    QVERIFY(choose(tag, QString()));

    // Track combined with kind: both apply.
    const QStringList tracks = bank().tracks();
    QVERIFY(!tracks.isEmpty());
    QCOMPARE(track->count(), tracks.size() + 1);
    QVERIFY(choose(track, tracks.constFirst()));
    QVERIFY(choose(kind, int(RoundKind::Technical)));
    {
        QuestionFilter f = visible();
        f.track = tracks.constFirst();
        f.kind = RoundKind::Technical;
        QCOMPARE(tableIds(), idsOf(bank().find(f)));
    }
    QVERIFY(choose(track, QString()));
    QVERIFY(choose(kind, -1));

    // Text, typed: a word from the middle of the last question, matched in any case.
    const QString sample = everything.constLast().first.text;
    QString word;
    for (const QString &w : sample.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString letters = w.trimmed().remove(QRegularExpression(QStringLiteral("\\W")));
        if (letters.size() > word.size())
            word = letters;
    }
    QVERIFY(!word.isEmpty());
    search->setFocus();
    QTest::keyClicks(search, word.toUpper());
    {
        QuestionFilter f = visible();
        f.text = word;
        const QStringList expected = idsOf(bank().find(f));
        QCOMPARE(tableIds(), expected);
        QVERIFY(expected.contains(everything.constLast().first.id));
    }
    // Text that nothing holds: an empty table that says so.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzqx-no-such-text"));
    QCOMPARE(tableIds(), QStringList());
    QCOMPARE(count->text(), QStringLiteral("0 questions"));
    FIND(QTextBrowser, detail, "libraryDetail");
    QVERIFY(detail->toPlainText().contains(QStringLiteral("No question matches")));
    search->clear();
    QCOMPARE(tableIds(), idsOf(everything));
}

void TestGuiLibrary::detail_selectedQuestion_showsGuidanceKeyPointsOutlineAndFollowUps()
{
    openLibrary();
    // The first question that has all the parts the pane shows.
    std::optional<Question> chosen;
    for (const auto &[q, hidden] : bank().find(visible())) {
        if (!q.guidance.isEmpty() && !q.keyPoints.isEmpty()
            && !q.keyPoints.constFirst().terms.isEmpty() && !q.outline.isEmpty()
            && !q.followUps.isEmpty()) {
            chosen = q;
            break;
        }
    }
    QVERIFY2(chosen, "no question with guidance, key points, outline and follow-ups");
    QVERIFY(clickQuestion(chosen->id));

    FIND(QTextBrowser, detail, "libraryDetail");
    const QString shown = detail->toPlainText().simplified();
    QVERIFY2(shown.contains(chosen->text.simplified()), qPrintable(shown));
    QVERIFY(shown.contains(chosen->guidance.simplified()));
    QVERIFY(shown.contains(chosen->keyPoints.constFirst().text.simplified()));
    QVERIFY(shown.contains(chosen->keyPoints.constFirst().terms.constFirst()));
    QVERIFY(shown.contains(chosen->followUps.constFirst().simplified()));
    QVERIFY(shown.contains(displayName(chosen->kind)));
    QVERIFY(shown.contains(QStringLiteral("How to answer")));
    // The outline is rendered, not shown as Markdown: its first bullet is a list item's text.
    const QString firstLine = chosen->outline.split(QLatin1Char('\n')).constFirst().trimmed();
    if (firstLine.startsWith(QLatin1String("- "))) {
        QVERIFY(shown.contains(firstLine.mid(2).simplified()));
        QVERIFY(!shown.contains(firstLine.simplified()));
        QVERIFY(detail->toHtml().contains(QStringLiteral("<li")));
    }
}

void TestGuiLibrary::hide_selectedQuestion_isStoredAndListedOnlyWithShowHidden()
{
    openLibrary();
    const QList<std::pair<Question, bool>> before = bank().find(visible());
    const QString id = before.constFirst().first.id;
    QVERIFY(clickQuestion(id));
    FIND(QPushButton, hide, "libraryHideButton");
    QCOMPARE(hide->text(), QStringLiteral("Hide"));
    CLICK(hide);

    // Stored in the database, gone from the list.
    QuestionFilter withHidden;
    withHidden.includeHidden = true;
    bool storedHidden = false;
    for (const auto &[q, hidden] : bank().find(withHidden))
        if (q.id == id)
            storedHidden = hidden;
    QVERIFY(storedHidden);
    QVERIFY(!tableIds().contains(id));
    QCOMPARE(tableIds(), idsOf(bank().find(visible())));
    QCOMPARE(tableIds().size(), before.size() - 1);
    FIND(QLabel, count, "libraryCount");
    QCOMPARE(count->text(), QStringLiteral("%1 questions").arg(before.size() - 1));
    // Said in the status bar, where it does not push the table down.
    QVERIFY(m_window->statusNotice()->text().startsWith(QStringLiteral("Hidden:")));

    // Show hidden brings it back, marked; Unhide clears the flag in the database.
    FIND(QCheckBox, showHidden, "libraryShowHidden");
    toggle(showHidden);
    QVERIFY(tableIds().contains(id));
    QCOMPARE(tableIds(), idsOf(bank().find(withHidden)));
    FIND(QTableView, table, "libraryTable");
    const int row = int(tableIds().indexOf(id));
    QCOMPARE(table->model()->index(row, QuestionTableModel::HiddenColumn).data().toString(),
             QStringLiteral("Hidden"));
    QVERIFY(!table->isColumnHidden(QuestionTableModel::HiddenColumn));
    QVERIFY(clickQuestion(id));
    QCOMPARE(hide->text(), QStringLiteral("Unhide"));
    CLICK(hide);
    for (const auto &[q, hidden] : bank().find(withHidden))
        if (q.id == id)
            QVERIFY(!hidden);
    QCOMPARE(hide->text(), QStringLiteral("Hide")); // still selected, now visible
    toggle(showHidden);
    QCOMPARE(tableIds(), idsOf(before));

    // A hidden question is never drawn: hide every technical question but one, then start.
    QuestionFilter technical = visible();
    technical.kind = RoundKind::Technical;
    const QStringList techIds = idsOf(bank().find(technical));
    QVERIFY(!techIds.isEmpty());
    for (qsizetype i = 1; i < techIds.size(); ++i) {
        QVERIFY(clickQuestion(techIds.at(i)));
        CLICK(hide);
    }
    FIND(QPushButton, home, "libraryHomeButton");
    CLICK(home);
    FIND(QPushButton, startLoop, "startLoopButton");
    CLICK(startLoop);
    FIND(QComboBox, preset, "presetCombo");
    QVERIFY(choose(preset, QStringLiteral("quick")));
    FIND(QPushButton, begin, "beginSessionButton");
    CLICK(begin);
    QVERIFY(m_window->controller());
    QString error;
    const auto record = SessionStore(*m_db).load(m_window->controller()->sessionId(), &error);
    QVERIFY2(record, qPrintable(error));
    for (const AttemptRecord &a : record->attempts) {
        if (a.question.kind == RoundKind::Technical)
            QCOMPARE(a.question.id, techIds.constFirst());
    }
}

void TestGuiLibrary::practisePicked_twoKinds_setupShowsChosenRoundsAndSessionAsksExactlyThem()
{
    openLibrary();
    // One behavioral and one technical question, picked in that order (the plan puts them in
    // the usual round order), plus a third that is removed again.
    QuestionFilter f = visible();
    f.kind = RoundKind::Behavioral;
    const auto behavioral = bank().find(f);
    f.kind = RoundKind::Technical;
    const auto technical = bank().find(f);
    QVERIFY(!behavioral.isEmpty());
    QVERIFY(technical.size() >= 2);
    const QString behId = behavioral.constLast().first.id;
    const QString techId = technical.constFirst().first.id;
    const QString extraId = technical.constLast().first.id;

    FIND(QPushButton, pick, "libraryPickButton");
    FIND(QPushButton, unpick, "libraryUnpickButton");
    FIND(QPushButton, practise, "libraryPracticeButton");
    FIND(QListWidget, picked, "libraryPicked");
    QVERIFY(!practise->isEnabled());
    for (const QString &id : {behId, techId, extraId}) {
        QVERIFY2(clickQuestion(id), qPrintable(id));
        CLICK(pick);
        QVERIFY(!pick->isEnabled()); // already picked
    }
    QCOMPARE(picked->count(), 3);
    QVERIFY(!unpick->isEnabled());
    QTest::mouseClick(picked->viewport(), Qt::LeftButton, {},
                      picked->visualItemRect(picked->item(2)).center());
    CLICK(unpick);
    QCOMPARE(picked->count(), 2);
    QCOMPARE(picked->item(0)->data(Qt::UserRole).toString(), behId);
    QCOMPARE(picked->item(1)->data(Qt::UserRole).toString(), techId);

    CLICK(practise);
    QCOMPARE(currentPage(), QStringLiteral("setupPage"));
    FIND(QComboBox, preset, "presetCombo");
    QCOMPARE(preset->currentData().toString(), QString()); // Custom
    FIND(QTableWidget, rounds, "roundsTable");
    QCOMPARE(rounds->rowCount(), 2);
    for (int r = 0; r < 2; ++r) {
        auto *count = m_window->findChild<QLabel *>(QStringLiteral("roundCount_%1").arg(r));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("1 chosen"));
        QVERIFY(!m_window->findChild<QSpinBox *>(QStringLiteral("roundCount_%1").arg(r)));
    }
    FIND(QComboBox, kind0, "roundKind_0");
    QCOMPARE(kind0->currentData().toInt(), int(RoundKind::Technical));
    QVERIFY(!kind0->isEnabled());
    FIND(SetupPage, setup, "setupPage");
    const LoopPlan plan = setup->plan();
    QCOMPARE(plan.rounds.size(), 2);
    QCOMPARE(plan.rounds[0].kind, RoundKind::Technical);
    QCOMPARE(plan.rounds[0].questionIds, QStringList{techId});
    QCOMPARE(plan.rounds[0].questionCount, 1);
    QCOMPARE(plan.rounds[1].kind, RoundKind::Behavioral);
    QCOMPARE(plan.rounds[1].questionIds, QStringList{behId});
    FIND(QLabel, summary, "planSummary");
    QVERIFY2(summary->text().contains(QStringLiteral("Questions: 2")), qPrintable(summary->text()));

    // Editing a round's time keeps the chosen questions.
    FIND(QSpinBox, answer1, "roundAnswer_1");
    answer1->setValue(90);
    QCOMPARE(setup->plan().rounds[1].questionIds, QStringList{behId});

    FIND(QPushButton, begin, "beginSessionButton");
    CLICK(begin);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    QVERIFY(m_window->controller());
    QString error;
    const auto record = SessionStore(*m_db).load(m_window->controller()->sessionId(), &error);
    QVERIFY2(record, qPrintable(error));
    QStringList asked;
    for (const AttemptRecord &a : record->attempts)
        asked.append(a.question.id);
    QCOMPARE(asked, (QStringList{techId, behId}));
    QCOMPARE(record->plan.rounds.size(), 2);
    QCOMPARE(record->attempts.at(1).times.answerLimitMs, 90'000);

    // While the session runs the library stays out of the way.
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
}

void TestGuiLibrary::setupSource_trackOrPack_drawsOnlyFromIt()
{
    // The quick preset asks for technical, behavioral and cultural-fit questions. Take the
    // track that narrows the bank most while still offering one of those.
    const QList<RoundKind> quickKinds = {RoundKind::Technical, RoundKind::Behavioral,
                                         RoundKind::CulturalFit};
    auto usable = [&](const QuestionFilter &within) {
        int n = 0;
        for (const auto &[q, hidden] : bank().find(within))
            n += quickKinds.contains(q.kind) ? 1 : 0;
        return n;
    };
    QString track;
    int trackSize = std::numeric_limits<int>::max();
    for (const QString &t : bank().tracks()) {
        QuestionFilter f = visible();
        f.track = t;
        const int n = int(bank().find(f).size());
        if (usable(f) > 0 && n < trackSize) {
            track = t;
            trackSize = n;
        }
    }
    QVERIFY2(!track.isEmpty(), "no track has questions for the quick preset");

    FIND(QPushButton, startLoop, "startLoopButton");
    CLICK(startLoop);
    FIND(QComboBox, source, "setupSource");
    FIND(QComboBox, preset, "presetCombo");
    QCOMPARE(source->currentData().toString(), QString());
    QCOMPARE(source->count(), 1 + bank().tracks().size() + bank().packs().size());
    // For every source, the note says when the full preset's rounds ask for more questions
    // of a kind than the source has (drawing never repeats a question).
    QVERIFY(choose(preset, QStringLiteral("full")));
    FIND(QLabel, note, "setupSourceNote");
    const LoopPlan full = *builtinPreset(QStringLiteral("full"));
    for (int i = 0; i < source->count(); ++i) {
        source->setCurrentIndex(i);
        const QString key = source->itemData(i).toString();
        QuestionFilter f = visible();
        if (key.startsWith(QLatin1String("track:")))
            f.track = key.mid(6);
        else if (key.startsWith(QLatin1String("pack:")))
            f.packs = {key.mid(5)};
        bool short_ = false;
        for (RoundKind k : kAllRoundKinds) {
            int want = 0;
            for (const RoundPlan &r : full.rounds)
                want += r.kind == k ? r.questionCount : 0;
            f.kind = k;
            short_ = short_ || bank().find(f).size() < want;
        }
        QVERIFY2(note->isVisible() == short_, qPrintable(source->currentText()));
    }
    QCOMPARE(preset->currentData().toString(), QStringLiteral("full"));

    // A preset sets the source (the whole bank for the quick one); a source chosen after it
    // narrows the draw, and the preset stays a preset.
    QVERIFY(choose(preset, QStringLiteral("quick")));
    QCOMPARE(source->currentData().toString(), QString());
    QVERIFY(choose(source, QStringLiteral("track:") + track));
    QVERIFY(source->currentText().startsWith(QStringLiteral("Track: ")));
    QCOMPARE(preset->currentData().toString(), QStringLiteral("quick"));
    FIND(SetupPage, setup, "setupPage");
    QCOMPARE(setup->plan().track, track);
    QCOMPARE(setup->plan().id, QStringLiteral("quick"));

    FIND(QPushButton, begin, "beginSessionButton");
    CLICK(begin);
    QVERIFY(m_window->controller());
    QString error;
    auto record = SessionStore(*m_db).load(m_window->controller()->sessionId(), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->plan.track, track);
    QVERIFY(!record->attempts.isEmpty());
    for (const AttemptRecord &a : record->attempts)
        QVERIFY2(a.question.tracks.contains(track), qPrintable(a.question.id));

    // Abandon, then the same with a pack: every drawn question comes from it.
    Confirmation::setHandler([](const QString &, const QString &) { return true; });
    FIND(QPushButton, abandon, "abandonButton");
    CLICK(abandon);
    QTRY_COMPARE(currentPage(), QStringLiteral("reportPage"));
    FIND(QPushButton, home, "homeButton");
    CLICK(home);
    CLICK(startLoop);
    QString packId;
    for (const PackInfo &p : bank().packs()) {
        QuestionFilter f = visible();
        f.packs = {p.id};
        if (usable(f) > 0) {
            packId = p.id;
            break;
        }
    }
    QVERIFY(!packId.isEmpty());
    choose(preset, QStringLiteral("quick")); // may be chosen already
    QVERIFY(choose(source, QStringLiteral("pack:") + packId));
    QVERIFY(source->currentText().startsWith(QStringLiteral("Pack: ")));
    QCOMPARE(preset->currentData().toString(), QStringLiteral("quick"));
    CLICK(begin);
    QVERIFY(m_window->controller());
    record = SessionStore(*m_db).load(m_window->controller()->sessionId(), &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->plan.packs, QStringList{packId});
    QVERIFY(record->plan.track.isEmpty());
    QVERIFY(!record->attempts.isEmpty());
    for (const AttemptRecord &a : record->attempts)
        QCOMPARE(a.question.packId, packId);
}

void TestGuiLibrary::questionModel_passesModelTesterThroughFilterAndHide()
{
    openLibrary();
    FIND(QAbstractItemModel, model, "libraryModel");
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FIND(QComboBox, kind, "libraryKind");
    FIND(QCheckBox, showHidden, "libraryShowHidden");
    FIND(QPushButton, hide, "libraryHideButton");
    FIND(QLineEdit, search, "librarySearch");
    QVERIFY(choose(kind, int(RoundKind::Behavioral)));
    QVERIFY(model->rowCount() > 0);
    const QString id = tableIds().constFirst();
    QVERIFY(clickQuestion(id));
    CLICK(hide);
    toggle(showHidden);
    QVERIFY(clickQuestion(id));
    // Every role a view asks for, on every cell of a hidden row.
    const int row = int(tableIds().indexOf(id));
    for (int c = 0; c < model->columnCount(); ++c) {
        const QModelIndex index = model->index(row, c);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::FontRole),
                         int(Qt::ForegroundRole), QuestionTableModel::QuestionIdRole,
                         QuestionTableModel::HiddenRole})
            model->data(index, role);
        QCOMPARE(index.data(QuestionTableModel::HiddenRole).toBool(), true);
        QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    QTest::keyClicks(search, QStringLiteral("a"));
    QVERIFY(choose(kind, -1));
    search->clear();
    QCOMPARE(model->rowCount(), int(bank().find({}).size()));
}

void TestGuiLibrary::markdownOutline_listsAndMarkup_renderEscaped()
{
    // The outline renderer on its own: nesting, numbering, code, bold, and no markup leaks.
    QTextBrowser browser;
    browser.setHtml(desktop::QuestionHtml::markdownHtml(QStringLiteral(
        "Intro with <b>tags</b> & more\n\n- first `a<b`\n  - nested **bold**\n- second\n"
        "1. one\n2. two")));
    const QString text = browser.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Intro with <b>tags</b> & more")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("first a<b")));
    QVERIFY(text.contains(QStringLiteral("nested bold")));
    QVERIFY(!text.contains(QStringLiteral("**")));
    QVERIFY(!text.contains(QStringLiteral("- first")));
    const QTextDocument *doc = browser.document();
    int lists = 0;
    int items = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.textList()) {
            ++items;
            if (b.textList()->itemNumber(b) == 0)
                ++lists;
        }
    }
    QCOMPARE(items, 5);
    QCOMPARE(lists, 3);
}

QTEST_MAIN(TestGuiLibrary)
#include "test_gui_library.moc"
