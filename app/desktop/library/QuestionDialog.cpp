#include "library/QuestionDialog.h"

#include "bank/QuestionBank.h"
#include "common/BankNames.h"
#include "common/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

QStringList lines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

// "a, b ,, c" -> {a, b, c}: match terms are typed comma-separated.
QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.simplified(); !t.isEmpty())
            out.append(t);
    return out;
}

enum KeyPointColumn { PointColumn, TermsColumn };

} // namespace

QuestionDialog::QuestionDialog(Database &db, const Question &question, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_question(question)
{
    setObjectName(QStringLiteral("questionDialog"));
    setWindowTitle(question.id.isEmpty() ? tr("Add a question") : tr("Edit question"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("questionKind"));
    for (RoundKind k : kAllRoundKinds)
        m_kind->addItem(displayName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(question.kind)));
    m_text = new QPlainTextEdit(question.text, this);
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setTabChangesFocus(true);
    m_difficulty = new QComboBox(this);
    m_difficulty->setObjectName(QStringLiteral("questionDifficulty"));
    m_difficulty->addItem(difficultyDisplayName({}), QString());
    for (const QString &key : difficultyKeys())
        m_difficulty->addItem(difficultyDisplayName(key), key);
    m_difficulty->setCurrentIndex(std::max(0, m_difficulty->findData(question.difficulty)));
    m_tags = new QLineEdit(question.tags.join(QStringLiteral(", ")), this);
    m_tags->setObjectName(QStringLiteral("questionTags"));
    m_tags->setPlaceholderText(tr("e.g. sql, caching"));
    m_prep = new QSpinBox(this);
    m_prep->setObjectName(QStringLiteral("questionPrep"));
    m_prep->setRange(0, 3600);
    m_prep->setSuffix(tr(" s"));
    m_prep->setValue(question.prepSeconds);
    m_answer = new QSpinBox(this);
    m_answer->setObjectName(QStringLiteral("questionAnswer"));
    m_answer->setRange(1, 4 * 3600);
    m_answer->setSuffix(tr(" s"));
    m_answer->setValue(question.answerSeconds);
    m_guidance = new QPlainTextEdit(question.guidance, this);
    m_guidance->setObjectName(QStringLiteral("questionGuidance"));
    m_guidance->setTabChangesFocus(true);

    // The answer key: what the coach ticks while the person types (Coach, from the match
    // terms), the outline shown after answering, and what an interviewer asks next.
    m_keyPoints = new QTableWidget(0, 2, this);
    m_keyPoints->setObjectName(QStringLiteral("questionKeyPoints"));
    m_keyPoints->setAccessibleName(tr("Key points"));
    m_keyPoints->setHorizontalHeaderLabels({tr("Key point"), tr("Match terms (comma-separated)")});
    m_keyPoints->horizontalHeader()->setSectionResizeMode(PointColumn, QHeaderView::Stretch);
    m_keyPoints->horizontalHeader()->setSectionResizeMode(TermsColumn, QHeaderView::Stretch);
    m_keyPoints->verticalHeader()->setVisible(false);
    m_keyPoints->setTabKeyNavigation(false);
    m_keyPoints->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Not on a mere change of the current cell: Tab and the arrows move without editing.
    m_keyPoints->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                                 | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    auto *addKeyPoint = new QPushButton(tr("A&dd key point"), this);
    addKeyPoint->setObjectName(QStringLiteral("questionAddKeyPoint"));
    connect(addKeyPoint, &QPushButton::clicked, this, [this] {
        addKeyPointRow({});
        const int row = m_keyPoints->rowCount() - 1;
        m_keyPoints->setCurrentCell(row, PointColumn);
        m_keyPoints->editItem(m_keyPoints->item(row, PointColumn));
    });
    m_removeKeyPoint = new QPushButton(tr("&Remove key point"), this);
    m_removeKeyPoint->setObjectName(QStringLiteral("questionRemoveKeyPoint"));
    connect(m_removeKeyPoint, &QPushButton::clicked, this, [this] {
        if (const int row = m_keyPoints->currentRow(); row >= 0)
            m_keyPoints->removeRow(row);
        updateKeyPointButtons();
    });
    connect(m_keyPoints, &QTableWidget::currentCellChanged, this,
            &QuestionDialog::updateKeyPointButtons);
    for (const KeyPoint &point : question.keyPoints)
        addKeyPointRow(point);
    auto *keyPointButtons = new QHBoxLayout;
    keyPointButtons->addWidget(addKeyPoint);
    keyPointButtons->addWidget(m_removeKeyPoint);
    keyPointButtons->addStretch();
    auto *keyPointHelp = new QLabel(tr("The coach ticks a key point when the answer uses one of "
                                       "its match terms: words, synonyms, abbreviations."),
                                    this);
    keyPointHelp->setWordWrap(true);
    m_outline = new QPlainTextEdit(question.outline, this);
    m_outline->setObjectName(QStringLiteral("questionOutline"));
    m_outline->setTabChangesFocus(true);
    m_outline->setPlaceholderText(tr("The model answer in a few lines, shown after answering"));
    m_followUps = new QPlainTextEdit(question.followUps.join(QLatin1Char('\n')), this);
    m_followUps->setObjectName(QStringLiteral("questionFollowUps"));
    m_followUps->setTabChangesFocus(true);
    m_followUps->setPlaceholderText(tr("One follow-up question per line"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Question:"), m_text);
    form->addRow(tr("&Difficulty:"), m_difficulty);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Preparation:"), m_prep);
    form->addRow(tr("A&nswer time:"), m_answer);
    form->addRow(tr("&How to answer:"), m_guidance);
    auto *questionTab = new QWidget(this);
    questionTab->setLayout(form);

    auto *keyLabel = new QLabel(tr("&Key points:"), this);
    keyLabel->setBuddy(m_keyPoints);
    auto *outlineLabel = new QLabel(tr("&Outline:"), this);
    outlineLabel->setBuddy(m_outline);
    auto *followLabel = new QLabel(tr("&Follow-ups:"), this);
    followLabel->setBuddy(m_followUps);
    auto *answerTab = new QWidget(this);
    auto *answerLayout = new QVBoxLayout(answerTab);
    answerLayout->addWidget(keyLabel);
    answerLayout->addWidget(keyPointHelp);
    answerLayout->addWidget(m_keyPoints, 2);
    answerLayout->addLayout(keyPointButtons);
    answerLayout->addWidget(outlineLabel);
    answerLayout->addWidget(m_outline, 1);
    answerLayout->addWidget(followLabel);
    answerLayout->addWidget(m_followUps, 1);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("questionTabs"));
    tabs->addTab(questionTab, tr("Q&uestion"));
    tabs->addTab(answerTab, tr("Ke&y points, outline, follow-ups"));

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("questionError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("questionSaveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &QuestionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateSave = [this] {
        m_saveButton->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateSave);
    updateSave();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 560);
}

void QuestionDialog::addKeyPointRow(const KeyPoint &point)
{
    const int row = m_keyPoints->rowCount();
    m_keyPoints->insertRow(row);
    m_keyPoints->setItem(row, PointColumn, new QTableWidgetItem(point.text));
    m_keyPoints->setItem(row, TermsColumn,
                         new QTableWidgetItem(point.terms.join(QStringLiteral(", "))));
    updateKeyPointButtons();
}

void QuestionDialog::updateKeyPointButtons()
{
    m_removeKeyPoint->setEnabled(m_keyPoints->currentRow() >= 0);
}

QList<KeyPoint> QuestionDialog::keyPoints() const
{
    QList<KeyPoint> out;
    for (int row = 0; row < m_keyPoints->rowCount(); ++row) {
        const QTableWidgetItem *point = m_keyPoints->item(row, PointColumn);
        const QTableWidgetItem *terms = m_keyPoints->item(row, TermsColumn);
        KeyPoint kp{point ? point->text().simplified() : QString(),
                    terms ? commaList(terms->text()) : QStringList()};
        if (!kp.text.isEmpty() || !kp.terms.isEmpty())
            out.append(kp); // one with terms and no text is refused by the pack rules, by name
    }
    return out;
}

void QuestionDialog::save()
{
    Question q = m_question;
    q.kind = static_cast<RoundKind>(m_kind->currentData().toInt());
    q.text = m_text->toPlainText().trimmed();
    q.difficulty = m_difficulty->currentData().toString();
    q.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            q.tags.append(tag.trimmed());
    }
    q.prepSeconds = m_prep->value();
    q.answerSeconds = m_answer->value();
    q.guidance = m_guidance->toPlainText().trimmed();
    q.keyPoints = keyPoints();
    q.outline = m_outline->toPlainText().trimmed();
    q.followUps = lines(m_followUps->toPlainText());
    QString id;
    QString error;
    if (!QuestionBank(m_db).saveOwnQuestion(q, &id, &error)) {
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
        return;
    }
    emit saved(id);
    accept();
}

} // namespace mockloop::desktop
