#pragma once

#include "session/Engine.h"
#include "storage/SessionStore.h"

#include <QLockFile>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace mockloop {

class Database;

// Runs one session: the engine, its storage, the draft autosave and the session lock. Both
// programs drive a session only through this class; widgets show what it says.
class SessionController : public QObject
{
    Q_OBJECT
public:
    // Autosave: a draft is saved once it has waited this long (the UI ticks every 100 ms, so
    // it is on disk within 500 ms of the edit); every save writes the elapsed times too, and
    // they are saved at least every kTimesSaveMs (plus one tick: about 600 ms), so a kill gives
    // back at most that much answer time after a resume, well within the soak's 1 s even on
    // a slow machine (docs/engine.md).
    static constexpr qint64 kDraftSaveDelayMs = 300;
    static constexpr qint64 kTimesSaveMs = 500;
    // A save that failed (a full disk, a read-only file, an I/O error) is tried again this long
    // after the failure, by tick(): soon enough that nothing waits long once space is back,
    // rarely enough not to hammer a failing disk. Everything unsaved stays in memory meanwhile.
    static constexpr qint64 kSaveRetryMs = 1000;

    // Draws the questions (seed stored; a given seed repeats the draw), creates the session
    // and takes its lock. Returns nullptr with *error set when it cannot.
    static std::unique_ptr<SessionController> start(Database &db, const LoopPlan &plan,
                                                    const Clock *clock, QString *error,
                                                    std::optional<quint32> seed = std::nullopt);
    // Continues a saved session; a session saved in a timed state reopens Paused and the time
    // since its last save is recorded as interrupted. Refused while another program owns it.
    static std::unique_ptr<SessionController> resume(Database &db, qint64 sessionId,
                                                     const Clock *clock, QString *error);
    ~SessionController() override;

    qint64 sessionId() const { return m_record.id; }
    Database &database() const { return m_db; }
    const Clock *clock() const { return m_clock; }
    const LoopPlan &plan() const { return m_record.plan; }
    quint32 seed() const { return m_record.seed; }
    Engine &engine() { return *m_engine; }
    const Engine &engine() const { return *m_engine; }
    State state() const { return m_engine->state(); }

    const Question &question(int attempt) const { return m_record.attempts.at(attempt).question; }
    QList<AnswerField> answer(int attempt) const;
    std::optional<int> score(int attempt) const { return m_record.attempts.at(attempt).score; }
    QString gradeNote(int attempt) const { return m_record.attempts.at(attempt).gradeNote; }
    QString closingNotes() const { return m_closingNotes; }
    QList<ClosingEntry> closingSuggestions() const { return m_closingSuggestions; }

    // Edits to the current attempt's answer, accepted in Prep and Answering only; saved by
    // tick() shortly after.
    bool setAnswer(const QList<AnswerField> &fields);
    // The answer to the follow-up being answered (FollowUpAnswering only); saved like setAnswer.
    bool setFollowUpAnswer(const QString &text);
    // The follow-ups of an attempt: the question asked (empty until asked) and the answer, in
    // the order asked; their clocks and status are engine().attemptTimes(attempt).followUps.
    const QList<FollowUpRecord> &followUps(int attempt) const
    {
        return m_record.attempts.at(attempt).followUps;
    }
    // The follow-up on screen (asked or being answered), or nullptr.
    const FollowUpRecord *currentFollowUp() const;
    void setClosingNotes(const QString &notes);
    // The person filled the answer of `attempt` from a story of the story bank: the use is
    // recorded (StoryBank::recordUse, with the attempt, its question and the wall time) so the
    // story matrix can show overuse. During a session the controller is the one writer; the
    // filled answer itself arrives through setAnswer like typing.
    bool useStory(int attempt, qint64 storyId, QString *error);
    // Edits not yet on disk, or a save that failed and waits for its retry.
    bool hasUnsavedChanges() const { return m_dirtySince >= 0 || m_failedAt >= 0; }
    // The last save failed (saveFailed said why); tick() retries every kSaveRetryMs until one
    // succeeds (saved). A grade that cannot be saved is refused instead (submitGrade).
    bool saveFailing() const { return m_failedAt >= 0; }
    // What the last successful save wrote (times as stored).
    const EngineSnapshot &lastSaved() const { return m_lastSaved; }

    Engine::Result handle(Event event);
    Engine::Result submitGrade(int score, const QString &note);
    // The full self-grade: rubric scores, the key-point checklist, the overall score and a note.
    Engine::Result submitGrade(const Grade &grade);
    // Retake (plan allows): a new attempt of the question of `attempt`, opened at once. In
    // Grading `attempt` is the current one and the grade shown is saved with it (required);
    // from the round review any answered attempt of the round.
    Engine::Result retake(int attempt, const std::optional<Grade> &grade = std::nullopt);
    // The score of the last earlier attempt of the same question in this session (the one a
    // retake is compared with), if it was graded.
    std::optional<int> previousScore(int attempt) const;
    // Where an attempt stands among its round's questions, a retake counted as its question
    // again: "question 1 of 2, a retake" rather than "question 3 of 3".
    struct QuestionPosition
    {
        int number = 0; // 1-based, in the order the round first asked them
        int count = 0;  // distinct questions in the round
        bool retake = false;
    };
    QuestionPosition questionPosition(int attempt) const;
    // The distinct questions of a round (a retake is its question again, not one more).
    int questionCount(int round) const;
    int attemptCount() const { return int(m_record.attempts.size()); }
    const AttemptRecord &attemptRecord(int attempt) const { return m_record.attempts.at(attempt); }
    // Engine deadlines, the autosave schedule and the retry of a failed save. Call often; extra
    // calls cost nothing.
    void tick();
    // Saves everything not yet on disk now (every attempt's unsaved answer and stamps, the
    // times and the state). False with lastError() when it failed.
    bool saveNow();
    QString lastError() const { return m_lastError; }

    static QString lockPath(const QString &dataDir, qint64 sessionId);

signals:
    void stateChanged(mockloop::State from, mockloop::State to);
    // A save succeeded: everything is on disk.
    void saved();
    // A save of the session's progress (drafts, times, a transition) failed; message says why
    // in words, never empty. Emitted at every failed try; tick() retries until saved(). A grade
    // or retake that cannot be saved is refused instead, with the reason in its result.
    void saveFailed(const QString &message);

private:
    SessionController(Database &db, const Clock *clock);
    bool acquireLock(QString *error);
    void onEngineStateChanged(State from, State to);
    // Chooses and records the question of the follow-up just asked (FollowUpChoice), once.
    void chooseCurrentFollowUp();
    bool persist();
    Engine::Result recordGrade(const Grade &grade);

    Database &m_db;
    SessionStore m_store;
    const Clock *m_clock;
    SessionRecord m_record;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<QLockFile> m_lock;
    QList<ClosingEntry> m_closingSuggestions;
    QString m_closingNotes;
    EngineSnapshot m_lastSaved;
    qint64 m_dirtySince = -1; // monotonic ms of the first unsaved edit
    // What the next successful save must write beyond the engine's times: the answers edited
    // and the attempts stamped (started, submitted) since the last one, however many.
    QSet<int> m_dirtyAnswers;
    QSet<int> m_dirtyStamps;
    qint64 m_failedAt = -1; // monotonic ms of the last failed save; -1 while saving works
    qint64 m_lastTimesSave = 0;
    QString m_lastError;
};

} // namespace mockloop
