#include "controller/SessionController.h"

#include "bank/QuestionBank.h"
#include "coach/FollowUpChoice.h"
#include "coach/StoryBank.h"
#include "practice/Scheduler.h"
#include "report/SessionText.h"
#include "session/HintsRule.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>

#include <algorithm>

namespace mockloop {

namespace {

EngineConfig configFor(const LoopPlan &plan, const QList<RoundTimes> &rounds,
                       const QList<AttemptTimes> &attempts)
{
    EngineConfig c;
    c.rounds = rounds;
    c.attempts = attempts;
    c.pauseAllowed = plan.pauseAllowed;
    c.gradingTiming = plan.gradingTiming;
    c.closingSegment = plan.closingSegment;
    c.retakeAllowed = retakesOffered(plan);
    return c;
}

// Both programs share the application name (it names the data dir), so the lock file alone
// cannot tell them apart: on this machine the owner's process name can.
QString lockOwnerName(qint64 pid, const QString &host, const QString &app)
{
    QString program;
    if (pid > 0 && (host.isEmpty() || host == QSysInfo::machineHostName())) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly))
            program = QString::fromLocal8Bit(comm.readAll()).trimmed();
    }
    if (program.isEmpty())
        program = app;
    if (program == QLatin1String("mockloop"))
        return QCoreApplication::translate("SessionController", "the MockLoop window");
    if (program == QLatin1String("mockloop-cli"))
        return QCoreApplication::translate("SessionController", "the terminal program mockloop-cli");
    return program.isEmpty() ? QStringLiteral("?") : program;
}

} // namespace

SessionController::SessionController(Database &db, const Clock *clock)
    : m_db(db)
    , m_store(db)
    , m_clock(clock)
{
}

SessionController::~SessionController()
{
    // Unsaved edits, or a save still failing: one last try.
    if (m_engine && hasUnsavedChanges())
        persist();
}

QString SessionController::lockPath(const QString &dataDir, qint64 sessionId)
{
    return QDir(dataDir).filePath(QStringLiteral("locks/session-%1.lock").arg(sessionId));
}

bool SessionController::acquireLock(QString *error)
{
    const QString path = lockPath(m_db.dataDir(), m_record.id);
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_lock = std::make_unique<QLockFile>(path);
    m_lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString app;
    m_lock->getLockInfo(&pid, &host, &app);
    *error = QCoreApplication::translate("SessionController",
                                         "Session %1 is open in another MockLoop program: %2 "
                                         "(process %3). Close it there first.")
                 .arg(m_record.id)
                 .arg(lockOwnerName(pid, host, app))
                 .arg(pid);
    m_lock.reset();
    return false;
}

std::unique_ptr<SessionController> SessionController::start(Database &db, const LoopPlan &plan,
                                                            const Clock *clock, QString *error,
                                                            std::optional<quint32> seed)
{
    std::unique_ptr<SessionController> c(new SessionController(db, clock));
    const quint32 usedSeed = seed.value_or(QRandomGenerator::global()->generate());
    QRandomGenerator rng(usedSeed);
    QuestionBank bank(db, clock);

    QList<Question> questions;
    QList<RoundTimes> rounds;
    QList<AttemptTimes> attempts;
    QSet<QString> drawn;
    // Hand-picked questions are reserved first, so no earlier round draws one of them.
    for (const RoundPlan &rp : plan.rounds)
        for (const QString &id : rp.questionIds)
            drawn.insert(id);
    QuestionFilter within;
    within.track = plan.track;
    within.packs = plan.packs;
    for (int r = 0; r < plan.rounds.size(); ++r) {
        const RoundPlan &rp = plan.rounds[r];
        QList<Question> picked;
        if (!rp.questionIds.isEmpty()) {
            for (const QString &id : rp.questionIds) {
                const auto q = bank.question(id);
                if (!q) {
                    *error = QCoreApplication::translate("SessionController",
                                                         "The plan asks for question \"%1\", "
                                                         "which is not in the bank.")
                                 .arg(id);
                    return nullptr;
                }
                if (q->kind != rp.kind) {
                    *error = QCoreApplication::translate("SessionController",
                                                         "Question \"%1\" is a %2 question; it "
                                                         "cannot be asked in a %3 round.")
                                 .arg(id, displayName(q->kind), displayName(rp.kind));
                    return nullptr;
                }
                picked.append(*q);
            }
        } else {
            picked = bank.draw(rp.kind, rp.questionCount, drawn, rng, within);
        }
        // A round the bank cannot fill is left out rather than shown empty.
        if (picked.isEmpty())
            continue;
        RoundTimes rt;
        rt.kind = rp.kind;
        rt.budgetMs = qint64(plan.effectiveRoundSeconds(r)) * 1000;
        rt.expiry = plan.effectiveExpiry(r);
        rounds.append(rt);
        for (const Question &q : picked) {
            drawn.insert(q.id);
            AttemptTimes at;
            at.round = int(rounds.size()) - 1;
            at.prepLimitMs = qint64(plan.effectivePrepSeconds(r, q.prepSeconds)) * 1000;
            at.answerLimitMs = qint64(plan.effectiveAnswerSeconds(r, q.answerSeconds)) * 1000;
            // Follow-ups: as many as the plan asks and the question has (own questions often
            // have none, and then the step is skipped).
            const int available = int(
                std::count_if(q.followUps.cbegin(), q.followUps.cend(),
                              [](const QString &f) { return !f.trimmed().isEmpty(); }));
            const int planned = std::clamp(plan.followUpsPerQuestion, 0, LoopPlan::kMaxFollowUps);
            for (int f = 0; f < std::min(planned, available); ++f) {
                FollowUpTimes ft;
                ft.answerLimitMs = qint64(std::max(0, plan.followUpSeconds)) * 1000;
                at.followUps.append(ft);
            }
            attempts.append(at);
            questions.append(q);
        }
    }
    if (questions.isEmpty()) {
        *error = QCoreApplication::translate("SessionController",
                                             "There are no questions for the rounds of this plan.");
        return nullptr;
    }

    c->m_engine = std::make_unique<Engine>(clock, configFor(plan, rounds, attempts));
    const EngineSnapshot initial = c->m_engine->snapshot();
    const auto id = c->m_store.create(plan, usedSeed, questions, initial, clock->wallTime(), error);
    if (!id)
        return nullptr;
    auto record = c->m_store.load(*id, error);
    if (!record)
        return nullptr;
    c->m_record = std::move(*record);
    c->m_lastSaved = initial;
    if (!c->acquireLock(error)) {
        // Nobody ever ran this brand-new session: leave no ownerless "running" row behind.
        c->m_store.remove(*id, nullptr);
        return nullptr;
    }
    c->m_closingSuggestions = bank.closingEntries();
    c->m_lastTimesSave = clock->monotonicMs();
    connect(c->m_engine.get(), &Engine::stateChanged, c.get(),
            &SessionController::onEngineStateChanged);
    return c;
}

std::unique_ptr<SessionController> SessionController::resume(Database &db, qint64 sessionId,
                                                             const Clock *clock, QString *error)
{
    std::unique_ptr<SessionController> c(new SessionController(db, clock));
    auto record = c->m_store.load(sessionId, error);
    if (!record)
        return nullptr;
    c->m_record = std::move(*record);
    if (c->m_record.status != QLatin1String("running")) {
        *error = QCoreApplication::translate("SessionController",
                                             "Session %1 is %2 and cannot be resumed.")
                     .arg(sessionId)
                     .arg(sessionStatusDisplayName(c->m_record.status));
        return nullptr;
    }
    if (!c->acquireLock(error))
        return nullptr;

    const qint64 downtime = c->m_record.savedAt.isValid()
                                ? std::max<qint64>(0, c->m_record.savedAt.msecsTo(clock->wallTime()))
                                : 0;
    c->m_engine = std::make_unique<Engine>(clock,
                                           configFor(c->m_record.plan, c->m_record.snapshot.rounds,
                                                     c->m_record.snapshot.attempts),
                                           c->m_record.snapshot, downtime);
    c->m_closingNotes = c->m_record.closingNotes;
    c->m_closingSuggestions = QuestionBank(db, clock).closingEntries();
    c->m_lastTimesSave = clock->monotonicMs();
    connect(c->m_engine.get(), &Engine::stateChanged, c.get(),
            &SessionController::onEngineStateChanged);
    // Saved in FollowUpAsked before its question was recorded: choose it now (the same one).
    c->chooseCurrentFollowUp();
    // Record the reopening (Paused, interrupted time) at once.
    c->m_lastSaved = c->m_record.snapshot;
    if (!c->persist()) {
        *error = c->m_lastError;
        return nullptr;
    }
    return c;
}

QList<AnswerField> SessionController::answer(int attempt) const
{
    return m_record.attempts.at(attempt).answer;
}

bool SessionController::setAnswer(const QList<AnswerField> &fields)
{
    // Only while the clock runs: typing during a pause would be time the loop never counted.
    const State s = m_engine->state();
    const int attempt = m_engine->currentAttempt();
    if (attempt < 0 || (s != State::Prep && s != State::Answering))
        return false;
    if (m_record.attempts[attempt].answer == fields)
        return true;
    m_record.attempts[attempt].answer = fields;
    if (m_dirtySince < 0)
        m_dirtySince = m_clock->monotonicMs();
    m_dirtyAnswers.insert(attempt);
    return true;
}

bool SessionController::setFollowUpAnswer(const QString &text)
{
    const int attempt = m_engine->currentAttempt();
    const int followUp = m_engine->currentFollowUp();
    if (attempt < 0 || followUp < 0 || m_engine->state() != State::FollowUpAnswering)
        return false;
    FollowUpRecord &rec = m_record.attempts[attempt].followUps[followUp];
    if (rec.answer == text)
        return true;
    rec.answer = text;
    if (m_dirtySince < 0)
        m_dirtySince = m_clock->monotonicMs();
    m_dirtyAnswers.insert(attempt);
    return true;
}

const FollowUpRecord *SessionController::currentFollowUp() const
{
    const int attempt = m_engine->currentAttempt();
    const int followUp = m_engine->currentFollowUp();
    if (attempt < 0 || followUp < 0 || followUp >= m_record.attempts.at(attempt).followUps.size())
        return nullptr;
    return &m_record.attempts.at(attempt).followUps.at(followUp);
}

void SessionController::chooseCurrentFollowUp()
{
    const int attempt = m_engine->currentAttempt();
    const int followUp = m_engine->currentFollowUp();
    if (attempt < 0 || followUp < 0)
        return;
    AttemptRecord &rec = m_record.attempts[attempt];
    if (followUp >= rec.followUps.size() || !rec.followUps[followUp].question.isEmpty())
        return;
    // The answer so far: every field of the main answer and the follow-ups answered before.
    QStringList text;
    for (const AnswerField &f : rec.answer)
        text << f.value;
    QList<int> asked;
    for (int i = 0; i < followUp; ++i) {
        text << rec.followUps[i].answer;
        const int index = int(rec.question.followUps.indexOf(rec.followUps[i].question));
        if (index >= 0)
            asked << index;
    }
    const int chosen = chooseFollowUp(rec.question.followUps, text.join(QLatin1Char('\n')), asked);
    if (chosen < 0)
        return;
    rec.followUps[followUp].question = rec.question.followUps.at(chosen);
    if (m_dirtySince < 0)
        m_dirtySince = m_clock->monotonicMs();
    m_dirtyAnswers.insert(attempt);
}

void SessionController::setClosingNotes(const QString &notes)
{
    if (notes == m_closingNotes)
        return;
    m_closingNotes = notes;
    if (m_dirtySince < 0)
        m_dirtySince = m_clock->monotonicMs();
}

bool SessionController::useStory(int attempt, qint64 storyId, QString *error)
{
    if (attempt < 0 || attempt >= m_record.attempts.size()) {
        *error = QCoreApplication::translate("SessionController", "This session has no answer %1.")
                     .arg(attempt + 1);
        return false;
    }
    const AttemptRecord &rec = m_record.attempts.at(attempt);
    return StoryBank(m_db).recordUse(storyId, rec.id, rec.question.id, m_clock->wallTime(), error);
}

Engine::Result SessionController::handle(Event event)
{
    return m_engine->handle(event);
}

Engine::Result SessionController::submitGrade(int score, const QString &note)
{
    Grade grade;
    grade.overall = score;
    grade.note = note;
    return submitGrade(grade);
}

Engine::Result SessionController::recordGrade(const Grade &grade)
{
    auto outOfRange = [](int s) { return s < 1 || s > 5; };
    if (outOfRange(grade.overall)
        || std::any_of(grade.rubric.cbegin(), grade.rubric.cend(),
                       [&](const auto &c) { return outOfRange(c.second); }))
        return {false, QCoreApplication::translate("SessionController",
                                                   "A score is a whole number from 1 to 5.")};
    const int attempt = m_engine->currentAttempt();
    AttemptRecord &rec = m_record.attempts[attempt];
    if (!grade.keyPointsCovered.isEmpty()
        && grade.keyPointsCovered.size() != rec.question.keyPoints.size())
        return {false,
                QCoreApplication::translate("SessionController",
                                            "The key-point checklist does not match the question.")};
    Grade stored = grade;
    // Core records it, not the grade form: in an "answer aloud" plan every answer was spoken.
    stored.answeredAloud = m_record.plan.answerAloud;
    // Grading meets scheduling here and only here (docs/scheduling.md, "What counts as a
    // review"): every saved grade, a retake's too, is one spaced-repetition review of its
    // question. The store writes the grade, the Scheduler (the policy) turns it into the
    // question's next review state, and one transaction commits both or neither.
    const QDateTime now = m_clock->wallTime();
    QString failure;
    const bool saved = m_db.inTransaction(&failure, [&] {
        const std::optional<QString> questionId = m_store.saveGrade(rec.id, stored, now, &failure);
        ReviewStore reviews(m_db);
        return questionId
               && Scheduler::recordGrade(reviews, *questionId, rec.id, grade.overall, now, &failure);
    });
    if (!saved) {
        // Refused, not retried: the grade is still where the person entered it, and saving it
        // again once the problem is solved works (the transaction left nothing behind).
        m_lastError = QCoreApplication::translate("SessionController",
                                                  "The grade was not saved: %1. Nothing was "
                                                  "lost; save the grade again once that is "
                                                  "solved.")
                          .arg(failure.isEmpty() ? QCoreApplication::translate("SessionController",
                                                                               "the database gave "
                                                                               "no reason")
                                                 : failure);
        return {false, m_lastError};
    }
    rec.score = grade.overall;
    rec.gradeNote = grade.note;
    rec.rubric = grade.rubric;
    rec.keyPointsCovered = grade.keyPointsCovered;
    rec.answeredAloud = stored.answeredAloud;
    rec.gradedAt = m_clock->wallTime();
    return {true, {}};
}

Engine::Result SessionController::submitGrade(const Grade &grade)
{
    if (m_engine->state() != State::Grading)
        return m_engine->check(Event::GradeSubmitted);
    if (const Engine::Result saved = recordGrade(grade); !saved)
        return saved;
    return m_engine->handle(Event::GradeSubmitted);
}

Engine::Result SessionController::retake(int attempt, const std::optional<Grade> &grade)
{
    if (const Engine::Result possible = m_engine->checkRetake(attempt); !possible)
        return possible;
    // In Grading the answer on screen is graded as part of the retake: the delta needs it.
    if (m_engine->state() == State::Grading) {
        if (!grade)
            return {false, QCoreApplication::translate("SessionController",
                                                       "Grade this answer before retaking it.")};
        if (const Engine::Result saved = recordGrade(*grade); !saved)
            return saved;
    }
    const AttemptRecord &source = m_record.attempts.at(attempt);
    const int position = int(m_record.attempts.size());
    const auto id = m_store.addRetake(source.id, position, &m_lastError);
    if (!id) {
        // Refused with the reason, like a grade: nothing is pending that a retry could save
        // (saveFailed promises one), and asking again works once the problem is solved.
        return {false, m_lastError};
    }
    AttemptRecord fresh;
    fresh.id = *id;
    fresh.sessionId = m_record.id;
    fresh.position = position;
    fresh.question = source.question;
    fresh.times.round = source.times.round;
    fresh.times.prepLimitMs = source.times.prepLimitMs;
    fresh.times.answerLimitMs = source.times.answerLimitMs;
    for (const FollowUpTimes &f : source.times.followUps) {
        FollowUpTimes planned;
        planned.answerLimitMs = f.answerLimitMs;
        fresh.times.followUps.append(planned);
        fresh.followUps.append(FollowUpRecord{});
    }
    m_record.attempts.append(fresh);
    // Checked above at the same clock reading: the engine appends the same attempt.
    return m_engine->retake(attempt);
}

std::optional<int> SessionController::previousScore(int attempt) const
{
    return previousScoreOf(m_record.attempts, attempt);
}

SessionController::QuestionPosition SessionController::questionPosition(int attempt) const
{
    QuestionPosition position;
    if (attempt < 0 || attempt >= m_engine->attemptCount())
        return position;
    const int round = m_engine->attemptTimes(attempt).round;
    QStringList asked; // the round's question ids, in the order first asked
    for (int i = 0; i < m_engine->attemptCount(); ++i) {
        if (m_engine->attemptTimes(i).round != round)
            continue;
        const QString &id = question(i).id;
        const bool again = asked.contains(id);
        if (!again)
            asked.append(id);
        if (i == attempt) {
            position.number = int(asked.indexOf(id)) + 1;
            position.retake = again;
        }
    }
    position.count = int(asked.size());
    return position;
}

int SessionController::questionCount(int round) const
{
    QStringList asked;
    for (int i = 0; i < m_engine->attemptCount(); ++i) {
        if (m_engine->attemptTimes(i).round == round && !asked.contains(question(i).id))
            asked.append(question(i).id);
    }
    return int(asked.size());
}

void SessionController::tick()
{
    m_engine->tick();
    const qint64 now = m_clock->monotonicMs();
    // While saving fails, everything waits in memory and one save a second tries again (an
    // engine transition above may already have tried).
    if (m_failedAt >= 0) {
        if (now - m_failedAt >= kSaveRetryMs)
            persist();
        return;
    }
    // A soft expiry changes no state, so no transition saved it: save the overtime flag now.
    const int attempt = m_engine->currentAttempt();
    const int round = m_engine->currentRound();
    const EngineSnapshot &saved = m_lastSaved;
    auto followUpOvertime = [](const AttemptTimes &a) {
        QList<bool> flags;
        for (const FollowUpTimes &f : a.followUps)
            flags << f.overtimeStarted;
        return flags;
    };
    if ((attempt >= 0 && attempt < saved.attempts.size()
         && (m_engine->attemptTimes(attempt).overtimeStarted != saved.attempts[attempt].overtimeStarted
             || followUpOvertime(m_engine->attemptTimes(attempt))
                    != followUpOvertime(saved.attempts[attempt])))
        || (round >= 0 && round < saved.rounds.size()
            && m_engine->roundTimes(round).overtimeStarted != saved.rounds[round].overtimeStarted)) {
        persist();
        return;
    }
    if (m_dirtySince >= 0 && now - m_dirtySince >= kDraftSaveDelayMs) {
        persist();
        return;
    }
    const State s = m_engine->state();
    if ((s == State::Prep || s == State::Answering || s == State::FollowUpAnswering
         || s == State::Paused)
        && now - m_lastTimesSave >= kTimesSaveMs)
        persist();
}

bool SessionController::saveNow()
{
    return persist();
}

void SessionController::onEngineStateChanged(State from, State to)
{
    const int attempt = m_engine->currentAttempt();
    const QDateTime wall = m_clock->wallTime();
    // The stamps are written by the save below, with the state; should it fail, by the next
    // one that succeeds.
    if (attempt >= 0 && (to == State::Prep || to == State::Answering)) {
        AttemptRecord &rec = m_record.attempts[attempt];
        if (!rec.startedAt.isValid()) {
            rec.startedAt = wall;
            m_dirtyStamps.insert(attempt);
        }
    }
    // The follow-up just asked: its question is chosen from the answer and saved with the state.
    if (to == State::FollowUpAsked)
        chooseCurrentFollowUp();
    // Stamp attempts that just left the answering phase.
    for (int i = 0; i < m_engine->attemptCount(); ++i) {
        const AttemptStatus now = m_engine->attemptTimes(i).status;
        AttemptRecord &rec = m_record.attempts[i];
        if ((now == AttemptStatus::Submitted || now == AttemptStatus::Skipped)
            && !rec.submittedAt.isValid()) {
            rec.submittedAt = wall;
            m_dirtyStamps.insert(i);
        }
    }
    persist();
    emit stateChanged(from, to);
}

bool SessionController::persist()
{
    const EngineSnapshot snap = m_engine->snapshot();
    QList<int> changedRounds;
    for (int i = 0; i < snap.rounds.size(); ++i) {
        if (i >= m_lastSaved.rounds.size() || !(snap.rounds[i] == m_lastSaved.rounds[i]))
            changedRounds.append(i);
    }
    QList<int> changed;
    for (int i = 0; i < snap.attempts.size(); ++i) {
        if (i >= m_lastSaved.attempts.size() || !(snap.attempts[i] == m_lastSaved.attempts[i])
            || m_dirtyStamps.contains(i))
            changed.append(i);
    }
    // Every answer edited since the last successful save, not only the latest: after a failed
    // save the person may have gone on to the next question.
    QList<int> answers(m_dirtyAnswers.cbegin(), m_dirtyAnswers.cend());
    std::sort(answers.begin(), answers.end());
    if (!m_store.saveProgress(m_record, snap, changedRounds, changed, answers, m_closingNotes,
                              m_clock->wallTime(), &m_lastError)) {
        if (m_lastError.isEmpty())
            m_lastError = QCoreApplication::translate("SessionController",
                                                      "the database gave no reason");
        m_failedAt = m_clock->monotonicMs();
        emit saveFailed(m_lastError);
        return false;
    }
    m_lastSaved = snap;
    m_dirtySince = -1;
    m_dirtyAnswers.clear();
    m_dirtyStamps.clear();
    m_failedAt = -1;
    m_lastTimesSave = m_clock->monotonicMs();
    emit saved();
    return true;
}

} // namespace mockloop
