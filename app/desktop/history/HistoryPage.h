#pragma once

#include "practice/History.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

class AttemptView;
class HistoryTableModel;
class SearchResultModel;

// Every past session, filtered and sorted by the database, and a full-text search over every
// answer ever written; a found answer opens in an AttemptView on this page. Opening a report
// and resuming are requests: MainWindow acts on them.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    // Typing waits this long after the last key before asking the database again.
    static constexpr int kTypingDelayMs = 250;

    // The clock says which day is today (the date limits when there are no sessions yet).
    HistoryPage(Database &db, const Clock *clock, QWidget *parent = nullptr);

    // Reads the sessions (same filters and order) and the search again, and shows the list.
    // The page reads nothing before the first call (MainWindow::showHistory).
    void refresh();
    void showError(const QString &message);

signals:
    void homeRequested();
    void reportRequested(qint64 sessionId);
    void storyFromAttemptRequested(qint64 attemptId);
    void resumeRequested(qint64 sessionId);

private:
    // The constructor's parts, called in this order (the order widgets are made is the tab
    // order).
    void buildListPage();
    QLayout *buildHeader();
    QLayout *buildFilters();
    QWidget *buildSessionsPane();
    QWidget *buildSearchBox();
    void buildPages();
    void connectInputs();

    HistoryFilter currentFilter() const;
    void updateDateRange();
    void applyFilters();
    void updateCount();
    void sortRequested(int column, Qt::SortOrder order);
    // The chosen rows, in order; selectedRow() is the one chosen row, or -1 for none or many.
    QList<int> selectedRows() const;
    int selectedRow() const;
    void updateButtons();
    void openSelectedReport();
    void resumeSelected();
    void deleteSelected();
    void runSearch();
    void openHit(int row);
    void showList();
    void showMessage(const QString &text, bool isError);

    Database &m_db;
    const Clock *m_clock;
    HistoryTableModel *m_model;
    SearchResultModel *m_hits;
    QStackedWidget *m_pages;
    QWidget *m_listPage;
    AttemptView *m_attemptView;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_kind;
    QComboBox *m_status;
    QLineEdit *m_text;
    QLabel *m_count;
    QTableView *m_table;
    QPushButton *m_openButton;
    QPushButton *m_resumeButton;
    QPushButton *m_deleteButton;
    QLineEdit *m_search;
    QComboBox *m_searchOrder;
    QLabel *m_searchCount;
    QTableView *m_results;
    QPushButton *m_openHitButton;
    QTimer m_textDelay;
    QTimer m_searchDelay;
    QString m_searchedFor;
};

} // namespace mockloop::desktop
