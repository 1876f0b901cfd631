#include "storage/SessionRecord.h"

namespace mockloop {

QString sessionStatusFor(State state)
{
    switch (state) {
    case State::Finished: return QStringLiteral("finished");
    case State::Abandoned: return QStringLiteral("abandoned");
    default: return QStringLiteral("running");
    }
}

std::optional<int> previousScoreOf(const QList<AttemptRecord> &attempts, int index)
{
    const QString &id = attempts.at(index).question.id;
    for (int i = index - 1; i >= 0; --i) {
        const AttemptRecord &rec = attempts.at(i);
        if (rec.question.id == id && rec.score)
            return rec.score;
    }
    return std::nullopt;
}

} // namespace mockloop
