#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

namespace mockloop::test {

// What a disk error does: the last page of a database file (4 KiB) turns to garbage. With
// keepModificationTime the file's size and time stay as they were, so only a check that reads
// every page can notice. Returns false when the file is too small or cannot be written.
inline bool damageLastPage(const QString &path, bool keepModificationTime)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || f.size() <= 8192)
        return false;
    const QDateTime modified = f.fileTime(QFileDevice::FileModificationTime);
    if (!f.seek(f.size() - 4096) || f.write(QByteArray(4096, '\x5a')) != 4096 || !f.flush())
        return false;
    return !keepModificationTime || f.setFileTime(modified, QFileDevice::FileModificationTime);
}

} // namespace mockloop::test
