// Importing a CSV file through the library as a person does (offscreen): the "Columns" section
// shows the separator, the header row and the first rows; changing what a column holds, the
// header checkbox or the separator reads the file again and the counts, problems and Import
// button follow; what is imported is what the preview showed.
#include "bank/QuestionBank.h"
#include "library/ImportDialog.h"
#include "storage/Database.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::desktop::DataActions;
using mockloop::desktop::ImportDialog;
using mockloop::desktop::MainWindow;
using mockloop::test::FakeClock;

class TestGuiImportDelimited : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void importCsv_columnsHeaderAndSeparatorChanged_countsFollowAndImportSavesThePreview();
    void importMarkdown_hasNoColumnsSection();

private:
    ImportDialog *openImport(const QString &path);
    int count(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiImportDelimited::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiImportDelimited::cleanup()
{
    DataActions::setFileChooser({});
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

ImportDialog *TestGuiImportDelimited::openImport(const QString &path)
{
    auto *libraryButton = m_window->findChild<QPushButton *>(QStringLiteral("libraryButton"));
    if (!libraryButton)
        return nullptr;
    QTest::mouseClick(libraryButton, Qt::LeftButton);
    DataActions::setFileChooser(
        [path](const QString &, const QString &, const QString &, bool) { return path; });
    auto *importButton = m_window->findChild<QPushButton *>(QStringLiteral("libraryImportButton"));
    if (!importButton || !importButton->isVisible())
        return nullptr;
    QTest::mouseClick(importButton, Qt::LeftButton);
    return m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
}

namespace {

// Moves a closed combo with the arrow keys, as a person does, until it shows data.
bool chooseByKeyboard(QComboBox *combo, int data)
{
    combo->setFocus();
    for (int i = 0; i < combo->count() && combo->currentData().toInt() != data; ++i)
        QTest::keyClick(combo,
                        combo->findData(data) > combo->currentIndex() ? Qt::Key_Down : Qt::Key_Up);
    return combo->currentData().toInt() == data;
}

QComboBox *kindComboOf(QTableWidget *categories, const QString &name)
{
    for (int row = 0; row < categories->rowCount(); ++row) {
        if (categories->item(row, 0)->text() == name)
            return qobject_cast<QComboBox *>(categories->cellWidget(row, 2));
    }
    return nullptr;
}

} // namespace

void TestGuiImportDelimited::importCsv_columnsHeaderAndSeparatorChanged_countsFollowAndImportSavesThePreview()
{
    ImportDialog *dialog = openImport(
        QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/delimited/spreadsheet.csv"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *box = dialog->findChild<QGroupBox *>(QStringLiteral("importColumnsBox"));
    QVERIFY(box && box->isVisible());
    // MOCKLOOP_SCREENSHOT_DIR=/tmp/x saves the dialog as the person sees it.
    if (const QString shots = qEnvironmentVariable("MOCKLOOP_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog->grab().save(shots + QStringLiteral("/import-csv-dialog.png"));
    auto *separator = dialog->findChild<QComboBox *>(QStringLiteral("importSeparator"));
    auto *header = dialog->findChild<QCheckBox *>(QStringLiteral("importHeader"));
    auto *columns = dialog->findChild<QTableWidget *>(QStringLiteral("importColumns"));
    auto *categories = dialog->findChild<QTableWidget *>(QStringLiteral("importCategories"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
    auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("importProblems"));
    auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(separator && header && columns && categories && summary && problems && importButton);
    QCOMPARE(dialog->focusWidget(), separator); // the first field has focus
    QCOMPARE(separator->currentText(), QStringLiteral("Comma"));
    QVERIFY(header->isChecked());
    QCOMPARE(columns->columnCount(), 5);
    QCOMPARE(columns->horizontalHeaderItem(0)->text(), QStringLiteral("Question"));
    QCOMPARE(columns->rowCount(), 1 + 6); // the role combos, then the first rows
    QCOMPARE(columns->item(1, 0)->text(),
             QStringLiteral("What does a database index cost on writes?"));
    auto *kindRole = dialog->findChild<QComboBox *>(QStringLiteral("importColumnRole5"));
    auto *categoryRole = dialog->findChild<QComboBox *>(QStringLiteral("importColumnRole3"));
    QVERIFY(kindRole && categoryRole);
    QCOMPARE(kindRole->currentText(), QStringLiteral("Round kind"));
    QCOMPARE(kindRole->accessibleName(), QStringLiteral("What column 5 (Round kind) holds"));
    QVERIFY(summary->text().contains(QStringLiteral("5 questions will be added")));
    QCOMPARE(categories->rowCount(), 4);

    // Tab reaches the header checkbox and the column combos in reading order.
    separator->setFocus();
    QTest::keyClick(separator, Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), header);
    QTest::keyClick(header, Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget()->objectName(), QStringLiteral("importColumnRole1"));

    // The person sends "Databases" to project.
    QVERIFY(chooseByKeyboard(kindComboOf(categories, QStringLiteral("Databases")),
                             int(RoundKind::Project)));

    // The first row is data now: its "Round kind" cell is no round kind, so nothing can be
    // imported until the kind column is left out.
    QTest::mouseClick(header, Qt::LeftButton);
    QVERIFY(!header->isChecked());
    QTRY_VERIFY(problems->isVisible());
    QCOMPARE(problems->count(), 1);
    QVERIFY2(problems->item(0)->text().startsWith(
                 QStringLiteral("spreadsheet.csv:1:31: kind: \"Round kind\" is not a round kind")),
             qPrintable(problems->item(0)->text()));
    QVERIFY(!importButton->isEnabled());
    QCOMPARE(columns->horizontalHeaderItem(0)->text(), QStringLiteral("Column 1"));
    QCOMPARE(columns->item(1, 0)->text(), QStringLiteral("Question"));
    QCOMPARE(kindComboOf(categories, QStringLiteral("Databases"))->currentData().toInt(),
             int(RoundKind::Project)); // the person's choice stays

    QVERIFY(chooseByKeyboard(kindRole, int(ColumnRole::None)));
    QVERIFY(!problems->isVisible());
    QVERIFY(importButton->isEnabled());
    QVERIFY2(summary->text().contains(QStringLiteral("6 questions will be added")),
             qPrintable(summary->text()));
    QVERIFY(kindComboOf(categories, QStringLiteral("Category"))); // the header row's category

    // Header again, with the keyboard: five questions, the kind column still left out.
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Space);
    QVERIFY(header->isChecked());
    QVERIFY(summary->text().contains(QStringLiteral("5 questions will be added")));
    QCOMPARE(kindRole->currentData().toInt(), int(ColumnRole::None));

    // Another separator reads other columns; back to comma, the columns are guessed again.
    separator->setFocus();
    while (separator->currentText() != QStringLiteral("Semicolon"))
        QTest::keyClick(separator, Qt::Key_Down);
    QCOMPARE(columns->columnCount(), 2);
    while (separator->currentText() != QStringLiteral("Comma"))
        QTest::keyClick(separator, Qt::Key_Up);
    QCOMPARE(columns->columnCount(), 5);
    // New combos above the new columns (the old ones are deleted later).
    kindRole = qobject_cast<QComboBox *>(columns->cellWidget(0, 4));
    categoryRole = qobject_cast<QComboBox *>(columns->cellWidget(0, 2));
    QVERIFY(kindRole && categoryRole);
    QCOMPARE(kindRole->objectName(), QStringLiteral("importColumnRole5"));
    QCOMPARE(kindRole->currentData().toInt(), int(ColumnRole::Kind));

    // Categories are not imported: one category, the pack's name, all five questions.
    QVERIFY(chooseByKeyboard(categoryRole, int(ColumnRole::None)));
    QCOMPARE(categories->rowCount(), 1);
    QCOMPARE(categories->item(0, 0)->text(), QStringLiteral("spreadsheet"));
    QCOMPARE(categories->item(0, 1)->text(), QStringLiteral("5"));
    QVERIFY(chooseByKeyboard(categoryRole, int(ColumnRole::Category)));
    QCOMPARE(categories->rowCount(), 4);
    QCOMPARE(kindComboOf(categories, QStringLiteral("Databases"))->currentData().toInt(),
             int(RoundKind::Project));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM packs WHERE id = 'spreadsheet'")), 0);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>(QStringLiteral("importDialog")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = 'spreadsheet'")),
             5);
    const auto pack = QuestionBank(*m_db).pack(QStringLiteral("spreadsheet"));
    QVERIFY(pack);
    for (const Question &q : pack->questions) {
        if (q.text == u"What does a database index cost on writes?") {
            QCOMPARE(q.kind, RoundKind::Project);
            QVERIFY(q.outline.startsWith(QStringLiteral("Every insert")));
            QCOMPARE(q.tags.first(), QStringLiteral("Databases"));
        } else if (q.text == u"Design a URL shortener.") {
            QCOMPARE(q.kind, RoundKind::SystemDesign);
        }
    }
}

void TestGuiImportDelimited::importMarkdown_hasNoColumnsSection()
{
    ImportDialog *dialog = openImport(
        QStringLiteral(MOCKLOOP_TEST_DATA_DIR "/markdown/list_style.md"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QGroupBox *>(QStringLiteral("importColumnsBox")));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

QTEST_MAIN(TestGuiImportDelimited)
#include "test_gui_import_delimited.moc"
