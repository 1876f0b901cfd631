// Importing CSV and TSV files (spreadsheet exports, Anki note exports) through the same preview
// and all-or-nothing saving as Markdown lists: counts, categories, outlines, tags, round kinds,
// a changed column mapping, problems that refuse the import. Real SQLite in a QTemporaryDir.
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;

namespace {

QByteArray dataFile(const QString &relative)
{
    QFile f(QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/delimited/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const ImportCategory *category(const ImportPreview &p, const QString &name)
{
    for (const ImportCategory &c : p.categories) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const Question *byText(const QList<Question> &questions, const QString &text)
{
    for (const Question &q : questions) {
        if (q.text == text)
            return &q;
    }
    return nullptr;
}

} // namespace

class TestImportDelimited : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void spreadsheetCsv_preview_showsColumnsCategoriesAndLeftOutRows();
    void spreadsheetCsv_apply_savesOutlineTagsAndKinds_ownKindsBeatTheCategory();
    void germanSemicolonCsv_isImportedWithItsCategories();
    void ankiExport_txtStartingWithSeparator_isReadAsTsv();
    void mappingOverride_changesWhatIsImported();
    void headerAndSeparatorOverrides_reReadTheFile();
    void unterminatedQuote_refusesTheImportAndSavesNothing();
    void packRuleBroken_isToldByLineAndColumn();
    void reimport_sameFile_updatesThePackWithTheSameIds();

private:
    int scalar(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

void TestImportDelimited::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db.close();
    QString error;
    QVERIFY2(m_db.open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(m_db).installBuiltinPacks(&error), qPrintable(error));
}

int TestImportDelimited::scalar(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestImportDelimited::spreadsheetCsv_preview_showsColumnsCategoriesAndLeftOutRows()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("spreadsheet.csv")),
                                          QStringLiteral("spreadsheet.csv"), bank);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QVERIFY(p.delimited);
    QVERIFY(!p.markdown);
    QCOMPARE(p.columns.separator, QLatin1Char(','));
    QVERIFY(p.columns.header);
    QCOMPARE(p.columns.names, QStringList({QStringLiteral("Question"), QStringLiteral("Answer"),
                                           QStringLiteral("Category"), QStringLiteral("Tags"),
                                           QStringLiteral("Round kind")}));
    QCOMPARE(p.columns.mapping, (ColumnMapping{0, 1, 2, 3, 4}));
    QCOMPARE(p.columns.rows.size(), 6);
    QCOMPARE(p.columns.rows.at(0).at(3), QStringLiteral("sql, indexing"));
    QCOMPARE(p.pack.id, QStringLiteral("spreadsheet"));
    QCOMPARE(p.pack.name, QStringLiteral("spreadsheet"));
    QCOMPARE(p.pack.questions.size(), 5);
    QCOMPARE(p.categories.size(), 4);
    QCOMPARE(p.categories.at(0).name, QStringLiteral("Databases"));
    QCOMPARE(p.categories.at(0).count, 1);
    QCOMPARE(category(p, QStringLiteral("Distributed systems"))->count, 2);
    // Every question of "Stories" names behavioural: the category goes there too.
    QCOMPARE(category(p, QStringLiteral("Stories"))->kind, RoundKind::Behavioral);
    QCOMPARE(category(p, QStringLiteral("Motivation"))->kind, RoundKind::CulturalFit);
    // A category from a column is no heading: the reason says where it came from.
    QCOMPARE(category(p, QStringLiteral("Databases"))->reason,
             QStringLiteral("the category column says “Databases”"));
    QCOMPARE(p.leftOut, QStringList({QStringLiteral(
                            "line 6: the question cell (column 1) is empty: An answer without its "
                            "question")}));
    QVERIFY(p.canImport());
}

void TestImportDelimited::spreadsheetCsv_apply_savesOutlineTagsAndKinds_ownKindsBeatTheCategory()
{
    QuestionBank bank(m_db);
    const int before = bank.count();
    ImportPreview p = previewImport(dataFile(QStringLiteral("spreadsheet.csv")),
                                    QStringLiteral("spreadsheet.csv"), bank);
    // The person sends both categories to "project": only questions without a kind of their
    // own follow.
    QVERIFY(p.setKind(QStringLiteral("Databases"), RoundKind::Project));
    QVERIFY(p.setKind(QStringLiteral("Distributed systems"), RoundKind::Project));
    QString error;
    QVERIFY2(applyImport(bank, p, &error), qPrintable(error));
    QCOMPARE(bank.count(), before + 5);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'spreadsheet'")),
             5);
    const auto pack = bank.pack(QStringLiteral("spreadsheet"));
    QVERIFY(pack);
    const Question *index = byText(pack->questions,
                                   QStringLiteral("What does a database index cost on writes?"));
    QVERIFY(index);
    QCOMPARE(index->kind, RoundKind::Project);
    QCOMPARE(index->outline, QStringLiteral("Every insert, update and delete also updates the "
                                            "index, so writes get slower."));
    QCOMPARE(index->tags, QStringList({QStringLiteral("Databases"), QStringLiteral("sql"),
                                       QStringLiteral("indexing")}));
    const Question *consistency = byText(
        pack->questions,
        QStringLiteral("How would you explain \"eventual consistency\" to a product manager?"));
    QVERIFY(consistency);
    QCOMPARE(consistency->kind, RoundKind::Technical);
    QCOMPARE(byText(pack->questions, QStringLiteral("Design a URL shortener."))->kind,
             RoundKind::SystemDesign);
    const Question *story = byText(pack->questions,
                                   QStringLiteral(
                                       "Tell me about a time you disagreed with a reviewer."));
    QCOMPARE(story->kind, RoundKind::Behavioral);
    QCOMPARE(story->tags, QStringList({QStringLiteral("Stories"), QStringLiteral("star"),
                                       QStringLiteral("conflict")}));
    QCOMPARE(byText(pack->questions, QStringLiteral("Why do you want to work here?"))->outline,
             QString());
}

void TestImportDelimited::germanSemicolonCsv_isImportedWithItsCategories()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("german_semicolon.csv")),
                                          QStringLiteral("german_semicolon.csv"), bank);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.columns.separator, QLatin1Char(';'));
    QCOMPARE(p.columns.names, QStringList({QStringLiteral("Frage"), QStringLiteral("Antwort"),
                                           QStringLiteral("Kategorie")}));
    QCOMPARE(p.categories.size(), 4);
    QCOMPARE(category(p, QStringLiteral("Projekte"))->count, 1);
    QString error;
    QVERIFY2(applyImport(bank, p, &error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM questions WHERE pack_id = 'german-semicolon'")),
             4);
    const auto saved = bank.pack(QStringLiteral("german-semicolon"));
    const Question *project = byText(saved->questions,
                                     QStringLiteral(
                                         "Erzählen Sie von einem Projekt, auf das Sie stolz sind."));
    QVERIFY(project);
    QCOMPARE(project->outline, QStringLiteral("Ziel; Ihre Rolle; Ergebnis"));
}

void TestImportDelimited::ankiExport_txtStartingWithSeparator_isReadAsTsv()
{
    QuestionBank bank(m_db);
    const ImportPreview p = previewImport(dataFile(QStringLiteral("anki_export.txt")),
                                          QStringLiteral("anki_export.txt"), bank);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QVERIFY(p.delimited);
    QCOMPARE(p.columns.separator, QLatin1Char('\t'));
    QVERIFY(!p.columns.header);
    QCOMPARE(p.columns.names, QStringList({QStringLiteral("Column 1"), QStringLiteral("Column 2"),
                                           QStringLiteral("Column 3")}));
    QCOMPARE(p.pack.questions.size(), 3);
    QCOMPARE(p.pack.questions.at(1).text, QStringLiteral("Explain the CAP theorem."));
    QCOMPARE(p.pack.questions.at(0).tags,
             QStringList({QStringLiteral("anki_export"), QStringLiteral("concurrency"),
                          QStringLiteral("threads")}));
    QCOMPARE(p.leftOut.size(), 1);
    QVERIFY(p.leftOut.first().startsWith(QStringLiteral("line 7: ")));
}

void TestImportDelimited::mappingOverride_changesWhatIsImported()
{
    QuestionBank bank(m_db);
    const QByteArray bytes = dataFile(QStringLiteral("spreadsheet.csv"));
    ImportOptions options;
    ColumnMapping m = previewImport(bytes, QStringLiteral("spreadsheet.csv"), bank).columns.mapping;
    m.setRole(2, ColumnRole::None); // no categories: everything under the pack's name
    m.setRole(4, ColumnRole::None); // and no kinds of the file's own
    options.delimited.mapping = m;
    ImportPreview p = previewImport(bytes, QStringLiteral("spreadsheet.csv"), bank, options);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.columns.mapping, m);
    QCOMPARE(p.categories.size(), 1);
    QCOMPARE(p.categories.first().name, QStringLiteral("spreadsheet"));
    QCOMPARE(p.categories.first().count, 5);
    QVERIFY(p.ownKind.isEmpty());
    QVERIFY(p.setKind(QStringLiteral("spreadsheet"), RoundKind::Behavioral));
    QString error;
    QVERIFY2(applyImport(bank, p, &error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'spreadsheet' "
                                   "AND kind = 'behavioral'")),
             5);

    // The answers as questions: the row whose question cell was empty now counts, and the one
    // without an answer is left out.
    ImportOptions swapped;
    swapped.delimited.mapping = ColumnMapping{1, 0, 2, -1, -1};
    const ImportPreview s = previewImport(bytes, QStringLiteral("spreadsheet.csv"), bank, swapped);
    QCOMPARE(s.pack.questions.size(), 5);
    QCOMPARE(s.pack.questions.at(4).text, QStringLiteral("An answer without its question"));
    QCOMPARE(s.leftOut.size(), 1);
    QVERIFY2(s.leftOut.first().startsWith(QStringLiteral("line 7: the question cell (column 2)")),
             qPrintable(s.leftOut.first()));
}

void TestImportDelimited::headerAndSeparatorOverrides_reReadTheFile()
{
    QuestionBank bank(m_db);
    const QByteArray bytes = dataFile(QStringLiteral("german_semicolon.csv"));
    ImportOptions options;
    options.delimited.header = false;
    const ImportPreview noHeader = previewImport(bytes, QStringLiteral("german_semicolon.csv"),
                                                 bank, options);
    QVERIFY(!noHeader.columns.header);
    QCOMPARE(noHeader.pack.questions.size(), 5);
    QCOMPARE(noHeader.pack.questions.first().text, QStringLiteral("Frage"));
    QCOMPARE(noHeader.columns.names.first(), QStringLiteral("Column 1"));

    options = {};
    options.delimited.separator = QLatin1Char(',');
    const ImportPreview commas = previewImport(bytes, QStringLiteral("german_semicolon.csv"), bank,
                                               options);
    QCOMPARE(commas.columns.separator, QLatin1Char(','));
    QVERIFY(!commas.columns.header); // "Frage;Antwort;Kategorie" is one unknown name now
    QCOMPARE(commas.pack.questions.first().text, QStringLiteral("Frage;Antwort;Kategorie"));
}

void TestImportDelimited::unterminatedQuote_refusesTheImportAndSavesNothing()
{
    QuestionBank bank(m_db);
    const int before = bank.count();
    const ImportPreview p = previewImport(dataFile(QStringLiteral("unterminated.csv")),
                                          QStringLiteral("unterminated.csv"), bank);
    QCOMPARE(p.problems, QStringList({QStringLiteral("unterminated.csv:4:21: answer: a quoted "
                                                     "field is not closed; expected a closing \"")}));
    QVERIFY(!p.canImport());
    QString error;
    QVERIFY(!applyImport(bank, p, &error));
    QCOMPARE(error, p.problems.first());
    QCOMPARE(bank.count(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM packs WHERE id = 'unterminated'")), 0);

    const ImportPreview kinds =
        previewImport(QByteArray("question,kind\nWhat is a queue?,technical\nWhy us?,sales\n"),
                      QStringLiteral("kinds.csv"), bank);
    QCOMPARE(kinds.problems,
             QStringList({QStringLiteral("kinds.csv:3:9: kind: \"sales\" is not a round kind; "
                                         "expected technical, system design, behavioral, "
                                         "cultural fit or project")}));
    QVERIFY(!kinds.canImport());
    const ImportPreview bad = previewImport(QByteArray("a,b\n\xfe,x\n"), QStringLiteral("bad.csv"),
                                            bank);
    QCOMPARE(bad.problems,
             QStringList({QStringLiteral("bad.csv:2: not UTF-8 text; save the file as UTF-8")}));
}

void TestImportDelimited::packRuleBroken_isToldByLineAndColumn()
{
    QuestionBank bank(m_db);
    const QByteArray bytes = "category,question\nDatabases,What is a B-tree?\nDatabases,What is "
                             + QByteArray(4100, 'x') + "?\n";
    const ImportPreview p = previewImport(bytes, QStringLiteral("long.csv"), bank);
    QCOMPARE(p.problems, QStringList({QStringLiteral(
                             "long.csv:3:11: text: expected at most 4000 characters, found 4109")}));
}

void TestImportDelimited::reimport_sameFile_updatesThePackWithTheSameIds()
{
    QuestionBank bank(m_db);
    const QByteArray bytes = dataFile(QStringLiteral("multiline_answer.tsv"));
    const ImportPreview first = previewImport(bytes, QStringLiteral("multiline_answer.tsv"), bank);
    QVERIFY2(first.problems.isEmpty(), qPrintable(first.problems.join(QLatin1Char('\n'))));
    QCOMPARE(first.pack.version, 1);
    QString error;
    QVERIFY2(applyImport(bank, first, &error), qPrintable(error));
    const auto saved = bank.question(first.pack.questions.first().id);
    QVERIFY(saved);
    QVERIFY(saved->outline.contains(QStringLiteral("- write to both\n- backfill")));
    const ImportPreview again = previewImport(bytes, QStringLiteral("multiline_answer.tsv"), bank);
    QCOMPARE(again.installedVersion, 1);
    QCOMPARE(again.pack.version, 2);
    QCOMPARE(again.pack.questions.first().id, first.pack.questions.first().id);
    QVERIFY(again.duplicates.isEmpty()); // its own questions are not duplicates
    QVERIFY2(applyImport(bank, again, &error), qPrintable(error));
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM questions WHERE pack_id = 'multiline-answer'")),
             2);
}

QTEST_GUILESS_MAIN(TestImportDelimited)
#include "test_import_delimited.moc"
