#include "tracker/Tracker.h"

#include "bank/QuestionBank.h"
#include "base/Clock.h"
#include "base/TimeText.h"
#include "storage/Database.h"
#include "storage/StoryRecord.h"
#include "storage/TrackerStore.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace mockloop {

namespace {

class TrackerText
{
    Q_DECLARE_TR_FUNCTIONS(Tracker)
};

// Stages in which an application waits for the other side: silence there may mean ghosting.
bool isOpenStage(const TrackerStage &stage)
{
    static const QStringList closed = {QStringLiteral("wishlist"), QStringLiteral("accepted"),
                                       QStringLiteral("rejected"), QStringLiteral("withdrawn"),
                                       QStringLiteral("ghosted")};
    return !closed.contains(stage.key);
}

} // namespace

namespace {

// The default stages' names (docs/tracker.md), English as stored in exports.
struct DefaultStageName
{
    const char *key;
    const char *name;
};
constexpr DefaultStageName kDefaultStageNames[] = {
    {"wishlist", QT_TRANSLATE_NOOP("TrackerStage", "Wishlist")},
    {"applied", QT_TRANSLATE_NOOP("TrackerStage", "Applied")},
    {"screening", QT_TRANSLATE_NOOP("TrackerStage", "Screening")},
    {"interviewing", QT_TRANSLATE_NOOP("TrackerStage", "Interviewing")},
    {"offer", QT_TRANSLATE_NOOP("TrackerStage", "Offer")},
    {"accepted", QT_TRANSLATE_NOOP("TrackerStage", "Accepted")},
    {"rejected", QT_TRANSLATE_NOOP("TrackerStage", "Rejected")},
    {"withdrawn", QT_TRANSLATE_NOOP("TrackerStage", "Withdrawn")},
    {"ghosted", QT_TRANSLATE_NOOP("TrackerStage", "Ghosted")},
};

const char *defaultNameOf(const QString &key)
{
    for (const DefaultStageName &d : kDefaultStageNames) {
        if (key == QLatin1String(d.key))
            return d.name;
    }
    return nullptr;
}

} // namespace

QString stageDefaultName(const QString &key)
{
    const char *name = defaultNameOf(key);
    return name ? QString::fromLatin1(name) : key;
}

QList<RoundKind> practiceKinds(InterviewKind kind)
{
    switch (kind) {
    case InterviewKind::Technical: return {RoundKind::Technical};
    case InterviewKind::SystemDesign: return {RoundKind::SystemDesign};
    case InterviewKind::Behavioral: return {RoundKind::Behavioral};
    case InterviewKind::CulturalFit: return {RoundKind::CulturalFit};
    case InterviewKind::Project: return {RoundKind::Project};
    case InterviewKind::TakeHome: return {RoundKind::Technical, RoundKind::Project};
    case InterviewKind::ScreeningCall:
    case InterviewKind::Hr: return {RoundKind::CulturalFit, RoundKind::Behavioral};
    case InterviewKind::Other: return {RoundKind::Behavioral, RoundKind::Technical};
    }
    return {RoundKind::Behavioral};
}

QString stageDisplayName(const TrackerStage &stage)
{
    if (!stage.name.isEmpty())
        return stage.name;
    const char *name = defaultNameOf(stage.key);
    return name ? QCoreApplication::translate("TrackerStage", name) : stage.key;
}

QString displayName(InterviewKind kind)
{
    switch (kind) {
    case InterviewKind::Technical: return displayName(RoundKind::Technical);
    case InterviewKind::SystemDesign: return displayName(RoundKind::SystemDesign);
    case InterviewKind::Behavioral: return displayName(RoundKind::Behavioral);
    case InterviewKind::CulturalFit: return displayName(RoundKind::CulturalFit);
    case InterviewKind::Project: return displayName(RoundKind::Project);
    case InterviewKind::ScreeningCall:
        return QCoreApplication::translate("InterviewKind", "Screening call");
    case InterviewKind::Hr: return QCoreApplication::translate("InterviewKind", "HR");
    case InterviewKind::TakeHome: return QCoreApplication::translate("InterviewKind", "Take-home");
    case InterviewKind::Other: return QCoreApplication::translate("InterviewKind", "Other");
    }
    return {};
}

QString displayName(InterviewFormat format)
{
    switch (format) {
    case InterviewFormat::Phone: return QCoreApplication::translate("InterviewFormat", "Phone");
    case InterviewFormat::Video: return QCoreApplication::translate("InterviewFormat", "Video");
    case InterviewFormat::OnSite: return QCoreApplication::translate("InterviewFormat", "On site");
    }
    return {};
}

QString startText(const ScheduledInterview &interview)
{
    const QDateTime &s = interview.start;
    return TrackerText::tr("%1, %2 %3")
        .arg(formatDate(s.date()), s.time().toString(QStringLiteral("HH:mm")),
             QString::fromUtf8(s.timeZone().id()));
}

Tracker::Tracker(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QList<TrackerStage> Tracker::stages(bool visibleOnly) const
{
    QList<TrackerStage> all = TrackerStore(m_db).stages();
    if (visibleOnly)
        all.removeIf([](const TrackerStage &s) { return s.hidden; });
    return all;
}

std::optional<TrackerStage> Tracker::stage(qint64 id) const
{
    for (const TrackerStage &s : stages())
        if (s.id == id)
            return s;
    return std::nullopt;
}

std::optional<TrackerStage> Tracker::findStage(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const TrackerStage &s : stages())
        if (stageDisplayName(s).compare(wanted, Qt::CaseInsensitive) == 0
            || (!s.key.isEmpty() && s.key.compare(wanted, Qt::CaseInsensitive) == 0))
            return s;
    return std::nullopt;
}

std::optional<qint64> Tracker::addStage(const QString &name, QString *error)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        *error = TrackerText::tr("A stage needs a name.");
        return std::nullopt;
    }
    if (findStage(trimmed)) {
        *error = TrackerText::tr("There is a stage \"%1\" already.").arg(trimmed);
        return std::nullopt;
    }
    return TrackerStore(m_db).addStage(trimmed, error);
}

bool Tracker::renameStage(qint64 id, const QString &name, QString *error)
{
    std::optional<TrackerStage> s = stage(id);
    if (!s) {
        *error = TrackerText::tr("The stage no longer exists.");
        return false;
    }
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        *error = TrackerText::tr("A stage needs a name.");
        return false;
    }
    if (const auto other = findStage(trimmed); other && other->id != id) {
        *error = TrackerText::tr("There is a stage \"%1\" already.").arg(trimmed);
        return false;
    }
    s->name = trimmed;
    bool missing = false;
    return TrackerStore(m_db).updateStage(*s, &missing, error);
}

bool Tracker::setStageHidden(qint64 id, bool hidden, QString *error)
{
    std::optional<TrackerStage> s = stage(id);
    if (!s) {
        *error = TrackerText::tr("The stage no longer exists.");
        return false;
    }
    s->hidden = hidden;
    bool missing = false;
    return TrackerStore(m_db).updateStage(*s, &missing, error);
}

bool Tracker::moveStage(qint64 id, int index, QString *error)
{
    bool missing = false;
    const bool ok = TrackerStore(m_db).moveStage(id, index, &missing, error);
    if (missing)
        *error = TrackerText::tr("The stage no longer exists.");
    return ok;
}

QList<Application> Tracker::applications() const
{
    return TrackerStore(m_db).applications();
}

std::optional<Application> Tracker::application(qint64 id) const
{
    return TrackerStore(m_db).application(id);
}

std::optional<qint64> Tracker::saveApplication(const Application &application, QString *error)
{
    Application a = application;
    for (QString *text :
         {&a.company, &a.role, &a.level, &a.source, &a.url, &a.location, &a.salaryRange})
        *text = text->simplified();
    if (a.company.isEmpty()) {
        *error = TrackerText::tr("An application needs a company.");
        return std::nullopt;
    }
    if (a.role.isEmpty()) {
        *error = TrackerText::tr("An application needs a role.");
        return std::nullopt;
    }
    if (a.excitement && (*a.excitement < 1 || *a.excitement > 5)) {
        *error = TrackerText::tr("Excitement is from 1 to 5, not %1.").arg(*a.excitement);
        return std::nullopt;
    }
    if (a.stageId == 0 && a.id == 0)
        a.stageId = 1; // Wishlist: the first default stage, which is never deleted
    if (!stage(a.stageId)) {
        *error = TrackerText::tr("The stage no longer exists.");
        return std::nullopt;
    }
    const QList<Contact> known = contacts();
    for (const qint64 c : std::as_const(a.contactIds))
        if (std::none_of(known.cbegin(), known.cend(), [c](const Contact &k) { return k.id == c; })) {
            *error = TrackerText::tr("A linked contact no longer exists.");
            return std::nullopt;
        }
    a.tags = normalisedCompetencies(a.tags);
    bool missing = false;
    const std::optional<qint64> id = TrackerStore(m_db).saveApplication(a, m_clock.wallTime(),
                                                                        &missing, error);
    if (missing)
        *error = TrackerText::tr("The application no longer exists.");
    return id;
}

bool Tracker::changeStage(qint64 applicationId, qint64 stageId, const QString &note, QString *error)
{
    const std::optional<Application> a = application(applicationId);
    if (!a) {
        *error = TrackerText::tr("There is no application %1.").arg(applicationId);
        return false;
    }
    const std::optional<TrackerStage> s = stage(stageId);
    if (!s) {
        *error = TrackerText::tr("The stage no longer exists.");
        return false;
    }
    if (a->stageId == stageId) {
        *error = TrackerText::tr("The application is in %1 already.").arg(stageDisplayName(*s));
        return false;
    }
    bool missing = false;
    const bool ok = TrackerStore(m_db).changeStage(applicationId, stageId, note.trimmed(),
                                                   m_clock.wallTime(), &missing, error);
    if (missing)
        *error = TrackerText::tr("There is no application %1.").arg(applicationId);
    return ok;
}

QList<StageChange> Tracker::history(qint64 applicationId) const
{
    return TrackerStore(m_db).history(applicationId);
}

bool Tracker::removeApplication(qint64 id, QString *error)
{
    return TrackerStore(m_db).removeApplication(id, error);
}

QList<ScheduledInterview> Tracker::interviews(qint64 applicationId) const
{
    return TrackerStore(m_db).interviews(applicationId);
}

std::optional<ScheduledInterview> Tracker::interview(qint64 id) const
{
    return TrackerStore(m_db).interview(id);
}

std::optional<InterviewSaved> Tracker::saveInterview(const ScheduledInterview &interview,
                                                     QString *error)
{
    ScheduledInterview i = interview;
    if (!application(i.applicationId)) {
        *error = TrackerText::tr("There is no application %1.").arg(i.applicationId);
        return std::nullopt;
    }
    if (!i.start.isValid() || i.start.timeSpec() != Qt::TimeZone || !i.start.timeZone().isValid()) {
        *error = TrackerText::tr(
            "A scheduled interview needs a start date and time in a known time zone.");
        return std::nullopt;
    }
    if (i.durationMinutes < 1 || i.durationMinutes > 24 * 60) {
        *error =
            TrackerText::tr("The duration is from 1 to 1440 minutes, not %1.").arg(i.durationMinutes);
        return std::nullopt;
    }
    if (i.selfRating && (*i.selfRating < 1 || *i.selfRating > 5)) {
        *error = TrackerText::tr("The self-rating is from 1 to 5, not %1.").arg(*i.selfRating);
        return std::nullopt;
    }
    const QList<Contact> known = contacts();
    for (const qint64 c : std::as_const(i.interviewerIds))
        if (std::none_of(known.cbegin(), known.cend(), [c](const Contact &k) { return k.id == c; })) {
            *error = TrackerText::tr("A linked contact no longer exists.");
            return std::nullopt;
        }
    i.asked.removeIf([](const AskedQuestion &q) { return q.text.trimmed().isEmpty(); });
    for (AskedQuestion &q : i.asked)
        q.text = q.text.trimmed();
    bool missing = false;
    const std::optional<qint64> id = TrackerStore(m_db).saveInterview(i, m_clock.wallTime(),
                                                                      &missing, error);
    if (missing)
        *error = TrackerText::tr("The scheduled interview no longer exists.");
    if (!id)
        return std::nullopt;
    i.id = *id;
    return InterviewSaved{*id, isPast(i), warnings(i)};
}

bool Tracker::removeInterview(qint64 id, QString *error)
{
    return TrackerStore(m_db).removeInterview(id, error);
}

bool Tracker::isPast(const ScheduledInterview &interview) const
{
    return interview.end() <= m_clock.wallTime();
}

QStringList Tracker::warnings(const ScheduledInterview &interview) const
{
    QStringList out;
    if (isPast(interview))
        out << TrackerText::tr("This scheduled interview is in the past; it is kept as a record of what "
                               "happened.");
    const QList<Application> apps = applications();
    for (const ScheduledInterview &other :
         TrackerStore(m_db).overlapping(interview.start, interview.end(), interview.id)) {
        QString company;
        for (const Application &a : apps)
            if (a.id == other.applicationId)
                company = a.company;
        out << TrackerText::tr("It overlaps the %1 interview with %2 at %3 (%4).")
                   .arg(displayName(other.kind), company,
                        other.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QString::fromUtf8(other.start.timeZone().id()));
    }
    return out;
}

QList<Contact> Tracker::contacts() const
{
    return TrackerStore(m_db).contacts();
}

std::optional<qint64> Tracker::saveContact(const Contact &contact, QString *error)
{
    Contact c = contact;
    c.name = c.name.simplified();
    if (c.name.isEmpty()) {
        *error = TrackerText::tr("A contact needs a name.");
        return std::nullopt;
    }
    bool missing = false;
    const std::optional<qint64> id = TrackerStore(m_db).saveContact(c, m_clock.wallTime(), &missing,
                                                                    error);
    if (missing)
        *error = TrackerText::tr("The contact no longer exists.");
    return id;
}

std::optional<qint64> Tracker::addContactTo(qint64 applicationId, const Contact &contact,
                                            QString *error)
{
    std::optional<qint64> id;
    const bool ok = m_db.inTransaction(error, [&] {
        std::optional<Application> a = application(applicationId);
        if (!a) {
            *error = TrackerText::tr("There is no application %1.").arg(applicationId);
            return false;
        }
        Contact c = contact;
        c.id = 0;
        id = saveContact(c, error);
        if (!id)
            return false;
        a->contactIds.append(*id);
        return saveApplication(*a, error).has_value();
    });
    return ok ? id : std::nullopt;
}

QList<qint64> Tracker::ghostedSuggestions(int days) const
{
    const QDateTime now = m_clock.wallTime();
    const QList<TrackerStage> all = stages();
    const QList<ScheduledInterview> scheduled = interviews(0);
    QList<qint64> out;
    for (const Application &a : applications()) {
        const auto s = std::find_if(all.cbegin(), all.cend(),
                                    [&a](const TrackerStage &t) { return t.id == a.stageId; });
        if (s == all.cend() || !isOpenStage(*s))
            continue;
        QDateTime last = a.lastActivityAt;
        bool ahead = false;
        for (const ScheduledInterview &i : scheduled) {
            if (i.applicationId != a.id)
                continue;
            if (i.end() > now)
                ahead = true;
            else
                last = std::max(last, i.end());
        }
        if (!ahead && last.addDays(days) <= now)
            out.append(a.id);
    }
    return out;
}

bool Tracker::makeOwnQuestion(qint64 interviewId, int position, QString *questionId, QString *error)
{
    const std::optional<ScheduledInterview> i = interview(interviewId);
    if (!i) {
        *error = TrackerText::tr("The scheduled interview no longer exists.");
        return false;
    }
    if (position < 0 || position >= i->asked.size()) {
        *error = TrackerText::tr("The scheduled interview has no asked question %1.").arg(position + 1);
        return false;
    }
    QuestionBank bank(m_db, &m_clock);
    const AskedQuestion &asked = i->asked.at(position);
    if (!asked.questionId.isEmpty() && bank.question(asked.questionId)) {
        *questionId = asked.questionId;
        return true;
    }
    Question q;
    q.kind = practiceKinds(i->kind).constFirst();
    q.text = asked.text;
    q.tags = {kAskedInInterviewTag};
    return m_db.inTransaction(error, [&] {
        return bank.saveOwnQuestion(q, questionId, error)
               && TrackerStore(m_db).linkAskedQuestion(interviewId, position, *questionId, error);
    });
}

QStringList Tracker::askedInRealInterview() const
{
    return TrackerStore(m_db).askedQuestionIds();
}

std::optional<QDateTime> Tracker::parseStart(const QString &localText, const QString &timeZone,
                                             QString *error)
{
    const QTimeZone zone(timeZone.trimmed().toUtf8());
    if (timeZone.trimmed().isEmpty() || !zone.isValid()) {
        *error = TrackerText::tr("Unknown time zone \"%1\": give an IANA name such as Europe/Berlin or "
                                 "America/New_York.")
                     .arg(timeZone);
        return std::nullopt;
    }
    const QDateTime local = QDateTime::fromString(localText.trimmed(),
                                                  QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!local.isValid()) {
        *error = TrackerText::tr(
                     "\"%1\" is not a date and time: write YYYY-MM-DD HH:MM, e.g. 2026-03-02 14:30.")
                     .arg(localText);
        return std::nullopt;
    }
    const QDateTime start(local.date(), local.time(), zone);
    if (!start.isValid() || start.time() != local.time()) {
        *error =
            TrackerText::tr("%1 does not exist in %2 (the clocks skip it).").arg(localText, timeZone);
        return std::nullopt;
    }
    return start;
}

} // namespace mockloop
