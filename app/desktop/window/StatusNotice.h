#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace mockloop::desktop {

// The one place for transient messages ("Imported 7 questions…", "Deleted.", "Exported to
// …"): a line in the main window's status bar. Pages used to show them in a label above
// their tables, which pushed the tables down by a line each time; the status bar has its
// room already. Every page reports through post(); a message about a written file offers
// "Open folder".
class StatusNotice : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Info, Problem };
    // Long enough to read a path; a problem stays until the next message.
    static constexpr int kInfoTimeoutMs = 15000;

    explicit StatusNotice(QWidget *parent = nullptr);

    // Shows text in the status bar of the main window that holds from; an empty text clears
    // it. folder, when given, is what "Open folder" opens.
    static void post(const QWidget *from, const QString &text, Kind kind = Kind::Info,
                     const QString &folder = {});

    void showNotice(const QString &text, Kind kind, const QString &folder = {},
                    const QWidget *source = nullptr);
    void clearNotice();
    QString text() const { return m_text; }
    bool isProblem() const { return m_kind == Kind::Problem; }
    QString folder() const { return m_folder; }
    // The widget that posted the message (a page, or one of its children).
    const QWidget *source() const { return m_source; }
    // Clicks "Open folder" (keyboard and tests); does nothing without a folder.
    void openFolder();

    // Seam for tests: what "Open folder" does instead of QDesktopServices::openUrl.
    using FolderOpener = std::function<void(const QString &folder)>;
    static void setFolderOpener(FolderOpener opener);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();

    QLabel *m_icon;
    QLabel *m_label;
    QLabel *m_openFolder;
    QTimer *m_timer;
    QString m_text;
    QString m_folder;
    QPointer<const QWidget> m_source;
    Kind m_kind = Kind::Info;
};

} // namespace mockloop::desktop
