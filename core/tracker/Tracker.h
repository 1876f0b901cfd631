#pragma once

#include "base/Types.h"
#include "storage/TrackerRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

class Clock;
class Database;

// After this many days without activity an open application is suggested as Ghosted
// (AppSettings::ghostedAfterDays, docs/tracker.md).
inline constexpr int kDefaultGhostedAfterDays = 21;

// The tag an own question made from an asked question carries, so the library can mark it.
inline const QString kAskedInInterviewTag = QStringLiteral("asked-in-interview");

// The practice round kinds that prepare for a scheduled interview of this kind, the main one
// first: a round kind as it is; the kinds only a real process has as the rounds that ask such
// questions (screening call and HR: cultural fit, behavioral; take-home: technical, project;
// other: behavioral, technical). An asked question becomes one of "My questions" of the first.
QList<RoundKind> practiceKinds(InterviewKind kind);

// The name a stage is shown by: the person's, or the default's translated.
QString stageDisplayName(const TrackerStage &stage);
// A default stage's name untranslated ("Ghosted" for "ghosted"); the key itself for others.
QString stageDefaultName(const QString &key);
QString displayName(InterviewKind kind);
QString displayName(InterviewFormat format);
// A scheduled interview's start in its own time zone: "2 Mar 2026, 14:00 Europe/Berlin".
QString startText(const ScheduledInterview &interview);

// A scheduled interview once saved, with what the person should know about it.
struct InterviewSaved
{
    qint64 id = 0;
    bool inPast = false;  // it ended before now: allowed (a log of what happened), marked
    QStringList warnings; // in the past; overlaps another scheduled interview
};

// The interview tracker's rules over TrackerStore, one place for both front ends: what an
// application, a stage, a contact and a scheduled interview need (nothing is saved otherwise,
// and *error says why), the stage history, the warnings, and which applications look ghosted.
// Times come from the injected clock.
class Tracker
{
public:
    Tracker(Database &db, const Clock &clock);

    // Every stage by position; visibleOnly leaves the hidden ones out.
    QList<TrackerStage> stages(bool visibleOnly = false) const;
    std::optional<TrackerStage> stage(qint64 id) const;
    // The stage a person names: its shown name or its key, any case, hidden ones too.
    std::optional<TrackerStage> findStage(const QString &name) const;
    std::optional<qint64> addStage(const QString &name, QString *error);
    bool renameStage(qint64 id, const QString &name, QString *error);
    bool setStageHidden(qint64 id, bool hidden, QString *error);
    bool moveStage(qint64 id, int index, QString *error);

    QList<Application> applications() const;
    std::optional<Application> application(qint64 id) const;
    // Saves an application (id 0: new). It needs a company and a role; excitement, when set,
    // is 1 to 5; its stage must exist (a new one without a stage starts in Wishlist). Texts are
    // trimmed, tags normalised. A new application or a changed stage is added to the history.
    std::optional<qint64> saveApplication(const Application &application, QString *error);
    // Moves an application to another stage, appending to its history (never rewriting it).
    bool changeStage(qint64 applicationId, qint64 stageId, const QString &note, QString *error);
    QList<StageChange> history(qint64 applicationId) const;
    bool removeApplication(qint64 id, QString *error);

    QList<ScheduledInterview> interviews(qint64 applicationId) const; // 0: all, by start
    std::optional<ScheduledInterview> interview(qint64 id) const;
    // Saves a scheduled interview: its application must exist, its start be a valid time in a
    // time zone this machine knows, its duration 1 to 1440 minutes, a self-rating 1 to 5, its
    // interviewers existing contacts; empty asked questions are dropped. One in the past or
    // overlapping another is saved with a warning.
    std::optional<InterviewSaved> saveInterview(const ScheduledInterview &interview, QString *error);
    bool removeInterview(qint64 id, QString *error);
    bool isPast(const ScheduledInterview &interview) const;
    // The warnings a saved interview carries now (in the past, overlaps).
    QStringList warnings(const ScheduledInterview &interview) const;

    QList<Contact> contacts() const;
    // A contact needs a name.
    std::optional<qint64> saveContact(const Contact &contact, QString *error);
    // Saves a new contact and links it to an application, in one transaction.
    std::optional<qint64> addContactTo(qint64 applicationId, const Contact &contact, QString *error);

    // Open applications (not in Wishlist, Accepted, Rejected, Withdrawn or Ghosted) with no
    // scheduled interview ahead and nothing done for at least `days` days: Ghosted is suggested.
    QList<qint64> ghostedSuggestions(int days = kDefaultGhostedAfterDays) const;

    // Makes the question asked at position of a scheduled interview one of "My questions"
    // (tagged kAskedInInterviewTag, its kind from the interview's) and links it to that
    // interview, in one transaction; an asked question already made one gives that one.
    bool makeOwnQuestion(qint64 interviewId, int position, QString *questionId, QString *error);
    // The bank questions that were asked in a real interview.
    QStringList askedInRealInterview() const;

    // A start from what a person types: "YYYY-MM-DD HH:MM" in an IANA time zone; nullopt
    // with *error saying why (a malformed time, an unknown zone, a time the zone skips).
    static std::optional<QDateTime> parseStart(const QString &localText, const QString &timeZone,
                                               QString *error);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace mockloop
