#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mockloop {

// The rows of the interview tracker (schema 11, docs/schema.md "Tracker"): plain types the
// tracker's rules (core/tracker), the pages and the terminal include without the SQL store.

// A column of the pipeline. The nine defaults have a key and an empty name (shown translated,
// tracker/Tracker's stageDisplayName) until the person renames one; stages the person adds have
// no key. Stages are hidden, never deleted: the history points at them.
struct TrackerStage
{
    qint64 id = 0;
    QString key;  // "wishlist" … "ghosted"; empty for a stage the person added
    QString name; // the person's name; empty: the default's
    int position = 0;
    bool hidden = false;
};

// The keys of the default stages, in their first order (stage ids 1 to 9).
inline const QStringList kDefaultStageKeys = {
    QStringLiteral("wishlist"),     QStringLiteral("applied"),   QStringLiteral("screening"),
    QStringLiteral("interviewing"), QStringLiteral("offer"),     QStringLiteral("accepted"),
    QStringLiteral("rejected"),     QStringLiteral("withdrawn"), QStringLiteral("ghosted")};

// One entry of an application's append-only stage history.
struct StageChange
{
    qint64 id = 0;
    qint64 stageId = 0;
    QDateTime changedAt;
    QString note;
};

struct Contact
{
    qint64 id = 0;
    QString name;
    QString role;
    QString company;
    QString reach; // an e-mail address or a profile (text)
    QString notes;
};

// What a scheduled interview is about: the five round kinds of a practice loop, then the kinds
// only a real process has.
enum class InterviewKind {
    Technical,
    SystemDesign,
    Behavioral,
    CulturalFit,
    Project,
    ScreeningCall,
    Hr,
    TakeHome,
    Other
};
inline constexpr InterviewKind kAllInterviewKinds[] = {
    InterviewKind::Technical,   InterviewKind::SystemDesign, InterviewKind::Behavioral,
    InterviewKind::CulturalFit, InterviewKind::Project,      InterviewKind::ScreeningCall,
    InterviewKind::Hr,          InterviewKind::TakeHome,     InterviewKind::Other};
QString toKey(InterviewKind kind);
std::optional<InterviewKind> interviewKindFromKey(const QString &key);

enum class InterviewFormat { Phone, Video, OnSite };
inline constexpr InterviewFormat kAllInterviewFormats[] = {InterviewFormat::Phone,
                                                           InterviewFormat::Video,
                                                           InterviewFormat::OnSite};
QString toKey(InterviewFormat format);
std::optional<InterviewFormat> interviewFormatFromKey(const QString &key);

// A question the interviewer really asked; questionId names the own question made from it
// ("My questions"), empty until then.
struct AskedQuestion
{
    QString text;
    QString questionId;
    friend bool operator==(const AskedQuestion &, const AskedQuestion &) = default;
};

// A real conversation of an application: never a round of a practice loop.
struct ScheduledInterview
{
    qint64 id = 0;
    qint64 applicationId = 0;
    InterviewKind kind = InterviewKind::Other;
    // The start as the person entered it: the date and time in its IANA time zone (a QDateTime
    // with Qt::TimeZone). The UTC moment is start.toUTC().
    QDateTime start;
    int durationMinutes = 45;
    InterviewFormat format = InterviewFormat::Video;
    QList<qint64> interviewerIds; // contacts
    QList<AskedQuestion> asked;
    std::optional<int> selfRating; // 1–5 afterwards
    QString retrospective;

    QDateTime end() const { return start.addSecs(qint64(durationMinutes) * 60); }
};

struct Application
{
    qint64 id = 0;
    QString company;
    QString role;
    QString level;
    QString source;
    QString url;
    QString location;
    QString salaryRange;           // text, as the posting says it
    std::optional<int> excitement; // 1–5
    QString jobDescription;
    QStringList tags; // sorted, unique
    QString notes;
    QString outcome;
    qint64 stageId = 0;
    QList<qint64> contactIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The last time anything happened to it: created, edited, moved, an interview saved.
    QDateTime lastActivityAt;
};

} // namespace mockloop
