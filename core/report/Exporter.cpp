#include "report/Exporter.h"

#include "base/TimeText.h"
#include "coach/StoryBank.h"
#include "practice/Scheduler.h"
#include "report/ReportMarkdown.h"
#include "storage/Database.h"
#include "storage/PrepTaskStore.h"
#include "storage/SessionStore.h"
#include "storage/SqlSupport.h"
#include "storage/TrackerStore.h"
#include "tracker/Tracker.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace mockloop {

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toStoredTime(t)) : QJsonValue();
}

QJsonObject attemptJson(const AttemptRecord &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("position"), a.position);
    o.insert(QStringLiteral("status"), toKey(a.times.status));
    o.insert(QStringLiteral("question"), a.question.toJson());
    QJsonArray fields;
    for (const AnswerField &f : a.answer)
        fields.append(
            QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}});
    o.insert(QStringLiteral("answer"), fields);
    // Follow-ups (schema 12, docs/export.md): every one the attempt planned, asked or not.
    if (!a.times.followUps.isEmpty()) {
        QJsonArray followUps;
        for (int i = 0; i < a.times.followUps.size(); ++i) {
            const FollowUpTimes &t = a.times.followUps[i];
            const FollowUpRecord text = a.followUps.value(i);
            followUps.append(QJsonObject{{QStringLiteral("question"), text.question},
                                         {QStringLiteral("answer"), text.answer},
                                         {QStringLiteral("status"), toKey(t.status)},
                                         {QStringLiteral("answerLimitMs"), t.answerLimitMs},
                                         {QStringLiteral("answerUsedMs"), t.answerUsedMs},
                                         {QStringLiteral("overtimeMs"), t.overtimeMs()},
                                         {QStringLiteral("lockedByExpiry"), t.lockedByExpiry}});
        }
        o.insert(QStringLiteral("followUps"), followUps);
    }
    o.insert(QStringLiteral("timings"),
             QJsonObject{{QStringLiteral("prepLimitMs"), a.times.prepLimitMs},
                         {QStringLiteral("answerLimitMs"), a.times.answerLimitMs},
                         {QStringLiteral("prepUsedMs"), a.times.prepUsedMs},
                         {QStringLiteral("answerUsedMs"), a.times.answerUsedMs},
                         {QStringLiteral("overtimeMs"), a.times.overtimeMs()},
                         {QStringLiteral("pausedMs"), a.times.pausedMs},
                         {QStringLiteral("interruptedMs"), a.times.interruptedMs},
                         {QStringLiteral("lockedByExpiry"), a.times.lockedByExpiry}});
    if (a.score) {
        QJsonObject rubric;
        for (const auto &[criterion, score] : a.rubric)
            rubric.insert(criterion, score);
        QJsonArray covered;
        for (bool c : a.keyPointsCovered)
            covered.append(c);
        o.insert(QStringLiteral("grade"),
                 QJsonObject{{QStringLiteral("score"), *a.score},
                             {QStringLiteral("note"), a.gradeNote},
                             {QStringLiteral("rubric"), rubric},
                             {QStringLiteral("keyPointsCovered"), covered},
                             {QStringLiteral("answeredAloud"), a.answeredAloud},
                             {QStringLiteral("gradedAt"), isoOrNull(a.gradedAt)}});
    } else {
        o.insert(QStringLiteral("grade"), QJsonValue());
    }
    o.insert(QStringLiteral("startedAt"), isoOrNull(a.startedAt));
    o.insert(QStringLiteral("submittedAt"), isoOrNull(a.submittedAt));
    // Whether it counts in the session's figures: a retake replaces (docs/schema.md).
    o.insert(QStringLiteral("counted"), a.counted);
    return o;
}

QJsonValue optionalJson(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(id);
    return out;
}

// What the person did with the tasks of one scheduled interview's preparation plan.
QJsonArray prepTasksJson(Database &db, qint64 interviewId)
{
    QJsonArray out;
    for (const PrepTaskState &s : PrepTaskStore(db).states(interviewId))
        out.append(
            QJsonObject{{QStringLiteral("key"), s.key},
                        {QStringLiteral("status"), toKey(s.status)},
                        {QStringLiteral("day"),
                         s.day.isValid() ? QJsonValue(s.day.toString(Qt::ISODate)) : QJsonValue()},
                        {QStringLiteral("task"),
                         s.task.isEmpty()
                             ? QJsonValue()
                             : QJsonValue(QJsonDocument::fromJson(s.task.toUtf8()).object())}});
    return out;
}

// The interview tracker (docs/export.md, "tracker"): stages, contacts, and every application
// with its stage history and scheduled interviews. Keys, not display names.
QJsonObject trackerJson(Database &db)
{
    TrackerStore store(db);
    QJsonArray stages;
    for (const TrackerStage &s : store.stages())
        stages.append(QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("key"), s.key.isEmpty() ? QJsonValue() : s.key},
                                  // The person's own name, else the default's in English: an export
                                  // reads the same in every language (key names it).
                                  {QStringLiteral("name"),
                                   s.name.isEmpty() ? stageDefaultName(s.key) : s.name},
                                  {QStringLiteral("position"), s.position},
                                  {QStringLiteral("hidden"), s.hidden}});
    QJsonArray contacts;
    for (const Contact &c : store.contacts())
        contacts.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("role"), c.role},
                                    {QStringLiteral("company"), c.company},
                                    {QStringLiteral("reach"), c.reach},
                                    {QStringLiteral("notes"), c.notes}});
    QHash<qint64, QJsonArray> interviewsOf;
    for (const ScheduledInterview &i : store.interviews(0)) {
        QJsonArray asked;
        for (const AskedQuestion &q : i.asked)
            asked.append(
                QJsonObject{{QStringLiteral("text"), q.text},
                            {QStringLiteral("questionId"),
                             q.questionId.isEmpty() ? QJsonValue() : QJsonValue(q.questionId)}});
        interviewsOf[i.applicationId].append(
            QJsonObject{{QStringLiteral("id"), i.id},
                        {QStringLiteral("kind"), toKey(i.kind)},
                        {QStringLiteral("start"),
                         i.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))},
                        {QStringLiteral("timeZone"), QString::fromUtf8(i.start.timeZone().id())},
                        {QStringLiteral("startsAt"), isoOrNull(i.start.toUTC())},
                        {QStringLiteral("durationMinutes"), i.durationMinutes},
                        {QStringLiteral("format"), toKey(i.format)},
                        {QStringLiteral("interviewerIds"), idsJson(i.interviewerIds)},
                        {QStringLiteral("askedQuestions"), asked},
                        {QStringLiteral("selfRating"), optionalJson(i.selfRating)},
                        {QStringLiteral("retrospective"), i.retrospective},
                        {QStringLiteral("prepTasks"), prepTasksJson(db, i.id)}});
    }
    QJsonArray applications;
    for (const Application &a : store.applications()) {
        QJsonArray history;
        for (const StageChange &h : store.history(a.id))
            history.append(QJsonObject{{QStringLiteral("stageId"), h.stageId},
                                       {QStringLiteral("changedAt"), isoOrNull(h.changedAt)},
                                       {QStringLiteral("note"), h.note}});
        applications.append(
            QJsonObject{{QStringLiteral("id"), a.id},
                        {QStringLiteral("company"), a.company},
                        {QStringLiteral("role"), a.role},
                        {QStringLiteral("level"), a.level},
                        {QStringLiteral("source"), a.source},
                        {QStringLiteral("url"), a.url},
                        {QStringLiteral("location"), a.location},
                        {QStringLiteral("salaryRange"), a.salaryRange},
                        {QStringLiteral("excitement"), optionalJson(a.excitement)},
                        {QStringLiteral("jobDescription"), a.jobDescription},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                        {QStringLiteral("notes"), a.notes},
                        {QStringLiteral("outcome"), a.outcome},
                        {QStringLiteral("stageId"), a.stageId},
                        {QStringLiteral("contactIds"), idsJson(a.contactIds)},
                        {QStringLiteral("createdAt"), isoOrNull(a.createdAt)},
                        {QStringLiteral("updatedAt"), isoOrNull(a.updatedAt)},
                        {QStringLiteral("lastActivityAt"), isoOrNull(a.lastActivityAt)},
                        {QStringLiteral("stageHistory"), history},
                        {QStringLiteral("scheduledInterviews"), interviewsOf.value(a.id)}});
    }
    return {{QStringLiteral("stages"), stages},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("applications"), applications}};
}

} // namespace

QJsonObject exportAllJson(Database &db, const QDateTime &exportedAt, QString *error)
{
    SessionStore store(db);
    const std::optional<QList<qint64>> ids = store.sessionIds(error);
    if (!ids)
        return {};
    QJsonArray sessions;
    for (const qint64 id : *ids) {
        const auto s = store.load(id, error);
        if (!s)
            return {};
        QJsonObject so;
        so.insert(QStringLiteral("id"), s->id);
        so.insert(QStringLiteral("planName"), s->plan.name);
        so.insert(QStringLiteral("plan"), s->plan.toJson());
        so.insert(QStringLiteral("seed"), qint64(s->seed));
        so.insert(QStringLiteral("status"), s->status);
        so.insert(QStringLiteral("state"), toKey(s->snapshot.state));
        so.insert(QStringLiteral("startedAt"), isoOrNull(s->startedAt));
        so.insert(QStringLiteral("endedAt"), isoOrNull(s->endedAt));
        so.insert(QStringLiteral("closingNotes"), s->closingNotes);
        QJsonArray rounds;
        for (const RoundRecord &r : s->rounds) {
            QJsonObject ro;
            ro.insert(QStringLiteral("position"), r.position);
            ro.insert(QStringLiteral("kind"), toKey(r.times.kind));
            ro.insert(QStringLiteral("budgetMs"), r.times.budgetMs);
            ro.insert(QStringLiteral("expiry"), toKey(r.times.expiry));
            ro.insert(QStringLiteral("usedMs"), r.times.usedMs);
            ro.insert(QStringLiteral("overtimeMs"), r.times.overtimeMs());
            ro.insert(QStringLiteral("budgetExpired"), r.times.budgetExpired);
            QJsonArray attempts;
            for (const AttemptRecord &a : s->attempts) {
                if (a.times.round == r.position)
                    attempts.append(attemptJson(a));
            }
            ro.insert(QStringLiteral("attempts"), attempts);
            rounds.append(ro);
        }
        so.insert(QStringLiteral("rounds"), rounds);
        sessions.append(so);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("mockloop-export"));
    root.insert(QStringLiteral("formatVersion"), kExportFormatVersion);
    root.insert(QStringLiteral("appVersion"), QStringLiteral(MOCKLOOP_VERSION));
    root.insert(QStringLiteral("schemaVersion"), db.schemaVersion());
    root.insert(QStringLiteral("exportedAt"), isoOrNull(exportedAt));
    root.insert(QStringLiteral("sessions"), sessions);
    // The person's own writing and their review schedule belong to "all data" too.
    QJsonArray stories;
    for (const Story &st : StoryBank(db).stories()) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), st.id);
        o.insert(QStringLiteral("title"), st.title);
        for (const AnswerField &f : st.toAnswerFields())
            o.insert(f.name, f.value);
        o.insert(QStringLiteral("competencies"), QJsonArray::fromStringList(st.competencies));
        o.insert(QStringLiteral("sourceAttemptId"),
                 st.sourceAttemptId > 0 ? QJsonValue(st.sourceAttemptId) : QJsonValue());
        o.insert(QStringLiteral("uses"), st.uses);
        o.insert(QStringLiteral("createdAt"), isoOrNull(st.createdAt));
        o.insert(QStringLiteral("updatedAt"), isoOrNull(st.updatedAt));
        stories.append(o);
    }
    root.insert(QStringLiteral("stories"), stories);
    QJsonArray reviews;
    for (const ReviewState &r : Scheduler(db, nullptr).states()) {
        QJsonObject o;
        o.insert(QStringLiteral("questionId"), r.questionId);
        o.insert(QStringLiteral("repetitions"), r.repetitions);
        o.insert(QStringLiteral("lapses"), r.lapses);
        o.insert(QStringLiteral("ease"), r.ease);
        o.insert(QStringLiteral("intervalDays"), r.intervalDays);
        o.insert(QStringLiteral("dueOn"),
                 r.dueOn.isValid() ? QJsonValue(toStoredDay(r.dueOn)) : QJsonValue());
        o.insert(QStringLiteral("lastReviewedAt"), isoOrNull(r.lastReviewedAt));
        o.insert(QStringLiteral("suspended"), r.suspended);
        reviews.append(o);
    }
    root.insert(QStringLiteral("reviews"), reviews);
    root.insert(QStringLiteral("tracker"), trackerJson(db));
    return root;
}

} // namespace mockloop

namespace mockloop {

namespace {

QByteArray csvField(const QString &value)
{
    QString v = value;
    const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
                       || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
    if (!quote)
        return v.toUtf8();
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + v.toUtf8() + '"';
}

} // namespace

QStringList csvColumns()
{
    return {QStringLiteral("session_id"),       QStringLiteral("session_started_at"),
            QStringLiteral("plan_name"),        QStringLiteral("session_status"),
            QStringLiteral("round_position"),   QStringLiteral("round_kind"),
            QStringLiteral("attempt_position"), QStringLiteral("question_id"),
            QStringLiteral("question_version"), QStringLiteral("question_text"),
            QStringLiteral("status"),           QStringLiteral("prep_limit_ms"),
            QStringLiteral("prep_used_ms"),     QStringLiteral("answer_limit_ms"),
            QStringLiteral("answer_used_ms"),   QStringLiteral("overtime_ms"),
            QStringLiteral("paused_ms"),        QStringLiteral("interrupted_ms"),
            QStringLiteral("locked_by_expiry"), QStringLiteral("score"),
            QStringLiteral("grade_note"),       QStringLiteral("started_at"),
            QStringLiteral("submitted_at"),     QStringLiteral("answer"),
            QStringLiteral("counted")};
}

QByteArray exportAllCsv(Database &db, QString *error)
{
    QByteArray out = csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    SessionStore store(db);
    const std::optional<QList<qint64>> sessionIds = store.sessionIds(error);
    if (!sessionIds)
        return {};
    const QList<qint64> &ids = *sessionIds;
    for (qint64 id : ids) {
        const auto s = store.load(id, error);
        if (!s)
            return {};
        for (const AttemptRecord &a : s->attempts) {
            QStringList answer;
            for (const AnswerField &f : a.answer)
                answer.append(f.name + QStringLiteral(": ") + f.value);
            const QStringList row = {QString::number(s->id),
                                     toStoredTime(s->startedAt),
                                     s->plan.name,
                                     s->status,
                                     QString::number(a.times.round),
                                     toKey(s->rounds.at(a.times.round).times.kind),
                                     QString::number(a.position),
                                     a.question.id,
                                     QString::number(a.question.version),
                                     a.question.text,
                                     toKey(a.times.status),
                                     QString::number(a.times.prepLimitMs),
                                     QString::number(a.times.prepUsedMs),
                                     QString::number(a.times.answerLimitMs),
                                     QString::number(a.times.answerUsedMs),
                                     QString::number(a.times.overtimeMs()),
                                     QString::number(a.times.pausedMs),
                                     QString::number(a.times.interruptedMs),
                                     a.times.lockedByExpiry ? QStringLiteral("1")
                                                            : QStringLiteral("0"),
                                     a.score ? QString::number(*a.score) : QString(),
                                     a.gradeNote,
                                     toStoredTime(a.startedAt),
                                     toStoredTime(a.submittedAt),
                                     answer.join(QStringLiteral("\n\n")),
                                     a.counted ? QStringLiteral("1") : QStringLiteral("0")};
            QByteArrayList fields;
            for (const QString &v : row)
                fields.append(csvField(v));
            out += fields.join(',') + "\r\n";
        }
    }
    return out;
}

QString exportAllMarkdown(Database &db, const QDateTime &exportedAt, QString *error)
{
    SessionStore store(db);
    const std::optional<QList<qint64>> sessionIds = store.sessionIds(error);
    if (!sessionIds)
        return {};
    const QList<qint64> &ids = *sessionIds;
    QString md = QStringLiteral("# ") + QCoreApplication::translate("Exporter", "MockLoop sessions")
                 + QStringLiteral("\n\n")
                 + (ids.size() == 1
                        ? QCoreApplication::translate("Exporter", "Exported %1; 1 session.")
                              .arg(formatDateTimeWithZone(exportedAt))
                        : QCoreApplication::translate("Exporter", "Exported %1; %2 sessions.")
                              .arg(formatDateTimeWithZone(exportedAt))
                              .arg(ids.size()))
                 + QStringLiteral("\n\n");
    for (qint64 id : ids) {
        const auto s = store.load(id, error);
        if (!s)
            return {};
        QString one = reportMarkdown(buildReport(*s));
        one.replace(QRegularExpression(QStringLiteral("^#"), QRegularExpression::MultilineOption),
                    QStringLiteral("##"));
        md += one + QStringLiteral("\n---\n\n");
    }
    return md;
}

} // namespace mockloop
