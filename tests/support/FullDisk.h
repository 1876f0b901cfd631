#pragma once

// A disk that runs full under a running program, for the tests of saving when it does (issue 16).
//
// As root: a real small filesystem (SmallFilesystem, a tmpfs of a few MiB mounted over the
// test's data dir before the database is created there); fill() fills it until a write fails,
// free() deletes the filler. Where mounting is impossible (not root, the kernel refuses, or the
// environment says MOCKLOOP_TEST_NO_MOUNT=1), the database itself is made full with SQLite's
// max_page_count: no write can get a new page. Either way the test goes on, and says which
// path ran (qInfo), never skipping silently.
#include "SmallFilesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QString>
#include <QVariant>
#include <QtGlobal>

namespace mockloop::test {

class FullDisk
{
public:
    // Mounts a tmpfs of sizeMiB over dir (an existing, empty directory) when it can.
    explicit FullDisk(const QString &dir, int sizeMiB = 16)
        : m_fs(dir, qint64(sizeMiB) * 1024 * 1024)
    {
        qInfo("full disk: %s", qPrintable(how()));
    }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool isRealFilesystem() const { return m_fs.isMounted(); }
    QString how() const
    {
        return isRealFilesystem() ? QStringLiteral("a real tmpfs mounted at %1").arg(m_fs.path())
                                  : QStringLiteral("SQLite max_page_count (%1)").arg(m_fs.whyNot());
    }

    // Makes the disk full: from now on no write of the database on `connection` gets new space.
    bool fill(const QSqlDatabase &connection, QString *error)
    {
        QSqlQuery q(connection);
        if (isRealFilesystem()) {
            // An empty write-ahead log: the next commit must grow it, on a disk with no room.
            // (A log with old frames could take a small commit in space it already has.)
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return failed(error, q.lastError().text());
            if (!m_fs.fill(error))
                return false;
            // Proof that it is full: a new file takes no byte.
            QFile probe(m_fs.filePath(QStringLiteral("probe")));
            const bool probeWritten = probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
                                      && probe.write("x", 1) == 1;
            probe.close();
            probe.remove();
            if (probeWritten)
                return failed(error, QStringLiteral("the filesystem still takes writes"));
            qInfo("full disk: filled %s; %lld bytes left", qPrintable(m_fs.path()),
                  QStorageInfo(m_fs.path()).bytesAvailable());
            return true;
        }
        // No free page inside the file either, or SQLite would reuse it.
        if (!q.exec(QStringLiteral("PRAGMA freelist_count")) || !q.next())
            return failed(error, q.lastError().text());
        if (q.value(0).toLongLong() > 0 && !q.exec(QStringLiteral("VACUUM")))
            return failed(error, q.lastError().text());
        if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
            return failed(error, q.lastError().text());
        const qint64 pages = q.value(0).toLongLong();
        if (!q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)))
            return failed(error, q.lastError().text());
        qInfo("full disk: max_page_count %lld", pages);
        return true;
    }

    // Gives the space back.
    bool free(const QSqlDatabase &connection, QString *error)
    {
        if (isRealFilesystem())
            return m_fs.freeSpace() || failed(error, QStringLiteral("cannot delete the filler"));
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")))
            return failed(error, q.lastError().text());
        return true;
    }

    // Unmounts (also done by the destructor). Close every database on it first.
    void unmount() { m_fs.unmount(); }

private:
    static bool failed(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }

    SmallFilesystem m_fs;
};

} // namespace mockloop::test
