#pragma once

#include "session/Plan.h"
#include "tracker/Tracker.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

class ApplicationTableModel;
class BoardView;
class PrepPlanView;
class StagesView;
class ErrorLabel;

// The interview tracker (View → Tracker): the applications as a sortable, filterable table,
// and the open one in a form with its stage history, scheduled interviews and contacts; a
// second tab holds the preparation plan of a scheduled interview ahead (PrepPlanView).
// core/tracker's Tracker decides what can be saved and what is warned about; this page shows
// its messages where the person typed.
class TrackerPage : public QWidget
{
    Q_OBJECT
public:
    TrackerPage(Database &db, const Clock *clock, QWidget *parent = nullptr);

    // Reads everything again, keeping the open application when it still exists.
    void refresh();
    // After how many quiet days an application is marked "(ghosted?)" (AppSettings).
    void setGhostedAfterDays(int days) { m_ghostedAfterDays = days; }
    // The preparation plan's daily time (AppSettings::prepDailyMinutes).
    void setDailyMinutes(int minutes);
    // The Preparation plan tab with this scheduled interview's plan.
    void showPlan(qint64 interviewId);

signals:
    void homeRequested();
    void practiceRequested(const mockloop::LoopPlan &plan);
    void storyRequested(const QString &competency);
    void dailyMinutesChanged(int minutes);

private:
    void buildTable(QWidget *parent);
    QWidget *buildDetail();
    void refreshTable();
    // The stage filter and the form's stage list, from the visible stages, keeping the choice.
    void refreshStages();
    void applicationSelected();
    void newApplication();
    void saveApplication();
    void addInterview();
    void addContact();
    // The asked questions of the selected scheduled interview; one made an own question.
    void showAsked();
    void updateMakeOwn();
    void makeOwnQuestion();
    // Tracker → Export calendar…: an .ics file (core/report/CalendarExport).
    void exportCalendar();
    void load(qint64 applicationId);
    void clearForm();
    void showResult(const QString &message, const QString &error);

    Database &m_db;
    const Clock *m_clock;
    Tracker m_tracker;
    qint64 m_currentId = 0;
    bool m_loading = false;
    bool m_sized = false; // the columns were fitted to the first rows
    int m_ghostedAfterDays = kDefaultGhostedAfterDays;
    int m_dailyMinutes = 60;

    ApplicationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs = nullptr;
    BoardView *m_board = nullptr;
    PrepPlanView *m_plan = nullptr;
    StagesView *m_stages = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_stageFilter = nullptr;

    QLabel *m_formTitle = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_level = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_salary = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_tags = nullptr;
    QSpinBox *m_excitement = nullptr;
    QComboBox *m_stage = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_outcome = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_message = nullptr;
    ErrorLabel *m_error = nullptr;

    QGroupBox *m_historyBox = nullptr;
    QListWidget *m_history = nullptr;

    QGroupBox *m_interviewBox = nullptr;
    QListWidget *m_interviews = nullptr;
    QListWidget *m_askedList = nullptr;
    QPushButton *m_makeOwnButton = nullptr;
    QComboBox *m_kind = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_minutes = nullptr;
    QComboBox *m_format = nullptr;
    QPlainTextEdit *m_asked = nullptr;
    QLabel *m_interviewMessage = nullptr;
    ErrorLabel *m_interviewError = nullptr;

    QGroupBox *m_contactBox = nullptr;
    QListWidget *m_contacts = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactRole = nullptr;
    QLineEdit *m_contactReach = nullptr;
    ErrorLabel *m_contactError = nullptr;
};

} // namespace mockloop::desktop
