#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace mockloop {

namespace {

// SQLite's primary result codes (https://www.sqlite.org/rescode.html), as numbers: core does
// not include sqlite3.h, the codes are part of SQLite's stable interface.
enum SqliteCode {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kNoMem = 7,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

} // namespace

bool sqlFail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = sqlErrorText(q.lastError());
    return false;
}

QString sqlErrorText(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case kFull:
            return QCoreApplication::translate("SqlSupport",
                                               "the disk is full; free some space on it");
        case kReadOnly:
            return QCoreApplication::translate("SqlSupport",
                                               "the database file or its folder is read-only");
        case kIoErr:
            return QCoreApplication::translate(
                "SqlSupport", "the disk reported an error while the database was read or written");
        case kPerm:
            return QCoreApplication::translate(
                "SqlSupport", "the system does not allow MockLoop to write the database file");
        case kCantOpen:
            return QCoreApplication::translate("SqlSupport",
                                               "the database file cannot be opened (its folder "
                                               "may be missing or read-only)");
        case kBusy:
        case kLocked:
            return QCoreApplication::translate(
                "SqlSupport", "another program is using the database; try again in a moment");
        case kNoMem:
            return QCoreApplication::translate("SqlSupport", "the computer ran out of memory");
        case kCorrupt:
        case kNotADb:
            return QCoreApplication::translate("SqlSupport", "the database file is damaged");
        default: break;
        }
    }
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QCoreApplication::translate("SqlSupport", "the database gave no reason")
                          : text;
}

QString sqlText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString toStoredTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStoredTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QVariant storedTimeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStoredTime(t)) : QVariant(QMetaType::fromType<QString>());
}

QString toStoredDay(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QDate fromStoredDay(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace mockloop
