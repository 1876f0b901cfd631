#include "storage/SessionStore.h"

#include "base/TimeText.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mockloop {

SessionStore::SessionStore(Database &db)
    : m_db(db)
{
}

SessionStore::~SessionStore() = default;

QSqlQuery &SessionStore::cached(int slot, const QString &sql)
{
    // The autosave path runs several times a second while typing: prepare its statements once.
    auto &q = m_cache[slot];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db.connection());
        q->prepare(sql);
    }
    return *q;
}

std::optional<qint64> SessionStore::create(const LoopPlan &plan, quint32 seed,
                                           const QList<Question> &questions,
                                           const EngineSnapshot &initial, const QDateTime &now,
                                           QString *error)
{
    QSqlDatabase db = m_db.connection();
    qint64 sessionId = 0;
    const bool ok = m_db.inTransaction(error, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO sessions (plan_name, plan, seed, status, state, paused_from, "
            "current_round, current_attempt, started_at, saved_at) "
            "VALUES (?, ?, ?, 'running', ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(sqlText(plan.name));
        q.addBindValue(QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(qint64(seed));
        q.addBindValue(toKey(initial.state));
        q.addBindValue(toKey(initial.pausedFrom));
        q.addBindValue(initial.round);
        q.addBindValue(initial.attempt);
        q.addBindValue(toStoredTime(now));
        q.addBindValue(toStoredTime(now));
        if (!q.exec())
            return sqlFail(q, error);
        sessionId = q.lastInsertId().toLongLong();

        QList<qint64> roundIds;
        QSqlQuery r(db);
        r.prepare(QStringLiteral("INSERT INTO rounds (session_id, position, kind, budget_ms, "
                                 "expiry) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < initial.rounds.size(); ++i) {
            const RoundTimes &rt = initial.rounds[i];
            r.addBindValue(sessionId);
            r.addBindValue(i);
            r.addBindValue(toKey(rt.kind));
            r.addBindValue(rt.budgetMs);
            r.addBindValue(toKey(rt.expiry));
            if (!r.exec())
                return sqlFail(r, error);
            roundIds.append(r.lastInsertId().toLongLong());
        }
        QSqlQuery snap(db);
        snap.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO question_snapshots (question_id, version, digest, data) "
            "VALUES (?, ?, ?, ?)"));
        QSqlQuery snapId(db);
        snapId.prepare(QStringLiteral("SELECT id FROM question_snapshots WHERE digest = ?"));
        QSqlQuery fu(db);
        fu.prepare(QStringLiteral("INSERT INTO attempt_follow_ups (attempt_id, position, status, "
                                  "answer_limit_ms) VALUES (?, ?, ?, ?)"));
        QSqlQuery a(db);
        a.prepare(QStringLiteral("INSERT INTO attempts (session_id, round_id, position, question_id, "
                                 "question_version, question_text, snapshot_id, status, prep_limit_ms, "
                                 "answer_limit_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < initial.attempts.size(); ++i) {
            const AttemptTimes &at = initial.attempts[i];
            const Question &question = questions.at(i);
            a.addBindValue(sessionId);
            a.addBindValue(roundIds.at(at.round));
            a.addBindValue(i);
            a.addBindValue(sqlText(question.id));
            a.addBindValue(question.version);
            a.addBindValue(sqlText(question.text));
            // The snapshot is stored once per distinct content and shared by its attempts.
            const QString json = QString::fromUtf8(
                QJsonDocument(question.toJson()).toJson(QJsonDocument::Compact));
            const QByteArray digest = snapshotDigest(json);
            snap.addBindValue(sqlText(question.id));
            snap.addBindValue(question.version);
            snap.addBindValue(digest);
            snap.addBindValue(json);
            snapId.addBindValue(digest);
            if (!snap.exec())
                return sqlFail(snap, error);
            if (!snapId.exec() || !snapId.next())
                return sqlFail(snapId, error);
            a.addBindValue(snapId.value(0));
            snapId.finish();
            a.addBindValue(toKey(at.status));
            a.addBindValue(at.prepLimitMs);
            a.addBindValue(at.answerLimitMs);
            if (!a.exec())
                return sqlFail(a, error);
            const qint64 attemptId = a.lastInsertId().toLongLong();
            for (int f = 0; f < at.followUps.size(); ++f) {
                fu.addBindValue(attemptId);
                fu.addBindValue(f);
                fu.addBindValue(toKey(at.followUps[f].status));
                fu.addBindValue(at.followUps[f].answerLimitMs);
                if (!fu.exec())
                    return sqlFail(fu, error);
            }
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return sessionId;
}

std::optional<qint64> SessionStore::addRetake(qint64 sourceAttemptId, int position, QString *error)
{
    qint64 id = 0;
    const bool ok = m_db.inTransaction(error, [&] {
        const auto inserted = insertRetake(sourceAttemptId, position, error);
        if (!inserted)
            return false;
        id = *inserted;
        QSqlQuery f(m_db.connection());
        f.prepare(QStringLiteral(
            "INSERT INTO attempt_follow_ups (attempt_id, position, status, answer_limit_ms) "
            "SELECT ?, position, 'pending', answer_limit_ms FROM attempt_follow_ups "
            "WHERE attempt_id = ?"));
        f.addBindValue(id);
        f.addBindValue(sourceAttemptId);
        return f.exec() || sqlFail(f, error);
    });
    if (!ok)
        return std::nullopt;
    return id;
}

std::optional<qint64> SessionStore::insertRetake(qint64 sourceAttemptId, int position, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO attempts (session_id, round_id, position, question_id, question_version, "
        "question_text, snapshot_id, status, prep_limit_ms, answer_limit_ms) "
        "SELECT session_id, round_id, ?, question_id, question_version, question_text, "
        "snapshot_id, 'pending', prep_limit_ms, answer_limit_ms FROM attempts WHERE id = ?"));
    q.addBindValue(position);
    q.addBindValue(sourceAttemptId);
    if (!q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("SessionStore", "There is no attempt %1.")
                         .arg(sourceAttemptId);
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<SessionRecord> SessionStore::load(qint64 sessionId, QString *error) const
{
    QSqlDatabase db = m_db.connection();
    SessionRecord s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, plan, seed, status, state, paused_from, current_round, current_attempt, "
        "closing_notes, started_at, ended_at, saved_at FROM sessions WHERE id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec()) {
        sqlFail(q, error);
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error =
                QCoreApplication::translate("SessionStore", "There is no session %1.").arg(sessionId);
        return std::nullopt;
    }
    s.id = q.value(0).toLongLong();
    QString planError;
    const auto plan = LoopPlan::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                                         &planError);
    if (!plan) {
        if (error)
            *error = planError;
        return std::nullopt;
    }
    s.plan = *plan;
    s.seed = quint32(q.value(2).toLongLong());
    s.status = q.value(3).toString();
    s.snapshot.state = stateFromKey(q.value(4).toString()).value_or(State::Paused);
    s.snapshot.pausedFrom = stateFromKey(q.value(5).toString()).value_or(State::Ready);
    s.snapshot.round = q.value(6).toInt();
    s.snapshot.attempt = q.value(7).toInt();
    s.closingNotes = q.value(8).toString();
    s.startedAt = fromStoredTime(q.value(9));
    s.endedAt = fromStoredTime(q.value(10));
    s.savedAt = fromStoredTime(q.value(11));

    QSqlQuery r(db);
    r.prepare(QStringLiteral("SELECT id, position, kind, budget_ms, expiry, used_ms, "
                             "overtime_started, budget_expired FROM rounds WHERE session_id = ? "
                             "ORDER BY position"));
    r.addBindValue(sessionId);
    if (!r.exec()) {
        sqlFail(r, error);
        return std::nullopt;
    }
    while (r.next()) {
        RoundRecord rr;
        rr.id = r.value(0).toLongLong();
        rr.position = r.value(1).toInt();
        rr.times.kind = roundKindFromKey(r.value(2).toString()).value_or(RoundKind::Technical);
        rr.times.budgetMs = r.value(3).toLongLong();
        rr.times.expiry = expiryFromKey(r.value(4).toString()).value_or(ExpiryPolicy::Soft);
        rr.times.usedMs = r.value(5).toLongLong();
        rr.times.overtimeStarted = r.value(6).toBool();
        rr.times.budgetExpired = r.value(7).toBool();
        s.rounds.append(rr);
        s.snapshot.rounds.append(rr.times);
    }

    auto attempts = loadAttempts(AttemptsOf::Session, sessionId, error);
    if (!attempts)
        return std::nullopt;
    s.attempts = std::move(*attempts);
    for (const AttemptRecord &ar : s.attempts)
        s.snapshot.attempts.append(ar.times);
    return s;
}

std::optional<QList<AttemptRecord>> SessionStore::loadAttempts(AttemptsOf which, const QVariant &key,
                                                               QString *error) const
{
    QSqlDatabase db = m_db.connection();
    // Fixed fragments only; the key is always bound.
    QString where;
    switch (which) {
    case AttemptsOf::Session: where = QStringLiteral("a.session_id = ? ORDER BY a.position"); break;
    case AttemptsOf::Question:
        where = QStringLiteral("a.question_id = ? AND a.status IN ('submitted', 'skipped') "
                               "ORDER BY a.started_at, a.id");
        break;
    case AttemptsOf::Attempt: where = QStringLiteral("a.id = ?"); break;
    }
    QList<AttemptRecord> out;
    QSqlQuery a(db);
    a.prepare(
        QStringLiteral(
            "SELECT a.id, a.position, r.position, qs.data, a.status, a.prep_limit_ms, "
            "a.answer_limit_ms, a.prep_used_ms, a.answer_used_ms, a.paused_ms, a.interrupted_ms, "
            "a.locked_by_expiry, a.overtime_started, a.score, a.grade_note, a.graded_at, "
            "a.started_at, a.submitted_at, a.session_id, a.answered_aloud, a.counted FROM attempts a "
            "JOIN rounds r ON r.id = a.round_id LEFT JOIN question_snapshots qs ON qs.id = a.snapshot_id "
            "WHERE %1")
            .arg(where));
    a.addBindValue(key);
    if (!a.exec()) {
        sqlFail(a, error);
        return std::nullopt;
    }
    QSqlQuery f(db);
    f.prepare(QStringLiteral(
        "SELECT name, value FROM answer_fields WHERE attempt_id = ? ORDER BY position"));
    QSqlQuery rubric(db);
    // Keyed by criterion; pages show them in the rubric's order (rubricFor).
    rubric.prepare(QStringLiteral("SELECT criterion, score FROM attempt_rubric WHERE attempt_id = ?"));
    QSqlQuery keyPoints(db);
    keyPoints.prepare(QStringLiteral(
        "SELECT covered FROM attempt_key_points WHERE attempt_id = ? ORDER BY position"));
    QSqlQuery followUps(db);
    followUps.prepare(QStringLiteral(
        "SELECT question_text, answer, status, answer_limit_ms, answer_used_ms, locked_by_expiry, "
        "overtime_started FROM attempt_follow_ups WHERE attempt_id = ? ORDER BY position"));
    while (a.next()) {
        AttemptRecord ar;
        ar.id = a.value(0).toLongLong();
        ar.position = a.value(1).toInt();
        ar.times.round = a.value(2).toInt();
        ar.question = Question::fromJson(QJsonDocument::fromJson(a.value(3).toByteArray()).object());
        ar.times.status = attemptStatusFromKey(a.value(4).toString()).value_or(AttemptStatus::Pending);
        ar.times.prepLimitMs = a.value(5).toLongLong();
        ar.times.answerLimitMs = a.value(6).toLongLong();
        ar.times.prepUsedMs = a.value(7).toLongLong();
        ar.times.answerUsedMs = a.value(8).toLongLong();
        ar.times.pausedMs = a.value(9).toLongLong();
        ar.times.interruptedMs = a.value(10).toLongLong();
        ar.times.lockedByExpiry = a.value(11).toBool();
        ar.times.overtimeStarted = a.value(12).toBool();
        if (!a.value(13).isNull()) {
            ar.score = a.value(13).toInt();
            ar.times.graded = true;
        }
        ar.gradeNote = a.value(14).toString();
        ar.gradedAt = fromStoredTime(a.value(15));
        ar.startedAt = fromStoredTime(a.value(16));
        ar.submittedAt = fromStoredTime(a.value(17));
        ar.sessionId = a.value(18).toLongLong();
        ar.answeredAloud = a.value(19).toBool();
        ar.counted = a.value(20).toBool();
        f.addBindValue(ar.id);
        if (!f.exec()) {
            sqlFail(f, error);
            return std::nullopt;
        }
        while (f.next())
            ar.answer.append({f.value(0).toString(), f.value(1).toString()});
        rubric.addBindValue(ar.id);
        if (!rubric.exec()) {
            sqlFail(rubric, error);
            return std::nullopt;
        }
        while (rubric.next())
            ar.rubric.append({rubric.value(0).toString(), rubric.value(1).toInt()});
        keyPoints.addBindValue(ar.id);
        if (!keyPoints.exec()) {
            sqlFail(keyPoints, error);
            return std::nullopt;
        }
        while (keyPoints.next())
            ar.keyPointsCovered.append(keyPoints.value(0).toBool());
        followUps.addBindValue(ar.id);
        if (!followUps.exec()) {
            sqlFail(followUps, error);
            return std::nullopt;
        }
        while (followUps.next()) {
            ar.followUps.append({followUps.value(0).toString(), followUps.value(1).toString()});
            FollowUpTimes ft;
            ft.status =
                attemptStatusFromKey(followUps.value(2).toString()).value_or(AttemptStatus::Pending);
            ft.answerLimitMs = followUps.value(3).toLongLong();
            ft.answerUsedMs = followUps.value(4).toLongLong();
            ft.lockedByExpiry = followUps.value(5).toBool();
            ft.overtimeStarted = followUps.value(6).toBool();
            ar.times.followUps.append(ft);
        }
        out.append(std::move(ar));
    }
    return out;
}

bool SessionStore::saveProgress(const SessionRecord &record, const EngineSnapshot &snapshot,
                                const QList<int> &changedRounds, const QList<int> &changedAttempts,
                                const QList<int> &answerAttempts, const QString &closingNotes,
                                const QDateTime &now, QString *error)
{
    return m_db.inTransaction(error, [&] {
        QSqlQuery &s = cached(
            0, QStringLiteral(
                   "UPDATE sessions SET status = ?, state = ?, paused_from = ?, current_round = ?, "
                   "current_attempt = ?, closing_notes = ?, saved_at = ?, "
                   "ended_at = CASE WHEN ? = 'running' THEN NULL ELSE coalesce(ended_at, ?) END "
                   "WHERE id = ?"));
        const QString status = sessionStatusFor(snapshot.state);
        s.addBindValue(status);
        s.addBindValue(toKey(snapshot.state));
        s.addBindValue(toKey(snapshot.pausedFrom));
        s.addBindValue(snapshot.round);
        s.addBindValue(snapshot.attempt);
        s.addBindValue(sqlText(closingNotes));
        s.addBindValue(toStoredTime(now));
        s.addBindValue(status);
        s.addBindValue(toStoredTime(now));
        s.addBindValue(record.id);
        if (!s.exec())
            return sqlFail(s, error);

        QSqlQuery &r = cached(1, QStringLiteral("UPDATE rounds SET used_ms = ?, overtime_started = ?, "
                                                "budget_expired = ? WHERE id = ?"));
        for (int i : changedRounds) {
            const RoundTimes &rt = snapshot.rounds.at(i);
            r.addBindValue(rt.usedMs);
            r.addBindValue(rt.overtimeStarted ? 1 : 0);
            r.addBindValue(rt.budgetExpired ? 1 : 0);
            r.addBindValue(record.rounds.at(i).id);
            if (!r.exec())
                return sqlFail(r, error);
        }

        // The start and submit stamps travel with the times: a stamp once on disk stays.
        QSqlQuery &a = cached(
            2, QStringLiteral(
                   "UPDATE attempts SET status = ?, prep_used_ms = ?, answer_used_ms = ?, "
                   "paused_ms = ?, interrupted_ms = ?, locked_by_expiry = ?, overtime_started = ?, "
                   "started_at = coalesce(started_at, ?), "
                   "submitted_at = coalesce(submitted_at, ?) WHERE id = ?"));
        for (int i : changedAttempts) {
            const AttemptTimes &t = snapshot.attempts.at(i);
            const AttemptRecord &rec = record.attempts.at(i);
            a.addBindValue(toKey(t.status));
            a.addBindValue(t.prepUsedMs);
            a.addBindValue(t.answerUsedMs);
            a.addBindValue(t.pausedMs);
            a.addBindValue(t.interruptedMs);
            a.addBindValue(t.lockedByExpiry ? 1 : 0);
            a.addBindValue(t.overtimeStarted ? 1 : 0);
            a.addBindValue(storedTimeOrNull(rec.startedAt));
            a.addBindValue(storedTimeOrNull(rec.submittedAt));
            a.addBindValue(rec.id);
            if (!a.exec())
                return sqlFail(a, error);
        }

        for (int answerAttempt : answerAttempts) {
            const QList<AnswerField> &answer = record.attempts.at(answerAttempt).answer;
            const qint64 attemptId = record.attempts.at(answerAttempt).id;
            QSqlQuery &del = cached(3, QStringLiteral("DELETE FROM answer_fields WHERE attempt_id = ? AND "
                                                      "position >= ?"));
            del.addBindValue(attemptId);
            del.addBindValue(int(answer.size()));
            if (!del.exec())
                return sqlFail(del, error);
            QSqlQuery &up = cached(
                4, QStringLiteral(
                       "INSERT INTO answer_fields (attempt_id, position, name, value) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(attempt_id, position) DO UPDATE SET name = excluded.name, "
                       "value = excluded.value"));
            for (int i = 0; i < answer.size(); ++i) {
                up.addBindValue(attemptId);
                up.addBindValue(i);
                up.addBindValue(sqlText(answer[i].name));
                up.addBindValue(sqlText(answer[i].value));
                if (!up.exec())
                    return sqlFail(up, error);
            }
        }

        // Follow-ups: few rows, written whole for every attempt whose times or answers changed.
        QList<int> followUpAttempts = changedAttempts;
        for (int i : answerAttempts) {
            if (!followUpAttempts.contains(i))
                followUpAttempts.append(i);
        }
        QSqlQuery &fu = cached(5, QStringLiteral(
                                      "UPDATE attempt_follow_ups SET status = ?, answer_used_ms = ?, "
                                      "locked_by_expiry = ?, overtime_started = ?, question_text = ?, "
                                      "answer = ? WHERE attempt_id = ? AND position = ?"));
        for (int i : followUpAttempts) {
            const AttemptRecord &rec = record.attempts.at(i);
            const QList<FollowUpTimes> &times = snapshot.attempts.at(i).followUps;
            for (int f = 0; f < times.size(); ++f) {
                const FollowUpRecord text = f < rec.followUps.size() ? rec.followUps.at(f)
                                                                     : FollowUpRecord{};
                fu.addBindValue(toKey(times[f].status));
                fu.addBindValue(times[f].answerUsedMs);
                fu.addBindValue(times[f].lockedByExpiry ? 1 : 0);
                fu.addBindValue(times[f].overtimeStarted ? 1 : 0);
                fu.addBindValue(sqlText(text.question));
                fu.addBindValue(sqlText(text.answer));
                fu.addBindValue(rec.id);
                fu.addBindValue(f);
                if (!fu.exec())
                    return sqlFail(fu, error);
            }
        }
        return true;
    });
}

std::optional<QString> SessionStore::saveGrade(qint64 attemptId, const Grade &grade,
                                               const QDateTime &now, QString *error)
{
    QSqlDatabase db = m_db.connection();
    QString questionId;
    auto save = [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE attempts SET score = ?, grade_note = ?, graded_at = ?, answered_aloud = ? "
            "WHERE id = ?"));
        q.addBindValue(grade.overall);
        q.addBindValue(sqlText(grade.note));
        q.addBindValue(toStoredTime(now));
        q.addBindValue(grade.answeredAloud ? 1 : 0);
        q.addBindValue(attemptId);
        if (!q.exec())
            return sqlFail(q, error);
        for (const char *table : {"attempt_rubric", "attempt_key_points"}) {
            QSqlQuery del(db);
            // Two fixed table names; the id is bound.
            del.prepare(
                QStringLiteral("DELETE FROM %1 WHERE attempt_id = ?").arg(QLatin1String(table)));
            del.addBindValue(attemptId);
            if (!del.exec())
                return sqlFail(del, error);
        }
        QSqlQuery r(db);
        r.prepare(QStringLiteral(
            "INSERT INTO attempt_rubric (attempt_id, criterion, score) VALUES (?, ?, ?)"));
        for (const auto &[criterion, score] : grade.rubric) {
            r.addBindValue(attemptId);
            r.addBindValue(sqlText(criterion));
            r.addBindValue(score);
            if (!r.exec())
                return sqlFail(r, error);
        }
        QSqlQuery k(db);
        k.prepare(QStringLiteral(
            "INSERT INTO attempt_key_points (attempt_id, position, covered) VALUES (?, ?, ?)"));
        for (int i = 0; i < grade.keyPointsCovered.size(); ++i) {
            k.addBindValue(attemptId);
            k.addBindValue(i);
            k.addBindValue(grade.keyPointsCovered[i] ? 1 : 0);
            if (!k.exec())
                return sqlFail(k, error);
        }
        // The graded question, for its spaced-repetition review (SessionController).
        QSqlQuery question(db);
        question.prepare(QStringLiteral("SELECT question_id FROM attempts WHERE id = ?"));
        question.addBindValue(attemptId);
        if (!question.exec())
            return sqlFail(question, error);
        if (!question.next()) {
            if (error)
                *error = QCoreApplication::translate("SessionStore", "Attempt %1 does not exist.")
                             .arg(attemptId);
            return false;
        }
        questionId = question.value(0).toString();
        return true;
    };
    if (!save())
        return std::nullopt;
    return questionId;
}

QList<SessionSummary> SessionStore::summaries(const QString &where, int limit) const
{
    QSqlQuery q(m_db.connection());
    // `where` is one of two fixed strings below, never user input.
    q.prepare(QStringLiteral(
                  "SELECT s.id, s.plan_name, s.status, s.state, s.started_at, s.ended_at, "
                  "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id AND a.counted = 1), "
                  "(SELECT count(*) FROM attempts a WHERE a.session_id = s.id AND "
                  "a.status = 'submitted' AND a.counted = 1), "
                  "(SELECT avg(a.score) FROM attempts a WHERE a.session_id = s.id AND a.counted = 1) "
                  "FROM sessions s %1 ORDER BY s.started_at DESC, s.id DESC LIMIT ?")
                  .arg(where));
    q.addBindValue(limit);
    QList<SessionSummary> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        SessionSummary s;
        s.id = q.value(0).toLongLong();
        s.planName = q.value(1).toString();
        s.status = q.value(2).toString();
        s.state = q.value(3).toString();
        s.startedAt = fromStoredTime(q.value(4));
        s.endedAt = fromStoredTime(q.value(5));
        s.attempts = q.value(6).toInt();
        s.answered = q.value(7).toInt();
        if (!q.value(8).isNull())
            s.averageScore = q.value(8).toDouble();
        out.append(s);
    }
    return out;
}

std::optional<QList<qint64>> SessionStore::sessionIds(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM sessions ORDER BY started_at, id"))) {
        sqlFail(q, error);
        return std::nullopt;
    }
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool SessionStore::remove(qint64 sessionId, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
    q.addBindValue(sessionId);
    return q.exec() || sqlFail(q, error);
}

bool SessionStore::remove(const QList<qint64> &sessionIds, QString *error)
{
    return m_db.inTransaction(error, [&] {
        for (qint64 id : sessionIds) {
            if (!remove(id, error))
                return false;
        }
        return true;
    });
}

std::optional<PracticeTotals> SessionStore::totals(QString *error) const
{
    PracticeTotals t;
    // A failed statement: its message in *error, no totals.
    auto failed = [error](const QSqlQuery &q) {
        sqlFail(q, error);
        return std::nullopt;
    };
    auto optionalDouble = [](const QVariant &v) {
        return v.isNull() ? std::optional<double>() : std::optional<double>(v.toDouble());
    };
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*), sum(status = 'finished'), sum(status = 'abandoned'), "
                               "sum(status = 'running') FROM sessions"))
        || !q.next())
        return failed(q);
    t.sessions = q.value(0).toInt();
    t.finished = q.value(1).toInt();
    t.abandoned = q.value(2).toInt();
    t.unfinished = q.value(3).toInt();
    if (!q.exec(QStringLiteral("SELECT sum(counted), sum(status = 'submitted' AND counted), "
                               "sum(status = 'skipped' AND counted), "
                               "coalesce(sum(prep_used_ms + answer_used_ms), 0), "
                               "avg(CASE WHEN counted THEN score END) FROM attempts"))
        || !q.next())
        return failed(q);
    t.questions = q.value(0).toInt();
    t.answered = q.value(1).toInt();
    t.skipped = q.value(2).toInt();
    t.practiceMs = q.value(3).toLongLong();
    t.averageScore = optionalDouble(q.value(4));
    if (!q.exec(QStringLiteral("SELECT r.kind, count(a.id), sum(a.status = 'submitted'), avg(a.score) "
                               "FROM attempts a JOIN rounds r ON r.id = a.round_id "
                               "WHERE a.counted = 1 GROUP BY r.kind ORDER BY r.kind")))
        return failed(q);
    while (q.next())
        t.perKind.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                          optionalDouble(q.value(3))});
    return t;
}

QList<SessionSummary> SessionStore::recent(int limit) const
{
    return summaries(QString(), limit);
}

QList<SessionSummary> SessionStore::unfinished() const
{
    // The literal matches the partial index sessions_running (schema 7): no scan at start.
    return summaries(QStringLiteral("WHERE s.status = 'running'"), 100);
}

} // namespace mockloop
