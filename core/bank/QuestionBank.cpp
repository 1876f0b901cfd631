#include "bank/QuestionBank.h"

#include "BuiltinPackVersions.h"

#include "storage/Database.h"
#include "bank/Importer.h"
#include "bank/PackValidator.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace mockloop {

namespace {

class BankText
{
    Q_DECLARE_TR_FUNCTIONS(QuestionBank)
};

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
    if (!ins.exec()) {
        *error = ins.lastError().text();
        return false;
    }
    return true;
}

Question fromRow(const QSqlQuery &q, int dataColumn)
{
    return Question::fromJson(QJsonDocument::fromJson(q.value(dataColumn).toByteArray()).object());
}

} // namespace

bool QuestionFilter::matches(const Question &q, bool hidden) const
{
    if (hidden && !includeHidden)
        return false;
    if (kind && q.kind != *kind)
        return false;
    if (!track.isEmpty() && !q.tracks.contains(track))
        return false;
    if (!tag.isEmpty() && !q.tags.contains(tag))
        return false;
    if (!difficulty.isEmpty() && q.difficulty != difficulty)
        return false;
    if (!packs.isEmpty() && !packs.contains(q.packId))
        return false;
    const QString needle = text.trimmed();
    if (!needle.isEmpty() && !q.text.contains(needle, Qt::CaseInsensitive)
        && !q.guidance.contains(needle, Qt::CaseInsensitive)
        && !q.tags.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive))
        return false;
    return true;
}

QuestionBank::QuestionBank(Database &db)
    : m_db(db)
{
}

namespace {

// The version of an installed pack, or nothing when it is not installed (or on an error,
// which then fills *error when given).
std::optional<int> installedVersion(const Database &db, const QString &packId,
                                    QString *error = nullptr)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT version FROM packs WHERE id = ?"));
    q.addBindValue(packId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

} // namespace

bool QuestionBank::installBuiltinPacks(QString *error)
{
    // The versions the build read from the same files: a pack installed at that version or
    // newer needs no parsing.
    QHash<QString, std::pair<QString, int>> known;
    for (const builtin::PackVersion &p : builtin::kPackVersions)
        known.insert(QString::fromUtf16(p.resource), {QString::fromUtf16(p.id), p.version});
    const QDir dir(QStringLiteral(":/packs"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString resource = dir.filePath(name);
        if (const auto it = known.constFind(resource); it != known.cend()) {
            const auto installed = installedVersion(m_db, it->first);
            if (installed && *installed >= it->second)
                continue;
        }
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        Pack pack;
        QStringList problems;
        if (!parsePack(file.readAll(), file.fileName(), &pack, &problems)) {
            *error = problems.join(QLatin1Char('\n'));
            return false;
        }
        QString readError;
        const auto installed = installedVersion(m_db, pack.id, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        if (installed && *installed >= pack.version)
            continue;
        if (!installPack(pack, true, error))
            return false;
    }
    return true;
}

bool QuestionBank::installPack(const Pack &pack, bool builtin, QString *error)
{
    QSqlDatabase db = m_db.connection();
    return m_db.inTransaction([&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO packs (id, name, version, builtin, installed_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, version = excluded.version, "
            "builtin = excluded.builtin, installed_at = excluded.installed_at"));
        q.addBindValue(pack.id);
        q.addBindValue(sqlText(pack.name));
        q.addBindValue(pack.version);
        q.addBindValue(builtin ? 1 : 0);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        // Questions the new version dropped leave the bank; their attempts stay (no FK).
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM questions WHERE pack_id = ?"));
        existing.addBindValue(pack.id);
        if (!existing.exec()) {
            *error = existing.lastError().text();
            return false;
        }
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
            if (!del.exec()) {
                *error = del.lastError().text();
                return false;
            }
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
        if (!delClosing.exec()) {
            *error = delClosing.lastError().text();
            return false;
        }
        QSqlQuery insClosing(db);
        insClosing.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO closing_entries (id, pack_id, text, why) VALUES (?, ?, ?, ?)"));
        for (const ClosingEntry &entry : pack.closing) {
            insClosing.addBindValue(entry.id);
            insClosing.addBindValue(pack.id);
            insClosing.addBindValue(sqlText(entry.text));
            insClosing.addBindValue(sqlText(entry.why));
            if (!insClosing.exec()) {
                *error = insClosing.lastError().text();
                return false;
            }
        }
        return true;
    });
}

std::optional<Question> QuestionBank::question(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM questions WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q, 0);
    return std::nullopt;
}

QList<Question> QuestionBank::questions(std::optional<RoundKind> kind) const
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

int QuestionBank::count(std::optional<RoundKind> kind) const
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

QList<ClosingEntry> QuestionBank::closingEntries() const
{
    QSqlQuery q(m_db.connection());
    QList<ClosingEntry> out;
    if (q.exec(QStringLiteral("SELECT id, text, why FROM closing_entries ORDER BY id"))) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

QList<std::pair<Question, bool>> QuestionBank::find(const QuestionFilter &filter) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data, hidden FROM questions ORDER BY kind, id"));
    QList<std::pair<Question, bool>> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Question question = fromRow(q, 0);
        const bool hidden = q.value(1).toBool();
        if (filter.matches(question, hidden))
            out.append({std::move(question), hidden});
    }
    // Kinds in the order people know them, not alphabetically by key.
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return int(a.first.kind) < int(b.first.kind);
    });
    return out;
}

QList<PackInfo> QuestionBank::packs() const
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

namespace {

// The distinct values of one list field of every question's stored JSON, sorted; read by
// SQLite (json_each) so the library and setup pages need not parse every question.
QStringList distinctListValues(const Database &db, const QString &field)
{
    QSqlQuery q(db.connection());
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

} // namespace

std::optional<Pack> QuestionBank::pack(const QString &id) const
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
    closing.prepare(QStringLiteral("SELECT id, text, why FROM closing_entries WHERE pack_id = ? ORDER BY id"));
    closing.addBindValue(id);
    if (!closing.exec())
        return std::nullopt;
    while (closing.next())
        out.closing.append({closing.value(0).toString(), closing.value(1).toString(), closing.value(2).toString()});
    return out;
}

QStringList QuestionBank::tracks() const
{
    return distinctListValues(m_db, QStringLiteral("tracks"));
}

QStringList QuestionBank::tags() const
{
    return distinctListValues(m_db, QStringLiteral("tags"));
}

bool QuestionBank::deleteQuestion(const QString &id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM questions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool QuestionBank::isBuiltin(const QString &questionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT p.builtin FROM questions q JOIN packs p ON p.id = q.pack_id WHERE q.id = ?"));
    q.addBindValue(questionId);
    return q.exec() && q.next() && q.value(0).toBool();
}

bool QuestionBank::saveOwnQuestion(const Question &question, QString *savedId, QString *error)
{
    if (question.text.trimmed().isEmpty()) {
        *error = BankText::tr("A question needs its text.");
        return false;
    }
    if (question.text.size() > PackValidator::kMaxTextLength) {
        *error = BankText::tr("A question can have at most %1 characters.").arg(PackValidator::kMaxTextLength);
        return false;
    }
    // The rules of a pack question (PackValidator): an own question can always be exported
    // as a pack and read back.
    if (const QList<PackProblem> problems = PackValidator::checkQuestion(question); !problems.isEmpty()) {
        QStringList lines;
        for (const PackProblem &p : problems)
            lines << BankText::tr("%1: %2").arg(PackValidator::fieldDisplayName(p.path), p.message);
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    Question q = question;
    if (!q.id.isEmpty()) {
        const auto existing = this->question(q.id);
        if (!existing) {
            *error = BankText::tr("The question \"%1\" is no longer in the bank.").arg(q.id);
            return false;
        }
        if (isBuiltin(q.id)) {
            *error = BankText::tr("Built-in questions cannot be changed; copy it to your pack first.");
            return false;
        }
        q.packId = existing->packId;
        q.version = existing->version + (existing->text != q.text ? 1 : 0);
    } else {
        q.packId = ownPackId();
        q.version = 1;
        const QString stem = ownPackId() + QLatin1Char('.') + slugOf(q.text);
        q.id = stem;
        for (int n = 2; this->question(q.id); ++n)
            q.id = stem + QLatin1Char('-') + QString::number(n);
    }
    QSqlDatabase db = m_db.connection();
    const bool ok = m_db.inTransaction([&] {
        QSqlQuery pack(db);
        // The own pack: never built in, so pack upgrades never touch it.
        pack.prepare(QStringLiteral("INSERT INTO packs (id, name, version, builtin, installed_at) "
                                    "VALUES (?, ?, 1, 0, ?) ON CONFLICT(id) DO NOTHING"));
        pack.addBindValue(ownPackId());
        pack.addBindValue(BankText::tr("My questions"));
        pack.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (q.packId == ownPackId() && !pack.exec()) {
            *error = pack.lastError().text();
            return false;
        }
        QSqlQuery ins(db);
        ins.prepare(kUpsertQuestion);
        return upsertQuestion(ins, q, error);
    });
    if (ok && savedId)
        *savedId = q.id;
    return ok;
}

bool QuestionBank::copyToOwnPack(const QString &questionId, QString *newId, QString *error)
{
    auto q = question(questionId);
    if (!q) {
        *error = BankText::tr("The question \"%1\" is no longer in the bank.").arg(questionId);
        return false;
    }
    q->id.clear();
    return saveOwnQuestion(*q, newId, error);
}

bool QuestionBank::deleteOwnQuestion(const QString &questionId, QString *error)
{
    if (isBuiltin(questionId)) {
        *error = BankText::tr("Built-in questions cannot be deleted; hide it instead.");
        return false;
    }
    return deleteQuestion(questionId, error);
}

bool QuestionBank::setHidden(const QString &id, bool hidden, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE questions SET hidden = ? WHERE id = ?"));
    q.addBindValue(hidden ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<Question> QuestionBank::draw(RoundKind kind, int count, const QSet<QString> &exclude,
                                   QRandomGenerator &rng, const QuestionFilter &within) const
{
    struct Candidate
    {
        Question question;
        QString lastPractised; // ISO UTC text; empty = never
    };
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT q.data, (SELECT max(a.started_at) FROM attempts a WHERE a.question_id = q.id "
        "AND a.status IN ('submitted', 'skipped', 'active')) FROM questions q "
        "WHERE q.kind = ? AND q.hidden = 0 ORDER BY q.id"));
    q.addBindValue(toKey(kind));
    QList<Candidate> candidates;
    if (q.exec()) {
        while (q.next()) {
            Candidate c{fromRow(q, 0), q.value(1).toString()};
            if (!exclude.contains(c.question.id) && within.matches(c.question, false))
                candidates.append(std::move(c));
        }
    }
    // Shuffle with the session's generator (Fisher–Yates with bounded(): the same seed gives
    // the same order on every platform), then a stable sort keeps that order among equals.
    for (qsizetype i = candidates.size() - 1; i > 0; --i)
        std::swap(candidates[i], candidates[rng.bounded(qint64(i + 1))]);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) {
                         return a.lastPractised < b.lastPractised;
                     });
    QList<Question> out;
    for (qsizetype i = 0; i < candidates.size() && i < count; ++i)
        out.append(candidates[i].question);
    return out;
}

} // namespace mockloop
