// Not a test: screenshots of every page in one theme, with demo data, for docs/screenshots/themes
// (scripts/screenshots.sh runs it once per theme on the offscreen platform or under Xvfb).
//   theme_screenshots light|dark|system OUTDIR
// Each page is drawn with QWidget::grab at 1366×768, so no window manager is needed.
#include "bank/Importer.h"
#include "common/Appearance.h"
#include "controller/SessionController.h"
#include "library/ImportDialog.h"
#include "window/MainWindow.h"
#include "window/SettingsDialog.h"
#include "DemoData.h"
#include "FakeClock.h"
#include "TempDatabase.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <cstdio>

using namespace mockloop;
using namespace mockloop::desktop;

namespace {

bool save(QWidget *widget, const QString &dir, const QString &theme, const QString &page)
{
    // Layouts and lazy pages settle before the picture is taken.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(theme, page));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

template<class T>
T *child(QWidget *root, const char *name)
{
    auto *w = root->findChild<T *>(QLatin1String(name));
    if (!w)
        std::fprintf(stderr, "no %s\n", name);
    return w;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("MockLoop"));
    const QStringList args = QCoreApplication::arguments();
    const QString themeName = args.value(1);
    const QString out = args.value(2);
    const QHash<QString, Theme> themes = {{QStringLiteral("light"), Theme::Light},
                                          {QStringLiteral("dark"), Theme::Dark},
                                          {QStringLiteral("system"), Theme::System}};
    if (!themes.contains(themeName) || out.isEmpty()) {
        std::fprintf(stderr, "usage: theme_screenshots light|dark|system OUTDIR\n");
        return 2;
    }
    QDir().mkpath(out);

    test::TempDatabase data;
    test::FakeClock clock;
    QString error;
    if (!data.open(&error) || !test::seedDemoData(data.db, clock, &error)) {
        std::fprintf(stderr, "demo data: %s\n", qPrintable(error));
        return 1;
    }
    Database &db = data.db;
    applyTheme(themes.value(themeName));
    MainWindow window(db, &clock);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not exposed\n");
    bool ok = true;
    auto shot = [&](QWidget *w, const char *page) {
        ok = save(w, out, themeName, QLatin1String(page)) && ok;
    };

    window.showHome();
    shot(&window, "home");
    window.showSetup();
    shot(&window, "setup");
    window.showLibrary();
    shot(&window, "library");
    window.showHistory();
    shot(&window, "history");
    // Compare: the cache answer, written twice, found by the answer search.
    if (auto *search = child<QLineEdit>(&window, "answerSearch")) {
        search->setText(QStringLiteral("invalidation"));
        QTest::keyClick(search, Qt::Key_Return);
        if (auto *open = child<QPushButton>(&window, "searchOpenButton"))
            open->click();
        if (auto *compare = child<QPushButton>(&window, "compareButton"))
            compare->click();
        shot(&window, "compare");
    }
    window.showProgress();
    shot(&window, "progress");
    window.showStories();
    shot(&window, "stories");
    for (const SessionSummary &s : SessionStore(db).recent(10)) {
        if (s.state == QLatin1String("finished")) {
            window.showReport(s.id);
            break;
        }
    }
    shot(&window, "report");

    {
        SettingsDialog settings(window.settings(), {}, &window);
        settings.show();
        shot(&settings, "settings");
    }
    {
        const QByteArray markdown =
            "# Caching questions\n\n"
            "1. How would you invalidate a cache when the data behind it changes?\n"
            "2. What is the difference between write-through and write-back caching?\n"
            "3. When does a cache make latency worse?\n"
            "4. Some notes about our team\n";
        ImportDialog import(db,
                            previewImport(markdown, QStringLiteral("caching.md"), QuestionBank(db)),
                            &window);
        import.resize(900, 600);
        import.show();
        shot(&import, "import-preview");
    }

    // A session: a question being answered, paused, graded, and the round's review.
    LoopPlan plan;
    plan.name = QStringLiteral("Technical warm-up");
    plan.prepSeconds = 30;
    plan.answerSeconds = 300;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{
        RoundKind::Technical, 1, {QStringLiteral("tech.relational-database-choice")}, {}, {}, {}, {}}};
    if (!window.startSession(plan, &error)) {
        std::fprintf(stderr, "session: %s\n", qPrintable(error));
        return 1;
    }
    SessionController *session = window.controller();
    session->handle(Event::Continue);
    session->handle(Event::BeginAnswer);
    window.tickNow();
    if (auto *editor = child<QPlainTextEdit>(&window, "answerEdit"))
        editor->setPlainText(QStringLiteral(
            "PostgreSQL for five years, MySQL before that.\n"
            "PostgreSQL's MVCC and transactional DDL made migrations safe to roll back; "
            "MySQL (InnoDB) needed care with gap locks.\n"
            "JSONB with GIN indexes kept flexible attributes without a second store."));
    clock.advanceSeconds(95);
    window.tickNow();
    shot(&window, "interview");
    session->handle(Event::Pause);
    window.tickNow();
    shot(&window, "interview-paused");
    session->handle(Event::Resume);
    session->handle(Event::Submit);
    window.tickNow();
    shot(&window, "grading");
    Grade grade;
    grade.overall = 4;
    session->submitGrade(grade);
    window.tickNow();
    shot(&window, "round-review");
    return ok ? 0 : 1;
}
