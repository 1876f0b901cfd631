#pragma once

#include "practice/Scheduler.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"

namespace mockloop {

// The one place the store meets scheduling policy. The schema 5 upgrade rebuilds the review
// schedule by replaying every stored grade through SM-2 (Scheduler::replayAllGrades); storage
// does not include practice, so whoever opens the person's database hands the replay in first:
//     db.setGradeReplay(gradeReplay());
// (the desktop app and mockloop-cli; restore passes it on to the older backup it upgrades).
inline Database::GradeReplay gradeReplay()
{
    return
        [](ReviewStore &store, QString *error) { return Scheduler::replayAllGrades(store, error); };
}

} // namespace mockloop
