#include "report/ReportPage.h"

#include "common/Appearance.h"
#include "common/ErrorLabel.h"
#include "common/ReadingWidth.h"
#include "report/ReportMarkdown.h"
#include "storage/SessionStore.h"
#include "window/DataActions.h"
#include "ReportPdf.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mockloop::desktop {

ReportPage::ReportPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->hide();

    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    // The keyboard scrolls the report when the page opens (MainWindow::showPage).
    setFocusProxy(m_view);
    m_view->setOpenLinks(false);
    m_view->document()->setDocumentMargin(14);

    auto *exportMenu = new QMenu(this);
    exportMenu->setObjectName(QStringLiteral("reportExportMenu"));
    const std::pair<Format, QString> formats[] = {{Format::Markdown, tr("As &Markdown…")},
                                                  {Format::Html, tr("As &HTML…")},
                                                  {Format::Pdf, tr("As &PDF…")}};
    const char *names[] = {"exportMarkdownAction", "exportHtmlAction", "exportPdfAction"};
    for (int i = 0; i < 3; ++i) {
        QAction *action = exportMenu->addAction(formats[i].second);
        action->setObjectName(QString::fromLatin1(names[i]));
        const Format format = formats[i].first;
        connect(action, &QAction::triggered, this, [this, format] { exportAsked(format); });
    }
    m_exportButton = new QPushButton(tr("&Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setEnabled(false);

    auto *homeButton = new QPushButton(tr("&Back to home"), this);
    homeButton->setObjectName(QStringLiteral("homeButton"));
    connect(homeButton, &QPushButton::clicked, this, &ReportPage::homeRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    buttons->addWidget(homeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    addAtReadingWidth(layout, m_view, 1);
    layout->addLayout(buttons);
}

bool ReportPage::showSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    QString error;
    const std::optional<SessionRecord> record = SessionStore(m_db).load(sessionId, &error);
    if (!record) {
        m_report.reset();
        m_view->clear();
        m_exportButton->setEnabled(false);
        m_message->setText(
            tr("The report of session %1 cannot be read: %2").arg(sessionId).arg(error));
        m_message->show();
        return false;
    }
    m_message->hide();
    m_report = buildReport(*record);
    showReportHtml();
    m_exportButton->setEnabled(true);
    return true;
}

void ReportPage::showReportHtml()
{
    if (!m_report)
        return;
    // The page shows the report in the window's colours; the exports keep paper colours.
    const int scroll = m_view->verticalScrollBar()->value();
    m_view->setHtml(reportHtml(*m_report, reportColours(m_view->palette())));
    m_view->verticalScrollBar()->setValue(scroll);
}

void ReportPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The theme changed (Settings): render the report again in the new palette's colours.
    if (event->type() == QEvent::PaletteChange)
        showReportHtml();
}

bool ReportPage::exportTo(const QString &path, Format format, QString *error) const
{
    if (!m_report) {
        *error = tr("No report is shown.");
        return false;
    }
    if (format == Format::Pdf)
        return render::writeReportPdf(*m_report, path, error);
    const QByteArray bytes =
        (format == Format::Markdown ? reportMarkdown(*m_report) : reportHtml(*m_report)).toUtf8();
    return DataActions::writeFile(path, bytes, error);
}

void ReportPage::exportAsked(Format format)
{
    if (!m_report)
        return;
    const QString suffix = format == Format::Markdown ? QStringLiteral("md")
                           : format == Format::Html   ? QStringLiteral("html")
                                                      : QStringLiteral("pdf");
    const QString filter = format == Format::Markdown ? tr("Markdown (*.md)")
                           : format == Format::Html   ? tr("HTML page (*.html)")
                                                      : tr("PDF document (*.pdf)");
    QString path = DataActions::chooseFile(
        this, FileKind::ExportReport, tr("Export the report"),
        QStringLiteral("mockloop-report-%1.%2").arg(m_report->sessionId).arg(suffix), filter, true);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportTo(path, format, &error))
        DataActions::notify(this, tr("Export failed"), error, true);
    else
        DataActions::notify(this, tr("Exported"),
                            tr("The report was written to %1.").arg(QDir::toNativeSeparators(path)),
                            false, DataActions::folderOf(path));
}

} // namespace mockloop::desktop
