#include "interview/GradePanel.h"

#include "coach/Coach.h"
#include "coach/Rubric.h"
#include "controller/SessionController.h"
#include "interview/ScoreDelta.h"
#include "report/FollowUpText.h"
#include "report/SessionText.h"
#include "session/HintsRule.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

QString answerText(const QList<AnswerField> &fields)
{
    bool any = false;
    for (const AnswerField &f : fields)
        any = any || !f.value.trimmed().isEmpty();
    if (!any)
        return GradePanel::tr("(no answer was written)");
    if (fields.size() == 1)
        return fields.constFirst().value;
    QStringList parts;
    for (const AnswerField &f : fields)
        parts << answerFieldDisplayName(f.name).toUpper() + QLatin1Char('\n') + f.value;
    return parts.join(QStringLiteral("\n\n"));
}

QString hintsHtml(const Question &q)
{
    QString html;
    if (!q.outline.isEmpty()) {
        html += QStringLiteral("<h4>") + GradePanel::tr("Model answer outline").toHtmlEscaped()
                + QStringLiteral("</h4><p style=\"white-space: pre-wrap\">")
                + q.outline.toHtmlEscaped() + QStringLiteral("</p>");
    }
    if (!q.keyPoints.isEmpty()) {
        html += QStringLiteral("<h4>") + GradePanel::tr("Key points").toHtmlEscaped()
                + QStringLiteral("</h4><ul>");
        for (const KeyPoint &kp : q.keyPoints)
            html += QStringLiteral("<li>") + kp.text.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (!q.guidance.isEmpty()) {
        html += QStringLiteral("<h4>") + GradePanel::tr("How to answer").toHtmlEscaped()
                + QStringLiteral("</h4><p>") + q.guidance.toHtmlEscaped() + QStringLiteral("</p>");
    }
    if (!q.followUps.isEmpty()) {
        html += QStringLiteral("<h4>") + GradePanel::tr("Likely follow-ups").toHtmlEscaped()
                + QStringLiteral("</h4><ul>");
        for (const QString &f : q.followUps)
            html += QStringLiteral("<li>") + f.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

GradePanel::GradePanel(QWidget *parent)
    : QWidget(parent)
    , m_kind(RoundKind::Technical)
{
    m_questionText = new QLabel(this);
    m_questionText->setObjectName(QStringLiteral("gradeQuestionText"));
    m_questionText->setWordWrap(true);
    m_questionText->setTextFormat(Qt::PlainText);
    m_questionText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont questionFont = m_questionText->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.2);
    questionFont.setBold(true);
    m_questionText->setFont(questionFont);

    auto *answerBox = new QGroupBox(tr("Your answer"), this);
    m_answerView = new QPlainTextEdit(answerBox);
    m_answerView->setObjectName(QStringLiteral("gradeAnswerView"));
    m_answerView->setReadOnly(true);
    (new QVBoxLayout(answerBox))->addWidget(m_answerView);

    auto *hintsBox = new QGroupBox(tr("Compare with"), this);
    m_hints = new QTextBrowser(hintsBox);
    m_hints->setObjectName(QStringLiteral("hintsView"));
    (new QVBoxLayout(hintsBox))->addWidget(m_hints);

    // Reading on the left (the answer above what to compare it with), grading on the right:
    // stacked under the answer, the rubric and the checklist shared a strip of the height
    // and the checklist showed two key points at a time.
    auto *readSplitter = new QSplitter(Qt::Vertical, this);
    readSplitter->setObjectName(QStringLiteral("gradeReadSplitter"));
    readSplitter->setChildrenCollapsible(false);
    readSplitter->addWidget(answerBox);
    readSplitter->addWidget(hintsBox);

    m_score = new QSpinBox(this);
    m_score->setObjectName(QStringLiteral("scoreSpin"));
    // 0 is "not chosen yet": a grade must be a decision, not a default.
    m_score->setRange(0, 5);
    m_score->setSpecialValueText(tr("—"));
    m_score->setMinimumWidth(70);
    m_anchor = new QLabel(this);
    m_anchor->setObjectName(QStringLiteral("scoreAnchor"));
    m_anchor->setWordWrap(true);
    connect(m_score, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingScores)
            m_overallChosen = m_score->value() > 0;
        updateAnchor();
    });

    // The rubric of the round kind: one score per criterion, each with its anchored meaning.
    auto *rubricBox = new QGroupBox(tr("Rubric"), this);
    rubricBox->setObjectName(QStringLiteral("rubricBox"));
    m_rubricGrid = new QGridLayout(rubricBox);
    m_rubricGrid->setColumnStretch(2, 1);

    // The key points the answer made: pre-ticked by the coach, every tick can be changed.
    auto *pointsBox = new QGroupBox(tr("Key points your answer made"), this);
    pointsBox->setObjectName(QStringLiteral("keyPointsBox"));
    m_pointsBox = pointsBox;
    m_keyPointList = new QListWidget(pointsBox);
    m_keyPointList->setObjectName(QStringLiteral("keyPointList"));
    m_keyPointList->setWordWrap(true);
    m_keyPointList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_keyPointList->setSelectionMode(QAbstractItemView::NoSelection);
    // The coach's remarks scroll in a small box so the checklist keeps its room.
    m_coachHints = new QTextBrowser(pointsBox);
    m_coachHints->setObjectName(QStringLiteral("coachHints"));
    m_coachHints->setMaximumHeight(m_coachHints->fontMetrics().lineSpacing() * 3 + 12);
    auto *pointsLayout = new QVBoxLayout(pointsBox);
    pointsLayout->addWidget(m_keyPointList, 1);
    pointsLayout->addWidget(m_coachHints);

    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(m_anchor, 1);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("gradeNote"));
    m_note->setPlaceholderText(tr("What was missing, what to practise next time."));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 2 + 14);

    m_saveButton = new QPushButton(tr("Save grade"), this);
    m_saveButton->setObjectName(QStringLiteral("saveGradeButton"));
    m_saveButton->setToolTip(tr("Save the grade and go on (Ctrl+Return)."));
    // The step forward is the one to find at a glance.
    QFont primaryFont = m_saveButton->font();
    primaryFont.setBold(true);
    m_saveButton->setFont(primaryFont);
    m_saveButton->setMinimumWidth(120);
    connect(m_saveButton, &QPushButton::clicked, this, &GradePanel::requestGrade);
    m_retakeButton = new QPushButton(tr("Save and &retake"), this);
    m_retakeButton->setObjectName(QStringLiteral("retakeButton"));
    connect(m_retakeButton, &QPushButton::clicked, this,
            [this] { emit retakeRequested(currentGrade()); });
    // A retake's grade against the last attempt of the question.
    m_delta = new QLabel(this);
    m_delta->setObjectName(QStringLiteral("gradeDeltaLabel"));
    m_delta->setWordWrap(true);
    QFont deltaFont = m_delta->font();
    deltaFont.setBold(true);
    m_delta->setFont(deltaFont);
    m_delta->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Overall (1–5):"), scoreRow);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QHBoxLayout;
    // Keeps the buttons right-aligned at their size when the delta and the retake are hidden.
    buttons->addStretch();
    buttons->addWidget(m_delta, 1);
    buttons->addWidget(m_retakeButton);
    buttons->addWidget(m_saveButton);

    // The grading column: the rubric as tall as it needs, the checklist takes the rest.
    auto *gradeArea = new QWidget(this);
    auto *gradeColumn = new QVBoxLayout(gradeArea);
    gradeColumn->setContentsMargins(0, 0, 0, 0);
    gradeColumn->addWidget(rubricBox);
    gradeColumn->addWidget(pointsBox, 1);
    gradeColumn->addLayout(form);
    gradeColumn->addLayout(buttons);
    // The person decides how much room the answer and the grade get.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("gradeSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(readSplitter);
    splitter->addWidget(gradeArea);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    // The grading side wider: rubric anchors and key points wrap into fewer lines.
    splitter->setSizes({400, 600});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_questionText);
    layout->addWidget(splitter, 1);
}

void GradePanel::refresh(const SessionController &controller, bool entered)
{
    const Engine &engine = controller.engine();
    const int attempt = engine.currentAttempt();
    m_saveButton->setEnabled(engine.check(Event::GradeSubmitted).accepted);
    m_retakeButton->setVisible(retakesOffered(controller.plan()));
    const Engine::Result retake = attempt >= 0 ? engine.checkRetake(attempt) : Engine::Result{};
    m_retakeButton->setEnabled(retake.accepted);
    // A disabled retake says why (the round's time is up, the loop is being graded...).
    m_retakeButton->setToolTip(retake.accepted || retake.reason.isEmpty()
                                   ? tr("Save this grade and answer the same question again as "
                                        "a new attempt; its grade shows the change.")
                                   : retake.reason);
    if (!entered || attempt < 0)
        return;
    m_previousScore = controller.previousScore(attempt);
    const Question &q = controller.question(attempt);
    m_kind = engine.roundTimes(engine.attemptTimes(attempt).round).kind;
    m_questionText->setText(q.text);
    // The grade covers the follow-ups too: their questions and answers below the answer.
    AttemptRecord withTimes = controller.attemptRecord(attempt);
    withTimes.times = engine.attemptTimes(attempt); // the live statuses, not those loaded
    const QString followUps = followUpsPlainText(withTimes);
    m_answerView->setPlainText(
        answerText(controller.answer(attempt))
        + (followUps.isEmpty() ? QString() : QStringLiteral("\n\n") + followUps));
    // Hints wait for the end of the loop when the plan says so (core's rule): then the rubric
    // is scored without them, and the key points, whose texts are the answer, stay hidden.
    const bool hints = hintsShown(controller.plan(), engine.state());
    if (hints) {
        m_hints->setHtml(hintsHtml(q));
    } else {
        m_hints->setHtml(QStringLiteral("<p><i>")
                         + tr("This plan shows the model answer and key points at the end of "
                              "the loop, in the report.")
                               .toHtmlEscaped()
                         + QStringLiteral("</i></p>"));
    }
    rebuildRubric(controller.attemptRecord(attempt));
    rebuildKeyPoints(controller, attempt, hints);
    m_settingScores = true;
    m_score->setValue(controller.score(attempt).value_or(0));
    m_settingScores = false;
    m_overallChosen = controller.score(attempt).has_value();
    m_note->setPlainText(controller.gradeNote(attempt));
    updateAnchor();
}

void GradePanel::clear()
{
    m_previousScore.reset();
    m_questionText->clear();
    m_answerView->clear();
    m_hints->clear();
    m_keyPointList->clear();
    m_coachHints->clear();
    m_note->clear();
    m_settingScores = true;
    m_score->setValue(0);
    m_settingScores = false;
    m_overallChosen = false;
    m_saveButton->setEnabled(false);
    m_retakeButton->setEnabled(false);
    updateAnchor();
}

void GradePanel::updateDelta()
{
    m_delta->setVisible(m_previousScore.has_value());
    if (!m_previousScore)
        return;
    const int score = m_score->value();
    m_delta->setText(score > 0 ? tr("Retake: %1 / 5 against %2 / 5 last time %3")
                                     .arg(score)
                                     .arg(*m_previousScore)
                                     .arg(scoreDeltaText(score - *m_previousScore))
                               : tr("Retake: the last attempt scored %1 / 5.").arg(*m_previousScore));
}

void GradePanel::rebuildRubric(const AttemptRecord &record)
{
    while (QLayoutItem *item = m_rubricGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_criteria.clear();
    const Rubric rubric = rubricFor(m_kind);
    int row = 0;
    for (const RubricCriterion &c : rubric.criteria) {
        auto *name = new QLabel(c.name, m_rubricGrid->parentWidget());
        auto *spin = new QSpinBox(m_rubricGrid->parentWidget());
        spin->setObjectName(QStringLiteral("rubric_") + c.key);
        spin->setRange(0, kRubricMaxScore);
        spin->setSpecialValueText(tr("—"));
        auto *anchor = new QLabel(m_rubricGrid->parentWidget());
        anchor->setObjectName(QStringLiteral("rubricAnchor_") + c.key);
        anchor->setWordWrap(true);
        QFont small = anchor->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        anchor->setFont(small);
        for (const auto &[key, score] : record.rubric)
            if (key == c.key)
                spin->setValue(score);
        auto update = [this, spin, anchor, c] {
            anchor->setText(spin->value() > 0 ? c.anchor(spin->value())
                                              : tr("1 = %1").arg(c.anchor(1)));
            updateDefaultOverall();
        };
        connect(spin, &QSpinBox::valueChanged, this, update);
        anchor->setText(spin->value() > 0 ? c.anchor(spin->value()) : tr("1 = %1").arg(c.anchor(1)));
        m_rubricGrid->addWidget(name, row, 0);
        m_rubricGrid->addWidget(spin, row, 1);
        m_rubricGrid->addWidget(anchor, row, 2);
        m_criteria.append({c.key, spin});
        ++row;
    }
}

void GradePanel::rebuildKeyPoints(const SessionController &controller, int attempt, bool showHints)
{
    m_keyPointList->clear();
    // No checklist while the hints wait: the grade then stores none, and the report ticks the
    // key points as the coach finds them (core/Report).
    m_pointsBox->setVisible(showHints);
    if (!showHints) {
        m_coachHints->clear();
        return;
    }
    const AttemptRecord &record = controller.attemptRecord(attempt);
    const AttemptTimes times = controller.engine().attemptTimes(attempt);
    const CoachReport report = coach(record.question, controller.answer(attempt),
                                     times.answerUsedMs, times.answerLimitMs);
    for (int i = 0; i < record.question.keyPoints.size(); ++i) {
        auto *item = new QListWidgetItem(record.question.keyPoints[i].text, m_keyPointList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // A stored checklist wins; otherwise the coach's reading of the answer.
        const bool covered = i < record.keyPointsCovered.size() ? record.keyPointsCovered[i]
                                                                : report.keyPointsCovered.value(i);
        item->setCheckState(covered ? Qt::Checked : Qt::Unchecked);
    }
    if (report.hints.isEmpty()) {
        m_coachHints->setHtml(tr("<i>The coach has no remarks on this answer.</i>"));
        return;
    }
    QString html = QStringLiteral("<b>") + tr("Coach").toHtmlEscaped()
                   + QStringLiteral("</b><ul style=\"margin: 0\">");
    for (const Hint &h : report.hints)
        html += QStringLiteral("<li>") + h.message.toHtmlEscaped() + QStringLiteral("</li>");
    m_coachHints->setHtml(html + QStringLiteral("</ul>"));
}

void GradePanel::updateDefaultOverall()
{
    if (m_overallChosen)
        return;
    QList<int> scores;
    for (const auto &[key, spin] : m_criteria)
        if (spin->value() > 0)
            scores.append(spin->value());
    m_settingScores = true;
    m_score->setValue(defaultOverall(scores));
    m_settingScores = false;
    updateAnchor();
}

void GradePanel::updateAnchor()
{
    updateDelta();
    if (m_score->value() == 0) {
        m_anchor->setText(tr("Score the rubric, or choose an overall score from 1 to 5."));
        return;
    }
    m_anchor->setText(m_overallChosen
                          ? tr("Your overall score.")
                          : tr("The rounded mean of the rubric; change it if you disagree."));
}

void GradePanel::requestGrade()
{
    emit gradeRequested(currentGrade());
}

Grade GradePanel::currentGrade() const
{
    Grade grade;
    grade.overall = m_score->value();
    grade.note = m_note->toPlainText();
    for (const auto &[key, spin] : m_criteria)
        if (spin->value() > 0)
            grade.rubric.append({key, spin->value()});
    for (int i = 0; i < m_keyPointList->count(); ++i)
        grade.keyPointsCovered.append(m_keyPointList->item(i)->checkState() == Qt::Checked);
    return grade;
}

} // namespace mockloop::desktop
