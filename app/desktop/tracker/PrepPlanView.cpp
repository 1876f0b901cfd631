#include "tracker/PrepPlanView.h"

#include "base/Clock.h"
#include "base/Settings.h"
#include "base/TimeText.h"
#include "common/ErrorLabel.h"
#include "storage/Database.h"
#include "tracker/Tracker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

constexpr int kTaskRole = Qt::UserRole;

} // namespace

PrepPlanView::PrepPlanView(Database &db, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
{
    m_interview = new QComboBox(this);
    m_interview->setObjectName(QStringLiteral("planInterview"));
    m_interview->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *interviewLabel = new QLabel(tr("Scheduled interview:"), this);
    interviewLabel->setBuddy(m_interview);
    connect(m_interview, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            showPlan();
    });
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("planDailyMinutes"));
    m_minutes->setRange(kMinPrepDailyMinutes, kMaxPrepDailyMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(m_dailyMinutes);
    m_minutes->setToolTip(tr("How much time a day the plan fills with practice."));
    auto *minutesLabel = new QLabel(tr("Daily time:"), this);
    minutesLabel->setBuddy(m_minutes);
    connect(m_minutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_loading)
            return;
        m_dailyMinutes = minutes;
        emit dailyMinutesChanged(minutes);
        showPlan();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(interviewLabel);
    top->addWidget(m_interview, 1);
    top->addSpacing(12);
    top->addWidget(minutesLabel);
    top->addWidget(m_minutes);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("planCountdown"));
    m_countdown->setWordWrap(true);
    QFont bold = m_countdown->font();
    bold.setBold(true);
    m_countdown->setFont(bold);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Task"), tr("Minutes"), tr("Why")});
    m_tree->setAccessibleName(tr("Preparation plan"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    connect(m_tree, &QTreeWidget::itemChanged, this, &PrepPlanView::itemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PrepPlanView::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent())
            start();
    });
    // The keys of the list, beside the buttons (the Tracker page's letters are all taken by the
    // application form beside it): Space ticks, Enter starts, Delete drops.
    m_tree->setToolTip(tr("Space ticks a task, Enter starts it, Delete drops it."));
    auto *dropKey = new QShortcut(QKeySequence::Delete, m_tree, this, [this] {
        if (m_drop->isEnabled())
            dropTask();
    });
    dropKey->setContext(Qt::WidgetShortcut);

    m_unplanned = new QLabel(this);
    m_unplanned->setObjectName(QStringLiteral("planUnplanned"));
    m_unplanned->setWordWrap(true);

    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("planStartButton"));
    connect(m_start, &QPushButton::clicked, this, &PrepPlanView::start);
    m_moveDay = new QComboBox(this);
    m_moveDay->setObjectName(QStringLiteral("planMoveDay"));
    m_moveDay->setAccessibleName(tr("Day to move the task to"));
    m_move = new QPushButton(tr("Move to"), this);
    m_move->setObjectName(QStringLiteral("planMoveButton"));
    connect(m_move, &QPushButton::clicked, this, &PrepPlanView::moveTask);
    m_drop = new QPushButton(tr("Drop"), this);
    m_drop->setObjectName(QStringLiteral("planDropButton"));
    m_drop->setToolTip(tr("Leave this task out of the plan; its time goes to the day's loop."));
    connect(m_drop, &QPushButton::clicked, this, &PrepPlanView::dropTask);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addStretch();
    buttons->addWidget(m_move);
    buttons->addWidget(m_moveDay);
    buttons->addWidget(m_drop);

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_countdown);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_unplanned);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    updateButtons();
}

void PrepPlanView::setDailyMinutes(int minutes)
{
    m_dailyMinutes = std::clamp(minutes, kMinPrepDailyMinutes, kMaxPrepDailyMinutes);
    const QSignalBlocker block(m_minutes);
    m_minutes->setValue(m_dailyMinutes);
}

qint64 PrepPlanView::interviewId() const
{
    return m_interview->currentData().toLongLong();
}

void PrepPlanView::refresh()
{
    showInterview(interviewId());
}

void PrepPlanView::showInterview(qint64 interviewId)
{
    const PrepPlanner planner(m_db, *m_clock, m_dailyMinutes);
    m_upcoming = planner.upcoming();
    const Tracker tracker(m_db, *m_clock);
    {
        m_loading = true;
        m_interview->clear();
        for (const ScheduledInterview &i : std::as_const(m_upcoming)) {
            const std::optional<Application> a = tracker.application(i.applicationId);
            m_interview->addItem(
                tr("%1 — %2, %3").arg(a ? a->company : QString(), displayName(i.kind), startText(i)),
                i.id);
        }
        const int index = m_interview->findData(interviewId);
        m_interview->setCurrentIndex(index >= 0 ? index : (m_upcoming.isEmpty() ? -1 : 0));
        m_loading = false;
    }
    showPlan();
}

void PrepPlanView::showPlan()
{
    m_error->hide();
    QString keepKey;
    if (const PrepTask *t = currentTask())
        keepKey = t->key;
    m_plan.reset();
    m_tasks.clear();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_moveDay->clear();
    const qint64 id = interviewId();
    if (id == 0) {
        m_countdown->setText(tr("No scheduled interview ahead. Add one to an application "
                                "(Applications tab) and its plan appears here."));
        m_unplanned->clear();
        updateButtons();
        return;
    }
    const PrepPlanner planner(m_db, *m_clock, m_dailyMinutes);
    QString error;
    m_plan = planner.plan(id, &error);
    if (!m_plan) {
        showError(error);
        updateButtons();
        return;
    }
    const QDate today = planner.today();
    m_countdown->setText(tr("The interview is %1.").arg(countdownText(today, m_plan->interviewDay))
                         + (m_plan->doneCount > 0
                                ? QLatin1Char(' ') + tr("Tasks done: %1.").arg(m_plan->doneCount)
                                : QString()));
    QTreeWidgetItem *keep = nullptr;
    for (const PrepDay &day : std::as_const(m_plan->days)) {
        auto *dayItem = new QTreeWidgetItem(m_tree);
        QString dayText = day.date == today ? tr("Today, %1").arg(formatDate(day.date))
                                            : uiLocale().toString(day.date, QStringLiteral("dddd"))
                                                  + QStringLiteral(", ") + formatDate(day.date);
        if (day.light)
            dayText = tr("%1 (light day)").arg(dayText);
        dayItem->setText(0, dayText);
        dayItem->setText(1, tr("%1 of %2").arg(day.plannedMinutes()).arg(day.budgetMinutes));
        dayItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont bold = dayItem->font(0);
        bold.setBold(true);
        dayItem->setFont(0, bold);
        m_moveDay->addItem(day.date == today ? tr("today") : formatDate(day.date), day.date);
        for (const PrepTask &task : day.tasks) {
            auto *item = new QTreeWidgetItem(dayItem);
            item->setText(0, task.moved ? tr("%1 (moved)").arg(task.title()) : task.title());
            item->setText(1, QString::number(task.minutes));
            item->setText(2, task.reason());
            item->setToolTip(0, task.title());
            item->setToolTip(2, task.reason());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, task.status == PrepTaskStatus::Done ? Qt::Checked : Qt::Unchecked);
            item->setData(0, kTaskRole, int(m_tasks.size()));
            m_tasks.append(task);
            if (task.key == keepKey)
                keep = item;
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    // Room for the reasons: a long title is cut (its tooltip has it whole), never the Why column.
    const int most = m_tree->viewport()->width() * 3 / 5;
    if (m_tree->columnWidth(0) > most)
        m_tree->setColumnWidth(0, most);
    if (keep)
        m_tree->setCurrentItem(keep);
    m_unplanned->setText(m_plan->days.isEmpty() ? tr("The interview is today: good luck.")
                                                : unplannedText(m_plan->unplanned));
    m_unplanned->setVisible(!m_unplanned->text().isEmpty());
    updateButtons();
}

const PrepTask *PrepPlanView::currentTask() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return nullptr;
    const int index = item->data(0, kTaskRole).toInt();
    return index >= 0 && index < m_tasks.size() ? &m_tasks.at(index) : nullptr;
}

void PrepPlanView::updateButtons()
{
    const PrepTask *task = currentTask();
    const bool open = task && task->status == PrepTaskStatus::Open;
    m_start->setEnabled(task != nullptr);
    m_start->setText(task && !task->startsLoop() ? tr("Open Stories") : tr("Start"));
    m_move->setEnabled(open && m_moveDay->count() > 1);
    m_moveDay->setEnabled(open && m_moveDay->count() > 1);
    m_drop->setEnabled(open);
    if (!task)
        m_start->setToolTip(tr("Choose a task first."));
    else
        m_start->setToolTip(task->startsLoop() ? tr("Starts this practice now.")
                                               : tr("Opens the story bank."));
}

void PrepPlanView::itemChanged(QTreeWidgetItem *item, int column)
{
    if (column != 0 || !item->parent())
        return;
    const int index = item->data(0, kTaskRole).toInt();
    if (index < 0 || index >= m_tasks.size())
        return;
    const PrepTask task = m_tasks.at(index);
    const bool done = item->checkState(0) == Qt::Checked;
    if (done == (task.status == PrepTaskStatus::Done))
        return;
    m_tree->setCurrentItem(item);
    QString error;
    PrepPlanner planner(m_db, *m_clock, m_dailyMinutes);
    if (!planner.setDone(interviewId(), task, done, &error)) {
        showError(error);
        return;
    }
    // Rebuilt once this signal has returned: the tree must not delete the item it is still
    // reporting on.
    QMetaObject::invokeMethod(this, &PrepPlanView::showPlan, Qt::QueuedConnection);
}

void PrepPlanView::start()
{
    const PrepTask *task = currentTask();
    if (!task)
        return;
    if (!task->startsLoop()) {
        emit storyRequested(task->kind == PrepTaskKind::WriteStory ? task->competency : QString());
        return;
    }
    QString error;
    const std::optional<LoopPlan> plan = practicePlan(*task, m_db, &error);
    if (!plan) {
        showError(error);
        return;
    }
    emit practiceRequested(*plan);
}

void PrepPlanView::moveTask()
{
    const PrepTask *task = currentTask();
    if (!task)
        return;
    const QDate day = m_moveDay->currentData().toDate();
    QString error;
    PrepPlanner planner(m_db, *m_clock, m_dailyMinutes);
    if (!planner.move(interviewId(), *task, day, &error)) {
        showError(error);
        return;
    }
    showPlan();
}

void PrepPlanView::dropTask()
{
    const PrepTask *task = currentTask();
    if (!task)
        return;
    QString error;
    PrepPlanner planner(m_db, *m_clock, m_dailyMinutes);
    if (!planner.drop(interviewId(), *task, &error)) {
        showError(error);
        return;
    }
    showPlan();
}

void PrepPlanView::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace mockloop::desktop
