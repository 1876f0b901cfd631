// mockloop-cli run [--preset NAME | --due]: a mock interview in the terminal.
#include "bank/QuestionBank.h"
#include "base/Clock.h"
#include "practice/Scheduler.h"
#include "session/Plan.h"
#include "Commands.h"
#include "Terminal.h"
#include "TerminalInterview.h"

#include <QCoreApplication>

namespace mockloop::cli {

namespace {

class RunText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kDefaultPreset = QStringLiteral("quick");

QString presetList()
{
    QString out;
    for (const LoopPlan &p : builtinPresets())
        out += QStringLiteral("  %1  %2\n").arg(p.id.leftJustified(8), p.name);
    return out;
}

int runInterview(CommandContext &ctx)
{
    const bool due = ctx.parser.isSet(QStringLiteral("due"));
    if (due && ctx.parser.isSet(QStringLiteral("preset"))) {
        ctx.err << RunText::tr("mockloop-cli: run takes --preset or --due, not both.") << Qt::endl;
        return Usage;
    }
    const QString presetId = ctx.parser.isSet(QStringLiteral("preset"))
                                 ? ctx.parser.value(QStringLiteral("preset"))
                                 : kDefaultPreset;
    std::optional<LoopPlan> plan;
    if (due) {
        // Today's due questions, as Home's "Practice due questions" runs them.
        const Scheduler scheduler(*ctx.db, ctx.clock);
        plan = scheduler.practiceDuePlan();
        if (plan->rounds.isEmpty()) {
            ctx.out << scheduler.dueSummary({}) << Qt::endl; // the plan is empty: nothing today
            return Ok;
        }
    } else {
        plan = builtinPreset(presetId);
    }
    if (!plan) {
        ctx.err << RunText::tr("mockloop-cli: unknown preset \"%1\". The presets are:").arg(presetId)
                << Qt::endl
                << presetList();
        ctx.err.flush();
        return Usage;
    }
    QString error;
    if (!QuestionBank(*ctx.db).installBuiltinPacks(&error)) {
        // The questions already installed still work; a broken built-in pack is a bug.
        ctx.err << RunText::tr("mockloop-cli: the built-in question packs could not be "
                               "installed: %1")
                       .arg(error)
                << Qt::endl;
    }
    Terminal terminal(ctx.out, ctx.err);
    TerminalInterview interview(*ctx.db, *plan, terminal, ctx.clock);
    return interview.exec();
}

} // namespace

Command runCommand()
{
    QStringList ids;
    for (const LoopPlan &p : builtinPresets())
        ids.append(p.id);
    Command c;
    c.name = QStringLiteral("run");
    c.synopsis = QStringLiteral("run [--preset NAME | --due]");
    c.description = RunText::tr("A timed mock interview in the terminal (--preset %1;\n"
                                "default %2; --due: today's questions due for review). First offers to\n"
                                "resume the latest unfinished session.")
                        .arg(ids.join(QLatin1Char('|')), kDefaultPreset);
    c.run = runInterview;
    return c;
}

} // namespace mockloop::cli
