// Shows the interview page frozen in one clock state, for the screenshots in docs/ (see
// scripts/clock-screenshots.sh): a real window in a real X server, time from the fake clock.
//   clock_screenshot normal|amber|red|overtime [seconds to stay open]
#include "bank/QuestionBank.h"
#include "controller/SessionController.h"
#include "storage/Database.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace mockloop;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString state = args.value(1, QStringLiteral("normal"));
    const int stay = args.value(2, QStringLiteral("6")).toInt();
    // Answer time used for each state, of a 5-minute answer.
    const QHash<QString, int> usedSeconds = {{QStringLiteral("normal"), 72},
                                             {QStringLiteral("amber"), 236},
                                             {QStringLiteral("red"), 277},
                                             {QStringLiteral("overtime"), 342}};
    if (!usedSeconds.contains(state)) {
        std::fprintf(stderr, "usage: clock_screenshot normal|amber|red|overtime [seconds]\n");
        return 2;
    }

    QTemporaryDir dir;
    Database db;
    if (!test::openBankDatabase(dir, db))
        return 1;
    test::FakeClock clock;
    desktop::MainWindow window(db, &clock);
    window.resize(1366, 900);
    window.move(0, 0);
    window.show();

    LoopPlan plan;
    plan.name = QStringLiteral("Full backend loop");
    plan.prepSeconds = 30;
    plan.answerSeconds = 300;
    plan.expiry = ExpiryPolicy::Soft;
    plan.gradingTiming = GradingTiming::EndOfRound;
    // A fixed first question, so the typed notes fit it in every shot.
    plan.rounds = {RoundPlan{RoundKind::Technical,
                             1,
                             {QStringLiteral("tech.relational-database-choice")},
                             {},
                             {},
                             {},
                             {}},
                   RoundPlan{RoundKind::SystemDesign, 1, {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::Behavioral, 2, {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::CulturalFit, 1, {}, {}, {}, {}, {}},
                   RoundPlan{RoundKind::Project, 1, {}, {}, {}, {}, {}}};
    QString error;
    if (!window.startSession(plan, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SessionController *session = window.controller();
    session->handle(Event::Continue);    // round intro → prep
    session->handle(Event::BeginAnswer); // → answering
    window.tickNow();
    if (auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("answerEdit"))) {
        editor->setPlainText(QStringLiteral(
            "PostgreSQL for five years, MySQL before that, a little SQL Server.\n"
            "Differences that mattered: PostgreSQL's MVCC and transactional DDL made "
            "migrations safe to roll back; MySQL (InnoDB) needed care with gap locks.\n"
            "JSONB with GIN indexes let us keep flexible attributes without a second store.\n"
            "Replication: streaming replicas in PostgreSQL, binlog-based in MySQL."));
    }
    clock.advanceSeconds(usedSeconds.value(state));
    window.tickNow();
    QTimer::singleShot(stay * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
