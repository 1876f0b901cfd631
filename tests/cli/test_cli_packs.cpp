// validate-pack, import and export-pack as a person runs them: the real mockloop-cli binary on
// a data dir in a QTemporaryDir, checked by exit code, output and what the database holds.
#include "bank/QuestionBank.h"
#include "questions/PackValidator.h"
#include "storage/Database.h"
#include "CliProcess.h"
#include "FakeClock.h"
#include "GradedSession.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;

namespace {

using Run = mockloop::test::ProcessRun;

QString data(const char *relative)
{
    return QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/") + QLatin1String(relative);
}

} // namespace

class TestCliPacks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void validatePack_validPack_exitsZero();
    void validatePack_listsEveryProblemAndExitsTwo();
    void validatePack_missingFileOrNoArgument();
    void validatePack_inGerman_saysItInGerman();
    void import_markdownWithMap_savesWithTheMappedKinds();
    void import_badMapOrUnknownCategory_savesNothing();
    void import_headingsOption_choosesTheReadingAndTellsWhatWasLeftOut();
    void import_printsWhy_andRemembersTheMappedKindsForTheSameFile();
    void import_invalidPack_savesNothingAndExitsTwo();
    void exportPack_jsonReadsBackAndMarkdownReimports();
    void import_updatedList_printsUpdatedNewRemoved_andKeepsTheAttempt();
    void exportPack_unknownPackOrFormat();
    void help_listsThePackCommands();

private:
    Run cli(QStringList args, const QString &locale = QString()) const
    {
        args.prepend(m_dir->path());
        args.prepend(QStringLiteral("--data-dir"));
        if (locale.isEmpty())
            return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args, env);
    }
    int count(const QString &sql) const
    {
        Database db;
        QString error;
        if (!db.open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error))
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

// The pack commands' messages are translated like every other command's (they were once
// catalogued without their context, so German never showed).
void TestCliPacks::validatePack_inGerman_saysItInGerman()
{
    const Run r = cli({QStringLiteral("validate-pack"),
                       QStringLiteral(MOCKLOOP_SOURCE_DIR "/resources/packs/sony.json")},
                      QStringLiteral("de_DE.UTF-8"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(
                 QStringLiteral("ein gültiges Paket \"sony\" (Version 2) mit 12 Fragen")),
             r.out.constData());
}

void TestCliPacks::validatePack_validPack_exitsZero()
{
    const Run r = cli({QStringLiteral("validate-pack"),
                       QStringLiteral(MOCKLOOP_SOURCE_DIR "/resources/packs/sony.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("a valid pack \"sony\" (version 2) with 12 question(s)"),
             r.out.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("mockloop.sqlite")))); // touched nothing
}

void TestCliPacks::validatePack_listsEveryProblemAndExitsTwo()
{
    const QString file = data("malformed/many_problems.json");
    const Run r = cli({QStringLiteral("validate-pack"), file});
    QCOMPARE(r.exitCode, 2);
    QFile expected(data("malformed/many_problems.expected"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    // The same messages as the validator's, with the path as given on the command line.
    const QByteArray want = expected.readAll().replace("many_problems.json", file.toUtf8());
    QVERIFY2(r.err.startsWith(want), r.err.constData());
    QVERIFY(r.err.contains("7 problem(s) found."));
}

void TestCliPacks::validatePack_missingFileOrNoArgument()
{
    Run r = cli({QStringLiteral("validate-pack"), m_dir->filePath(QStringLiteral("nope.json"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("cannot read"));
    r = cli({QStringLiteral("validate-pack")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("usage: mockloop-cli validate-pack FILE"));
}

void TestCliPacks::import_markdownWithMap_savesWithTheMappedKinds()
{
    const Run r = cli({QStringLiteral("import"), data("markdown/list_style.md"),
                       QStringLiteral("--map"), QStringLiteral("Databases=system-design"),
                       QStringLiteral("--map"), QStringLiteral("Behavioral=cultural_fit")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("Databases: 3 question(s) → system_design"), r.out.constData());
    QVERIFY(r.out.contains("Behavioral: 2 question(s) → cultural_fit"));
    QVERIFY(r.out.contains("System Design: 2 question(s) → system_design"));
    QVERIFY(r.out.contains("Imported 7 question(s) into \"list-style\"."));
    QCOMPARE(
        count(QStringLiteral(
            "SELECT count(*) FROM questions WHERE pack_id = 'list-style' AND kind = 'system_design'")),
        5);
    QCOMPARE(
        count(QStringLiteral(
            "SELECT count(*) FROM questions WHERE pack_id = 'list-style' AND kind = 'cultural_fit'")),
        2);
    QCOMPARE(count(QStringLiteral("SELECT builtin FROM packs WHERE id = 'list-style'")), 0);
}

void TestCliPacks::import_headingsOption_choosesTheReadingAndTellsWhatWasLeftOut()
{
    const Run bad = cli({QStringLiteral("import"), data("markdown/heading_per_question.md"),
                         QStringLiteral("--headings"), QStringLiteral("titles")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("--headings \"titles\": expected categories or questions"),
             bad.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packs WHERE id = 'heading-per-question'")),
             0);
    const Run r = cli({QStringLiteral("import"), data("markdown/heading_per_question.md"),
                       QStringLiteral("--headings"), QStringLiteral("categories")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("found: questions in paragraphs (6), 2 with links, 1 with code"),
             r.out.constData());
    QVERIFY(r.out.contains("headings are read as categories (--headings questions reads them as "
                           "questions' titles)"));
    QVERIFY(r.out.contains("Indexes: 1 question(s)"));
    QVERIFY(r.out.contains("line 47: MIT (a label or topic, not a question)"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = "
                                  "'heading-per-question' AND data LIKE '%example.org/acid%'")),
             1);
}

void TestCliPacks::import_badMapOrUnknownCategory_savesNothing()
{
    Run r = cli({QStringLiteral("import"), data("markdown/list_style.md"), QStringLiteral("--map"),
                 QStringLiteral("Databases=coding")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("expected CATEGORY=KIND"));
    r = cli({QStringLiteral("import"), data("markdown/list_style.md"), QStringLiteral("--map"),
             QStringLiteral("Cooking=technical")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("its categories: Databases, Behavioral, System Design"),
             r.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packs WHERE id = 'list-style'")), 0);
}

void TestCliPacks::import_printsWhy_andRemembersTheMappedKindsForTheSameFile()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("lists")));
    const QString file = m_dir->filePath(QStringLiteral("lists/meetup.md"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Meetup\n\n## General\n\n- Tell me about a time you failed.\n"
                "- Describe a time you led a team.\n- What is a heap?\n\n"
                "## Other\n\n- What is a B-tree?\n- Compare TCP and UDP.\n");
    }
    Run r = cli(
        {QStringLiteral("import"), file, QStringLiteral("--map"), QStringLiteral("Other=project")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("General: 3 question(s) → behavioral — 2 of 3 questions ask for a time "
                            "when something happened (“tell me about a time”)"),
             r.out.constData());
    QVERIFY2(r.out.contains("Other: 2 question(s) → project — your choice\n"), r.out.constData());

    // Again from the file's folder by a relative path: the same file, the choice comes back.
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->filePath(QStringLiteral("lists"))));
    r = cli({QStringLiteral("import"), QStringLiteral("meetup.md")});
    QVERIFY(QDir::setCurrent(cwd));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(
                 "Other: 2 question(s) → project — your choice when you last imported this file"),
             r.out.constData());
    QVERIFY2(r.out.contains("General: 3 question(s) → behavioral — 2 of 3"), r.out.constData());
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM questions WHERE pack_id = 'meetup' AND kind = 'project'")),
             2);
}

void TestCliPacks::import_invalidPack_savesNothingAndExitsTwo()
{
    const Run r = cli({QStringLiteral("import"), data("malformed/duplicate_question_id.json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(
        r.err.contains("duplicate_question_id.json:9:12: questions[1].id: \"q.one\" is used twice"));
    QVERIFY(r.err.contains("nothing was imported"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packs WHERE builtin = 0")), 0);
}

void TestCliPacks::exportPack_jsonReadsBackAndMarkdownReimports()
{
    QVERIFY(cli({QStringLiteral("import"), data("markdown/nested_followups.md")}).exitCode == 0);
    const QString jsonFile = m_dir->filePath(QStringLiteral("out.json"));
    Run r = cli({QStringLiteral("export-pack"), QStringLiteral("--pack"),
                 QStringLiteral("nested-followups"), QStringLiteral("--output"), jsonFile});
    QCOMPARE(r.exitCode, 0);
    QByteArray bytes;
    QString error;
    QVERIFY(PackValidator::readFile(jsonFile, &bytes, &error));
    Pack pack;
    PackValidator validator(jsonFile);
    QVERIFY2(validator.validate(bytes, &pack),
             qPrintable(validator.messages().join(QLatin1Char('\n'))));
    QCOMPARE(pack.questions.size(), 5);
    QVERIFY(cli({QStringLiteral("validate-pack"), jsonFile}).exitCode == 0);

    // Markdown of the pack, imported again under another name: the same questions, follow-ups.
    r = cli({QStringLiteral("export-pack"), QStringLiteral("--pack"),
             QStringLiteral("nested-followups"), QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("- What happens when you type a URL into a browser and press Enter?\n"
                           "  - How does DNS caching change that?\n"));
    const QString mdFile = m_dir->filePath(QStringLiteral("copy.md"));
    QFile out(mdFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(r.out);
    out.close();
    r = cli({QStringLiteral("import"), mdFile});
    QCOMPARE(r.exitCode, 2); // every question is already in the bank
    QVERIFY2(r.err.contains("every question is already in the bank"), r.err.constData());
    QCOMPARE(r.out.count("duplicate (not imported)"), 5);

    // Every question at once, as Markdown.
    r = cli({QStringLiteral("export-pack"), QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("# MockLoop questions\n"));
    QVERIFY(r.out.contains("How do you decide a TTL?"));
    QVERIFY(r.out.contains("## System design"));
}

void TestCliPacks::import_updatedList_printsUpdatedNewRemoved_andKeepsTheAttempt()
{
    auto write = [this](const QString &markdown) {
        QFile f(m_dir->filePath(QStringLiteral("Prep list.md")));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
               && f.write(markdown.toUtf8()) == markdown.toUtf8().size();
    };
    const QString file = m_dir->filePath(QStringLiteral("Prep list.md"));
    QVERIFY(write(QStringLiteral("## Databases\n\n- What is a B-tree index?\n"
                                 "- What is idempotancy and why does it matter for retries?\n"
                                 "- When would you pick a document store over a relational "
                                 "database?\n")));
    Run r = cli({QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains("Re-import"), r.out.constData()); // a new pack

    // One answer to the question that will be removed, one to the one that will be reworded.
    QString typoId;
    QString goneId;
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
                 qPrintable(error));
        const auto pack = QuestionBank(db).pack(QStringLiteral("prep-list"));
        QVERIFY(pack);
        for (const Question &q : pack->questions) {
            if (q.text.contains(QStringLiteral("idempotancy")))
                typoId = q.id;
            if (q.text.contains(QStringLiteral("document store")))
                goneId = q.id;
        }
        mockloop::test::FakeClock clock;
        QVERIFY2(mockloop::test::runGradedSession(db, clock,
                                                  {{typoId, RoundKind::Technical, 10, 3, {}},
                                                   {goneId, RoundKind::Technical, 10, 4, {}}},
                                                  &error),
                 qPrintable(error));
    }

    QVERIFY(write(QStringLiteral("## Databases\n\n- What is a B-tree index?\n"
                                 "- What is idempotency and why does it matter for retries?\n"
                                 "- What is a hash index?\n")));
    r = cli({QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral(
                 "Re-import (matched by wording): 1 updated, 1 new, 1 removed, 1 unchanged")),
             r.out.constData());
    QVERIFY(out.contains(QStringLiteral(
        "updated (keeps its answers and review schedule): \"What is idempotancy and why does it "
        "matter for retries?\" → \"What is idempotency and why does it matter for retries?\" (")));
    QVERIFY(out.contains(QStringLiteral("new: \"What is a hash index?\"")));
    QVERIFY(out.contains(QStringLiteral("removed: \"When would you pick a document store over a "
                                        "relational database?\" (1 answer(s), kept in History)")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE id = '%1' AND text LIKE "
                                  "'%idempotency%' AND version = 2")
                       .arg(typoId)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attempts WHERE question_id = '%1'").arg(typoId)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE id = '%1'").arg(goneId)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attempts WHERE question_id = '%1'").arg(goneId)),
             1);
}

void TestCliPacks::exportPack_unknownPackOrFormat()
{
    Run r = cli({QStringLiteral("export-pack"), QStringLiteral("--pack"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no pack \"nope\"; the packs are: "), r.err.constData());
    QVERIFY(r.err.contains("backend"));
    r = cli({QStringLiteral("export-pack"), QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(r.exitCode, 1);
    r = cli({QStringLiteral("export-pack")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("--pack ID"));
}

void TestCliPacks::help_listsThePackCommands()
{
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *needle : {"validate-pack FILE", "import FILE [--map CATEGORY=KIND ...]",
                               "export-pack [--pack ID] [--format json|md] [--output FILE]"})
        QVERIFY2(r.out.contains(needle), needle);
}

QTEST_GUILESS_MAIN(TestCliPacks)
#include "test_cli_packs.moc"
