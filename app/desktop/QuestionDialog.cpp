#include "QuestionDialog.h"

#include "BankNames.h"
#include "QuestionBank.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
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
    form->addRow(tr("&Follow-ups:"), m_followUps);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("questionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("questionSaveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &QuestionDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateSave = [this] { m_saveButton->setEnabled(!m_text->toPlainText().trimmed().isEmpty()); };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateSave);
    updateSave();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 560);
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
