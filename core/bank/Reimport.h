#pragma once

#include "questions/Question.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop {

class QuestionBank;

// Re-importing an updated list whose question ids are made from the text (Markdown): a question
// whose wording changed would get a new id, and its attempts, review schedule and hidden flag
// (all keyed by the question id) would stay with a question no longer in the bank. Instead an
// incoming question is paired with the installed question of the pack with the same or the
// most similar text, and takes that question's id (docs/import.md, "Saving and updating").

// Two texts count as the same question edited when their similarity is at least this.
// Measured on tests/core/bank/test_reimport.cpp's pairs: typo fixes, reworded clauses and an
// added sentence score 0.70 and more, different questions on one topic 0.60 and less
// ("Design a rate limiter for a public API." / "Design a job queue for a public API.").
inline constexpr double kReimportThreshold = 0.65;

// How alike two question texts are, 0..1. The texts are normalized (normalizedQuestionText)
// and split into words; words every question uses (question words, articles, "explain",
// "tell me about", in English and a few other languages) are set aside, so what counts is the
// topic. Two words are the same when equal, one typo apart (length 4 or more; two for 8 or
// more) or the same stem with another ending ("index"/"indexes", "cache"/"caching"); such a
// near word counts 0.8 of an equal one. Chinese, Japanese and Korean runs count as pairs of
// characters. The score is the mean of Dice's coefficient (shared words against both texts'
// words) and the overlap coefficient (shared words against the shorter text's): a sentence
// added to a question lowers the first but not the second, a question about another thing
// lowers both. Texts equal once normalized score 1.
double questionTextSimilarity(const QString &a, const QString &b);

// A question of the file paired with an installed question whose id it takes.
struct ReimportMatch
{
    qsizetype incoming = -1;  // index in the incoming list
    qsizetype installed = -1; // index in the installed list
    double similarity = 0;
};

struct ReimportPairing
{
    QList<ReimportMatch> matched; // same text in file order, then by similarity best first
    QList<qsizetype> added;       // incoming questions paired with nothing, in file order
    QList<qsizetype> removed;     // installed questions paired with nothing, in their order
};

// Pairs the incoming questions with the installed ones of the pack: first those with the same
// text once normalized (the same id preferred), then the rest by similarity, greedily best
// score first, each installed question used once, keeping pairs at or above threshold. Ids
// are not trusted on their own: made from the text's first 48 characters with "-2", "-3" for
// repeats in file order, they shift to other questions when one above them changes. Only
// pairs that share a word are scored (a word index): a re-import of 10,000 questions with
// 1,000 reworded scores a few pairs per question, not 10^6 or 10^8.
ReimportPairing pairReimport(const QList<Question> &installed, const QList<Question> &incoming,
                             double threshold = kReimportThreshold);

// What a re-import does to the pack already installed, shown before anything is saved.
struct ReimportUpdated
{
    QString id; // kept: attempts, review schedule and hidden flag stay with it
    QString oldText;
    QString newText;
    double similarity = 1; // 1 for a question found by its id
};

struct ReimportRemoved
{
    QString id;
    QString text;
    int attempts = 0; // they stay in History
};

struct ReimportReport
{
    bool active = false;            // the pack is installed and its ids come from the text
    QList<ReimportUpdated> updated; // kept ids whose text changed
    QStringList added;              // texts of new questions, in file order
    QList<ReimportRemoved> removed; // installed questions the file no longer has
    int unchanged = 0;              // found by id with the same text
};

// Applies the pairing to the incoming questions: a paired one takes the installed question's
// id and version, the version raised by one when the text changed (attempts keep their own
// snapshot of the old wording); a new one whose id an installed question has gets a suffix.
// Fills the report; the removed questions' attempt counts come from the bank.
ReimportReport reimportQuestions(const QuestionBank &bank, const QList<Question> &installed,
                                 QList<Question> *incoming);

} // namespace mockloop
