#include "tracker/TrackerPage.h"

#include "base/Clock.h"
#include "base/TimeText.h"
#include "common/ErrorLabel.h"
#include "report/CalendarExport.h"
#include "tracker/ApplicationTableModel.h"
#include "tracker/BoardView.h"
#include "tracker/PrepPlanView.h"
#include "tracker/StagesView.h"
#include "window/DataActions.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QStringList splitTags(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

TrackerPage::TrackerPage(Database &db, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_tracker(db, *clock)
    , m_model(new ApplicationTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto *title = new QLabel(tr("Tracker"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Your applications, the stages they went through and their "
                                "scheduled interviews: the real conversations, not practice."),
                             this);
    intro->setWordWrap(true);
    auto *homeButton = new QPushButton(tr("&Back to home"), this);
    homeButton->setObjectName(QStringLiteral("trackerHomeButton"));
    connect(homeButton, &QPushButton::clicked, this, &TrackerPage::homeRequested);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(intro);
    header->addLayout(titles, 1);
    header->addWidget(homeButton, 0, Qt::AlignTop);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("trackerSplitter"));
    splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("trackerTabs"));
    auto *left = new QWidget(m_tabs);
    buildTable(left);
    m_tabs->addTab(left, tr("Applications"));
    m_board = new BoardView(m_tracker, m_tabs);
    m_board->setObjectName(QStringLiteral("boardView"));
    m_tabs->addTab(m_board, tr("Board"));
    connect(m_board, &BoardView::stageChanged, this, [this] {
        refreshTable();
        if (m_currentId != 0)
            load(m_currentId); // its stage and history in the form
    });
    connect(m_board, &BoardView::applicationOpened, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            if (m_proxy->index(row, 0).data(ApplicationTableModel::kIdRole).toLongLong() == id)
                m_table->selectRow(row);
        load(id);
        m_company->setFocus();
    });
    m_plan = new PrepPlanView(db, clock, m_tabs);
    m_plan->setObjectName(QStringLiteral("prepPlanView"));
    m_tabs->addTab(m_plan, tr("Preparation plan"));
    auto *stages = new StagesView(m_tracker, m_tabs);
    stages->setObjectName(QStringLiteral("stagesView"));
    m_tabs->addTab(stages, tr("Stages"));
    connect(stages, &StagesView::stagesChanged, this, [this] {
        // The filter and the form list the visible stages; the open form keeps what was typed.
        refreshStages();
        refreshTable();
    });
    m_stages = stages;
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_plan)
            m_plan->refresh();
        else if (m_tabs->currentWidget() == m_board)
            m_board->refresh();
    });
    connect(m_plan, &PrepPlanView::practiceRequested, this, &TrackerPage::practiceRequested);
    connect(m_plan, &PrepPlanView::storyRequested, this, &TrackerPage::storyRequested);
    connect(m_plan, &PrepPlanView::dailyMinutesChanged, this, &TrackerPage::dailyMinutesChanged);
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 560});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    clearForm();
}

void TrackerPage::buildTable(QWidget *parent)
{
    m_filter = lineEdit(parent, "trackerFilter");
    m_filter->setPlaceholderText(tr("Filter by company, role, stage…"));
    m_filter->setClearButtonEnabled(true);
    m_stageFilter = new QComboBox(parent);
    m_stageFilter->setObjectName(QStringLiteral("trackerStageFilter"));
    m_stageFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filters = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Find:"), parent);
    filterLabel->setBuddy(m_filter);
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_stageFilter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(parent);
    m_table->setObjectName(QStringLiteral("trackerTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(5, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            refreshTable();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrackerPage::applicationSelected);

    auto *newButton = new QPushButton(tr("Ne&w application"), parent);
    newButton->setObjectName(QStringLiteral("trackerNewButton"));
    connect(newButton, &QPushButton::clicked, this, &TrackerPage::newApplication);
    auto *buttons = new QHBoxLayout;
    auto *calendarButton = new QPushButton(tr("Export calendar…"), parent);
    calendarButton->setObjectName(QStringLiteral("trackerCalendarButton"));
    calendarButton->setToolTip(tr("Your scheduled interviews with reminders, the plans' tasks and "
                                  "follow-ups, as an .ics file for any calendar program."));
    connect(calendarButton, &QPushButton::clicked, this, &TrackerPage::exportCalendar);
    buttons->addWidget(newButton);
    buttons->addStretch();
    buttons->addWidget(calendarButton);

    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

QWidget *TrackerPage::buildDetail()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("trackerDetail"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);

    // The application.
    auto *appBox = new QGroupBox(tr("Application"), content);
    m_formTitle = new QLabel(appBox);
    m_formTitle->setObjectName(QStringLiteral("trackerFormTitle"));
    m_company = lineEdit(appBox, "trackerCompany");
    m_role = lineEdit(appBox, "trackerRole");
    m_level = lineEdit(appBox, "trackerLevel");
    m_location = lineEdit(appBox, "trackerLocation");
    m_salary = lineEdit(appBox, "trackerSalary");
    m_salary->setPlaceholderText(tr("As the posting says, e.g. €70–85k"));
    m_source = lineEdit(appBox, "trackerSource");
    m_url = lineEdit(appBox, "trackerUrl");
    m_tags = lineEdit(appBox, "trackerTags");
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. remote, games"));
    m_excitement = new QSpinBox(appBox);
    m_excitement->setObjectName(QStringLiteral("trackerExcitement"));
    m_excitement->setRange(0, 5);
    m_excitement->setSpecialValueText(tr("not rated"));
    m_stage = new QComboBox(appBox);
    m_stage->setObjectName(QStringLiteral("trackerStage"));
    m_notes = new QPlainTextEdit(appBox);
    m_notes->setObjectName(QStringLiteral("trackerNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_outcome = lineEdit(appBox, "trackerOutcome");
    auto *form = new QFormLayout;
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Stag&e:"), m_stage);
    form->addRow(tr("E&xcitement (1–5):"), m_excitement);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("Locat&ion:"), m_location);
    form->addRow(tr("Salar&y range:"), m_salary);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Outcome:"), m_outcome);
    m_saveButton = new QPushButton(tr("&Save application"), appBox);
    m_saveButton->setObjectName(QStringLiteral("trackerSaveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &TrackerPage::saveApplication);
    m_message = new QLabel(appBox);
    m_message->setObjectName(QStringLiteral("trackerMessage"));
    m_message->setWordWrap(true);
    m_error = new ErrorLabel(appBox);
    m_error->setObjectName(QStringLiteral("trackerError"));
    m_error->setWordWrap(true);
    auto *appLayout = new QVBoxLayout(appBox);
    appLayout->addWidget(m_formTitle);
    appLayout->addLayout(form);
    appLayout->addWidget(m_error);
    appLayout->addWidget(m_message);
    appLayout->addWidget(m_saveButton, 0, Qt::AlignRight);

    // Its stage history.
    m_historyBox = new QGroupBox(tr("Stage history"), content);
    m_history = new QListWidget(m_historyBox);
    m_history->setObjectName(QStringLiteral("trackerHistory"));
    m_history->setFixedHeight(m_history->fontMetrics().lineSpacing() * 5);
    auto *historyLayout = new QVBoxLayout(m_historyBox);
    historyLayout->addWidget(m_history);

    // Its scheduled interviews, and a new one.
    m_interviewBox = new QGroupBox(tr("Scheduled interviews"), content);
    m_interviews = new QListWidget(m_interviewBox);
    m_interviews->setObjectName(QStringLiteral("trackerInterviews"));
    m_interviews->setFixedHeight(m_interviews->fontMetrics().lineSpacing() * 5);
    connect(m_interviews, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showPlan(item->data(Qt::UserRole).toLongLong()); });
    m_kind = new QComboBox(m_interviewBox);
    m_kind->setObjectName(QStringLiteral("trackerInterviewKind"));
    for (const InterviewKind k : kAllInterviewKinds)
        m_kind->addItem(displayName(k), int(k));
    m_start = new QDateTimeEdit(m_interviewBox);
    m_start->setObjectName(QStringLiteral("trackerInterviewStart"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    m_zone = new QComboBox(m_interviewBox);
    m_zone->setObjectName(QStringLiteral("trackerInterviewZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    // Some zone names are long: the field is as wide as the form gives, not as the longest.
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(14);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_minutes = new QSpinBox(m_interviewBox);
    m_minutes->setObjectName(QStringLiteral("trackerInterviewMinutes"));
    m_minutes->setRange(1, 24 * 60);
    m_minutes->setValue(45);
    m_minutes->setSuffix(tr(" min"));
    m_format = new QComboBox(m_interviewBox);
    m_format->setObjectName(QStringLiteral("trackerInterviewFormat"));
    for (const InterviewFormat f : kAllInterviewFormats)
        m_format->addItem(displayName(f), int(f));
    m_format->setCurrentIndex(int(InterviewFormat::Video));
    m_asked = new QPlainTextEdit(m_interviewBox);
    m_asked->setObjectName(QStringLiteral("trackerInterviewAsked"));
    m_asked->setTabChangesFocus(true);
    m_asked->setPlaceholderText(tr("One question a line, as you remember it"));
    m_asked->setFixedHeight(m_asked->fontMetrics().lineSpacing() * 3);
    auto *when = new QHBoxLayout;
    when->addWidget(m_start, 1);
    when->addWidget(m_zone, 1);
    auto *interviewForm = new QFormLayout;
    interviewForm->addRow(tr("&Kind:"), m_kind);
    // A row holding a layout gets no buddy by itself: without one the "&" would show.
    auto *whenLabel = new QLabel(tr("Start and time &zone:"), m_interviewBox);
    whenLabel->setBuddy(m_start);
    interviewForm->addRow(whenLabel, when);
    interviewForm->addRow(tr("&Duration:"), m_minutes);
    interviewForm->addRow(tr("Format:"), m_format);
    interviewForm->addRow(tr("Questions &asked:"), m_asked);
    auto *addInterviewButton = new QPushButton(tr("Add scheduled inter&view"), m_interviewBox);
    addInterviewButton->setObjectName(QStringLiteral("trackerAddInterviewButton"));
    connect(addInterviewButton, &QPushButton::clicked, this, &TrackerPage::addInterview);
    m_interviewMessage = new QLabel(m_interviewBox);
    m_interviewMessage->setObjectName(QStringLiteral("trackerInterviewMessage"));
    m_interviewMessage->setWordWrap(true);
    m_interviewError = new ErrorLabel(m_interviewBox);
    m_interviewError->setObjectName(QStringLiteral("trackerInterviewError"));
    m_interviewError->setWordWrap(true);
    // The questions asked in the selected one, each can become one of "My questions".
    m_askedList = new QListWidget(m_interviewBox);
    m_askedList->setObjectName(QStringLiteral("trackerAskedList"));
    m_askedList->setAccessibleName(tr("Questions asked in the selected scheduled interview"));
    m_askedList->setFixedHeight(m_askedList->fontMetrics().lineSpacing() * 4);
    m_makeOwnButton = new QPushButton(tr("Add to My &questions"), m_interviewBox);
    m_makeOwnButton->setObjectName(QStringLiteral("trackerMakeOwnButton"));
    m_makeOwnButton->setToolTip(tr("Makes the chosen asked question one of My questions, tagged "
                                   "asked-in-interview; due reviews put it first."));
    connect(m_makeOwnButton, &QPushButton::clicked, this, &TrackerPage::makeOwnQuestion);
    connect(m_interviews, &QListWidget::currentRowChanged, this, &TrackerPage::showAsked);
    connect(m_askedList, &QListWidget::currentRowChanged, this, [this] { updateMakeOwn(); });
    auto *askedRow = new QHBoxLayout;
    askedRow->addWidget(m_askedList, 1);
    askedRow->addWidget(m_makeOwnButton, 0, Qt::AlignTop);
    auto *interviewLayout = new QVBoxLayout(m_interviewBox);
    interviewLayout->addWidget(m_interviews);
    interviewLayout->addLayout(askedRow);
    interviewLayout->addLayout(interviewForm);
    interviewLayout->addWidget(m_interviewError);
    interviewLayout->addWidget(m_interviewMessage);
    interviewLayout->addWidget(addInterviewButton, 0, Qt::AlignRight);

    // Its contacts.
    m_contactBox = new QGroupBox(tr("Contacts"), content);
    m_contacts = new QListWidget(m_contactBox);
    m_contacts->setObjectName(QStringLiteral("trackerContacts"));
    m_contacts->setFixedHeight(m_contacts->fontMetrics().lineSpacing() * 4);
    m_contactName = lineEdit(m_contactBox, "trackerContactName");
    m_contactRole = lineEdit(m_contactBox, "trackerContactRole");
    m_contactReach = lineEdit(m_contactBox, "trackerContactReach");
    m_contactReach->setPlaceholderText(tr("e.g. kenji@example.com or a profile link"));
    auto *contactForm = new QFormLayout;
    contactForm->addRow(tr("Na&me:"), m_contactName);
    contactForm->addRow(tr("T&heir role:"), m_contactRole);
    contactForm->addRow(tr("E-mail or &profile:"), m_contactReach);
    auto *addContactButton = new QPushButton(tr("Add contact"), m_contactBox);
    addContactButton->setObjectName(QStringLiteral("trackerAddContactButton"));
    connect(addContactButton, &QPushButton::clicked, this, &TrackerPage::addContact);
    m_contactError = new ErrorLabel(m_contactBox);
    m_contactError->setObjectName(QStringLiteral("trackerContactError"));
    m_contactError->setWordWrap(true);
    auto *contactLayout = new QVBoxLayout(m_contactBox);
    contactLayout->addWidget(m_contacts);
    contactLayout->addLayout(contactForm);
    contactLayout->addWidget(m_contactError);
    contactLayout->addWidget(addContactButton, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(appBox);
    layout->addWidget(m_historyBox);
    layout->addWidget(m_interviewBox);
    layout->addWidget(m_contactBox);
    layout->addStretch();
    scroll->setWidget(content);
    return scroll;
}

void TrackerPage::showAsked()
{
    m_askedList->clear();
    const QListWidgetItem *item = m_interviews->currentItem();
    const std::optional<ScheduledInterview> i = item ? m_tracker.interview(
                                                    item->data(Qt::UserRole).toLongLong())
                                                     : std::nullopt;
    if (i)
        for (const AskedQuestion &q : i->asked) {
            auto *row = new QListWidgetItem(q.questionId.isEmpty()
                                                ? q.text
                                                : tr("%1 (in My questions)").arg(q.text),
                                            m_askedList);
            row->setData(Qt::UserRole, !q.questionId.isEmpty());
        }
    m_askedList->setEnabled(m_askedList->count() > 0);
    updateMakeOwn();
}

void TrackerPage::updateMakeOwn()
{
    const QListWidgetItem *asked = m_askedList->currentItem();
    m_makeOwnButton->setEnabled(asked && !asked->data(Qt::UserRole).toBool());
}

void TrackerPage::makeOwnQuestion()
{
    const QListWidgetItem *item = m_interviews->currentItem();
    const int position = m_askedList->currentRow();
    if (!item || position < 0)
        return;
    m_interviewMessage->clear();
    m_interviewError->clear();
    QString questionId;
    QString error;
    if (!m_tracker.makeOwnQuestion(item->data(Qt::UserRole).toLongLong(), position, &questionId,
                                   &error)) {
        m_interviewError->setText(error);
        return;
    }
    showAsked();
    m_askedList->setCurrentRow(position);
    m_interviewMessage->setText(tr("It is one of My questions now, tagged asked-in-interview."));
}

void TrackerPage::setDailyMinutes(int minutes)
{
    m_dailyMinutes = minutes;
    m_plan->setDailyMinutes(minutes);
}

void TrackerPage::exportCalendar()
{
    const QString path = DataActions::chooseFile(this, FileKind::ExportData,
                                                 tr("Export the tracker as a calendar"),
                                                 QStringLiteral("mockloop-interviews.ics"),
                                                 tr("Calendar (*.ics)"), true);
    if (path.isEmpty())
        return;
    QString error;
    if (!DataActions::writeFile(path,
                                trackerCalendar(m_db, *m_clock, {m_dailyMinutes, m_ghostedAfterDays}),
                                &error))
        DataActions::notify(this, tr("Export failed"), error, true);
    else
        DataActions::notify(this, tr("Exported"),
                            tr("The calendar was written to %1. Importing a newer export updates "
                               "the events instead of adding them again.")
                                .arg(QDir::toNativeSeparators(path)),
                            false, DataActions::folderOf(path));
}

void TrackerPage::showPlan(qint64 interviewId)
{
    m_tabs->setCurrentWidget(m_plan);
    m_plan->showInterview(interviewId);
    m_plan->setFocus();
}

void TrackerPage::refreshStages()
{
    m_loading = true;
    const QVariant chosenFilter = m_stageFilter->currentData();
    const QVariant chosenStage = m_stage->currentData();
    m_stageFilter->clear();
    m_stageFilter->addItem(tr("Every stage"), QVariant());
    m_stage->clear();
    for (const TrackerStage &s : m_tracker.stages(true)) {
        m_stageFilter->addItem(stageDisplayName(s), s.id);
        m_stage->addItem(stageDisplayName(s), s.id);
    }
    m_stageFilter->setCurrentIndex(std::max(0, m_stageFilter->findData(chosenFilter)));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(chosenStage)));
    m_loading = false;
}

void TrackerPage::refresh()
{
    refreshStages();
    m_stages->refresh();
    refreshTable();
    if (m_currentId != 0 && m_tracker.application(m_currentId))
        load(m_currentId);
    else
        clearForm();
    if (m_tabs->currentWidget() == m_plan)
        m_plan->refresh();
    if (m_tabs->currentWidget() == m_board) {
        m_board->setGhostedAfterDays(m_ghostedAfterDays);
        m_board->refresh();
    }
}

void TrackerPage::refreshTable()
{
    const QList<TrackerStage> stages = m_tracker.stages();
    const QList<ScheduledInterview> interviews = m_tracker.interviews(0);
    const QList<qint64> ghosted = m_tracker.ghostedSuggestions(m_ghostedAfterDays);
    const QVariant onlyStage = m_stageFilter->currentData();
    const QDateTime now = m_clock->wallTime();
    QList<ApplicationRow> rows;
    for (const Application &a : m_tracker.applications()) {
        if (onlyStage.isValid() && a.stageId != onlyStage.toLongLong())
            continue;
        ApplicationRow row;
        row.application = a;
        for (const TrackerStage &s : stages)
            if (s.id == a.stageId) {
                row.stageName = stageDisplayName(s);
                row.stagePosition = s.position;
            }
        for (const ScheduledInterview &i : interviews)
            if (i.applicationId == a.id && i.end() > now) {
                row.nextInterview = startText(i);
                row.nextInterviewUtc = i.start.toUTC();
                break;
            }
        row.ghosted = ghosted.contains(a.id);
        rows.append(row);
    }
    m_loading = true;
    const bool firstRows = m_model->rowCount() == 0 && !rows.isEmpty() && !m_sized;
    m_model->setApplications(rows);
    m_loading = false;
    if (firstRows) {
        // Columns as wide as their first rows once; after that the person's widths stay.
        m_table->resizeColumnsToContents();
        m_sized = true;
    }
    const int sourceRow = m_model->rowOf(m_currentId);
    if (sourceRow >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(sourceRow, 0)));
}

void TrackerPage::applicationSelected()
{
    if (m_loading)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        load(current.data(ApplicationTableModel::kIdRole).toLongLong());
}

void TrackerPage::newApplication()
{
    m_table->clearSelection();
    clearForm();
    m_company->setFocus();
}

void TrackerPage::clearForm()
{
    m_loading = true;
    m_currentId = 0;
    m_formTitle->setText(tr("New application: it starts in the stage chosen below."));
    for (QLineEdit *e :
         {m_company, m_role, m_level, m_location, m_salary, m_source, m_url, m_tags, m_outcome})
        e->clear();
    m_notes->clear();
    m_excitement->setValue(0);
    m_stage->setCurrentIndex(0);
    m_history->clear();
    m_interviews->clear();
    m_contacts->clear();
    for (QGroupBox *box : {m_historyBox, m_interviewBox, m_contactBox})
        box->setEnabled(false);
    m_start->setDateTime(QDateTime(m_clock->today().addDays(7), QTime(10, 0)));
    m_message->clear();
    m_error->clear();
    m_interviewMessage->clear();
    m_interviewError->clear();
    m_contactError->clear();
    m_loading = false;
}

void TrackerPage::load(qint64 applicationId)
{
    const std::optional<Application> a = m_tracker.application(applicationId);
    if (!a) {
        clearForm();
        return;
    }
    m_loading = true;
    m_currentId = a->id;
    m_formTitle->setText(tr("Application %1").arg(a->id));
    m_company->setText(a->company);
    m_role->setText(a->role);
    m_level->setText(a->level);
    m_location->setText(a->location);
    m_salary->setText(a->salaryRange);
    m_source->setText(a->source);
    m_url->setText(a->url);
    m_tags->setText(a->tags.join(QStringLiteral(", ")));
    m_outcome->setText(a->outcome);
    m_notes->setPlainText(a->notes);
    m_excitement->setValue(a->excitement.value_or(0));
    if (m_stage->findData(a->stageId) < 0) // a hidden stage: still shown for this one
        if (const auto s = m_tracker.stage(a->stageId))
            m_stage->addItem(stageDisplayName(*s), s->id);
    m_stage->setCurrentIndex(m_stage->findData(a->stageId));

    const QList<TrackerStage> stages = m_tracker.stages();
    const auto stageName = [&stages](qint64 id) {
        for (const TrackerStage &s : stages)
            if (s.id == id)
                return stageDisplayName(s);
        return QString();
    };
    m_history->clear();
    for (const StageChange &h : m_tracker.history(a->id))
        m_history->addItem(
            h.note.isEmpty()
                ? tr("%1  %2").arg(formatDateTime(h.changedAt), stageName(h.stageId))
                : tr("%1  %2: %3").arg(formatDateTime(h.changedAt), stageName(h.stageId), h.note));
    m_interviews->clear();
    for (const ScheduledInterview &i : m_tracker.interviews(a->id)) {
        QString line = tr("%1  %2, %3 min, %4")
                           .arg(startText(i), displayName(i.kind))
                           .arg(i.durationMinutes)
                           .arg(displayName(i.format));
        if (m_tracker.isPast(i))
            line += tr(" (in the past)");
        // Spelled out rather than "%n question(s)": without an English catalogue that shows "(s)".
        if (i.asked.size() == 1)
            line += tr(", 1 question asked");
        else if (i.asked.size() > 1)
            line += tr(", %1 questions asked").arg(i.asked.size());
        auto *item = new QListWidgetItem(line, m_interviews);
        item->setData(Qt::UserRole, i.id);
        if (!m_tracker.isPast(i))
            item->setToolTip(tr("Double-click or press Enter to open its preparation plan."));
        if (!i.asked.isEmpty() && m_interviews->currentRow() < 0)
            m_interviews->setCurrentItem(item); // its asked questions show below
    }
    if (m_interviews->currentRow() < 0)
        showAsked();
    const QList<Contact> contacts = m_tracker.contacts();
    m_contacts->clear();
    for (const qint64 id : a->contactIds)
        for (const Contact &c : contacts)
            if (c.id == id)
                m_contacts->addItem(c.role.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.role));
    for (QGroupBox *box : {m_historyBox, m_interviewBox, m_contactBox})
        box->setEnabled(true);
    m_loading = false;
}

void TrackerPage::showResult(const QString &message, const QString &error)
{
    m_message->setText(message);
    m_error->setText(error);
}

void TrackerPage::saveApplication()
{
    Application a;
    if (m_currentId != 0)
        if (const auto stored = m_tracker.application(m_currentId))
            a = *stored;
    a.company = m_company->text();
    a.role = m_role->text();
    a.level = m_level->text();
    a.location = m_location->text();
    a.salaryRange = m_salary->text();
    a.source = m_source->text();
    a.url = m_url->text();
    a.tags = splitTags(m_tags->text());
    a.outcome = m_outcome->text();
    a.notes = m_notes->toPlainText();
    a.excitement = m_excitement->value() > 0 ? std::optional<int>(m_excitement->value())
                                             : std::nullopt;
    a.stageId = m_stage->currentData().toLongLong();
    QString error;
    const std::optional<qint64> id = m_tracker.saveApplication(a, &error);
    if (!id) {
        showResult(QString(), error);
        (a.company.trimmed().isEmpty() ? m_company : m_role)->setFocus();
        return;
    }
    m_currentId = *id;
    refreshTable();
    load(*id);
    showResult(tr("Saved."), QString());
}

void TrackerPage::addInterview()
{
    m_interviewMessage->clear();
    m_interviewError->clear();
    QString error;
    const auto start = Tracker::parseStart(m_start->dateTime().toString(
                                               QStringLiteral("yyyy-MM-dd HH:mm")),
                                           m_zone->currentText(), &error);
    if (!start) {
        m_interviewError->setText(error);
        return;
    }
    ScheduledInterview i;
    i.applicationId = m_currentId;
    i.kind = InterviewKind(m_kind->currentData().toInt());
    i.start = *start;
    i.durationMinutes = m_minutes->value();
    i.format = InterviewFormat(m_format->currentData().toInt());
    for (const QString &line : m_asked->toPlainText().split(QLatin1Char('\n')))
        i.asked.append({line, QString()});
    const std::optional<InterviewSaved> saved = m_tracker.saveInterview(i, &error);
    if (!saved) {
        m_interviewError->setText(error);
        return;
    }
    m_asked->clear();
    refreshTable();
    load(m_currentId);
    m_interviewMessage->setText(
        saved->warnings.isEmpty()
            ? tr("Scheduled interview added.")
            : tr("Scheduled interview added. %1").arg(saved->warnings.join(QLatin1Char(' '))));
}

void TrackerPage::addContact()
{
    m_contactError->clear();
    Contact c;
    c.name = m_contactName->text();
    c.role = m_contactRole->text();
    c.reach = m_contactReach->text();
    c.company = m_company->text().simplified();
    QString error;
    if (!m_tracker.addContactTo(m_currentId, c, &error)) {
        m_contactError->setText(error);
        return;
    }
    for (QLineEdit *e : {m_contactName, m_contactRole, m_contactReach})
        e->clear();
    load(m_currentId);
}

} // namespace mockloop::desktop
