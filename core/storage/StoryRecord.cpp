#include "storage/StoryRecord.h"

namespace mockloop {

namespace {

QString fieldValue(const QList<AnswerField> &fields, const QString &name)
{
    for (const AnswerField &f : fields)
        if (f.name == name)
            return f.value;
    return {};
}

} // namespace

QStringList normalisedCompetencies(const QStringList &competencies)
{
    QStringList out;
    for (const QString &c : competencies) {
        const QString t = c.simplified().toLower();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    out.sort();
    return out;
}

QList<AnswerField> Story::toAnswerFields() const
{
    return {{QStringLiteral("situation"), situation},
            {QStringLiteral("task"), task},
            {QStringLiteral("action"), action},
            {QStringLiteral("result"), result}};
}

Story Story::fromAnswer(const AttemptRecord &attempt)
{
    Story s;
    s.situation = fieldValue(attempt.answer, QStringLiteral("situation"));
    s.task = fieldValue(attempt.answer, QStringLiteral("task"));
    s.action = fieldValue(attempt.answer, QStringLiteral("action"));
    s.result = fieldValue(attempt.answer, QStringLiteral("result"));
    if (s.situation.isEmpty() && s.task.isEmpty() && s.action.isEmpty() && s.result.isEmpty())
        s.action = fieldValue(attempt.answer, QStringLiteral("answer"));
    const QString question = attempt.question.text.simplified();
    s.title = question.size() > 80 ? question.left(80).trimmed() + QChar(u'…') : question;
    s.competencies = normalisedCompetencies(attempt.question.competencies);
    s.sourceAttemptId = attempt.id;
    return s;
}

} // namespace mockloop
