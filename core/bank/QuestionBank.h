#pragma once

#include "questions/Question.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <optional>

namespace mockloop {

class Clock;
class Database;
struct LoopPlan;

// What the library page and the drawing filter on; every unset field matches everything.
struct QuestionFilter
{
    std::optional<RoundKind> kind;
    QString track;
    QString tag;
    QString difficulty;
    QStringList packs;
    QString text; // case-insensitive, in the question text, tags and guidance
    bool includeHidden = true;

    bool matches(const Question &q, bool hidden) const;
};

// How many questions of one round kind a plan draws against how many its source holds.
struct KindSupply
{
    RoundKind kind = RoundKind::Technical;
    int wanted = 0;    // asked for by the plan's drawn rounds of this kind, together
    int available = 0; // of this kind in the plan's source (track, packs), hidden left out
    // The bank cannot fill these rounds: they will be shorter (or left out when empty).
    bool isShort() const { return wanted > available; }
};

// The questions in the database: built-in packs installed from resources, and drawing.
class QuestionBank
{
public:
    // clock: the time installed packs and the own pack are stamped with; none = the database's
    // (the one the program injected when it made the Database).
    explicit QuestionBank(Database &db, const Clock *clock = nullptr);

    // Installs or upgrades every built-in pack (resources/packs/*.json). A pack already
    // installed at the same or a newer version is left alone; an upgrade keeps hidden flags.
    bool installBuiltinPacks(QString *error);
    bool installPack(const Pack &pack, bool builtin, QString *error);
    // The database and clock the bank works on, for what is saved with a pack in the same
    // transaction (an import's remembered settings, core/bank/Importer.h).
    Database &database() const { return m_db; }
    const Clock &clock() const { return m_clock; }

    std::optional<Question> question(const QString &id) const;
    QList<Question> questions(std::optional<RoundKind> kind = std::nullopt) const;
    int count(std::optional<RoundKind> kind = std::nullopt) const;
    QList<ClosingEntry> closingEntries() const;
    // Questions matching the filter, ordered by kind then id, each with its hidden flag.
    QList<std::pair<Question, bool>> find(const QuestionFilter &filter) const;
    QList<PackInfo> packs() const;
    // An installed pack with its questions (ordered by id) and closing entries, as stored.
    std::optional<Pack> pack(const QString &id) const;
    QStringList tracks() const;
    QStringList tags() const;
    bool deleteQuestion(const QString &id, QString *error);

    // The person's own questions (docs/import.md). Built-in questions are read-only: they can be
    // hidden or copied into the own pack, never edited or deleted.
    static QString ownPackId() { return QStringLiteral("mine"); }
    bool isBuiltin(const QString &questionId) const;
    // Saves a question: one with an empty id is new and goes to the own pack (created on first
    // use); an existing one keeps its pack and id, and a changed text raises its version so
    // attempts tell the wordings apart. Refuses built-in questions and an empty text.
    bool saveOwnQuestion(const Question &question, QString *savedId, QString *error);
    // A copy of any question in the own pack, with an id of its own.
    bool copyToOwnPack(const QString &questionId, QString *newId, QString *error);
    // Deletes a question that is not built in; its attempts stay.
    bool deleteOwnQuestion(const QString &questionId, QString *error);
    bool setHidden(const QString &id, bool hidden, QString *error);
    // Attempts at each of these questions (submitted, skipped or under way); none: left out.
    QHash<QString, int> attemptCounts(const QStringList &questionIds) const;

    // Draws up to count questions of a kind that are not hidden and not in exclude, in random
    // order (from rng) without repeats, least recently practised first.
    // Only questions that match `within` (track, packs) take part.
    QList<Question> draw(RoundKind kind, int count, const QSet<QString> &exclude,
                         QRandomGenerator &rng, const QuestionFilter &within = {}) const;
    // What the plan's drawn rounds need of each kind against what its source can supply, for
    // every round kind in the usual order. Drawing never repeats a question in a session, so
    // a kind's rounds together need that many; rounds of chosen questions draw none. Setup
    // says so before the loop has a thin or empty round.
    QList<KindSupply> supply(const LoopPlan &plan) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace mockloop
