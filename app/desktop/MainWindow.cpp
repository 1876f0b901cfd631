#include "MainWindow.h"

#include "DataActions.h"

#include "Clock.h"
#include "Confirmation.h"
#include "Database.h"
#include "Exporter.h"
#include "HistoryPage.h"
#include "HomePage.h"
#include "InterviewPage.h"
#include "LibraryPage.h"
#include "ProgressPage.h"
#include "ReportPage.h"
#include "SessionController.h"
#include "SetupPage.h"
#include "StoriesPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStatusBar>

namespace mockloop::desktop {

MainWindow::MainWindow(Database &db, const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
{
    setWindowTitle(tr("MockLoop"));
    // Fits a 1024×700 screen with room for the desktop's panels; opens roomier on larger ones.
    setMinimumSize(800, 560);
    resize(1200, 800);

    m_stack = new QStackedWidget(this);
    m_home = new HomePage(db, clock, m_stack);
    m_home->setObjectName(QStringLiteral("homePage"));
    m_setup = new SetupPage(db, m_stack);
    m_setup->setObjectName(QStringLiteral("setupPage"));
    m_interview = new InterviewPage(m_stack);
    m_interview->setObjectName(QStringLiteral("interviewPage"));
    m_report = new ReportPage(db, m_stack);
    m_report->setObjectName(QStringLiteral("reportPage"));
    m_library = new LibraryPage(db, m_stack);
    m_library->setObjectName(QStringLiteral("libraryPage"));
    m_history = new HistoryPage(db, m_stack);
    m_history->setObjectName(QStringLiteral("historyPage"));
    m_stories = new StoriesPage(db, clock, m_stack);
    m_stories->setObjectName(QStringLiteral("storiesPage"));
    m_progress = new ProgressPage(db, clock, m_stack);
    m_progress->setObjectName(QStringLiteral("progressPage"));
    for (QWidget *page : std::initializer_list<QWidget *>{m_home, m_setup, m_interview, m_report,
                                                          m_library, m_history, m_stories,
                                                          m_progress})
        m_stack->addWidget(page);
    setCentralWidget(m_stack);

    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveStateLabel"));
    statusBar()->addPermanentWidget(m_saveState);

    buildMenus();

    connect(m_home, &HomePage::startLoopRequested, this, &MainWindow::showSetup);
    connect(m_home, &HomePage::resumeRequested, this, [this](qint64 id) { resumeSession(id); });
    connect(m_home, &HomePage::reportRequested, this, &MainWindow::showReport);
    connect(m_home, &HomePage::libraryRequested, this, &MainWindow::showLibrary);
    connect(m_home, &HomePage::practiseDueRequested, this, [this](const LoopPlan &plan) {
        if (QString error; !startSession(plan, &error))
            m_home->showError(error);
    });
    connect(m_library, &LibraryPage::homeRequested, this, &MainWindow::showHome);
    connect(m_home, &HomePage::historyRequested, this, &MainWindow::showHistory);
    connect(m_history, &HistoryPage::homeRequested, this, &MainWindow::showHome);
    connect(m_history, &HistoryPage::reportRequested, this, &MainWindow::showReport);
    connect(m_history, &HistoryPage::storyFromAttemptRequested, this, [this](qint64 attemptId) {
        showStories();
        m_stories->draftFromAttempt(attemptId);
    });
    connect(m_home, &HomePage::storiesRequested, this, &MainWindow::showStories);
    connect(m_stories, &StoriesPage::homeRequested, this, &MainWindow::showHome);
    connect(m_home, &HomePage::progressRequested, this, &MainWindow::showProgress);
    connect(m_progress, &ProgressPage::homeRequested, this, &MainWindow::showHome);
    connect(m_history, &HistoryPage::resumeRequested, this, [this](qint64 id) {
        if (QString error; !resumeSession(id, &error))
            m_history->showError(error);
    });
    connect(m_library, &LibraryPage::practiseRequested, this, [this](const LoopPlan &plan) {
        m_setup->loadPlan(plan);
        showSetup();
    });
    connect(m_setup, &SetupPage::backRequested, this, &MainWindow::showHome);
    connect(m_setup, &SetupPage::startRequested, this,
            [this](const LoopPlan &plan) { startSession(plan); });
    connect(m_interview, &InterviewPage::edited, this, &MainWindow::updateSaveState);
    connect(m_report, &ReportPage::homeRequested, this, &MainWindow::showHome);

    m_timer.setInterval(kTickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MainWindow::tickNow);

    showHome();
}

MainWindow::~MainWindow()
{
    m_timer.stop();
    m_interview->setController(nullptr);
    // The controller's destructor saves a pending draft and releases the session lock.
    m_controller.reset();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export all data as JSON…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportAllData);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
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
    m_progressAction = view->addAction(tr("&Progress"));
    m_progressAction->setObjectName(QStringLiteral("progressAction"));
    connect(m_progressAction, &QAction::triggered, this, &MainWindow::showProgress);

    m_data = new DataActions(m_db, m_clock, [this] { return m_controller.get(); }, this);
    menuBar()->addMenu(m_data->buildMenu(this));
    connect(m_data, &DataActions::dataReplaced, this, [this] {
        if (!m_controller)
            showHome();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About MockLoop"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::showHome()
{
    m_home->refresh();
    m_stack->setCurrentWidget(m_home);
}

void MainWindow::showSetup()
{
    m_setup->refreshSources();
    m_setup->showError({});
    m_stack->setCurrentWidget(m_setup);
}

void MainWindow::showLibrary()
{
    if (m_controller)
        return;
    m_library->refresh();
    m_stack->setCurrentWidget(m_library);
}

void MainWindow::updateActions()
{
    if (m_libraryAction)
        m_libraryAction->setEnabled(!m_controller);
    if (m_historyAction)
        m_historyAction->setEnabled(!m_controller);
    if (m_storiesAction)
        m_storiesAction->setEnabled(!m_controller);
    if (m_progressAction)
        m_progressAction->setEnabled(!m_controller);
}

void MainWindow::showHistory()
{
    if (m_controller)
        return;
    m_history->refresh();
    m_stack->setCurrentWidget(m_history);
}

void MainWindow::showStories()
{
    if (m_controller)
        return;
    m_stories->refresh();
    m_stack->setCurrentWidget(m_stories);
}

void MainWindow::showProgress()
{
    if (m_controller)
        return;
    m_progress->refresh();
    m_stack->setCurrentWidget(m_progress);
}

void MainWindow::showReport(qint64 sessionId)
{
    m_report->showSession(sessionId);
    m_stack->setCurrentWidget(m_report);
}

bool MainWindow::startSession(const LoopPlan &plan, QString *error)
{
    QString message = m_controller ? tr("A session is already running in this window.") : QString();
    std::unique_ptr<SessionController> controller;
    if (message.isEmpty())
        controller = SessionController::start(m_db, plan, m_clock, &message);
    if (!controller) {
        m_setup->showError(message);
        if (error)
            *error = message;
        return false;
    }
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
    connect(m_controller.get(), &SessionController::saveFailed, this,
            [this](const QString &message) {
                m_saveFailure = message;
                updateSaveState();
            });
    m_interview->setController(m_controller.get());
    m_stack->setCurrentWidget(m_interview);
    m_timer.start();
    updateSaveState();
    updateActions();
}

void MainWindow::tickNow()
{
    if (m_controller)
        m_controller->tick();
    if (m_stack->currentWidget() == m_interview)
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
    m_timer.stop();
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
        m_saveState->setStyleSheet(bad ? QStringLiteral("color: #b00020; font-weight: bold;")
                                       : QString());
    }
}

bool MainWindow::exportAllDataTo(const QString &path, QString *error)
{
    QString message;
    // The export reads the database: put the draft on screen there first.
    if (m_controller && m_controller->hasUnsavedChanges())
        m_controller->saveNow();
    const QJsonObject root = exportAllJson(m_db, m_clock->wallTime(), &message);
    if (root.isEmpty()) {
        if (error)
            *error = tr("Reading the database failed: %1").arg(message);
        return false;
    }
    // QSaveFile: a failed export never leaves a half-written file in place of an old one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MainWindow::exportAllData()
{
    const QString suggested = QDir(QDir::homePath()).filePath(QStringLiteral("mockloop-export.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export all data as JSON"),
                                                      suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportAllDataTo(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About MockLoop"),
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
                                  .arg(m_controller->lastError()))) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace mockloop::desktop
