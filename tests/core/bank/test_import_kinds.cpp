// Round kinds of an import by content, with the reason the preview shows, and the person's
// mapping remembered per source file for the next import of it (docs/import.md, "The
// preview"). Real SQLite files and real Markdown files in a QTemporaryDir.
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "storage/DataTools.h"
#include "storage/Database.h"
#include "storage/ImportSourceStore.h"
#include "FakeClock.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mockloop;
using mockloop::test::FakeClock;

namespace {

// A list as people publish it: neutral headings, the kind only in the wording.
const char *const kNeutralList = R"(# Interview questions

## General

- Tell me about a time you disagreed with a teammate.
- Describe a time you missed a deadline. What did you learn?
- How did you handle a production outage?
- What is a B-tree?

## More questions

- Design a URL shortener.
- How would you design a news feed?
- What is a mutex?

## Misc

- What was your role in your last project?
- Walk me through something you built that you are proud of.

## Questions

- Why do you want to work on payment systems?
- What motivates you on a slow week?
- Where do you see yourself after this role?

## Other

- What is a heap?
- Compare TCP and UDP.
)";

const ImportCategory *category(const ImportPreview &p, const QString &name)
{
    for (const ImportCategory &c : p.categories) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

const QString kYourChoice = QStringLiteral("your choice when you last imported this file");

} // namespace

class TestImportKinds : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void preview_neutralHeadings_kindsByContentWithReasons();
    void preview_noHeadingAtAll_theFileNameDoesNotDecide();
    void setKind_saysYourChoice_andBackToTheProposalItsReason();
    void import_changedKind_isProposedAgainForTheSameFileOnly();
    void import_sameFileByARelativePathOrSymlink_isTheSameSource();
    void reimport_fromAnotherPath_fallsBackToTheKindsInTheBank();
    void import_keepsTheSourcesOtherSettings();
    void jsonPack_kindsAreTheFiles_andARemappingIsRememberedToo();
    void import_failing_remembersNothing_andAFailedRememberSavesNoQuestions();
    void deleteOwnQuestions_forgetsTheImportedFiles();
    void importSourceKey_pathsAndBareNames();

private:
    QString writeFile(const QString &relative, const QByteArray &bytes);
    ImportPreview preview(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return previewImport(f.readAll(), QFileInfo(path).fileName(), QuestionBank(m_db, &m_clock),
                             {}, path);
    }
    bool apply(const ImportPreview &p, QString *error)
    {
        QuestionBank bank(m_db, &m_clock);
        return applyImport(bank, p, error);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    Database m_db{m_clock};
};

void TestImportKinds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db.close();
    QString error;
    QVERIFY2(m_db.open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(m_db).installBuiltinPacks(&error), qPrintable(error));
}

QString TestImportKinds::writeFile(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestImportKinds::preview_neutralHeadings_kindsByContentWithReasons()
{
    const ImportPreview p = preview(writeFile(QStringLiteral("neutral.md"), kNeutralList));
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.categories.size(), 5);
    struct Expected
    {
        const char *name;
        RoundKind kind;
        const char *reason;
    };
    const Expected expected[] = {
        {"General", RoundKind::Behavioral,
         "3 of 4 questions ask for a time when something happened (“tell me about a time”)"},
        {"More questions", RoundKind::SystemDesign,
         "2 of 3 questions ask to design a system (“design a”)"},
        {"Misc", RoundKind::Project,
         "2 of 2 questions ask about your own work (“what was your role”)"},
        {"Questions", RoundKind::CulturalFit,
         "3 of 3 questions ask about your values or motivation (“why do you want to work”)"},
        {"Other", RoundKind::Technical, "no heading or wording says otherwise: technical"},
    };
    for (const Expected &e : expected) {
        const ImportCategory *c = category(p, QString::fromUtf8(e.name));
        QVERIFY2(c, e.name);
        QCOMPARE(c->kind, e.kind);
        QCOMPARE(c->reason, QString::fromUtf8(e.reason));
    }
    // Saved with those kinds.
    QString error;
    QVERIFY2(apply(p, &error), qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = "
                                         "'neutral' AND kind = 'behavioral'")),
             4);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = "
                                         "'neutral' AND kind = 'cultural_fit'")),
             3);
}

void TestImportKinds::preview_noHeadingAtAll_theFileNameDoesNotDecide()
{
    // "backend" in a file name would say technical if it were a heading; it is not one.
    const ImportPreview p = preview(
        writeFile(QStringLiteral("backend-notes.md"),
                  "- Tell me about a time you failed.\n- Describe a time you led a team.\n"));
    QCOMPARE(p.categories.size(), 1);
    QCOMPARE(p.categories.first().name, QStringLiteral("backend-notes"));
    QCOMPARE(p.categories.first().kind, RoundKind::Behavioral);
    QCOMPARE(p.categories.first().reason,
             QStringLiteral("2 of 2 questions ask for a time when something happened (“tell me "
                            "about a time”)"));
}

void TestImportKinds::setKind_saysYourChoice_andBackToTheProposalItsReason()
{
    ImportPreview p = preview(writeFile(QStringLiteral("neutral.md"), kNeutralList));
    const QString proposed = category(p, QStringLiteral("Other"))->reason;
    QVERIFY(p.setKind(QStringLiteral("Other"), RoundKind::Project));
    QCOMPARE(category(p, QStringLiteral("Other"))->reason, QStringLiteral("your choice"));
    QVERIFY(p.setKind(QStringLiteral("Other"), RoundKind::Technical));
    QCOMPARE(category(p, QStringLiteral("Other"))->reason, proposed);
}

void TestImportKinds::import_changedKind_isProposedAgainForTheSameFileOnly()
{
    const QString path = writeFile(QStringLiteral("lists/neutral.md"), kNeutralList);
    ImportPreview p = preview(path);
    QVERIFY(p.setKind(QStringLiteral("Other"), RoundKind::Project));
    QVERIFY(p.setKind(QStringLiteral("General"), RoundKind::CulturalFit));
    QString error;
    QVERIFY2(apply(p, &error), qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM import_sources")), 1);

    // The same file again: the choices come back and say so; the rest keep their reasons.
    const ImportPreview again = preview(path);
    QCOMPARE(category(again, QStringLiteral("Other"))->kind, RoundKind::Project);
    QCOMPARE(category(again, QStringLiteral("Other"))->reason, kYourChoice);
    QCOMPARE(category(again, QStringLiteral("General"))->kind, RoundKind::CulturalFit);
    QCOMPARE(category(again, QStringLiteral("General"))->reason, kYourChoice);
    QCOMPARE(category(again, QStringLiteral("Misc"))->kind, RoundKind::Project);
    QCOMPARE(category(again, QStringLiteral("Misc"))->reason,
             QStringLiteral("2 of 2 questions ask about your own work (“what was your role”)"));

    // Another file with the same headings (another pack) does not get them …
    const ImportPreview other = preview(writeFile(QStringLiteral("other-list.md"), kNeutralList));
    QCOMPARE(category(other, QStringLiteral("Other"))->kind, RoundKind::Technical);
    QCOMPARE(category(other, QStringLiteral("General"))->kind, RoundKind::Behavioral);
    for (const ImportCategory &c : other.categories)
        QVERIFY2(c.reason != kYourChoice, qPrintable(c.name));
    // … nor does the same name read without a path (the key is the path).
    const ImportPreview bare = previewImport(QByteArray(kNeutralList),
                                             QStringLiteral("neutral-copy.md"),
                                             QuestionBank(m_db, &m_clock));
    QCOMPARE(bare.source, QStringLiteral("neutral-copy.md"));
    QCOMPARE(category(bare, QStringLiteral("Other"))->kind, RoundKind::Technical);
}

void TestImportKinds::import_sameFileByARelativePathOrSymlink_isTheSameSource()
{
    const QString path = writeFile(QStringLiteral("lists/neutral.md"), kNeutralList);
    ImportPreview p = preview(path);
    QVERIFY(p.setKind(QStringLiteral("Other"), RoundKind::SystemDesign));
    QString error;
    QVERIFY2(apply(p, &error), qPrintable(error));

    const QString link = m_dir->filePath(QStringLiteral("link.md"));
    QVERIFY(QFile::link(path, link));
    QCOMPARE(preview(link).source, p.source);
    QCOMPARE(category(preview(link), QStringLiteral("Other"))->kind, RoundKind::SystemDesign);
    const QString cwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->filePath(QStringLiteral("lists"))));
    const ImportPreview relative = preview(QStringLiteral("./neutral.md"));
    QVERIFY(QDir::setCurrent(cwd));
    QCOMPARE(relative.source, p.source);
    QCOMPARE(category(relative, QStringLiteral("Other"))->reason, kYourChoice);
}

void TestImportKinds::reimport_fromAnotherPath_fallsBackToTheKindsInTheBank()
{
    ImportPreview p = preview(writeFile(QStringLiteral("a/neutral.md"), kNeutralList));
    QVERIFY(p.setKind(QStringLiteral("Other"), RoundKind::Project));
    QString error;
    QVERIFY2(apply(p, &error), qPrintable(error));
    // The same pack (same file name) from another folder: nothing remembered for that path,
    // so the kinds its questions have now are proposed, as before.
    const ImportPreview moved = preview(writeFile(QStringLiteral("b/neutral.md"), kNeutralList));
    QCOMPARE(moved.installedVersion, 1);
    QCOMPARE(category(moved, QStringLiteral("Other"))->kind, RoundKind::Project);
    QCOMPARE(category(moved, QStringLiteral("Other"))->reason,
             QStringLiteral("the kind its questions have in the bank now"));
    QCOMPARE(category(moved, QStringLiteral("Misc"))->reason,
             QStringLiteral("2 of 2 questions ask about your own work (“what was your role”)"));
}

void TestImportKinds::import_keepsTheSourcesOtherSettings()
{
    const QString path = writeFile(QStringLiteral("neutral.md"), kNeutralList);
    ImportPreview p = preview(path);
    QString error;
    // Another import setting of this file, kept by another part of the import.
    const QJsonObject csv{{QStringLiteral("separator"), QStringLiteral(";")}};
    QVERIFY(ImportSourceStore(m_db).put(p.source, QJsonObject{{QStringLiteral("csv"), csv}},
                                        m_clock.wallTime(), &error));
    QVERIFY(p.setKind(QStringLiteral("Other"), RoundKind::Project));
    QVERIFY2(apply(p, &error), qPrintable(error));
    const QJsonObject kept = ImportSourceStore(m_db).get(p.source);
    QCOMPARE(kept.value(QStringLiteral("csv")).toObject(), csv);
    const QJsonObject kinds = kept.value(QStringLiteral("kinds")).toObject();
    QCOMPARE(kinds.size(), 5);
    QCOMPARE(kinds.value(QStringLiteral("Other")).toString(), QStringLiteral("project"));
    QCOMPARE(kinds.value(QStringLiteral("General")).toString(), QStringLiteral("behavioral"));
}

void TestImportKinds::jsonPack_kindsAreTheFiles_andARemappingIsRememberedToo()
{
    const QString path = writeFile(
        QStringLiteral("mine.json"),
        R"({"format": "mockloop-pack", "formatVersion": 1, "id": "mine-json", "name": "Mine",
            "version": 1, "questions": [
              {"id": "mine-json.heap", "kind": "technical", "text": "What is a heap?"},
              {"id": "mine-json.why", "kind": "cultural_fit", "text": "Why do you want this job?"}]})");
    ImportPreview p = preview(path);
    QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
    QCOMPARE(p.categories.size(), 2);
    for (const ImportCategory &c : p.categories)
        QCOMPARE(c.reason, QStringLiteral("the file sets this kind"));
    const QString technical = p.categories.first().name;
    QVERIFY(p.setKind(technical, RoundKind::Project));
    QString error;
    QVERIFY2(apply(p, &error), qPrintable(error));
    const ImportPreview again = preview(path);
    QCOMPARE(category(again, technical)->kind, RoundKind::Project);
    QCOMPARE(category(again, technical)->reason, kYourChoice);
    QCOMPARE(again.categories.last().reason, QStringLiteral("the file sets this kind"));
}

void TestImportKinds::import_failing_remembersNothing_andAFailedRememberSavesNoQuestions()
{
    const QString path = writeFile(QStringLiteral("neutral.md"), kNeutralList);
    ImportPreview p = preview(path);
    QVERIFY(p.setKind(QStringLiteral("Other"), RoundKind::Project));
    const int questions = scalar(m_db, QStringLiteral("SELECT count(*) FROM questions"));
    QString error;
    {
        // The questions fail: nothing is remembered.
        QSqlQuery trigger(m_db.connection());
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON questions "
                           "WHEN NEW.id = '%1' BEGIN SELECT RAISE(ABORT, 'disk says no'); END")
                .arg(p.pack.questions.last().id)));
        QVERIFY(!apply(p, &error));
        QVERIFY2(error.contains(QStringLiteral("disk says no")), qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM import_sources")), 0);
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse")));
    }
    {
        // Remembering fails: no question is saved either.
        QSqlQuery trigger(m_db.connection());
        QVERIFY(
            trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON import_sources "
                                        "BEGIN SELECT RAISE(ABORT, 'no room for settings'); END")));
        error.clear();
        QVERIFY(!apply(p, &error));
        QVERIFY2(error.contains(QStringLiteral("no room for settings")), qPrintable(error));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM questions")), questions);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM packs WHERE id = 'neutral'")), 0);
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse")));
    }
    // And with nothing in the way, both are saved.
    QVERIFY2(apply(p, &error), qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM import_sources")), 1);
    QCOMPARE(category(preview(path), QStringLiteral("Other"))->reason, kYourChoice);
}

void TestImportKinds::deleteOwnQuestions_forgetsTheImportedFiles()
{
    ImportPreview p = preview(writeFile(QStringLiteral("neutral.md"), kNeutralList));
    QString error;
    QVERIFY2(apply(p, &error), qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM import_sources")), 1);
    QVERIFY2(datatools::deleteData(m_db, datatools::DataPart::Sessions, &error), qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM import_sources")), 1);
    QVERIFY2(datatools::deleteData(m_db, datatools::DataPart::OwnQuestions, &error),
             qPrintable(error));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM import_sources")), 0);
}

void TestImportKinds::importSourceKey_pathsAndBareNames()
{
    QCOMPARE(importSourceKey(QStringLiteral("list.md")), QStringLiteral("list.md"));
    QCOMPARE(importSourceKey(QString()), QString());
    const QString path = writeFile(QStringLiteral("x/list.md"), "- What is a heap?\n");
    QCOMPARE(importSourceKey(path), QFileInfo(path).canonicalFilePath());
    QCOMPARE(importSourceKey(m_dir->filePath(QStringLiteral("x/../x/list.md"))),
             QFileInfo(path).canonicalFilePath());
    // Gone from disk: still one absolute, clean path.
    const QString gone = m_dir->filePath(QStringLiteral("x/../gone.md"));
    QCOMPARE(importSourceKey(gone), QDir::cleanPath(QFileInfo(gone).absoluteFilePath()));
}

QTEST_GUILESS_MAIN(TestImportKinds)
#include "test_import_kinds.moc"
