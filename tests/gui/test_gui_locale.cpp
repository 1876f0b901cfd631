// The desktop in German shows German dates and decimals: the History table, its date limits,
// the Progress summaries and chart axes, all through core's one formatting rule (TimeText)
// and the UI locale installTranslations sets, as the program does at start.
#include "base/Translation.h"
#include "history/HistoryTableModel.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GradedSession.h"
#include "GuiTestSupport.h"
#include "TempDatabase.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace mockloop;
using mockloop::desktop::HistoryTableModel;
using mockloop::desktop::MainWindow;
using mockloop::test::FakeClock;

class TestGuiLocale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void history_inGerman_showsGermanDateAndScore();
    void progress_inGerman_summariesAndAxesAreGerman();

private:
    void open(const char *actionName, const QString &page);

    std::unique_ptr<test::TempDatabase> m_data;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLocale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "UTC"); // dates show in local time: the same on every machine
}

// One session on Monday 5 January 2026, 09:00 UTC: two technical answers graded 4 and 3, so
// the average is 3.5 ("3,5" in German).
void TestGuiLocale::init()
{
    m_data = std::make_unique<test::TempDatabase>();
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    const QList<Question> tech = QuestionBank(m_data->db).questions(RoundKind::Technical);
    QVERIFY(tech.size() >= 2);
    test::GradedAnswer first;
    first.questionId = tech.at(0).id;
    first.score = 4;
    test::GradedAnswer second;
    second.questionId = tech.at(1).id;
    second.score = 3;
    QVERIFY2(test::runGradedSession(m_data->db, *m_clock, {first, second}, &error),
             qPrintable(error));

    QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    m_window = std::make_unique<MainWindow>(m_data->db, m_clock.get());
    m_window->resize(1366, 768);
    m_window->show();
}

void TestGuiLocale::cleanup()
{
    m_window.reset();
    m_data.reset();
    m_clock.reset();
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGuiLocale::open(const char *actionName, const QString &page)
{
    auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
    QVERIFY2(action, actionName);
    action->trigger();
    QCOMPARE(mockloop::test::currentPageOf(m_window.get()), page);
}

void TestGuiLocale::history_inGerman_showsGermanDateAndScore()
{
    open("historyAction", QStringLiteral("historyPage"));
    FIND(QTableView, table, "historyTable");
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, HistoryTableModel::DateColumn).data().toString(),
             QStringLiteral("5. Jan. 2026, 09:00"));
    QCOMPARE(model->index(0, HistoryTableModel::ScoreColumn).data().toString(),
             QStringLiteral("3,5"));
    // The date limits read the same way (and are typed the same way).
    FIND(QDateEdit, from, "historyFrom");
    from->setDate(QDate(2026, 1, 5));
    QCOMPARE(from->text(), QStringLiteral("5. Jan. 2026"));
}

void TestGuiLocale::progress_inGerman_summariesAndAxesAreGerman()
{
    open("progressAction", QStringLiteral("progressPage"));
    FIND(QLabel, scores, "scoreChartSummary");
    QVERIFY2(scores->text().contains(QStringLiteral("3,5")), qPrintable(scores->text()));
    QVERIFY2(scores->text().contains(QStringLiteral("5. Jan. 2026")), qPrintable(scores->text()));
    FIND(QChartView, scoreChart, "scoreChart");
    const auto axes = scoreChart->chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    auto *dates = qobject_cast<QDateTimeAxis *>(axes.first());
    QVERIFY(dates);
    QCOMPARE(scoreChart->chart()->locale().toString(dates->min().date(), dates->format()),
             QLocale(QLocale::German).toString(dates->min().date(), QStringLiteral("d. MMM")));
    FIND(QChartView, weakest, "weakQuestionsChart");
    QVERIFY(weakest->chart()->localizeNumbers()); // the bars say "3,5", not "3.5"
    QCOMPARE(weakest->chart()->locale().language(), QLocale::German);
}

QTEST_MAIN(TestGuiLocale)
#include "test_gui_locale.moc"
