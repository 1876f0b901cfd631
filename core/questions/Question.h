#pragma once

#include "base/Types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop {

struct KeyPoint
{
    QString text;
    QStringList terms; // match terms: synonyms, abbreviations
    friend bool operator==(const KeyPoint &, const KeyPoint &) = default;
};

// A common wrong claim or cliché for a question (docs/pack-format.md, docs/coach.md): the coach
// quotes the sentence of an answer that states it and gives the correction.
struct Pitfall
{
    QString text;             // the wrong claim or cliché, as people say it
    QList<QStringList> terms; // all must occur in one sentence; each lists alternatives
    QString correction;       // what is right instead
    friend bool operator==(const Pitfall &, const Pitfall &) = default;
};

struct Question
{
    QString id; // stable across versions, e.g. "tech.sql-vs-nosql"
    int version = 1;
    QString packId;
    RoundKind kind = RoundKind::Technical;
    QString text;
    QString difficulty; // intern / junior / mid / senior
    QStringList tracks;
    QStringList tags;
    int prepSeconds = 60;
    int answerSeconds = 240;
    QString guidance;
    QList<KeyPoint> keyPoints;
    QString outline;
    QStringList followUps;
    QStringList competencies;
    QList<Pitfall> pitfalls;

    // The snapshot kept with each attempt, so history survives edits and deletions.
    QJsonObject toJson() const;
    static Question fromJson(const QJsonObject &object);
    friend bool operator==(const Question &, const Question &) = default;
};

// "Your questions for the interviewer": text plus why it is worth asking.
struct ClosingEntry
{
    QString id;
    QString text;
    QString why;
    friend bool operator==(const ClosingEntry &, const ClosingEntry &) = default;
};

struct Pack
{
    QString id;
    QString name;
    int version = 1;
    QList<Question> questions;
    QList<ClosingEntry> closing;
};

// An installed pack as the library lists it.
struct PackInfo
{
    QString id;
    QString name;
    int version = 0;
    bool builtin = false;
    int questionCount = 0;
};

// A question's pitfalls in the pack format and back (Question::toJson/fromJson, the clichés
// list of core/coach/Cliches): "terms" items with one alternative are plain strings.
QJsonArray pitfallsToJson(const QList<Pitfall> &pitfalls);
QList<Pitfall> pitfallsFromJson(const QJsonValue &value);

// Reads a pack document (docs/pack-format.md) through PackValidator. On a problem returns
// false and fills *errors with one "file:line:column: field: expected" message per problem.
bool parsePack(const QByteArray &json, const QString &fileName, Pack *pack, QStringList *errors);

// Format 2 added questions' "pitfalls" (docs/pack-format.md). A pack without pitfalls is still
// written as format 1, so an older MockLoop reads it.
inline constexpr int kPackFormatVersion = 2;

// The difficulty keys of docs/pack-format.md, easiest first.
inline const QStringList kDifficultyKeys = {QStringLiteral("intern"), QStringLiteral("junior"),
                                            QStringLiteral("mid"), QStringLiteral("senior")};

} // namespace mockloop
