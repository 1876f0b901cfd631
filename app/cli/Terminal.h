#pragma once

#include <QObject>
#include <QString>
#include <QStringDecoder>
#include <QTextStream>

#include <memory>

class QSocketNotifier;
struct termios;

namespace mockloop::cli {

// Columns a string takes on a terminal (wide characters count 2, combining marks 0).
int displayWidth(const QString &text);
// text cut to at most `columns` columns, with "…" when something was cut.
QString elide(const QString &text, int columns);
// One line wrapped at spaces to `columns`; continuation lines keep the indentation (and hang
// under the text of a "- " bullet).
QString wrapLine(const QString &line, int columns);

// The terminal side of an interactive command. Lines come from stdin through a
// QSocketNotifier, so the event loop (deadlines, autosave) keeps running while the person
// thinks. When stdout is a terminal, one live line sits at the bottom: a status, a prompt and
// what is being typed, redrawn in place; everything else scrolls above it. When stdin is a
// terminal too, it is put in non-canonical mode and this class edits the line itself
// (Backspace, Ctrl-U, Ctrl-W; Ctrl-D on an empty line ends input, Ctrl-C interrupts): the
// kernel's echo would otherwise be overwritten by the redraws. When stdout is not a terminal
// nothing is redrawn and prompts are the caller's plain lines, so scripted runs read well.
// The line being typed (not entered yet) is reported as it changes, so the caller can keep it
// with the draft: in raw mode keystroke by keystroke, from a pipe as the bytes come. (A
// terminal left in canonical mode, stdin a terminal and stdout not, holds the line in the
// kernel until Enter: nothing of it can be seen before.)
class Terminal : public QObject
{
    Q_OBJECT
public:
    Terminal(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~Terminal() override;

    // Starts reading stdin and listening for SIGINT/SIGTERM/SIGHUP.
    void start();
    // Stops reading, removes the live line and gives the terminal back as it was.
    void stop();

    bool isLive() const { return m_live; }
    // Columns available for a line of output: the terminal's width, or 0 (no limit) when
    // stdout is not a terminal.
    int lineWidth() const { return m_live ? columns() - 1 : 0; }

    // Whole lines (each ending in '\n'), printed above the live line; on a terminal, long
    // lines are wrapped at spaces and keep their indentation.
    void print(const QString &text);
    void printError(const QString &text);
    // Live-line parts; ignored when stdout is not a terminal.
    void setStatus(const QString &status);
    void setPrompt(const QString &prompt);
    // What is typed but not entered yet: the live line's text, or from a pipe what came after
    // the last newline.
    QString typed() const;
    // Takes that away (the live line is emptied; from a pipe, the rest of that line will come
    // as a line of its own).
    QString takeTyped();

signals:
    void lineEntered(const QString &line);
    void endOfInput();
    // Ctrl-C in the line editor, or SIGINT, SIGTERM or SIGHUP. typingChanged() has reported
    // what was typed before it.
    void interrupted();
    // typed() changed: a key was typed or a line editing key used, bytes without a newline
    // came from a pipe, or a line was entered (lineEntered() came first).
    void typingChanged(const QString &typed);

private:
    void onReadable();
    void onSignal();
    void feedEditor(const QString &chars);
    void commitLine(const QString &line);
    void reportTyping();
    void scheduleRedraw();
    void redraw();
    void clearLive();
    int columns() const;

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_live = false; // stdout is a terminal: the live line is drawn
    bool m_raw = false;  // stdin is a terminal in our own line-editing mode
    std::unique_ptr<termios> m_savedTermios;
    QSocketNotifier *m_input = nullptr;
    QSocketNotifier *m_signals = nullptr;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_pending;        // canonical mode: text after the last newline
    QString m_edit;           // raw mode: the line being typed
    QString m_reportedTyping; // typed() as typingChanged() last said it
    enum class Escape { None, Esc, Sequence } m_escape = Escape::None;
    QString m_status;
    QString m_prompt;
    bool m_liveShown = false;
    bool m_redrawQueued = false;
    bool m_stopped = false;
};

} // namespace mockloop::cli
