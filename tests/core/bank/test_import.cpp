// Importing question lists: Markdown files written the way people keep them, JSON packs, the
// preview (categories, kinds, duplicates, problems), all-or-nothing saving and re-imports that
// keep hidden flags and attempts. Real SQLite files in a QTemporaryDir.
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "practice/Scheduler.h"
#include "questions/MarkdownQuestions.h"
#include "questions/PackValidator.h"
#include "storage/Database.h"
#include "FakeClock.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

QByteArray dataFile(const QString &relative)
{
    QFile f(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList texts(const ImportPreview &p)
{
    QStringList out;
    for (const Question &q : p.pack.questions)
        out.append(q.text);
    return out;
}

const ImportCategory *category(const ImportPreview &p, const QString &name)
{
    for (const ImportCategory &c : p.categories) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString text(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(no row)");
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void markdownListStyle_headingsAreCategoriesItemsAreQuestions();
    void markdownNestedItems_becomeFollowUpsOrNotes();
    void markdownHeadingWithParagraph_isAQuestion();
    void markdownReadme_leavesOutTocLinksAndProse();
    void markdownOtherScripts_marksAndQuestionWordsCount();
    void markdownListOfQuestions_unmarkedItemsAreQuestionsToo();
    void looksLikeQuestion_tellsTopicsFromTasks();
    void preview_guessesKindsAndApplyUsesTheChangedMapping();
    void preview_findsDuplicatesOfBankQuestionsAndSkipsThem();
    void reimport_keepsHiddenFlagsReviewStateAttemptsAndTheChosenKinds();
    void malformedPacks_saveNothing();
    void jsonPack_withABuiltinIdOrTakenQuestionId_isRefused();
    void failureMidImport_rollsEverythingBack();
    void markdownWithBadBytes_isRefusedWithTheLine();
    void ownQuestions_addEditCopyDelete_builtinsStayReadOnly();
    void ownQuestion_keyPointsOutlineFollowUps_areCheckedByThePackRules();
    void packTimes_comeFromTheInjectedClock();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

void TestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db.close();
    QString error;
    QVERIFY2(m_db.open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(m_db).installBuiltinPacks(&error), qPrintable(error));
}

void TestImport::markdownListStyle_headingsAreCategoriesItemsAreQuestions()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/list_style.md")),
                                          QStringLiteral("list_style.md"), bank);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QVERIFY(p.markdown);
    QCOMPARE(p.pack.id, QStringLiteral("list-style"));
    QCOMPARE(p.pack.name, QStringLiteral("Backend interview prep"));
    QCOMPARE(p.pack.questions.size(), 7);
    QCOMPARE(p.pack.questions.at(1).text,
             QStringLiteral("Explain how a database transaction keeps data consistent."));
    QCOMPARE(p.pack.questions.at(3).text,
             QStringLiteral("Tell me about a time you disagreed with a teammate."));
    QCOMPARE(p.categories.size(), 3);
    QCOMPARE(p.categories.at(0).name, QStringLiteral("Databases"));
    QCOMPARE(p.categories.at(0).count, 3);
    QCOMPARE(p.categories.at(0).kind, RoundKind::Technical);
    QCOMPARE(p.categories.at(1).kind, RoundKind::Behavioral);
    QCOMPARE(p.categories.at(2).name, QStringLiteral("System Design"));
    QCOMPARE(p.categories.at(2).kind, RoundKind::SystemDesign);
    QVERIFY(p.duplicates.isEmpty());
    QVERIFY(p.canImport());
}

void TestImport::markdownNestedItems_becomeFollowUpsOrNotes()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/nested_followups.md")),
                                          QStringLiteral("nested_followups.md"), bank);
    QVERIFY(p.problems.isEmpty());
    QCOMPARE(texts(p),
             (QStringList{QStringLiteral(
                              "What happens when you type a URL into a browser and press Enter?"),
                          QStringLiteral("Compare TCP and UDP."),
                          QStringLiteral("Walk me through the project you are proudest of."),
                          QStringLiteral("What is cache stampede and how do you prevent it?"),
                          QStringLiteral("How do you decide a TTL?")}));
    const Question &url = p.pack.questions.at(0);
    QCOMPARE(url.followUps, (QStringList{QStringLiteral("How does DNS caching change that?"),
                                         QStringLiteral("Where can TLS add latency?")}));
    QCOMPARE(url.guidance, QStringLiteral("- Mention the TCP handshake."));
    QCOMPARE(p.pack.questions.at(1).followUps,
             QStringList{QStringLiteral("When would you still choose UDP?")});
    QCOMPARE(p.categoryOf, (QStringList{QStringLiteral("Networking"), QStringLiteral("Networking"),
                                        QStringLiteral("Projects"), QStringLiteral("Caching"),
                                        QStringLiteral("Caching")}));
    QCOMPARE(category(p, QStringLiteral("Projects"))->kind, RoundKind::Project);
    QCOMPARE(category(p, QStringLiteral("Caching"))->kind, RoundKind::Technical);
}

void TestImport::markdownHeadingWithParagraph_isAQuestion()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/heading_paragraph.md")),
                                          QStringLiteral("heading_paragraph.md"), bank);
    QVERIFY(p.problems.isEmpty());
    QCOMPARE(texts(p),
             (QStringList{QStringLiteral("Why do you want to work here?"),
                          QStringLiteral("Tell me about yourself"),
                          QStringLiteral("What is idempotency?"),
                          QStringLiteral("What is the CAP theorem, and which two letters does your favourite "
                                         "database pick?")}));
    QCOMPARE(p.pack.questions.at(0).guidance,
             QStringLiteral("Talk about the product and the team, not the salary."));
    QCOMPARE(p.categoryOf.at(3), QStringLiteral("Technical"));
    QCOMPARE(category(p, QStringLiteral("Culture"))->kind, RoundKind::CulturalFit);
    QCOMPARE(category(p, QStringLiteral("Technical"))->kind, RoundKind::Technical);
    QVERIFY(
        p.leftOut.join(QLatin1Char('\n')).contains(QStringLiteral("We will not cover these here")));
}

void TestImport::markdownReadme_leavesOutTocLinksAndProse()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/readme_with_toc.md")),
                                          QStringLiteral("README.md"), bank);
    QVERIFY(p.problems.isEmpty());
    QCOMPARE(p.pack.name, QStringLiteral("Awesome Backend Interview Questions"));
    QCOMPARE(texts(p),
             (QStringList{QStringLiteral("What is the difference between PUT and PATCH?"),
                          QStringLiteral("How do you version a REST API without breaking clients?"),
                          QStringLiteral("What is a race condition?"),
                          QStringLiteral("Explain the difference between a mutex and a semaphore."),
                          QStringLiteral("Tell me about a time you shipped something late."),
                          QStringLiteral("What is a race condition?")}));
    const QString leftOut = p.leftOut.join(QLatin1Char('\n'));
    for (const char *expected :
         {"line 3: A list of questions", "line 8: Introduction", "line 11: Behavioral questions",
          "line 15: This repository", "line 23: REST dissertation · HTTP spec",
          "line 33: Further reading", "line 46: MIT"})
        QVERIFY2(leftOut.contains(QString::fromUtf8(expected)), qPrintable(leftOut));
    // The repeated question inside the file is a duplicate of the first one and is not saved twice.
    QCOMPARE(p.duplicates.size(), 1);
    QCOMPARE(p.duplicates.first().index, 5);
    QCOMPARE(p.duplicates.first().existingId, p.pack.questions.at(2).id);
    QCOMPARE(p.packToSave().questions.size(), 5);
}

void TestImport::markdownOtherScripts_marksAndQuestionWordsCount()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/other_scripts.md")),
                                          QStringLiteral("other_scripts.md"), bank);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(texts(p),
             (QStringList{QStringLiteral("データベースのインデックスとは何ですか？"),
                          QStringLiteral("トランザクションの分離レベルを説明してください。"),
                          QStringLiteral("为什么需要数据库索引"),
                          QStringLiteral("ما هو الفهرس في قاعدة البيانات؟"),
                          QStringLiteral("Τι είναι ένα ευρετήριο;"),
                          QStringLiteral("¿Qué es un índice compuesto"),
                          QStringLiteral("Erkläre den Unterschied zwischen TCP und UDP."),
                          QStringLiteral("Warum braucht man einen Index"),
                          QStringLiteral("Qu'est-ce qu'un index couvrant ⸮"),
                          QStringLiteral("Объясните, как работает MVCC")}));
    QCOMPARE(p.pack.name, QStringLiteral("面接の質問"));
    QCOMPARE(p.categoryOf.first(), QStringLiteral("データベース"));
    const QString leftOut = p.leftOut.join(QLatin1Char('\n'));
    QVERIFY2(leftOut.contains(QStringLiteral("line 15: Ссылки")), qPrintable(leftOut));
    QVERIFY2(leftOut.contains(QStringLiteral("日本語の資料はこちら")), qPrintable(leftOut));

    QVERIFY(looksLikeQuestion(QStringLiteral("何ですか？"), false));
    QVERIFY(looksLikeQuestion(QStringLiteral("インデックスとは"), true));
    QVERIFY(!looksLikeQuestion(QStringLiteral("如何准备面试"), true)); // a topic heading
    QVERIFY(!looksLikeQuestion(QStringLiteral("データベース"), false));
    QVERIFY(looksLikeQuestion(QStringLiteral("Ένα ευρετήριο;"), false)); // Greek ';' asks
    QVERIFY(!looksLikeQuestion(QStringLiteral("Use a B-tree index; it stays sorted"), false));
    QVERIFY(!looksLikeQuestion(QStringLiteral("Use a B-tree; then measure;"), false)); // not Greek
}

void TestImport::markdownListOfQuestions_unmarkedItemsAreQuestionsToo()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/unmarked_list.md")),
                                          QStringLiteral("unmarked_list.md"), bank);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(texts(p),
             (QStringList{// The heading says the list holds exercises.
                          QStringLiteral("Reverse a linked list in place"),
                          QStringLiteral("Longest substring without repeating characters"),
                          QStringLiteral("Two sum with a hash map"),
                          // Three in four items ask: the fourth is a question too, the label is not.
                          QStringLiteral("What is a load balancer?"),
                          QStringLiteral("How does consistent hashing work?"),
                          QStringLiteral("Why do caches need eviction?"),
                          QStringLiteral("Rate limiter for a public API"),
                          // One question in three items: the others stay notes of the reader.
                          QStringLiteral("What is a deadlock?")}));
    const QString leftOut = p.leftOut.join(QLatin1Char('\n'));
    for (const char *expected : {"Further reading", "Mutexes and semaphores", "Condition variables",
                                 "Fork the repository", "Open a pull request"})
        QVERIFY2(leftOut.contains(QString::fromUtf8(expected)), qPrintable(leftOut));
}

void TestImport::looksLikeQuestion_tellsTopicsFromTasks()
{
    QVERIFY(looksLikeQuestion(QStringLiteral("Design a URL shortener"), true));
    QVERIFY(!looksLikeQuestion(QStringLiteral("Design Patterns"), true));
    QVERIFY(!looksLikeQuestion(QStringLiteral("How to use this list"), true));
    QVERIFY(!looksLikeQuestion(QStringLiteral("List of resources"), false));
    QVERIFY(looksLikeQuestion(QStringLiteral("Explain REST"), false));
    QVERIFY(!looksLikeQuestion(QStringLiteral("Explain REST"), true));
    QVERIFY(!looksLikeQuestion(QStringLiteral("This list is maintained by volunteers."), false));
    QCOMPARE(markdownPlainText(QStringLiteral("**Q3:** What is [REST](https://x.org) in `HTTP`?")),
             QStringLiteral("What is REST in HTTP?"));
}

void TestImport::preview_guessesKindsAndApplyUsesTheChangedMapping()
{
    QuestionBank bank(m_db);
    const int before = bank.count();
    ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/list_style.md")),
                                    QStringLiteral("list_style.md"), bank);
    QVERIFY(p.setKind(QStringLiteral("Databases"), RoundKind::SystemDesign));
    QVERIFY(!p.setKind(QStringLiteral("No such heading"), RoundKind::Project));
    QString error;
    QVERIFY2(applyImport(bank, p, &error), qPrintable(error));
    QCOMPARE(bank.count(), before + 7);
    const auto q = bank.question(p.pack.questions.at(0).id);
    QVERIFY(q);
    QCOMPARE(q->kind, RoundKind::SystemDesign);
    QCOMPARE(q->packId, QStringLiteral("list-style"));
    QCOMPARE(q->tags, QStringList{QStringLiteral("Databases")});
    QCOMPARE(bank.question(p.pack.questions.at(3).id)->kind, RoundKind::Behavioral);
}

void TestImport::preview_findsDuplicatesOfBankQuestionsAndSkipsThem()
{
    QuestionBank bank(m_db);
    const Question existing = bank.questions(RoundKind::Technical).first();
    // Same words, other case, punctuation and spacing: still the same question.
    const QString md = QStringLiteral("## Mine\n\n- %1\n- What is a good commit message?\n")
                           .arg(existing.text.toUpper().replace(QLatin1Char(' '),
                                                                QStringLiteral("  ")));
    ImportPreview p = previewImport(md.toUtf8(), QStringLiteral("mine.md"), bank);
    QVERIFY(p.problems.isEmpty());
    QCOMPARE(p.duplicates.size(), 1);
    QCOMPARE(p.duplicates.first().existingId, existing.id);
    QCOMPARE(p.packToSave().questions.size(), 1);
    p.skipDuplicates = false;
    QCOMPARE(p.packToSave().questions.size(), 2);
}

void TestImport::reimport_keepsHiddenFlagsReviewStateAttemptsAndTheChosenKinds()
{
    QuestionBank bank(m_db);
    ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/list_style.md")),
                                    QStringLiteral("list_style.md"), bank);
    p.setKind(QStringLiteral("Databases"), RoundKind::Project);
    QString error;
    QVERIFY(applyImport(bank, p, &error));
    const QString hiddenId = p.pack.questions.at(1).id;
    const QString practisedId = p.pack.questions.at(0).id;
    QVERIFY(bank.setHidden(hiddenId, true, &error));

    // Practise one imported question for real: an attempt that references it.
    FakeClock clock;
    LoopPlan plan;
    plan.name = QStringLiteral("import test");
    plan.rounds = {RoundPlan{RoundKind::Project, 1, {practisedId}, {}, {}, {}, {}}};
    {
        auto c = SessionController::start(m_db, plan, &clock, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->handle(Event::Start));
        QVERIFY(c->handle(Event::Continue));
        QVERIFY(c->handle(Event::BeginAnswer));
        QVERIFY(c->handle(Event::Submit));
    }
    const QString attemptsSql =
        QStringLiteral("SELECT count(*) FROM attempts WHERE question_id = '%1'").arg(practisedId);
    QCOMPARE(scalar(m_db, attemptsSql), 1);
    // Review state: the person takes another question out of spaced repetition.
    const QString suspendedId = p.pack.questions.at(2).id;
    Scheduler scheduler(m_db, &clock);
    QVERIFY2(scheduler.setSuspended(suspendedId, true, &error), qPrintable(error));
    const ReviewState reviewBefore = *scheduler.state(suspendedId);

    // The file changes: one question edited, one removed (the practised one), one added.
    QString md = QString::fromUtf8(dataFile(QStringLiteral("markdown/list_style.md")));
    md.replace(QStringLiteral(
                   "- What is the difference between a clustered and a non-clustered index?\n"),
               QString());
    md += QStringLiteral("* What is back pressure?\n");
    const ImportPreview again = previewImport(md.toUtf8(), QStringLiteral("list_style.md"), bank);
    QCOMPARE(again.installedVersion, 1);
    QCOMPARE(again.pack.version, 2);
    QVERIFY(again.duplicates.isEmpty()); // its own questions are not duplicates
    QCOMPARE(category(again, QStringLiteral("Databases"))->kind,
             RoundKind::Project); // the earlier choice
    QVERIFY(applyImport(bank, again, &error));

    QVERIFY(!bank.question(practisedId));   // gone from the bank…
    QCOMPARE(scalar(m_db, attemptsSql), 1); // …its attempt stays
    bool hidden = false;
    for (const auto &[q, h] : bank.find({}))
        if (q.id == hiddenId)
            hidden = h;
    QVERIFY(hidden);
    QCOMPARE(scheduler.state(suspendedId), std::optional<ReviewState>(reviewBefore));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT version FROM packs WHERE id = 'list-style'")), 2);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'list-style'")),
             7);
}

void TestImport::malformedPacks_saveNothing()
{
    QuestionBank bank(m_db);
    const int questions = scalar(m_db, QStringLiteral("SELECT count(*) FROM questions"));
    const int packs = scalar(m_db, QStringLiteral("SELECT count(*) FROM packs"));
    const QDir dir(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/malformed"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(names.size() >= 30);
    for (const QString &name : names) {
        const ImportPreview p = previewImport(dataFile(QStringLiteral("malformed/") + name), name,
                                              bank);
        QVERIFY2(!p.problems.isEmpty(), qPrintable(name));
        QVERIFY(!p.canImport());
        QString error;
        QVERIFY(!applyImport(bank, p, &error));
        QCOMPARE(error, p.problems.join(QLatin1Char('\n')));
    }
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM questions")), questions);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM packs")), packs);
}

void TestImport::jsonPack_withABuiltinIdOrTakenQuestionId_isRefused()
{
    QuestionBank bank(m_db);
    const QString taken = bank.questions().first().id;
    const QByteArray json =
        QStringLiteral(
            R"({"format": "mockloop-pack", "formatVersion": 1, "id": "backend", "name": "Mine", "version": 9,
            "questions": [{"id": "%1", "kind": "technical", "text": "What is a heap?"}]})")
            .arg(taken)
            .toUtf8();
    const ImportPreview p = previewImport(json, QStringLiteral("mine.json"), bank);
    QVERIFY(!p.problems.isEmpty());
    QCOMPARE(p.problems.first(),
             QStringLiteral(
                 "mine.json: id: \"backend\" is a built-in pack; expected an id of your own"));
    const QByteArray other = QByteArray(json).replace("\"backend\"", "\"mine\"");
    const ImportPreview q = previewImport(other, QStringLiteral("mine.json"), bank);
    QCOMPARE(q.problems.size(), 1);
    QVERIFY2(q.problems.first().contains(QStringLiteral("already belongs to the pack")),
             qPrintable(q.problems.first()));
}

void TestImport::failureMidImport_rollsEverythingBack()
{
    QuestionBank bank(m_db);
    const int questions = scalar(m_db, QStringLiteral("SELECT count(*) FROM questions"));
    ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/list_style.md")),
                                    QStringLiteral("list_style.md"), bank);
    // The sixth insert fails inside SQLite; the five before it must not stay.
    QSqlQuery trigger(m_db.connection());
    QVERIFY(trigger.exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON questions WHEN NEW.id = '%1' "
                       "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
            .arg(p.pack.questions.at(5).id)));
    QString error;
    QVERIFY(!applyImport(bank, p, &error));
    QVERIFY2(error.contains(QStringLiteral("disk says no")), qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM questions")), questions);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM packs WHERE id = 'list-style'")), 0);
}

void TestImport::markdownWithBadBytes_isRefusedWithTheLine()
{
    QuestionBank bank(m_db);
    const ImportPreview bad = previewImport(QByteArray("# T\n\n- What is \xff?\n"),
                                            QStringLiteral("x.md"), bank);
    QCOMPARE(bad.problems,
             QStringList{QStringLiteral("x.md:3: not UTF-8 text; save the file as UTF-8")});
    const ImportPreview nul = previewImport(QByteArray("- What is\0 this?\n", 17),
                                            QStringLiteral("x.md"), bank);
    QCOMPARE(nul.problems, QStringList{QStringLiteral("x.md:1: a NUL byte; expected text")});
    // The pack a Markdown file makes passes the pack rules; a break is told by its line.
    const QByteArray longText = "# T\n\n- What is a B-tree?\n- What is " + QByteArray(4100, 'x')
                                + "?\n  - And " + QByteArray(4100, 'y') + "?\n";
    // A question longer than a pack question may be is left out and told, the rest is kept
    // (a run of code read as one question must not refuse the whole file).
    const ImportPreview tooLong = previewImport(longText, QStringLiteral("x.md"), bank);
    QVERIFY2(tooLong.problems.isEmpty(), qPrintable(tooLong.problems.join(QLatin1Char('\n'))));
    QCOMPARE(tooLong.pack.questions.size(), 1);
    QCOMPARE(tooLong.leftOut,
             QStringList{QStringLiteral("line 4: What is ") + QString(51, QLatin1Char('x'))
                         + QStringLiteral("… (longer than 4000 characters, the most a question may "
                                          "have)")});
    const QByteArray longFollowUp = "# T\n\n- What is a B-tree?\n  - And " + QByteArray(4100, 'y')
                                    + "?\n";
    const ImportPreview badFollowUp = previewImport(longFollowUp, QStringLiteral("x.md"), bank);
    QCOMPARE(badFollowUp.problems,
             QStringList{QStringLiteral(
                 "x.md:3: followUps[0]: expected at most 4000 characters, found 4105")});
    const ImportPreview none = previewImport(QByteArray("Just some notes.\n"),
                                             QStringLiteral("x.md"), bank);
    QCOMPARE(none.problems.size(), 1);
    QVERIFY(none.problems.first().startsWith(QStringLiteral("x.md: no questions found")));
}

void TestImport::ownQuestions_addEditCopyDelete_builtinsStayReadOnly()
{
    QuestionBank bank(m_db);
    QString error;
    QString id;
    Question q;
    q.kind = RoundKind::Behavioral;
    q.text = QStringLiteral("Tell me about a release you rolled back.");
    q.followUps = {QStringLiteral("What did you change afterwards?")};
    QVERIFY2(bank.saveOwnQuestion(q, &id, &error), qPrintable(error));
    QCOMPARE(id, QStringLiteral("mine.tell-me-about-a-release-you-rolled-back"));
    auto saved = bank.question(id);
    QVERIFY(saved);
    QCOMPARE(saved->packId, QuestionBank::ownPackId());
    QCOMPARE(saved->followUps, q.followUps);
    QVERIFY(!bank.isBuiltin(id));

    // Editing the wording raises the version; editing only the kind does not.
    saved->text = QStringLiteral("Tell me about a release you had to roll back.");
    QVERIFY(bank.saveOwnQuestion(*saved, &id, &error));
    QCOMPARE(id, saved->id);
    QCOMPARE(bank.question(id)->version, 2);
    saved = bank.question(id);
    saved->kind = RoundKind::Project;
    QVERIFY(bank.saveOwnQuestion(*saved, &id, &error));
    QCOMPARE(bank.question(id)->version, 2);
    QCOMPARE(bank.question(id)->kind, RoundKind::Project);
    QVERIFY(!bank.saveOwnQuestion(Question{}, &id, &error));
    QCOMPARE(error, QStringLiteral("A question needs its text."));

    // Built-ins: not editable or deletable, but they can be copied.
    Question builtin = bank.questions().first();
    QVERIFY(bank.isBuiltin(builtin.id));
    builtin.text += QStringLiteral(" (mine)");
    QVERIFY(!bank.saveOwnQuestion(builtin, &id, &error));
    QVERIFY(!bank.deleteOwnQuestion(builtin.id, &error));
    QVERIFY(bank.question(builtin.id));
    QString copy;
    QVERIFY(bank.copyToOwnPack(builtin.id, &copy, &error));
    QVERIFY(copy.startsWith(QStringLiteral("mine.")));
    QCOMPARE(bank.question(copy)->text, bank.question(builtin.id)->text);
    QVERIFY(!bank.isBuiltin(copy));

    QVERIFY(bank.deleteOwnQuestion(copy, &error));
    QVERIFY(!bank.question(copy));
    // Built-in upgrades never touch the own pack.
    QVERIFY(bank.installBuiltinPacks(&error));
    QVERIFY(bank.question(id));
}

void TestImport::ownQuestion_keyPointsOutlineFollowUps_areCheckedByThePackRules()
{
    QuestionBank bank(m_db);
    Question q;
    q.text = QStringLiteral("How would you make a slow page fast?");
    q.keyPoints = {{QStringLiteral("Measure first"), {QStringLiteral("profile")}},
                   {QString(), {QStringLiteral("cache")}}};
    q.followUps = {QStringLiteral("And then?"), QString(5000, QLatin1Char('x'))};
    q.outline = QStringLiteral("- profile\n- cache");
    // The same rules as a pack file's question, every problem named for a person.
    const QList<PackProblem> problems = PackValidator::checkQuestion(q);
    QStringList paths;
    for (const PackProblem &p : problems)
        paths << p.path;
    QCOMPARE(paths,
             (QStringList{QStringLiteral("followUps[1]"), QStringLiteral("keyPoints[1].text")}));
    QCOMPARE(PackValidator::fieldDisplayName(QStringLiteral("keyPoints[1].terms[0]")),
             QStringLiteral("key point 2, match term 1"));
    QString id;
    QString error;
    QVERIFY(!bank.saveOwnQuestion(q, &id, &error));
    QVERIFY2(error.contains(QStringLiteral("key point 2, text: expected a non-empty string")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("follow-up 2: expected at most 4000 characters")),
             qPrintable(error));
    QVERIFY(!bank.pack(QuestionBank::ownPackId()));

    // Fixed, it saves, and what is stored reads back as a valid pack question.
    q.keyPoints[1].text = QStringLiteral("Cache what is read often");
    q.followUps.removeLast();
    QVERIFY2(bank.saveOwnQuestion(q, &id, &error), qPrintable(error));
    const auto saved = bank.question(id);
    QVERIFY(saved);
    QCOMPARE(saved->keyPoints, q.keyPoints);
    QCOMPARE(saved->outline, q.outline);
    QCOMPARE(saved->followUps, q.followUps);
    QVERIFY(PackValidator::checkQuestion(*saved).isEmpty());
}

QTEST_GUILESS_MAIN(TestImport)
void TestImport::packTimes_comeFromTheInjectedClock()
{
    // A clock far from today: a time read from the wall clock could never match it.
    FakeClock clock(QDateTime(QDate(1999, 12, 31), QTime(23, 58), Qt::UTC));
    Database db;
    QString error;
    QVERIFY2(db.open(m_dir->filePath(QStringLiteral("clocked.sqlite")), &error), qPrintable(error));
    QuestionBank bank(db, &clock);

    QVERIFY2(bank.installBuiltinPacks(&error), qPrintable(error));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM packs WHERE builtin = 1")) > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM packs WHERE installed_at <> "
                                       "'1999-12-31T23:58:00.000Z'")),
             0);

    clock.advanceMinutes(1);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("markdown/list_style.md")),
                                          QStringLiteral("list_style.md"), bank);
    QVERIFY2(applyImport(bank, p, &error), qPrintable(error));
    QCOMPARE(text(db, QStringLiteral("SELECT installed_at FROM packs WHERE id = 'list-style'")),
             QStringLiteral("1999-12-31T23:59:00.000Z"));

    clock.advanceMinutes(1);
    Question own;
    own.text = QStringLiteral("What did the millennium bug teach you?");
    QString id;
    QVERIFY2(bank.saveOwnQuestion(own, &id, &error), qPrintable(error));
    QCOMPARE(text(db, QStringLiteral("SELECT installed_at FROM packs WHERE id = 'mine'")),
             QStringLiteral("2000-01-01T00:00:00.000Z"));
}

#include "test_import.moc"
