#pragma once

// A fresh database with the built-in packs in a temporary directory: the fixture most GUI
// tests start from (new tests use this instead of repeating the steps).
#include "bank/QuestionBank.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace mockloop::test {

// Opens dir/mockloop.sqlite into db and installs the built-in packs; fails the test if not.
// Call through QVERIFY(openBankDatabase(...)) so a failure stops the caller.
inline bool openBankDatabase(const QTemporaryDir &dir, Database &db)
{
    QString error;
    if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("mockloop.sqlite")), &error)
        || !QuestionBank(db).installBuiltinPacks(&error)) {
        qWarning("cannot prepare the test database: %s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace mockloop::test
