#include "bank/QuestionBank.h"

#include "bank/Slug.h"
#include "base/Clock.h"
#include "questions/PackValidator.h"
#include "session/Plan.h"
#include "storage/Database.h"
#include "storage/QuestionStore.h"
#include "BuiltinPackVersions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace mockloop {

namespace {

class BankText
{
    Q_DECLARE_TR_FUNCTIONS(QuestionBank)
};

} // namespace

bool QuestionFilter::matches(const Question &q, bool hidden) const
{
    if (hidden && !includeHidden)
        return false;
    if (kind && q.kind != *kind)
        return false;
    if (!track.isEmpty() && !q.tracks.contains(track))
        return false;
    if (!tag.isEmpty() && !q.tags.contains(tag))
        return false;
    if (!difficulty.isEmpty() && q.difficulty != difficulty)
        return false;
    if (!packs.isEmpty() && !packs.contains(q.packId))
        return false;
    const QString needle = text.trimmed();
    if (!needle.isEmpty() && !q.text.contains(needle, Qt::CaseInsensitive)
        && !q.guidance.contains(needle, Qt::CaseInsensitive)
        && !q.tags.join(QLatin1Char(' ')).contains(needle, Qt::CaseInsensitive))
        return false;
    return true;
}

QuestionBank::QuestionBank(Database &db, const Clock *clock)
    : m_db(db)
    , m_clock(clock ? *clock : db.clock())
{
}

bool QuestionBank::installBuiltinPacks(QString *error)
{
    // The versions the build read from the same files: a pack installed at that version or
    // newer needs no parsing.
    QHash<QString, std::pair<QString, int>> known;
    for (const builtin::PackVersion &p : builtin::kPackVersions)
        known.insert(QString::fromUtf16(p.resource), {QString::fromUtf16(p.id), p.version});
    const QuestionStore store(m_db);
    const QDir dir(QStringLiteral(":/packs"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString resource = dir.filePath(name);
        if (const auto it = known.constFind(resource); it != known.cend()) {
            const auto installed = store.packVersion(it->first);
            if (installed && *installed >= it->second)
                continue;
        }
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        Pack pack;
        QStringList problems;
        if (!parsePack(file.readAll(), file.fileName(), &pack, &problems)) {
            *error = problems.join(QLatin1Char('\n'));
            return false;
        }
        QString readError;
        const auto installed = store.packVersion(pack.id, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return false;
        }
        if (installed && *installed >= pack.version)
            continue;
        if (!installPack(pack, true, error))
            return false;
    }
    return true;
}

bool QuestionBank::installPack(const Pack &pack, bool builtin, QString *error)
{
    return QuestionStore(m_db).savePack(pack, builtin, m_clock.wallTime(), error);
}

std::optional<Question> QuestionBank::question(const QString &id) const
{
    return QuestionStore(m_db).question(id);
}

QList<Question> QuestionBank::questions(std::optional<RoundKind> kind) const
{
    return QuestionStore(m_db).questions(kind);
}

int QuestionBank::count(std::optional<RoundKind> kind) const
{
    return QuestionStore(m_db).visibleCount(kind);
}

QList<ClosingEntry> QuestionBank::closingEntries() const
{
    return QuestionStore(m_db).closingEntries();
}

QList<std::pair<Question, bool>> QuestionBank::find(const QuestionFilter &filter) const
{
    QList<std::pair<Question, bool>> out;
    for (auto &[question, hidden] : QuestionStore(m_db).questionsWithHiddenFlag()) {
        if (filter.matches(question, hidden))
            out.append({std::move(question), hidden});
    }
    // Kinds in the order people know them, not alphabetically by key.
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return int(a.first.kind) < int(b.first.kind);
    });
    return out;
}

QList<PackInfo> QuestionBank::packs() const
{
    return QuestionStore(m_db).packs();
}

std::optional<Pack> QuestionBank::pack(const QString &id) const
{
    return QuestionStore(m_db).pack(id);
}

QStringList QuestionBank::tracks() const
{
    return QuestionStore(m_db).listValues(QStringLiteral("tracks"));
}

QStringList QuestionBank::tags() const
{
    return QuestionStore(m_db).listValues(QStringLiteral("tags"));
}

bool QuestionBank::deleteQuestion(const QString &id, QString *error)
{
    return QuestionStore(m_db).deleteQuestion(id, error);
}

bool QuestionBank::isBuiltin(const QString &questionId) const
{
    return QuestionStore(m_db).isBuiltin(questionId);
}

bool QuestionBank::saveOwnQuestion(const Question &question, QString *savedId, QString *error)
{
    if (question.text.trimmed().isEmpty()) {
        *error = BankText::tr("A question needs its text.");
        return false;
    }
    if (question.text.size() > PackValidator::kMaxTextLength) {
        *error = BankText::tr("A question can have at most %1 characters.")
                     .arg(PackValidator::kMaxTextLength);
        return false;
    }
    // The rules of a pack question (PackValidator): an own question can always be exported
    // as a pack and read back.
    if (const QList<PackProblem> problems = PackValidator::checkQuestion(question);
        !problems.isEmpty()) {
        QStringList lines;
        for (const PackProblem &p : problems)
            lines << BankText::tr("%1: %2").arg(PackValidator::fieldDisplayName(p.path), p.message);
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    Question q = question;
    if (!q.id.isEmpty()) {
        const auto existing = this->question(q.id);
        if (!existing) {
            *error = BankText::tr("The question \"%1\" is no longer in the bank.").arg(q.id);
            return false;
        }
        if (isBuiltin(q.id)) {
            *error = BankText::tr("Built-in questions cannot be changed; copy it to your pack first.");
            return false;
        }
        q.packId = existing->packId;
        q.version = existing->version + (existing->text != q.text ? 1 : 0);
    } else {
        q.packId = ownPackId();
        q.version = 1;
        const QString stem = ownPackId() + QLatin1Char('.') + slugOf(q.text);
        q.id = stem;
        for (int n = 2; this->question(q.id); ++n)
            q.id = stem + QLatin1Char('-') + QString::number(n);
    }
    // The own pack: created on first use, never built in, so pack upgrades never touch it.
    std::optional<QuestionStore::PackIfMissing> ownPack;
    if (q.packId == ownPackId())
        ownPack = QuestionStore::PackIfMissing{ownPackId(), BankText::tr("My questions"),
                                               m_clock.wallTime()};
    const bool ok = QuestionStore(m_db).saveQuestion(q, ownPack, error);
    if (ok && savedId)
        *savedId = q.id;
    return ok;
}

bool QuestionBank::copyToOwnPack(const QString &questionId, QString *newId, QString *error)
{
    auto q = question(questionId);
    if (!q) {
        *error = BankText::tr("The question \"%1\" is no longer in the bank.").arg(questionId);
        return false;
    }
    q->id.clear();
    return saveOwnQuestion(*q, newId, error);
}

bool QuestionBank::deleteOwnQuestion(const QString &questionId, QString *error)
{
    if (isBuiltin(questionId)) {
        *error = BankText::tr("Built-in questions cannot be deleted; hide it instead.");
        return false;
    }
    return deleteQuestion(questionId, error);
}

bool QuestionBank::setHidden(const QString &id, bool hidden, QString *error)
{
    return QuestionStore(m_db).setHidden(id, hidden, error);
}

QHash<QString, int> QuestionBank::attemptCounts(const QStringList &questionIds) const
{
    return QuestionStore(m_db).attemptCounts(questionIds);
}

QList<Question> QuestionBank::draw(RoundKind kind, int count, const QSet<QString> &exclude,
                                   QRandomGenerator &rng, const QuestionFilter &within) const
{
    QList<QuestionStore::DrawCandidate> candidates;
    for (QuestionStore::DrawCandidate &c : QuestionStore(m_db).drawCandidates(kind)) {
        if (!exclude.contains(c.question.id) && within.matches(c.question, false))
            candidates.append(std::move(c));
    }
    // Shuffle with the session's generator (Fisher–Yates with bounded(): the same seed gives
    // the same order on every platform), then a stable sort keeps that order among equals.
    for (qsizetype i = candidates.size() - 1; i > 0; --i)
        std::swap(candidates[i], candidates[rng.bounded(qint64(i + 1))]);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const QuestionStore::DrawCandidate &a, const QuestionStore::DrawCandidate &b) {
                         return a.lastPractised < b.lastPractised;
                     });
    QList<Question> out;
    for (qsizetype i = 0; i < candidates.size() && i < count; ++i)
        out.append(candidates[i].question);
    return out;
}

QList<KindSupply> QuestionBank::supply(const LoopPlan &plan) const
{
    QList<KindSupply> out;
    for (RoundKind kind : kAllRoundKinds)
        out.append(KindSupply{kind, 0, 0});
    const auto of = [&out](RoundKind kind) -> KindSupply & {
        return *std::find_if(out.begin(), out.end(),
                             [kind](const KindSupply &s) { return s.kind == kind; });
    };
    for (const RoundPlan &r : plan.rounds) {
        if (r.questionIds.isEmpty())
            of(r.kind).wanted += r.questionCount;
    }
    QuestionFilter within;
    within.track = plan.track;
    within.packs = plan.packs;
    within.includeHidden = false;
    for (const auto &[question, hidden] : find(within))
        ++of(question.kind).available;
    return out;
}

} // namespace mockloop
