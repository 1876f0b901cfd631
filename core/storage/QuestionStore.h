#pragma once

#include "questions/Question.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace mockloop {

class Database;

// The SQL of the question bank: packs, their questions and closing entries. Statements and row
// mapping only; what may be saved, filtering and drawing are QuestionBank's. A question row
// keeps the question as JSON (data) beside the columns the queries filter on; its hidden flag
// is the person's and no write but setHidden() changes it.
class QuestionStore
{
public:
    explicit QuestionStore(Database &db);

    // The version of an installed pack, or nothing when it is not installed (or on an error,
    // which then fills *error when given).
    std::optional<int> packVersion(const QString &packId, QString *error = nullptr) const;
    // Writes a pack in one transaction: its row (installed at installedAt), its questions
    // (the ones it no longer has deleted, the rest inserted or updated) and its closing
    // entries (replaced).
    bool savePack(const Pack &pack, bool builtin, const QDateTime &installedAt, QString *error);

    std::optional<Question> question(const QString &id) const;
    // By id; all kinds when kind is not given.
    QList<Question> questions(std::optional<RoundKind> kind) const;
    // Questions that are not hidden.
    int visibleCount(std::optional<RoundKind> kind) const;
    QList<ClosingEntry> closingEntries() const; // by id
    // Every question with its hidden flag, ordered by kind key then id.
    QList<std::pair<Question, bool>> questionsWithHiddenFlag() const;
    QList<PackInfo> packs() const; // by name
    // A pack with its questions (ordered by id) and closing entries, as stored.
    std::optional<Pack> pack(const QString &id) const;
    // The distinct text values of one list field of every question's JSON ("tracks", "tags"),
    // sorted; read by SQLite (json_each) so no question is parsed.
    QStringList listValues(const QString &field) const;
    bool deleteQuestion(const QString &id, QString *error);
    // Whether the question's pack is a built-in one.
    bool isBuiltin(const QString &questionId) const;
    // How many attempts (submitted, skipped or under way) reference each of these question
    // ids; ids without attempts are left out.
    QHash<QString, int> attemptCounts(const QStringList &questionIds) const;

    // A pack row written only when the pack is not installed yet: version 1, not built in.
    struct PackIfMissing
    {
        QString id;
        QString name;
        QDateTime installedAt;
    };
    // Inserts or updates one question, after creating its pack when given, in one transaction.
    bool saveQuestion(const Question &question, const std::optional<PackIfMissing> &pack,
                      QString *error);
    bool setHidden(const QString &id, bool hidden, QString *error);

    struct DrawCandidate
    {
        Question question;
        QString lastPractised; // the latest start of an attempt at it, as stored; "" = never
    };
    // The questions of a kind that are not hidden, by id, each with when it was last
    // practised (an attempt submitted, skipped or under way).
    QList<DrawCandidate> drawCandidates(RoundKind kind) const;

private:
    Database &m_db;
};

} // namespace mockloop
