#pragma once

#include "storage/TrackerRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

class Database;

// The SQL of the interview tracker: stages, applications with their tags, contacts and
// append-only stage history, scheduled interviews with their interviewers and asked questions,
// contacts. Statements and row mapping only: what a valid application or interview is, and
// what the warnings are, is core/tracker's (Tracker). Every write is one transaction.
class TrackerStore
{
public:
    explicit TrackerStore(Database &db);

    // Every stage, hidden ones too, by position then id.
    QList<TrackerStage> stages() const;
    // A stage the person adds, after the last one; returns its id.
    std::optional<qint64> addStage(const QString &name, QString *error);
    // Saves a stage's name and hidden flag (not its position: moveStage).
    bool updateStage(const TrackerStage &stage, bool *missing, QString *error);
    // Puts the stage at index (0 = first) of the order and renumbers every stage 1, 2, ….
    bool moveStage(qint64 id, int index, bool *missing, QString *error);

    // Every application with its tags and contacts, newest first.
    QList<Application> applications() const;
    std::optional<Application> application(qint64 id) const;
    // Inserts (id 0) or updates an application, its tags and contacts replaced, in one
    // transaction. A new application, or one whose stage changed, gets a history entry at now.
    // An update of one that is not there saves nothing and sets *missing.
    std::optional<qint64> saveApplication(const Application &application, const QDateTime &now,
                                          bool *missing, QString *error);
    // Moves an application to a stage: a history entry and the current stage, one transaction.
    bool changeStage(qint64 applicationId, qint64 stageId, const QString &note,
                     const QDateTime &now, bool *missing, QString *error);
    // The stage history of an application, oldest first.
    QList<StageChange> history(qint64 applicationId) const;
    bool removeApplication(qint64 id, QString *error);

    // The scheduled interviews of an application (0: of every application), by start.
    QList<ScheduledInterview> interviews(qint64 applicationId) const;
    std::optional<ScheduledInterview> interview(qint64 id) const;
    // Inserts (id 0) or updates a scheduled interview with its interviewers and asked questions,
    // and marks its application active at now; one transaction.
    std::optional<qint64> saveInterview(const ScheduledInterview &interview, const QDateTime &now,
                                        bool *missing, QString *error);
    bool removeInterview(qint64 id, QString *error);
    // The scheduled interviews other than `except` that share some of [start, end).
    QList<ScheduledInterview> overlapping(const QDateTime &start, const QDateTime &end,
                                          qint64 except) const;
    // Links the asked question at position of an interview to an own question.
    bool linkAskedQuestion(qint64 interviewId, int position, const QString &questionId,
                           QString *error);
    // The bank questions made from a question asked in a scheduled interview, each once.
    QStringList askedQuestionIds() const;

    // Every contact by name.
    QList<Contact> contacts() const;
    std::optional<qint64> saveContact(const Contact &contact, const QDateTime &now, bool *missing,
                                      QString *error);

private:
    Database &m_db;
};

} // namespace mockloop
