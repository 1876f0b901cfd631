#pragma once

#include "report/ReportModel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// The report of any stored session (finished, abandoned or unfinished), read from the database,
// with exports as Markdown, HTML and PDF. What it shows and what it writes is one core model
// (core/report/ReportModel.h and its renderers); the PDF comes from the rendering library (app/render).
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Markdown, Html, Pdf };

    explicit ReportPage(Database &db, QWidget *parent = nullptr);

    // Loads and shows the session; false (with the reason on the page) when it cannot be read.
    bool showSession(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }

    // Writes the shown report to path, replacing it atomically. The Export menu calls this
    // after asking where (through DataActions' file-chooser seam).
    bool exportTo(const QString &path, Format format, QString *error) const;

signals:
    void homeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReportHtml();
    void exportAsked(Format format);

    Database &m_db;
    qint64 m_sessionId = 0;
    std::optional<SessionReport> m_report;
    QLabel *m_message;
    QTextBrowser *m_view;
    QPushButton *m_exportButton;
};

} // namespace mockloop::desktop
