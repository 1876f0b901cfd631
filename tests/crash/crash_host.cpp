// A small test host that runs the real core session and autosave code under a real clock and
// a real event loop, fed scripted keystrokes on stdin. test_crash SIGKILLs it mid-answer.
//
// Commands (one per line):  start | start-followup | event KEY | type TEXT | followup TEXT
// Output lines:             session ID | state KEY | asked FOLLOW_UP | refused REASON |
//                           saved ANSWER_USED_MS CHARS (the follow-up's while one is open)
// start-followup runs a plan with one follow-up per question (docs/engine.md, "Follow-ups").
#include "bank/QuestionBank.h"
#include "base/DataDir.h"
#include "controller/SessionController.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace mockloop;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    if (argc < 2) {
        std::fprintf(stderr, "usage: crash_host DATA_DIR\n");
        return 1;
    }
    QTextStream out(stdout);
    Database db;
    QString error;
    if (!db.open(databasePath(QString::fromLocal8Bit(argv[1])), &error)
        || !QuestionBank(db).installBuiltinPacks(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    SystemClock clock;
    std::unique_ptr<SessionController> session;
    QString typed;
    QString followUpTyped;

    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        if (session)
            session->tick();
    });
    ticker.start();

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        static QByteArray pending;
        pending.append(buffer, n);
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            if (line == QLatin1String("start") || line == QLatin1String("start-followup")) {
                LoopPlan plan;
                plan.followUpsPerQuestion = line == QLatin1String("start-followup") ? 1 : 0;
                plan.name = QStringLiteral("crash test");
                plan.prepSeconds = 5;
                plan.answerSeconds = 600;
                plan.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}}};
                session = SessionController::start(db, plan, &clock, &error);
                if (!session) {
                    out << "refused " << error << Qt::endl;
                    continue;
                }
                QObject::connect(session.get(), &SessionController::stateChanged, &app,
                                 [&](State, State to) {
                                     out << "state " << toKey(to) << Qt::endl;
                                     if (to == State::FollowUpAsked && session->currentFollowUp())
                                         out << "asked " << session->currentFollowUp()->question
                                             << Qt::endl;
                                 });
                QObject::connect(session.get(), &SessionController::saved, &app, [&] {
                    const int a = session->engine().currentAttempt();
                    const int f = session->engine().currentFollowUp();
                    if (a >= 0 && f >= 0) {
                        out << "saved " << session->lastSaved().attempts[a].followUps[f].answerUsedMs
                            << ' ' << followUpTyped.size() << Qt::endl;
                        return;
                    }
                    const qint64 used = a >= 0 ? session->lastSaved().attempts[a].answerUsedMs : 0;
                    out << "saved " << used << ' ' << typed.size() << Qt::endl;
                });
                out << "session " << session->sessionId() << Qt::endl;
            } else if (line.startsWith(QLatin1String("event ")) && session) {
                const QString key = line.mid(6);
                bool known = false;
                for (Event e : kAllEvents) {
                    if (toKey(e) == key) {
                        known = true;
                        const auto r = session->handle(e);
                        if (!r)
                            out << "refused " << r.reason << Qt::endl;
                    }
                }
                if (!known)
                    out << "refused unknown event" << Qt::endl;
            } else if (line.startsWith(QLatin1String("type ")) && session) {
                typed += line.mid(5);
                session->setAnswer({{QStringLiteral("answer"), typed}});
            } else if (line.startsWith(QLatin1String("followup ")) && session) {
                followUpTyped += line.mid(9);
                session->setFollowUpAnswer(followUpTyped);
            }
        }
    });
    return app.exec();
}
