#include "SetupPage.h"

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

} // namespace

SetupPage::SetupPage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Set up a loop"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const LoopPlan &preset : builtinPresets())
        m_presetCombo->addItem(preset.name, preset.id);
    m_presetCombo->addItem(tr("Custom"), QString());
    m_presetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *presetRow = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("&Plan:"), this);
    presetLabel->setBuddy(m_presetCombo);
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(m_presetCombo);
    presetRow->addStretch();

    // Rounds: one editable row per round. Cell values left at "plan default" inherit.
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
    auto *roundsHint = new QLabel(
        tr("“default” takes the value from the plan settings. An answer limit of 0 means "
           "untimed; a budget of 0 means the round has no total time limit."),
        roundsBox);
    roundsHint->setWordWrap(true);
    roundsHint->setForegroundRole(QPalette::PlaceholderText);
    auto *roundsLayout = new QVBoxLayout(roundsBox);
    roundsLayout->addWidget(m_roundsTable, 1);
    roundsLayout->addLayout(roundButtons);
    roundsLayout->addWidget(roundsHint);

    // Plan settings: the defaults every round inherits, and the plan flags.
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
    m_closingCheck = new QCheckBox(tr("End with “your questions for the interviewer”"),
                                   settingsBox);
    m_closingCheck->setObjectName(QStringLiteral("closingCheck"));
    auto *form = new QFormLayout(settingsBox);
    // Fields at their natural size leave the width to the rounds table on small screens.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Preparation per question (s):"), m_prepSpin);
    form->addRow(tr("Answer per question (s):"), m_answerSpin);
    form->addRow(tr("Round budget (s):"), m_budgetSpin);
    form->addRow(tr("When time runs out:"), m_expiryCombo);
    form->addRow(tr("Grading:"), m_gradingCombo);
    form->addRow(tr("Model answers and key points:"), m_hintsCombo);
    form->addRow(m_pauseCheck);
    form->addRow(m_retakeCheck);
    form->addRow(m_closingCheck);

    auto *columns = new QHBoxLayout;
    columns->addWidget(roundsBox, 1);
    columns->addWidget(settingsBox, 0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(presetRow);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    for (QSpinBox *spin : {m_prepSpin, m_answerSpin, m_budgetSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SetupPage::edited);
    for (QComboBox *combo : {m_expiryCombo, m_gradingCombo, m_hintsCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &SetupPage::edited);
    for (QCheckBox *check : {m_pauseCheck, m_retakeCheck, m_closingCheck})
        connect(check, &QCheckBox::toggled, this, &SetupPage::edited);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &SetupPage::presetChosen);

    presetChosen(m_presetCombo->currentIndex());
}

void SetupPage::presetChosen(int index)
{
    const QString id = m_presetCombo->itemData(index).toString();
    if (id.isEmpty()) {
        // "Custom" keeps what the form holds: people start from a preset and change it.
        m_presetName.clear();
        updateSummary();
        return;
    }
    if (const auto preset = builtinPreset(id))
        loadPlan(*preset);
}

void SetupPage::loadPlan(const LoopPlan &plan)
{
    m_loading = true;
    {
        const QSignalBlocker blocker(m_presetCombo);
        const int index = m_presetCombo->findData(plan.id);
        m_presetCombo->setCurrentIndex(index >= 0 ? index : m_presetCombo->count() - 1);
    }
    m_presetName = plan.id.isEmpty() ? QString() : plan.name;
    setOptionalValue(m_prepSpin, plan.prepSeconds);
    setOptionalValue(m_answerSpin, plan.answerSeconds);
    m_budgetSpin->setValue(plan.roundSeconds);
    selectData(m_expiryCombo, plan.expiry);
    selectData(m_gradingCombo, plan.gradingTiming);
    selectData(m_hintsCombo, plan.hintsTiming);
    m_pauseCheck->setChecked(plan.pauseAllowed);
    m_retakeCheck->setChecked(plan.retakeAllowed);
    m_closingCheck->setChecked(plan.closingSegment);
    setRounds(plan.rounds);
    m_loading = false;
    updateSummary();
}

LoopPlan SetupPage::plan() const
{
    LoopPlan p;
    p.id = m_presetCombo->currentData().toString();
    p.name = p.id.isEmpty() ? tr("Custom loop") : m_presetName;
    p.prepSeconds = optionalValue(m_prepSpin);
    p.answerSeconds = optionalValue(m_answerSpin);
    p.roundSeconds = m_budgetSpin->value();
    p.expiry = comboValue<ExpiryPolicy>(m_expiryCombo);
    p.gradingTiming = comboValue<GradingTiming>(m_gradingCombo);
    p.hintsTiming = comboValue<HintsTiming>(m_hintsCombo);
    p.pauseAllowed = m_pauseCheck->isChecked();
    p.retakeAllowed = m_retakeCheck->isChecked();
    p.closingSegment = m_closingCheck->isChecked();
    for (int row = 0; row < m_roundsTable->rowCount(); ++row) {
        RoundPlan r;
        r.kind = comboValue<RoundKind>(
            qobject_cast<const QComboBox *>(m_roundsTable->cellWidget(row, KindColumn)));
        auto spin = [&](int column) {
            return qobject_cast<const QSpinBox *>(m_roundsTable->cellWidget(row, column));
        };
        r.questionCount = spin(CountColumn)->value();
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
    for (const RoundPlan &r : rounds)
        appendRoundRow(r);
    m_loading = wasLoading;
}

void SetupPage::appendRoundRow(const RoundPlan &round)
{
    const int row = m_roundsTable->rowCount();
    m_roundsTable->insertRow(row);

    // Object names carry the row so tests and accessibility tools can address each cell.
    auto *kind = new QComboBox(m_roundsTable);
    kind->setObjectName(QStringLiteral("roundKind_%1").arg(row));
    for (RoundKind k : kAllRoundKinds)
        kind->addItem(displayName(k), int(k));
    selectData(kind, round.kind);
    connect(kind, &QComboBox::currentIndexChanged, this, &SetupPage::edited);
    m_roundsTable->setCellWidget(row, KindColumn, kind);

    auto *count = new QSpinBox(m_roundsTable);
    count->setObjectName(QStringLiteral("roundCount_%1").arg(row));
    count->setRange(0, 100);
    count->setValue(round.questionIds.isEmpty() ? round.questionCount
                                                : int(round.questionIds.size()));
    connect(count, &QSpinBox::valueChanged, this, &SetupPage::edited);
    m_roundsTable->setCellWidget(row, CountColumn, count);

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
    m_presetName.clear();
    showError({});
    updateSummary();
}

void SetupPage::addRound()
{
    // Chosen questions are not edited here, so a new round draws like the rest.
    RoundPlan r;
    r.kind = m_roundsTable->rowCount() > 0
                 ? comboValue<RoundKind>(qobject_cast<const QComboBox *>(
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
