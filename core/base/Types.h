#pragma once

#include <QString>

#include <optional>

namespace mockloop {

// The five round kinds of DESIGN.md. The closing segment is not a round kind: it is a plan flag.
enum class RoundKind { Technical, SystemDesign, Behavioral, CulturalFit, Project };
inline constexpr RoundKind kAllRoundKinds[] = {RoundKind::Technical, RoundKind::SystemDesign,
                                               RoundKind::Behavioral, RoundKind::CulturalFit,
                                               RoundKind::Project};

enum class ExpiryPolicy { Hard, Soft };
enum class GradingTiming { AfterEachQuestion, EndOfRound, EndOfLoop };
enum class HintsTiming { AfterEachAnswer, EndOfLoop };

// Stable identifiers used in the database, plans, packs and exports. Never translate these.
QString toKey(RoundKind kind);
QString toKey(ExpiryPolicy policy);
QString toKey(GradingTiming timing);
QString toKey(HintsTiming timing);
std::optional<RoundKind> roundKindFromKey(const QString &key);
std::optional<ExpiryPolicy> expiryFromKey(const QString &key);
std::optional<GradingTiming> gradingTimingFromKey(const QString &key);
std::optional<HintsTiming> hintsTimingFromKey(const QString &key);

// Translated names for people.
QString displayName(RoundKind kind);

} // namespace mockloop
