#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

class QSettings;

namespace mockloop {

enum class Theme { System, Light, Dark };
QString toKey(Theme theme);
std::optional<Theme> themeFromKey(const QString &key);

// The bounds of AppSettings::prepDailyMinutes.
inline constexpr int kMinPrepDailyMinutes = 10;
inline constexpr int kMaxPrepDailyMinutes = 480;

// The person's preferences, typed. Stored through QSettings under versioned keys (see
// docs/settings.md); the programs take the QSettings file by injection, so tests use a
// temporary INI file and never the real one.
struct AppSettings
{
    // The layout load() reads and save() writes. Older layouts are migrated on load.
    // Version 3 added the window/ and folders/ groups of WindowMemory (nothing to migrate).
    static constexpr int kVersion = 3;

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
    // The interview tracker suggests Ghosted after this many days without activity (1…365).
    int ghostedAfterDays = 21;
    // The preparation plan's daily practice time in minutes (10…480, docs/prep-plan.md).
    int prepDailyMinutes = 60;

    // Reads the settings, migrating an older layout in place (the store is rewritten at
    // kVersion). Values out of range fall back to their defaults. *notes, if given, gets one
    // line per value that was dropped or migrated.
    static AppSettings load(QSettings &store, QStringList *notes = nullptr);
    // Writes every key and the version.
    void save(QSettings &store) const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

// The kinds of file a file dialog asks for; each remembers its own last folder.
enum class FileKind { Import, ExportReport, ExportData, Backup, Restore };
QString toKey(FileKind kind);

// What the person arranged in the window, remembered between runs: its geometry, the
// splitters, the tables' columns and sort order, and the last folder of each kind of file.
// Apart from AppSettings because it changes as the window is used, not in the Settings
// dialog; it shares the file and its version (docs/settings.md).
struct WindowMemory
{
    QByteArray geometry;                 // QWidget::saveGeometry()
    QMap<QString, QByteArray> splitters; // by object name: QSplitter::saveState()
    QMap<QString, QByteArray> headers;   // by table object name: QHeaderView::saveState()
    QMap<FileKind, QString> folders;

    // Reads only these keys; what is missing or empty stays empty (the window's defaults).
    static WindowMemory load(const QSettings &store);
    // Writes only these keys (the preferences are AppSettings::save's).
    void save(QSettings &store) const;

    friend bool operator==(const WindowMemory &, const WindowMemory &) = default;
};

// "60, 30" ↔ {60, 30}; parsing drops what is not a positive whole number and sorts
// descending without repeats.
QString formatWarningSeconds(const QList<int> &seconds);
QList<int> parseWarningSeconds(const QString &text, bool *ok = nullptr);

} // namespace mockloop
