#include "voice/WavFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QtEndian>

#include <algorithm>
#include <unistd.h>

namespace mockloop::voice {

namespace {

class WavText
{
    Q_DECLARE_TR_FUNCTIONS(Voice)
};

QString fileName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void putU32(char *at, quint32 value)
{
    qToLittleEndian<quint32>(value, at);
}

void putU16(char *at, quint16 value)
{
    qToLittleEndian<quint16>(value, at);
}

quint32 getU32(const char *at)
{
    return qFromLittleEndian<quint32>(at);
}

quint16 getU16(const char *at)
{
    return qFromLittleEndian<quint16>(at);
}

// The canonical header of a 16 kHz mono 16-bit PCM file holding dataBytes of samples.
QByteArray header(quint32 dataBytes)
{
    QByteArray h(kWavHeaderBytes, '\0');
    char *p = h.data();
    std::copy_n("RIFF", 4, p);
    putU32(p + 4, 36 + dataBytes);
    std::copy_n("WAVE", 4, p + 8);
    std::copy_n("fmt ", 4, p + 12);
    putU32(p + 16, 16);              // fmt chunk size
    putU16(p + 20, 1);               // PCM
    putU16(p + 22, 1);               // mono
    putU32(p + 24, kSampleRate);     // samples per second
    putU32(p + 28, kSampleRate * 2); // bytes per second
    putU16(p + 32, 2);               // bytes per sample frame
    putU16(p + 34, 16);              // bits per sample
    std::copy_n("data", 4, p + 36);
    putU32(p + 40, dataBytes);
    return h;
}

// The largest data size a RIFF header can count, in whole samples.
constexpr qint64 kMaxDataBytes = (qint64(0xFFFFFFFFu) - 36) & ~qint64(1);

// Whether h (44 bytes) is the header MockLoop writes, sizes aside.
bool isOwnHeader(const QByteArray &h)
{
    const QByteArray expected = header(0);
    return h.size() == kWavHeaderBytes && h.left(4) == expected.left(4)
           && h.mid(8, 32) == expected.mid(8, 32);
}

} // namespace

WavWriter::~WavWriter()
{
    if (m_file.isOpen())
        close(nullptr);
}

bool WavWriter::open(const QString &path, QString *error, Mode mode)
{
    if (m_file.isOpen())
        close(nullptr);
    m_file.setFileName(path);
    m_samples = 0;
    m_samplesInHeader = 0;
    if (mode == Mode::Append && QFile::exists(path)) {
        QString repairError;
        if (repairWav(path, &repairError) == WavRepair::Failed) {
            if (error)
                *error = repairError;
            return false;
        }
        // Unbuffered: every append reaches the operating system at once (see the class).
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            if (error)
                *error = QCoreApplication::translate("Voice", "Cannot open %1: %2")
                             .arg(fileName(path), m_file.errorString());
            return false;
        }
        m_samples = (m_file.size() - kWavHeaderBytes) / 2;
        m_samplesInHeader = m_samples;
        if (!m_file.seek(kWavHeaderBytes + m_samples * 2)) {
            if (error)
                *error = QCoreApplication::translate("Voice", "Cannot write %1: %2")
                             .arg(fileName(path), m_file.errorString());
            m_file.close();
            return false;
        }
        return true;
    }
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate | QIODevice::Unbuffered)
        || m_file.write(header(0)) != kWavHeaderBytes) {
        if (error)
            *error = QCoreApplication::translate("Voice", "Cannot write %1: %2")
                         .arg(fileName(path), m_file.errorString());
        m_file.close();
        return false;
    }
    return true;
}

bool WavWriter::append(const qint16 *samples, qsizetype count, QString *error)
{
    if (!m_file.isOpen()) {
        if (error)
            *error = QCoreApplication::translate("Voice", "The recording is not open.");
        return false;
    }
    if ((m_samples + count) * 2 > kMaxDataBytes) {
        if (error)
            *error = QCoreApplication::translate("Voice", "%1 is full: a WAV file holds at most 4 GB.")
                         .arg(fileName(m_file.fileName()));
        return false;
    }
    QByteArray bytes(count * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < count; ++i)
        qToLittleEndian<qint16>(samples[i], bytes.data() + 2 * i);
    if (m_file.write(bytes) != bytes.size()) {
        if (error)
            *error = QCoreApplication::translate("Voice", "Cannot write %1: %2")
                         .arg(fileName(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_samples += count;
    if (m_samples - m_samplesInHeader >= kSyncEverySamples)
        return sync(error);
    return true;
}

bool WavWriter::sync(QString *error)
{
    if (!m_file.isOpen())
        return false;
    const quint32 dataBytes = quint32(m_samples * 2);
    char riff[4];
    char data[4];
    putU32(riff, 36 + dataBytes);
    putU32(data, dataBytes);
    const qint64 end = kWavHeaderBytes + m_samples * 2;
    // The data first, then its count: a header never counts bytes that are not there.
    bool ok = ::fdatasync(m_file.handle()) == 0;
    ok = ok && m_file.seek(40) && m_file.write(data, 4) == 4 && m_file.seek(4)
         && m_file.write(riff, 4) == 4 && m_file.seek(end);
    ok = ok && ::fdatasync(m_file.handle()) == 0;
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("Voice", "Cannot write %1: %2")
                         .arg(fileName(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_samplesInHeader = m_samples;
    return true;
}

bool WavWriter::close(QString *error)
{
    if (!m_file.isOpen())
        return true;
    const bool ok = sync(error);
    m_file.close();
    return ok;
}

WavRepair repairWav(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = WavText::tr("Cannot open %1: %2").arg(fileName(path), file.errorString());
        return WavRepair::Failed;
    }
    const QByteArray h = file.read(kWavHeaderBytes);
    if (!isOwnHeader(h)) {
        if (error)
            *error = WavText::tr("%1 is not a recording MockLoop can repair (not a 16 kHz mono "
                                 "16-bit WAV file with MockLoop's header).")
                         .arg(fileName(path));
        return WavRepair::Failed;
    }
    const qint64 dataBytes = std::min((file.size() - kWavHeaderBytes) & ~qint64(1), kMaxDataBytes);
    if (getU32(h.constData() + 40) == quint32(dataBytes)
        && getU32(h.constData() + 4) == quint32(36 + dataBytes)
        && file.size() == kWavHeaderBytes + dataBytes)
        return WavRepair::AlreadyValid;
    const QByteArray fixed = header(quint32(dataBytes));
    // A last half sample (cut off mid-write) goes; the sizes then count what is there.
    const bool ok = file.resize(kWavHeaderBytes + dataBytes) && file.seek(0)
                    && file.write(fixed) == kWavHeaderBytes && file.flush()
                    && ::fdatasync(file.handle()) == 0;
    if (!ok) {
        if (error)
            *error = WavText::tr("Cannot repair %1: %2").arg(fileName(path), file.errorString());
        return WavRepair::Failed;
    }
    return WavRepair::Repaired;
}

bool readWav(const QString &path, WavAudio *audio, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!QFileInfo::exists(path))
        return fail(WavText::tr("%1: no such file.").arg(fileName(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(WavText::tr("Cannot open %1: %2").arg(fileName(path), file.errorString()));
    const QByteArray riff = file.read(12);
    if (riff.size() < 12 || riff.left(4) != "RIFF" || riff.mid(8, 4) != "WAVE")
        return fail(WavText::tr("%1 is not a WAV file.").arg(fileName(path)));

    bool haveFormat = false;
    while (true) {
        const QByteArray chunk = file.read(8);
        if (chunk.size() < 8) {
            return fail(
                haveFormat
                    ? WavText::tr("%1 has no audio data (no \"data\" chunk).").arg(fileName(path))
                    : WavText::tr("%1 is not a WAV file (no \"fmt \" chunk).").arg(fileName(path)));
        }
        const QByteArray id = chunk.left(4);
        const qint64 size = getU32(chunk.constData() + 4);
        if (id == "fmt ") {
            const QByteArray fmt = file.read(size + (size & 1));
            if (size < 16 || fmt.size() < 16)
                return fail(WavText::tr("%1 is not a WAV file (its \"fmt \" chunk is cut off).")
                                .arg(fileName(path)));
            quint16 formatTag = getU16(fmt.constData());
            const quint16 channels = getU16(fmt.constData() + 2);
            const quint32 rate = getU32(fmt.constData() + 4);
            const quint16 bits = getU16(fmt.constData() + 14);
            // WAVE_FORMAT_EXTENSIBLE names the real format in its sub-format GUID.
            if (formatTag == 0xFFFE && fmt.size() >= 26)
                formatTag = getU16(fmt.constData() + 24);
            if (formatTag != 1 || channels != 1 || rate != quint32(kSampleRate) || bits != 16) {
                const QString found =
                    formatTag == 1
                        ? WavText::tr("%1 Hz, %2 channel(s), %3-bit PCM").arg(rate).arg(channels).arg(bits)
                        : WavText::tr("%1 Hz, %2 channel(s), not PCM (format %3)")
                              .arg(rate)
                              .arg(channels)
                              .arg(formatTag);
                return fail(WavText::tr("%1 is %2; MockLoop reads 16 kHz mono 16-bit PCM. Convert "
                                        "it with: sox IN.wav -r 16000 -c 1 -b 16 OUT.wav")
                                .arg(fileName(path), found));
            }
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return fail(WavText::tr("%1 is not a WAV file (audio data before its format).")
                                .arg(fileName(path)));
            const qint64 available = file.size() - file.pos();
            const qint64 bytes = std::min(size, available) & ~qint64(1);
            const QByteArray data = file.read(bytes);
            audio->sampleRate = kSampleRate;
            audio->samples.resize(data.size() / 2);
            for (qsizetype i = 0; i < audio->samples.size(); ++i)
                audio->samples[i] = qFromLittleEndian<qint16>(data.constData() + 2 * i);
            return true;
        } else if (!file.seek(file.pos() + size + (size & 1))) {
            return fail(
                WavText::tr("%1 is not a WAV file (a chunk runs past its end).").arg(fileName(path)));
        }
    }
}

} // namespace mockloop::voice
