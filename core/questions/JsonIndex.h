#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace mockloop {

struct JsonPosition
{
    int line = 1;   // 1-based
    int column = 1; // 1-based, counted in characters (UTF-8 code points), a tab is one
    friend bool operator==(const JsonPosition &, const JsonPosition &) = default;
};

struct JsonProblem
{
    JsonPosition at;
    QString path; // e.g. "questions[3].keyPoints[0].text"; empty = the top level
    QString message;
};

// Our own JSON reader for files people write by hand. QJsonDocument reports only a byte
// offset, accepts duplicate keys (last wins) and takes NUL in strings; this one builds the same
// QJsonValue tree and also remembers, for every value, its JSON path and where it starts, so a
// validator can say "questions[3].kind at 41:15". It never recurses deeper than maxDepth and
// refuses input over the size and value-count limits before it can eat memory.
//
// Syntax errors stop the reading (the tree is then incomplete and syntaxOk() is false). Other
// problems — duplicate keys, NUL characters, invalid UTF-8 inside strings — are collected and
// the reading goes on, so one run reports them all.
class JsonIndex
{
public:
    struct Limits
    {
        qsizetype maxBytes = 32 * 1024 * 1024;
        int maxDepth = 64;
        qsizetype maxValues = 1'000'000;
    };

    JsonIndex() = default;

    // Reads bytes; returns true when there was no problem of any kind.
    bool parse(const QByteArray &bytes);
    bool parse(const QByteArray &bytes, const Limits &limits);

    // False when the reading stopped at a syntax error or a limit.
    bool syntaxOk() const { return m_syntaxOk; }
    const QJsonValue &root() const { return m_root; }
    const QList<JsonProblem> &problems() const { return m_problems; }

    // Where the value at path starts. An unknown path (a field that is missing) gives the
    // position of its nearest ancestor that exists, so "missing field" points into the object.
    JsonPosition position(const QString &path) const;
    bool contains(const QString &path) const;
    qsizetype valueCount() const { return m_nodes.size(); }

    // Path helpers, so every caller spells paths the same way.
    static QString child(const QString &path, const QString &key);
    static QString child(const QString &path, qsizetype index);

private:
    friend class JsonScanner;
    // One node per value in reading order: its parent and its key (or array index). Paths are
    // made from these only when a position is asked for.
    struct Node
    {
        qsizetype parent = -1;
        qint32 index = -1; // >= 0: an array element; otherwise key names it
        QString key;
        JsonPosition at;
    };
    QString pathOf(qsizetype node) const;
    const QHash<QString, qsizetype> &byPath() const;

    QJsonValue m_root;
    QList<JsonProblem> m_problems;
    QList<Node> m_nodes;
    mutable QHash<QString, qsizetype> m_byPath;
    mutable bool m_hashed = false;
    bool m_syntaxOk = false;
};

} // namespace mockloop
