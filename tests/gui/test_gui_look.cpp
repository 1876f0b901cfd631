// How the window looks, checked from what it draws: the report in the light and the dark
// palette (text against background, contrast computed from the colours the report uses),
// disabled buttons that look disabled, check boxes visible on a dark page, the pause banner
// and the compare panes in the palette's colours; the toolbar and the Home page.
#include "bank/QuestionBank.h"
#include "common/Appearance.h"
#include "controller/SessionController.h"
#include "history/CompareView.h"
#include "home/HomePage.h"
#include "home/ScoreSparkline.h"
#include "practice/Scheduler.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GradedSession.h"
#include "GuiTestSupport.h"
#include "TempDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextTable>
#include <QToolBar>
#include <QToolButton>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// WCAG 2 relative luminance and contrast, written out here rather than taken from the code
// under test.
double luminance(const QColor &c)
{
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Named
{
    const char *name;
    QPalette palette;
};

QList<Named> lightAndDark()
{
    return {{"light", lightPalette()}, {"dark", darkPalette()}};
}

} // namespace

class TestGuiLook : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void report_lightAndDark_everyTextReadableOnItsBackground();
    void disabledButtons_lookDisabledAndSayWhy();
    void uncheckedCheckBox_darkPalette_hasVisibleOutline();
    void pauseBannerAndComparePanes_followPalette();
    void errorMessage_readableInDark_andAfterSwitchingToLight();
    void errorStyleSheet_readableInBothThemes_emptyWithoutError();
    void toolbar_actionsOpenTheirPages_andWindowHasIcon();
    void home_showsUnfinishedSessionDueCountAndScoreTrend();

private:
    QString currentPage() const { return test::currentPageOf(m_window.get()); }
    QList<Question> technical(int count) const;
    qint64 gradedSession(const QList<int> &scores);

    std::unique_ptr<test::TempDatabase> m_data;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_startPalette;
};

void TestGuiLook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_startPalette = QApplication::palette();
}

void TestGuiLook::init()
{
    m_data = std::make_unique<test::TempDatabase>();
    QString error;
    QVERIFY2(m_data->open(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>();
}

void TestGuiLook::cleanup()
{
    m_window.reset();
    m_data.reset();
    QApplication::setPalette(m_startPalette);
}

QList<Question> TestGuiLook::technical(int count) const
{
    QList<Question> list = QuestionBank(m_data->db).questions(RoundKind::Technical);
    return list.mid(0, count);
}

qint64 TestGuiLook::gradedSession(const QList<int> &scores)
{
    const QList<Question> questions = technical(int(scores.size()));
    QList<test::GradedAnswer> answers;
    for (int i = 0; i < scores.size(); ++i)
        answers.append({questions.at(i).id, RoundKind::Technical, 30, scores.at(i), {}});
    QString error;
    if (!test::runGradedSession(m_data->db, *m_clock, answers, &error)) {
        qWarning("graded session: %s", qPrintable(error));
        return 0;
    }
    return SessionStore(m_data->db).recent(1).value(0).id;
}

void TestGuiLook::report_lightAndDark_everyTextReadableOnItsBackground()
{
    const qint64 sessionId = gradedSession({2, 4});
    QVERIFY(sessionId > 0);
    for (const Named &theme : lightAndDark()) {
        QApplication::setPalette(theme.palette);
        m_window = std::make_unique<MainWindow>(m_data->db, m_clock.get());
        m_window->show();
        m_window->showReport(sessionId);
        QCOMPARE(currentPage(), QStringLiteral("reportPage"));
        FIND(QTextBrowser, view, "reportView");
        QTextDocument *doc = view->document();
        QVERIFY(doc->toPlainText().contains(QStringLiteral("Round 1")));

        // The page behind the text: the document's own background, else the view's base.
        const QTextFrameFormat root = doc->rootFrame()->frameFormat();
        const QColor page = root.background().style() != Qt::NoBrush
                                ? root.background().color()
                                : view->palette().color(QPalette::Base);
        QCOMPARE(page, theme.palette.color(QPalette::Base));

        int checked = 0;
        int inTextColour = 0;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (!fragment.isValid() || fragment.text().trimmed().isEmpty())
                    continue;
                const QTextCharFormat f = fragment.charFormat();
                const QColor fg = f.foreground().style() != Qt::NoBrush
                                      ? f.foreground().color()
                                      : view->palette().color(QPalette::Text);
                QColor bg = page;
                QTextCursor cursor(doc);
                cursor.setPosition(fragment.position());
                if (QTextTable *table = cursor.currentTable()) {
                    const QTextTableCellFormat cell =
                        table->cellAt(cursor).format().toTableCellFormat();
                    if (cell.background().style() != Qt::NoBrush)
                        bg = cell.background().color();
                }
                if (f.background().style() != Qt::NoBrush)
                    bg = f.background().color();
                const double ratio = contrast(fg, bg);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1: \"%2\" %3 on %4: %5:1")
                                        .arg(QLatin1String(theme.name), fragment.text().left(40),
                                             fg.name(), bg.name())
                                        .arg(ratio, 0, 'f', 2)));
                ++checked;
                if (fg == theme.palette.color(QPalette::Text))
                    ++inTextColour;
            }
        }
        QVERIFY(checked > 20);
        // Most of the report is in the palette's own text colour.
        QVERIFY2(inTextColour * 2 > checked,
                 qPrintable(QStringLiteral("%1 of %2").arg(inTextColour).arg(checked)));
        m_window.reset();
    }
}

void TestGuiLook::disabledButtons_lookDisabledAndSayWhy()
{
    for (const Named &theme : lightAndDark()) {
        QApplication::setPalette(theme.palette);
        m_window = std::make_unique<MainWindow>(m_data->db, m_clock.get());
        m_window->show();
        // Nothing graded yet: nothing is due, so "Practice due questions" is disabled.
        FIND(QPushButton, practise, "practiceDueButton");
        QVERIFY(!practise->isEnabled());
        const QPalette &p = practise->palette();
        const QColor enabledText = p.color(QPalette::Active, QPalette::ButtonText);
        const QColor disabledText = p.color(QPalette::Disabled, QPalette::ButtonText);
        QVERIFY2(disabledText != enabledText, theme.name);
        // Visibly fainter: less contrast with the button than the enabled text has.
        QVERIFY2(contrast(disabledText, p.color(QPalette::Disabled, QPalette::Button)) + 1.5
                     < contrast(enabledText, p.color(QPalette::Active, QPalette::Button)),
                 theme.name);
        QVERIFY2(practise->toolTip().contains(QStringLiteral("Nothing is due")),
                 qPrintable(practise->toolTip()));
        // History's "Open report" with no session chosen says so.
        m_window->showHistory();
        FIND(QPushButton, openReport, "historyOpenButton");
        QVERIFY(!openReport->isEnabled());
        QVERIFY2(openReport->toolTip().contains(QStringLiteral("Choose")),
                 qPrintable(openReport->toolTip()));
        m_window.reset();
    }
}

void TestGuiLook::uncheckedCheckBox_darkPalette_hasVisibleOutline()
{
    applyTheme(Theme::Dark);
    QWidget page;
    page.setPalette(QApplication::palette());
    auto *box = new QCheckBox(QStringLiteral("Hide answered"), &page);
    page.resize(200, 40);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QStyleOptionButton option;
    option.initFrom(box);
    const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
    const QImage image = box->grab().toImage();
    const QColor window = box->palette().color(QPalette::Window);
    // The best-contrasted pixel of the indicator's edge: the box must stand out (3:1, the
    // WCAG figure for the parts of a control).
    double best = 1;
    for (int x = indicator.left(); x <= indicator.right(); ++x) {
        for (const int y :
             {indicator.top(), indicator.top() + 1, indicator.bottom() - 1, indicator.bottom()})
            best = std::max(best, contrast(image.pixelColor(x * image.devicePixelRatio(),
                                                            y * image.devicePixelRatio()),
                                           window));
    }
    QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
}

void TestGuiLook::pauseBannerAndComparePanes_followPalette()
{
    for (const Named &theme : lightAndDark()) {
        QApplication::setPalette(theme.palette);
        // The compare panes show the answers on the palette's base, the marks readable on it.
        CompareView compare;
        compare.resize(900, 500);
        compare.show();
        AttemptRecord before;
        before.answer = {{QStringLiteral("answer"), QStringLiteral("the old slow way")}};
        AttemptRecord after;
        after.answer = {{QStringLiteral("answer"), QStringLiteral("the new fast way")}};
        compare.compare(before, after);
        auto *left = compare.findChild<QTextBrowser *>(QStringLiteral("compareLeft"));
        QVERIFY(left);
        const QColor base = theme.palette.color(QPalette::Base);
        QCOMPARE(left->palette().color(QPalette::Base), base);
        bool sawRemoved = false;
        for (QTextBlock b = left->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (!f.fontStrikeOut())
                    continue;
                sawRemoved = true;
                QVERIFY2(contrast(f.foreground().color(), f.background().color()) >= 4.5, theme.name);
                QVERIFY2(contrast(f.background().color(), base) < 1.5,
                         theme.name); // a tint, not a patch
            }
        }
        QVERIFY(sawRemoved);
    }

    // The pause banner: a session paused at its first question.
    QApplication::setPalette(darkPalette());
    m_window = std::make_unique<MainWindow>(m_data->db, m_clock.get());
    m_window->show();
    LoopPlan plan;
    plan.prepSeconds = 30;
    plan.answerSeconds = 60;
    plan.pauseAllowed = true;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {technical(1).at(0).id}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    SessionController *c = m_window->controller();
    for (int step = 0; step < 3 && c->state() != State::Prep; ++step)
        c->handle(Event::Continue);
    QCOMPARE(c->state(), State::Prep);
    QVERIFY(c->handle(Event::Pause).accepted);
    m_window->tickNow();
    FIND(QLabel, banner, "pausedLabel");
    QVERIFY(banner->isVisible());
    const QImage image = banner->grab().toImage();
    const QColor fill = image.pixelColor(6, image.height() / 2);
    const QColor expected = darkPalette().color(QPalette::ToolTipBase);
    QVERIFY2(fill == expected, qPrintable(fill.name() + QLatin1String(" not ") + expected.name()));
    QVERIFY(contrast(banner->palette().color(banner->foregroundRole()), fill) >= 4.5);
}

void TestGuiLook::errorMessage_readableInDark_andAfterSwitchingToLight()
{
    QApplication::setPalette(darkPalette());
    m_window = std::make_unique<MainWindow>(m_data->db, m_clock.get());
    m_window->show();
    FIND(HomePage, home, "homePage");
    home->showError(QStringLiteral("The session is open in another window."));
    FIND(QLabel, message, "homeMessage");
    QVERIFY(message->isVisible());
    auto ratio = [&] {
        const QPalette &p = message->palette();
        return contrast(p.color(message->foregroundRole()), p.color(QPalette::Window));
    };
    QVERIFY2(ratio() >= 4.5, qPrintable(QString::number(ratio())));
    // The theme changes while the message shows (Settings): it stays readable.
    QApplication::setPalette(lightPalette());
    QTRY_COMPARE(home->palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    QCOMPARE(message->palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
    QVERIFY2(ratio() >= 4.5, qPrintable(QString::number(ratio())));
}

void TestGuiLook::errorStyleSheet_readableInBothThemes_emptyWithoutError()
{
    // The labels that show notices and failures alike (interview message, save state, the
    // countdown in overtime, a STAR part behind its budget, the story form) take their red
    // from here instead of a fixed dark red that disappears on a dark window.
    const QRegularExpression colour(QStringLiteral("color: (#[0-9a-f]{6});"));
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        const QRegularExpressionMatch m = colour.match(errorStyleSheet(palette, true, true));
        QVERIFY(m.hasMatch());
        const double ratio = contrast(QColor(m.captured(1)), palette.color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        QVERIFY(errorStyleSheet(palette, false).isEmpty());
    }
}

void TestGuiLook::toolbar_actionsOpenTheirPages_andWindowHasIcon()
{
    m_window = std::make_unique<MainWindow>(m_data->db, m_clock.get());
    m_window->show();
    QVERIFY(!m_window->windowIcon().isNull());
    QVERIFY(!m_window->windowIcon().pixmap(32, 32).isNull());
    FIND(QToolBar, toolbar, "mainToolBar");
    QVERIFY(toolbar->isVisible());
    const std::pair<const char *, const char *> pages[] = {{"newLoopAction", "setupPage"},
                                                           {"libraryAction", "libraryPage"},
                                                           {"historyAction", "historyPage"},
                                                           {"progressAction", "progressPage"},
                                                           {"storiesAction", "storiesPage"},
                                                           {"homeAction", "homePage"}};
    for (const auto &[actionName, page] : pages) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(actionName));
        QVERIFY2(action, actionName);
        QVERIFY2(!action->icon().isNull(), actionName);
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
        QVERIFY2(button, actionName);
        CLICK(button);
        QCOMPARE(currentPage(), QLatin1String(page));
    }

    // While a session runs the pages cannot be opened: the toolbar steps aside.
    FIND(QPushButton, start, "startLoopButton");
    CLICK(start);
    FIND(QPushButton, startSession, "beginSessionButton");
    CLICK(startSession);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    QVERIFY(!toolbar->isVisible());
}

void TestGuiLook::home_showsUnfinishedSessionDueCountAndScoreTrend()
{
    // Three graded sessions a day apart, then one left unfinished.
    for (const QList<int> &scores : {QList<int>{2, 2}, QList<int>{3, 5}, QList<int>{4, 5}}) {
        QVERIFY(gradedSession(scores) > 0);
        m_clock->advanceWallOnlyMs(kDayMs);
    }
    LoopPlan plan;
    plan.name = QStringLiteral("Left for later");
    plan.prepSeconds = 30;
    plan.answerSeconds = 60;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{RoundKind::Technical, 1, {technical(3).at(2).id}, {}, {}, {}, {}}};
    QString error;
    qint64 unfinishedId = 0;
    {
        auto c = SessionController::start(m_data->db, plan, m_clock.get(), &error, 3u);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->handle(Event::Start).accepted);
        unfinishedId = c->sessionId();
    }
    m_clock->advanceWallOnlyMs(30 * kDayMs); // everything graded is due by now

    m_window = std::make_unique<MainWindow>(m_data->db, m_clock.get());
    m_window->show();
    QCOMPARE(currentPage(), QStringLiteral("homePage"));

    // The unfinished session, named, with Resume ready.
    FIND(QLabel, unfinished, "unfinishedSummary");
    QVERIFY(unfinished->isVisible());
    QVERIFY2(unfinished->text().contains(QStringLiteral("Left for later")),
             qPrintable(unfinished->text()));
    FIND(QTableView, unfinishedList, "unfinishedView");
    QVERIFY(!unfinishedList->isVisible()); // one session: no list needed

    // The due count is the scheduler's.
    const int due = int(Scheduler(m_data->db, m_clock.get()).dueToday().size());
    QVERIFY(due > 0);
    FIND(QLabel, dueSummary, "dueSummary");
    QVERIFY2(dueSummary->text().contains(QString::number(due)), qPrintable(dueSummary->text()));
    FIND(QPushButton, practise, "practiceDueButton");
    QVERIFY(practise->isEnabled());

    // The trend: each graded session's average, oldest first.
    FIND(ScoreSparkline, trend, "scoreSparkline");
    QVERIFY(trend->isVisible());
    QCOMPARE(trend->scores(), (QList<double>{2.0, 4.0, 4.5}));
    FIND(QLabel, trendSummary, "trendSummary");
    QVERIFY2(trendSummary->text().contains(QStringLiteral("4.5")), qPrintable(trendSummary->text()));

    FIND(QPushButton, resume, "resumeButton");
    CLICK(resume);
    QCOMPARE(currentPage(), QStringLiteral("interviewPage"));
    QCOMPARE(m_window->controller()->sessionId(), unfinishedId);
}

QTEST_MAIN(TestGuiLook)
#include "test_gui_look.moc"
