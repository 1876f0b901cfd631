#include "questions/JsonIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cctype>
#include <cmath>

namespace mockloop {

namespace {

class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

bool plainKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']')
            || c == QLatin1Char('"'))
            return false;
    }
    return true;
}

// The path of the value that contains path, or an empty string at the top.
QString parentPath(const QString &path)
{
    if (path.endsWith(QLatin1String("\"]"))) {
        const qsizetype open = path.lastIndexOf(QLatin1String("[\""));
        return open <= 0 ? QString() : path.left(open);
    }
    if (path.endsWith(QLatin1Char(']'))) {
        const qsizetype open = path.lastIndexOf(QLatin1Char('['));
        return open <= 0 ? QString() : path.left(open);
    }
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype bracket = path.lastIndexOf(QLatin1Char(']'));
    if (dot < 0 || bracket > dot)
        return QString();
    return path.left(dot);
}

} // namespace

// Recursive descent, bounded by Limits::maxDepth; keeps the line and column of the next byte.
class JsonScanner
{
public:
    JsonScanner(const QByteArray &bytes, const JsonIndex::Limits &limits, JsonIndex &out)
        : m_p(reinterpret_cast<const uchar *>(bytes.constData()))
        , m_end(m_p + bytes.size())
        , m_limits(limits)
        , m_out(out)
    {
    }

    void run()
    {
        if (m_end - m_p > m_limits.maxBytes) {
            stop(JsonText::tr("the file is larger than %1 MiB").arg(m_limits.maxBytes / (1024 * 1024)));
            return;
        }
        if (m_end - m_p >= 2
            && ((m_p[0] == 0xFF && m_p[1] == 0xFE) || (m_p[0] == 0xFE && m_p[1] == 0xFF)
                || (m_p[0] != 0 && m_p[1] == 0) || (m_p[0] == 0 && m_p[1] != 0 && m_p[1] < 0x80))) {
            stop(JsonText::tr("this file looks like UTF-16; expected UTF-8"));
            return;
        }
        if (m_end - m_p >= 3 && m_p[0] == 0xEF && m_p[1] == 0xBB && m_p[2] == 0xBF)
            m_p += 3; // a UTF-8 byte order mark, as some editors write it
        skipSpace();
        if (m_p == m_end) {
            stop(JsonText::tr("the file is empty; expected a JSON object"));
            return;
        }
        QJsonValue root;
        if (!parseValue(&root, 0))
            return;
        skipSpace();
        if (m_p != m_end) {
            unexpected(JsonText::tr("the end of the file after the top-level value"));
            return;
        }
        m_out.m_root = root;
        m_out.m_syntaxOk = true;
    }

private:
    JsonPosition here() const { return {m_line, m_column}; }

    void report(JsonPosition at, const QString &path, const QString &message)
    {
        m_out.m_problems.append({at, path, message});
    }

    void stop(const QString &message) { report(here(), currentPath(), message); }

    // The path of the value being read: the one recorded last, or the child a container is
    // about to read (so "unexpected ..." before a value names the field it was meant for).
    QString currentPath() const
    {
        if (m_pending.parent >= 0 || m_current < 0) {
            if (m_current < 0 && m_pending.parent < 0)
                return QString();
            const QString parent = m_out.pathOf(m_pending.parent);
            return m_pending.index >= 0 ? JsonIndex::child(parent, m_pending.index)
                                        : JsonIndex::child(parent, m_pending.key);
        }
        return m_out.pathOf(m_current);
    }

    QString describeHere() const
    {
        if (m_p == m_end)
            return JsonText::tr("the end of the file");
        const uchar c = *m_p;
        if (c == 0)
            return JsonText::tr("NUL byte");
        if (c >= 0x20 && c < 0x7F)
            return QStringLiteral("\"%1\"").arg(QLatin1Char(char(c)));
        if (c >= 0x80) {
            const int n = utf8Length(m_p);
            if (n > 0)
                return QStringLiteral("\"%1\"").arg(
                    QString::fromUtf8(reinterpret_cast<const char *>(m_p), n));
        }
        return JsonText::tr("byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }

    void unexpected(const QString &expected)
    {
        if (m_p + 1 < m_end && m_p[0] == '/' && (m_p[1] == '/' || m_p[1] == '*')) {
            stop(JsonText::tr("comments are not allowed in JSON"));
            return;
        }
        if (m_p == m_end) {
            stop(JsonText::tr("unexpected end of the file; expected %1").arg(expected));
            return;
        }
        stop(JsonText::tr("unexpected %1; expected %2").arg(describeHere(), expected));
    }

    // Length of the valid UTF-8 sequence at p (lead byte ≥ 0x80), or 0 when it is invalid.
    int utf8Length(const uchar *p) const
    {
        const uchar c = p[0];
        int n = 0;
        uchar lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        } else {
            return 0;
        }
        if (m_end - p < n)
            return 0;
        if (p[1] < lo || p[1] > hi)
            return 0;
        for (int i = 2; i < n; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF)
                return 0;
        }
        return n;
    }

    void advance()
    {
        const uchar c = *m_p++;
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++m_column;
        }
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            advance();
    }

    bool record(const JsonPosition &at)
    {
        if (m_out.m_nodes.size() >= m_limits.maxValues) {
            report(at, currentPath(), JsonText::tr("more than %1 values").arg(m_limits.maxValues));
            return false;
        }
        m_out.m_nodes.append({m_pending.parent, m_pending.index, m_pending.key, at});
        m_current = m_out.m_nodes.size() - 1;
        m_pending = {};
        return true;
    }

    bool parseValue(QJsonValue *out, int depth)
    {
        skipSpace();
        const JsonPosition at = here();
        if (m_p == m_end) {
            unexpected(JsonText::tr("a value"));
            return false;
        }
        const uchar c = *m_p;
        if ((c == '{' || c == '[') && depth >= m_limits.maxDepth) {
            stop(JsonText::tr("nested deeper than %1 levels").arg(m_limits.maxDepth));
            return false;
        }
        if (!record(at))
            return false;
        switch (c) {
        case '{': return parseObject(out, depth + 1);
        case '[': return parseArray(out, depth + 1);
        case '"': {
            QString s;
            if (!parseString(&s))
                return false;
            *out = s;
            return true;
        }
        case 't': return parseLiteral("true", QJsonValue(true), out);
        case 'f': return parseLiteral("false", QJsonValue(false), out);
        case 'n': return parseLiteral("null", QJsonValue(QJsonValue::Null), out);
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parseNumber(out);
            unexpected(
                JsonText::tr("a value (an object, array, string, number, true, false or null)"));
            return false;
        }
    }

    bool parseLiteral(const char *word, const QJsonValue &value, QJsonValue *out)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p >= n && std::equal(word, word + n, m_p)) {
            for (qsizetype i = 0; i < n; ++i)
                advance();
            *out = value;
            return true;
        }
        unexpected(JsonText::tr("a value (an object, array, string, number, true, false or null)"));
        return false;
    }

    bool parseNumber(QJsonValue *out)
    {
        const uchar *start = m_p;
        auto digits = [&] {
            const uchar *from = m_p;
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9')
                advance();
            return m_p != from;
        };
        bool integral = true;
        if (*m_p == '-')
            advance();
        if (m_p != m_end && *m_p == '0') {
            advance();
        } else if (!digits()) {
            unexpected(JsonText::tr("a digit"));
            return false;
        }
        if (m_p != m_end && *m_p == '.') {
            integral = false;
            advance();
            if (!digits()) {
                unexpected(JsonText::tr("a digit after the decimal point"));
                return false;
            }
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            integral = false;
            advance();
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                advance();
            if (!digits()) {
                unexpected(JsonText::tr("a digit in the exponent"));
                return false;
            }
        }
        if (m_p != m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || std::isalpha(*m_p))) {
            unexpected(JsonText::tr("a comma or the end of the number (no leading zeros, no hex)"));
            return false;
        }
        const QByteArray token(reinterpret_cast<const char *>(start), m_p - start);
        bool ok = false;
        if (integral && token.size() <= 18) {
            *out = QJsonValue(token.toLongLong(&ok));
            return true;
        }
        const double d = token.toDouble(&ok);
        if (!ok || !std::isfinite(d)) {
            report(m_out.m_nodes.at(m_current).at, currentPath(),
                   JsonText::tr("the number %1 is out of range")
                       .arg(QString::fromLatin1(token.left(40))));
            return false;
        }
        *out = QJsonValue(d);
        return true;
    }

    static void appendUtf8(QByteArray &buf, char32_t cp)
    {
        if (cp < 0x80) {
            buf.append(char(cp));
        } else if (cp < 0x800) {
            buf.append(char(0xC0 | (cp >> 6)));
            buf.append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            buf.append(char(0xE0 | (cp >> 12)));
            buf.append(char(0x80 | ((cp >> 6) & 0x3F)));
            buf.append(char(0x80 | (cp & 0x3F)));
        } else {
            buf.append(char(0xF0 | (cp >> 18)));
            buf.append(char(0x80 | ((cp >> 12) & 0x3F)));
            buf.append(char(0x80 | ((cp >> 6) & 0x3F)));
            buf.append(char(0x80 | (cp & 0x3F)));
        }
    }

    bool hex4(char32_t *out)
    {
        if (m_end - m_p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const uchar c = m_p[i];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v |= c - 'A' + 10;
            else
                return false;
        }
        for (int i = 0; i < 4; ++i)
            advance();
        *out = v;
        return true;
    }

    // At the opening quote. Invalid UTF-8 and \u0000 are reported and replaced; the reading goes on.
    bool parseString(QString *out)
    {
        advance(); // "
        // Most strings are plain ASCII on one line: take them in one piece.
        const uchar *plain = m_p;
        while (plain != m_end && *plain >= 0x20 && *plain < 0x80 && *plain != '"' && *plain != '\\')
            ++plain;
        if (plain != m_end && *plain == '"') {
            *out = QString::fromLatin1(reinterpret_cast<const char *>(m_p), plain - m_p);
            m_column += int(plain - m_p) + 1;
            m_p = plain + 1;
            return true;
        }
        QByteArray buf;
        const uchar *runStart = m_p;
        auto flush = [&] { buf.append(reinterpret_cast<const char *>(runStart), m_p - runStart); };
        while (true) {
            if (m_p == m_end) {
                flush();
                unexpected(JsonText::tr("a closing double quote"));
                return false;
            }
            const uchar c = *m_p;
            if (c == '"') {
                flush();
                advance();
                break;
            }
            if (c == 0) {
                stop(JsonText::tr("a NUL byte inside a string"));
                return false;
            }
            if (c == '\n') {
                stop(JsonText::tr("a line break inside a string; is a closing double quote missing?"));
                return false;
            }
            if (c < 0x20) {
                stop(JsonText::tr(
                         "control character U+%1 inside a string; write it as an escape (a backslash and a letter)")
                         .arg(uint(c), 4, 16, QLatin1Char('0')));
                return false;
            }
            if (c == '\\') {
                flush();
                advance();
                if (m_p == m_end) {
                    unexpected(JsonText::tr("an escape character"));
                    return false;
                }
                const uchar e = *m_p;
                const JsonPosition escapeAt{m_line, m_column - 1};
                switch (e) {
                case '"':
                    buf.append('"');
                    advance();
                    break;
                case '\\':
                    buf.append('\\');
                    advance();
                    break;
                case '/':
                    buf.append('/');
                    advance();
                    break;
                case 'b':
                    buf.append('\b');
                    advance();
                    break;
                case 'f':
                    buf.append('\f');
                    advance();
                    break;
                case 'n':
                    buf.append('\n');
                    advance();
                    break;
                case 'r':
                    buf.append('\r');
                    advance();
                    break;
                case 't':
                    buf.append('\t');
                    advance();
                    break;
                case 'u': {
                    advance();
                    char32_t cp = 0;
                    if (!hex4(&cp)) {
                        unexpected(JsonText::tr("four hex digits in the Unicode escape"));
                        return false;
                    }
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        char32_t low = 0;
                        if (m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                            advance();
                            advance();
                            if (!hex4(&low)) {
                                unexpected(JsonText::tr("four hex digits in the Unicode escape"));
                                return false;
                            }
                        }
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        } else {
                            report(escapeAt, currentPath(),
                                   JsonText::tr("an unpaired surrogate in a Unicode escape"));
                            cp = 0xFFFD;
                        }
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        report(escapeAt, currentPath(),
                               JsonText::tr("an unpaired surrogate in a Unicode escape"));
                        cp = 0xFFFD;
                    }
                    if (cp == 0)
                        report(escapeAt, currentPath(),
                               JsonText::tr("the NUL character (U+0000) is not allowed"));
                    else
                        appendUtf8(buf, cp);
                    break;
                }
                default:
                    unexpected(JsonText::tr(
                        "a valid escape: a backslash followed by one of b f n r t u / or a quote or a backslash"));
                    return false;
                }
                runStart = m_p;
                continue;
            }
            if (c >= 0x80) {
                const int n = utf8Length(m_p);
                if (n == 0) {
                    flush();
                    report(here(), currentPath(),
                           JsonText::tr("invalid UTF-8 (byte 0x%1)")
                               .arg(uint(c), 2, 16, QLatin1Char('0')));
                    buf.append("\xEF\xBF\xBD");
                    ++m_p; // one column for the bad byte, whatever it looked like
                    ++m_column;
                    runStart = m_p;
                    continue;
                }
                for (int i = 0; i < n; ++i)
                    advance();
                continue;
            }
            advance();
        }
        *out = QString::fromUtf8(buf);
        return true;
    }

    bool parseObject(QJsonValue *out, int depth)
    {
        advance(); // {
        QJsonObject object;
        const qsizetype self = m_current;
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            advance();
            *out = object;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_p == m_end || *m_p != '"') {
                unexpected(
                    object.isEmpty() || m_p == m_end || *m_p != '}'
                        ? JsonText::tr("a key in double quotes")
                        : JsonText::tr("a key in double quotes (no comma after the last field)"));
                return false;
            }
            const JsonPosition keyAt = here();
            QString key;
            if (!parseString(&key))
                return false;
            bool duplicate = false;
            if (object.contains(key)) {
                // The first value of this key: a child of this object, recorded after it.
                JsonPosition first;
                for (qsizetype n = self + 1; n < m_out.m_nodes.size(); ++n) {
                    const JsonIndex::Node &node = m_out.m_nodes.at(n);
                    if (node.parent == self && node.index < 0 && node.key == key) {
                        first = node.at;
                        break;
                    }
                }
                report(keyAt, JsonIndex::child(m_out.pathOf(self), key),
                       JsonText::tr("duplicate key \"%1\" (first at line %2, column %3)")
                           .arg(key)
                           .arg(first.line)
                           .arg(first.column));
                duplicate = true;
            }
            skipSpace();
            if (m_p == m_end || *m_p != ':') {
                unexpected(JsonText::tr("a colon after the key"));
                return false;
            }
            advance();
            QJsonValue value;
            m_pending = {self, -1, key};
            if (!parseValue(&value, depth))
                return false;
            m_current = self;
            if (!duplicate) // the first one counts; the duplicate was reported
                object.insert(key, value);
            skipSpace();
            if (m_p != m_end && *m_p == ',') {
                advance();
                continue;
            }
            if (m_p != m_end && *m_p == '}') {
                advance();
                break;
            }
            unexpected(JsonText::tr("a comma or \"}\""));
            return false;
        }
        *out = object;
        return true;
    }

    bool parseArray(QJsonValue *out, int depth)
    {
        advance(); // [
        QJsonArray array;
        const qsizetype self = m_current;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            advance();
            *out = array;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_p != m_end && *m_p == ']') {
                unexpected(JsonText::tr("a value (no comma after the last element)"));
                return false;
            }
            m_pending = {self, qint32(array.size()), QString()};
            QJsonValue value;
            if (!parseValue(&value, depth))
                return false;
            m_current = self;
            array.append(value);
            skipSpace();
            if (m_p != m_end && *m_p == ',') {
                advance();
                continue;
            }
            if (m_p != m_end && *m_p == ']') {
                advance();
                break;
            }
            unexpected(JsonText::tr("a comma or \"]\""));
            return false;
        }
        *out = array;
        return true;
    }

    const uchar *m_p;
    const uchar *m_end;
    const JsonIndex::Limits &m_limits;
    JsonIndex &m_out;
    int m_line = 1;
    int m_column = 1;
    struct Pending
    {
        qsizetype parent = -1;
        qint32 index = -1;
        QString key;
    };
    Pending m_pending;        // the child a container is about to read
    qsizetype m_current = -1; // the node of the value being read
};

bool JsonIndex::parse(const QByteArray &bytes)
{
    return parse(bytes, Limits{});
}

bool JsonIndex::parse(const QByteArray &bytes, const Limits &limits)
{
    m_root = QJsonValue();
    m_problems.clear();
    m_nodes.clear();
    m_byPath.clear();
    m_hashed = false;
    m_syntaxOk = false;
    JsonScanner(bytes, limits, *this).run();
    return m_syntaxOk && m_problems.isEmpty();
}

QString JsonIndex::pathOf(qsizetype node) const
{
    QList<qsizetype> chain;
    for (qsizetype n = node; n >= 0; n = m_nodes.at(n).parent)
        chain.prepend(n);
    QString path;
    for (const qsizetype n : chain) {
        const Node &x = m_nodes.at(n);
        if (x.parent < 0)
            continue; // the top level has no name
        path = x.index >= 0 ? child(path, x.index) : child(path, x.key);
    }
    return path;
}

const QHash<QString, qsizetype> &JsonIndex::byPath() const
{
    // Built on the first question only: a valid document never pays for hashing every path.
    if (!m_hashed) {
        m_byPath.reserve(m_nodes.size());
        QList<QString> paths(m_nodes.size());
        for (qsizetype n = 0; n < m_nodes.size(); ++n) {
            const Node &x = m_nodes.at(n);
            if (x.parent >= 0)
                paths[n] = x.index >= 0 ? child(paths.at(x.parent), x.index)
                                        : child(paths.at(x.parent), x.key);
            if (!m_byPath.contains(paths.at(n))) // a duplicate key: the first one counts
                m_byPath.insert(paths.at(n), n);
        }
        m_hashed = true;
    }
    return m_byPath;
}

bool JsonIndex::contains(const QString &path) const
{
    return byPath().contains(path);
}

JsonPosition JsonIndex::position(const QString &path) const
{
    const QHash<QString, qsizetype> &index = byPath();
    QString p = path;
    while (true) {
        const auto it = index.constFind(p);
        if (it != index.cend())
            return m_nodes.at(*it).at;
        if (p.isEmpty())
            return {};
        p = parentPath(p);
    }
}

QString JsonIndex::child(const QString &path, const QString &key)
{
    if (!plainKey(key)) {
        QString quoted = key;
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        return path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
    }
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonIndex::child(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace mockloop
