#include "base/Types.h"

#include <QCoreApplication>

namespace mockloop {

QString toKey(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Technical: return QStringLiteral("technical");
    case RoundKind::SystemDesign: return QStringLiteral("system_design");
    case RoundKind::Behavioral: return QStringLiteral("behavioral");
    case RoundKind::CulturalFit: return QStringLiteral("cultural_fit");
    case RoundKind::Project: return QStringLiteral("project");
    }
    return {};
}

QString toKey(ExpiryPolicy policy)
{
    return policy == ExpiryPolicy::Hard ? QStringLiteral("hard") : QStringLiteral("soft");
}

QString toKey(GradingTiming timing)
{
    switch (timing) {
    case GradingTiming::AfterEachQuestion: return QStringLiteral("after_each_question");
    case GradingTiming::EndOfRound: return QStringLiteral("end_of_round");
    case GradingTiming::EndOfLoop: return QStringLiteral("end_of_loop");
    }
    return {};
}

QString toKey(HintsTiming timing)
{
    return timing == HintsTiming::AfterEachAnswer ? QStringLiteral("after_each_answer")
                                                  : QStringLiteral("end_of_loop");
}

std::optional<RoundKind> roundKindFromKey(const QString &key)
{
    for (RoundKind kind : kAllRoundKinds) {
        if (toKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<ExpiryPolicy> expiryFromKey(const QString &key)
{
    for (ExpiryPolicy p : {ExpiryPolicy::Hard, ExpiryPolicy::Soft}) {
        if (toKey(p) == key)
            return p;
    }
    return std::nullopt;
}

std::optional<GradingTiming> gradingTimingFromKey(const QString &key)
{
    for (GradingTiming t :
         {GradingTiming::AfterEachQuestion, GradingTiming::EndOfRound, GradingTiming::EndOfLoop}) {
        if (toKey(t) == key)
            return t;
    }
    return std::nullopt;
}

std::optional<HintsTiming> hintsTimingFromKey(const QString &key)
{
    for (HintsTiming t : {HintsTiming::AfterEachAnswer, HintsTiming::EndOfLoop}) {
        if (toKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString displayName(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Technical: return QCoreApplication::translate("RoundKind", "Technical");
    case RoundKind::SystemDesign: return QCoreApplication::translate("RoundKind", "System design");
    case RoundKind::Behavioral: return QCoreApplication::translate("RoundKind", "Behavioral");
    case RoundKind::CulturalFit: return QCoreApplication::translate("RoundKind", "Cultural fit");
    case RoundKind::Project: return QCoreApplication::translate("RoundKind", "Project");
    }
    return {};
}

} // namespace mockloop
