#include "interview/ClosingPanel.h"

#include "controller/SessionController.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

// A list row: the question, its note under it.
QString rowText(const ClosingQuestion &q)
{
    QString text = q.question.isEmpty() ? ClosingPanel::tr("(new question)") : q.question;
    if (!q.note.trimmed().isEmpty())
        text += QStringLiteral("\n    ")
                + q.note.trimmed().replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return text;
}

} // namespace

ClosingPanel::ClosingPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Your questions for the interviewer"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Most interviews end with “Do you have any questions for us?”. "
                                "List the ones you would ask, each with a note: why you ask it "
                                "and what to listen for. Enter on a suggestion adds it."),
                             this);
    intro->setWordWrap(true);

    auto *suggestionsBox = new QGroupBox(tr("Suggestions"), this);
    m_suggestions = new QListWidget(suggestionsBox);
    m_suggestions->setObjectName(QStringLiteral("closingSuggestions"));
    m_suggestions->setWordWrap(true);
    m_suggestions->setAlternatingRowColors(true);
    m_useSuggestionButton = new QPushButton(tr("&Add to my questions"), suggestionsBox);
    m_useSuggestionButton->setObjectName(QStringLiteral("useSuggestionButton"));
    auto *suggestionsLayout = new QVBoxLayout(suggestionsBox);
    suggestionsLayout->addWidget(m_suggestions, 1);
    suggestionsLayout->addWidget(m_useSuggestionButton, 0, Qt::AlignRight);
    auto useSuggestion = [this] {
        const QListWidgetItem *item = m_suggestions->currentItem();
        if (item)
            addQuestion(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    };
    connect(m_useSuggestionButton, &QPushButton::clicked, this, useSuggestion);
    connect(m_suggestions, &QListWidget::itemActivated, this, useSuggestion);

    auto *mineBox = new QGroupBox(tr("The questions you would ask"), this);
    m_list = new QListWidget(mineBox);
    m_list->setObjectName(QStringLiteral("closingList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_question = new QLineEdit(mineBox);
    m_question->setObjectName(QStringLiteral("closingQuestionEdit"));
    m_question->setPlaceholderText(tr("The question, as you would ask it."));
    m_note = new QPlainTextEdit(mineBox);
    m_note->setObjectName(QStringLiteral("closingNoteEdit"));
    m_note->setPlaceholderText(tr("Why ask it; what to listen for in the answer."));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_addButton = new QPushButton(tr("&New question"), mineBox);
    m_addButton->setObjectName(QStringLiteral("addClosingButton"));
    m_removeButton = new QPushButton(tr("Re&move"), mineBox);
    m_removeButton->setObjectName(QStringLiteral("removeClosingButton"));
    auto *form = new QFormLayout;
    auto *questionLabel = new QLabel(tr("&Question:"), mineBox);
    questionLabel->setBuddy(m_question);
    auto *noteLabel = new QLabel(tr("N&ote:"), mineBox);
    noteLabel->setBuddy(m_note);
    form->addRow(questionLabel, m_question);
    form->addRow(noteLabel, m_note);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto *mineLayout = new QVBoxLayout(mineBox);
    mineLayout->addWidget(m_list, 1);
    mineLayout->addLayout(form);
    mineLayout->addLayout(listButtons);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addQuestion(QString(), QString()); });
    connect(m_removeButton, &QPushButton::clicked, this, &ClosingPanel::removeQuestion);
    connect(m_list, &QListWidget::currentRowChanged, this, &ClosingPanel::showCurrent);
    connect(m_question, &QLineEdit::textEdited, this, &ClosingPanel::currentEdited);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            currentEdited();
    });
    // Enter in the question line goes on to its note.
    connect(m_question, &QLineEdit::returnPressed, m_note, qOverload<>(&QWidget::setFocus));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(suggestionsBox);
    splitter->addWidget(mineBox);

    m_finishButton = new QPushButton(tr("Finish"), this);
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    m_finishButton->setToolTip(tr("End the loop and open the report (Ctrl+Return)."));
    // The step forward is the one to find at a glance.
    QFont primaryFont = m_finishButton->font();
    primaryFont.setBold(true);
    m_finishButton->setFont(primaryFont);
    m_finishButton->setMinimumWidth(120);
    connect(m_finishButton, &QPushButton::clicked, this, &ClosingPanel::finishClicked);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_finishButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    showCurrent();
}

void ClosingPanel::refresh(const SessionController &controller, bool entered)
{
    m_finishButton->setEnabled(controller.engine().check(Event::Submit).accepted);
    if (!entered)
        return;
    m_suggestions->clear();
    const QList<ClosingEntry> entries = controller.closingSuggestions();
    for (const ClosingEntry &e : entries) {
        auto *item = new QListWidgetItem(e.why.isEmpty() ? e.text
                                                         : e.text + QStringLiteral("\n— ") + e.why,
                                         m_suggestions);
        item->setData(Qt::UserRole, e.text);
        item->setData(Qt::UserRole + 1, e.why);
    }
    if (entries.isEmpty())
        new QListWidgetItem(tr("No suggestions in the question bank."), m_suggestions);
    m_useSuggestionButton->setEnabled(!entries.isEmpty());
    m_questions = parseClosingList(controller.closingNotes());
    rebuildList();
}

void ClosingPanel::clear()
{
    m_suggestions->clear();
    m_useSuggestionButton->setEnabled(false);
    m_questions.clear();
    rebuildList(); // quietly: rebuilding never reports an edit
    m_finishButton->setEnabled(false);
}

void ClosingPanel::rebuildList()
{
    m_loading = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const ClosingQuestion &q : std::as_const(m_questions)) {
        new QListWidgetItem(rowText(q), m_list);
    }
    m_list->setCurrentRow(std::min(row < 0 ? 0 : row, int(m_questions.size()) - 1));
    m_loading = false;
    showCurrent();
}

void ClosingPanel::showCurrent()
{
    if (m_loading)
        return;
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_questions.size();
    m_loading = true;
    m_question->setText(any ? m_questions[row].question : QString());
    if (m_note->toPlainText() != (any ? m_questions[row].note : QString())) {
        m_note->setPlainText(any ? m_questions[row].note : QString());
        m_note->moveCursor(QTextCursor::End); // going on writing it is the likely next step
    }
    m_loading = false;
    m_question->setEnabled(any);
    m_note->setEnabled(any);
    m_removeButton->setEnabled(any);
}

void ClosingPanel::addQuestion(const QString &text, const QString &note)
{
    m_questions.append({text, note});
    rebuildList();
    m_list->setCurrentRow(int(m_questions.size()) - 1);
    m_question->setFocus();
    m_question->selectAll();
    emit notesEdited(closingListText(m_questions));
}

void ClosingPanel::removeQuestion()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_questions.size())
        return;
    m_questions.removeAt(row);
    rebuildList();
    emit notesEdited(closingListText(m_questions));
}

void ClosingPanel::currentEdited()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_questions.size())
        return;
    m_questions[row] = {m_question->text(), m_note->toPlainText()};
    if (QListWidgetItem *item = m_list->item(row))
        item->setText(rowText(m_questions[row]));
    emit notesEdited(closingListText(m_questions));
}

} // namespace mockloop::desktop
