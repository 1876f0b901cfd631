#include "ReportPdf.h"

#include "report/ReportHtml.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace mockloop::render {

namespace {

class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

} // namespace

bool writeReportPdf(const SessionReport &report, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = PdfText::tr("PDF output needs the graphical part of Qt (a QGuiApplication).");
        return false;
    }
    if (QGuiApplication::platformName() == QLatin1String("minimal")) {
        *error = PdfText::tr("PDF output does not work on the \"minimal\" Qt platform (the pages would "
                             "have no text); use QT_QPA_PLATFORM=offscreen.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = PdfText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() adds 2 cm margins of its own and puts the page number into
        // the bottom one; margins on the writer as well would leave a 4 cm frame.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("MockLoop %1").arg(QStringLiteral(MOCKLOOP_VERSION)));

        QTextDocument document;
        // Qt shapes without ligatures when a letter spacing is set, and 100 % spacing changes
        // nothing else: "fi" stays two letters, so the PDF's text can be searched and copied
        // as typed ("finished", not "\uFB01nished").
        QFont font = document.defaultFont();
        font.setLetterSpacing(QFont::PercentageSpacing, 100);
        document.setDefaultFont(font);
        document.setHtml(reportHtml(report));
        document.print(&writer);
    }
    if (file.error() != QFileDevice::NoError || file.size() == 0 || !file.commit()) {
        *error = PdfText::tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace mockloop::render
