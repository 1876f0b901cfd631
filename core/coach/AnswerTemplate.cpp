#include "coach/AnswerTemplate.h"

#include <QCoreApplication>

#include <algorithm>

namespace mockloop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AnswerField", text);
}

struct SectionDef
{
    const char *name;
    const char *title;
    const char *prompt;
    int budgetPercent;
};

// The sections of each form. Titles and prompts are translated when read (tr() below); the
// QT_TRANSLATE_NOOP marks let lupdate find them.
const SectionDef kPlain[] = {
    {"answer", QT_TRANSLATE_NOOP("AnswerField", "Answer"),
     QT_TRANSLATE_NOOP("AnswerField",
                       "Structure first, then the details and the trade-offs. Markdown works: "
                       "```code blocks```, `inline code`, - lists."),
     0},
};

// Suggested shares of the answer time: most of a story is what you did.
const SectionDef kStar[] = {
    {"situation", QT_TRANSLATE_NOOP("AnswerField", "Situation"),
     QT_TRANSLATE_NOOP("AnswerField", "Where and when; the context the listener needs."), 15},
    {"task", QT_TRANSLATE_NOOP("AnswerField", "Task"),
     QT_TRANSLATE_NOOP("AnswerField", "What you were responsible for; the goal or the problem."), 10},
    {"action", QT_TRANSLATE_NOOP("AnswerField", "Action"),
     QT_TRANSLATE_NOOP("AnswerField", "What you did, step by step: say “I”, not “we”."), 50},
    {"result", QT_TRANSLATE_NOOP("AnswerField", "Result"),
     QT_TRANSLATE_NOOP("AnswerField", "The outcome, with numbers if you can, and what you learned."),
     25},
};

const SectionDef kSystemDesign[] = {
    {"functional_requirements", QT_TRANSLATE_NOOP("AnswerField", "Functional requirements"),
     QT_TRANSLATE_NOOP("AnswerField",
                       "What the system must do: the core use cases, and what is out of scope."),
     0},
    {"non_functional_requirements", QT_TRANSLATE_NOOP("AnswerField", "Non-functional requirements"),
     QT_TRANSLATE_NOOP("AnswerField",
                       "Scale, latency, availability, consistency, durability, security."),
     0},
    {"estimates", QT_TRANSLATE_NOOP("AnswerField", "Estimates"),
     QT_TRANSLATE_NOOP("AnswerField", "Back of the envelope: users, requests per second, read/write ratio, "
                                      "storage per year, bandwidth."),
     0},
    {"api", QT_TRANSLATE_NOOP("AnswerField", "API"),
     QT_TRANSLATE_NOOP("AnswerField",
                       "The main endpoints or messages: method, path, parameters, response."),
     0},
    {"data_model", QT_TRANSLATE_NOOP("AnswerField", "Data model"),
     QT_TRANSLATE_NOOP("AnswerField", "Entities, keys and indexes; which store holds what, and why."),
     0},
    {"high_level_design", QT_TRANSLATE_NOOP("AnswerField", "High-level design"),
     QT_TRANSLATE_NOOP("AnswerField", "The components and how a request flows through them."), 0},
    {"deep_dive", QT_TRANSLATE_NOOP("AnswerField", "Deep dive"),
     QT_TRANSLATE_NOOP("AnswerField",
                       "One or two components in detail: the algorithm, the schema, the hard "
                       "part."),
     0},
    {"bottlenecks_scaling", QT_TRANSLATE_NOOP("AnswerField", "Bottlenecks and scaling"),
     QT_TRANSLATE_NOOP("AnswerField", "What breaks first as load grows; caching, sharding, replication, "
                                      "queues; failure modes."),
     0},
    {"trade_offs", QT_TRANSLATE_NOOP("AnswerField", "Trade-offs"),
     QT_TRANSLATE_NOOP("AnswerField", "What you chose, what you gave up, and what you would revisit."),
     0},
};

const SectionDef kProject[] = {
    {"context", QT_TRANSLATE_NOOP("AnswerField", "Context"),
     QT_TRANSLATE_NOOP("AnswerField", "The product, the users, the team and why the project existed."),
     0},
    {"my_role", QT_TRANSLATE_NOOP("AnswerField", "My role"),
     QT_TRANSLATE_NOOP("AnswerField", "What was yours: the parts you owned, the decisions you made."),
     0},
    {"architecture_tech", QT_TRANSLATE_NOOP("AnswerField", "Architecture and tech"),
     QT_TRANSLATE_NOOP("AnswerField", "The components, the stack and why it was chosen."), 0},
    {"hardest_problem", QT_TRANSLATE_NOOP("AnswerField", "Hardest problem"),
     QT_TRANSLATE_NOOP("AnswerField",
                       "The hardest technical problem and how you solved it, step by step."),
     0},
    {"outcome_metrics", QT_TRANSLATE_NOOP("AnswerField", "Outcome and metrics"),
     QT_TRANSLATE_NOOP("AnswerField", "What it achieved, in numbers: latency, users, cost, incidents."),
     0},
    {"do_differently", QT_TRANSLATE_NOOP("AnswerField", "What I would do differently"),
     QT_TRANSLATE_NOOP("AnswerField", "What you learned and would change with what you know now."), 0},
};

template<std::size_t N>
QList<AnswerSection> build(const SectionDef (&defs)[N])
{
    QList<AnswerSection> out;
    for (const SectionDef &d : defs)
        out.append({QLatin1String(d.name), tr(d.title), tr(d.prompt), d.budgetPercent, true});
    return out;
}

} // namespace

AnswerForm answerFormFor(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Technical: return AnswerForm::Plain;
    case RoundKind::SystemDesign: return AnswerForm::SystemDesign;
    case RoundKind::Behavioral: return AnswerForm::Star;
    case RoundKind::CulturalFit: return AnswerForm::Plain;
    case RoundKind::Project: return AnswerForm::Project;
    }
    return AnswerForm::Plain;
}

AnswerForm answerFormFor(const Question &question)
{
    if (question.kind == RoundKind::CulturalFit) {
        for (const QString &tag : question.tags) {
            if (tag.compare(QLatin1String("story"), Qt::CaseInsensitive) == 0
                || tag.compare(QLatin1String("situational"), Qt::CaseInsensitive) == 0)
                return AnswerForm::Star;
        }
    }
    return answerFormFor(question.kind);
}

bool isStoryQuestion(const Question &question)
{
    const AnswerForm form = answerFormFor(question);
    return form == AnswerForm::Star || form == AnswerForm::Project;
}

QList<AnswerSection> answerSections(AnswerForm form)
{
    switch (form) {
    case AnswerForm::Plain: return build(kPlain);
    case AnswerForm::Star: return build(kStar);
    case AnswerForm::SystemDesign: return build(kSystemDesign);
    case AnswerForm::Project: return build(kProject);
    }
    return build(kPlain);
}

QList<AnswerSection> answerSectionsFor(const Question &question, const QList<AnswerField> &stored)
{
    QList<AnswerSection> sections = answerSections(answerFormFor(question));
    for (const AnswerField &f : stored) {
        if (f.value.trimmed().isEmpty())
            continue;
        const bool present = std::any_of(sections.cbegin(), sections.cend(),
                                         [&](const AnswerSection &s) { return s.name == f.name; });
        if (!present)
            sections.append({f.name, answerSectionTitle(f.name), QString(), 0, false});
    }
    return sections;
}

QList<AnswerField> fieldsForSections(const QList<AnswerSection> &sections,
                                     const QList<AnswerField> &stored)
{
    QList<AnswerField> out;
    for (const AnswerSection &s : sections) {
        QString value;
        for (const AnswerField &f : stored) {
            if (f.name != s.name || f.value.isEmpty())
                continue;
            if (!value.isEmpty())
                value += QStringLiteral("\n\n");
            value += f.value;
        }
        out.append({s.name, value});
    }
    return out;
}

QString answerSectionTitle(const QString &fieldName)
{
    for (AnswerForm form :
         {AnswerForm::Plain, AnswerForm::Star, AnswerForm::SystemDesign, AnswerForm::Project}) {
        for (const AnswerSection &s : answerSections(form)) {
            if (s.name == fieldName)
                return s.title;
        }
    }
    return fieldName;
}

} // namespace mockloop
