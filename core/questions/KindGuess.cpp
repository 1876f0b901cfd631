#include "questions/KindGuess.h"

#include "questions/MarkdownQuestions.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <utility>

namespace mockloop {

namespace {

class KindText
{
    Q_DECLARE_TR_FUNCTIONS(KindGuess)
};

struct Rule
{
    RoundKind kind;
    QRegularExpression unicode; // \b in Unicode mode: a letter of any script ("ästar") is a letter
    QRegularExpression ascii;   // the same for ASCII text, where both read alike (3x faster)
};
using Rules = QList<Rule>;

Rule rule(RoundKind kind, const char *pattern)
{
    const QString p = QString::fromUtf8(pattern);
    return {kind, QRegularExpression(p, QRegularExpression::UseUnicodePropertiesOption),
            QRegularExpression(p)};
}

std::optional<KindMatch> firstMatch(const Rules &rules, const QString &text)
{
    // Curly apostrophes and runs of spaces read as plain ones.
    QString lower = text.toLower().simplified();
    lower.replace(QChar(0x2019), QLatin1Char('\''));
    const bool ascii = std::all_of(lower.cbegin(), lower.cend(),
                                   [](QChar c) { return c.unicode() < 0x80; });
    for (const Rule &r : rules) {
        const QRegularExpressionMatch m = (ascii ? r.ascii : r.unicode).match(lower);
        if (m.hasMatch())
            return KindMatch{r.kind, m.captured(0)};
    }
    return std::nullopt;
}

// The reason in the words for one question (the only one), "1 of N" or "n of N" questions,
// each a source text of its own (English has no numerus forms of its own here).
QString countedReason(int n, int total, const QString &phrase, const QString &single,
                      const QString &one, const QString &many)
{
    if (total == 1)
        return single.arg(phrase);
    if (n == 1)
        return one.arg(QString::number(total), phrase);
    return many.arg(QString::number(n), QString::number(total), phrase);
}

// Why most questions of a category go to a kind: n of total of them say so (phrase: the first
// words that did), or the only one does.
QString contentReason(RoundKind kind, int n, int total, const QString &phrase)
{
    switch (kind) {
    case RoundKind::Behavioral:
        return countedReason(
            n, total, phrase,
            KindText::tr("the question asks for a time when something happened (“%1”)"),
            KindText::tr("1 of %1 questions asks for a time when something happened (“%2”)"),
            KindText::tr("%1 of %2 questions ask for a time when something happened (“%3”)"));
    case RoundKind::SystemDesign:
        return countedReason(n, total, phrase,
                             KindText::tr("the question asks to design a system (“%1”)"),
                             KindText::tr("1 of %1 questions asks to design a system (“%2”)"),
                             KindText::tr("%1 of %2 questions ask to design a system (“%3”)"));
    case RoundKind::Project:
        return countedReason(n, total, phrase,
                             KindText::tr("the question asks about your own work (“%1”)"),
                             KindText::tr("1 of %1 questions asks about your own work (“%2”)"),
                             KindText::tr("%1 of %2 questions ask about your own work (“%3”)"));
    case RoundKind::CulturalFit:
        return countedReason(
            n, total, phrase,
            KindText::tr("the question asks about your values or motivation (“%1”)"),
            KindText::tr("1 of %1 questions asks about your values or motivation (“%2”)"),
            KindText::tr("%1 of %2 questions ask about your values or motivation (“%3”)"));
    case RoundKind::Technical: break;
    }
    // Technical by majority: no phrase said so, nothing to quote.
    return n == 1 ? KindText::tr("1 of %1 questions reads as no other kind: technical").arg(total)
                  : KindText::tr("%1 of %2 questions read as no other kind: technical")
                        .arg(QString::number(n), QString::number(total));
}

} // namespace

std::optional<KindMatch> kindOfHeading(const QString &heading)
{
    // First match wins: "design patterns" is technical before "design" is system design.
    // "General" names no kind: a list of general questions may be any.
    static const Rules rules = {
        rule(RoundKind::Technical, "design pattern|coding|algorithm|data structure"),
        rule(RoundKind::Behavioral,
             "behavio|\\bstar\\b|situational|teamwork|conflict|leadership|stor(y|ies)|soft skill"),
        rule(RoundKind::SystemDesign, "system design|architect|design|scalab|distributed"),
        rule(RoundKind::Project, "project|experience|portfolio|past work|r[eé]sum[eé]|\\bcv\\b"),
        rule(RoundKind::CulturalFit,
             "cultur|\\bfit\\b|\\bhr\\b|personal|motivation|about you|company|career|values"),
        rule(RoundKind::Technical,
             "technical|database|\\bsql\\b|\\bapi|language|backend|network|concurren|security|"
             "java|python|c\\+\\+|\\bgo\\b"),
    };
    // A heading that is itself a question's title ("Why do you want to work here?", "Tell me
    // about a conflict") is no category name: the wording decides.
    if (heading.trimmed().isEmpty() || looksLikeQuestion(heading, true))
        return std::nullopt;
    return firstMatch(rules, heading);
}

std::optional<KindMatch> kindOfQuestion(const QString &text)
{
    // First match wins: a STAR question about a project ("tell me about a time your project
    // slipped") is behavioral.
    static const Rules rules = {
        rule(RoundKind::Behavioral,
             "tell (me|us) about (a|the last|one) (time|situation|moment|occasion)"
             "|describe (a|the last|one) (time|moment|occasion)\\b"
             "|\\ba time when\\b"
             "|\\b(a|the last|one) (time|situation|moment|occasion) ((when|where|in which|that) )?"
             "(you|your)\\b"
             "|(give|share|provide) (me |us )?an example (of (a time|when|how you)|from your|when)"
             "|how did you (handle|deal with|respond|react|resolve|manage|cope|convince|persuade)"
             "|what did you do (when|after|if|about)\\b"
             "|have you ever (had|been|faced|made|disagreed|worked with|failed|led|missed|received"
             "|dealt)\\b"),
        rule(RoundKind::SystemDesign,
             "^design (a|an|the)\\b|\\bdesign an? "
             "|how would you (design|architect|scale)\\b"
             "|\\barchitect (a|an|the|your)\\b|\\barchitecture (for|of) (a|an)\\b"
             "|\\bscale (to|up|out|it|this|a|an|the|your)\\b"),
        rule(RoundKind::Project,
             "\\byour (own |side |last |current |recent |favourite |favorite |proudest |best "
             "|most recent )?projects?\\b"
             "|\\bprojects? (that |where |which )?you\\b"
             "|\\b(something|system|app|application|feature|product|service|tool|library|thing|code) "
             "(that )?you (have )?(built|made|created|shipped|wrote|written|designed|worked on|led"
             "|maintain|maintained)\\b"
             "|what (was|is) your role|\\byour role (in|on)\\b"),
        rule(RoundKind::CulturalFit,
             "why do you want to (work|join|be)\\b|why would you like to (work|join)\\b"
             "|why (this|our) (company|team|role|job|position)\\b|why (should|would) we hire"
             "|why are you (leaving|looking)\\b"
             "|what motivates you|\\bmotivates you\\b|\\byour motivation\\b"
             "|where do you see yourself|tell (me|us) about yourself|describe yourself"
             "|\\b(your|greatest|biggest) (strengths?|weakness(es)?)\\b"
             "|\\bstrengths and weaknesses\\b"
             "|\\bideal (team|manager|job|role|company|workplace|work environment)\\b"
             "|\\bwork environment\\b|\\b(team|company|work) culture\\b"
             "|what do you value|\\byour (core )?values\\b|what are you passionate about"
             "|\\bsalary expectations?\\b|\\bcareer goals?\\b"),
    };
    return firstMatch(rules, text);
}

KindGuess guessRoundKind(const QString &category, const QStringList &questionTexts, CategoryFrom from)
{
    if (const auto named = kindOfHeading(category))
        return {named->kind,
                from == CategoryFrom::Column
                    ? KindText::tr("the category column says “%1”").arg(category.simplified())
                    : KindText::tr("the heading says “%1”").arg(category.simplified())};
    // The wording decides, by majority; each kind's first phrase is shown as the example.
    std::map<RoundKind, int> votes;
    std::map<RoundKind, QString> example;
    for (const QString &t : questionTexts) {
        const auto m = kindOfQuestion(t);
        const RoundKind kind = m ? m->kind : RoundKind::Technical;
        ++votes[kind];
        if (m && !example.count(kind))
            example[kind] = m->phrase;
    }
    RoundKind best = RoundKind::Technical;
    for (RoundKind k : kAllRoundKinds) {
        if (votes[k] > votes[best])
            best = k;
    }
    const int total = int(questionTexts.size());
    if (best == RoundKind::Technical && votes[best] == total)
        return {best, KindText::tr("no heading or wording says otherwise: technical")};
    return {best, contentReason(best, votes[best], total, example[best])};
}

} // namespace mockloop
