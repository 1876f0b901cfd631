#include "Coach.h"

#include "AnswerTemplate.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace mockloop {

namespace {

// Hint messages, translated in the "Coach" context.
class CoachText
{
    Q_DECLARE_TR_FUNCTIONS(Coach)
};

const QString kSituation = QStringLiteral("situation");
const QString kTask = QStringLiteral("task");
const QString kAction = QStringLiteral("action");
const QString kResult = QStringLiteral("result");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('+') || c == QLatin1Char('#');
}

bool isJoiner(QChar c)
{
    switch (c.unicode()) {
    case '-': case '/': case '_': case '.': case '\'': case '&':
        return true;
    default:
        return false;
    }
}

bool hasLetterOrDigit(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// Consonant, vowel, consonant (not w, x or y): the shape of cod(e), not(e), rat(e).
bool isShortSyllable(const QString &w)
{
    auto vowel = [](QChar c) { return QStringLiteral("aeiou").contains(c); };
    return !vowel(w.at(0)) && (vowel(w.at(1)) || w.at(1) == QLatin1Char('y'))
           && !vowel(w.at(2)) && !QStringLiteral("wxy").contains(w.at(2));
}

// Lowercase; typographic apostrophes and Unicode hyphens as ASCII.
QString normalized(const QString &text)
{
    QString t = text.toLower();
    for (QChar &c : t) {
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x02BC: c = QLatin1Char('\''); break;
        case 0x2010: case 0x2011: c = QLatin1Char('-'); break;
        default: break;
        }
    }
    return t;
}

// The tokenizer of coaching::words(); with keepSymbols, runs without a letter or digit ("+")
// are kept too, so "n + 1" can match "n+1".
QStringList tokens(const QString &text, bool keepSymbols)
{
    const QString t = normalized(text);
    QStringList out;
    const qsizetype n = t.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isWordChar(t.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n) {
            const QChar c = t.at(j);
            if (isWordChar(c)) {
                ++j;
            } else if (j + 1 < n && isWordChar(t.at(j + 1))
                       && (isJoiner(c)
                           // "1,000" is one number.
                           || (c == QLatin1Char(',') && t.at(j - 1).isDigit()
                               && t.at(j + 1).isDigit()))) {
                j += 2;
            } else {
                break;
            }
        }
        const QString word = t.mid(i, j - i);
        if (keepSymbols || hasLetterOrDigit(word))
            out.append(word);
        i = j;
    }
    return out;
}

bool isPronounI(const QString &w)
{
    static const QStringList kI = {
        QStringLiteral("i"),   QStringLiteral("me"),   QStringLiteral("my"),
        QStringLiteral("mine"), QStringLiteral("myself"), QStringLiteral("i'm"),
        QStringLiteral("i've"), QStringLiteral("i'd"),  QStringLiteral("i'll")};
    return kI.contains(w);
}

bool isPronounWe(const QString &w)
{
    static const QStringList kWe = {
        QStringLiteral("we"),    QStringLiteral("us"),    QStringLiteral("our"),
        QStringLiteral("ours"),  QStringLiteral("ourselves"), QStringLiteral("we're"),
        QStringLiteral("we've"), QStringLiteral("we'd"),  QStringLiteral("we'll"),
        QStringLiteral("let's")};
    return kWe.contains(w);
}

// Filler and hedge phrases. Keys are the canonical phrase shown to people.
struct FillerCount
{
    QString phrase;
    int count;
};

void countFillers(const QStringList &w, QMap<QString, int> *counts, int *total)
{
    static const QStringList kSingle = {
        QStringLiteral("um"),       QStringLiteral("uh"),      QStringLiteral("basically"),
        QStringLiteral("actually"), QStringLiteral("just"),    QStringLiteral("really"),
        QStringLiteral("maybe"),    QStringLiteral("probably"), QStringLiteral("somewhat")};
    // Spellings counted as another phrase.
    static const QList<std::pair<QString, QString>> kSpellings = {
        {QStringLiteral("umm"), QStringLiteral("um")},
        {QStringLiteral("uhh"), QStringLiteral("uh")}};
    // "what kind of index" is a question about kinds, not a hedge.
    static const QStringList kDeterminers = {
        QStringLiteral("a"),     QStringLiteral("an"),    QStringLiteral("the"),
        QStringLiteral("this"),  QStringLiteral("that"),  QStringLiteral("these"),
        QStringLiteral("those"), QStringLiteral("what"),  QStringLiteral("which"),
        QStringLiteral("any"),   QStringLiteral("some"),  QStringLiteral("same"),
        QStringLiteral("every"), QStringLiteral("each"),  QStringLiteral("one"),
        QStringLiteral("no"),    QStringLiteral("other"), QStringLiteral("another"),
        QStringLiteral("my"),    QStringLiteral("our"),   QStringLiteral("your"),
        QStringLiteral("its"),   QStringLiteral("their"), QStringLiteral("his"),
        QStringLiteral("her")};
    // "do you know", "if you know the key": a real question or condition, not filler.
    static const QStringList kBeforeYouKnow = {
        QStringLiteral("do"),    QStringLiteral("did"),    QStringLiteral("if"),
        QStringLiteral("don't"), QStringLiteral("didn't"), QStringLiteral("would"),
        QStringLiteral("will")};

    auto add = [&](const QString &phrase) {
        (*counts)[phrase] += 1;
        *total += 1;
    };
    const qsizetype n = w.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QString &a = w.at(i);
        const QString prev = i > 0 ? w.at(i - 1) : QString();
        if (i + 1 < n) {
            const QString &b = w.at(i + 1);
            QString pair;
            if ((a == QLatin1String("kind") || a == QLatin1String("sort"))
                && b == QLatin1String("of")
                && !kDeterminers.contains(prev))
                pair = a + QLatin1String(" of");
            else if (a == QLatin1String("you") && b == QLatin1String("know")
                     && !kBeforeYouKnow.contains(prev))
                pair = QStringLiteral("you know");
            else if (a == QLatin1String("i")
                     && (b == QLatin1String("think") || b == QLatin1String("guess")
                         || b == QLatin1String("believe")))
                pair = a + QLatin1Char(' ') + b;
            if (!pair.isEmpty()) {
                add(pair);
                ++i;
                continue;
            }
        }
        if (kSingle.contains(a)) {
            add(a);
            continue;
        }
        for (const auto &[spelling, phrase] : kSpellings) {
            if (a == spelling) {
                add(phrase);
                break;
            }
        }
    }
}

// "i think" -> "I think" for messages.
QString displayPhrase(const QString &phrase)
{
    QStringList parts = phrase.split(QLatin1Char(' '));
    for (QString &p : parts) {
        if (p == QLatin1String("i"))
            p = QStringLiteral("I");
    }
    return parts.join(QLatin1Char(' '));
}

bool isOutcomeWord(const QString &word)
{
    // Compared as stems, so "reduce", "reducing" and "reduced" all count.
    static const QStringList kOutcomeStems = [] {
        QStringList stems;
        for (const char *w :
             {"reduced", "increased", "saved", "cut", "improved", "grew", "fell", "faster", "fewer",
              "halved", "doubled", "tripled", "dropped", "lowered"})
            stems.append(coaching::stem(QLatin1String(w)));
        return stems;
    }();
    static const QStringList kNumberWords = {
        QStringLiteral("two"),      QStringLiteral("three"),    QStringLiteral("four"),
        QStringLiteral("five"),     QStringLiteral("six"),      QStringLiteral("seven"),
        QStringLiteral("eight"),    QStringLiteral("nine"),     QStringLiteral("ten"),
        QStringLiteral("eleven"),   QStringLiteral("twelve"),   QStringLiteral("twenty"),
        QStringLiteral("dozen"),    QStringLiteral("dozens"),   QStringLiteral("hundred"),
        QStringLiteral("hundreds"), QStringLiteral("thousand"), QStringLiteral("thousands"),
        QStringLiteral("million"),  QStringLiteral("millions"), QStringLiteral("billion"),
        QStringLiteral("twice"),    QStringLiteral("half")};
    return kNumberWords.contains(word) || kOutcomeStems.contains(coaching::stem(word));
}

bool isQuantified(const QString &text)
{
    for (QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('%'))
            return true;
    }
    const QStringList w = coaching::words(text);
    return std::any_of(w.cbegin(), w.cend(), isOutcomeWord);
}

QString wordsText(int n)
{
    return n == 1 ? CoachText::tr("1 word") : CoachText::tr("%1 words").arg(n);
}

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString starPartName(const QString &part)
{
    return answerFieldDisplayName(part);
}

QString missingAdvice(const QString &part)
{
    if (part == kSituation)
        return CoachText::tr("Set the scene in one or two sentences: the team, the system, "
                             "what was at stake.");
    if (part == kTask)
        return CoachText::tr("Say what you were responsible for: the goal or the problem that "
                             "was yours to solve.");
    if (part == kAction)
        return CoachText::tr("Say step by step what you did yourself: the decisions, the work, "
                             "who you talked to.");
    return CoachText::tr("Say how it ended: what changed, for whom, with a number if you can.");
}

bool containsRun(const QStringList &haystack, const QStringList &needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < needle.size() && all; ++j)
            all = haystack.at(i + j) == needle.at(j);
        if (all)
            return true;
    }
    return false;
}

// A term's units; none when the term has no letter or digit at all ("+" never matches).
QStringList termUnits(const QString &term)
{
    const QStringList units = coaching::matchUnits(term);
    return std::any_of(units.cbegin(), units.cend(), hasLetterOrDigit) ? units : QStringList();
}

} // namespace

QString toKey(HintSeverity severity)
{
    return severity == HintSeverity::Warning ? QStringLiteral("warning") : QStringLiteral("info");
}

int CoachReport::keyPointsCoveredCount() const
{
    return int(std::count(keyPointsCovered.cbegin(), keyPointsCovered.cend(), true));
}

QStringList CoachReport::hintCodes() const
{
    QStringList codes;
    for (const Hint &h : hints)
        codes.append(h.code);
    return codes;
}

namespace coaching {

QStringList words(const QString &text)
{
    return tokens(text, false);
}

QString stem(const QString &word)
{
    // Irregular forms first, mapped to a base that the rules below then stem.
    static const QList<std::pair<QString, QString>> kIrregular = {
        {QStringLiteral("indices"), QStringLiteral("index")},
        {QStringLiteral("vertices"), QStringLiteral("vertex")},
        {QStringLiteral("matrices"), QStringLiteral("matrix")},
        {QStringLiteral("analyses"), QStringLiteral("analysis")},
        {QStringLiteral("criteria"), QStringLiteral("criterion")},
        {QStringLiteral("children"), QStringLiteral("child")},
        {QStringLiteral("agreed"), QStringLiteral("agree")},
    };
    QString w = word;
    for (const auto &[form, base] : kIrregular) {
        if (w == form) {
            w = base;
            break;
        }
    }

    const bool allLetters =
        !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
    if (!allLetters) {
        // "401s", "p99s", "1990s": a plural of something with a number in it.
        if (w.size() >= 2 && w.endsWith(QLatin1Char('s')) && w.at(w.size() - 2).isDigit())
            w.chop(1);
        return w;
    }

    auto stemLength = [&](qsizetype suffix) { return w.size() - suffix; };
    bool stripped = false;

    // 1. Plurals and third person: -ies -> y; -es after x, ch, sh, ss, zz; -s, but not -ss,
    //    -us, -is.
    if (w.endsWith(QLatin1String("ies")) && stemLength(3) >= 3) {
        w.chop(3);
        w.append(QLatin1Char('y'));
    } else if ((w.endsWith(QLatin1String("xes")) || w.endsWith(QLatin1String("ches"))
                || w.endsWith(QLatin1String("shes")) || w.endsWith(QLatin1String("sses"))
                || w.endsWith(QLatin1String("zzes")))
               && stemLength(2) >= 3) {
        w.chop(2);
    } else if (w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss"))
               && !w.endsWith(QLatin1String("us")) && !w.endsWith(QLatin1String("is"))
               && stemLength(1) >= 3) {
        w.chop(1);
    }

    // 2. Past and progressive: -ied -> y; -ed (not -eed: speed, need); -ing.
    bool verbStripped = false;
    if (w.endsWith(QLatin1String("ied")) && stemLength(3) >= 3) {
        w.chop(3);
        w.append(QLatin1Char('y'));
    } else if (w.endsWith(QLatin1String("ed")) && !w.endsWith(QLatin1String("eed"))
               && stemLength(2) >= 3) {
        w.chop(2);
        stripped = verbStripped = true;
    } else if (w.endsWith(QLatin1String("ing")) && stemLength(3) >= 3) {
        w.chop(3);
        stripped = verbStripped = true;
    }

    // 3. Agent and comparative -er, adverb -ly, with longer stems (user, layer, apply stay).
    if (w.endsWith(QLatin1String("er")) && stemLength(2) >= 4) {
        w.chop(2);
        stripped = true;
        verbStripped = false;
    } else if (w.endsWith(QLatin1String("ly")) && stemLength(2) >= 4) {
        w.chop(2);
        stripped = true;
        verbStripped = false;
    }

    // 4. A doubled final consonant left by stripping: logging -> logg -> log.
    if (stripped && w.size() >= 4 && w.at(w.size() - 1) == w.at(w.size() - 2)
        && QStringLiteral("bdgmnprt").contains(w.back())) {
        w.chop(1);
    } else if (verbStripped && w.size() == 3 && isShortSyllable(w)) {
        // 5. A short consonant-vowel-consonant stem gets its e back: coding -> cod -> code,
        //    noted -> note (so it never meets "not").
        w.append(QLatin1Char('e'));
    }

    // 6. A final silent e of a longer word, so cache / caches / cached / caching meet at
    //    "cach". Four-letter words keep theirs: code, note, rate, time.
    if (w.size() >= 5 && w.endsWith(QLatin1Char('e')))
        w.chop(1);
    return w;
}

QStringList matchUnits(const QString &text)
{
    QStringList units;
    // A single '+' is a unit of its own, so "n+1", "n + 1" and "n +1" all read n, +, 1; a
    // doubled one stays in its word ("c++").
    auto addPart = [&units](const QString &part) {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= part.size(); ++i) {
            const bool single = i < part.size() && part.at(i) == QLatin1Char('+')
                                && (i == 0 || part.at(i - 1) != QLatin1Char('+'))
                                && (i + 1 == part.size() || part.at(i + 1) != QLatin1Char('+'));
            if (i < part.size() && !single)
                continue;
            const QString piece = part.mid(start, i - start);
            if (hasLetterOrDigit(piece))
                units.append(stem(piece));
            if (single)
                units.append(QStringLiteral("+"));
            start = i + 1;
        }
    };
    for (QString w : tokens(text, true)) {
        if (w.endsWith(QLatin1String("'s")))
            w.chop(2);
        // '-', '/' and '_' separate parts: "key-value" is matched as "key value".
        qsizetype start = 0;
        for (qsizetype i = 0; i <= w.size(); ++i) {
            if (i < w.size() && w.at(i) != QLatin1Char('-') && w.at(i) != QLatin1Char('/')
                && w.at(i) != QLatin1Char('_'))
                continue;
            addPart(w.mid(start, i - start));
            start = i + 1;
        }
    }
    return units;
}

bool mentions(const QString &text, const QString &term)
{
    return containsRun(matchUnits(text), termUnits(term));
}

int wordCount(const QString &text)
{
    return int(words(text).size());
}

} // namespace coaching

CoachReport coach(const Question &question, const QList<AnswerField> &answer,
                  qint64 answerUsedMs, qint64 answerLimitMs)
{
    using namespace coaching;
    CoachReport report;

    // Counting: words per field, pronouns, fillers.
    QList<QStringList> fieldUnits;
    QMap<QString, int> partWords; // STAR part -> words (a repeated name adds up)
    bool hasStarField = false;
    for (const AnswerField &field : answer) {
        const QStringList w = words(field.value);
        report.wordCounts.append({field.name, int(w.size())});
        report.totalWords += int(w.size());
        for (const QString &word : w) {
            if (isPronounI(word))
                ++report.iCount;
            else if (isPronounWe(word))
                ++report.weCount;
        }
        countFillers(w, &report.fillerCounts, &report.fillerTotal);
        fieldUnits.append(matchUnits(field.value));
        const QString name = field.name.toLower();
        if (name == kSituation || name == kTask || name == kAction || name == kResult) {
            hasStarField = true;
            partWords[name] += int(w.size());
        }
    }
    if (answerUsedMs > 0) {
        const qint64 num = qint64(report.totalWords) * 60'000 * 2 + answerUsedMs;
        report.wordsPerMinute = int(num / (2 * answerUsedMs));
    }

    // Key points: a term matches inside one field, never across two.
    for (const KeyPoint &kp : question.keyPoints) {
        bool covered = false;
        for (const QString &term : kp.terms) {
            const QStringList needle = termUnits(term);
            for (const QStringList &units : std::as_const(fieldUnits)) {
                if (containsRun(units, needle)) {
                    covered = true;
                    break;
                }
            }
            if (covered)
                break;
        }
        report.keyPointsCovered.append(covered);
    }

    auto hint = [&](const char *code, HintSeverity severity, const QString &field,
                    const QString &message) {
        report.hints.append({QLatin1String(code), severity, field, message});
    };

    if (report.totalWords == 0) {
        hint("answer.empty", HintSeverity::Warning, QString(),
             CoachText::tr("Nothing was written for this answer. Even three short bullet points "
                           "give you something to grade and improve next time."));
        return report;
    }

    // Story rules: STAR parts for any story question answered in STAR fields (an older project
    // attempt too), I/we for every story question (docs/coach.md).
    const bool story = isStoryQuestion(question);

    // STAR completeness, only when the answer was given in STAR fields.
    if (story && hasStarField) {
        for (const QString &part : {kSituation, kTask, kAction, kResult}) {
            const int n = partWords.value(part);
            if (n >= kStarMinPartWords)
                continue;
            const QString head =
                n == 0 ? CoachText::tr("%1 is missing.").arg(starPartName(part))
                       : CoachText::tr("%1 has only %2.").arg(starPartName(part), wordsText(n));
            hint("star.missing_part", HintSeverity::Warning, part,
                 head + QLatin1Char(' ') + missingAdvice(part));
        }
        const int action = partWords.value(kAction);
        if (action >= kStarMinPartWords) {
            QString largest;
            int largestWords = action;
            for (const QString &part : {kSituation, kTask, kResult}) {
                if (partWords.value(part) > largestWords) {
                    largest = part;
                    largestWords = partWords.value(part);
                }
            }
            if (!largest.isEmpty()) {
                hint("star.action_not_largest", HintSeverity::Info, kAction,
                     CoachText::tr("%1 has %2 but %3 has %4. Spend most of the story on what you "
                                   "did: keep %3 to what the listener needs and give the "
                                   "actions the detail.")
                         .arg(starPartName(kAction), wordsText(action), starPartName(largest),
                              wordsText(largestWords)));
            }
        }
        if (partWords.value(kResult) >= kStarMinPartWords) {
            QString resultText;
            for (const AnswerField &field : answer) {
                if (field.name.toLower() == kResult)
                    resultText += field.value + QLatin1Char('\n');
            }
            if (!isQuantified(resultText)) {
                hint("star.result_unquantified", HintSeverity::Warning, kResult,
                     CoachText::tr("%1 has no number and no measurable change. Quantify it: how "
                                   "much faster, how many users or tickets, how much time or "
                                   "money saved, before and after.")
                         .arg(starPartName(kResult)));
            }
        }
    }

    // "We" told stories hide the candidate's own part.
    if (story && report.totalWords >= kStoryMinWordsForPronouns && report.weCount > report.iCount) {
        hint("story.we_over_i", HintSeverity::Warning, QString(),
             CoachText::tr("\"We\" words (we, us, our): %1; \"I\" words (I, me, my): %2. "
                           "The interviewer is grading you: say \"I\" for what you decided and "
                           "did, \"we\" only for the team's part.")
                 .arg(report.weCount)
                 .arg(report.iCount));
    }

    // Fillers and hedges.
    if (report.fillerTotal >= kFillerMinCount
        && qint64(report.fillerTotal) * 100 > qint64(kFillerPer100Words) * report.totalWords) {
        QList<FillerCount> ranked;
        for (auto it = report.fillerCounts.cbegin(); it != report.fillerCounts.cend(); ++it)
            ranked.append({it.key(), it.value()});
        // QMap iterates by phrase, and the sort is stable: ties stay alphabetical.
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const FillerCount &a, const FillerCount &b) {
                             return a.count > b.count;
                         });
        QStringList top;
        for (qsizetype i = 0; i < ranked.size() && i < kFillerTopOffenders; ++i) {
            top.append(CoachText::tr("\"%1\" (%2)")
                           .arg(displayPhrase(ranked.at(i).phrase))
                           .arg(ranked.at(i).count));
        }
        hint("filler.high", HintSeverity::Info, QString(),
             CoachText::tr("%1 filler or hedge words in %2, more than %3 in every 100. Most "
                           "often: %4. Drop them, or replace a hedge with what you know and how "
                           "sure you are.")
                 .arg(report.fillerTotal)
                 .arg(wordsText(report.totalWords))
                 .arg(kFillerPer100Words)
                 .arg(top.join(QStringLiteral(", "))));
    }

    // Length against the time used. At most one of the two.
    if (answerUsedMs >= kShortAnswerAfterMs && report.totalWords < kShortAnswerWords) {
        hint("length.short_for_time", HintSeverity::Warning, QString(),
             CoachText::tr("Only %1 after %2 of answer time. Outline first (three points: the "
                           "answer, why, an example), then write each one out.")
                 .arg(wordsText(report.totalWords), durationText(answerUsedMs)));
    } else if (answerLimitMs > 0 && answerUsedMs >= 0 && answerUsedMs * 2 < answerLimitMs
               && report.totalWords < kEndedEarlyMaxWords) {
        hint("length.ended_early", HintSeverity::Info, QString(),
             CoachText::tr("You stopped after %1 of %2 with %3. Use the time left: add an "
                           "example, a trade-off or a number.")
                 .arg(durationText(answerUsedMs), durationText(answerLimitMs),
                      wordsText(report.totalWords)));
    }

    // Key-point coverage.
    const int points = int(question.keyPoints.size());
    const int covered = report.keyPointsCoveredCount();
    if (points > 0 && qint64(covered) * 100 < qint64(kKeyPointCoveragePercent) * points) {
        QStringList missing;
        for (int i = 0; i < points; ++i) {
            if (!report.keyPointsCovered.at(i))
                missing.append(question.keyPoints.at(i).text);
        }
        hint("keypoints.low_coverage", HintSeverity::Warning, QString(),
             CoachText::tr("You covered %1 of %2 key points. Not mentioned: %3")
                 .arg(covered)
                 .arg(points)
                 .arg(missing.join(QStringLiteral(" | "))));
    }
    return report;
}

} // namespace mockloop
