#include "GradePanel.h"

#include "SessionController.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
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

// What each score means, so self-grading is anchored rather than a mood.
QString anchorText(RoundKind kind, int score)
{
    if (usesStarFields(kind)) {
        switch (score) {
        case 1: return GradePanel::tr("No real example, or a story without a result.");
        case 2: return GradePanel::tr("An example, but vague: “we” did things, no clear result.");
        case 3: return GradePanel::tr("All four parts, but thin on your own actions or the outcome.");
        case 4: return GradePanel::tr("A specific story: your actions and a measurable result.");
        case 5: return GradePanel::tr("Specific and concise, with numbers and what you learned.");
        default: break;
        }
    } else {
        switch (score) {
        case 1: return GradePanel::tr("Could not answer, or mostly wrong.");
        case 2: return GradePanel::tr("Partly right; most key points missing.");
        case 3: return GradePanel::tr("Right on the main points; little depth or trade-offs.");
        case 4: return GradePanel::tr("Correct and structured; most key points, with trade-offs.");
        case 5: return GradePanel::tr("Complete and structured, with trade-offs and real examples.");
        default: break;
        }
    }
    return GradePanel::tr("Choose a score from 1 to 5.");
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

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(answerBox);
    splitter->addWidget(hintsBox);

    m_score = new QSpinBox(this);
    m_score->setObjectName(QStringLiteral("scoreSpin"));
    // 0 is "not chosen yet": a grade must be a decision, not a default.
    m_score->setRange(0, 5);
    m_score->setSpecialValueText(tr("—"));
    m_score->setMinimumWidth(70);
    m_anchor = new QLabel(this);
    m_anchor->setObjectName(QStringLiteral("scoreAnchor"));
    m_anchor->setWordWrap(true);
    connect(m_score, &QSpinBox::valueChanged, this, &GradePanel::updateAnchor);
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(m_anchor, 1);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("gradeNote"));
    m_note->setPlaceholderText(tr("What was missing, what to practise next time."));
    m_note->setMaximumHeight(90);

    m_saveButton = new QPushButton(tr("Save grade"), this);
    m_saveButton->setObjectName(QStringLiteral("saveGradeButton"));
    m_saveButton->setToolTip(tr("Save the grade and go on (Ctrl+Return)."));
    // The step forward is the one to find at a glance.
    QFont primaryFont = m_saveButton->font();
    primaryFont.setBold(true);
    m_saveButton->setFont(primaryFont);
    m_saveButton->setMinimumWidth(120);
    connect(m_saveButton, &QPushButton::clicked, this, &GradePanel::requestGrade);

    auto *form = new QFormLayout;
    form->addRow(tr("Score (1–5):"), scoreRow);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_questionText);
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
}

void GradePanel::refresh(const SessionController &controller, bool entered)
{
    const Engine &engine = controller.engine();
    const int attempt = engine.currentAttempt();
    m_saveButton->setEnabled(engine.check(Event::GradeSubmitted).accepted);
    if (!entered || attempt < 0)
        return;
    const Question &q = controller.question(attempt);
    m_kind = engine.roundTimes(engine.attemptTimes(attempt).round).kind;
    m_questionText->setText(q.text);
    m_answerView->setPlainText(answerText(controller.answer(attempt)));
    // Hints wait for the end of the loop when the plan says so; grading at the end of the
    // loop is that moment.
    const LoopPlan &plan = controller.plan();
    if (plan.hintsTiming == HintsTiming::AfterEachAnswer
        || plan.gradingTiming == GradingTiming::EndOfLoop) {
        m_hints->setHtml(hintsHtml(q));
    } else {
        m_hints->setHtml(QStringLiteral("<p><i>")
                         + tr("This plan shows the model answer and key points at the end of "
                              "the loop, in the report.")
                               .toHtmlEscaped()
                         + QStringLiteral("</i></p>"));
    }
    m_score->setValue(controller.score(attempt).value_or(0));
    m_note->setPlainText(controller.gradeNote(attempt));
    updateAnchor();
}

void GradePanel::updateAnchor()
{
    m_anchor->setText(anchorText(m_kind, m_score->value()));
}

void GradePanel::requestGrade()
{
    emit gradeRequested(m_score->value(), m_note->toPlainText());
}

} // namespace mockloop::desktop
