#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace mockloop {

// What the person did with one task of a preparation plan (docs/prep-plan.md): kept by the
// task's key so the plan, re-formed from new practice data, keeps it.
enum class PrepTaskStatus { Open, Done, Dropped };
QString toKey(PrepTaskStatus status);
std::optional<PrepTaskStatus> prepTaskStatusFromKey(const QString &key);

struct PrepTaskState
{
    QString key;
    PrepTaskStatus status = PrepTaskStatus::Open; // Open: only moved
    QDate day;    // Done: the day it was ticked on; Open: the day it was moved to
    QString task; // Done: the task as it was when ticked (JSON), so it stays as it was

    friend bool operator==(const PrepTaskState &, const PrepTaskState &) = default;
};

} // namespace mockloop
