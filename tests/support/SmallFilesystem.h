#pragma once

// A real small file system for tests of a full disk or a read-only mount: a tmpfs with a size
// limit, mounted on a fresh temporary folder with mount(8). Writes into it fail with ENOSPC once
// it is full, and after remountReadOnly() with EROFS, exactly as on a person's disk: what SQLite
// and Qt see is the kernel's answer, not a simulation.
//
// Mounting needs root and a kernel that lets this process mount (not every container does).
// When that is not possible, isMounted() is false and whyNot() says why: the test then falls
// back (a chmod'ed folder for "read-only" when not root, SQLite's max_page_count for "full")
// or skips only that part with QSKIP(whyNot()), and prints which path ran (describe()).
//
//     test::SmallFilesystem fs(256 * 1024);
//     if (!fs.isMounted())
//         QSKIP(qPrintable(fs.whyNot()));
//     QVERIFY(fs.fill());                   // the disk is full now
//     QVERIFY(fs.remountReadOnly());        // or read-only
//
// The destructor unmounts (lazily if something still holds a file open) and removes the
// folder, also when a QVERIFY returned early: keep the object on the stack of the test
// function or in a member reset in cleanup(). Self-contained: Qt Core and POSIX only.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <unistd.h>

namespace mockloop::test {

class SmallFilesystem
{
public:
    // Mounts a tmpfs of sizeBytes (rounded up by the kernel to whole pages) on a new folder.
    explicit SmallFilesystem(qint64 sizeBytes)
        : m_dir(std::make_unique<QTemporaryDir>())
    {
        if (!m_dir->isValid()) {
            m_whyNot = QStringLiteral("no temporary folder: %1").arg(m_dir->errorString());
            return;
        }
        mount(m_dir->path(), sizeBytes);
    }
    // Mounts it over an existing, empty folder instead (a test's data dir, say); the folder
    // is left where it was after the unmount.
    SmallFilesystem(const QString &existingDir, qint64 sizeBytes) { mount(existingDir, sizeBytes); }
    ~SmallFilesystem() { unmount(); }
    SmallFilesystem(const SmallFilesystem &) = delete;
    SmallFilesystem &operator=(const SmallFilesystem &) = delete;

    bool isMounted() const { return m_mounted; }
    // Why there is no mount (empty when there is one).
    QString whyNot() const { return m_whyNot; }
    // One line for the test log: which kind of file system the test ran on.
    QString describe() const
    {
        return m_mounted ? QStringLiteral("on a real tmpfs at %1 (%2 bytes free)")
                               .arg(path())
                               .arg(QStorageInfo(path()).bytesAvailable())
                         : QStringLiteral("without a mount (%1)").arg(m_whyNot);
    }

    // The mounted folder (empty at first).
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return QDir(m_path).filePath(name); }

    // Writes a file of zeros until the file system refuses more (ENOSPC): after this nothing
    // more fits. freeSpace() removes it again.
    bool fill(QString *error = nullptr)
    {
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return fail(error, filler.errorString());
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size()) {
        }
        // The last pages: a block did not fit, single bytes might.
        while (filler.write("x", 1) == 1) {
        }
        filler.close();
        return true;
    }
    bool freeSpace() { return !QFile::exists(fillerPath()) || QFile::remove(fillerPath()); }
    // The file fill() wrote, which tests may leave out when they list the folder.
    static QString fillerName() { return QStringLiteral(".filler"); }

    bool remountReadOnly(QString *error = nullptr) { return remount(QStringLiteral("ro"), error); }
    bool remountReadWrite(QString *error = nullptr) { return remount(QStringLiteral("rw"), error); }

    // Unmounts now (the destructor does it too); false when the kernel refused even a lazy one.
    bool unmount()
    {
        if (!m_mounted)
            return true;
        QString ignored;
        if (!run({path()}, QStringLiteral("umount"), &ignored)
            && !run({QStringLiteral("-l"), path()}, QStringLiteral("umount"), &ignored))
            return false;
        m_mounted = false;
        return true;
    }

private:
    QString fillerPath() const { return filePath(fillerName()); }

    // MOCKLOOP_TEST_NO_MOUNT=1 in the environment tries the fallbacks where mounting works.
    void mount(const QString &dir, qint64 sizeBytes)
    {
        m_path = QDir(dir).absolutePath();
        if (qEnvironmentVariableIntValue("MOCKLOOP_TEST_NO_MOUNT") == 1) {
            m_whyNot = QStringLiteral("MOCKLOOP_TEST_NO_MOUNT=1");
            return;
        }
        if (::geteuid() != 0) {
            m_whyNot = QStringLiteral("not root (euid %1): cannot mount a tmpfs").arg(::geteuid());
            return;
        }
        const QString options = QStringLiteral("size=%1,mode=0755").arg(sizeBytes);
        m_mounted = run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                         QStringLiteral("tmpfs"), m_path},
                        QStringLiteral("mount"), &m_whyNot);
    }

    bool remount(const QString &mode, QString *error)
    {
        if (!m_mounted)
            return fail(error, QStringLiteral("not mounted"));
        QString why;
        if (!run({QStringLiteral("-o"), QStringLiteral("remount,") + mode, path()},
                 QStringLiteral("mount"), &why))
            return fail(error, why);
        return true;
    }

    static bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }

    static bool run(const QStringList &args, const QString &program, QString *why)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *why = QStringLiteral("%1 %2 failed: %3%4")
                       .arg(program, args.join(QLatin1Char(' ')), p.errorString(),
                            QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir; // the folder it made, if it made one
    QString m_path;
    QString m_whyNot;
    bool m_mounted = false;
};

} // namespace mockloop::test
