#include "Terminal.h"

#include "report/TerminalText.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cwchar>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace mockloop::cli {

namespace {

// Self-pipe: a signal handler may only write(); the event loop reads the other end.
int g_signalPipe[2] = {-1, -1};
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[3];

void onSignalCaught(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
    errno = saved;
}

// Columns a character takes on the terminal (wide CJK 2, combining 0).
int charWidth(char32_t c)
{
    if (c == U'\t')
        return 1;
    const int w = ::wcwidth(static_cast<wchar_t>(c));
    return w < 0 ? 1 : w;
}

// The end of s that fits in width columns.
QString tailFitting(const QString &s, int width)
{
    const QList<uint> chars = s.toUcs4();
    int used = 0;
    qsizetype start = chars.size();
    while (start > 0 && used + charWidth(chars[start - 1]) <= width) {
        --start;
        used += charWidth(chars[start]);
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()) + start,
                             chars.size() - start);
}

// The start of s that fits in width columns.
QString headFitting(const QString &s, int width)
{
    const QList<uint> chars = s.toUcs4();
    int used = 0;
    qsizetype end = 0;
    while (end < chars.size() && used + charWidth(chars[end]) <= width) {
        used += charWidth(chars[end]);
        ++end;
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), end);
}

} // namespace

int displayWidth(const QString &text)
{
    int w = 0;
    for (char32_t c : text.toUcs4())
        w += charWidth(c);
    return w;
}

QString elide(const QString &text, int columns)
{
    if (displayWidth(text) <= columns)
        return text;
    // "an edge …" reads worse than "an edge…"
    QString head = headFitting(text, std::max(0, columns - 1));
    while (head.endsWith(QLatin1Char(' ')))
        head.chop(1);
    return head + QChar(0x2026);
}

QString wrapLine(const QString &line, int columns)
{
    if (columns <= 20 || displayWidth(line) <= columns)
        return line;
    qsizetype indent = 0;
    while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    if (line.mid(indent, 2) == QLatin1String("- "))
        indent += 2;
    indent = std::min<qsizetype>(indent, columns / 2);
    const QString hang(indent, QLatin1Char(' '));
    QString out;
    QString current = line.left(indent);
    bool currentHasWord = false;
    for (const QString &word : line.mid(indent).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int needed = displayWidth(current) + (currentHasWord ? 1 : 0) + displayWidth(word);
        if (currentHasWord && needed > columns) {
            out += current + QLatin1Char('\n');
            current = hang;
            currentHasWord = false;
        }
        QString rest = word;
        // A word longer than a line is cut where the line ends.
        while (displayWidth(current) + (currentHasWord ? 1 : 0) + displayWidth(rest) > columns) {
            if (currentHasWord) {
                out += current + QLatin1Char('\n');
                current = hang;
                currentHasWord = false;
            }
            const QString piece = headFitting(rest, columns - displayWidth(current));
            if (piece.isEmpty())
                break;
            out += current + piece + QLatin1Char('\n');
            rest = rest.mid(piece.size());
            current = hang;
        }
        if (rest.isEmpty())
            continue;
        current += (currentHasWord ? QStringLiteral(" ") : QString()) + rest;
        currentHasWord = true;
    }
    return out + current;
}

Terminal::Terminal(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
    const bool inTty = ::isatty(STDIN_FILENO) == 1;
    const bool outTty = ::isatty(STDOUT_FILENO) == 1;
    m_live = outTty;
    if (inTty && outTty) {
        m_savedTermios = std::make_unique<termios>();
        if (::tcgetattr(STDIN_FILENO, m_savedTermios.get()) == 0) {
            termios raw = *m_savedTermios;
            // Characters one by one, no echo, Ctrl-C as a key: the redraws own the line.
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN);
            raw.c_cc[VMIN] = 1;
            raw.c_cc[VTIME] = 0;
            m_raw = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0;
        }
        if (!m_raw) {
            // The kernel echoes what is typed; redrawing over it would hide it.
            m_savedTermios.reset();
            m_live = false;
        }
    }
}

Terminal::~Terminal()
{
    stop();
}

void Terminal::start()
{
    m_stopped = false;
    m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &Terminal::onReadable);

    if (g_signalPipe[0] < 0 && ::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        struct sigaction sa = {};
        sa.sa_handler = onSignalCaught;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        for (int i = 0; i < 3; ++i)
            ::sigaction(kSignals[i], &sa, &g_previous[i]);
        m_signals = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
        connect(m_signals, &QSocketNotifier::activated, this, &Terminal::onSignal);
    }
    scheduleRedraw();
}

void Terminal::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_input) {
        m_input->setEnabled(false);
        m_input->deleteLater();
        m_input = nullptr;
    }
    if (m_signals) {
        // stop() may run inside this notifier's own activated(): delete it later.
        m_signals->setEnabled(false);
        m_signals->deleteLater();
        m_signals = nullptr;
        for (int i = 0; i < 3; ++i)
            ::sigaction(kSignals[i], &g_previous[i], nullptr);
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
    clearLive();
    m_out.flush();
    if (m_savedTermios) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, m_savedTermios.get());
        m_savedTermios.reset();
    }
    m_raw = false;
}

// What print() and printError() write is terminal-safe (terminalSafe, docs/export.md): the
// interview shows stored texts (questions, a resumed answer, the report) and none of its own
// messages needs an escape sequence; the live line is drawn by redraw() alone.
void Terminal::print(const QString &rawText)
{
    const QString text = terminalSafe(rawText);
    clearLive();
    if (m_live) {
        const int width = lineWidth();
        QStringList lines = text.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = wrapLine(line, width);
        m_out << lines.join(QLatin1Char('\n'));
    } else {
        m_out << text;
    }
    m_out.flush();
    scheduleRedraw();
}

void Terminal::printError(const QString &text)
{
    clearLive();
    m_out.flush();
    m_err << terminalSafe(text);
    m_err.flush();
    scheduleRedraw();
}

void Terminal::setStatus(const QString &rawStatus)
{
    const QString status = terminalSafe(rawStatus);
    if (status == m_status)
        return;
    m_status = status;
    scheduleRedraw();
}

void Terminal::setPrompt(const QString &rawPrompt)
{
    const QString prompt = terminalSafe(rawPrompt);
    if (prompt == m_prompt)
        return;
    m_prompt = prompt;
    scheduleRedraw();
}

QString Terminal::typed() const
{
    if (m_raw)
        return m_edit;
    // A "\r\n" may be split between two reads.
    return m_pending.endsWith(QLatin1Char('\r')) ? m_pending.chopped(1) : m_pending;
}

QString Terminal::takeTyped()
{
    QString taken = typed();
    m_edit.clear();
    // From a pipe the line goes on after this; what follows is a line of its own. A '\r' of a
    // split "\r\n" stays, so the newline after it does not make an empty line.
    m_pending = m_pending.endsWith(QLatin1Char('\r')) ? QStringLiteral("\r") : QString();
    m_reportedTyping.clear();
    if (!taken.isEmpty())
        scheduleRedraw();
    return taken;
}

void Terminal::reportTyping()
{
    if (m_stopped)
        return;
    const QString now = typed();
    if (now == m_reportedTyping)
        return;
    m_reportedTyping = now;
    emit typingChanged(now);
}

void Terminal::onReadable()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_input->setEnabled(false);
        // A last line without a newline still counts.
        const QString rest = (m_raw ? m_edit : m_pending) + m_decoder.decode(QByteArrayView());
        m_edit.clear();
        m_pending.clear();
        if (!rest.isEmpty())
            commitLine(rest);
        reportTyping();
        if (!m_stopped)
            emit endOfInput();
        return;
    }
    const QString text = m_decoder.decode(QByteArrayView(buffer, n));
    if (m_raw) {
        feedEditor(text);
        reportTyping();
        return;
    }
    m_pending += text;
    qsizetype nl;
    while (!m_stopped && (nl = m_pending.indexOf(QLatin1Char('\n'))) >= 0) {
        QString line = m_pending.left(nl);
        m_pending.remove(0, nl + 1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        commitLine(line);
    }
    reportTyping();
}

void Terminal::onSignal()
{
    char drain[64];
    while (::read(g_signalPipe[0], drain, sizeof drain) > 0) {
    }
    reportTyping();
    if (!m_stopped)
        emit interrupted();
}

void Terminal::feedEditor(const QString &chars)
{
    for (const QChar ch : chars) {
        if (m_stopped)
            return;
        const char16_t c = ch.unicode();
        // Arrow keys and the like: ESC [ params final, or ESC O final. Ignored.
        if (m_escape == Escape::Esc) {
            m_escape = (c == u'[' || c == u'O') ? Escape::Sequence : Escape::None;
            continue;
        }
        if (m_escape == Escape::Sequence) {
            if (c >= 0x40 && c <= 0x7e)
                m_escape = Escape::None;
            continue;
        }
        switch (c) {
        case 0x1b: m_escape = Escape::Esc; break;
        case u'\r':
        case u'\n': {
            const QString line = m_edit;
            m_edit.clear();
            commitLine(line);
            break;
        }
        case 0x7f: // Backspace
        case 0x08:
            if (!m_edit.isEmpty()) {
                m_edit.chop(m_edit.size() >= 2 && m_edit.back().isLowSurrogate() ? 2 : 1);
                scheduleRedraw();
            }
            break;
        case 0x15: // Ctrl-U
            m_edit.clear();
            scheduleRedraw();
            break;
        case 0x17: { // Ctrl-W: the last word
            qsizetype end = m_edit.size();
            while (end > 0 && m_edit.at(end - 1).isSpace())
                --end;
            while (end > 0 && !m_edit.at(end - 1).isSpace())
                --end;
            m_edit.truncate(end);
            scheduleRedraw();
            break;
        }
        case 0x04: // Ctrl-D: end of input on an empty line, as in a shell
            if (m_edit.isEmpty()) {
                reportTyping(); // Ctrl-U then Ctrl-D in one read: the line is empty now
                if (m_stopped)
                    return;
                m_input->setEnabled(false);
                clearLive();
                m_out << QStringLiteral("\n");
                emit endOfInput();
                return;
            }
            break;
        case 0x03: // Ctrl-C: what was typed before it is reported first, so it is saved
            reportTyping();
            if (m_stopped)
                return;
            clearLive();
            m_out << QStringLiteral("^C\n");
            m_out.flush();
            emit interrupted();
            return;
        default:
            if (c == u'\t' || c >= 0x20) {
                m_edit += ch;
                scheduleRedraw();
            }
            break;
        }
    }
}

void Terminal::commitLine(const QString &line)
{
    if (m_live) {
        // Keep what was typed in the scrollback, without the status.
        clearLive();
        m_out << m_prompt << line << QLatin1Char('\n');
        m_out.flush();
        scheduleRedraw();
    }
    emit lineEntered(line);
}

void Terminal::scheduleRedraw()
{
    if (!m_live || m_redrawQueued || m_stopped)
        return;
    m_redrawQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_redrawQueued = false;
        redraw();
    });
}

void Terminal::redraw()
{
    if (!m_live || m_stopped)
        return;
    // Never wider than the terminal: a wrapped line could not be redrawn with '\r'. What gives
    // way first is the status, then the start of the prompt, then the start of the typing.
    const int width = columns() - 1;
    // Room for typing grows with what is typed, up to 20 columns.
    const int forTyping = std::min({20, width / 2, displayWidth(m_edit) + 1});
    QString prompt = m_prompt;
    QString status = m_status;
    if (displayWidth(prompt) > width - forTyping) {
        status.clear();
        prompt = QChar(0x2026) + tailFitting(prompt, width - forTyping - 1);
    } else if (!status.isEmpty()
               && displayWidth(status) + 1 + displayWidth(prompt) > width - forTyping) {
        const int room = width - forTyping - displayWidth(prompt) - 1;
        status = room >= 8 ? elide(status, room) : QString();
    }
    const QString head = status.isEmpty() ? prompt : status + QLatin1Char(' ') + prompt;
    QString typed = m_edit;
    typed.replace(QLatin1Char('\t'), QLatin1Char(' '));
    const int room = width - displayWidth(head);
    if (displayWidth(typed) > room)
        typed = QChar(0x2026) + tailFitting(typed, room - 1);
    m_out << QLatin1Char('\r') << head << typed << QStringLiteral("\x1b[K");
    m_out.flush();
    m_liveShown = true;
}

void Terminal::clearLive()
{
    if (!m_liveShown)
        return;
    m_out << QStringLiteral("\r\x1b[K");
    m_liveShown = false;
}

int Terminal::columns() const
{
    winsize ws = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 10)
        return ws.ws_col;
    return 80;
}

} // namespace mockloop::cli
