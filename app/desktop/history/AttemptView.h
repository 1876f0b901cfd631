#pragma once

#include "storage/SessionRecord.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

class CompareView;

// One stored attempt read back: the question as it was asked, the answer fields (with the
// words that were searched for highlighted), score, note and timings; below the header, every
// attempt at the same question, any two of which can be compared side by side.
class AttemptView : public QWidget
{
    Q_OBJECT
public:
    explicit AttemptView(Database &db, QWidget *parent = nullptr);

    // Loads the attempt and the other attempts at its question. highlight: words to mark in
    // the answer (case-insensitively, as word prefixes). False, with the reason shown, when
    // the attempt is gone.
    bool showAttempt(qint64 attemptId, const QStringList &highlight = {});
    qint64 attemptId() const { return m_attemptId; }

    // Text as HTML with every word that starts with one of the words marked; the rest escaped.
    static QString highlightedHtml(const QString &text, const QStringList &words);

signals:
    void backRequested();
    void reportRequested(qint64 sessionId);
    // "Save as story…": the Stories page opens a draft from this answer.
    void storyFromAttemptRequested(qint64 attemptId);

private:
    void showCurrent();
    void selectionChanged();
    void compareChosen();
    QList<int> selectedRows() const;
    int rowOf(qint64 attemptId) const;
    QString detailHtml(const AttemptRecord &a) const;

    Database &m_db;
    qint64 m_attemptId = 0;
    QStringList m_highlight;
    QList<AttemptRecord> m_attempts; // every attempt at the question, oldest first
    QLabel *m_question;
    QLabel *m_summary;
    QLabel *m_message;
    QTableWidget *m_list;
    QPushButton *m_compareButton;
    QPushButton *m_reportButton;
    QStackedWidget *m_panes;
    QTextBrowser *m_detail;
    CompareView *m_compare;
};

} // namespace mockloop::desktop
