#include "home/DueQuestionsBox.h"

#include "practice/Scheduler.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mockloop::desktop {

DueQuestionsBox::DueQuestionsBox(Database &db, const Clock *clock, QWidget *parent)
    : QGroupBox(tr("Due for review"), parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("dueBox"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dueSummary"));
    m_summary->setWordWrap(true);
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("dueList"));
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::RichText);
    m_practiseButton = new QPushButton(tr("&Practice due questions"), this);
    m_practiseButton->setObjectName(QStringLiteral("practiceDueButton"));
    connect(m_practiseButton, &QPushButton::clicked, this, &DueQuestionsBox::practise);

    auto *text = new QVBoxLayout;
    text->addWidget(m_summary);
    text->addWidget(m_list);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(text, 1);
    layout->addWidget(m_practiseButton, 0, Qt::AlignVCenter);
}

void DueQuestionsBox::refresh()
{
    const Scheduler scheduler(m_db, m_clock);
    const QList<DueQuestion> today = scheduler.dueToday();
    m_summary->setText(scheduler.dueSummary(today));
    QStringList items;
    for (const DueQuestion &d : today.mid(0, kShownQuestions)) {
        const QString text = d.text.size() > 90 ? d.text.left(90).trimmed() + QChar(u'…') : d.text;
        items << QStringLiteral("<li>%1</li>").arg(text.toHtmlEscaped());
    }
    if (today.size() > kShownQuestions)
        items << QStringLiteral("<li>%1</li>")
                     .arg(tr("and %1 more").arg(today.size() - kShownQuestions).toHtmlEscaped());
    m_list->setText(
        items.isEmpty()
            ? QString()
            : QStringLiteral("<ul style=\"margin: 0\">%1</ul>").arg(items.join(QString())));
    m_list->setVisible(!items.isEmpty());
    m_practiseButton->setEnabled(!today.isEmpty());
    // A disabled button says why it is disabled.
    m_practiseButton->setToolTip(today.isEmpty()
                                     ? tr("Nothing is due today: questions you grade come back "
                                          "here when they are due for review.")
                                     : tr("A loop of today's due questions, grouped by round, in "
                                          "practice mode."));
}

void DueQuestionsBox::practise()
{
    const LoopPlan plan = Scheduler(m_db, m_clock).practiceDuePlan();
    if (!plan.rounds.isEmpty())
        emit practiseDueRequested(plan);
    refresh();
}

} // namespace mockloop::desktop
