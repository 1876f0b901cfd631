#pragma once

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace mockloop::test {

// What an older MockLoop's first start left when it was killed while switching the new file
// to write-ahead logging (issue 16, defect 4): a 4 KiB file, page 1 already saying "WAL", and
// the hot rollback journal of that switch, which says the file had no pages before it. SQLite
// rolls such a journal back on a read-write connection (the file becomes empty again); a
// read-only connection cannot. Built from two real SQLite connections: the page from a switch
// that finished, the journal copied from a write to a new file while that write runs (a small
// cache makes it write pages to the file before it commits, after the journal). scratchPath
// is used and removed. False when a step fails.
inline bool makeKilledFirstStart(const QString &dbPath, const QString &scratchPath)
{
    bool ok = true;
    const QString connection = QStringLiteral("killed-first-start");
    for (const QString &path : {dbPath, scratchPath}) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            ok = ok && db.open();
            QSqlQuery q(db);
            if (path == dbPath) {
                ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            } else {
                ok = ok && q.exec(QStringLiteral("PRAGMA cache_size=1"))
                     && q.exec(QStringLiteral("BEGIN"))
                     && q.exec(QStringLiteral("CREATE TABLE t (x)"));
                for (int i = 0; ok && i < 50; ++i)
                    ok = q.exec(QStringLiteral("INSERT INTO t VALUES (zeroblob(3000))"));
                ok = ok && QFileInfo(scratchPath + QStringLiteral("-journal")).size() > 0
                     && QFile::copy(scratchPath + QStringLiteral("-journal"),
                                    dbPath + QStringLiteral("-journal"));
                q.exec(QStringLiteral("ROLLBACK"));
            }
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    return ok && QFile::remove(scratchPath) && QFileInfo(dbPath).size() == 4096;
}

} // namespace mockloop::test
