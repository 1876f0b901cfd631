#pragma once

#include "base/Settings.h"
#include "session/Engine.h"
#include "session/Plan.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;
class QSettings;
class QStackedWidget;
class QToolBar;

namespace mockloop {
class Clock;
class Database;
class SessionController;
}

namespace mockloop::desktop {

class DataActions;
class HistoryPage;
class HomePage;
class InterviewPage;
class LibraryPage;
class ReportPage;
class ProgressPage;
class SessionActions;
class SetupPage;
class Speaker;
class StatusNotice;
class StoriesPage;
class TrackerPage;

// The window: a stack of pages and the one running session. It owns the SessionController;
// pages ask, it acts. Its timer only asks for a tick and a refresh: all time comes from the
// engine, which reads the injected clock.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int kTickIntervalMs = 100;

    MainWindow(Database &db, const Clock *clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the timer does on each tick: engine deadlines, autosave, refresh. Tests with a fake
    // clock call it after moving the clock instead of waiting for the timer.
    void tickNow();

    // Creates a session from a plan and shows it (Setup's "Start").
    bool startSession(const LoopPlan &plan, QString *error = nullptr);
    // Continues a stored session (Home's "Resume"); refused while another program owns it.
    bool resumeSession(qint64 sessionId, QString *error = nullptr);
    SessionController *controller() const { return m_controller.get(); }
    // The Data menu's actions (export, back up, restore, delete all).
    DataActions *dataActions() const { return m_data; }

    void showHome();
    void showSetup();
    // The question library (Home's "Question library", View → Question library, Ctrl+L).
    // Not while a session runs: the interview page stays in front until it ends.
    void showLibrary();
    // Past sessions and the answer search (Home's "History", View → History, Ctrl+H); like
    // the library, not while a session runs.
    void showHistory();
    void showReport(qint64 sessionId);
    // The STAR story bank (Home's "Stories", View → Stories); not while a session runs.
    void showStories();
    // The story bank with a new story for this competency (a preparation plan's story task).
    void showStoryFor(const QString &competency);
    // The interview tracker (View → Tracker); not while a session runs.
    void showTracker();
    // Charts of the stored history (Home's "Progress", View → Progress); not while a session runs.
    void showProgress();
    // The status-bar text: "Saved", "Unsaved changes" or "Saving failed: …".
    QString saveStateText() const;

    // Where settings are read from and written to (the program passes its QSettings file;
    // tests a temporary INI file). Without it the defaults are used and nothing is written.
    void useSettings(QSettings *store);
    const AppSettings &settings() const { return m_settings; }
    // Applies (and, with a store, saves) new settings: theme, warnings, voice.
    void applySettings(const AppSettings &settings);
    // The folder a file dialog of this kind starts in: the last one used, else the home dir.
    QString startFolder(FileKind kind) const;
    // Remembers (and, with a store, saves) the folder of a chosen file.
    void rememberFolder(FileKind kind, const QString &chosenPath);
    // Transient messages of every page ("Imported…", "Deleted.", "Exported to …").
    StatusNotice *statusNotice() const { return m_notice; }
    // The interviewer's voice; by default Qt TextToSpeech's default engine.
    void setSpeaker(std::unique_ptr<Speaker> speaker);
    Speaker *speaker() const { return m_speaker.get(); }
    // What the window said when speech turned out to be unavailable, and how often (once).
    QString speechNotice() const { return m_speechNotice; }
    int speechNoticeCount() const { return m_speechNoticeCount; }

    // Focus mode: full screen, only the question, the clock and the editor (Ctrl+Shift+F or
    // F11; Esc or the same keys leave). Only while a session runs.
    void setFocusMode(bool on);
    bool isFocusMode() const { return m_focusMode; }
    // Tools → Settings… and Help → Keyboard shortcuts.
    void showSettings();
    void showShortcutHelp();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    template<class Page>
    Page *addPage(Page *page, const char *objectName);
    // Shows a page of the stack and puts the keyboard where the page wants it.
    void showPage(QWidget *page);
    void reloadAfterDataChange();
    // Each builds its page the first time it is asked for.
    InterviewPage *interviewPage();
    SetupPage *setupPage();
    ReportPage *reportPage();
    LibraryPage *libraryPage();
    HistoryPage *historyPage();
    StoriesPage *storiesPage();
    TrackerPage *trackerPage();
    ProgressPage *progressPage();
    // Puts back the splitters and table columns of a page as they were left (WindowMemory).
    void restoreLayout(QWidget *page);
    // Notes the window's geometry, splitters and columns, and saves them with a store.
    void rememberLayout();
    void buildMenus();
    void buildToolBar();
    void addShortcutsToWindow();
    void exportAllData();
    void about();
    void adopt(std::unique_ptr<SessionController> controller);
    void sessionStateChanged(State from, State to);
    void endSession();
    void updateSaveState();
    void updateActions();

    Database &m_db;
    const Clock *m_clock;
    std::unique_ptr<SessionController> m_controller;
    QTimer m_timer;
    QStackedWidget *m_stack;
    HomePage *m_home;
    SetupPage *m_setup = nullptr;
    InterviewPage *m_interview = nullptr;
    SessionActions *m_sessionActions;
    ReportPage *m_report = nullptr;
    LibraryPage *m_library = nullptr;
    QAction *m_libraryAction = nullptr;
    HistoryPage *m_history = nullptr;
    QAction *m_historyAction = nullptr;
    StoriesPage *m_stories = nullptr;
    ProgressPage *m_progress = nullptr;
    QAction *m_progressAction = nullptr;
    QAction *m_storiesAction = nullptr;
    TrackerPage *m_tracker = nullptr;
    QAction *m_trackerAction = nullptr;
    QAction *m_newLoopAction = nullptr;
    QAction *m_homeAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_focusAction = nullptr;
    QAction *m_leaveFocusAction = nullptr;
    AppSettings m_settings;
    QSettings *m_settingsStore = nullptr;
    WindowMemory m_memory;
    StatusNotice *m_notice;
    std::unique_ptr<Speaker> m_speaker;
    QString m_speechNotice;
    int m_speechNoticeCount = 0;
    bool m_focusMode = false;
    bool m_wasMaximized = false;
    DataActions *m_data = nullptr;
    QLabel *m_saveState;
    QString m_saveFailure;
    bool m_savedOnce = false;
};

} // namespace mockloop::desktop
