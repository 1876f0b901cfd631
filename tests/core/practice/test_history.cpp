// History, full-text search and attempt comparison on real database files.
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "practice/History.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "FakeClock.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

struct Answered
{
    qint64 sessionId = 0;
    QString questionId;
};

// Runs a one-question session with the given answer and score; returns its ids.
Answered practise(Database &db, FakeClock &clock, RoundKind kind, const QString &answer, int score,
                  const QStringList &questionIds = {}, bool finish = true)
{
    LoopPlan plan;
    plan.name = QStringLiteral("%1 practice").arg(toKey(kind));
    plan.prepSeconds = 0;
    plan.answerSeconds = 600;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{kind, 1, questionIds, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(db, plan, &clock, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    c->setAnswer({{QStringLiteral("answer"), answer}});
    clock.advanceSeconds(60);
    if (finish) {
        c->handle(Event::Submit);
        c->submitGrade(score, {});
        c->handle(Event::Continue);
    } else {
        c->saveNow();
    }
    return {c->sessionId(), c->question(0).id};
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void search_findsAnswersStemmedAndByPrefix();
    void search_staysInSyncThroughInsertEditAndDelete();
    void search_personsPunctuationNeverBreaksTheQuery();
    void search_quotedWords_mustStandSideBySide();
    void search_bestMatchFirst_ranksByHowWellTheAnswerMatches();
    void search_wordsOfEveryScript_findTheirAnswers();
    void migrationFromVersion1_indexesExistingAnswersAfterABackup();
    void sessions_filterByDateKindStatusAndText();
    void sessions_sortAndPage();
    void sessions_textFilter_findsQuestionTextsAsAsked_evenAfterAnEdit();
    void attemptsOf_returnsEveryAttemptOldestFirst();
    void wordDiff_marksRemovedAndAddedWords();
    void deleteSession_whileItIsOpen_isRefused();
    void deleteSessions_allOrNone();
    void refusedDeletions_nameTheOpenSessionsAndWhy();
    void readers_sayWhenTheHistoryCannotBeRead();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;

    // A session started and left running in this program: its lock is held until the
    // controller goes.
    std::unique_ptr<SessionController> startOpenSession(QString *error)
    {
        LoopPlan plan;
        plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
        return SessionController::start(*m_db, plan, &m_clock, error);
    }
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
}

void TestHistory::search_findsAnswersStemmedAndByPrefix()
{
    practise(*m_db, m_clock, RoundKind::Technical,
             QStringLiteral("Indexes make lookups fast; a B-tree keeps keys sorted."), 4);
    practise(*m_db, m_clock, RoundKind::Technical,
             QStringLiteral("Use a cache in front of the database."), 3);
    History h(*m_db);
    QCOMPARE(h.search(QStringLiteral("index")).size(), 1); // porter: indexes -> index
    QCOMPARE(h.search(QStringLiteral("look")).size(), 1);  // prefix of lookups
    const auto hits = h.search(QStringLiteral("cache database"));
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.first().snippet.contains(QString(kMatchOpen) + QStringLiteral("cache")
                                          + QString(kMatchClose)));
    QCOMPARE(hits.first().fieldName, QStringLiteral("answer"));
    QVERIFY(!hits.first().questionText.isEmpty());
    QVERIFY(h.search(QStringLiteral("kubernetes")).isEmpty());
}

void TestHistory::search_staysInSyncThroughInsertEditAndDelete()
{
    LoopPlan plan;
    plan.prepSeconds = 0;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
    QString error;
    auto c = SessionController::start(*m_db, plan, &m_clock, &error);
    QVERIFY2(c, qPrintable(error));
    c->handle(Event::Start);
    c->handle(Event::Continue);
    History h(*m_db);
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("first draft about sharding")}}));
    QVERIFY(c->saveNow());
    QCOMPARE(h.search(QStringLiteral("sharding")).size(), 1);
    QVERIFY(c->setAnswer(
        {{QStringLiteral("answer"), QStringLiteral("second draft about replication")}}));
    QVERIFY(c->saveNow());
    QCOMPARE(h.search(QStringLiteral("sharding")).size(), 0);
    QCOMPARE(h.search(QStringLiteral("replication")).size(), 1);
    QVERIFY(c->setAnswer({})); // all fields removed
    QVERIFY(c->saveNow());
    QCOMPARE(h.search(QStringLiteral("replication")).size(), 0);
    QVERIFY(c->setAnswer({{QStringLiteral("answer"), QStringLiteral("third about quorum")}}));
    QVERIFY(c->saveNow());
    const qint64 id = c->sessionId();
    c.reset();
    QCOMPARE(h.search(QStringLiteral("quorum")).size(), 1);
    QVERIFY(h.deleteSession(id, &error)); // cascades to attempts and answer fields
    QCOMPARE(h.search(QStringLiteral("quorum")).size(), 0);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM answer_search")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestHistory::search_personsPunctuationNeverBreaksTheQuery()
{
    practise(*m_db, m_clock, RoundKind::Technical,
             QStringLiteral("N+1 queries and C++ \"quotes\" AND NOT OR"), 3);
    History h(*m_db);
    for (const QString &q :
         {QStringLiteral("\"unbalanced"), QStringLiteral("AND OR NOT"), QStringLiteral("c++"),
          QStringLiteral("n+1*"), QStringLiteral("(paren"), QStringLiteral("col:umn"),
          QStringLiteral("   "), QStringLiteral("^start")}) {
        h.search(q); // must not fail or throw; results may be empty
    }
    QCOMPARE(h.search(QStringLiteral("quotes")).size(), 1);
    QCOMPARE(h.search(QStringLiteral("\"quotes")).size(), 1);
    QCOMPARE(History::matchQuery(QStringLiteral("a \"b")), QStringLiteral("\"a\" * \"b\" *"));
}

void TestHistory::search_wordsOfEveryScript_findTheirAnswers()
{
    const qint64 arabic = practise(*m_db, m_clock, RoundKind::Technical,
                                   QStringLiteral("مرحبا بالعالم، الفهرس يسرّع البحث"), 3)
                              .sessionId;
    const qint64 japanese = practise(*m_db, m_clock, RoundKind::Technical,
                                     QStringLiteral("日本語 の説明。インデックス は 検索 を速くする"),
                                     3)
                                .sessionId;
    const qint64 accented = practise(*m_db, m_clock, RoundKind::Technical,
                                     QStringLiteral("Le café et la dépendance à l'index"), 3)
                                .sessionId;
    const qint64 mixed = practise(*m_db, m_clock, RoundKind::Technical,
                                  QStringLiteral("Greeting: مرحبا, 日本語のテキスト, Grüße, Ελληνικά"),
                                  3)
                             .sessionId;
    History h(*m_db);
    auto sessionsOf = [&h](const QString &words) {
        QList<qint64> ids;
        for (const SearchHit &hit : h.search(words))
            ids << hit.sessionId;
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    QCOMPARE(sessionsOf(QStringLiteral("مرحبا")), (QList<qint64>{arabic, mixed}));
    QCOMPARE(sessionsOf(QStringLiteral("البحث")), QList<qint64>{arabic});
    // A run of Japanese without spaces is one token: a word at its start matches as a prefix.
    QCOMPARE(sessionsOf(QStringLiteral("日本語")), (QList<qint64>{japanese, mixed}));
    QCOMPARE(sessionsOf(QStringLiteral("インデックス")), QList<qint64>{japanese});
    QCOMPARE(sessionsOf(QStringLiteral("café")), QList<qint64>{accented});
    QCOMPARE(sessionsOf(QStringLiteral("cafe")), QList<qint64>{accented}); // diacritics folded
    QCOMPARE(sessionsOf(QStringLiteral("DÉPENDANCE")), QList<qint64>{accented});
    QCOMPARE(sessionsOf(QStringLiteral("grüße ελληνικά")), QList<qint64>{mixed});
    QCOMPARE(sessionsOf(QStringLiteral("\"مرحبا بالعالم\"")), QList<qint64>{arabic});
    const QList<SearchHit> hits = h.search(QStringLiteral("日本語"));
    QVERIFY(!hits.isEmpty());
    QVERIFY(hits.first().snippet.contains(QString(kMatchOpen)));
    // The session filter matches question texts of every script too (LIKE compares them as
    // written; only ASCII letters are folded to lower case).
    QuestionBank bank(*m_db);
    Question own;
    own.kind = RoundKind::Technical;
    own.text = QStringLiteral("データベースのインデックスとは何ですか？");
    QString id;
    QString error;
    QVERIFY2(bank.saveOwnQuestion(own, &id, &error), qPrintable(error));
    const qint64 asked =
        practise(*m_db, m_clock, RoundKind::Technical, QStringLiteral("B-tree"), 3, {id}).sessionId;
    HistoryFilter filter;
    filter.text = QStringLiteral("インデックス");
    const QList<HistoryRow> rows = h.sessions(filter, HistoryColumn::Started, false, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, asked);
    QCOMPARE(History::matchQuery(QStringLiteral("日本語 مرحبا!")),
             QStringLiteral("\"日本語\" * \"مرحبا\" *"));
}

void TestHistory::search_quotedWords_mustStandSideBySide()
{
    practise(*m_db, m_clock, RoundKind::Technical,
             QStringLiteral("The query plan is fixed before any value is bound."), 4);
    practise(*m_db, m_clock, RoundKind::Technical,
             QStringLiteral("Plan the schema, then query it."), 3);
    History h(*m_db);
    QCOMPARE(h.search(QStringLiteral("query plan")).size(), 2);     // both words, anywhere
    QCOMPARE(h.search(QStringLiteral("\"query plan\"")).size(), 1); // side by side, in order
    QCOMPARE(h.search(QStringLiteral("\"plan query\"")).size(), 0);
    QCOMPARE(h.search(QStringLiteral("\"query plans\"")).size(), 1); // still stemmed
    QCOMPARE(h.search(QStringLiteral("schema \"query plan\"")).size(), 0);
    // A phrase still being typed: its last word is a prefix.
    QCOMPARE(h.search(QStringLiteral("\"query pl")).size(), 1);
    QCOMPARE(h.search(QStringLiteral("\"query pl\"")).size(), 0);
    QCOMPARE(History::matchQuery(QStringLiteral("schema \"query plan\" bound")),
             QStringLiteral("\"schema\" * \"query plan\" \"bound\" *"));
    QCOMPARE(History::matchQuery(QStringLiteral("\"\" \" \"")), QString()); // nothing to find
}

void TestHistory::search_bestMatchFirst_ranksByHowWellTheAnswerMatches()
{
    const Answered strong = practise(*m_db, m_clock, RoundKind::Technical,
                                     QStringLiteral("Quorum reads and quorum writes: a quorum of "
                                                    "replicas must agree, and the quorum size "
                                                    "sets the trade-off."),
                                     4);
    m_clock.advanceWallOnlyMs(3'600'000);
    const Answered weak = practise(*m_db, m_clock, RoundKind::Technical,
                                   QStringLiteral("I would start with a cache, then think about "
                                                  "replication, sharding, backups, monitoring "
                                                  "and maybe a quorum later on."),
                                   3);
    History h(*m_db);
    const auto newest = h.search(QStringLiteral("quorum"));
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest[0].sessionId, weak.sessionId); // the later answer first
    const auto best = h.search(QStringLiteral("quorum"), 100, nullptr,
                               History::SearchOrder::BestMatch);
    QCOMPARE(best.size(), 2);
    QCOMPARE(best[0].sessionId, strong.sessionId); // the answer about quorums first
    QVERIFY(best[0].snippet.contains(kMatchOpen));
    QCOMPARE(h.search(QStringLiteral("quorum"), 1, nullptr, History::SearchOrder::BestMatch).size(),
             1);
}

void TestHistory::migrationFromVersion1_indexesExistingAnswersAfterABackup()
{
    const QString path = m_dir->filePath(QStringLiteral("old/mockloop.sqlite"));
    {
        Database v1;
        QString error;
        QVERIFY2(v1.open(path, {Database::migrations().first()}, &error), qPrintable(error));
        QCOMPARE(v1.schemaVersion(), 1);
        // Rows as version 1 wrote them (today's code reads a later schema).
        QSqlQuery q(v1.connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO sessions (id, plan_name, plan, seed, status, state, paused_from, started_at, "
            "saved_at) VALUES (1, 'old', '{}', 1, 'finished', 'finished', 'ready', "
            "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO rounds (id, session_id, position, kind, budget_ms, expiry) "
                           "VALUES (1, 1, 0, 'technical', 0, 'soft')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO attempts (id, session_id, round_id, position, question_id, question_version, "
            "question_text, question_snapshot, status, prep_limit_ms, answer_limit_ms) VALUES "
            "(1, 1, 1, 0, 'tech.x', 1, 'old question', '{\"id\":\"tech.x\",\"text\":\"old question\"}', "
            "'submitted', 0, 60000), "
            "(2, 1, 1, 1, 'tech.x', 1, 'old question', '{\"id\":\"tech.x\",\"text\":\"old question\"}', "
            "'skipped', 0, 60000)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO answer_fields (attempt_id, position, name, value) VALUES "
                           "(1, 0, 'answer', 'an answer written before search existed')")));
    }
    Database upgraded;
    QString error;
    QVERIFY2(upgraded.open(path, &error), qPrintable(error));
    QCOMPARE(upgraded.schemaVersion(), Database::latestVersion());
    QVERIFY(QFile::exists(upgraded.lastBackupPath()));
    QCOMPARE(History(upgraded).search(QStringLiteral("existed")).size(), 1);
    // Version 4 keeps each distinct snapshot once; both attempts still read it.
    QSqlQuery count(upgraded.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM question_snapshots")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    const auto attempts = SessionStore(upgraded).loadAttempts(SessionStore::AttemptsOf::Session, 1,
                                                              &error);
    QVERIFY2(attempts, qPrintable(error));
    QCOMPARE(attempts->size(), 2);
    for (const AttemptRecord &a : *attempts)
        QCOMPARE(a.question.text, QStringLiteral("old question"));
}

void TestHistory::sessions_filterByDateKindStatusAndText()
{
    FakeClock clock(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    practise(*m_db, clock, RoundKind::Technical, QStringLiteral("a"), 2);
    clock.advanceWallOnlyMs(qint64(10) * 24 * 3600 * 1000); // March 11
    practise(*m_db, clock, RoundKind::Behavioral, QStringLiteral("b"), 4);
    clock.advanceWallOnlyMs(qint64(10) * 24 * 3600 * 1000);                             // March 21
    practise(*m_db, clock, RoundKind::SystemDesign, QStringLiteral("c"), 5, {}, false); // unfinished
    History h(*m_db);
    const auto all = [](auto) { return HistoryFilter{}; };
    QCOMPARE(h.count(all(0)), 3);

    HistoryFilter march;
    march.from = QDate(2026, 3, 5);
    march.to = QDate(2026, 3, 11);
    QCOMPARE(h.count(march), 1);
    QCOMPARE(h.sessions(march, HistoryColumn::Started, true, 50).first().planName,
             QStringLiteral("behavioral practice"));

    HistoryFilter kind;
    kind.kind = RoundKind::SystemDesign;
    QCOMPARE(h.count(kind), 1);
    HistoryFilter running;
    running.status = QStringLiteral("running");
    QCOMPARE(h.count(running), 1);
    HistoryFilter text;
    text.text = QStringLiteral("TECHNICAL practice");
    QCOMPARE(h.count(text), 1);
    HistoryFilter wildcard;
    wildcard.text = QStringLiteral("%%%%"); // unescaped, it would match every session
    QCOMPARE(h.count(wildcard), 0);         // LIKE wildcards are escaped
}

void TestHistory::sessions_textFilter_findsQuestionTextsAsAsked_evenAfterAnEdit()
{
    // An own question asked, then reworded and asked again: each session is found by the
    // wording it asked, not by the question's current text.
    QuestionBank bank(*m_db);
    Question own;
    own.kind = RoundKind::Technical;
    own.text = QStringLiteral("How would you shard a ledger table?");
    QString id;
    QString error;
    QVERIFY2(bank.saveOwnQuestion(own, &id, &error), qPrintable(error));
    const Answered first = practise(*m_db, m_clock, RoundKind::Technical,
                                    QStringLiteral("by account"), 3, {id});
    own = *bank.question(id);
    own.text = QStringLiteral("How would you partition a payments ledger?");
    QVERIFY2(bank.saveOwnQuestion(own, &id, &error), qPrintable(error));
    const Answered second = practise(*m_db, m_clock, RoundKind::Technical,
                                     QStringLiteral("by month"), 4, {id});
    practise(*m_db, m_clock, RoundKind::Behavioral, QStringLiteral("a story"), 4);

    History h(*m_db);
    auto idsFor = [&h](const QString &text) {
        HistoryFilter f;
        f.text = text;
        QList<qint64> ids;
        for (const HistoryRow &r : h.sessions(f, HistoryColumn::Started, false, 100))
            ids << r.id;
        return ids;
    };
    QCOMPARE(idsFor(QStringLiteral("SHARD")), QList<qint64>{first.sessionId});
    QCOMPARE(idsFor(QStringLiteral("partition a payments")), QList<qint64>{second.sessionId});
    QCOMPARE(idsFor(QStringLiteral("ledger")), (QList<qint64>{first.sessionId, second.sessionId}));
    // An attempt without a snapshot (none is written so today) is matched by its own text.
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE attempts SET snapshot_id = NULL WHERE session_id = ?"));
        q.addBindValue(first.sessionId);
        QVERIFY(q.exec());
    }
    QCOMPARE(idsFor(QStringLiteral("SHARD")), QList<qint64>{first.sessionId});

    // The same sessions as the plain definition (any attempt's text, or the plan's name), for
    // words from the built-in questions too; LIKE's wildcards are taken literally.
    for (const QString &text : {QStringLiteral("a"), QStringLiteral("ledger"), QStringLiteral("time"),
                                QStringLiteral("practice"), QStringLiteral("%"),
                                QStringLiteral("_"), QStringLiteral("tell me")}) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "SELECT s.id FROM sessions s WHERE instr(lower(s.plan_name), lower(?)) > 0 OR EXISTS "
            "(SELECT 1 FROM attempts a WHERE a.session_id = s.id AND "
            "instr(lower(a.question_text), lower(?)) > 0) ORDER BY s.started_at, s.id"));
        q.addBindValue(text);
        q.addBindValue(text);
        QVERIFY(q.exec());
        QList<qint64> expected;
        while (q.next())
            expected << q.value(0).toLongLong();
        QCOMPARE(idsFor(text), expected);
    }
}

void TestHistory::sessions_sortAndPage()
{
    for (int score : {3, 1, 5, 2, 4})
        practise(*m_db, m_clock, RoundKind::Technical, QStringLiteral("x"), score);
    History h(*m_db);
    const auto byScore = h.sessions({}, HistoryColumn::Score, true, 3);
    QCOMPARE(byScore.size(), 3);
    QCOMPARE(*byScore[0].averageScore, 5.0);
    QCOMPARE(*byScore[2].averageScore, 3.0);
    const auto page2 = h.sessions({}, HistoryColumn::Score, true, 3, 3);
    QCOMPARE(page2.size(), 2);
    QCOMPARE(*page2[1].averageScore, 1.0);
    const auto newest = h.sessions({}, HistoryColumn::Started, true, 1);
    QCOMPARE(*newest.first().averageScore, 4.0);
    QCOMPARE(newest.first().durationMs, 60'000);
    QCOMPARE(newest.first().answered, 1);
}

void TestHistory::attemptsOf_returnsEveryAttemptOldestFirst()
{
    const Answered first = practise(*m_db, m_clock, RoundKind::Technical,
                                    QStringLiteral("short answer"), 2);
    m_clock.advanceSeconds(3600);
    practise(*m_db, m_clock, RoundKind::Technical, QStringLiteral("a much better answer"), 4,
             {first.questionId});
    History h(*m_db);
    const auto attempts = h.attemptsOf(first.questionId);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts[0].score, std::optional<int>(2));
    QCOMPARE(attempts[1].score, std::optional<int>(4));
    QCOMPARE(attempts[0].sessionId, first.sessionId);
    QCOMPARE(attempts[1].answer.first().value, QStringLiteral("a much better answer"));
    QCOMPARE(h.attempt(attempts[1].id)->answer, attempts[1].answer);
}

void TestHistory::wordDiff_marksRemovedAndAddedWords()
{
    const auto spans = wordDiff(QStringLiteral("use a cache for reads"),
                                QStringLiteral("use a write-through cache for reads and writes"));
    QString same, removed, added;
    for (const DiffSpan &s : spans) {
        (s.kind == DiffSpan::Same ? same : s.kind == DiffSpan::Removed ? removed : added) += s.text;
    }
    QCOMPARE(removed, QString());
    QCOMPARE(added, QStringLiteral("write-through and writes"));
    QCOMPARE(same, QStringLiteral("use a cache for reads "));
    const auto changed = wordDiff(QStringLiteral("one two three"), QStringLiteral("one four three"));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(changed[1].kind, DiffSpan::Removed);
    QCOMPARE(changed[1].text, QStringLiteral("two "));
    QCOMPARE(changed[2].kind, DiffSpan::Added);
    QCOMPARE(changed[2].text, QStringLiteral("four "));
}

void TestHistory::deleteSession_whileItIsOpen_isRefused()
{
    QString error;
    auto open = startOpenSession(&error);
    QVERIFY2(open, qPrintable(error));
    History h(*m_db);
    QVERIFY(!h.deleteSession(open->sessionId(), &error));
    QVERIFY2(error.contains(QStringLiteral("is open")), qPrintable(error));
    const qint64 id = open->sessionId();
    open.reset();
    QVERIFY2(h.deleteSession(id, &error), qPrintable(error));
    QCOMPARE(h.count({}), 0);
}

void TestHistory::deleteSessions_allOrNone()
{
    const Answered a = practise(*m_db, m_clock, RoundKind::Technical, QStringLiteral("first words"),
                                3);
    const Answered b = practise(*m_db, m_clock, RoundKind::Technical,
                                QStringLiteral("second words"), 4);
    QString error;
    auto open = startOpenSession(&error);
    QVERIFY2(open, qPrintable(error));
    History h(*m_db);
    QCOMPARE(h.count({}), 3);

    // One of them is open in a program: none is deleted.
    QVERIFY(!h.deleteSessions({a.sessionId, open->sessionId(), b.sessionId}, &error));
    QVERIFY2(error.contains(QStringLiteral("is open")), qPrintable(error));
    QCOMPARE(h.count({}), 3);
    QCOMPARE(h.search(QStringLiteral("words")).size(), 2);

    QVERIFY2(h.deleteSessions({a.sessionId, b.sessionId}, &error), qPrintable(error));
    QCOMPARE(h.count({}), 1);
    QVERIFY(h.search(QStringLiteral("words")).isEmpty()); // their answers left the index too
}

void TestHistory::refusedDeletions_nameTheOpenSessionsAndWhy()
{
    const qint64 done =
        practise(*m_db, m_clock, RoundKind::Technical, QStringLiteral("words"), 3).sessionId;
    QString error;
    auto open = startOpenSession(&error);
    QVERIFY2(open, qPrintable(error));
    const History h(*m_db);

    // Only the open one is refused, and it says why; asking deletes nothing.
    const QList<DeleteRefusal> refused = h.refusedDeletions({done, open->sessionId()});
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.constFirst().sessionId, open->sessionId());
    QCOMPARE(refused.constFirst().reason, DeleteRefusal::Reason::OpenInAProgram);
    QCOMPARE(h.count({}), 2);
    QVERIFY(h.refusedDeletions({done}).isEmpty());

    // Closed, it may go.
    const qint64 id = open->sessionId();
    open.reset();
    QVERIFY(h.refusedDeletions({id}).isEmpty());
}

void TestHistory::readers_sayWhenTheHistoryCannotBeRead()
{
    const Answered done = practise(*m_db, m_clock, RoundKind::Technical,
                                   QStringLiteral("indexes help"), 4);
    History h(*m_db);
    QString error;
    QCOMPARE(h.count({}, &error), 1);
    QCOMPARE(h.sessions({}, HistoryColumn::Started, true, 10, 0, &error).size(), 1);
    QCOMPARE(h.search(QStringLiteral("indexes"), 10, &error).size(), 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Break the tables the readers need (a damaged file reads the same way).
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE sessions RENAME TO sessions_gone")));
    QVERIFY(q.exec(QStringLiteral("DROP TABLE answer_search")));
    QVERIFY(q.exec(QStringLiteral("DROP TABLE attempt_rubric")));
    QCOMPARE(h.count({}, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("Cannot read the history")), qPrintable(error));
    error.clear();
    QVERIFY(h.sessions({}, HistoryColumn::Started, true, 10, 0, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("sessions")), qPrintable(error));
    error.clear();
    QVERIFY(h.search(QStringLiteral("indexes"), 10, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("answer_search")), qPrintable(error));
    error.clear();
    QVERIFY(h.attemptsOf(done.questionId, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
