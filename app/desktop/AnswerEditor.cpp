#include "AnswerEditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

// Stored field names: stable keys, never translated.
const QString kAnswerField = QStringLiteral("answer");
const QStringList kStarFields = {QStringLiteral("situation"), QStringLiteral("task"),
                                 QStringLiteral("action"), QStringLiteral("result")};

} // namespace

AnswerEditor::AnswerEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    m_answer = new QPlainTextEdit(m_stack);
    m_answer->setObjectName(QStringLiteral("answerEdit"));
    m_answer->setPlaceholderText(tr("Write your answer: structure first, then the details and "
                                    "the trade-offs."));
    m_stack->addWidget(m_answer);

    // STAR fields in a 2×2 grid: four stacked editors get too short on a 700 px screen.
    auto *star = new QWidget(m_stack);
    auto *grid = new QGridLayout(star);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString objectNames[] = {QStringLiteral("starSituation"), QStringLiteral("starTask"),
                                   QStringLiteral("starAction"), QStringLiteral("starResult")};
    const QString labels[] = {tr("&Situation"), tr("&Task"), tr("&Action"), tr("&Result")};
    const QString placeholders[] = {
        tr("Where and when; the context the listener needs."),
        tr("What you were responsible for; the goal or the problem."),
        tr("What you did, step by step: say “I”, not “we”."),
        tr("The outcome, with numbers if you can, and what you learned.")};
    for (int i = 0; i < 4; ++i) {
        auto *edit = new QPlainTextEdit(star);
        edit->setObjectName(objectNames[i]);
        edit->setPlaceholderText(placeholders[i]);
        // Tab walks Situation → Task → Action → Result, as in a form.
        edit->setTabChangesFocus(true);
        auto *label = new QLabel(labels[i], star);
        label->setBuddy(edit);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        grid->addWidget(label, (i / 2) * 2, i % 2);
        grid->addWidget(edit, (i / 2) * 2 + 1, i % 2);
        grid->setRowStretch((i / 2) * 2 + 1, 1);
        m_star.append(edit);
    }
    m_stack->addWidget(star);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    for (QPlainTextEdit *edit : QList<QPlainTextEdit *>{m_answer} + m_star) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                emit edited();
        });
    }
    setKind(RoundKind::Technical);
}

QList<QPlainTextEdit *> AnswerEditor::activeEdits() const
{
    return usesStarFields(m_kind) ? m_star : QList<QPlainTextEdit *>{m_answer};
}

void AnswerEditor::setKind(RoundKind kind)
{
    m_kind = kind;
    m_stack->setCurrentIndex(usesStarFields(kind) ? 1 : 0);
}

void AnswerEditor::setFields(const QList<AnswerField> &fields)
{
    m_loading = true;
    const QList<QPlainTextEdit *> edits = activeEdits();
    const QStringList names = usesStarFields(m_kind) ? kStarFields : QStringList{kAnswerField};
    QStringList values(names.size());
    for (const AnswerField &f : fields) {
        const qsizetype i = names.indexOf(f.name);
        if (i >= 0) {
            values[i] = f.value;
        } else if (!f.value.isEmpty()) {
            QString &last = values.last();
            if (!last.isEmpty())
                last += QStringLiteral("\n\n");
            last += f.name + QStringLiteral(": ") + f.value;
        }
    }
    for (qsizetype i = 0; i < edits.size(); ++i) {
        // Setting the same text would move the cursor to the start while someone types.
        if (edits[i]->toPlainText() != values[i])
            edits[i]->setPlainText(values[i]);
    }
    m_loading = false;
}

QList<AnswerField> AnswerEditor::fields() const
{
    if (!usesStarFields(m_kind))
        return {{kAnswerField, m_answer->toPlainText()}};
    QList<AnswerField> out;
    for (int i = 0; i < m_star.size(); ++i)
        out.append({kStarFields[i], m_star[i]->toPlainText()});
    return out;
}

void AnswerEditor::setReadOnly(bool readOnly)
{
    for (QPlainTextEdit *edit : m_star + QList<QPlainTextEdit *>{m_answer})
        edit->setReadOnly(readOnly);
}

void AnswerEditor::focusFirstField()
{
    activeEdits().constFirst()->setFocus();
}

} // namespace mockloop::desktop
