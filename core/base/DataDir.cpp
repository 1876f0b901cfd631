#include "base/DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace mockloop {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MockLoop"));
    QCoreApplication::setApplicationName(QStringLiteral("mockloop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOCKLOOP_VERSION));
}

QString resolveDataDir(const QString &commandLineOverride)
{
    if (!commandLineOverride.isEmpty())
        return QDir(commandLineOverride).absolutePath();
    const QString fromEnv = qEnvironmentVariable("MOCKLOOP_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("mockloop.sqlite"));
}

} // namespace mockloop
