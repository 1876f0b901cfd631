#pragma once

#include "base/Settings.h"
#include "storage/DataTools.h"

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace mockloop {
class Clock;
class Database;
class SessionController;
} // namespace mockloop

namespace mockloop::desktop {

// The Data menu: export (JSON, CSV, Markdown), back up, restore, delete all data, and where
// the data lives. The same core functions as mockloop-cli's commands (core/DataTools.h,
// core/Exporter.h); this class adds only the dialogs.
class DataActions : public QObject
{
    Q_OBJECT
public:
    enum class Format { Json, Csv, Markdown };

    // runningSession tells whether this window has a session open (restore and delete wait).
    DataActions(Database &db, const Clock *clock,
                std::function<SessionController *()> runningSession, QWidget *window);

    QMenu *buildMenu(QWidget *parent);

    // The actions without their dialogs (the menu calls these after asking).
    bool exportTo(const QString &path, Format format, QString *error);
    bool backupTo(const QString &path, QString *error);
    bool restoreFrom(const QString &path, QString *savedCurrentTo, QString *error);
    // Deletes the chosen parts (core/DataTools decides what each removes).
    bool deleteData(datatools::DataParts parts, QString *error);
    QString dataLocationText() const;

    // Seams for tests: the file chooser and the message shown after an action. The notifier
    // hears every message (tests record them); without it a problem is a message box.
    using FileChooser = std::function<QString(const QString &title, const QString &suggested,
                                              const QString &filter, bool forSaving)>;
    using Notifier = std::function<void(const QString &title, const QString &text, bool problem)>;
    static void setFileChooser(FileChooser chooser);
    static void setNotifier(Notifier notifier);
    // Runs a dialog in place of exec() (tests tick its boxes and click its buttons); its
    // result() then decides. An empty driver restores exec().
    using DialogDriver = std::function<void(QDialog *dialog)>;
    static void setDialogDriver(DialogDriver driver);
    // The file dialog and the messages behind those seams, for every page that saves or
    // opens files (the report page's exports and the library's import/export use them too).
    // The dialog starts in the folder last used for this kind of file (MainWindow remembers
    // it), with suggestedName there; the chosen folder is remembered.
    static QString chooseFile(QWidget *parent, FileKind kind, const QString &title,
                              const QString &suggestedName, const QString &filter, bool forSaving);
    // Without a kind: suggested is a whole path and nothing is remembered.
    static QString chooseFile(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter, bool forSaving);
    // Success is quiet: it goes to the status bar (with "Open folder" when folder is given),
    // never into a box that must be clicked away. A problem is a message box.
    static void notify(QWidget *parent, const QString &title, const QString &text, bool problem,
                       const QString &folder = {});
    // The folder of a file just written, for "Open folder".
    static QString folderOf(const QString &path);
    // Writes bytes atomically (QSaveFile): a failed write never leaves half a file behind.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

signals:
    // Restore or delete replaced the data: every page that shows it reloads (MainWindow), and
    // an open story form lets go of a story that may be gone.
    void dataReplaced();

private:
    void exportAll();
    void backup();
    void restore();
    void deleteAllAsked();
    void showDataLocation();
    void checkDatabase();
    bool sessionRunning(QString *why) const;
    bool runDialog(QDialog *dialog) const;

    Database &m_db;
    const Clock *m_clock;
    std::function<SessionController *()> m_runningSession;
    QWidget *m_window;
};

} // namespace mockloop::desktop
