#include "stories/StoriesPage.h"

#include "base/Clock.h"
#include "common/Appearance.h"
#include "common/Confirmation.h"
#include "practice/History.h"
#include "stories/StoryMatrixModel.h"

#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

QStringList splitCompetencies(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.simplified(); !t.isEmpty())
            out << t;
    return out;
}

} // namespace

StoriesPage::StoriesPage(Database &db, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_matrixModel(new StoryMatrixModel(this))
{
    auto *title = new QLabel(tr("Story bank"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("STAR stories to tell again: save one from an answer (History), "
                                "write one here, and pick one with “Use a story…” while you "
                                "answer a story question."),
                             this);
    intro->setWordWrap(true);
    auto *homeButton = new QPushButton(tr("&Back to home"), this);
    homeButton->setObjectName(QStringLiteral("storiesHomeButton"));
    connect(homeButton, &QPushButton::clicked, this, &StoriesPage::homeRequested);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(intro);
    header->addLayout(titles, 1);
    header->addWidget(homeButton, 0, Qt::AlignTop);

    // Left: the stories.
    auto *listBox = new QGroupBox(tr("Stories"), this);
    m_list = new QListWidget(listBox);
    m_list->setObjectName(QStringLiteral("storyList"));
    auto *newButton = new QPushButton(tr("&New story"), listBox);
    newButton->setObjectName(QStringLiteral("newStoryButton"));
    m_deleteButton = new QPushButton(tr("&Delete"), listBox);
    m_deleteButton->setObjectName(QStringLiteral("deleteStoryButton"));
    connect(m_list, &QListWidget::currentRowChanged, this, &StoriesPage::storySelected);
    connect(newButton, &QPushButton::clicked, this, &StoriesPage::newStory);
    connect(m_deleteButton, &QPushButton::clicked, this, &StoriesPage::deleteStory);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addStretch();
    listButtons->addWidget(m_deleteButton);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(listButtons);

    // Right: the open story.
    auto *editBox = new QGroupBox(tr("Story"), this);
    m_title = new QLineEdit(editBox);
    m_title->setObjectName(QStringLiteral("storyTitle"));
    m_title->setPlaceholderText(tr("A name you will recognise, e.g. “The release we rolled back”"));
    m_competencies = new QLineEdit(editBox);
    m_competencies->setObjectName(QStringLiteral("storyCompetencies"));
    m_competencies->setPlaceholderText(tr("Comma-separated, e.g. ownership, conflict"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Competencies:"), m_competencies);
    const QString partNames[] = {tr("&Situation:"), tr("T&ask:"), tr("A&ction:"), tr("&Result:")};
    const QString objectNames[] = {QStringLiteral("storySituation"), QStringLiteral("storyTask"),
                                   QStringLiteral("storyAction"), QStringLiteral("storyResult")};
    for (int i = 0; i < 4; ++i) {
        auto *edit = new QPlainTextEdit(editBox);
        edit->setObjectName(objectNames[i]);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        edit->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
        form->addRow(partNames[i], edit);
        m_parts << edit;
    }
    const auto markDirty = [this] {
        if (!m_loading)
            m_dirty = true;
    };
    connect(m_title, &QLineEdit::textEdited, this, markDirty);
    connect(m_competencies, &QLineEdit::textEdited, this, markDirty);
    for (QPlainTextEdit *edit : std::as_const(m_parts))
        connect(edit, &QPlainTextEdit::textChanged, this, markDirty);
    m_saveButton = new QPushButton(tr("Sa&ve story"), editBox);
    m_saveButton->setObjectName(QStringLiteral("saveStoryButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &StoriesPage::saveStory);
    m_message = new QLabel(editBox);
    m_message->setObjectName(QStringLiteral("storyMessage"));
    m_message->setWordWrap(true);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_saveButton, 0, Qt::AlignTop);
    auto *editLayout = new QVBoxLayout(editBox);
    editLayout->addLayout(form, 1);
    editLayout->addLayout(saveRow);

    // Bottom: the matrix.
    auto *matrixBox = new QGroupBox(tr("Competencies × stories"), this);
    m_matrixView = new QTableView(matrixBox);
    m_matrixView->setObjectName(QStringLiteral("storyMatrixView"));
    m_matrixView->setModel(m_matrixModel);
    m_matrixView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrixView->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrixView->setAlternatingRowColors(true);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_matrixSummary = new QLabel(matrixBox);
    m_matrixSummary->setObjectName(QStringLiteral("storyMatrixSummary"));
    m_matrixSummary->setWordWrap(true);
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->addWidget(m_matrixSummary);
    matrixLayout->addWidget(m_matrixView, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(listBox);
    top->addWidget(editBox);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("storiesSplitter"));
    split->addWidget(top);
    split->addWidget(matrixBox);
    split->setChildrenCollapsible(false);
    // The STAR edits would take all the height they are offered; the matrix needs room to
    // show most competencies without scrolling. Scaled to the real height when shown.
    split->setSizes({500, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    newStory();
}

void StoriesPage::refresh()
{
    const qint64 keep = m_currentId;
    StoryBank bank(m_db);
    m_stories = bank.stories();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Story &s : std::as_const(m_stories))
            m_list->addItem(s.title);
    }
    auto *completer = new QCompleter(bank.competencies(), m_competencies);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_competencies->completer();
    m_competencies->setCompleter(completer);
    updateMatrix();
    // A story with unsaved edits that is no longer stored (deleted elsewhere): its text stays.
    if (m_dirty && m_currentId != 0 && rowOfCurrent() < 0)
        detachForm();
    // Unsaved edits stay in the form (coming back to the page must not drop them).
    if (m_dirty) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(rowOfCurrent());
    } else if (keep != 0) {
        showStory(keep);
    }
    m_deleteButton->setEnabled(m_currentId != 0);
}

void StoriesPage::dataReplaced()
{
    if (m_dirty) {
        if (m_currentId != 0 || m_sourceAttemptId != 0)
            detachForm();
        refresh();
        return;
    }
    // Nothing typed: start afresh rather than show whatever now has the old id.
    m_currentId = 0;
    m_sourceAttemptId = 0;
    refresh();
    newStory();
}

void StoriesPage::detachForm()
{
    m_currentId = 0;
    m_sourceAttemptId = 0; // the answer it was drafted from may be gone too
    m_deleteButton->setEnabled(false);
    showMessage(tr("Your data was restored or deleted while this story was open. What you typed "
                   "is still here: “Save story” saves it as a new story."),
                true);
}

int StoriesPage::rowOfCurrent() const
{
    for (int i = 0; i < m_stories.size(); ++i)
        if (m_currentId != 0 && m_stories.at(i).id == m_currentId)
            return i;
    return -1;
}

bool StoriesPage::mayDiscardEdits()
{
    return !m_dirty
           || Confirmation::ask(this, tr("Discard your changes?"),
                                tr("“%1” has changes that are not saved. Discard them?")
                                    .arg(m_title->text().isEmpty() ? tr("The new story")
                                                                   : m_title->text()),
                                tr("Discard changes"), tr("Keep editing"));
}

void StoriesPage::updateMatrix()
{
    m_matrixModel->setMatrix(StoryBank(m_db).matrix());
    const StoryMatrix &m = m_matrixModel->matrix();
    QStringList overused;
    for (int c = 0; c < m.stories.size(); ++c)
        if (m.isOverused(c))
            overused << m.stories.at(c).title;
    QString text;
    if (m.competencies.isEmpty())
        text = tr("No competencies yet: they come from the story questions and from your stories.");
    else if (m.gaps().isEmpty())
        text = tr("Every competency has at least one story.");
    else
        text = tr("No story yet for: %1.").arg(m.gaps().join(QStringLiteral(", ")));
    if (!overused.isEmpty())
        text += QLatin1Char(' ')
                + tr("Used in %1 answers or more: %2.")
                      .arg(StoryMatrix::kOveruseThreshold)
                      .arg(overused.join(QStringLiteral(", ")));
    m_matrixSummary->setText(text);
    m_matrixView->setAccessibleDescription(text);
    m_matrixView->resizeRowsToContents();
}

void StoriesPage::showStory(qint64 storyId)
{
    for (int i = 0; i < m_stories.size(); ++i) {
        if (m_stories.at(i).id == storyId) {
            m_list->setCurrentRow(i);
            load(m_stories.at(i));
            return;
        }
    }
}

bool StoriesPage::draftFromAttempt(qint64 attemptId)
{
    const auto attempt = History(m_db).attempt(attemptId);
    if (!mayDiscardEdits()) {
        showMessage(tr("Your unsaved story is still here: save it, then save the answer as a "
                       "story again."),
                    true);
        return false;
    }
    m_dirty = false;
    newStory();
    if (!attempt) {
        showMessage(tr("That answer is no longer stored."), true);
        return false;
    }
    load(Story::fromAnswer(*attempt));
    m_dirty = true; // a draft: nothing is saved until the person saves it
    showMessage(tr("Drafted from your answer: adapt the title and competencies, then save."), false);
    return true;
}

void StoriesPage::storySelected()
{
    const int row = m_list->currentRow();
    if (row == rowOfCurrent())
        return;
    if (!mayDiscardEdits()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(rowOfCurrent());
        return;
    }
    if (row >= 0 && row < m_stories.size())
        load(m_stories.at(row));
}

void StoriesPage::load(const Story &story)
{
    m_loading = true;
    m_currentId = story.id;
    m_sourceAttemptId = story.sourceAttemptId;
    m_title->setText(story.title);
    m_competencies->setText(story.competencies.join(QStringLiteral(", ")));
    const QList<AnswerField> fields = story.toAnswerFields();
    for (int i = 0; i < m_parts.size(); ++i)
        m_parts[i]->setPlainText(fields.at(i).value);
    m_deleteButton->setEnabled(story.id != 0);
    showMessage({}, false);
    m_loading = false;
    m_dirty = false;
}

void StoriesPage::newStory()
{
    if (!mayDiscardEdits())
        return;
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    load(Story{});
    m_title->setFocus();
}

void StoriesPage::newStoryFor(const QString &competency)
{
    if (!mayDiscardEdits())
        return;
    newStory();
    m_competencies->setText(competency);
}

void StoriesPage::saveStory()
{
    Story s;
    s.id = m_currentId;
    s.sourceAttemptId = m_sourceAttemptId;
    s.title = m_title->text();
    s.competencies = splitCompetencies(m_competencies->text());
    s.situation = m_parts[0]->toPlainText();
    s.task = m_parts[1]->toPlainText();
    s.action = m_parts[2]->toPlainText();
    s.result = m_parts[3]->toPlainText();
    QString error;
    const auto id = StoryBank(m_db).save(s, m_clock->wallTime(), &error);
    if (!id) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return;
    }
    m_currentId = *id;
    m_dirty = false;
    refresh();
    showMessage(tr("Saved."), false);
}

void StoriesPage::deleteStory()
{
    if (m_currentId == 0)
        return;
    if (!Confirmation::ask(this, tr("Delete this story?"),
                           tr("“%1” is removed from your story bank. Answers that used it keep "
                              "their text.")
                               .arg(m_title->text()),
                           tr("Delete story"), tr("Keep")))
        return;
    QString error;
    if (!StoryBank(m_db).remove(m_currentId, &error)) {
        showMessage(tr("Not deleted: %1").arg(error), true);
        return;
    }
    m_currentId = 0;
    m_dirty = false;
    refresh();
    newStory();
}

void StoriesPage::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(errorStyleSheet(palette(), isError));
}

} // namespace mockloop::desktop
