// `mockloop-cli import` of CSV and TSV files as a person runs it: the real binary on a data dir
// in a QTemporaryDir, with --separator, --header/--no-header and --column, checked by exit code,
// output and what the database holds.
#include "storage/Database.h"
#include "CliProcess.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;

namespace {

using Run = mockloop::test::ProcessRun;

QString data(const char *relative)
{
    return QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/delimited/") + QLatin1String(relative);
}

} // namespace

class TestCliImportDelimited : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void import_csvWithHeader_printsTheColumnsAndSaves();
    void import_noHeaderSeparatorAndColumn_changeHowTheFileIsRead();
    void import_badCsvOptions_areRefusedAndSaveNothing();
    void import_unterminatedQuote_namesLineAndColumnAndSavesNothing();
    void help_namesTheCsvOptions();

private:
    Run cli(QStringList args) const
    {
        args.prepend(m_dir->path());
        args.prepend(QStringLiteral("--data-dir"));
        return mockloop::test::runProcess(QStringLiteral(MOCKLOOP_CLI), args);
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

void TestCliImportDelimited::import_csvWithHeader_printsTheColumnsAndSaves()
{
    const Run r = cli({QStringLiteral("import"), data("spreadsheet.csv")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *needle :
         {"Columns (separator comma, the first row is a header):", "  1 \"Question\" → question",
          "  2 \"Answer\" → answer", "  5 \"Round kind\" → kind",
          "Distributed systems: 2 question(s)", "    line 6: the question cell (column 1) is empty",
          "Imported 5 question(s) into \"spreadsheet\"."})
        QVERIFY2(r.out.contains(needle), r.out.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'spreadsheet'")),
             5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'spreadsheet' "
                                  "AND kind = 'system_design'")),
             1);
}

void TestCliImportDelimited::import_noHeaderSeparatorAndColumn_changeHowTheFileIsRead()
{
    const Run r = cli({QStringLiteral("import"), data("german_semicolon.csv"),
                       QStringLiteral("--no-header"), QStringLiteral("--separator"),
                       QStringLiteral("semicolon"), QStringLiteral("--column"),
                       QStringLiteral("tags=3")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *needle :
         {"Columns (separator semicolon, no header row):", "  1 \"Column 1\" → question",
          "  2 \"Column 2\" → answer", "  3 \"Column 3\" → tags", "german_semicolon: 5 question(s)",
          "Imported 5 question(s) into \"german-semicolon\"."})
        QVERIFY2(r.out.contains(needle), r.out.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'german-semicolon'")),
             5);
    // The header row became a question, and column 3 tags instead of categories.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = "
                                  "'german-semicolon' AND text = 'Frage'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = "
                                  "'german-semicolon' AND data LIKE '%\"Datenbanken\"%'")),
             1);

    // --column moves a role: the answers are the questions now.
    const Run swapped = cli({QStringLiteral("import"), data("multiline_answer.tsv"),
                             QStringLiteral("--column"), QStringLiteral("question=2"),
                             QStringLiteral("--column"), QStringLiteral("answer=1")});
    QVERIFY2(swapped.exitCode == 0, swapped.err.constData());
    QVERIFY2(swapped.out.contains("  1 \"Column 1\" → answer"), swapped.out.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = "
                                  "'multiline-answer' AND text LIKE 'Two holders%'")),
             1);
}

void TestCliImportDelimited::import_badCsvOptions_areRefusedAndSaveNothing()
{
    const QString csv = data("spreadsheet.csv");
    const Run pipe = cli(
        {QStringLiteral("import"), csv, QStringLiteral("--separator"), QStringLiteral("pipe")});
    QCOMPARE(pipe.exitCode, 1);
    QVERIFY2(pipe.err.contains("--separator \"pipe\": expected comma, semicolon or tab"),
             pipe.err.constData());
    const Run both = cli(
        {QStringLiteral("import"), csv, QStringLiteral("--header"), QStringLiteral("--no-header")});
    QCOMPARE(both.exitCode, 1);
    const Run role = cli(
        {QStringLiteral("import"), csv, QStringLiteral("--column"), QStringLiteral("notes=2")});
    QCOMPARE(role.exitCode, 1);
    QVERIFY2(role.err.contains("--column \"notes=2\": expected ROLE=N"), role.err.constData());
    const Run zero = cli(
        {QStringLiteral("import"), csv, QStringLiteral("--column"), QStringLiteral("answer=0")});
    QCOMPARE(zero.exitCode, 1);
    const Run far = cli(
        {QStringLiteral("import"), csv, QStringLiteral("--column"), QStringLiteral("answer=9")});
    QCOMPARE(far.exitCode, 2);
    QVERIFY2(far.err.contains("has 5 column(s)"), far.err.constData());
    const Run markdown = cli({QStringLiteral("import"),
                              QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/markdown/list_style.md"),
                              QStringLiteral("--separator"), QStringLiteral("tab")});
    QCOMPARE(markdown.exitCode, 1);
    QVERIFY2(markdown.err.contains("are for CSV and TSV files"), markdown.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packs WHERE id IN ('spreadsheet', "
                                  "'list-style')")),
             0);
}

void TestCliImportDelimited::import_unterminatedQuote_namesLineAndColumnAndSavesNothing()
{
    const QString file = data("unterminated.csv");
    const Run r = cli({QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 2);
    const QByteArray want = file.toUtf8()
                            + ":4:21: answer: a quoted field is not closed; expected a closing \"";
    QVERIFY2(r.err.contains(want), r.err.constData());
    QVERIFY2(r.err.contains("1 problem(s); nothing was imported."), r.err.constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packs WHERE id = 'unterminated'")), 0);
}

void TestCliImportDelimited::help_namesTheCsvOptions()
{
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *needle :
         {"import FILE [--map CATEGORY=KIND ...]", "[--separator comma|semicolon|tab]",
          "[--column ROLE=N ...]", "or an Anki export"})
        QVERIFY2(r.out.contains(needle), needle);
}

QTEST_GUILESS_MAIN(TestCliImportDelimited)
#include "test_cli_import_delimited.moc"
