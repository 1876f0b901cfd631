#include "HistoryData.h"

#include "bank/QuestionBank.h"
#include "coach/AnswerTemplate.h"
#include "session/Plan.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace mockloop::bench {

namespace {

// Answers drawn from the bank's own vocabulary with a Zipf distribution (the word of rank r
// has weight 1/r), so common words are common and rare ones rare, as in real answers.
class Vocabulary
{
public:
    explicit Vocabulary(const QList<QList<Question>> &questions)
    {
        QHash<QString, int> counts;
        static const QRegularExpression word(QStringLiteral("[a-z][a-z0-9'+-]*"));
        for (const auto &list : questions) {
            for (const Question &q : list) {
                QString text = q.guidance + QLatin1Char(' ') + q.outline;
                for (const KeyPoint &kp : q.keyPoints)
                    text += QLatin1Char(' ') + kp.text;
                auto it = word.globalMatch(text.toLower());
                while (it.hasNext())
                    ++counts[it.next().captured(0)];
            }
        }
        m_words = counts.keys();
        std::sort(m_words.begin(), m_words.end(), [&counts](const QString &a, const QString &b) {
            return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
        });
        double total = 0;
        for (qsizetype r = 0; r < m_words.size(); ++r)
            m_cumulative.push_back(total += 1.0 / double(r + 1));
    }
    const QString &pick(QRandomGenerator &rng) const
    {
        const double x = rng.generateDouble() * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words[std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1)];
    }
    qsizetype size() const { return m_words.size(); }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

QString words(const Vocabulary &vocabulary, QRandomGenerator &rng, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        if (i)
            text += (i % 17 == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
        text += vocabulary.pick(rng);
    }
    return text + QLatin1Char('.');
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

bool generateHistory(const QString &path, int sessions)
{
    Database db;
    QString error;
    if (!db.open(path, &error) || !QuestionBank(db).installBuiltinPacks(&error)) {
        std::fprintf(stderr, "generate: %s\n", qPrintable(error));
        return false;
    }
    QuestionBank bank(db);
    QList<QList<Question>> byKind;
    for (RoundKind kind : kAllRoundKinds)
        byKind.append(bank.questions(kind));
    const LoopPlan plan = *builtinPreset(QStringLiteral("full"));
    const QString planJson = QString::fromUtf8(
        QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
    const Vocabulary vocabulary(byKind);
    // One stored snapshot per question, shared by its attempts (schema 4).
    QHash<QString, qint64> snapshots;
    {
        QSqlQuery snap(db.connection());
        snap.prepare(QStringLiteral("INSERT OR IGNORE INTO question_snapshots (question_id, version, "
                                    "digest, data) VALUES (?, ?, ?, ?)"));
        QSqlQuery id(db.connection());
        id.prepare(QStringLiteral("SELECT id FROM question_snapshots WHERE digest = ?"));
        for (const auto &list : byKind) {
            for (const Question &q : list) {
                const QString json = QString::fromUtf8(
                    QJsonDocument(q.toJson()).toJson(QJsonDocument::Compact));
                snap.addBindValue(q.id);
                snap.addBindValue(q.version);
                snap.addBindValue(snapshotDigest(json));
                snap.addBindValue(json);
                id.addBindValue(snapshotDigest(json));
                if (!snap.exec() || !id.exec() || !id.next()) {
                    std::fprintf(stderr, "generate: %s\n", qPrintable(snap.lastError().text()));
                    return false;
                }
                snapshots.insert(q.id, id.value(0).toLongLong());
                id.finish();
            }
        }
    }

    QRandomGenerator rng(20261122);
    const QDateTime start(QDate(2023, 11, 1), QTime(8, 0), Qt::UTC);
    QSqlDatabase c = db.connection();
    QSqlQuery s(c), r(c), a(c), f(c);
    s.prepare(
        QStringLiteral("INSERT INTO sessions (plan_name, plan, seed, status, state, paused_from, "
                       "started_at, ended_at, saved_at) VALUES (?, ?, ?, 'finished', 'finished', "
                       "'ready', ?, ?, ?)"));
    r.prepare(QStringLiteral("INSERT INTO rounds (session_id, position, kind, budget_ms, expiry, used_ms) "
                             "VALUES (?, ?, ?, ?, 'hard', ?)"));
    a.prepare(QStringLiteral(
        "INSERT INTO attempts (session_id, round_id, position, question_id, question_version, "
        "question_text, snapshot_id, status, prep_limit_ms, answer_limit_ms, prep_used_ms, "
        "answer_used_ms, paused_ms, score, grade_note, graded_at, started_at, submitted_at) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?, 60000, 300000, ?, ?, ?, ?, '', ?, ?, ?)"));
    f.prepare(QStringLiteral(
        "INSERT INTO answer_fields (attempt_id, position, name, value) VALUES (?, ?, ?, ?)"));

    constexpr int kBatch = 500;
    for (int first = 0; first < sessions; first += kBatch) {
        if (!c.transaction())
            return false;
        for (int i = first; i < std::min(sessions, first + kBatch); ++i) {
            const QDateTime began = start.addSecs(qint64(i) * 3 * 365 * 24 * 3600
                                                  / std::max(1, sessions));
            const QString iso = began.toString(Qt::ISODateWithMs);
            s.addBindValue(plan.name);
            s.addBindValue(planJson);
            s.addBindValue(i);
            s.addBindValue(iso);
            s.addBindValue(began.addSecs(4800).toString(Qt::ISODateWithMs));
            s.addBindValue(iso);
            if (!run(s, &error))
                break;
            const qint64 sessionId = s.lastInsertId().toLongLong();
            int position = 0;
            for (int k = 0; k < 5; ++k) {
                r.addBindValue(sessionId);
                r.addBindValue(k);
                r.addBindValue(toKey(kAllRoundKinds[k]));
                r.addBindValue(1'800'000);
                r.addBindValue(1'500'000);
                if (!run(r, &error))
                    break;
                const qint64 roundId = r.lastInsertId().toLongLong();
                const QList<Question> &pool = byKind[k];
                for (int j = 0; j < 5; ++j, ++position) {
                    const Question &question = pool[rng.bounded(int(pool.size()))];
                    const bool skipped = rng.bounded(20) == 0;
                    a.addBindValue(sessionId);
                    a.addBindValue(roundId);
                    a.addBindValue(position);
                    a.addBindValue(question.id);
                    a.addBindValue(question.text);
                    a.addBindValue(snapshots.value(question.id));
                    a.addBindValue(skipped ? QStringLiteral("skipped") : QStringLiteral("submitted"));
                    a.addBindValue(qint64(rng.bounded(60'000)));
                    a.addBindValue(qint64(skipped ? 0 : 60'000 + rng.bounded(280'000)));
                    a.addBindValue(qint64(rng.bounded(10) == 0 ? rng.bounded(120'000) : 0));
                    a.addBindValue(skipped ? QVariant() : QVariant(1 + rng.bounded(5)));
                    a.addBindValue(skipped ? QVariant() : QVariant(iso));
                    a.addBindValue(iso);
                    a.addBindValue(iso);
                    if (!run(a, &error))
                        break;
                    if (skipped)
                        continue;
                    const qint64 attemptId = a.lastInsertId().toLongLong();
                    QStringList names;
                    for (const AnswerSection &section : answerSections(answerFormFor(question)))
                        names.append(section.name);
                    const int total = 60 + rng.bounded(160);
                    for (int p = 0; p < names.size(); ++p) {
                        f.addBindValue(attemptId);
                        f.addBindValue(p);
                        f.addBindValue(names[p]);
                        f.addBindValue(words(vocabulary, rng, std::max(8, total / int(names.size()))));
                        if (!run(f, &error))
                            break;
                    }
                }
            }
        }
        if (!error.isEmpty()) {
            c.rollback();
            std::fprintf(stderr, "generate: %s\n", qPrintable(error));
            return false;
        }
        if (!c.commit())
            return false;
    }
    QSqlQuery(c).exec(QStringLiteral("ANALYZE"));
    return true;
}

} // namespace mockloop::bench
