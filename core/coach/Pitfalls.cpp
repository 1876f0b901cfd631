#include "coach/Pitfalls.h"

#include "coach/Coach.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace mockloop::coaching {

namespace {

using detail::FieldUnits;
using detail::Occurrence;

// A quoted sentence longer than this is cut (a paragraph typed without a full stop).
constexpr qsizetype kMaxQuote = 400;
// More combinations of term places than this in one sentence: only the earliest of each.
constexpr qsizetype kMaxCombinations = 256;

QSet<QString> stems(std::initializer_list<const char *> words)
{
    QSet<QString> out;
    for (const char *w : words)
        out.insert(stem(QLatin1String(w)));
    return out;
}

// Negation words, compared as units (stems), and every word ending in "n't".
const QSet<QString> &negationUnits()
{
    static const QSet<QString> set = stems(
        {"not", "no", "never", "none", "neither", "nor", "cannot", "without", "unlike"});
    return set;
}

// Two-word negations: "rather than", "instead of", and the counterfactual "as if", "as though"
// ("isolation makes them behave as if they ran one at a time").
const QList<std::pair<QString, QString>> &negationPairs()
{
    static const QList<std::pair<QString, QString>> pairs = [] {
        QList<std::pair<QString, QString>> list;
        for (const auto &[a, b] : {std::pair("rather", "than"), std::pair("instead", "of"),
                                   std::pair("as", "if"), std::pair("as", "though")})
            list.append({stem(QLatin1String(a)), stem(QLatin1String(b))});
        return list;
    }();
    return pairs;
}

// Words that call the claim a false belief wherever they stand in the sentence.
const QSet<QString> &disclaimerUnits()
{
    static const QSet<QString> set = stems(
        {"myth", "misconception", "misunderstanding", "fallacy", "untrue", "mistaken"});
    return set;
}

bool isNegationAt(const FieldUnits &f, qsizetype u)
{
    const QString &x = f.units.at(u);
    if (negationUnits().contains(x) || x.endsWith(QLatin1String("n't")))
        return true;
    if (u + 1 < f.units.size() && f.sentence.at(u + 1) == f.sentence.at(u))
        return negationPairs().contains(std::pair(x, f.units.at(u + 1)));
    return false;
}

// Whether a match from unit first to unit last (one sentence) is negated: a negation between
// them, up to kNegationWindowBefore units before first in first's clause, up to
// kNegationWindowAfter units after last in last's clause ("PUT is idempotent, POST is not"), or
// a disclaimer anywhere in the sentence.
bool negated(const FieldUnits &f, qsizetype first, qsizetype last)
{
    const int sentence = f.sentence.at(first);
    for (qsizetype u = 0; u < f.units.size(); ++u) {
        if (f.sentence.at(u) == sentence && disclaimerUnits().contains(f.units.at(u)))
            return true;
    }
    qsizetype from = first;
    while (from > 0 && first - from < kNegationWindowBefore
           && f.clause.at(from - 1) == f.clause.at(first))
        --from;
    qsizetype to = last;
    while (to + 1 < f.units.size() && to - last < kNegationWindowAfter
           && f.clause.at(to + 1) == f.clause.at(last))
        ++to;
    for (qsizetype u = from; u <= to; ++u) {
        if (isNegationAt(f, u))
            return true;
    }
    return false;
}

// Per term of the pitfall: where any of its alternatives occurs within one sentence.
QList<QList<Occurrence>> places(const FieldUnits &f, const Pitfall &pitfall)
{
    QList<QList<Occurrence>> perTerm;
    for (const QStringList &alternatives : pitfall.terms) {
        QList<Occurrence> found;
        for (const QString &term : alternatives) {
            for (const Occurrence &o : detail::occurrenceSpans(f, detail::termUnits(term))) {
                if (f.sentence.at(o.first) == f.sentence.at(o.last))
                    found.append(o);
            }
        }
        perTerm.append(found);
    }
    return perTerm;
}

// Whether the sentence states the pitfall: of all choices of one place per term in it, the
// tightest (the fewest units from the first to the last, then the earliest) is not negated.
bool statedIn(const FieldUnits &f, int sentence, const QList<QList<Occurrence>> &perTerm)
{
    QList<QList<Occurrence>> inSentence;
    qsizetype combinations = 1;
    for (const QList<Occurrence> &term : perTerm) {
        QList<Occurrence> here;
        for (const Occurrence &o : term) {
            if (f.sentence.at(o.first) == sentence)
                here.append(o);
        }
        if (here.isEmpty())
            return false;
        combinations = std::min(combinations * here.size(), kMaxCombinations + 1);
        inSentence.append(here);
    }
    if (combinations > kMaxCombinations) {
        for (QList<Occurrence> &term : inSentence)
            term = {term.first()};
    }
    // Walk every combination like an odometer and keep the tightest.
    QList<qsizetype> pick(inSentence.size(), 0);
    Occurrence best{0, f.units.size()};
    bool any = false;
    while (true) {
        Occurrence span{f.units.size(), 0};
        for (qsizetype t = 0; t < inSentence.size(); ++t) {
            span.first = std::min(span.first, inSentence.at(t).at(pick.at(t)).first);
            span.last = std::max(span.last, inSentence.at(t).at(pick.at(t)).last);
        }
        const qsizetype width = span.last - span.first;
        const qsizetype bestWidth = best.last - best.first;
        if (!any || width < bestWidth || (width == bestWidth && span.first < best.first))
            best = span;
        any = true;
        qsizetype t = 0;
        while (t < pick.size() && ++pick[t] == inSentence.at(t).size())
            pick[t++] = 0;
        if (t == pick.size())
            break;
    }
    return !negated(f, best.first, best.last);
}

// The sentences of f that state the pitfall, in order.
QList<int> statingSentences(const FieldUnits &f, const Pitfall &pitfall)
{
    QList<int> out;
    if (pitfall.terms.isEmpty())
        return out;
    const QList<QList<Occurrence>> perTerm = places(f, pitfall);
    if (std::any_of(perTerm.cbegin(), perTerm.cend(),
                    [](const QList<Occurrence> &o) { return o.isEmpty(); }))
        return out;
    // Candidate sentences: those where the first term occurs.
    QList<int> candidates;
    for (const Occurrence &o : perTerm.first()) {
        const int s = f.sentence.at(o.first);
        if (!candidates.contains(s))
            candidates.append(s);
    }
    std::sort(candidates.begin(), candidates.end());
    for (int s : std::as_const(candidates)) {
        if (statedIn(f, s, perTerm))
            out.append(s);
    }
    return out;
}

QString quote(const QString &text, const SentenceSpan &span)
{
    const QString sentence = text.mid(span.start, span.length).simplified();
    return sentence.size() > kMaxQuote ? sentence.left(kMaxQuote - 1) + QChar(0x2026) : sentence;
}

} // namespace

bool statesPitfall(const QString &text, const Pitfall &pitfall)
{
    return !statingSentences(detail::fieldUnits(text), pitfall).isEmpty();
}

namespace detail {

PitfallScan scanPitfalls(const QList<Pitfall> &own, const QList<Cliche> &cliches,
                         const QList<AnswerField> &answer, const QList<FieldUnits> &fields)
{
    PitfallScan scan;
    scan.flaggedSentences.resize(fields.size());
    // The question's own pitfalls: each reported once, at the first sentence that states it.
    for (qsizetype p = 0; p < own.size(); ++p) {
        bool reported = false;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            for (int s : statingSentences(fields.at(i), own.at(p))) {
                scan.flaggedSentences[i].insert(s);
                if (reported)
                    continue;
                reported = true;
                scan.findings.append({answer.at(i).name,
                                      quote(answer.at(i).value, fields.at(i).sentences.at(s)),
                                      int(p), QString(), own.at(p).text, own.at(p).correction});
            }
        }
    }
    // Shared clichés, except in a sentence already reported for the question's own pitfall.
    const QList<QSet<int>> ownSentences = scan.flaggedSentences;
    for (const Cliche &c : cliches) {
        bool reported = false;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            for (int s : statingSentences(fields.at(i), c.pitfall)) {
                if (ownSentences.at(i).contains(s))
                    continue;
                scan.flaggedSentences[i].insert(s);
                if (reported)
                    continue;
                reported = true;
                scan.findings.append({answer.at(i).name,
                                      quote(answer.at(i).value, fields.at(i).sentences.at(s)), -1,
                                      c.id, c.pitfall.text, c.pitfall.correction});
            }
        }
    }
    return scan;
}

} // namespace detail

} // namespace mockloop::coaching
