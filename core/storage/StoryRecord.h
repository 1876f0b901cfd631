#pragma once

#include "storage/SessionRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mockloop {

// A STAR story the person can tell again: saved from an answer or written directly, picked and
// adapted when a story question comes up.
struct Story
{
    qint64 id = 0;
    QString title;
    QString situation;
    QString task;
    QString action;
    QString result;
    QStringList competencies;   // sorted, unique
    qint64 sourceAttemptId = 0; // the answer it was saved from, 0 = written directly
    QDateTime createdAt;
    QDateTime updatedAt;
    int uses = 0; // answers it was inserted into

    // The story as answer fields (situation / task / action / result), for a STAR editor.
    QList<AnswerField> toAnswerFields() const;
    // A story from an answer: the STAR fields as written (an answer in one field becomes the
    // action), titled after the question, with the question's competencies.
    static Story fromAnswer(const AttemptRecord &attempt);
};

// Competencies as stories keep them: simplified, lower case, no empty ones, unique, sorted.
QStringList normalisedCompetencies(const QStringList &competencies);

} // namespace mockloop
