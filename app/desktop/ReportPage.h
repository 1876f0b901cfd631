#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// The report of any stored session (finished, abandoned or unfinished), read from the database.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPage(Database &db, QWidget *parent = nullptr);

    // Loads and shows the session; false (with the reason on the page) when it cannot be read.
    bool showSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }

signals:
    void homeRequested();

private:
    Database &m_db;
    qint64 m_sessionId = 0;
    QLabel *m_message;
    QTextBrowser *m_view;
};

} // namespace mockloop::desktop
