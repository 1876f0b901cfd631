#include "window/MainWindow.h"

#include "base/Clock.h"
#include "common/Appearance.h"
#include "common/Confirmation.h"
#include "common/Icons.h"
#include "controller/SessionController.h"
#include "history/HistoryPage.h"
#include "home/HomePage.h"
#include "interview/InterviewPage.h"
#include "interview/Speech.h"
#include "library/LibraryPage.h"
#include "progress/ProgressPage.h"
#include "report/ReportPage.h"
#include "setup/SetupPage.h"
#include "storage/Database.h"
#include "stories/StoriesPage.h"
#include "tracker/TrackerPage.h"
#include "window/DataActions.h"
#include "window/SessionActions.h"
#include "window/SettingsDialog.h"
#include "window/ShortcutHelp.h"
#include "window/StatusNotice.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace mockloop::desktop {

MainWindow::MainWindow(Database &db, const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
{
    setWindowTitle(tr("MockLoop"));
    setWindowIcon(applicationIcon());
    // Fits a 1024×700 screen with room for the desktop's panels; opens roomier on larger ones.
    setMinimumSize(800, 560);
    resize(1200, 800);

    // Only Home is built now; every other page is built the first time it is shown (start-up
    // time, docs/benchmarks.md "bench_window").
    m_stack = new QStackedWidget(this);
    m_home = addPage(new HomePage(db, clock, m_stack), "homePage");
    setCentralWidget(m_stack);
    m_sessionActions = new SessionActions(this);

    m_notice = new StatusNotice(this);
    statusBar()->addWidget(m_notice, 1);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    statusBar()->addPermanentWidget(m_saveState);

    setSpeaker(std::make_unique<TextToSpeechSpeaker>());
    buildMenus();

    connect(m_home, &HomePage::startLoopRequested, this, &MainWindow::showSetup);
    connect(m_home, &HomePage::resumeRequested, this, [this](qint64 id) { resumeSession(id); });
    connect(m_home, &HomePage::reportRequested, this, &MainWindow::showReport);
    connect(m_home, &HomePage::libraryRequested, this, &MainWindow::showLibrary);
    connect(m_home, &HomePage::practiseDueRequested, this, [this](const LoopPlan &plan) {
        if (QString error; !startSession(plan, &error))
            m_home->showError(error);
    });
    connect(m_home, &HomePage::historyRequested, this, &MainWindow::showHistory);
    connect(m_home, &HomePage::storiesRequested, this, &MainWindow::showStories);
    connect(m_home, &HomePage::storyRequested, this, &MainWindow::showStoryFor);
    connect(m_home, &HomePage::planRequested, this, [this](qint64 interviewId) {
        showTracker();
        if (m_tracker && m_stack->currentWidget() == m_tracker)
            m_tracker->showPlan(interviewId);
    });
    connect(m_home, &HomePage::progressRequested, this, &MainWindow::showProgress);
    m_timer.setInterval(kTickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MainWindow::tickNow);

    showHome();
}

MainWindow::~MainWindow()
{
    m_timer.stop();
    if (m_interview) {
        m_interview->setFeedback(m_settings, nullptr);
        m_interview->setController(nullptr);
    }
    // The controller's destructor saves a pending draft and releases the session lock.
    m_controller.reset();
}

template<class Page>
Page *MainWindow::addPage(Page *page, const char *objectName)
{
    page->setObjectName(QLatin1String(objectName));
    m_stack->addWidget(page);
    restoreLayout(page);
    return page;
}

InterviewPage *MainWindow::interviewPage()
{
    if (!m_interview) {
        m_interview = addPage(new InterviewPage(m_sessionActions, m_stack), "interviewPage");
        m_interview->setFeedback(m_settings, m_speaker.get());
        connect(m_interview, &InterviewPage::edited, this, &MainWindow::updateSaveState);
    }
    return m_interview;
}

void MainWindow::restoreLayout(QWidget *page)
{
    for (auto *splitter : page->findChildren<QSplitter *>()) {
        if (const auto it = m_memory.splitters.constFind(splitter->objectName());
            it != m_memory.splitters.cend() && !splitter->objectName().isEmpty())
            splitter->restoreState(*it);
    }
    for (auto *table : page->findChildren<QTableView *>()) {
        const auto it = m_memory.headers.constFind(table->objectName());
        if (table->objectName().isEmpty() || it == m_memory.headers.cend())
            continue;
        QHeaderView *header = table->horizontalHeader();
        // A state of other columns (an older program) is refused by restoreState itself.
        if (header->restoreState(*it) && header->isSortIndicatorShown()
            && header->sortIndicatorSection() >= 0) {
            // restoreState sets the indicator quietly: the model sorts when it hears of it.
            emit header->sortIndicatorChanged(header->sortIndicatorSection(),
                                              header->sortIndicatorOrder());
        }
    }
}

void MainWindow::rememberLayout()
{
    // Focus mode is full screen for a while, not the window the person arranged.
    if (!m_focusMode)
        m_memory.geometry = saveGeometry();
    for (auto *splitter : m_stack->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            m_memory.splitters.insert(splitter->objectName(), splitter->saveState());
    }
    for (auto *table : m_stack->findChildren<QTableView *>()) {
        if (!table->objectName().isEmpty())
            m_memory.headers.insert(table->objectName(), table->horizontalHeader()->saveState());
    }
    if (m_settingsStore)
        m_memory.save(*m_settingsStore);
}

QString MainWindow::startFolder(FileKind kind) const
{
    const QString folder = m_memory.folders.value(kind);
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void MainWindow::rememberFolder(FileKind kind, const QString &chosenPath)
{
    if (chosenPath.isEmpty())
        return;
    m_memory.folders.insert(kind, QFileInfo(chosenPath).absolutePath());
    if (m_settingsStore)
        m_memory.save(*m_settingsStore);
}

void MainWindow::showPage(QWidget *page)
{
    // A problem belongs to the page that had it; a success may stay until it times out.
    const QWidget *source = m_notice->source();
    if (m_notice->isProblem() && !(source && (source == page || page->isAncestorOf(source))))
        m_notice->clearNotice();
    m_stack->setCurrentWidget(page);
    // A page that names where typing should start gets the keyboard; otherwise the focus
    // falls on whatever comes next in the chain, e.g. History's "Back to home" button, where
    // a stray space leaves the page.
    if (page->focusProxy())
        page->setFocus(Qt::OtherFocusReason);
}

SetupPage *MainWindow::setupPage()
{
    if (!m_setup) {
        m_setup = addPage(new SetupPage(m_db, m_stack), "setupPage");
        m_setup->setClock(m_clock);
        m_setup->setNewPlanDefaults(m_settings.defaultPrepSeconds, m_settings.defaultAnswerSeconds);
        connect(m_setup, &SetupPage::backRequested, this, &MainWindow::showHome);
        connect(m_setup, &SetupPage::startRequested, this,
                [this](const LoopPlan &plan) { startSession(plan); });
    }
    return m_setup;
}

ReportPage *MainWindow::reportPage()
{
    if (!m_report) {
        m_report = addPage(new ReportPage(m_db, m_stack), "reportPage");
        connect(m_report, &ReportPage::homeRequested, this, &MainWindow::showHome);
    }
    return m_report;
}

LibraryPage *MainWindow::libraryPage()
{
    if (!m_library) {
        m_library = addPage(new LibraryPage(m_db, m_stack), "libraryPage");
        connect(m_library, &LibraryPage::homeRequested, this, &MainWindow::showHome);
        connect(m_library, &LibraryPage::practiseRequested, this, [this](const LoopPlan &plan) {
            setupPage()->loadPlan(plan);
            showSetup();
        });
    }
    return m_library;
}

HistoryPage *MainWindow::historyPage()
{
    if (!m_history) {
        m_history = addPage(new HistoryPage(m_db, m_clock, m_stack), "historyPage");
        connect(m_history, &HistoryPage::homeRequested, this, &MainWindow::showHome);
        connect(m_history, &HistoryPage::reportRequested, this, &MainWindow::showReport);
        connect(m_history, &HistoryPage::storyFromAttemptRequested, this, [this](qint64 attemptId) {
            showStories();
            storiesPage()->draftFromAttempt(attemptId);
        });
        connect(m_history, &HistoryPage::resumeRequested, this, [this](qint64 id) {
            if (QString error; !resumeSession(id, &error))
                m_history->showError(error);
        });
    }
    return m_history;
}

StoriesPage *MainWindow::storiesPage()
{
    if (!m_stories) {
        m_stories = addPage(new StoriesPage(m_db, m_clock, m_stack), "storiesPage");
        connect(m_stories, &StoriesPage::homeRequested, this, &MainWindow::showHome);
    }
    return m_stories;
}

TrackerPage *MainWindow::trackerPage()
{
    if (!m_tracker) {
        m_tracker = addPage(new TrackerPage(m_db, m_clock, m_stack), "trackerPage");
        connect(m_tracker, &TrackerPage::homeRequested, this, &MainWindow::showHome);
        connect(m_tracker, &TrackerPage::practiceRequested, this, [this](const LoopPlan &plan) {
            if (QString error; !startSession(plan, &error))
                m_notice->showNotice(error, StatusNotice::Kind::Problem);
        });
        connect(m_tracker, &TrackerPage::storyRequested, this, &MainWindow::showStoryFor);
        connect(m_tracker, &TrackerPage::dailyMinutesChanged, this, [this](int minutes) {
            AppSettings changed = m_settings;
            changed.prepDailyMinutes = minutes;
            applySettings(changed);
        });
    }
    return m_tracker;
}

ProgressPage *MainWindow::progressPage()
{
    if (!m_progress) {
        m_progress = addPage(new ProgressPage(m_db, m_clock, m_stack), "progressPage");
        connect(m_progress, &ProgressPage::homeRequested, this, &MainWindow::showHome);
    }
    return m_progress;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newLoopAction = file->addAction(tr("&New loop…"));
    m_newLoopAction->setObjectName(QStringLiteral("newLoopAction"));
    m_newLoopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newLoopAction, &QAction::triggered, this, [this] {
        if (!m_controller)
            showSetup();
    });
    m_homeAction = file->addAction(tr("&Home"));
    m_homeAction->setObjectName(QStringLiteral("homeAction"));
    m_homeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_homeAction, &QAction::triggered, this, [this] {
        if (!m_controller)
            showHome();
    });
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export all data as JSON…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportAllData);
    QAction *importAction = file->addAction(tr("&Import questions…"));
    importAction->setObjectName(QStringLiteral("importQuestionsAction"));
    connect(importAction, &QAction::triggered, this, [this] {
        showLibrary();
        if (m_library && m_stack->currentWidget() == m_library) // not during a session
            m_library->importQuestions();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    // Spelled out: the platform key (QKeySequence::Quit) is empty on some platforms.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_libraryAction = view->addAction(tr("Question &library"));
    m_libraryAction->setObjectName(QStringLiteral("libraryAction"));
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_libraryAction, &QAction::triggered, this, &MainWindow::showLibrary);
    m_historyAction = view->addAction(tr("&History"));
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    m_storiesAction = view->addAction(tr("&Stories"));
    m_storiesAction->setObjectName(QStringLiteral("storiesAction"));
    connect(m_storiesAction, &QAction::triggered, this, &MainWindow::showStories);
    m_trackerAction = view->addAction(tr("&Tracker"));
    m_trackerAction->setObjectName(QStringLiteral("trackerAction"));
    connect(m_trackerAction, &QAction::triggered, this, &MainWindow::showTracker);
    m_progressAction = view->addAction(tr("&Progress"));
    m_progressAction->setObjectName(QStringLiteral("progressAction"));
    connect(m_progressAction, &QAction::triggered, this, &MainWindow::showProgress);
    view->addSeparator();
    m_focusAction = view->addAction(tr("&Focus mode"));
    m_focusAction->setObjectName(QStringLiteral("focusModeAction"));
    m_focusAction->setCheckable(true);
    m_focusAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QKeySequence(Qt::Key_F11)});
    m_focusAction->setEnabled(false);
    connect(m_focusAction, &QAction::triggered, this, [this](bool on) { setFocusMode(on); });
    m_leaveFocusAction = view->addAction(tr("&Leave focus mode"));
    m_leaveFocusAction->setObjectName(QStringLiteral("leaveFocusModeAction"));
    m_leaveFocusAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveFocusAction->setEnabled(false);
    connect(m_leaveFocusAction, &QAction::triggered, this, [this] { setFocusMode(false); });

    QMenu *session = menuBar()->addMenu(tr("&Interview"));
    session->setObjectName(QStringLiteral("sessionMenu"));
    session->addActions(m_sessionActions->all());

    m_data = new DataActions(
        m_db, m_clock, [this] { return m_controller.get(); }, this);
    menuBar()->addMenu(m_data->buildMenu(this));
    connect(m_data, &DataActions::dataReplaced, this, &MainWindow::reloadAfterDataChange);

    // Every data action has keys, except deleting everything: one slip of the fingers should
    // not be a step away from it (it is still reachable with Alt+D, D).
    const std::pair<const char *, QKeySequence> dataKeys[] = {
        {"dataExportAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {"dataBackupAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {"dataRestoreAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {"dataLocationAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)}};
    for (const auto &[name, keys] : dataKeys) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setShortcut(keys);
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settingsAction = tools->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction = help->addAction(tr("&Keyboard shortcuts"));
    shortcutsAction->setObjectName(QStringLiteral("shortcutHelpAction"));
    shortcutsAction->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcutHelp);
    QAction *aboutAction = help->addAction(tr("&About MockLoop"));
    aboutAction->setMenuRole(QAction::AboutRole);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
    addShortcutsToWindow();
    buildToolBar();
}

void MainWindow::buildToolBar()
{
    // The main pages one click away, with the same icons as everywhere else. Hidden while a
    // session runs (the pages cannot be opened then) and in focus mode.
    m_toolBar = addToolBar(tr("Pages"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    const std::pair<QAction *, ActionIcon> entries[] = {{m_homeAction, ActionIcon::Home},
                                                        {m_newLoopAction, ActionIcon::NewLoop},
                                                        {m_libraryAction, ActionIcon::Library},
                                                        {m_historyAction, ActionIcon::History},
                                                        {m_progressAction, ActionIcon::Progress},
                                                        {m_storiesAction, ActionIcon::Stories}};
    for (const auto &[action, icon] : entries) {
        action->setIcon(actionIcon(icon));
        m_toolBar->addAction(action);
    }
    // The toolbar buttons show short names; the menus keep their mnemonics.
    m_homeAction->setIconText(tr("Home"));
    m_newLoopAction->setIconText(tr("New loop"));
    m_libraryAction->setIconText(tr("Library"));
    m_historyAction->setIconText(tr("History"));
    m_progressAction->setIconText(tr("Progress"));
    m_storiesAction->setIconText(tr("Stories"));
}

void MainWindow::addShortcutsToWindow()
{
    // Actions also belong to the window itself: their keys keep working in focus mode, where
    // the menu bar is hidden.
    QList<QMenu *> menus;
    for (QAction *top : menuBar()->actions()) {
        if (top->menu())
            menus.append(top->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus.append(action->menu());
            else if (!action->shortcuts().isEmpty())
                addAction(action);
        }
    }
}

void MainWindow::useSettings(QSettings *store)
{
    m_settingsStore = store;
    QStringList notes;
    const AppSettings loaded = store ? AppSettings::load(*store, &notes) : AppSettings();
    for (const QString &note : std::as_const(notes))
        qInfo("settings: %s", qPrintable(note));
    m_settingsStore = nullptr; // do not write back what was just read
    applySettings(loaded);
    m_settingsStore = store;
    m_memory = store ? WindowMemory::load(*store) : WindowMemory();
    if (!m_memory.geometry.isEmpty())
        restoreGeometry(m_memory.geometry);
    for (int i = 0; i < m_stack->count(); ++i)
        restoreLayout(m_stack->widget(i));
}

void MainWindow::applySettings(const AppSettings &settings)
{
    const bool themeChanged = settings.theme != m_settings.theme;
    m_settings = settings;
    if (m_settingsStore)
        m_settings.save(*m_settingsStore);
    if (themeChanged || settings.theme != Theme::System)
        applyTheme(settings.theme);
    if (m_interview)
        m_interview->setFeedback(m_settings, m_speaker.get());
    if (m_setup)
        m_setup->setNewPlanDefaults(m_settings.defaultPrepSeconds, m_settings.defaultAnswerSeconds);
    m_home->setPrepDailyMinutes(m_settings.prepDailyMinutes);
}

void MainWindow::setSpeaker(std::unique_ptr<Speaker> speaker)
{
    m_speaker = std::move(speaker);
    m_speechNotice.clear();
    m_speechNoticeCount = 0;
    if (m_speaker) {
        connect(m_speaker.get(), &Speaker::unavailable, this, [this](const QString &reason) {
            ++m_speechNoticeCount;
            m_speechNotice = tr("Speech is unavailable (%1). MockLoop goes on without the "
                                "interviewer's voice.")
                                 .arg(reason);
            statusBar()->showMessage(m_speechNotice);
        });
    }
    if (m_interview)
        m_interview->setFeedback(m_settings, m_speaker.get());
}

void MainWindow::setFocusMode(bool on)
{
    on = on && m_controller;
    if (on == m_focusMode) {
        m_focusAction->setChecked(on);
        return;
    }
    m_focusMode = on;
    m_focusAction->setChecked(on);
    m_leaveFocusAction->setEnabled(on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (m_toolBar)
        m_toolBar->setVisible(!on && !m_controller);
    if (m_interview)
        m_interview->setFocusMode(on);
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::showSettings()
{
    const QStringList voices = m_speaker ? m_speaker->voiceNames() : QStringList();
    SettingsDialog dialog(m_settings, voices, this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void MainWindow::showShortcutHelp()
{
    ShortcutHelpDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::reloadAfterDataChange()
{
    // A restore or delete changed what every page shows: each page built so far reloads now
    // (not only when shown again), and the story form lets go of a story that may be gone.
    // Home reloads as it is shown (restore and delete are refused while a session runs).
    if (m_history)
        m_history->refresh();
    if (m_stories)
        m_stories->dataReplaced();
    if (m_tracker)
        m_tracker->refresh();
    if (m_library)
        m_library->refresh();
    if (m_progress)
        m_progress->refresh();
    if (m_setup) {
        m_setup->refreshSources();
        m_setup->refreshPresets();
    }
    if (m_controller)
        m_home->refresh();
    else
        showHome();
}

void MainWindow::showHome()
{
    m_home->refresh();
    showPage(m_home);
}

void MainWindow::showSetup()
{
    SetupPage *setup = setupPage();
    setup->refreshSources();
    setup->showError({});
    setup->refreshPresets();
    showPage(setup);
}

void MainWindow::showLibrary()
{
    if (m_controller)
        return;
    libraryPage()->refresh();
    showPage(m_library);
}

void MainWindow::updateActions()
{
    if (m_libraryAction)
        m_libraryAction->setEnabled(!m_controller);
    if (m_historyAction)
        m_historyAction->setEnabled(!m_controller);
    if (m_storiesAction)
        m_storiesAction->setEnabled(!m_controller);
    if (m_trackerAction)
        m_trackerAction->setEnabled(!m_controller);
    if (m_progressAction)
        m_progressAction->setEnabled(!m_controller);
    if (m_newLoopAction)
        m_newLoopAction->setEnabled(!m_controller);
    if (m_homeAction)
        m_homeAction->setEnabled(!m_controller);
    if (m_focusAction)
        m_focusAction->setEnabled(bool(m_controller));
    if (m_toolBar)
        m_toolBar->setVisible(!m_controller && !m_focusMode);
}

void MainWindow::showHistory()
{
    if (m_controller)
        return;
    historyPage()->refresh();
    showPage(m_history);
}

void MainWindow::showStories()
{
    if (m_controller)
        return;
    storiesPage()->refresh();
    showPage(m_stories);
}

void MainWindow::showStoryFor(const QString &competency)
{
    showStories();
    if (m_stories && m_stack->currentWidget() == m_stories && !competency.isEmpty())
        m_stories->newStoryFor(competency);
}

void MainWindow::showTracker()
{
    if (m_controller)
        return;
    trackerPage()->setGhostedAfterDays(m_settings.ghostedAfterDays);
    m_tracker->setDailyMinutes(m_settings.prepDailyMinutes);
    m_tracker->refresh();
    showPage(m_tracker);
}

void MainWindow::showProgress()
{
    if (m_controller)
        return;
    progressPage()->refresh();
    showPage(m_progress);
}

void MainWindow::showReport(qint64 sessionId)
{
    reportPage()->showSession(sessionId);
    showPage(m_report);
}

bool MainWindow::startSession(const LoopPlan &plan, QString *error)
{
    QString message = m_controller ? tr("A session is already running in this window.") : QString();
    std::unique_ptr<SessionController> controller;
    if (message.isEmpty())
        controller = SessionController::start(m_db, plan, m_clock, &message);
    if (!controller) {
        setupPage()->showError(message);
        if (error)
            *error = message;
        return false;
    }
    if (m_setup)
        m_setup->showError({});
    adopt(std::move(controller));
    // Setup's Start is the loop's start: the person lands on the first round's intro. (Ready
    // always accepts Start; were it refused, the intro's own start button shows why.)
    m_controller->handle(Event::Start);
    m_interview->refresh();
    return true;
}

bool MainWindow::resumeSession(qint64 sessionId, QString *error)
{
    QString message;
    if (m_controller) {
        message = tr("A session is already running in this window.");
    } else if (auto controller = SessionController::resume(m_db, sessionId, m_clock, &message)) {
        m_home->showError({});
        adopt(std::move(controller));
        return true;
    }
    // The lock message says which program owns the session; show it as it is.
    m_home->showError(message);
    if (error)
        *error = message;
    return false;
}

void MainWindow::adopt(std::unique_ptr<SessionController> controller)
{
    m_controller = std::move(controller);
    m_saveFailure.clear();
    m_savedOnce = false;
    connect(m_controller.get(), &SessionController::stateChanged, this,
            &MainWindow::sessionStateChanged);
    connect(m_controller.get(), &SessionController::saved, this, [this] {
        m_saveFailure.clear();
        m_savedOnce = true;
        updateSaveState();
    });
    connect(m_controller.get(), &SessionController::saveFailed, this, [this](const QString &message) {
        m_saveFailure = message;
        updateSaveState();
    });
    InterviewPage *page = interviewPage();
    // The voice again: the end of the last session took it off the page.
    page->setFeedback(m_settings, m_speaker.get());
    page->setController(m_controller.get());
    showPage(page);
    m_timer.start();
    updateSaveState();
    updateActions();
}

void MainWindow::tickNow()
{
    if (m_controller)
        m_controller->tick();
    if (m_interview && m_stack->currentWidget() == m_interview)
        m_interview->refresh();
    updateSaveState();
}

void MainWindow::sessionStateChanged(State, State to)
{
    m_interview->refresh();
    updateSaveState();
    if (to == State::Finished || to == State::Abandoned) {
        // Not here: this runs inside the controller's own call. Drop it once that returns.
        QMetaObject::invokeMethod(this, &MainWindow::endSession, Qt::QueuedConnection);
    }
}

void MainWindow::endSession()
{
    if (!m_controller || !m_controller->engine().isTerminal())
        return;
    const qint64 id = m_controller->sessionId();
    setFocusMode(false);
    m_timer.stop();
    m_interview->setFeedback(m_settings, nullptr);
    m_interview->setController(nullptr);
    m_controller.reset();
    updateActions();
    m_home->refresh();
    showReport(id);
}

QString MainWindow::saveStateText() const
{
    return m_saveState->text();
}

void MainWindow::updateSaveState()
{
    QString text;
    bool bad = false;
    if (!m_saveFailure.isEmpty()) {
        text = tr("Saving failed: %1").arg(m_saveFailure);
        bad = true;
    } else if (m_controller && m_controller->hasUnsavedChanges()) {
        text = tr("Unsaved changes");
    } else if (m_savedOnce) {
        text = tr("Saved");
    }
    if (text != m_saveState->text()) {
        m_saveState->setText(text);
        m_saveState->setStyleSheet(errorStyleSheet(palette(), bad, true));
    }
}

void MainWindow::exportAllData()
{
    const QString path = DataActions::chooseFile(this, FileKind::ExportData,
                                                 tr("Export all data as JSON"),
                                                 QStringLiteral("mockloop-export.json"),
                                                 tr("JSON files (*.json)"), true);
    if (path.isEmpty())
        return;
    QString error;
    // The Data menu's export, in JSON: one path from the desktop to core's Exporter.
    if (!m_data->exportTo(path, DataActions::Format::Json, &error))
        DataActions::notify(this, tr("Export failed"), error, true);
    else
        DataActions::notify(this, tr("Exported"),
                            tr("Exported to %1").arg(QDir::toNativeSeparators(path)), false,
                            DataActions::folderOf(path));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About MockLoop"),
                       tr("<h3>MockLoop %1</h3>"
                          "<p>Timed mock-interview loops for backend developer candidates: answer each "
                          "question in an editor shaped for its round, grade yourself against the model "
                          "answer, and review how you did across sessions.</p>"
                          "<p>Everything stays on this computer, in %2</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped(),
                                QDir::toNativeSeparators(m_db.path()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A running session stays resumable: save it now; it reopens Paused at the same question.
    if (m_controller && !m_controller->saveNow()
        && !Confirmation::ask(this, tr("Quit without saving?"),
                              tr("The session could not be saved (%1). Quit anyway? The "
                                 "changes since the last save will be lost.")
                                  .arg(m_controller->lastError()),
                              tr("Quit without saving"), tr("Keep MockLoop open"))) {
        event->ignore();
        return;
    }
    rememberLayout();
    event->accept();
}

} // namespace mockloop::desktop
