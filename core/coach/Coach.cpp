#include "coach/Coach.h"

#include "coach/AnswerTemplate.h"
#include "coach/Cliches.h"
#include "coach/Pitfalls.h"
#include "coach/Sentences.h"
#include "coach/TermMatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace mockloop {

namespace {

// Hint messages, translated in the "Coach" context.
class CoachText
{
    Q_DECLARE_TR_FUNCTIONS(Coach)
};

// Irregular verbs: past and participle to the base, so "told" meets "tell" and "wrote",
// "written" and "writing" meet "write". ("left", "lost", "read", "set", "put" and "cut" are not
// here: they are common nouns or adjectives, or already the base.)
struct IrregularVerbs
{
    QHash<QString, QString> toBase; // every form -> base
    QSet<QString> pasts;            // the simple past forms ("wrote", "told")
};

const IrregularVerbs &irregularVerbs()
{
    static const IrregularVerbs verbs = [] {
        // base:past[,participle…]
        const QString table = QStringLiteral(
            "write:wrote,written tell:told sell:sold teach:taught think:thought bring:brought "
            "buy:bought catch:caught seek:sought lead:led build:built make:made take:took,taken "
            "give:gave,given run:ran begin:began,begun choose:chose,chosen speak:spoke,spoken "
            "break:broke,broken drive:drove,driven know:knew,known grow:grew,grown "
            "throw:threw,thrown show:showed,shown find:found keep:kept send:sent spend:spent "
            "meet:met hold:held say:said pay:paid do:did,done,doing go:went,gone,going see:saw,seen "
            "get:got,gotten come:came become:became understand:understood stand:stood feel:felt "
            "hear:heard mean:meant win:won fall:fell,fallen rise:rose,risen forget:forgot,forgotten");
        IrregularVerbs v;
        for (const QString &entry : table.split(QLatin1Char(' '))) {
            const QString base = entry.section(QLatin1Char(':'), 0, 0);
            const QStringList forms = entry.section(QLatin1Char(':'), 1).split(QLatin1Char(','));
            v.pasts.insert(forms.first());
            for (const QString &form : forms)
                v.toBase.insert(form, base);
        }
        return v;
    }();
    return verbs;
}

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
    case '-':
    case '/':
    case '_':
    case '.':
    case '\'':
    case '&': return true;
    default: return false;
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
    return !vowel(w.at(0)) && (vowel(w.at(1)) || w.at(1) == QLatin1Char('y')) && !vowel(w.at(2))
           && !QStringLiteral("wxy").contains(w.at(2));
}

// Lowercase; typographic apostrophes and Unicode hyphens as ASCII.
QString normalized(const QString &text)
{
    QString t = text.toLower();
    for (QChar &c : t) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
        case 0x02BC: c = QLatin1Char('\''); break;
        case 0x2010:
        case 0x2011: c = QLatin1Char('-'); break;
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
    static const QStringList kI = {QStringLiteral("i"),      QStringLiteral("me"),
                                   QStringLiteral("my"),     QStringLiteral("mine"),
                                   QStringLiteral("myself"), QStringLiteral("i'm"),
                                   QStringLiteral("i've"),   QStringLiteral("i'd"),
                                   QStringLiteral("i'll")};
    return kI.contains(w);
}

bool isPronounWe(const QString &w)
{
    static const QStringList kWe = {QStringLiteral("we"),        QStringLiteral("us"),
                                    QStringLiteral("our"),       QStringLiteral("ours"),
                                    QStringLiteral("ourselves"), QStringLiteral("we're"),
                                    QStringLiteral("we've"),     QStringLiteral("we'd"),
                                    QStringLiteral("we'll"),     QStringLiteral("let's")};
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
    static const QStringList kSingle = {QStringLiteral("um"),        QStringLiteral("uh"),
                                        QStringLiteral("basically"), QStringLiteral("actually"),
                                        QStringLiteral("just"),      QStringLiteral("really"),
                                        QStringLiteral("maybe"),     QStringLiteral("probably"),
                                        QStringLiteral("somewhat")};
    // Spellings counted as another phrase.
    static const QList<std::pair<QString, QString>> kSpellings = {
        {QStringLiteral("umm"), QStringLiteral("um")}, {QStringLiteral("uhh"), QStringLiteral("uh")}};
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
    static const QStringList kBeforeYouKnow = {QStringLiteral("do"),     QStringLiteral("did"),
                                               QStringLiteral("if"),     QStringLiteral("don't"),
                                               QStringLiteral("didn't"), QStringLiteral("would"),
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
                && b == QLatin1String("of") && !kDeterminers.contains(prev))
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
    // "one" is left out: "one day" is no measurement. "zero" is one: "zero records lost" is.
    static const QStringList kNumberWords =
        QStringLiteral("zero two three four five six seven eight nine ten eleven twelve thirteen "
                       "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
                       "fifty sixty seventy eighty ninety dozen dozens hundred hundreds thousand "
                       "thousands million millions billion billions twice half percent percentage "
                       "quarter tenfold")
            .split(QLatin1Char(' '));
    // "twenty-five": a number whatever its parts.
    const QStringList parts = word.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const QString &p) { return kNumberWords.contains(p); })
           || kOutcomeStems.contains(coaching::stem(word));
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
    return answerSectionTitle(part);
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

} // namespace

// The matcher's internals, shared with the pitfall rules (coach/TermMatch.h).
namespace coaching::detail {

// A term's units; none when the term has no letter or digit at all ("+" never matches).
QStringList termUnits(const QString &term)
{
    const QStringList units = coaching::matchUnits(term);
    return std::any_of(units.cbegin(), units.cend(), hasLetterOrDigit) ? units : QStringList();
}

// Sentences as coaching::sentenceSpans() finds them (docs/coach.md); clauses end at , and :
// before a space. Splitting only at spaces keeps every word whole, so the units are
// matchUnits(text).
FieldUnits fieldUnits(const QString &text)
{
    static const QRegularExpression clauseEnd(QStringLiteral("(?<=[,:])\\s+"));
    FieldUnits f;
    f.sentences = coaching::sentenceSpans(text);
    int clause = 0;
    for (qsizetype s = 0; s < f.sentences.size(); ++s) {
        const QString sentence = text.mid(f.sentences.at(s).start, f.sentences.at(s).length);
        for (const QString &part : sentence.split(clauseEnd)) {
            for (const QString &unit : coaching::matchUnits(part)) {
                f.units << unit;
                f.sentence << int(s);
                f.clause << clause;
            }
            ++clause;
        }
    }
    return f;
}

// Words a term may leave out or put elsewhere: "in writing" is "written", "owner of the
// release" is "release owner".
bool isFunctionWord(const QString &unit)
{
    static const QSet<QString> kWords = {QStringLiteral("a"),    QStringLiteral("an"),
                                         QStringLiteral("the"),  QStringLiteral("of"),
                                         QStringLiteral("to"),   QStringLiteral("in"),
                                         QStringLiteral("on"),   QStringLiteral("at"),
                                         QStringLiteral("for"),  QStringLiteral("with"),
                                         QStringLiteral("by"),   QStringLiteral("from"),
                                         QStringLiteral("into"), QStringLiteral("and"),
                                         QStringLiteral("or")};
    return kWords.contains(unit);
}

// Where a term occurs in a field (its first and last unit): (1) its units side by side, in
// order; or (2) its other words (not isFunctionWord) in any order, side by side or with only
// function words between them, in one sentence: "a scan of the full table" for "full table
// scan", "written" for "in writing"; not "index helps only" for "index only".
QList<Occurrence> occurrenceSpans(const FieldUnits &f, const QStringList &needle)
{
    QList<Occurrence> found;
    if (needle.isEmpty())
        return found;
    const qsizetype n = f.units.size();
    QSet<qsizetype> starts;
    for (qsizetype i = 0; i + needle.size() <= n; ++i) {
        if (std::equal(needle.cbegin(), needle.cend(), f.units.cbegin() + i)) {
            found.append({i, i + needle.size() - 1});
            starts.insert(i);
        }
    }
    QStringList content;
    for (const QString &u : needle) {
        if (!isFunctionWord(u))
            content << u;
    }
    if (content.isEmpty() || (content.size() == 1 && needle.size() == 1))
        return found; // a single word: (1) already found every place
    for (qsizetype i = 0; i < n; ++i) {
        if (starts.contains(i) || !content.contains(f.units.at(i)))
            continue;
        QStringList missing = content;
        qsizetype j = i;
        for (; j < n && !missing.isEmpty() && f.sentence.at(j) == f.sentence.at(i); ++j) {
            if (!missing.removeOne(f.units.at(j)) && !isFunctionWord(f.units.at(j)))
                break;
        }
        if (missing.isEmpty())
            found.append({i, j - 1});
    }
    std::sort(found.begin(), found.end(),
              [](const Occurrence &a, const Occurrence &b) { return a.first < b.first; });
    return found;
}

} // namespace coaching::detail

namespace {

using coaching::detail::FieldUnits;
using coaching::detail::fieldUnits;
using coaching::detail::termUnits;

// Where a term occurs in a field: the index of its first unit (occurrenceSpans).
QList<qsizetype> occurrences(const FieldUnits &f, const QStringList &needle)
{
    QList<qsizetype> starts;
    for (const coaching::detail::Occurrence &o : coaching::detail::occurrenceSpans(f, needle))
        starts << o.first;
    return starts;
}

// A key point about something the person did: its text starts with a verb in the past
// ("Wrote a clear proposal", "Told the release owner in writing", "Raised it early").
bool isPastActionKeyPoint(const QString &text)
{
    const QStringList w = coaching::words(text);
    if (w.isEmpty())
        return false;
    const QString &verb = w.first();
    return irregularVerbs().pasts.contains(verb)
           || (verb.size() >= 5 && verb.endsWith(QLatin1String("ed"))
               && !verb.endsWith(QLatin1String("eed")));
}

// Whether the clause of a match, before it, says the person did not do it or only learned,
// planned or would do it: "I learned to write the proposal first", "we did not tell anyone",
// "next time I would write it down", "I should have told the owner". Compared as units
// (stems), so every form of the cue counts.
bool saysNotDone(const FieldUnits &f, qsizetype at)
{
    static const QSet<QString> kCues = {QStringLiteral("not"),     QStringLiteral("never"),
                                        QStringLiteral("without"), QStringLiteral("cannot"),
                                        QStringLiteral("would"),   QStringLiteral("should"),
                                        QStringLiteral("could"),   QStringLiteral("will"),
                                        QStringLiteral("might"),   QStringLiteral("shall")};
    // A word followed by "to" ("learned to", "planned to") or by another word ("next time").
    static const QList<std::pair<QString, QString>> kPairs = {
        {QStringLiteral("learn"), QStringLiteral("to")},
        {QStringLiteral("learnt"), QStringLiteral("to")},
        {QStringLiteral("plan"), QStringLiteral("to")},
        {QStringLiteral("intend"), QStringLiteral("to")},
        {QStringLiteral("want"), QStringLiteral("to")},
        {QStringLiteral("hope"), QStringLiteral("to")},
        {QStringLiteral("go"), QStringLiteral("to")},
        {QStringLiteral("forget"), QStringLiteral("to")},
        {QStringLiteral("fail"), QStringLiteral("to")},
        {QStringLiteral("next"), QStringLiteral("time")},
        {QStringLiteral("in"), QStringLiteral("futur")},
        {QStringLiteral("the"), QStringLiteral("futur")}};
    for (qsizetype i = at - 1; i >= 0 && f.clause.at(i) == f.clause.at(at); --i) {
        const QString &u = f.units.at(i);
        if (kCues.contains(u) || u.endsWith(QLatin1String("n't")) || u.endsWith(QLatin1String("'d"))
            || u.endsWith(QLatin1String("'ll")))
            return true;
        if (i + 1 < at) {
            const std::pair<QString, QString> pair(u, f.units.at(i + 1));
            if (kPairs.contains(pair))
                return true;
        }
    }
    return false;
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
    QString w = irregularVerbs().toBase.value(word, word);
    for (const auto &[form, base] : kIrregular) {
        if (w == form) {
            w = base;
            break;
        }
    }

    const bool allLetters = !w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) {
        return c.isLetter();
    });
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
    return !occurrences(fieldUnits(text), termUnits(term)).isEmpty();
}

int wordCount(const QString &text)
{
    return int(words(text).size());
}

} // namespace coaching

CoachReport coach(const Question &question, const QList<AnswerField> &answer, qint64 answerUsedMs,
                  qint64 answerLimitMs)
{
    using namespace coaching;
    CoachReport report;

    // Counting: words per field, pronouns, fillers.
    QList<FieldUnits> fields;
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
        fields.append(fieldUnits(field.value));
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

    // Pitfalls: sentences that state a wrong claim or a cliché (coach/Pitfalls).
    const detail::PitfallScan scan = detail::scanPitfalls(question.pitfalls, builtinCliches(),
                                                          answer, fields);
    report.pitfalls = scan.findings;

    // Key points: a term matches inside one field, never across two. A key point about a past
    // action is not covered by a match in a clause that says it was not done (saysNotDone), and
    // no key point by a match inside a sentence that states a pitfall.
    for (const KeyPoint &kp : question.keyPoints) {
        const bool pastAction = isPastActionKeyPoint(kp.text);
        bool covered = false;
        for (const QString &term : kp.terms) {
            const QStringList needle = termUnits(term);
            for (qsizetype fi = 0; fi < fields.size(); ++fi) {
                const FieldUnits &f = fields.at(fi);
                const QSet<int> &flagged = scan.flaggedSentences.at(fi);
                const QList<qsizetype> at = occurrences(f, needle);
                covered = std::any_of(at.cbegin(), at.cend(), [&](qsizetype i) {
                    return !flagged.contains(f.sentence.at(i)) && (!pastAction || !saysNotDone(f, i));
                });
                if (covered)
                    break;
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
                         [](const FillerCount &a, const FillerCount &b) { return a.count > b.count; });
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

    // Pitfalls and clichés: the sentence, what is wrong with it and what to say instead.
    for (const PitfallFinding &p : std::as_const(report.pitfalls)) {
        if (p.isCliche()) {
            hint("pitfall.cliche", HintSeverity::Info, p.field,
                 CoachText::tr("You wrote: \"%1\" That is a cliché interviewers hear all the time "
                               "(%2). Instead: %3")
                     .arg(p.sentence, p.claim, p.correction));
        } else {
            hint("pitfall.claim", HintSeverity::Warning, p.field,
                 CoachText::tr("You wrote: \"%1\" That is a common mistake (%2). Correction: %3")
                     .arg(p.sentence, p.claim, p.correction));
        }
    }
    return report;
}

} // namespace mockloop
