#pragma once

#include <QFile>
#include <QList>
#include <QString>

namespace mockloop::voice {

// The one audio format MockLoop records and reads: 16 kHz, mono, 16-bit signed little-endian
// PCM in a canonical 44-byte WAV header (what pocketsphinx needs, docs/voice.md).
inline constexpr int kSampleRate = 16000;
inline constexpr int kWavHeaderBytes = 44;

// Audio read from a WAV file: the samples at kSampleRate.
struct WavAudio
{
    QList<qint16> samples;
    int sampleRate = kSampleRate;
    qint64 durationMs() const { return qint64(samples.size()) * 1000 / sampleRate; }
};

// Writes a WAV file incrementally and keeps it crash-safe: every append goes straight to the
// operating system (no buffer in this process), and once a second of audio (and at close) the
// RIFF and data sizes in the header are brought up to date and the file is synced to the disk.
// After a kill -9 the file therefore holds every appended sample, and its header counts at
// least everything up to the last full second; repairWav() makes the header count the rest.
class WavWriter
{
public:
    WavWriter() = default;
    ~WavWriter(); // closes (finishes the header) if still open
    WavWriter(const WavWriter &) = delete;
    WavWriter &operator=(const WavWriter &) = delete;

    // Creates (or replaces) path with an empty 16 kHz mono 16-bit file. Appending to an existing
    // recording is open(path, Append): the header is repaired first and writing goes on at its end.
    enum class Mode { Create, Append };
    bool open(const QString &path, QString *error, Mode mode = Mode::Create);
    bool append(const qint16 *samples, qsizetype count, QString *error);
    bool append(const QList<qint16> &samples, QString *error)
    {
        return append(samples.constData(), samples.size(), error);
    }
    // Updates the header and syncs now (close() does it too).
    bool sync(QString *error);
    bool close(QString *error);

    bool isOpen() const { return m_file.isOpen(); }
    qint64 samplesWritten() const { return m_samples; }
    // The samples the header counted at its last update (what survives a crash without repair).
    qint64 samplesInHeader() const { return m_samplesInHeader; }
    // How often the header is updated, in samples: one second of audio.
    static constexpr qint64 kSyncEverySamples = kSampleRate;

private:
    QFile m_file;
    qint64 m_samples = 0;
    qint64 m_samplesInHeader = 0;
};

// What repairWav() found.
enum class WavRepair { AlreadyValid, Repaired, Failed };

// Makes a WAV file cut off by a crash valid: the RIFF and data sizes in its header are set to
// the bytes actually there (a last half sample is cut off). Only a file whose header is
// MockLoop's own format (16 kHz mono 16-bit PCM, the data chunk right after "fmt ") is
// touched; any other file fails with *error naming it and is left as it is.
WavRepair repairWav(const QString &path, QString *error);

// Reads a WAV file. It must be 16 kHz mono 16-bit PCM; anything else fails with a message that
// names the file and what it holds (and how to convert it). Chunks other than "fmt " and
// "data" are skipped; a data size larger than the file (a file cut off, or written to a pipe)
// reads the whole samples that are there.
bool readWav(const QString &path, WavAudio *audio, QString *error);

} // namespace mockloop::voice
