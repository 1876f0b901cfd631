#include "storage/TrackerRecord.h"

namespace mockloop {

namespace {

const QStringList &interviewKindKeys()
{
    static const QStringList keys = {QStringLiteral("technical"),  QStringLiteral("system_design"),
                                     QStringLiteral("behavioral"), QStringLiteral("cultural_fit"),
                                     QStringLiteral("project"),    QStringLiteral("screening_call"),
                                     QStringLiteral("hr"),         QStringLiteral("take_home"),
                                     QStringLiteral("other")};
    return keys;
}

const QStringList &interviewFormatKeys()
{
    static const QStringList keys = {QStringLiteral("phone"), QStringLiteral("video"),
                                     QStringLiteral("on_site")};
    return keys;
}

} // namespace

QString toKey(InterviewKind kind)
{
    return interviewKindKeys().value(int(kind));
}

std::optional<InterviewKind> interviewKindFromKey(const QString &key)
{
    const qsizetype i = interviewKindKeys().indexOf(key);
    return i < 0 ? std::nullopt : std::optional(InterviewKind(i));
}

QString toKey(InterviewFormat format)
{
    return interviewFormatKeys().value(int(format));
}

std::optional<InterviewFormat> interviewFormatFromKey(const QString &key)
{
    const qsizetype i = interviewFormatKeys().indexOf(key);
    return i < 0 ? std::nullopt : std::optional(InterviewFormat(i));
}

} // namespace mockloop
