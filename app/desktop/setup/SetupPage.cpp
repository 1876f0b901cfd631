#include "setup/SetupPage.h"

#include "bank/QuestionBank.h"
#include "base/Clock.h"
#include "common/BankNames.h"
#include "common/Confirmation.h"
#include "common/ErrorLabel.h"
#include "setup/NameQuestion.h"
#include "storage/PresetStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

enum RoundColumn { KindColumn, CountColumn, PrepColumn, AnswerColumn, BudgetColumn, RoundColumns };

constexpr int kMaxSeconds = 24 * 3600; // what LoopPlan::fromJson accepts
constexpr int kUnset = -1;             // a spin box at its minimum: the value is inherited

// A seconds field whose lowest value means "not set here" (inherit) and shows as text.
QSpinBox *secondsSpin(const QString &unsetText, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(unsetText.isEmpty() ? 0 : kUnset, kMaxSeconds);
    spin->setSpecialValueText(unsetText);
    spin->setSingleStep(15);
    spin->setAccelerated(true);
    return spin;
}

std::optional<int> optionalValue(const QSpinBox *spin)
{
    return spin->value() == kUnset ? std::nullopt : std::optional<int>(spin->value());
}

void setOptionalValue(QSpinBox *spin, const std::optional<int> &value)
{
    spin->setValue(value.value_or(kUnset));
}

template<typename T>
void selectData(QComboBox *combo, T value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(QVariant::fromValue(int(value)))));
}

template<typename T>
T comboValue(const QComboBox *combo)
{
    return static_cast<T>(combo->currentData().toInt());
}

// "Questions from" item data: "" (the whole bank), "track:<track>" or "pack:<pack id>".
const QString kTrackPrefix = QStringLiteral("track:");
const QString kPackPrefix = QStringLiteral("pack:");

} // namespace

SetupPage::SetupPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *title = new QLabel(tr("Set up a loop"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // The parts in the order their widgets were always created: the tab order follows it.
    QHBoxLayout *presetRow = buildPresetRow();
    QGroupBox *roundsBox = buildRoundsBox();
    QGroupBox *settingsBox = buildSettingsBox();
    auto *columns = new QHBoxLayout;
    columns->addWidget(roundsBox, 1);
    columns->addWidget(settingsBox, 0);

    buildMessages();
    QHBoxLayout *bottom = buildBottomRow();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(presetRow);
    layout->addWidget(m_sourceNote);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connectForm();

    // Own presets, like the bank, are read when the page is shown (MainWindow::showSetup).
    presetChosen(m_presetCombo->currentIndex());
}

// The plan list, its preset buttons and where the questions come from.
QHBoxLayout *SetupPage::buildPresetRow()
{
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const LoopPlan &preset : builtinPresets())
        m_presetCombo->addItem(preset.name, preset.id);
    m_presetCombo->addItem(tr("Custom"), QString());
    m_savePresetButton = new QPushButton(tr("Save as pres&et…"), this);
    m_savePresetButton->setObjectName(QStringLiteral("savePresetButton"));
    m_savePresetButton->setToolTip(tr("Keep this plan under a name of your own."));
    m_renamePresetButton = new QPushButton(tr("Rena&me…"), this);
    m_renamePresetButton->setObjectName(QStringLiteral("renamePresetButton"));
    m_deletePresetButton = new QPushButton(tr("De&lete preset"), this);
    m_deletePresetButton->setObjectName(QStringLiteral("deletePresetButton"));
    connect(m_savePresetButton, &QPushButton::clicked, this, &SetupPage::saveAsPreset);
    connect(m_renamePresetButton, &QPushButton::clicked, this, &SetupPage::renamePreset);
    connect(m_deletePresetButton, &QPushButton::clicked, this, &SetupPage::deletePreset);
    m_presetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Plan:"), this);
    presetLabel->setBuddy(m_presetCombo);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presetCombo);
    auto *newPlanButton = new QPushButton(tr("&New plan"), this);
    newPlanButton->setObjectName(QStringLiteral("newPlanButton"));
    newPlanButton->setToolTip(tr("Start from a blank plan with the timings from Settings."));
    connect(newPlanButton, &QPushButton::clicked, this, [this] { loadPlan(newPlan()); });
    presetRow->addWidget(newPlanButton);
    presetRow->addWidget(m_savePresetButton);
    presetRow->addWidget(m_renamePresetButton);
    presetRow->addWidget(m_deletePresetButton);
    presetRow->addSpacing(16);
    // Where drawn questions come from; rounds with chosen questions ask exactly those.
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("setupSource"));
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceCombo->setToolTip(tr("Draw the questions of every round from the whole bank, one "
                                 "track or one pack. Rounds with chosen questions ask exactly "
                                 "those."));
    auto *sourceLabel = new QLabel(tr("&Questions from:"), this);
    sourceLabel->setBuddy(m_sourceCombo);
    presetRow->addWidget(sourceLabel);
    presetRow->addWidget(m_sourceCombo);
    presetRow->addStretch();
    return presetRow;
}

// Rounds: one editable row per round. Cell values left at "plan default" inherit.
QGroupBox *SetupPage::buildRoundsBox()
{
    auto *roundsBox = new QGroupBox(tr("Rounds"), this);
    m_roundsTable = new QTableWidget(0, RoundColumns, roundsBox);
    m_roundsTable->setObjectName(QStringLiteral("roundsTable"));
    m_roundsTable->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Questions"), tr("Prep (s)"), tr("Answer (s)"), tr("Budget (s)")});
    m_roundsTable->horizontalHeaderItem(BudgetColumn)->setToolTip(tr("The round's total time"));
    m_roundsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roundsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roundsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_roundsTable->horizontalHeader()->setSectionResizeMode(KindColumn,
                                                            QHeaderView::ResizeToContents);
    m_roundsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *addButton = new QPushButton(tr("Add round"), roundsBox);
    addButton->setObjectName(QStringLiteral("addRoundButton"));
    auto *removeButton = new QPushButton(tr("Remove round"), roundsBox);
    removeButton->setObjectName(QStringLiteral("removeRoundButton"));
    connect(addButton, &QPushButton::clicked, this, &SetupPage::addRound);
    connect(removeButton, &QPushButton::clicked, this, &SetupPage::removeRound);
    auto *roundButtons = new QHBoxLayout;
    roundButtons->addWidget(addButton);
    roundButtons->addWidget(removeButton);
    roundButtons->addStretch();
    auto *roundsHint =
        new QLabel(tr("“default” takes the value from the plan settings. An answer limit of 0 means "
                      "untimed; a budget of 0 means the round has no total time limit."),
                   roundsBox);
    roundsHint->setWordWrap(true);
    roundsHint->setForegroundRole(QPalette::PlaceholderText);
    auto *roundsLayout = new QVBoxLayout(roundsBox);
    roundsLayout->addWidget(m_roundsTable, 1);
    roundsLayout->addLayout(roundButtons);
    roundsLayout->addWidget(roundsHint);
    return roundsBox;
}

// Plan settings: the defaults every round inherits, and the plan flags.
QGroupBox *SetupPage::buildSettingsBox()
{
    auto *settingsBox = new QGroupBox(tr("Plan settings"), this);
    m_prepSpin = secondsSpin(tr("question default"), settingsBox);
    m_prepSpin->setObjectName(QStringLiteral("defaultPrepSpin"));
    m_answerSpin = secondsSpin(tr("question default"), settingsBox);
    m_answerSpin->setObjectName(QStringLiteral("defaultAnswerSpin"));
    m_budgetSpin = secondsSpin(tr("no budget"), settingsBox);
    m_budgetSpin->setObjectName(QStringLiteral("defaultBudgetSpin"));
    m_budgetSpin->setMinimum(0);
    for (QSpinBox *spin : {m_prepSpin, m_answerSpin, m_budgetSpin})
        spin->setMinimumWidth(140);
    m_expiryCombo = new QComboBox(settingsBox);
    m_expiryCombo->setObjectName(QStringLiteral("expiryCombo"));
    m_expiryCombo->addItem(tr("Hard: lock the answer at the deadline"), int(ExpiryPolicy::Hard));
    m_expiryCombo->addItem(tr("Soft: keep going, record overtime"), int(ExpiryPolicy::Soft));
    m_pauseCheck = new QCheckBox(tr("Allow pausing"), settingsBox);
    m_pauseCheck->setObjectName(QStringLiteral("pauseCheck"));
    m_gradingCombo = new QComboBox(settingsBox);
    m_gradingCombo->setObjectName(QStringLiteral("gradingCombo"));
    m_gradingCombo->addItem(tr("After each question"), int(GradingTiming::AfterEachQuestion));
    m_gradingCombo->addItem(tr("At the end of each round"), int(GradingTiming::EndOfRound));
    m_gradingCombo->addItem(tr("At the end of the loop"), int(GradingTiming::EndOfLoop));
    m_hintsCombo = new QComboBox(settingsBox);
    m_hintsCombo->setObjectName(QStringLiteral("hintsCombo"));
    m_hintsCombo->addItem(tr("After each answer"), int(HintsTiming::AfterEachAnswer));
    m_hintsCombo->addItem(tr("At the end of the loop"), int(HintsTiming::EndOfLoop));
    m_retakeCheck = new QCheckBox(tr("Allow retakes"), settingsBox);
    m_retakeCheck->setObjectName(QStringLiteral("retakeCheck"));
    m_closingCheck = new QCheckBox(tr("End with “your questions for the interviewer”"), settingsBox);
    m_closingCheck->setObjectName(QStringLiteral("closingCheck"));
    m_aloudCheck = new QCheckBox(tr("Answer aloud (the editor is for notes)"), settingsBox);
    m_aloudCheck->setObjectName(QStringLiteral("answerAloudCheck"));
    m_aloudCheck->setToolTip(tr("Speak each answer as in a real interview; the clock and "
                                "grading work the same and the grade records it."));
    // Follow-ups (docs/engine.md, "Follow-ups"): how many the interviewer asks back, each with
    // its own answer clock.
    m_followUpsCombo = new QComboBox(settingsBox);
    m_followUpsCombo->setObjectName(QStringLiteral("followUpsCombo"));
    m_followUpsCombo->addItem(tr("None"), 0);
    m_followUpsCombo->addItem(tr("1 per question"), 1);
    m_followUpsCombo->addItem(tr("2 per question"), 2);
    m_followUpsCombo->setToolTip(tr("After each answer the interviewer asks back: the follow-up "
                                    "the answer covered least. Questions without follow-ups "
                                    "skip this."));
    m_followUpSpin = secondsSpin(QString(), settingsBox);
    m_followUpSpin->setObjectName(QStringLiteral("followUpSecondsSpin"));
    m_followUpSpin->setSpecialValueText(tr("untimed"));
    m_followUpSpin->setMinimumWidth(140);
    auto *form = new QFormLayout(settingsBox);
    // Fields at their natural size leave the width to the rounds table on small screens.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Preparation per question (s):"), m_prepSpin);
    form->addRow(tr("Answer per question (s):"), m_answerSpin);
    form->addRow(tr("Round budget (s):"), m_budgetSpin);
    form->addRow(tr("When time runs out:"), m_expiryCombo);
    form->addRow(tr("Grading:"), m_gradingCombo);
    form->addRow(tr("Model answers and key points:"), m_hintsCombo);
    form->addRow(tr("Follow-up questions:"), m_followUpsCombo);
    form->addRow(tr("Answer per follow-up (s):"), m_followUpSpin);
    form->addRow(m_pauseCheck);
    form->addRow(m_retakeCheck);
    form->addRow(m_closingCheck);
    form->addRow(m_aloudCheck);
    form->addRow(tr("Set all flags:"), buildModeButtons(settingsBox));
    return settingsBox;
}

// The two modes are values of the plan flags, set in one go (core's applyStrictMode /
// applyPracticeMode); the plan becomes the person's own.
QHBoxLayout *SetupPage::buildModeButtons(QWidget *settingsBox)
{
    auto *strictButton = new QPushButton(tr("Strict mode"), settingsBox);
    strictButton->setObjectName(QStringLiteral("strictModeButton"));
    strictButton->setToolTip(
        tr("No pausing, hard deadlines, hints only at the end, one follow-up per question."));
    auto *practiceButton = new QPushButton(tr("Practice mode"), settingsBox);
    practiceButton->setObjectName(QStringLiteral("practiceModeButton"));
    practiceButton->setToolTip(tr("Pausing allowed, soft deadlines, hints after each answer."));
    auto applyMode = [this](void (*mode)(LoopPlan &)) {
        LoopPlan p = plan();
        mode(p);
        p.id.clear();
        fillForm(p);
        edited();
    };
    connect(strictButton, &QPushButton::clicked, this, [applyMode] { applyMode(applyStrictMode); });
    connect(practiceButton, &QPushButton::clicked, this,
            [applyMode] { applyMode(applyPracticeMode); });
    auto *modes = new QHBoxLayout;
    modes->addWidget(strictButton);
    modes->addWidget(practiceButton);
    modes->addStretch();
    return modes;
}

// The summary, the note on a source that cannot fill the rounds and the error line.
void SetupPage::buildMessages()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_sourceNote = new QLabel(this);
    m_sourceNote->setObjectName(QStringLiteral("setupSourceNote"));
    m_sourceNote->setWordWrap(true);
    m_sourceNote->hide();
    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
}

// The summary beside Back and Start.
QHBoxLayout *SetupPage::buildBottomRow()
{
    auto *backButton = new QPushButton(tr("Back"), this);
    backButton->setObjectName(QStringLiteral("backButton"));
    connect(backButton, &QPushButton::clicked, this, &SetupPage::backRequested);
    auto *startButton = new QPushButton(tr("&Start"), this);
    startButton->setObjectName(QStringLiteral("beginSessionButton"));
    startButton->setDefault(true);
    connect(startButton, &QPushButton::clicked, this, &SetupPage::requestStart);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(backButton);
    bottom->addWidget(startButton);
    return bottom;
}

// Every field of the form is an edit of the plan; the plan list and the source choose.
void SetupPage::connectForm()
{
    for (QSpinBox *spin : {m_prepSpin, m_answerSpin, m_budgetSpin, m_followUpSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SetupPage::edited);
    for (QComboBox *combo : {m_expiryCombo, m_gradingCombo, m_hintsCombo, m_followUpsCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &SetupPage::edited);
    for (QCheckBox *check : {m_pauseCheck, m_retakeCheck, m_closingCheck, m_aloudCheck})
        connect(check, &QCheckBox::toggled, this, &SetupPage::edited);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &SetupPage::presetChosen);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &SetupPage::sourceChosen);
}

void SetupPage::refreshPresets()
{
    const QSignalBlocker blocker(m_presetCombo);
    const QString chosen = m_presetCombo->currentData().toString();
    // Own presets sit between the built-ins and "Custom".
    for (int i = m_presetCombo->count() - 1; i >= 0; --i) {
        if (PresetStore::idFromPlanId(m_presetCombo->itemData(i).toString()))
            m_presetCombo->removeItem(i);
    }
    QString error;
    const auto own = PresetStore(m_db).list(&error);
    if (!own)
        showError(tr("Your presets could not be read: %1").arg(error));
    const int customIndex = m_presetCombo->count() - 1;
    int at = customIndex;
    for (const OwnPreset &preset : own.value_or(QList<OwnPreset>())) {
        m_presetCombo->insertItem(at++, tr("%1 (mine)").arg(preset.name), preset.plan.id);
    }
    const int index = m_presetCombo->findData(chosen);
    m_presetCombo->setCurrentIndex(index >= 0 ? index : m_presetCombo->count() - 1);
    updatePresetButtons();
}

void SetupPage::updatePresetButtons()
{
    const bool own = PresetStore::idFromPlanId(m_presetCombo->currentData().toString()).has_value();
    m_renamePresetButton->setEnabled(own);
    m_deletePresetButton->setEnabled(own);
    const QString why = tr("Built-in presets cannot be changed; choose one of yours.");
    m_renamePresetButton->setToolTip(own ? tr("Give this preset another name.") : why);
    m_deletePresetButton->setToolTip(own ? tr("Delete this preset (sessions run with it stay).")
                                         : why);
}

std::optional<LoopPlan> SetupPage::presetPlan(const QString &id)
{
    if (const auto own = PresetStore::idFromPlanId(id)) {
        QString error;
        const auto preset = PresetStore(m_db).find(*own, &error);
        if (!preset) {
            showError(error);
            return std::nullopt;
        }
        return preset->plan;
    }
    return builtinPreset(id);
}

void SetupPage::saveAsPreset()
{
    const LoopPlan current = plan();
    const std::optional<QString> name = NameQuestion::ask(this, tr("Save as preset"),
                                                          tr("Name of the new preset:"),
                                                          m_planName.isEmpty() ? QString()
                                                                               : m_planName);
    if (!name)
        return;
    QString error;
    const QDateTime now = m_clock->wallTime(); // MainWindow sets it before the page shows
    const auto saved = PresetStore(m_db).save(*name, current, now, &error);
    if (!saved) {
        showError(error);
        return;
    }
    showError({});
    refreshPresets();
    // The form now is that preset (the question source stays as chosen).
    LoopPlan shown = saved->plan;
    shown.track = current.track;
    shown.packs = current.packs;
    fillForm(shown);
}

void SetupPage::renamePreset()
{
    const auto id = PresetStore::idFromPlanId(m_presetCombo->currentData().toString());
    if (!id)
        return;
    const std::optional<QString> name = NameQuestion::ask(this, tr("Rename preset"),
                                                          tr("New name:"), m_planName);
    if (!name)
        return;
    QString error;
    const QDateTime now = m_clock->wallTime(); // MainWindow sets it before the page shows
    if (!PresetStore(m_db).rename(*id, *name, now, &error)) {
        showError(error);
        return;
    }
    showError({});
    m_planName = name->trimmed();
    refreshPresets();
    updateSummary();
}

void SetupPage::deletePreset()
{
    const auto id = PresetStore::idFromPlanId(m_presetCombo->currentData().toString());
    if (!id)
        return;
    if (!Confirmation::ask(this, tr("Delete the preset?"),
                           tr("Delete the preset “%1”? Sessions you ran with it stay in your "
                              "history.")
                               .arg(m_planName),
                           tr("Delete preset"), tr("Keep")))
        return;
    QString error;
    if (!PresetStore(m_db).remove(*id, &error)) {
        showError(error);
        return;
    }
    showError({});
    // The form keeps the plan, now as "Custom".
    {
        const QSignalBlocker blocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->count() - 1);
    }
    m_planName.clear();
    refreshPresets();
    updateSummary();
}

void SetupPage::refreshSources()
{
    const QSignalBlocker blocker(m_sourceCombo);
    const QString chosen = m_sourceCombo->currentData().toString();
    const QuestionBank bank(m_db);
    m_sourceCombo->clear();
    m_sourceCombo->addItem(tr("All questions"), QString());
    for (const QString &track : bank.tracks())
        m_sourceCombo->addItem(tr("Track: %1").arg(trackDisplayName(track)), kTrackPrefix + track);
    for (const PackInfo &pack : bank.packs())
        m_sourceCombo->addItem(tr("Pack: %1").arg(pack.name), kPackPrefix + pack.id);
    m_sourceCombo->setCurrentIndex(std::max(0, m_sourceCombo->findData(chosen)));
    m_sourcesLoaded = true;
    updateSummary();
}

void SetupPage::selectSource(const LoopPlan &plan)
{
    // The form offers one track or one pack; a stored plan naming several packs (only a plan
    // file can) keeps the first.
    QString key;
    if (!plan.track.isEmpty())
        key = kTrackPrefix + plan.track;
    else if (!plan.packs.isEmpty())
        key = kPackPrefix + plan.packs.constFirst();
    const QSignalBlocker blocker(m_sourceCombo);
    m_sourceCombo->setCurrentIndex(std::max(0, m_sourceCombo->findData(key)));
}

void SetupPage::sourceChosen()
{
    // Not an edit of the plan: a preset stays that preset, drawn from fewer questions.
    showError({});
    updateSummary();
}

void SetupPage::presetChosen(int index)
{
    const QString id = m_presetCombo->itemData(index).toString();
    if (id.isEmpty()) {
        // "Custom" keeps what the form holds: people start from a preset and change it.
        m_planName.clear();
        updatePresetButtons();
        updateSummary();
        return;
    }
    // A preset is a whole plan, where its questions come from included: a preset without a
    // track or pack draws from every question, whatever the preset chosen before drew from
    // (the intern loop's track used to stay for the next preset).
    if (const auto preset = presetPlan(id)) {
        selectSource(*preset);
        fillForm(*preset);
    }
}

void SetupPage::setNewPlanDefaults(int prepSeconds, int answerSeconds)
{
    m_newPrepSeconds = prepSeconds;
    m_newAnswerSeconds = answerSeconds;
}

LoopPlan SetupPage::newPlan() const
{
    LoopPlan p;
    p.name = tr("Custom loop");
    p.prepSeconds = m_newPrepSeconds;
    p.answerSeconds = m_newAnswerSeconds;
    RoundPlan round;
    round.kind = RoundKind::Technical;
    round.questionCount = 3;
    p.rounds = {round};
    return p;
}

void SetupPage::loadPlan(const LoopPlan &plan)
{
    if (!m_sourcesLoaded)
        refreshSources();
    selectSource(plan);
    fillForm(plan);
}

void SetupPage::fillForm(const LoopPlan &plan)
{
    m_loading = true;
    {
        const QSignalBlocker blocker(m_presetCombo);
        const int index = plan.id.isEmpty() ? -1 : m_presetCombo->findData(plan.id);
        m_presetCombo->setCurrentIndex(index >= 0 ? index : m_presetCombo->count() - 1);
    }
    m_planName = plan.name;
    updatePresetButtons();
    setOptionalValue(m_prepSpin, plan.prepSeconds);
    setOptionalValue(m_answerSpin, plan.answerSeconds);
    m_budgetSpin->setValue(plan.roundSeconds);
    selectData(m_expiryCombo, plan.expiry);
    selectData(m_gradingCombo, plan.gradingTiming);
    selectData(m_hintsCombo, plan.hintsTiming);
    m_pauseCheck->setChecked(plan.pauseAllowed);
    m_retakeCheck->setChecked(plan.retakeAllowed);
    m_closingCheck->setChecked(plan.closingSegment);
    m_aloudCheck->setChecked(plan.answerAloud);
    selectData(m_followUpsCombo, plan.followUpsPerQuestion);
    m_followUpSpin->setValue(plan.followUpSeconds);
    setRounds(plan.rounds);
    m_loading = false;
    updateSummary();
}

LoopPlan SetupPage::plan() const
{
    LoopPlan p;
    p.id = m_presetCombo->currentData().toString();
    p.name = m_planName.isEmpty() ? tr("Custom loop") : m_planName;
    const QString source = m_sourceCombo->currentData().toString();
    if (source.startsWith(kTrackPrefix))
        p.track = source.mid(kTrackPrefix.size());
    else if (source.startsWith(kPackPrefix))
        p.packs = QStringList{source.mid(kPackPrefix.size())};
    if (!source.isEmpty()) {
        // Session lists show the name: say there where the questions came from.
        const QString suffix = tr(" · %1").arg(m_sourceCombo->currentText());
        if (!p.name.endsWith(suffix))
            p.name += suffix;
    }
    p.prepSeconds = optionalValue(m_prepSpin);
    p.answerSeconds = optionalValue(m_answerSpin);
    p.roundSeconds = m_budgetSpin->value();
    p.expiry = comboValue<ExpiryPolicy>(m_expiryCombo);
    p.gradingTiming = comboValue<GradingTiming>(m_gradingCombo);
    p.hintsTiming = comboValue<HintsTiming>(m_hintsCombo);
    p.pauseAllowed = m_pauseCheck->isChecked();
    p.retakeAllowed = m_retakeCheck->isChecked();
    p.closingSegment = m_closingCheck->isChecked();
    p.answerAloud = m_aloudCheck->isChecked();
    p.followUpsPerQuestion = m_followUpsCombo->currentData().toInt();
    p.followUpSeconds = m_followUpSpin->value();
    for (int row = 0; row < m_roundsTable->rowCount(); ++row) {
        RoundPlan r;
        r.kind = comboValue<RoundKind>(
            qobject_cast<const QComboBox *>(m_roundsTable->cellWidget(row, KindColumn)));
        auto spin = [&](int column) {
            return qobject_cast<const QSpinBox *>(m_roundsTable->cellWidget(row, column));
        };
        if (row < m_chosenIds.size() && !m_chosenIds.at(row).isEmpty()) {
            r.questionIds = m_chosenIds.at(row);
            r.questionCount = int(r.questionIds.size());
        } else {
            r.questionCount = spin(CountColumn)->value();
        }
        r.prepSeconds = optionalValue(spin(PrepColumn));
        r.answerSeconds = optionalValue(spin(AnswerColumn));
        r.roundSeconds = optionalValue(spin(BudgetColumn));
        p.rounds.append(r);
    }
    return p;
}

void SetupPage::setRounds(const QList<RoundPlan> &rounds)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    // The table deletes old cell widgets later; unname them now so that lookups by name
    // (tests, accessibility) only ever find the current rows.
    for (int row = 0; row < m_roundsTable->rowCount(); ++row) {
        for (int column = 0; column < RoundColumns; ++column) {
            if (QWidget *cell = m_roundsTable->cellWidget(row, column))
                cell->setObjectName(QString());
        }
    }
    m_roundsTable->setRowCount(0);
    m_chosenIds.clear();
    for (const RoundPlan &r : rounds)
        appendRoundRow(r);
    m_loading = wasLoading;
}

void SetupPage::appendRoundRow(const RoundPlan &round)
{
    const int row = m_roundsTable->rowCount();
    m_roundsTable->insertRow(row);
    m_chosenIds.append(round.questionIds);
    const bool chosen = !round.questionIds.isEmpty();

    // Object names carry the row so tests and accessibility tools can address each cell.
    auto *kind = new QComboBox(m_roundsTable);
    kind->setObjectName(QStringLiteral("roundKind_%1").arg(row));
    for (RoundKind k : kAllRoundKinds)
        kind->addItem(displayName(k), int(k));
    selectData(kind, round.kind);
    // Chosen questions fix the round's kind and count: the library picked them by kind.
    kind->setEnabled(!chosen);
    connect(kind, &QComboBox::currentIndexChanged, this, &SetupPage::edited);
    m_roundsTable->setCellWidget(row, KindColumn, kind);

    if (chosen) {
        auto *count = new QLabel(tr("%1 chosen").arg(round.questionIds.size()), m_roundsTable);
        count->setObjectName(QStringLiteral("roundCount_%1").arg(row));
        count->setToolTip(tr("This round asks exactly the questions picked in the library."));
        count->setContentsMargins(6, 0, 6, 0);
        m_roundsTable->setCellWidget(row, CountColumn, count);
    } else {
        auto *count = new QSpinBox(m_roundsTable);
        count->setObjectName(QStringLiteral("roundCount_%1").arg(row));
        count->setRange(0, 100);
        count->setValue(round.questionCount);
        connect(count, &QSpinBox::valueChanged, this, &SetupPage::edited);
        m_roundsTable->setCellWidget(row, CountColumn, count);
    }

    const struct
    {
        int column;
        const char *name;
        std::optional<int> value;
    } seconds[] = {{PrepColumn, "roundPrep_%1", round.prepSeconds},
                   {AnswerColumn, "roundAnswer_%1", round.answerSeconds},
                   {BudgetColumn, "roundBudget_%1", round.roundSeconds}};
    for (const auto &s : seconds) {
        QSpinBox *spin = secondsSpin(tr("default"), m_roundsTable);
        spin->setObjectName(QString::fromLatin1(s.name).arg(row));
        setOptionalValue(spin, s.value);
        connect(spin, &QSpinBox::valueChanged, this, &SetupPage::edited);
        m_roundsTable->setCellWidget(row, s.column, spin);
    }
}

void SetupPage::edited()
{
    if (m_loading)
        return;
    // Any change makes the plan the person's own: it is no longer the preset it came from.
    {
        const QSignalBlocker blocker(m_presetCombo);
        m_presetCombo->setCurrentIndex(m_presetCombo->count() - 1);
    }
    m_planName.clear();
    updatePresetButtons();
    showError({});
    updateSummary();
}

void SetupPage::addRound()
{
    // Chosen questions are not edited here, so a new round draws like the rest.
    RoundPlan r;
    r.kind = m_roundsTable->rowCount() > 0 ? comboValue<RoundKind>(qobject_cast<const QComboBox *>(
                 m_roundsTable->cellWidget(m_roundsTable->rowCount() - 1, KindColumn)))
                                           : RoundKind::Technical;
    appendRoundRow(r);
    m_roundsTable->selectRow(m_roundsTable->rowCount() - 1);
    edited();
}

void SetupPage::removeRound()
{
    if (m_roundsTable->rowCount() == 0)
        return;
    const QModelIndexList selected = m_roundsTable->selectionModel()->selectedRows();
    const int row = selected.isEmpty() ? m_roundsTable->rowCount() - 1 : selected.first().row();
    // Rebuild rather than remove one row: the cell widgets' object names carry row numbers.
    QList<RoundPlan> rounds = plan().rounds;
    rounds.removeAt(row);
    setRounds(rounds);
    edited();
}

void SetupPage::updateSummary()
{
    const LoopPlan p = plan();
    m_summary->setText(
        tr("Rounds: %1 · Questions: %2").arg(p.rounds.size()).arg(p.totalQuestionCount()));

    // Say so before the loop has a thin or empty round (core counts what the rounds draw).
    if (!m_sourcesLoaded)
        return; // shortfalls are counted once the page is shown
    QStringList shortfalls;
    for (const KindSupply &s : QuestionBank(m_db).supply(p)) {
        if (s.isShort())
            shortfalls.append(
                tr("%1: %2 of %3").arg(displayName(s.kind)).arg(s.available).arg(s.wanted));
    }
    const QString source = m_sourceCombo->currentIndex() > 0 ? m_sourceCombo->currentText()
                                                             : tr("The question bank");
    m_sourceNote->setText(shortfalls.isEmpty()
                              ? QString()
                              : tr("%1 has fewer questions than the rounds ask for (%2): "
                                   "those rounds will be shorter.")
                                    .arg(source, shortfalls.join(QStringLiteral(", "))));
    m_sourceNote->setVisible(!shortfalls.isEmpty());
}

void SetupPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SetupPage::requestStart()
{
    const LoopPlan p = plan();
    if (p.rounds.isEmpty()) {
        showError(tr("Add at least one round."));
        return;
    }
    if (p.totalQuestionCount() == 0) {
        showError(tr("All rounds have 0 questions: give at least one round a question."));
        return;
    }
    showError({});
    emit startRequested(p);
}

} // namespace mockloop::desktop
