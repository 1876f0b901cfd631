// Re-importing an updated Markdown list (docs/import.md, "Saving and updating"): a reworded
// question keeps its id, so its attempts, review schedule and hidden flag stay with it; new
// questions are added; removed ones are reported with their attempts, which stay in History.
// Real SQLite files in a QTemporaryDir, sessions run through SessionController.
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "bank/Reimport.h"
#include "practice/History.h"
#include "practice/Scheduler.h"
#include "storage/Database.h"
#include "FakeClock.h"
#include "GradedSession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

const QString kFile = QStringLiteral("Prep list.md");

const QString kVersion1 = QStringLiteral("# Prep list\n\n"
                                         "## Databases\n\n"
                                         "- What is a B-tree index?\n"
                                         "- What is idempotancy and why does it matter for retries?\n"
                                         "- When would you pick a document store over a relational "
                                         "database?\n\n"
                                         "## Behavioral\n\n"
                                         "- Tell me about a time you disagreed with a teammate.\n");

// The same list a month later: a typo fixed, one question gone, one new, one untouched.
const QString kVersion2 = QStringLiteral("# Prep list\n\n"
                                         "## Databases\n\n"
                                         "- What is a B-tree index?\n"
                                         "- What is idempotency and why does it matter for retries?\n"
                                         "- What is a hash index?\n\n"
                                         "## Behavioral\n\n"
                                         "- Tell me about a time you disagreed with a teammate.\n");

QString idOf(const ImportPreview &p, const QString &text)
{
    for (const Question &q : p.pack.questions) {
        if (q.text == text)
            return q.id;
    }
    return {};
}

Question question(const QString &id, const QString &text)
{
    Question q;
    q.id = id;
    q.text = text;
    return q;
}

} // namespace

class TestReimport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void similarity_editsOfOneQuestion_reachTheThreshold_data();
    void similarity_editsOfOneQuestion_reachTheThreshold();
    void similarity_differentQuestionsOnOneTopic_stayBelowTheThreshold_data();
    void similarity_differentQuestionsOnOneTopic_stayBelowTheThreshold();
    void reimport_rewordedQuestion_keepsItsIdAttemptsReviewAndHiddenFlag();
    void reimport_removedQuestion_isReportedWithItsAttempts_whichStayInHistory();
    void reimport_sameFileAgain_changesNoIdOrVersion();
    void reimport_questionAboveOthersWithTheSameStart_idsDoNotShift();
    void pairReimport_pairsBestFirst_eachInstalledQuestionOnce();
    void pairReimport_manyRewordedAmongThousands_pairsEachWithItsOwn();
    void jsonPack_keepsItsOwnIds_noPairing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
    FakeClock m_clock;
};

void TestReimport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db.close();
    QString error;
    QVERIFY2(m_db.open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(m_db).installBuiltinPacks(&error), qPrintable(error));
}

void TestReimport::similarity_editsOfOneQuestion_reachTheThreshold_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("typo fixed") << QStringLiteral("What is idempotancy and why does it matter?")
                                << QStringLiteral("What is idempotency and why does it matter?");
    QTest::newRow("typo in the only word") << QStringLiteral("Explain eventual consistancy.")
                                           << QStringLiteral("Explain eventual consistency.");
    QTest::newRow("letters swapped") << QStringLiteral("How does a messgae queue work?")
                                     << QStringLiteral("How does a message queue work?");
    QTest::newRow("reworded clause")
        << QStringLiteral("When would you pick a document store over a relational database?")
        << QStringLiteral("When would you choose a document database over a relational one?");
    QTest::newRow("other ending") << QStringLiteral("How would you design a URL shortener?")
                                  << QStringLiteral("How would you design a URL shortening service?");
    QTest::newRow("word added")
        << QStringLiteral("Describe a situation where you had to learn a tool quickly.")
        << QStringLiteral("Describe a situation in which you had to learn "
                          "a new tool quickly.");
    QTest::newRow("sentence added")
        << QStringLiteral("Explain the CAP theorem.")
        << QStringLiteral("Explain the CAP theorem. Which side would you pick for a shopping cart?");
    QTest::newRow("clause added")
        << QStringLiteral("Tell me about a time you disagreed with a teammate.")
        << QStringLiteral("Tell me about a time you disagreed with a teammate, and how you "
                          "resolved it.");
    QTest::newRow("punctuation and case")
        << QStringLiteral("what is a REST API") << QStringLiteral("What is a REST API?");
    QTest::newRow("German, letters swapped") << QStringLiteral("Was ist eine Datenbanktranskation?")
                                             << QStringLiteral("Was ist eine Datenbanktransaktion?");
    QTest::newRow("Chinese, a character added")
        << QStringLiteral("什么是数据库索引？") << QStringLiteral("什么是数据库的索引？");
}

void TestReimport::similarity_editsOfOneQuestion_reachTheThreshold()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const double score = questionTextSimilarity(before, after);
    QVERIFY2(score >= kReimportThreshold, qPrintable(QString::number(score)));
    QCOMPARE(questionTextSimilarity(after, before), score); // symmetric
}

void TestReimport::similarity_differentQuestionsOnOneTopic_stayBelowTheThreshold_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("two kinds of index")
        << QStringLiteral("What is a B-tree index?") << QStringLiteral("What is a hash index?");
    QTest::newRow("index and join")
        << QStringLiteral("What is a hash index?") << QStringLiteral("What is a hash join?");
    QTest::newRow("the difference between other things")
        << QStringLiteral("What is the difference between a process and a thread?")
        << QStringLiteral("What is the difference between TCP and UDP?");
    QTest::newRow("two behavioral prompts")
        << QStringLiteral("Tell me about a time you failed.")
        << QStringLiteral("Tell me about a time you led a team.");
    QTest::newRow("two designs for a public API")
        << QStringLiteral("Design a rate limiter for a public API.")
        << QStringLiteral("Design a job queue for a public API.");
    QTest::newRow("hash map questions")
        << QStringLiteral("How does a hash map handle collisions?")
        << QStringLiteral("How does a hash map grow when it is full?");
    QTest::newRow("stem is not a word") << QStringLiteral("What is shared state?")
                                        << QStringLiteral("What is a prepared statement?");
    QTest::newRow("numbers are never near")
        << QStringLiteral("Explain RFC 1017.") << QStringLiteral("Explain RFC 1027.");
    QTest::newRow("nothing shared") << QStringLiteral("What is back pressure?")
                                    << QStringLiteral("What is the difference between a clustered "
                                                      "and a non-clustered index?");
}

void TestReimport::similarity_differentQuestionsOnOneTopic_stayBelowTheThreshold()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const double score = questionTextSimilarity(a, b);
    QVERIFY2(score < kReimportThreshold, qPrintable(QString::number(score)));
}

// The case of the issue: on main the fixed typo gave the question a new id, the old one left
// the bank, and its attempt and review schedule belonged to nothing.
void TestReimport::reimport_rewordedQuestion_keepsItsIdAttemptsReviewAndHiddenFlag()
{
    QuestionBank bank(m_db);
    QString error;
    const ImportPreview first = previewImport(kVersion1.toUtf8(), kFile, bank);
    QVERIFY(!first.reimport.active); // nothing installed yet
    QVERIFY2(applyImport(bank, first, &error), qPrintable(error));
    const QString typoId =
        idOf(first, QStringLiteral("What is idempotancy and why does it matter for retries?"));
    QVERIFY(!typoId.isEmpty());

    // Practised and graded for real (a review), then hidden by the person.
    QVERIFY2(test::runGradedSession(m_db, m_clock, {{typoId, RoundKind::Technical, 10, 2, {}}},
                                    &error),
             qPrintable(error));
    Scheduler scheduler(m_db, &m_clock);
    const std::optional<ReviewState> review = scheduler.state(typoId);
    QVERIFY(review);
    QCOMPARE(review->lastGrade, 2);
    QVERIFY2(bank.setHidden(typoId, true, &error), qPrintable(error));

    const ImportPreview second = previewImport(kVersion2.toUtf8(), kFile, bank);
    QVERIFY(second.problems.isEmpty());
    QVERIFY2(applyImport(bank, second, &error), qPrintable(error));

    // Same id, new wording, version raised; hidden as before.
    const std::optional<Question> now = bank.question(typoId);
    QVERIFY(now);
    QCOMPARE(now->text, QStringLiteral("What is idempotency and why does it matter for retries?"));
    QCOMPARE(now->version, 2);
    bool hidden = false;
    for (const auto &[q, h] : bank.find({})) {
        if (q.id == typoId)
            hidden = h;
    }
    QVERIFY(hidden);
    // The attempt still belongs to it, with its snapshot of the old wording.
    const QList<AttemptRecord> attempts = History(m_db).attemptsOf(typoId);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().question.text,
             QStringLiteral("What is idempotancy and why does it matter for retries?"));
    QCOMPARE(attempts.first().question.version, 1);
    // The review schedule too: due when it was due, for the question in the bank.
    QCOMPARE(scheduler.state(typoId), review);
    QVERIFY2(bank.setHidden(typoId, false, &error), qPrintable(error));
    m_clock.advanceSeconds(qint64(review->intervalDays) * 24 * 3600);
    bool due = false;
    for (const DueQuestion &d : scheduler.due())
        due = due || d.questionId == typoId;
    QVERIFY(due);

    // A session now snapshots the new wording with the raised version.
    QVERIFY2(test::runGradedSession(m_db, m_clock, {{typoId, RoundKind::Technical, 10, 4, {}}},
                                    &error),
             qPrintable(error));
    const QList<AttemptRecord> both = History(m_db).attemptsOf(typoId);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.last().question.version, 2);
    QCOMPARE(both.last().question.text, now->text);

    // The preview said so before saving.
    QVERIFY(second.reimport.active);
    QCOMPARE(second.reimport.unchanged, 2);
    QCOMPARE(second.reimport.updated.size(), 1);
    const ReimportUpdated &u = second.reimport.updated.first();
    QCOMPARE(u.id, typoId);
    QCOMPARE(u.oldText, QStringLiteral("What is idempotancy and why does it matter for retries?"));
    QCOMPARE(u.newText, QStringLiteral("What is idempotency and why does it matter for retries?"));
    QVERIFY(u.similarity >= kReimportThreshold && u.similarity < 1);
    QCOMPARE(second.reimport.added, QStringList{QStringLiteral("What is a hash index?")});
    QCOMPARE(second.reimport.removed.size(), 1);
}

void TestReimport::reimport_removedQuestion_isReportedWithItsAttempts_whichStayInHistory()
{
    QuestionBank bank(m_db);
    QString error;
    const ImportPreview first = previewImport(kVersion1.toUtf8(), kFile, bank);
    QVERIFY2(applyImport(bank, first, &error), qPrintable(error));
    const QString goneText = QStringLiteral(
        "When would you pick a document store over a relational database?");
    const QString goneId = idOf(first, goneText);
    QVERIFY2(test::runGradedSession(m_db, m_clock,
                                    {{goneId, RoundKind::Technical, 10, 3, {}},
                                     {idOf(first, QStringLiteral("What is a B-tree index?")),
                                      RoundKind::Technical,
                                      10,
                                      4,
                                      {}}},
                                    &error),
             qPrintable(error));
    QVERIFY2(test::runGradedSession(m_db, m_clock, {{goneId, RoundKind::Technical, 10, 5, {}}},
                                    &error),
             qPrintable(error));

    const ImportPreview second = previewImport(kVersion2.toUtf8(), kFile, bank);
    QCOMPARE(second.reimport.removed.size(), 1);
    QCOMPARE(second.reimport.removed.first().id, goneId);
    QCOMPARE(second.reimport.removed.first().text, goneText);
    QCOMPARE(second.reimport.removed.first().attempts, 2);
    // "What is a hash index?" is new, not the removed question nor the B-tree one reworded.
    QCOMPARE(second.reimport.added, QStringList{QStringLiteral("What is a hash index?")});
    QVERIFY2(applyImport(bank, second, &error), qPrintable(error));

    QVERIFY(!bank.question(goneId));
    QCOMPARE(History(m_db).attemptsOf(goneId).size(), 2);
    QCOMPARE(History(m_db).count({}), 2); // both sessions are still in History
    QVERIFY(bank.question(idOf(second, QStringLiteral("What is a hash index?"))));
    QCOMPARE(bank.pack(second.pack.id)->questions.size(), 4);
}

void TestReimport::reimport_sameFileAgain_changesNoIdOrVersion()
{
    QuestionBank bank(m_db);
    QString error;
    QVERIFY(applyImport(bank, previewImport(kVersion1.toUtf8(), kFile, bank), &error));
    QVERIFY(applyImport(bank, previewImport(kVersion2.toUtf8(), kFile, bank), &error));
    const Pack afterUpdate = *bank.pack(QStringLiteral("prep-list"));

    // Importing v2 again: nothing reworded, so no version of a question moves back to 1.
    const ImportPreview again = previewImport(kVersion2.toUtf8(), kFile, bank);
    QVERIFY(again.reimport.updated.isEmpty());
    QVERIFY(again.reimport.added.isEmpty());
    QVERIFY(again.reimport.removed.isEmpty());
    QCOMPARE(again.reimport.unchanged, 4);
    QVERIFY(applyImport(bank, again, &error));
    const Pack afterAgain = *bank.pack(QStringLiteral("prep-list"));
    QCOMPARE(afterAgain.questions.size(), afterUpdate.questions.size());
    for (qsizetype i = 0; i < afterAgain.questions.size(); ++i) {
        QCOMPARE(afterAgain.questions.at(i).id, afterUpdate.questions.at(i).id);
        QCOMPARE(afterAgain.questions.at(i).version, afterUpdate.questions.at(i).version);
    }
    QCOMPARE(std::count_if(afterAgain.questions.cbegin(), afterAgain.questions.cend(),
                           [](const Question &q) { return q.version == 2; }),
             1);
}

// Ids are made from a text's first 48 characters, "-2", "-3" for repeats in file order. On
// main, removing the first of three such questions moved the second one's id (and with it the
// third's attempt) to another question.
void TestReimport::reimport_questionAboveOthersWithTheSameStart_idsDoNotShift()
{
    const QString a = QStringLiteral(
        "Tell me about a time when you had to deal with a difficult customer.");
    const QString b = QStringLiteral(
        "Tell me about a time when you had to deal with a missed deadline.");
    const QString c = QStringLiteral(
        "Tell me about a time when you had to deal with a production outage.");
    const QString v1 = QStringLiteral("# Stories\n\n- %1\n- %2\n- %3\n").arg(a, b, c);
    const QString v2 = QStringLiteral("# Stories\n\n- %1\n- %2\n- What motivates you?\n").arg(b, c);
    QuestionBank bank(m_db);
    QString error;
    const ImportPreview first = previewImport(v1.toUtf8(), kFile, bank);
    QVERIFY2(applyImport(bank, first, &error), qPrintable(error));
    const QString idA = idOf(first, a);
    const QString idB = idOf(first, b);
    const QString idC = idOf(first, c);
    QVERIFY(idB.endsWith(QStringLiteral("-2")) && idC.endsWith(QStringLiteral("-3")));
    QVERIFY2(test::runGradedSession(m_db, m_clock, {{idC, RoundKind::Behavioral, 10, 3, {}}}, &error),
             qPrintable(error));

    const ImportPreview second = previewImport(v2.toUtf8(), kFile, bank);
    QVERIFY2(applyImport(bank, second, &error), qPrintable(error));
    QCOMPARE(idOf(second, b), idB);
    QCOMPARE(idOf(second, c), idC);
    QCOMPARE(bank.question(idC)->text, c);
    QCOMPARE(History(m_db).attemptsOf(idC).first().question.text, c);
    QVERIFY(!bank.question(idA));
    QCOMPARE(second.reimport.unchanged, 2);
    QCOMPARE(second.reimport.removed.size(), 1);
    QCOMPARE(second.reimport.removed.first().text, a);
    QCOMPARE(second.reimport.added, QStringList{QStringLiteral("What motivates you?")});
    QCOMPARE(bank.pack(second.pack.id)->questions.size(), 3);
}

void TestReimport::pairReimport_pairsBestFirst_eachInstalledQuestionOnce()
{
    const QList<Question> installed = {
        question(QStringLiteral("p.keep"), QStringLiteral("What is a B-tree index?")),
        question(QStringLiteral("p.old-cap"), QStringLiteral("Explain the CAP theorem.")),
        question(QStringLiteral("p.old-cap-2"),
                 QStringLiteral("Explain the CAP theorem with an example.")),
        question(QStringLiteral("p.old-pacelc"), QStringLiteral("Explain PACELC.")),
    };
    const QList<Question> incoming = {
        question(QStringLiteral("p.keep"), QStringLiteral("What is a B-tree index?")),
        // Both would fit the first CAP question; each gets the one nearest to it.
        question(QStringLiteral("p.new-1"),
                 QStringLiteral("Explain the CAP theorem with a real example.")),
        question(QStringLiteral("p.new-2"), QStringLiteral("Explain the CAP theorem!")),
        question(QStringLiteral("p.new-3"), QStringLiteral("What is a hash index?")),
    };
    const ReimportPairing pairing = pairReimport(installed, incoming);
    QCOMPARE(pairing.matched.size(), 3);
    // The same text first, in file order (punctuation does not count)…
    QCOMPARE(pairing.matched.at(0).incoming, 0);
    QCOMPARE(pairing.matched.at(0).installed, 0);
    QCOMPARE(pairing.matched.at(1).incoming, 2);
    QCOMPARE(pairing.matched.at(1).installed, 1);
    QCOMPARE(pairing.matched.at(1).similarity, 1.0);
    // …then the reworded one with the closest of what is left.
    QCOMPARE(pairing.matched.at(2).incoming, 1);
    QCOMPARE(pairing.matched.at(2).installed, 2);
    QVERIFY(pairing.matched.at(2).similarity < 1);
    QCOMPARE(pairing.added, QList<qsizetype>{3});
    QCOMPARE(pairing.removed, QList<qsizetype>{3});
}

// The word index must not lose pairs: 3,000 questions on few topics, every tenth reworded
// (a typo in one word, a word added), each pairs with its own old wording.
void TestReimport::pairReimport_manyRewordedAmongThousands_pairsEachWithItsOwn()
{
    const QStringList topics = {QStringLiteral("caching"), QStringLiteral("sharding"),
                                QStringLiteral("replication"), QStringLiteral("indexing")};
    QList<Question> installed;
    QList<Question> incoming;
    int reworded = 0;
    for (int i = 0; i < 3000; ++i) {
        const QString topic = topics.at(i % topics.size());
        const QString text =
            QStringLiteral("How would you explain %1 case %2 to a colleague?").arg(topic).arg(i);
        installed.append(question(QStringLiteral("p.q%1").arg(i), text));
        if (i % 10 == 3) {
            ++reworded;
            const QString edited = i % 20 == 3
                                       ? QStringLiteral("How would you explain %1 case %2 to a "
                                                        "new colleague?")
                                             .arg(topic)
                                             .arg(i)
                                       : QStringLiteral("How woud you explain %1 case %2 to a "
                                                        "collegue?")
                                             .arg(topic)
                                             .arg(i);
            incoming.append(question(QStringLiteral("p.r%1").arg(i), edited));
        } else {
            incoming.append(question(QStringLiteral("p.q%1").arg(i), text));
        }
    }
    const ReimportPairing pairing = pairReimport(installed, incoming);
    QCOMPARE(pairing.matched.size(), installed.size());
    QVERIFY(pairing.added.isEmpty());
    QVERIFY(pairing.removed.isEmpty());
    int byText = 0;
    for (const ReimportMatch &m : pairing.matched) {
        QCOMPARE(installed.at(m.installed).id.mid(3), incoming.at(m.incoming).id.mid(3));
        if (m.similarity < 1)
            ++byText;
    }
    QCOMPARE(byText, reworded);
}

void TestReimport::jsonPack_keepsItsOwnIds_noPairing()
{
    QuestionBank bank(m_db);
    QString error;
    auto pack = [](const QString &text) {
        return QStringLiteral("{\"format\": \"mockloop-pack\", \"formatVersion\": 1, \"id\": "
                              "\"own\", \"name\": \"Own\", \"version\": %1, \"questions\": "
                              "[{\"id\": \"own.q1\", \"kind\": \"technical\", \"text\": \"%2\"}]}")
            .arg(text.contains(u"idempotency") ? 2 : 1)
            .arg(text)
            .toUtf8();
    };
    QVERIFY(applyImport(bank,
                        previewImport(pack(QStringLiteral("What is idempotancy?")),
                                      QStringLiteral("own.json"), bank),
                        &error));
    const ImportPreview again = previewImport(pack(QStringLiteral("What is idempotency?")),
                                              QStringLiteral("own.json"), bank);
    QVERIFY(!again.reimport.active);
    QCOMPARE(again.pack.questions.first().id, QStringLiteral("own.q1"));
    QCOMPARE(again.pack.questions.first().version, 1); // the pack's own, untouched
}

QTEST_GUILESS_MAIN(TestReimport)
#include "test_reimport.moc"
