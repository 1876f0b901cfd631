#include "coach/FollowUpChoice.h"

#include "coach/Coach.h"

#include <QSet>

namespace mockloop {

namespace {

// Words that carry no topic: articles and prepositions, the question words and the words
// every follow-up asks with ("what would you do if…", "how did your team…"). Stemmed like the
// answer, so "happens" and "happened" are both left out.
const QSet<QString> &ignoredUnits()
{
    static const QSet<QString> units = [] {
        const QString words = QStringLiteral(
            "a an the of to in on at for with by from into and or but if then than as so "
            "what when where which who whom whose why how would could should will can may might "
            "must shall you your yours yourself we our us i me my mine they them their it its "
            "this that these those there here is are was were be been being am do does did "
            "done doing have has had having not no any some such other else more most very "
            "about over under again one way thing things happen tell give walk through "
            "example instead kind sort");
        QSet<QString> set;
        for (const QString &unit : coaching::matchUnits(words))
            set.insert(unit);
        return set;
    }();
    return units;
}

} // namespace

QStringList followUpTopicWords(const QString &followUp)
{
    QStringList topic;
    for (const QString &unit : coaching::matchUnits(followUp)) {
        if (unit.size() < 2 || ignoredUnits().contains(unit) || topic.contains(unit))
            continue;
        topic.append(unit);
    }
    return topic;
}

FollowUpCoverage followUpCoverage(const QString &followUp, const QString &answerText)
{
    const QStringList topic = followUpTopicWords(followUp);
    const QStringList answerUnits = coaching::matchUnits(answerText);
    const QSet<QString> answer(answerUnits.cbegin(), answerUnits.cend());
    FollowUpCoverage c;
    c.total = int(topic.size());
    for (const QString &unit : topic) {
        if (answer.contains(unit))
            ++c.covered;
    }
    return c;
}

int chooseFollowUp(const QStringList &followUps, const QString &answerText, const QList<int> &asked)
{
    int best = -1;
    FollowUpCoverage bestCoverage;
    for (int i = 0; i < followUps.size(); ++i) {
        if (asked.contains(i) || followUps.at(i).trimmed().isEmpty())
            continue;
        FollowUpCoverage c = followUpCoverage(followUps.at(i), answerText);
        if (c.total == 0)
            c = {1, 1}; // nothing to measure: as if covered
        // covered / total < best.covered / best.total, in whole numbers; a tie keeps the
        // earlier one.
        if (best < 0
            || qint64(c.covered) * bestCoverage.total < qint64(bestCoverage.covered) * c.total) {
            best = i;
            bestCoverage = c;
        }
    }
    return best;
}

} // namespace mockloop
