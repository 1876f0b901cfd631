#include "home/HomePage.h"

#include "base/TimeText.h"
#include "common/ErrorLabel.h"
#include "common/Icons.h"
#include "home/DueQuestionsBox.h"
#include "home/NextInterviewBox.h"
#include "home/ScoreSparkline.h"
#include "home/SessionTableModel.h"
#include "report/ReportModel.h"
#include "storage/SessionStore.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

QTableView *makeSessionView(SessionTableModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // Rows as compact as History's, so a screen shows more sessions.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(SessionTableModel::PlanColumn,
                                                   QHeaderView::Stretch);
    return view;
}

} // namespace

HomePage::HomePage(Database &db, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_unfinishedModel(new SessionTableModel(this))
    , m_recentModel(new SessionTableModel(this))
{
    m_unfinishedModel->setObjectName(QStringLiteral("unfinishedModel"));
    m_recentModel->setObjectName(QStringLiteral("recentModel"));

    auto *logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(48, 48));
    auto *title = new QLabel(tr("MockLoop"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *tagline = new QLabel(
        tr("Timed mock-interview loops for backend developers: answer, grade yourself, review."),
        this);
    tagline->setWordWrap(true);

    auto *startButton = new QPushButton(tr("&Start a loop…"), this);
    startButton->setObjectName(QStringLiteral("startLoopButton"));
    startButton->setDefault(true);
    QFont startFont = startButton->font();
    startFont.setPointSizeF(startFont.pointSizeF() * 1.2);
    startFont.setBold(true);
    startButton->setFont(startFont);
    startButton->setMinimumSize(220, startButton->sizeHint().height() * 3 / 2);
    startButton->setIcon(actionIcon(ActionIcon::NewLoop));
    connect(startButton, &QPushButton::clicked, this, &HomePage::startLoopRequested);
    auto *libraryButton = new QPushButton(tr("Question &library"), this);
    libraryButton->setObjectName(QStringLiteral("libraryButton"));
    libraryButton->setToolTip(tr("Browse the questions, read how to answer them, hide some and "
                                 "pick your own loop (Ctrl+L)."));
    libraryButton->setIcon(actionIcon(ActionIcon::Library));
    connect(libraryButton, &QPushButton::clicked, this, &HomePage::libraryRequested);
    auto *historyButton = new QPushButton(tr("H&istory"), this);
    historyButton->setObjectName(QStringLiteral("historyButton"));
    historyButton->setToolTip(tr("Every past session, filtered and sorted, and a search over "
                                 "every answer you wrote (Ctrl+H)."));
    historyButton->setIcon(actionIcon(ActionIcon::History));
    connect(historyButton, &QPushButton::clicked, this, &HomePage::historyRequested);

    // Reviewing what was done: one row of equal buttons under the title.
    auto *progressButton = new QPushButton(tr("&Progress"), this);
    progressButton->setObjectName(QStringLiteral("progressButton"));
    progressButton->setToolTip(tr("Charts of your scores, time use and key points over time, "
                                  "and your weakest questions."));
    progressButton->setIcon(actionIcon(ActionIcon::Progress));
    connect(progressButton, &QPushButton::clicked, this, &HomePage::progressRequested);
    auto *storiesButton = new QPushButton(tr("S&tories"), this);
    storiesButton->setObjectName(QStringLiteral("storiesButton"));
    storiesButton->setToolTip(tr("Your STAR story bank and which competencies it covers."));
    storiesButton->setIcon(actionIcon(ActionIcon::Stories));
    connect(storiesButton, &QPushButton::clicked, this, &HomePage::storiesRequested);

    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("homeMessage"));
    m_message->hide();

    m_due = new DueQuestionsBox(db, clock, this);
    connect(m_due, &DueQuestionsBox::practiseDueRequested, this, &HomePage::practiseDueRequested);
    m_next = new NextInterviewBox(db, clock, this);
    connect(m_next, &NextInterviewBox::practiceRequested, this, &HomePage::practiseDueRequested);
    connect(m_next, &NextInterviewBox::storyRequested, this, &HomePage::storyRequested);
    connect(m_next, &NextInterviewBox::planRequested, this, &HomePage::planRequested);

    // The unfinished session first: a session left running (closed window, crash) waits
    // here, named with how far it got; the list appears only when there are several.
    auto *unfinishedBox = new QGroupBox(tr("Continue where you stopped"), this);
    m_unfinishedSummary = new QLabel(unfinishedBox);
    m_unfinishedSummary->setObjectName(QStringLiteral("unfinishedSummary"));
    m_unfinishedSummary->setWordWrap(true);
    m_unfinishedSummary->setTextFormat(Qt::RichText);
    m_unfinishedView = makeSessionView(m_unfinishedModel, QStringLiteral("unfinishedView"),
                                       unfinishedBox);
    // A handful of rows is plenty: there is rarely more than one unfinished session.
    m_unfinishedView->setMaximumHeight(m_unfinishedView->verticalHeader()->defaultSectionSize() * 4
                                       + m_unfinishedView->horizontalHeader()->sizeHint().height()
                                       + 4);
    m_unfinishedEmpty = new QLabel(tr("No unfinished sessions. A session you leave (or that a "
                                      "crash interrupts) waits here, paused where it stopped."),
                                   unfinishedBox);
    m_unfinishedEmpty->setWordWrap(true);
    m_unfinishedEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_resumeButton = new QPushButton(tr("Resume"), unfinishedBox);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_resumeButton->setIcon(actionIcon(ActionIcon::NewLoop));
    connect(m_resumeButton, &QPushButton::clicked, this, &HomePage::resumeSelected);
    connect(m_unfinishedView, &QTableView::doubleClicked, this, &HomePage::resumeSelected);
    auto *unfinishedLayout = new QVBoxLayout(unfinishedBox);
    auto *resumeRow = new QHBoxLayout;
    resumeRow->addWidget(m_unfinishedSummary, 1);
    resumeRow->addWidget(m_unfinishedEmpty, 1);
    resumeRow->addWidget(m_resumeButton, 0, Qt::AlignVCenter);
    unfinishedLayout->addLayout(resumeRow);
    unfinishedLayout->addWidget(m_unfinishedView);

    // Recent scores as a small trend: is practice paying off, at a glance.
    auto *trendBox = new QGroupBox(tr("Recent scores"), this);
    m_trend = new ScoreSparkline(trendBox);
    m_trend->setAccessibleName(tr("Average score of recent sessions, oldest first"));
    m_trendSummary = new QLabel(trendBox);
    m_trendSummary->setObjectName(QStringLiteral("trendSummary"));
    m_trendSummary->setWordWrap(true);
    auto *trendLayout = new QVBoxLayout(trendBox);
    trendLayout->addWidget(m_trend);
    trendLayout->addWidget(m_trendSummary);
    trendLayout->addStretch();

    auto *recentBox = new QGroupBox(tr("Recent sessions"), this);
    m_recentView = makeSessionView(m_recentModel, QStringLiteral("recentView"), recentBox);
    m_recentEmpty = new QLabel(tr("No sessions yet. Start a loop: each session you run, finish "
                                  "or abandon is listed here with its report."),
                               recentBox);
    m_recentEmpty->setWordWrap(true);
    m_recentEmpty->setAlignment(Qt::AlignCenter);
    m_recentEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_openReportButton = new QPushButton(tr("Open report"), recentBox);
    m_openReportButton->setObjectName(QStringLiteral("openReportButton"));
    connect(m_openReportButton, &QPushButton::clicked, this, &HomePage::openSelectedReport);
    connect(m_recentView, &QTableView::doubleClicked, this, &HomePage::openSelectedReport);
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->addWidget(m_recentView, 1);
    recentLayout->addWidget(m_recentEmpty, 1);
    auto *reportRow = new QHBoxLayout;
    reportRow->addStretch();
    reportRow->addWidget(m_openReportButton);
    recentLayout->addLayout(reportRow);

    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(tagline);
    top->addLayout(titles, 1);
    top->addWidget(startButton, 0, Qt::AlignVCenter);
    auto *pages = new QHBoxLayout;
    for (QPushButton *button : {historyButton, progressButton, storiesButton, libraryButton}) {
        button->setMinimumWidth(button->sizeHint().width() + 24);
        pages->addWidget(button);
    }
    pages->addStretch();

    // What matters first: the session to resume and what is due on the left, the trend on the
    // right, the list of past sessions below.
    auto *now = new QVBoxLayout;
    now->addWidget(m_next);
    now->addWidget(unfinishedBox);
    now->addWidget(m_due);
    now->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addLayout(now, 3);
    middle->addWidget(trendBox, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(pages);
    layout->addWidget(m_message);
    layout->addSpacing(4);
    layout->addLayout(middle);
    layout->addWidget(recentBox, 1);

    connect(m_unfinishedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HomePage::updateButtons);
    connect(m_recentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HomePage::updateButtons);
    // The lists are read when the page is shown (MainWindow::showHome), not twice at start.
}

void HomePage::setPrepDailyMinutes(int minutes)
{
    m_next->setDailyMinutes(minutes);
}

void HomePage::refresh()
{
    SessionStore store(m_db);
    m_next->refresh();
    m_due->refresh();
    const QList<SessionSummary> unfinished = store.unfinished();
    const QList<SessionSummary> recent = store.recent(kRecentSessions);
    m_unfinishedModel->setSummaries(unfinished);
    m_recentModel->setSummaries(recent);
    const bool anyUnfinished = !unfinished.isEmpty();
    m_unfinishedView->setVisible(unfinished.size() > 1);
    m_unfinishedSummary->setVisible(anyUnfinished);
    m_unfinishedEmpty->setVisible(!anyUnfinished);
    // The newest unfinished session is the one people most likely want back.
    if (anyUnfinished) {
        m_unfinishedView->selectRow(0);
        const SessionSummary &s = unfinished.constFirst();
        // Spelled out rather than "%n question(s)": without an English catalogue that shows "(s)".
        const QString started =
            s.answered == 1
                ? tr("Started %1 · 1 question answered").arg(formatDateTime(s.startedAt))
                : tr("Started %1 · %2 questions answered").arg(formatDateTime(s.startedAt)).arg(s.answered);
        QString text = QStringLiteral("<b>%1</b><br>").arg(s.planName.toHtmlEscaped())
                       + started.toHtmlEscaped();
        if (unfinished.size() > 1)
            text += QStringLiteral("<br>")
                    + tr("%1 more unfinished, listed below").arg(unfinished.size() - 1).toHtmlEscaped();
        m_unfinishedSummary->setText(text);
    }
    const bool anyRecent = m_recentModel->rowCount() > 0;
    m_recentView->setVisible(anyRecent);
    m_recentEmpty->setVisible(!anyRecent);
    m_openReportButton->setVisible(anyRecent);
    m_resumeButton->setVisible(anyUnfinished);
    showTrend(recent);
    updateButtons();
}

void HomePage::showTrend(const QList<SessionSummary> &recent)
{
    // The averages core computed for each session, oldest first; sessions without a grade
    // have no point on the line.
    QList<double> scores;
    for (const SessionSummary &s : recent) {
        if (s.averageScore && scores.size() < kTrendSessions)
            scores.prepend(*s.averageScore);
    }
    m_trend->setScores(scores);
    if (scores.isEmpty()) {
        m_trendSummary->setText(tr("Grade your answers: the average score of each session "
                                   "appears here as a line, oldest on the left."));
        return;
    }
    double sum = 0;
    for (const double v : std::as_const(scores))
        sum += v;
    const QString last = reportAverageText(scores.constLast());
    m_trendSummary->setText(scores.size() == 1
                                ? tr("Last session: %1").arg(last)
                                : tr("Last session: %1 · average of the last %2 sessions: %3")
                                      .arg(last)
                                      .arg(scores.size())
                                      .arg(reportAverageText(sum / double(scores.size()))));
}

void HomePage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

qint64 HomePage::selectedId(const QTableView *view, const SessionTableModel *model)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : model->sessionId(rows.constFirst().row());
}

void HomePage::resumeSelected()
{
    const qint64 id = selectedId(m_unfinishedView, m_unfinishedModel);
    if (id == 0) {
        showError(tr("Choose an unfinished session to resume."));
        return;
    }
    showError({});
    emit resumeRequested(id);
}

void HomePage::openSelectedReport()
{
    const qint64 id = selectedId(m_recentView, m_recentModel);
    if (id == 0) {
        showError(tr("Choose a session to open its report."));
        return;
    }
    showError({});
    emit reportRequested(id);
}

void HomePage::updateButtons()
{
    const bool resumable = m_unfinishedView->selectionModel()->hasSelection();
    m_resumeButton->setEnabled(resumable);
    m_resumeButton->setToolTip(resumable ? tr("Continue the chosen session, paused where it stopped.")
                                         : tr("Choose an unfinished session in the list first."));
    const bool chosen = m_recentView->selectionModel()->hasSelection();
    m_openReportButton->setEnabled(chosen);
    // A disabled button says why it is disabled.
    m_openReportButton->setToolTip(chosen ? tr("Open the report of the chosen session.")
                                          : tr("Choose a session in the list first."));
}

} // namespace mockloop::desktop
