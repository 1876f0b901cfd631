#include "window/DataActions.h"

#include "base/Clock.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "report/Exporter.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "window/DeleteDataDialog.h"
#include "window/MainWindow.h"
#include "window/StatusNotice.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QUrl>

namespace mockloop::desktop {

namespace {

DataActions::FileChooser &fileChooser()
{
    static DataActions::FileChooser chooser;
    return chooser;
}

DataActions::Notifier &notifier()
{
    static DataActions::Notifier n;
    return n;
}

DataActions::DialogDriver &dialogDriver()
{
    static DataActions::DialogDriver driver;
    return driver;
}

QString stamp(const Clock *clock)
{
    return clock->wallTime().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

DataActions::DataActions(Database &db, const Clock *clock,
                         std::function<SessionController *()> runningSession, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_clock(clock)
    , m_runningSession(std::move(runningSession))
    , m_window(window)
{
}

void DataActions::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

void DataActions::setNotifier(Notifier n)
{
    notifier() = std::move(n);
}

void DataActions::setDialogDriver(DialogDriver driver)
{
    dialogDriver() = std::move(driver);
}

bool DataActions::runDialog(QDialog *dialog) const
{
    if (dialogDriver()) {
        dialogDriver()(dialog);
        return dialog->result() == QDialog::Accepted;
    }
    return dialog->exec() == QDialog::Accepted;
}

QMenu *DataActions::buildMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Data"), parent);
    menu->setObjectName(QStringLiteral("dataMenu"));
    auto add = [this, menu](const QString &text, const char *name, void (DataActions::*slot)()) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(tr("&Export all data…"), "dataExportAction", &DataActions::exportAll);
    menu->addSeparator();
    add(tr("&Back up…"), "dataBackupAction", &DataActions::backup);
    add(tr("&Restore from a backup…"), "dataRestoreAction", &DataActions::restore);
    menu->addSeparator();
    add(tr("&Where is my data?"), "dataLocationAction", &DataActions::showDataLocation);
    add(tr("&Check the database"), "dataCheckAction", &DataActions::checkDatabase);
    menu->addSeparator();
    add(tr("&Delete all my data…"), "dataDeleteAction", &DataActions::deleteAllAsked);
    return menu;
}

QString DataActions::chooseFile(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter, bool forSaving)
{
    if (fileChooser())
        return fileChooser()(title, suggested, filter, forSaving);
    return forSaving ? QFileDialog::getSaveFileName(parent, title, suggested, filter)
                     : QFileDialog::getOpenFileName(parent, title, suggested, filter);
}

QString DataActions::chooseFile(QWidget *parent, FileKind kind, const QString &title,
                                const QString &suggestedName, const QString &filter, bool forSaving)
{
    auto *window = parent ? qobject_cast<MainWindow *>(parent->window()) : nullptr;
    const QString folder = window ? window->startFolder(kind) : QDir::homePath();
    const QString path = chooseFile(parent, title, QDir(folder).filePath(suggestedName), filter,
                                    forSaving);
    if (window && !path.isEmpty())
        window->rememberFolder(kind, path);
    return path;
}

void DataActions::notify(QWidget *parent, const QString &title, const QString &text, bool problem,
                         const QString &folder)
{
    if (!problem)
        StatusNotice::post(parent, text, StatusNotice::Kind::Info, folder);
    if (notifier())
        notifier()(title, text, problem);
    else if (problem)
        QMessageBox::warning(parent, title, text);
}

QString DataActions::folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

bool DataActions::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // A missing folder is refused, as by a backup and the terminal's --output (core decides).
    if (QString why; !datatools::checkTargetFolder(path, &why)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool DataActions::sessionRunning(QString *why) const
{
    SessionController *c = m_runningSession ? m_runningSession() : nullptr;
    if (!c)
        return false;
    *why = tr("A session is running in this window. Finish or abandon it first; nothing was changed.");
    return true;
}

bool DataActions::exportTo(const QString &path, Format format, QString *error)
{
    if (SessionController *c = m_runningSession ? m_runningSession() : nullptr)
        c->saveNow(); // the export reads the database: put the draft there first
    QString message;
    QByteArray bytes;
    switch (format) {
    case Format::Json: {
        const QJsonObject root = exportAllJson(m_db, m_clock->wallTime(), &message);
        if (!root.isEmpty())
            bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Csv: bytes = exportAllCsv(m_db, &message); break;
    case Format::Markdown:
        bytes = exportAllMarkdown(m_db, m_clock->wallTime(), &message).toUtf8();
        break;
    }
    if (!message.isEmpty() || bytes.isEmpty()) {
        *error = tr("Reading the database failed: %1").arg(message);
        return false;
    }
    return writeFile(path, bytes, error);
}

bool DataActions::backupTo(const QString &path, QString *error)
{
    if (SessionController *c = m_runningSession ? m_runningSession() : nullptr)
        c->saveNow();
    return datatools::backup(m_db, path, error);
}

bool DataActions::restoreFrom(const QString &path, QString *savedCurrentTo, QString *error)
{
    if (sessionRunning(error))
        return false;
    if (!datatools::restore(m_db, path, savedCurrentTo, error))
        return false;
    emit dataReplaced();
    return true;
}

bool DataActions::deleteData(datatools::DataParts parts, QString *error)
{
    if (sessionRunning(error))
        return false;
    if (!datatools::deleteData(m_db, parts, error))
        return false;
    emit dataReplaced();
    return true;
}

QString DataActions::dataLocationText() const
{
    return tr("Your data is one file on this computer:\n%1\n\nBackups made before a restore are in:\n%2")
        .arg(QDir::toNativeSeparators(m_db.path()),
             QDir::toNativeSeparators(QDir(m_db.dataDir()).filePath(QStringLiteral("backups"))));
}

void DataActions::exportAll()
{
    const QString json = tr("JSON, everything (*.json)");
    const QString csv = tr("CSV, one row per answer (*.csv)");
    const QString md = tr("Markdown, readable (*.md)");
    const QString path = chooseFile(m_window, FileKind::ExportData, tr("Export all data"),
                                    QStringLiteral("mockloop-%1.json").arg(stamp(m_clock)),
                                    QStringList{json, csv, md}.join(QStringLiteral(";;")), true);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Format format = suffix == QLatin1String("csv")  ? Format::Csv
                          : suffix == QLatin1String("md") ? Format::Markdown
                                                          : Format::Json;
    QString error;
    if (!exportTo(path, format, &error))
        notify(m_window, tr("Export failed"), error, true);
    else
        notify(m_window, tr("Exported"),
               tr("All data was written to %1.").arg(QDir::toNativeSeparators(path)), false,
               folderOf(path));
}

void DataActions::backup()
{
    const QString path = chooseFile(m_window, FileKind::Backup, tr("Back up MockLoop data"),
                                    QStringLiteral("mockloop-backup-%1.sqlite").arg(stamp(m_clock)),
                                    tr("MockLoop backups (*.sqlite)"), true);
    if (path.isEmpty())
        return;
    QString error;
    if (!backupTo(path, &error))
        notify(m_window, tr("Backup failed"), error, true);
    else
        notify(m_window, tr("Backed up"),
               tr("A complete copy of your data is in %1.").arg(QDir::toNativeSeparators(path)),
               false, folderOf(path));
}

void DataActions::restore()
{
    QString error;
    if (sessionRunning(&error)) {
        notify(m_window, tr("Restore"), error, true);
        return;
    }
    const QString path = chooseFile(m_window, FileKind::Restore, tr("Restore from a backup"),
                                    QString(), tr("MockLoop backups (*.sqlite);;All files (*)"),
                                    false);
    if (path.isEmpty())
        return;
    datatools::DataCounts current;
    datatools::DataCounts backup;
    if (!datatools::countBackup(m_db, path, &backup, &error)
        || !datatools::countData(m_db, &current, &error)) {
        notify(m_window, tr("Restore refused"), error, true);
        return;
    }
    if (!Confirmation::ask(m_window, tr("Restore from a backup?"),
                           datatools::restoreQuestion(QDir::toNativeSeparators(path), current, backup),
                           tr("Restore backup"), tr("Keep my data")))
        return;
    QString saved;
    if (!restoreFrom(path, &saved, &error))
        notify(m_window, tr("Restore refused"), error, true);
    else
        notify(m_window, tr("Restored"),
               tr("Your data now comes from %1. What it replaced was saved to %2.")
                   .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(saved)),
               false);
}

void DataActions::deleteAllAsked()
{
    QString error;
    if (sessionRunning(&error)) {
        notify(m_window, tr("Delete all my data"), error, true);
        return;
    }
    datatools::DataCounts counts;
    if (!datatools::countData(m_db, &counts, &error)) {
        notify(m_window, tr("Delete failed"), error, true);
        return;
    }
    DeleteDataDialog choose(counts, m_window);
    if (!runDialog(&choose) || choose.parts() == datatools::DataParts())
        return;
    const datatools::DataParts parts = choose.parts();
    if (Confirmation::ask(m_window, tr("Back up first?"),
                          tr("Save a backup before deleting? You can restore it later."),
                          tr("Back up first"), tr("Delete without a backup"),
                          Confirmation::Safe::Do)) {
        const QString path = chooseFile(m_window, FileKind::Backup, tr("Back up before deleting"),
                                        QStringLiteral("mockloop-backup-%1.sqlite").arg(stamp(m_clock)),
                                        tr("MockLoop backups (*.sqlite)"), true);
        if (path.isEmpty())
            return; // they wanted a backup and did not choose where: delete nothing
        if (!backupTo(path, &error)) {
            notify(m_window, tr("Backup failed"),
                   error + QLatin1Char('\n') + tr("Nothing was deleted."), true);
            return;
        }
    }
    if (!deleteData(parts, &error))
        notify(m_window, tr("Delete failed"), error, true);
    else
        notify(m_window, tr("Deleted"), datatools::deletedText(parts), false);
}

void DataActions::checkDatabase()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_db.checkNow(&error);
    QApplication::restoreOverrideCursor();
    if (ok)
        notify(m_window, tr("Database checked"),
               tr("Every page of %1 was read and is intact.").arg(m_db.path()), false);
    else
        notify(m_window, tr("The database is damaged"),
               tr("%1\n\nBack up what still reads (Data → Back up…) and restore an earlier "
                  "backup.")
                   .arg(error),
               true);
}

void DataActions::showDataLocation()
{
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Where is my data?"));
    box.setText(dataLocationText());
    QPushButton *open = box.addButton(tr("Open folder"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Close);
    if (notifier()) {
        notifier()(box.windowTitle(), box.text(), false);
        return;
    }
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_db.dataDir()));
}

} // namespace mockloop::desktop
