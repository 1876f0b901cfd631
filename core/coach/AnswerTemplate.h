#pragma once

#include "base/Types.h"
#include "questions/Question.h"
#include "storage/SessionRecord.h"

#include <QList>
#include <QString>

namespace mockloop {

// The sections an answer is written in, one definition for both programs (docs/editors.md).
// Stored answers stay ordered named fields (AnswerField); a section's name is the field's name,
// a stable key that is never translated.

enum class AnswerForm {
    Plain,        // one Markdown text field, "answer" (technical; HR/general questions)
    Star,         // situation, task, action, result (behavioral; story-type cultural fit)
    SystemDesign, // requirements … trade-offs
    Project,      // context … what I would do differently
};

struct AnswerSection
{
    QString name;          // stored field name: "situation", "api", "answer"
    QString title;         // translated, for people
    QString prompt;        // translated: what belongs in this section; empty for unknown fields
    int budgetPercent = 0; // share of the answer time suggested for it; 0 = none
    bool known = true;     // false: a stored field this form does not have (an older editor)
    friend bool operator==(const AnswerSection &, const AnswerSection &) = default;
};

// The form a question is answered in. Behavioral questions always use STAR. A cultural-fit
// question uses STAR only when it asks for a story: tagged "story" or "situational"; plain
// HR/general questions (salary, why this company, strengths) get one text field.
AnswerForm answerFormFor(const Question &question);
// The form of a round kind's questions when the question is not known (cultural fit: plain).
AnswerForm answerFormFor(RoundKind kind);
// Whether the question is answered with a story of the person's own (STAR or project): the
// coach's I/we rule applies.
bool isStoryQuestion(const Question &question);

// The sections of a form, in order.
QList<AnswerSection> answerSections(AnswerForm form);
// The sections to edit a stored answer in: the question's form, then every stored field with a
// name the form does not know and some text (unknown = false, titled by its name), so an
// answer written by an older editor opens with nothing hidden.
QList<AnswerSection> answerSectionsFor(const Question &question, const QList<AnswerField> &stored);
// The stored answer laid out in sections: one field per section, in section order, empty when
// the stored answer has none (repeated names are joined with a blank line).
QList<AnswerField> fieldsForSections(const QList<AnswerSection> &sections,
                                     const QList<AnswerField> &stored);

// The title of a stored field name: a known section's translated title, else the name itself.
QString answerSectionTitle(const QString &fieldName);

} // namespace mockloop
