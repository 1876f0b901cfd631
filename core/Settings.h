#pragma once

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace mockloop {

enum class Theme { System, Light, Dark };
QString toKey(Theme theme);
std::optional<Theme> themeFromKey(const QString &key);

// The person's preferences, typed. Stored through QSettings under versioned keys (see
// docs/settings.md); the programs take the QSettings file by injection, so tests use a
// temporary INI file and never the real one.
struct AppSettings
{
    // The layout load() reads and save() writes. Older layouts are migrated on load.
    static constexpr int kVersion = 2;

    // Setup's plan defaults for a new custom plan.
    int defaultPrepSeconds = 60;
    int defaultAnswerSeconds = 180;
    // "n seconds left" warnings while answering: distinct, positive, descending.
    QList<int> warningSeconds = {60};
    bool sound = true;          // a short beep with each warning
    bool spokenWarnings = true; // "one minute left" through the voice, when the voice is on
    bool voice = false;         // the interviewer's voice reads each question
    QString voiceName;          // empty: the engine's default voice
    double voiceRate = 0.0;     // -1 (slow) … 1 (fast), as QTextToSpeech takes it
    Theme theme = Theme::System;
    QString language; // a locale name such as "de_DE"; empty: the system's

    // Reads the settings, migrating an older layout in place (the store is rewritten at
    // kVersion). Values out of range fall back to their defaults. *notes, if given, gets one
    // line per value that was dropped or migrated.
    static AppSettings load(QSettings &store, QStringList *notes = nullptr);
    // Writes every key and the version.
    void save(QSettings &store) const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

// "60, 30" ↔ {60, 30}; parsing drops what is not a positive whole number and sorts
// descending without repeats.
QString formatWarningSeconds(const QList<int> &seconds);
QList<int> parseWarningSeconds(const QString &text, bool *ok = nullptr);

} // namespace mockloop
