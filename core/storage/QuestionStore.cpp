#include "storage/QuestionStore.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace mockloop {

namespace {

// Inserts or updates a question row; `hidden` is never in the update, so the person's hidden
// flag survives every upgrade, re-import and edit.
const QString kUpsertQuestion = QStringLiteral(
    "INSERT INTO questions (id, pack_id, version, kind, text, difficulty, prep_seconds, "
    "answer_seconds, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET pack_id = excluded.pack_id, version = excluded.version, "
    "kind = excluded.kind, text = excluded.text, difficulty = excluded.difficulty, "
    "prep_seconds = excluded.prep_seconds, answer_seconds = excluded.answer_seconds, "
    "data = excluded.data");

bool upsertQuestion(QSqlQuery &ins, const Question &q, QString *error)
{
    ins.addBindValue(q.id);
    ins.addBindValue(q.packId);
    ins.addBindValue(q.version);
    ins.addBindValue(toKey(q.kind));
    ins.addBindValue(sqlText(q.text));
    ins.addBindValue(sqlText(q.difficulty));
    ins.addBindValue(q.prepSeconds);
    ins.addBindValue(q.answerSeconds);
    // As TEXT: a QByteArray would be stored as a BLOB, which SQLite 3.45 and later read as
    // JSONB in json_each() (the tracks and tags queries), not as JSON text.
    ins.addBindValue(QString::fromUtf8(QJsonDocument(q.toJson()).toJson(QJsonDocument::Compact)));
    return ins.exec() || sqlFail(ins, error);
}

Question fromRow(const QSqlQuery &q, int dataColumn)
{
    return Question::fromJson(QJsonDocument::fromJson(q.value(dataColumn).toByteArray()).object());
}

} // namespace

QuestionStore::QuestionStore(Database &db)
    : m_db(db)
{
}

std::optional<int> QuestionStore::packVersion(const QString &packId, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version FROM packs WHERE id = ?"));
    q.addBindValue(packId);
    if (!q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

bool QuestionStore::savePack(const Pack &pack, bool builtin, const QDateTime &installedAt,
                             QString *error)
{
    QSqlDatabase db = m_db.connection();
    return m_db.inTransaction(error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO packs (id, name, version, builtin, installed_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, version = excluded.version, "
            "builtin = excluded.builtin, installed_at = excluded.installed_at"));
        q.addBindValue(pack.id);
        q.addBindValue(sqlText(pack.name));
        q.addBindValue(pack.version);
        q.addBindValue(builtin ? 1 : 0);
        q.addBindValue(toStoredTime(installedAt));
        if (!q.exec())
            return sqlFail(q, error);
        // Questions the new version dropped leave the bank; their attempts stay (no FK).
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM questions WHERE pack_id = ?"));
        existing.addBindValue(pack.id);
        if (!existing.exec())
            return sqlFail(existing, error);
        QSet<QString> keep;
        for (const Question &question : pack.questions)
            keep.insert(question.id);
        QStringList dropped;
        while (existing.next()) {
            if (!keep.contains(existing.value(0).toString()))
                dropped.append(existing.value(0).toString());
        }
        for (const QString &id : dropped) {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM questions WHERE id = ?"));
            del.addBindValue(id);
            if (!del.exec())
                return sqlFail(del, error);
        }
        QSqlQuery ins(db);
        ins.prepare(kUpsertQuestion);
        for (Question question : pack.questions) {
            question.packId = pack.id;
            if (!upsertQuestion(ins, question, error))
                return false;
        }
        QSqlQuery delClosing(db);
        delClosing.prepare(QStringLiteral("DELETE FROM closing_entries WHERE pack_id = ?"));
        delClosing.addBindValue(pack.id);
        if (!delClosing.exec())
            return sqlFail(delClosing, error);
        QSqlQuery insClosing(db);
        insClosing.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO closing_entries (id, pack_id, text, why) VALUES (?, ?, ?, ?)"));
        for (const ClosingEntry &entry : pack.closing) {
            insClosing.addBindValue(entry.id);
            insClosing.addBindValue(pack.id);
            insClosing.addBindValue(sqlText(entry.text));
            insClosing.addBindValue(sqlText(entry.why));
            if (!insClosing.exec())
                return sqlFail(insClosing, error);
        }
        return true;
    });
}

std::optional<Question> QuestionStore::question(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM questions WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q, 0);
    return std::nullopt;
}

QList<Question> QuestionStore::questions(std::optional<RoundKind> kind) const
{
    QSqlQuery q(m_db.connection());
    if (kind) {
        q.prepare(QStringLiteral("SELECT data FROM questions WHERE kind = ? ORDER BY id"));
        q.addBindValue(toKey(*kind));
    } else {
        q.prepare(QStringLiteral("SELECT data FROM questions ORDER BY id"));
    }
    QList<Question> out;
    if (q.exec()) {
        while (q.next())
            out.append(fromRow(q, 0));
    }
    return out;
}

int QuestionStore::visibleCount(std::optional<RoundKind> kind) const
{
    QSqlQuery q(m_db.connection());
    if (kind) {
        q.prepare(QStringLiteral("SELECT count(*) FROM questions WHERE kind = ? AND hidden = 0"));
        q.addBindValue(toKey(*kind));
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM questions WHERE hidden = 0"));
    }
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<ClosingEntry> QuestionStore::closingEntries() const
{
    QSqlQuery q(m_db.connection());
    QList<ClosingEntry> out;
    if (q.exec(QStringLiteral("SELECT id, text, why FROM closing_entries ORDER BY id"))) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

QList<std::pair<Question, bool>> QuestionStore::questionsWithHiddenFlag() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data, hidden FROM questions ORDER BY kind, id"));
    QList<std::pair<Question, bool>> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append({fromRow(q, 0), q.value(1).toBool()});
    return out;
}

QList<PackInfo> QuestionStore::packs() const
{
    QSqlQuery q(m_db.connection());
    QList<PackInfo> out;
    if (q.exec(QStringLiteral("SELECT p.id, p.name, p.version, p.builtin, (SELECT count(*) FROM "
                              "questions q WHERE q.pack_id = p.id) FROM packs p ORDER BY p.name"))) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                        q.value(3).toBool(), q.value(4).toInt()});
    }
    return out;
}

std::optional<Pack> QuestionStore::pack(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, version FROM packs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Pack out;
    out.id = id;
    out.name = q.value(0).toString();
    out.version = q.value(1).toInt();
    QSqlQuery questions(m_db.connection());
    questions.prepare(QStringLiteral("SELECT data FROM questions WHERE pack_id = ? ORDER BY id"));
    questions.addBindValue(id);
    if (!questions.exec())
        return std::nullopt;
    while (questions.next())
        out.questions.append(fromRow(questions, 0));
    QSqlQuery closing(m_db.connection());
    closing.prepare(
        QStringLiteral("SELECT id, text, why FROM closing_entries WHERE pack_id = ? ORDER BY id"));
    closing.addBindValue(id);
    if (!closing.exec())
        return std::nullopt;
    while (closing.next())
        out.closing.append({closing.value(0).toString(), closing.value(1).toString(),
                            closing.value(2).toString()});
    return out;
}

QStringList QuestionStore::listValues(const QString &field) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT j.value FROM questions, json_each(questions.data, ?) AS j "
                             "WHERE j.type = 'text' ORDER BY j.value"));
    q.addBindValue(QStringLiteral("$.") + field);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

bool QuestionStore::deleteQuestion(const QString &id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM questions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || sqlFail(q, error);
}

bool QuestionStore::isBuiltin(const QString &questionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT p.builtin FROM questions q JOIN packs p ON p.id = q.pack_id WHERE q.id = ?"));
    q.addBindValue(questionId);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool QuestionStore::saveQuestion(const Question &question, const std::optional<PackIfMissing> &pack,
                                 QString *error)
{
    QSqlDatabase db = m_db.connection();
    return m_db.inTransaction(error, [&] {
        if (pack) {
            QSqlQuery insPack(db);
            insPack.prepare(QStringLiteral("INSERT INTO packs (id, name, version, builtin, installed_at) "
                                           "VALUES (?, ?, 1, 0, ?) ON CONFLICT(id) DO NOTHING"));
            insPack.addBindValue(pack->id);
            insPack.addBindValue(pack->name);
            insPack.addBindValue(toStoredTime(pack->installedAt));
            if (!insPack.exec())
                return sqlFail(insPack, error);
        }
        QSqlQuery ins(db);
        ins.prepare(kUpsertQuestion);
        return upsertQuestion(ins, question, error);
    });
}

bool QuestionStore::setHidden(const QString &id, bool hidden, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE questions SET hidden = ? WHERE id = ?"));
    q.addBindValue(hidden ? 1 : 0);
    q.addBindValue(id);
    return q.exec() || sqlFail(q, error);
}

QHash<QString, int> QuestionStore::attemptCounts(const QStringList &questionIds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM attempts WHERE question_id = ? "
                             "AND status IN ('submitted', 'skipped', 'active')"));
    QHash<QString, int> out;
    for (const QString &id : questionIds) {
        q.addBindValue(id);
        if (q.exec() && q.next() && q.value(0).toInt() > 0)
            out.insert(id, q.value(0).toInt());
    }
    return out;
}

QList<QuestionStore::DrawCandidate> QuestionStore::drawCandidates(RoundKind kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT q.data, (SELECT max(a.started_at) FROM attempts a WHERE a.question_id = q.id "
        "AND a.status IN ('submitted', 'skipped', 'active')) FROM questions q "
        "WHERE q.kind = ? AND q.hidden = 0 ORDER BY q.id"));
    q.addBindValue(toKey(kind));
    QList<DrawCandidate> out;
    if (q.exec()) {
        while (q.next())
            out.append({fromRow(q, 0), q.value(1).toString()});
    }
    return out;
}

} // namespace mockloop
