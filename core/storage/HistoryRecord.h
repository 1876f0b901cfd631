#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace mockloop {

// The rows of the history page and of the answer search (History, storage/HistoryQueries).

enum class HistoryColumn { Started, Plan, Duration, Rounds, Score, Status };

struct HistoryRow
{
    qint64 id = 0;
    QDateTime startedAt;
    QString planName;
    qint64 durationMs = 0; // prep + answer time of its attempts
    int rounds = 0;
    int answered = 0;
    int attempts = 0;
    std::optional<double> averageScore;
    QString status;
};

struct SearchHit
{
    qint64 attemptId = 0;
    qint64 sessionId = 0;
    int attemptPosition = 0;
    QString questionId;
    QString questionText;
    QString fieldName;
    QString snippet; // the matching passage, matches wrapped in kMatchOpen / kMatchClose
    QDateTime startedAt;
};

inline constexpr QChar kMatchOpen = QChar(0x2983);  // ⦃
inline constexpr QChar kMatchClose = QChar(0x2984); // ⦄

} // namespace mockloop
