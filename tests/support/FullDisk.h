#pragma once

// A disk that runs full under a running program, for the tests of saving when it does (issue 16).
//
// As root: a real small filesystem. A tmpfs of a few MiB is mounted over the test's data dir
// before the database is created there; fill() writes a filler file until a write fails, free()
// deletes it. Where mounting is impossible (not root, the kernel refuses, or the environment
// says MOCKLOOP_TEST_NO_MOUNT=1), the database itself is made full with SQLite's
// max_page_count: no write can get a new page. Either way the test goes on, and says which
// path ran (qInfo), never skipping silently.
//
// Self-contained on purpose (no other test support), so any test can include it.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <unistd.h>

namespace mockloop::test {

class FullDisk
{
public:
    // Mounts a tmpfs of sizeMiB over dir (an existing, empty directory) when it can.
    explicit FullDisk(const QString &dir, int sizeMiB = 16)
        : m_dir(QDir(dir).absolutePath())
    {
        if (qEnvironmentVariableIntValue("MOCKLOOP_TEST_NO_MOUNT") == 1) {
            m_why = QStringLiteral("MOCKLOOP_TEST_NO_MOUNT=1");
        } else if (::geteuid() != 0) {
            m_why = QStringLiteral("not root");
        } else {
            QProcess mount;
            mount.start(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=%1m").arg(sizeMiB), QStringLiteral("tmpfs"), m_dir});
            const bool finished = mount.waitForFinished(30'000);
            m_mounted = finished && mount.exitStatus() == QProcess::NormalExit
                        && mount.exitCode() == 0;
            m_real = m_mounted;
            if (!m_mounted)
                m_why = QStringLiteral("mount refused: %1")
                            .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
        }
        qInfo("full disk: %s", qPrintable(how()));
    }
    ~FullDisk() { unmount(); }
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool isRealFilesystem() const { return m_real; }
    QString how() const
    {
        return m_real ? QStringLiteral("a real tmpfs mounted at %1").arg(m_dir)
                      : QStringLiteral("SQLite max_page_count (%1)").arg(m_why);
    }

    // Makes the disk full: from now on no write of the database on `connection` gets new space.
    bool fill(const QSqlDatabase &connection, QString *error)
    {
        QSqlQuery q(connection);
        if (m_real) {
            // An empty write-ahead log: the next commit must grow it, on a disk with no room.
            // (A log with old frames could take a small commit in space it already has.)
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return failed(error, q.lastError().text());
            QFile filler(fillerPath());
            if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return failed(error, filler.errorString());
            // Ever smaller writes until not even one byte fits.
            for (qint64 chunk = 1 << 20; chunk >= 1; chunk /= 16) {
                const QByteArray block(chunk, '\0');
                while (filler.write(block) == chunk) {
                }
            }
            filler.close();
            // Proof that it is full: a new file takes no byte.
            QFile probe(QDir(m_dir).filePath(QStringLiteral("probe")));
            const bool probeWritten = probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
                                      && probe.write("x", 1) == 1;
            probe.close();
            probe.remove();
            if (probeWritten)
                return failed(error, QStringLiteral("the filesystem still takes writes"));
            qInfo("full disk: filled %s with %lld bytes; %lld bytes left", qPrintable(m_dir),
                  QFileInfo(fillerPath()).size(), QStorageInfo(m_dir).bytesAvailable());
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
        if (m_real) {
            if (QFile::exists(fillerPath()) && !QFile::remove(fillerPath()))
                return failed(error, QStringLiteral("cannot delete the filler"));
            return true;
        }
        QSqlQuery q(connection);
        if (!q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")))
            return failed(error, q.lastError().text());
        return true;
    }

    // Unmounts (also done by the destructor). Close every database on it first.
    void unmount()
    {
        if (!m_mounted)
            return;
        m_mounted = false;
        if (QProcess::execute(QStringLiteral("umount"), {m_dir}) != 0)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
    }

private:
    QString fillerPath() const { return QDir(m_dir).filePath(QStringLiteral("filler")); }
    static bool failed(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }

    QString m_dir;
    QString m_why;
    bool m_real = false;    // the tmpfs path runs
    bool m_mounted = false; // still mounted
};

} // namespace mockloop::test
