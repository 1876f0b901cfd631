#pragma once

// A fresh database in a temporary directory with the built-in packs installed: the fixture
// the scheduler, story bank and progress tests start from (a real SQLite file, no mock).
#include "bank/QuestionBank.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace mockloop::test {

struct TempDatabase
{
    QTemporaryDir dir;
    Database db;

    // False with *error set when the file cannot be opened or the packs installed.
    bool open(QString *error)
    {
        return db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), error)
               && QuestionBank(db).installBuiltinPacks(error);
    }
};

} // namespace mockloop::test
