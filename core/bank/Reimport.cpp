#include "bank/Reimport.h"

#include "bank/Importer.h"
#include "bank/QuestionBank.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace mockloop {

namespace {

// Words nearly every question uses: question words, articles, pronouns, auxiliaries and the
// task verbs of a prompt. Left out, what two texts share is their topic; without it "What is
// a B-tree index?" and "What is a hash index?" would share four words of five. English first,
// then the commonest of German, French and Spanish (the Markdown reader knows their question
// words too). A text made only of these words is compared by all its words.
const QSet<QString> &commonWords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {
            // English
            "a", "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
            "being", "between", "both", "briefly", "but", "by", "can", "compare", "contrast",
            "could", "d", "describe", "did", "difference", "differences", "discuss", "do", "does",
            "doing", "done", "each", "either", "every", "explain", "for", "from", "give", "had",
            "has", "have", "having", "he", "her", "here", "his", "how", "i", "if", "in", "into",
            "is", "it", "its", "just", "ll", "m", "may", "me", "might", "more", "most", "much",
            "must", "my", "neither", "no", "nor", "not", "of", "on", "one", "or", "other", "our",
            "over", "please", "re", "s", "shall", "she", "should", "so", "some", "such", "t",
            "talk", "tell", "than", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "under", "us", "ve", "very", "walk", "was",
            "we", "were", "what", "whats", "when", "where", "which", "who", "whom", "whose", "why",
            "will", "with", "would", "you", "your", "yours",
            // German
            "auf", "aus", "bei", "beschreibe", "beschreiben", "das", "dem", "den", "der", "des",
            "die", "dir", "du", "ein", "eine", "einem", "einen", "einer", "eines", "erkläre",
            "erklären", "für", "ich", "ihr", "im", "ist", "mir", "mit", "nicht", "oder", "sie",
            "sind", "und", "von", "wann", "warum", "was", "welche", "welcher", "welches", "wer",
            "wie", "wir", "wo", "zu", "zum", "zur",
            // French
            "ce", "ces", "cette", "comment", "dans", "de", "des", "du", "décrivez", "est", "et",
            "expliquez", "je", "l", "la", "le", "les", "nous", "où", "ou", "par", "pour",
            "pourquoi", "qu", "quand", "que", "quel", "quelle", "quelles", "quels", "quoi", "sont",
            "sur", "tu", "un", "une", "vous",
            // Spanish
            "cómo", "con", "cuál", "cuáles", "cuándo", "del", "describa", "dónde", "el", "en", "es",
            "explique", "las", "los", "para", "por", "porque", "qué", "son", "unas", "uno", "unos",
            "usted", "y"};
        QSet<QString> out;
        for (const char *w : list)
            out.insert(QString::fromUtf8(w));
        return out;
    }();
    return words;
}

bool isCjk(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul: return true;
    default: return false;
    }
}

// The words of a text that carry its topic, each once (see questionTextSimilarity).
QStringList contentWords(const QString &text)
{
    const QStringList words = normalizedQuestionText(text).split(QLatin1Char(' '),
                                                                 Qt::SkipEmptyParts);
    QStringList all;
    for (const QString &word : words) {
        if (!std::any_of(word.cbegin(), word.cend(), isCjk)) {
            all.append(word);
            continue;
        }
        // No spaces between Chinese or Japanese words: pairs of characters stand in for words.
        if (word.size() < 2)
            all.append(word);
        for (qsizetype i = 0; i + 1 < word.size(); ++i)
            all.append(word.mid(i, 2));
    }
    QStringList content;
    QSet<QString> seen;
    for (const QString &word : all) {
        if (!commonWords().contains(word) && !seen.contains(word)) {
            seen.insert(word);
            content.append(word);
        }
    }
    if (content.isEmpty()) {
        for (const QString &word : all) {
            if (!seen.contains(word)) {
                seen.insert(word);
                content.append(word);
            }
        }
    }
    return content;
}

// Optimal string alignment distance (Levenshtein plus swapped neighbours), giving up above
// limit.
int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    for (qsizetype j = 0; j <= m; ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int best = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min(
                {prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = d;
            best = std::min(best, d);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[size_t(m)];
}

// The same word, misspelt or with another ending.
bool sameWord(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const qsizetype shorter = std::min(a.size(), b.size());
    const qsizetype longer = std::max(a.size(), b.size());
    // Numbers are never near: "case 17" and "case 18" are different questions.
    auto hasDigit = [](const QString &w) {
        return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
    };
    if (shorter < 4 || hasDigit(a) || hasDigit(b))
        return false;
    qsizetype prefix = 0;
    while (prefix < shorter && a.at(prefix) == b.at(prefix))
        ++prefix;
    // A stem and its endings: index/indexes/indexing, cache/caching, shortener/shortening —
    // but not state/statement.
    if (prefix >= 4 && shorter - prefix <= 2 && longer - prefix <= 3)
        return true;
    const int limit = shorter >= 8 ? 2 : 1;
    return editDistance(a, b, limit) <= limit;
}

// Index keys of a word; near words are looked for only among words sharing one. The word
// itself; for four letters or more its first and last four (a stem with another ending, one
// typo in a word of eight letters or more, or two typos at the same end, leave one of them
// intact); for four to nine letters every spelling less one letter (one typo in a short
// word). Missed: two typos, one near each end of a long word.
QStringList indexKeys(const QString &word)
{
    QStringList keys{QLatin1Char('=') + word};
    if (word.size() < 4)
        return keys;
    keys.append(QLatin1Char('<') + word.left(4));
    keys.append(QLatin1Char('>') + word.right(4));
    if (word.size() <= 9) {
        keys.append(QLatin1Char('~') + word);
        for (qsizetype i = 0; i < word.size(); ++i)
            keys.append(QLatin1Char('~') + QString(word).remove(i, 1));
    }
    return keys;
}

// A near word (a typo, another ending) counts this much of an equal one: a fixed typo is an
// edit, not the same text.
constexpr double kNearWord = 0.8;

// The content words of many texts as numbers, with each word's near words (sameWord), so
// that scoring a pair of texts compares small sorted arrays of integers.
class WordSets
{
public:
    explicit WordSets(const QStringList &texts)
    {
        for (const QString &text : texts) {
            std::vector<int> doc;
            for (const QString &word : contentWords(text)) {
                auto it = m_ids.constFind(word);
                if (it == m_ids.cend()) {
                    it = m_ids.insert(word, int(m_words.size()));
                    m_words.append(word);
                }
                doc.push_back(*it);
            }
            std::sort(doc.begin(), doc.end());
            m_docs.push_back(std::move(doc));
        }
        // Only words sharing an index key can be near, and only those are checked.
        QHash<QString, std::vector<int>> byKey;
        for (qsizetype w = 0; w < m_words.size(); ++w) {
            for (const QString &key : indexKeys(m_words.at(w)))
                byKey[key].push_back(int(w));
        }
        m_near.resize(size_t(m_words.size()));
        for (const std::vector<int> &words : std::as_const(byKey)) {
            for (size_t i = 0; i < words.size(); ++i) {
                for (size_t j = i + 1; j < words.size(); ++j) {
                    if (sameWord(m_words.at(words[i]), m_words.at(words[j]))) {
                        m_near[size_t(words[i])].push_back(words[j]);
                        m_near[size_t(words[j])].push_back(words[i]);
                    }
                }
            }
        }
        for (std::vector<int> &near : m_near) {
            std::sort(near.begin(), near.end());
            near.erase(std::unique(near.begin(), near.end()), near.end());
        }
    }

    const std::vector<int> &doc(qsizetype i) const { return m_docs[size_t(i)]; }
    const std::vector<int> &near(int word) const { return m_near[size_t(word)]; }

    // The mean of Dice's and the overlap coefficient over the shared words: equal ones first,
    // so a near miss never takes the partner of an equal word, then near ones.
    double score(qsizetype x, qsizetype y) const
    {
        const std::vector<int> &a = doc(x);
        const std::vector<int> &b = doc(y);
        if (a.empty() || b.empty())
            return 0;
        double shared = 0;
        std::vector<int> leftA;
        std::vector<int> leftB;
        size_t i = 0;
        size_t j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size() || (i < a.size() && a[i] < b[j])) {
                leftA.push_back(a[i++]);
            } else if (i == a.size() || b[j] < a[i]) {
                leftB.push_back(b[j++]);
            } else {
                ++shared;
                ++i;
                ++j;
            }
        }
        for (const int w : leftA) {
            const std::vector<int> &near = m_near[size_t(w)];
            if (near.empty())
                continue;
            for (int &v : leftB) {
                if (v >= 0 && std::binary_search(near.begin(), near.end(), v)) {
                    v = -1;
                    shared += kNearWord;
                    break;
                }
            }
        }
        return scoreOf(shared, a.size(), b.size());
    }

    // The score of texts of a and b words sharing `shared` (near words counted kNearWord).
    static double scoreOf(double shared, size_t a, size_t b)
    {
        if (a == 0 || b == 0)
            return 0;
        const double dice = 2.0 * shared / double(a + b);
        const double overlap = shared / double(std::min(a, b));
        return (dice + overlap) / 2;
    }

private:
    QHash<QString, int> m_ids;
    QStringList m_words;
    std::vector<std::vector<int>> m_docs;
    std::vector<std::vector<int>> m_near;
};

} // namespace

double questionTextSimilarity(const QString &a, const QString &b)
{
    if (normalizedQuestionText(a) == normalizedQuestionText(b))
        return 1;
    return WordSets({a, b}).score(0, 1);
}

ReimportPairing pairReimport(const QList<Question> &installed, const QList<Question> &incoming,
                             double threshold)
{
    ReimportPairing out;
    // First the same text (once normalized), preferring the same id when a text is there
    // twice. Ids alone are not trusted: made from the first 48 characters of the text, with
    // "-2", "-3" for repeats in file order, they shift to other questions when a question
    // above them changes ("Tell me about a time when you had to deal with a…").
    QHash<QString, QList<qsizetype>> installedByText;
    for (qsizetype i = 0; i < installed.size(); ++i)
        installedByText[normalizedQuestionText(installed.at(i).text)].append(i);
    std::vector<bool> installedTaken(size_t(installed.size()), false);
    QList<qsizetype> freeIncoming;
    for (qsizetype n = 0; n < incoming.size(); ++n) {
        const auto it = installedByText.constFind(normalizedQuestionText(incoming.at(n).text));
        qsizetype pick = -1;
        if (it != installedByText.cend()) {
            for (const qsizetype i : *it) {
                if (installedTaken[size_t(i)])
                    continue;
                if (pick < 0 || installed.at(i).id == incoming.at(n).id)
                    pick = i;
            }
        }
        if (pick < 0) {
            freeIncoming.append(n);
            continue;
        }
        installedTaken[size_t(pick)] = true;
        out.matched.append({n, pick, 1.0});
    }
    QList<qsizetype> freeInstalled;
    for (qsizetype i = 0; i < installed.size(); ++i) {
        if (!installedTaken[size_t(i)])
            freeInstalled.append(i);
    }
    if (freeInstalled.isEmpty() || freeIncoming.isEmpty()) {
        out.added = freeIncoming;
        out.removed = freeInstalled;
        return out;
    }

    // Documents 0..k-1 are the free installed questions, k.. the free incoming ones.
    QStringList texts;
    QStringList normalized;
    for (const qsizetype i : freeInstalled)
        texts.append(installed.at(i).text);
    for (const qsizetype i : freeIncoming)
        texts.append(incoming.at(i).text);
    for (const QString &text : std::as_const(texts))
        normalized.append(normalizedQuestionText(text));
    const WordSets sets(texts);
    const qsizetype k = freeInstalled.size();

    // Which installed texts use each word. Per incoming text, one pass over the texts sharing
    // its words counts the equal and the near words each shares: only texts whose counts
    // could reach the threshold are scored (in a list of look-alike questions most share a
    // word or two, far from enough).
    QHash<int, std::vector<qsizetype>> usedBy;
    for (qsizetype d = 0; d < k; ++d) {
        for (const int w : sets.doc(d))
            usedBy[w].push_back(d);
    }
    QList<ReimportMatch> candidates;
    std::vector<int> equalCount(size_t(k), 0);
    std::vector<int> nearCount(size_t(k), 0);
    std::vector<qsizetype> touched;
    for (qsizetype n = 0; n < freeIncoming.size(); ++n) {
        const qsizetype doc = k + n;
        const std::vector<int> &words = sets.doc(doc);
        touched.clear();
        auto count = [&](int word, std::vector<int> &counts) {
            const auto it = usedBy.constFind(word);
            if (it == usedBy.cend())
                return;
            for (const qsizetype d : *it) {
                if (equalCount[size_t(d)] == 0 && nearCount[size_t(d)] == 0)
                    touched.push_back(d);
                ++counts[size_t(d)];
            }
        };
        for (const int w : words) {
            count(w, equalCount);
            for (const int v : sets.near(w))
                count(v, nearCount);
        }
        for (const qsizetype d : touched) {
            const size_t other = sets.doc(d).size();
            const int equal = equalCount[size_t(d)];
            const int rest = int(std::min(words.size(), other)) - equal;
            const double most = equal + kNearWord * std::min(nearCount[size_t(d)], rest);
            equalCount[size_t(d)] = 0;
            nearCount[size_t(d)] = 0;
            if (WordSets::scoreOf(most, words.size(), other) < threshold)
                continue;
            const double score = normalized.at(d) == normalized.at(doc) ? 1.0 : sets.score(doc, d);
            if (score >= threshold)
                candidates.append({freeIncoming.at(n), freeInstalled.at(d), score});
        }
    }
    // Best first; ties in file order, so the same files always pair the same way.
    std::sort(candidates.begin(), candidates.end(),
              [](const ReimportMatch &x, const ReimportMatch &y) {
                  if (x.similarity != y.similarity)
                      return x.similarity > y.similarity;
                  if (x.incoming != y.incoming)
                      return x.incoming < y.incoming;
                  return x.installed < y.installed;
              });
    QSet<qsizetype> takenIncoming;
    QSet<qsizetype> takenInstalled;
    for (const ReimportMatch &m : std::as_const(candidates)) {
        if (takenIncoming.contains(m.incoming) || takenInstalled.contains(m.installed))
            continue;
        takenIncoming.insert(m.incoming);
        takenInstalled.insert(m.installed);
        out.matched.append(m);
    }
    for (const qsizetype i : freeIncoming) {
        if (!takenIncoming.contains(i))
            out.added.append(i);
    }
    for (const qsizetype i : freeInstalled) {
        if (!takenInstalled.contains(i))
            out.removed.append(i);
    }
    return out;
}

ReimportReport reimportQuestions(const QuestionBank &bank, const QList<Question> &installed,
                                 QList<Question> *incoming)
{
    ReimportReport report;
    report.active = true;
    const ReimportPairing pairing = pairReimport(installed, *incoming);

    QSet<QString> taken; // ids the saved pack will use
    for (const ReimportMatch &m : pairing.matched) {
        Question &q = (*incoming)[m.incoming];
        const Question &old = installed.at(m.installed);
        q.id = old.id;
        taken.insert(q.id);
        q.version = old.version;
        if (q.text != old.text)
            ++q.version;
    }
    // A new question's id, made from its text, may be the id of an installed question (one
    // removed, or one whose id another question kept): it gets a suffix of its own.
    for (const Question &q : installed)
        taken.insert(q.id);
    for (const qsizetype n : pairing.added) {
        Question &q = (*incoming)[n];
        const QString stem = q.id;
        for (int suffix = 2; taken.contains(q.id); ++suffix)
            q.id = stem + QLatin1Char('-') + QString::number(suffix);
        taken.insert(q.id);
        report.added.append(q.text);
    }

    QList<ReimportMatch> byFileOrder = pairing.matched;
    std::sort(byFileOrder.begin(), byFileOrder.end(),
              [](const ReimportMatch &x, const ReimportMatch &y) { return x.incoming < y.incoming; });
    for (const ReimportMatch &m : std::as_const(byFileOrder)) {
        const Question &q = incoming->at(m.incoming);
        const Question &old = installed.at(m.installed);
        if (q.text == old.text)
            ++report.unchanged;
        else
            report.updated.append({q.id, old.text, q.text, m.similarity});
    }
    QStringList removedIds;
    for (const qsizetype i : pairing.removed)
        removedIds.append(installed.at(i).id);
    const QHash<QString, int> attempts = bank.attemptCounts(removedIds);
    for (const qsizetype i : pairing.removed) {
        const Question &q = installed.at(i);
        report.removed.append({q.id, q.text, attempts.value(q.id)});
    }
    return report;
}

} // namespace mockloop
