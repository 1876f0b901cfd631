#pragma once

#include "bank/QuestionBank.h"
#include "questions/Question.h"
#include "session/Plan.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

class QuestionTableModel;
class ReviewButton;

// The question library: browse and filter the bank, read a question's guidance, key points
// and model outline, hide or unhide it, and pick questions for a loop of one's own. It also
// imports question lists (ImportDialog), adds, edits and deletes own questions
// (QuestionDialog; built-ins are read-only but can be copied) and exports a pack as JSON or
// the listed questions as Markdown. The bank
// answers every query; this page only asks and shows. Practising is a request: MainWindow
// opens Setup with the plan.
class LibraryPage : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPage(Database &db, QWidget *parent = nullptr);

    // Re-reads the bank: the tracks and tags to filter by, and the table (selection kept).
    void refresh();
    // The ids of the picked questions, in the order they were picked.
    QStringList pickedIds() const;

    // Asks for a JSON pack or a Markdown list and opens the import preview (File menu too).
    void importQuestions();

    // The plan for practising exactly these questions: one round per kind in the usual order
    // (technical, system design, behavioral, cultural fit, project), each with its chosen
    // questions in picking order (core's planOfQuestions). The person can still change the
    // plan's settings in Setup.
    static LoopPlan practicePlan(const QList<Question> &picked);

signals:
    void homeRequested();
    void practiseRequested(const mockloop::LoopPlan &plan);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's parts, top to bottom and left to right.
    QHBoxLayout *buildHeader();
    QHBoxLayout *buildFilters();
    QWidget *buildTablePane();
    QWidget *buildDetailPane();
    QWidget *buildPickedBox();
    QSplitter *buildSplitter(QWidget *tablePane, QWidget *detailPane, QWidget *pickedBox);
    void connectViews();
    void fitColumns();
    QuestionFilter currentFilter() const;
    void fillFilterLists();
    void applyFilters();
    void reload(const QString &keepId);
    int selectedRow() const;
    void showSelected();
    void toggleHidden();
    void pickSelected();
    void unpickSelected();
    void practise();
    void addQuestion();
    void editSelected();
    void deleteSelected();
    void copySelected();
    void exportSelectedPack();
    void exportListAsMarkdown();
    void openQuestionDialog(const Question &question);
    void updatePicked();
    void showMessage(const QString &text, bool isError);

    Database &m_db;
    QuestionTableModel *m_model;
    QComboBox *m_kindCombo;
    QComboBox *m_trackCombo;
    QComboBox *m_tagCombo;
    QComboBox *m_difficultyCombo;
    QLineEdit *m_search;
    QCheckBox *m_showHidden;
    QTableView *m_table;
    QWidget *m_tableViewport; // eventFilter only compares it: safe while the view goes away
    QLabel *m_count;
    QTextBrowser *m_detail;
    QPushButton *m_hideButton;
    ReviewButton *m_reviewButton;
    QPushButton *m_pickButton;
    QPushButton *m_editButton;
    QPushButton *m_copyButton;
    QPushButton *m_deleteButton;
    QPushButton *m_exportPackButton;
    QGroupBox *m_pickedBox;
    QLabel *m_pickedHint;
    QListWidget *m_pickedList;
    QPushButton *m_unpickButton;
    QPushButton *m_practiseButton;
    QList<Question> m_picked;
};

} // namespace mockloop::desktop
