#include "base/Settings.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace mockloop {

namespace {

// Version 2 keys.
const QString kVersionKey = QStringLiteral("version");
const QString kPrepKey = QStringLiteral("timing/defaultPrepSeconds");
const QString kAnswerKey = QStringLiteral("timing/defaultAnswerSeconds");
const QString kWarningsKey = QStringLiteral("warnings/secondsLeft");
const QString kSoundKey = QStringLiteral("warnings/sound");
const QString kSpokenKey = QStringLiteral("warnings/spoken");
const QString kVoiceKey = QStringLiteral("voice/enabled");
const QString kVoiceNameKey = QStringLiteral("voice/name");
const QString kVoiceRateKey = QStringLiteral("voice/rate");
const QString kThemeKey = QStringLiteral("appearance/theme");
const QString kLanguageKey = QStringLiteral("appearance/language");
// Added within version 3 (a missing key is the default: nothing to migrate).
const QString kGhostedKey = QStringLiteral("tracker/ghostedAfterDays");
const QString kPrepMinutesKey = QStringLiteral("tracker/prepDailyMinutes");

// Version 3 groups (WindowMemory).
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplittersGroup = QStringLiteral("window/splitters");
const QString kHeadersGroup = QStringLiteral("window/columns");
const QString kFoldersGroup = QStringLiteral("folders");
constexpr FileKind kFileKinds[] = {FileKind::Import, FileKind::ExportReport, FileKind::ExportData,
                                   FileKind::Backup, FileKind::Restore};

// Version 1 keys (one warning threshold, flat voice keys) — migrated by load().
const QString kV1WarningKey = QStringLiteral("timing/warningSeconds");
const QString kV1SoundKey = QStringLiteral("timing/beep");
const QString kV1SpeakKey = QStringLiteral("speakQuestions");
const QString kV1VoiceKey = QStringLiteral("speechVoice");
const QString kV1RateKey = QStringLiteral("speechRate");

constexpr int kMaxSeconds = 24 * 3600;

std::optional<int> readSeconds(const QSettings &store, const QString &key, int min)
{
    if (!store.contains(key))
        return std::nullopt;
    bool ok = false;
    const int value = store.value(key).toString().trimmed().toInt(&ok);
    if (!ok || value < min || value > kMaxSeconds)
        return std::nullopt;
    return value;
}

std::optional<bool> readBool(const QSettings &store, const QString &key)
{
    if (!store.contains(key))
        return std::nullopt;
    const QString text = store.value(key).toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

void note(QStringList *notes, const QString &text)
{
    if (notes)
        notes->append(text);
}

// Version 1 → 2: the single threshold becomes a list, the flat keys move into groups.
void migrateFrom1(QSettings &store, QStringList *notes)
{
    auto move = [&](const QString &from, const QString &to) {
        if (!store.contains(from))
            return;
        if (!store.contains(to))
            store.setValue(to, store.value(from));
        store.remove(from);
        note(notes, QStringLiteral("moved %1 to %2").arg(from, to));
    };
    move(kV1WarningKey, kWarningsKey);
    move(kV1SoundKey, kSoundKey);
    move(kV1SpeakKey, kVoiceKey);
    move(kV1VoiceKey, kVoiceNameKey);
    if (store.contains(kV1RateKey)) {
        // Version 1 stored the rate as a percentage (-100 … 100).
        bool ok = false;
        const double percent = store.value(kV1RateKey).toString().toDouble(&ok);
        if (ok && !store.contains(kVoiceRateKey))
            store.setValue(kVoiceRateKey, std::clamp(percent / 100.0, -1.0, 1.0));
        store.remove(kV1RateKey);
        note(notes, QStringLiteral("converted %1 to %2").arg(kV1RateKey, kVoiceRateKey));
    }
}

} // namespace

QString toKey(Theme theme)
{
    switch (theme) {
    case Theme::System: return QStringLiteral("system");
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return {};
}

std::optional<Theme> themeFromKey(const QString &key)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (toKey(theme) == key)
            return theme;
    }
    return std::nullopt;
}

QString toKey(FileKind kind)
{
    switch (kind) {
    case FileKind::Import: return QStringLiteral("import");
    case FileKind::ExportReport: return QStringLiteral("exportReport");
    case FileKind::ExportData: return QStringLiteral("exportData");
    case FileKind::Backup: return QStringLiteral("backup");
    case FileKind::Restore: return QStringLiteral("restore");
    }
    return {};
}

WindowMemory WindowMemory::load(const QSettings &store)
{
    WindowMemory m;
    m.geometry = store.value(kGeometryKey).toByteArray();
    // Keyed by object name under the group.
    auto readGroup = [&store](const QString &group) {
        QMap<QString, QByteArray> states;
        const QString prefix = group + QLatin1Char('/');
        for (const QString &key : store.allKeys()) {
            if (!key.startsWith(prefix))
                continue;
            const QByteArray state = store.value(key).toByteArray();
            if (!state.isEmpty())
                states.insert(key.mid(prefix.size()), state);
        }
        return states;
    };
    m.splitters = readGroup(kSplittersGroup);
    m.headers = readGroup(kHeadersGroup);
    for (FileKind kind : kFileKinds) {
        const QString folder = store.value(kFoldersGroup + QLatin1Char('/') + toKey(kind)).toString();
        if (!folder.isEmpty())
            m.folders.insert(kind, folder);
    }
    return m;
}

void WindowMemory::save(QSettings &store) const
{
    store.setValue(kGeometryKey, geometry);
    for (auto it = splitters.cbegin(); it != splitters.cend(); ++it)
        store.setValue(kSplittersGroup + QLatin1Char('/') + it.key(), it.value());
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        store.setValue(kHeadersGroup + QLatin1Char('/') + it.key(), it.value());
    for (auto it = folders.cbegin(); it != folders.cend(); ++it)
        store.setValue(kFoldersGroup + QLatin1Char('/') + toKey(it.key()), it.value());
    store.sync();
}

QString formatWarningSeconds(const QList<int> &seconds)
{
    QStringList parts;
    for (int s : seconds)
        parts.append(QString::number(s));
    return parts.join(QStringLiteral(", "));
}

QList<int> parseWarningSeconds(const QString &text, bool *ok)
{
    QList<int> seconds;
    bool allGood = true;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const int value = part.trimmed().toInt(&isNumber);
        if (!isNumber || value <= 0 || value > kMaxSeconds) {
            allGood = false;
            continue;
        }
        seconds.append(value);
    }
    std::sort(seconds.begin(), seconds.end(), std::greater<int>());
    seconds.erase(std::unique(seconds.begin(), seconds.end()), seconds.end());
    if (ok)
        *ok = allGood;
    return seconds;
}

AppSettings AppSettings::load(QSettings &store, QStringList *notes)
{
    int version = store.value(kVersionKey, 1).toInt();
    if (version > kVersion) {
        // A newer MockLoop wrote it: read what this version knows, write nothing back.
        note(notes,
             QStringLiteral("settings version %1 is newer than %2").arg(version).arg(kVersion));
    } else if (version < kVersion) {
        if (version <= 1)
            migrateFrom1(store, notes);
        // 2 → 3 only added keys (WindowMemory's groups): nothing moves.
        store.setValue(kVersionKey, kVersion);
        version = kVersion;
    }

    AppSettings s;
    auto dropped = [&](const QString &key) {
        note(notes, QStringLiteral("ignored the invalid value of %1").arg(key));
    };
    if (auto v = readSeconds(store, kPrepKey, 0))
        s.defaultPrepSeconds = *v;
    else if (store.contains(kPrepKey))
        dropped(kPrepKey);
    if (auto v = readSeconds(store, kAnswerKey, 1))
        s.defaultAnswerSeconds = *v;
    else if (store.contains(kAnswerKey))
        dropped(kAnswerKey);
    if (store.contains(kWarningsKey)) {
        // QSettings hands a comma-separated INI value back as a list.
        const QVariant raw = store.value(kWarningsKey);
        const QString text = raw.typeId() == QMetaType::QStringList
                                 ? raw.toStringList().join(QLatin1Char(','))
                                 : raw.toString();
        bool ok = false;
        const QList<int> parsed = parseWarningSeconds(text, &ok);
        if (ok)
            s.warningSeconds = parsed;
        else
            dropped(kWarningsKey);
    }
    const std::pair<const QString &, bool *> bools[] = {{kSoundKey, &s.sound},
                                                        {kSpokenKey, &s.spokenWarnings},
                                                        {kVoiceKey, &s.voice}};
    for (const auto &[key, target] : bools) {
        if (auto v = readBool(store, key))
            *target = *v;
        else if (store.contains(key))
            dropped(key);
    }
    s.voiceName = store.value(kVoiceNameKey).toString();
    if (store.contains(kVoiceRateKey)) {
        bool ok = false;
        const double rate = store.value(kVoiceRateKey).toString().toDouble(&ok);
        if (ok && rate >= -1.0 && rate <= 1.0)
            s.voiceRate = rate;
        else
            dropped(kVoiceRateKey);
    }
    if (store.contains(kThemeKey)) {
        if (auto theme = themeFromKey(store.value(kThemeKey).toString()))
            s.theme = *theme;
        else
            dropped(kThemeKey);
    }
    s.language = store.value(kLanguageKey).toString();
    if (store.contains(kGhostedKey)) {
        bool ok = false;
        const int days = store.value(kGhostedKey).toString().trimmed().toInt(&ok);
        if (ok && days >= 1 && days <= 365)
            s.ghostedAfterDays = days;
        else
            dropped(kGhostedKey);
    }
    if (store.contains(kPrepMinutesKey)) {
        bool ok = false;
        const int minutes = store.value(kPrepMinutesKey).toString().trimmed().toInt(&ok);
        if (ok && minutes >= kMinPrepDailyMinutes && minutes <= kMaxPrepDailyMinutes)
            s.prepDailyMinutes = minutes;
        else
            dropped(kPrepMinutesKey);
    }
    return s;
}

void AppSettings::save(QSettings &store) const
{
    store.setValue(kVersionKey, kVersion);
    store.setValue(kPrepKey, defaultPrepSeconds);
    store.setValue(kAnswerKey, defaultAnswerSeconds);
    // A string, not a QVariantList: the INI file stays readable ("60, 30").
    store.setValue(kWarningsKey, formatWarningSeconds(warningSeconds));
    store.setValue(kSoundKey, sound);
    store.setValue(kSpokenKey, spokenWarnings);
    store.setValue(kVoiceKey, voice);
    store.setValue(kVoiceNameKey, voiceName);
    store.setValue(kVoiceRateKey, voiceRate);
    store.setValue(kThemeKey, toKey(theme));
    store.setValue(kLanguageKey, language);
    store.setValue(kGhostedKey, ghostedAfterDays);
    store.setValue(kPrepMinutesKey, prepDailyMinutes);
    store.sync();
}

} // namespace mockloop
