#pragma once

// What the database, session store, session controller and question bank tests share: a fresh
// temporary data dir per test function with one database file in it, a small plan over the
// built-in packs, and a read through a second connection (real SQLite files, no mock).
#include "bank/QuestionBank.h"
#include "session/Plan.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mockloop::test {

// A small plan over the starter pack: a technical and a behavioral question.
inline LoopPlan smallPlan(ExpiryPolicy expiry = ExpiryPolicy::Soft)
{
    LoopPlan p;
    p.name = QStringLiteral("storage test");
    p.prepSeconds = 10;
    p.answerSeconds = 120;
    p.expiry = expiry;
    p.gradingTiming = GradingTiming::AfterEachQuestion;
    p.rounds = {RoundPlan{RoundKind::Technical, 1, {}, {}, {}, {}, {}},
                RoundPlan{RoundKind::Behavioral, 1, {}, {}, {}, {}, {}}};
    return p;
}

// Reads one value through a separate connection, as another process would see the file.
inline QVariant readBack(const QString &path, const QString &sql, qint64 bind)
{
    const QString name = QStringLiteral("readback");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            q.addBindValue(bind);
            if (q.exec() && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// The test class's data dir: call makeDataDir() from init(), so every test function starts
// with an empty one.
class StorageFixture
{
protected:
    void makeDataDir()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("mockloop.sqlite")); }
    void openWithPacks(Database &db)
    {
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        QVERIFY2(QuestionBank(db).installBuiltinPacks(&error), qPrintable(error));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace mockloop::test
