// The import preview says why each category gets its round kind, and keeps the person's choice
// for the next import of the same file: driven like a person on the real window (offscreen),
// the file chosen through DataActions' seam, a real database in a QTemporaryDir.
#include "bank/QuestionBank.h"
#include "library/ImportDialog.h"
#include "storage/Database.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
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

namespace {

// Neutral headings: only the wording tells the kinds.
const char *const kList = R"(# Questions from the meetup

## General

- Tell me about a time you disagreed with a teammate.
- Describe a time you missed a deadline.
- How did you handle an outage at night?
- What is a B-tree?

## Other

- What is a heap?
- Compare TCP and UDP.
)";

} // namespace

class TestGuiImportKinds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void preview_showsWhy_andTheChangedKindIsKeptForTheSameFile();

private:
    // Opens the import of path from the library (Home → Library first), as a person does; the
    // dialog, shown.
    ImportDialog *openImport(const QString &path);
    int rowOf(QTableWidget *table, const QString &category) const;
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

void TestGuiImportKinds::init()
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
    DataActions::setNotifier([](const QString &, const QString &, bool) {});
}

void TestGuiImportKinds::cleanup()
{
    DataActions::setFileChooser({});
    DataActions::setNotifier({});
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

ImportDialog *TestGuiImportKinds::openImport(const QString &path)
{
    DataActions::setFileChooser(
        [path](const QString &, const QString &, const QString &, bool) { return path; });
    if (mockloop::test::currentPageOf(m_window.get()) != u"libraryPage") {
        auto *libraryButton = m_window->findChild<QPushButton *>(QStringLiteral("libraryButton"));
        if (!libraryButton || !libraryButton->isVisible())
            return nullptr;
        QTest::mouseClick(libraryButton, Qt::LeftButton);
    }
    auto *importButton = m_window->findChild<QPushButton *>(QStringLiteral("libraryImportButton"));
    if (!importButton || !importButton->isVisible() || !importButton->isEnabled())
        return nullptr;
    QTest::mouseClick(importButton, Qt::LeftButton);
    auto *dialog = m_window->findChild<ImportDialog *>(QStringLiteral("importDialog"));
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

int TestGuiImportKinds::rowOf(QTableWidget *table, const QString &category) const
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0) && table->item(row, 0)->text() == category)
            return row;
    }
    return -1;
}

void TestGuiImportKinds::preview_showsWhy_andTheChangedKindIsKeptForTheSameFile()
{
    const QString path = m_dir->filePath(QStringLiteral("meetup.md"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kList);
    }
    ImportDialog *dialog = openImport(path);
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("importCategories"));
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Why"));
    const int general = rowOf(table, QStringLiteral("General"));
    const int other = rowOf(table, QStringLiteral("Other"));
    QVERIFY(general >= 0 && other >= 0);

    // The reason is on screen beside the kind: a visible column, wide enough for a reason of
    // one line at the dialog's size; a longer one is whole in the tooltips.
    auto *generalKind = qobject_cast<QComboBox *>(table->cellWidget(general, 2));
    QVERIFY(generalKind);
    QCOMPARE(generalKind->currentData().toInt(), int(RoundKind::Behavioral));
    QTableWidgetItem *why = table->item(general, 3);
    QCOMPARE(why->text(), QStringLiteral("3 of 4 questions ask for a time when something happened "
                                         "(“tell me about a time”)"));
    QVERIFY(!table->isColumnHidden(3));
    QVERIFY(table->viewport()->rect().contains(table->visualItemRect(why)));
    QVERIFY2(table->columnWidth(3) > table->fontMetrics().horizontalAdvance(why->text()) + 16,
             qPrintable(QString::number(table->columnWidth(3))));
    QCOMPARE(why->toolTip(), why->text());
    QCOMPARE(generalKind->toolTip(), why->text());

    // The person makes "Other" a project round with the keyboard; the reason says whose it is.
    auto *otherKind = qobject_cast<QComboBox *>(table->cellWidget(other, 2));
    QVERIFY(otherKind);
    QCOMPARE(table->item(other, 3)->text(),
             QStringLiteral("no heading or wording says otherwise: technical"));
    otherKind->setFocus();
    while (otherKind->currentData().toInt() != int(RoundKind::Project))
        QTest::keyClick(otherKind, Qt::Key_Down);
    QCOMPARE(table->item(other, 3)->text(), QStringLiteral("your choice"));

    auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    CLICK(importButton);
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>(QStringLiteral("importDialog")));
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM questions WHERE pack_id = 'meetup' AND kind = 'project'")),
             2);
    // Remembered under the file's path, not its name: another meetup.md elsewhere is another file.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM import_sources WHERE source = ?"));
    q.addBindValue(QFileInfo(path).canonicalFilePath());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // The same file again: the choice is proposed, and the preview says why.
    dialog = openImport(path);
    QVERIFY(dialog);
    table = dialog->findChild<QTableWidget *>(QStringLiteral("importCategories"));
    otherKind = qobject_cast<QComboBox *>(table->cellWidget(rowOf(table, QStringLiteral("Other")), 2));
    QVERIFY(otherKind);
    QCOMPARE(otherKind->currentData().toInt(), int(RoundKind::Project));
    QCOMPARE(table->item(rowOf(table, QStringLiteral("Other")), 3)->text(),
             QStringLiteral("your choice when you last imported this file"));
    generalKind = qobject_cast<QComboBox *>(
        table->cellWidget(rowOf(table, QStringLiteral("General")), 2));
    QCOMPARE(generalKind->currentData().toInt(), int(RoundKind::Behavioral));
    CLICK(dialog->findChild<QPushButton *>(QStringLiteral("importCancelButton")));
    QTRY_VERIFY(!m_window->findChild<ImportDialog *>(QStringLiteral("importDialog")));
}

QTEST_MAIN(TestGuiImportKinds)
#include "test_gui_import_kinds.moc"
