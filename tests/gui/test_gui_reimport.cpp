// Re-importing an updated Markdown list through the library, as a person does (offscreen): the
// first import, an answer to one question, then the edited file: the preview lists what is
// updated, new and removed (a removed question says its answers stay in History), and after
// Import the reworded question keeps its id and its answer. The file dialog is answered
// through DataActions' seam.
#include "bank/QuestionBank.h"
#include "library/ImportDialog.h"
#include "practice/History.h"
#include "storage/Database.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "window/StatusNotice.h"
#include "FakeClock.h"
#include "GradedSession.h"
#include "GuiTestSupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::desktop::DataActions;
using mockloop::desktop::ImportDialog;
using mockloop::desktop::MainWindow;
using mockloop::test::FakeClock;

namespace {

const QString kVersion1 = QStringLiteral(
    "# Prep list\n\n## Databases\n\n"
    "- What is a B-tree index?\n"
    "- What is idempotancy and why does it matter for retries?\n"
    "- When would you pick a document store over a relational database?\n");

// A month later: a typo fixed, one question gone, one new; and, so the dialog is as full as it
// gets, an introduction (left out) and a question the built-in packs have (a duplicate).
const QString kVersion2 = QStringLiteral("# Prep list\n\nWhat I want to revise before the "
                                         "on-site.\n\n## Databases\n\n"
                                         "- What is a B-tree index?\n"
                                         "- What is idempotency and why does it matter for "
                                         "retries?\n"
                                         "- What is a hash index?\n\n"
                                         "## General\n\n"
                                         "- Tell me about yourself.\n");

} // namespace

class TestGuiReimport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void reimportUpdatedList_showsUpdatedNewRemoved_andKeepsTheAnswer();

private:
    ImportDialog *openImport(const QString &markdown);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiReimport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1300, 850);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    DataActions::setNotifier([](const QString &, const QString &text, bool problem) {
        if (problem)
            QFAIL(qPrintable(text));
    });
}

void TestGuiReimport::cleanup()
{
    DataActions::setFileChooser({});
    DataActions::setNotifier({});
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

// Writes the list where a person keeps it and opens it with File → Import questions….
ImportDialog *TestGuiReimport::openImport(const QString &markdown)
{
    const QString path = m_dir->filePath(QStringLiteral("Prep list.md"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(markdown.toUtf8()) < 0)
        return nullptr;
    file.close();
    DataActions::setFileChooser(
        [path](const QString &, const QString &, const QString &, bool) { return path; });
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importQuestionsAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
}

void TestGuiReimport::reimportUpdatedList_showsUpdatedNewRemoved_andKeepsTheAnswer()
{
    ImportDialog *first = openImport(kVersion1);
    QVERIFY(first);
    QTRY_VERIFY(first->isVisible());
    // A new pack: no changes to list.
    QVERIFY(!first->findChild<QTabWidget *>(QStringLiteral("reimportChanges"))->isVisible());
    CLICK(first->findChild<QPushButton *>(QStringLiteral("importButton")));
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>(QStringLiteral("importDialog")));

    QuestionBank bank(*m_db);
    const auto pack = bank.pack(QStringLiteral("prep-list"));
    QVERIFY(pack);
    QString typoId;
    QString goneId;
    for (const Question &q : pack->questions) {
        if (q.text.contains(QStringLiteral("idempotancy")))
            typoId = q.id;
        if (q.text.contains(QStringLiteral("document store")))
            goneId = q.id;
    }
    QVERIFY(!typoId.isEmpty() && !goneId.isEmpty());
    QString error;
    QVERIFY2(test::runGradedSession(*m_db, *m_clock,
                                    {{typoId, RoundKind::Technical, 10, 2, {}},
                                     {goneId, RoundKind::Technical, 10, 4, {}}},
                                    &error),
             qPrintable(error));

    ImportDialog *dialog = openImport(kVersion2);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *changes = dialog->findChild<QTabWidget *>(QStringLiteral("reimportChanges"));
    QVERIFY(changes);
    QVERIFY(changes->isVisible());
    QCOMPARE(changes->tabText(0), QStringLiteral("&Updated (1)"));
    QCOMPARE(changes->tabText(1), QStringLiteral("&New (2)"));
    QCOMPARE(changes->tabText(2), QStringLiteral("&Removed (1)"));
    auto *updated = dialog->findChild<QListWidget *>(QStringLiteral("reimportUpdated"));
    QVERIFY(updated->isVisible()); // opens on the first list with something in it
    QCOMPARE(updated->count(), 1);
    QVERIFY2(updated->item(0)->text().startsWith(
                 QStringLiteral("“What is idempotancy and why does it matter for retries?”\n→ "
                                "“What is idempotency and why does it matter for retries?”")),
             qPrintable(updated->item(0)->text()));

    // The person looks at the other two lists: a click on each tab.
    QTabBar *bar = changes->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(1).center());
    auto *added = dialog->findChild<QListWidget *>(QStringLiteral("reimportAdded"));
    QTRY_VERIFY(added->isVisible());
    QCOMPARE(added->count(), 2);
    QCOMPARE(added->item(0)->text(), QStringLiteral("What is a hash index?"));
    QCOMPARE(added->item(1)->text(), QStringLiteral("Tell me about yourself."));
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center());
    auto *removed = dialog->findChild<QListWidget *>(QStringLiteral("reimportRemoved"));
    QTRY_VERIFY(removed->isVisible());
    QCOMPARE(removed->count(), 1);
    QCOMPARE(removed->item(0)->text(),
             QStringLiteral("“When would you pick a document store over a relational database?” — "
                            "1 answer, it stays in History"));
    // MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves the dialog as the person sees it.
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/reimport-dialog.png"));
    // Every list readable on the dialog's first size, beside the duplicates and what was left
    // out: none squeezed below three lines.
    for (const char *name :
         {"importCategories", "reimportRemoved", "importDuplicates", "importLeftOut"}) {
        auto *view = dialog->findChild<QAbstractItemView *>(QLatin1String(name));
        QVERIFY2(view && view->isVisible(), name);
        QVERIFY2(view->height() >= 3 * view->fontMetrics().height(),
                 qPrintable(QStringLiteral("%1: %2 px").arg(QLatin1String(name)).arg(view->height())));
    }
    // Both categories in view without scrolling.
    auto *categories = dialog->findChild<QAbstractItemView *>(QStringLiteral("importCategories"));
    QCOMPARE(categories->verticalScrollBar()->maximum(), 0);

    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("importButton")));
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>(QStringLiteral("importDialog")));

    const auto now = bank.question(typoId);
    QVERIFY(now);
    QCOMPARE(now->text, QStringLiteral("What is idempotency and why does it matter for retries?"));
    QCOMPARE(now->version, 2);
    QCOMPARE(History(*m_db).attemptsOf(typoId).size(), 1);
    QVERIFY(!bank.question(goneId));
    QCOMPARE(History(*m_db).attemptsOf(goneId).size(), 1);
    QCOMPARE(bank.pack(QStringLiteral("prep-list"))->questions.size(), 3); // the duplicate left out
}

QTEST_MAIN(TestGuiReimport)
#include "test_gui_reimport.moc"
