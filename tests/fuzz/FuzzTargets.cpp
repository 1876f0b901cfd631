#include "FuzzTargets.h"

#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "base/Settings.h"
#include "questions/JsonIndex.h"
#include "questions/MarkdownQuestions.h"
#include "questions/PackExport.h"
#include "questions/PackValidator.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace mockloop::fuzz {

namespace {

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// One empty bank for every Markdown input (duplicates inside the file are still found; with
// the built-in packs each input would cost a read of the whole bank, ten times slower).
struct FuzzBank
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<QuestionBank> bank;
};
FuzzBank *&fuzzBank()
{
    static FuzzBank *b = nullptr;
    return b;
}

QuestionBank &bank()
{
    FuzzBank *&b = fuzzBank();
    if (!b) {
        b = new FuzzBank;
        // Closed with the application in the replay test. The libFuzzer programs never end
        // their application (Qt Sql's own statics may be gone by then), so the bank stays.
        qAddPostRoutine([] {
            delete fuzzBank();
            fuzzBank() = nullptr;
        });
        QString error;
        if (!b->dir.isValid() || !b->db.open(b->dir.filePath(QStringLiteral("fuzz.sqlite")), &error))
            qFatal("fuzz: cannot open a database: %s", qPrintable(error));
        b->bank = std::make_unique<QuestionBank>(b->db);
    }
    return *b->bank;
}

} // namespace

int packJson(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    PackValidator validator(QStringLiteral("fuzz.json"));
    Pack pack;
    const bool ok = validator.validate(bytes, &pack);
    if (ok != validator.problems().isEmpty())
        qFatal("fuzz: validate() disagrees with its problem list");
    for (const PackProblem &p : validator.problems()) {
        if (p.at.line < 1 || p.at.column < 1 || p.message.isEmpty())
            qFatal("fuzz: a problem without a position or message: %s", qPrintable(p.toString()));
    }
    if (ok) {
        PackValidator again(QStringLiteral("again.json"));
        Pack back;
        if (!again.validate(packToJson(pack), &back))
            qFatal("fuzz: an exported valid pack is refused: %s",
                   qPrintable(again.messages().join(QLatin1Char('\n'))));
        if (back.id != pack.id || back.name != pack.name || back.version != pack.version
            || back.questions != pack.questions || back.closing != pack.closing)
            qFatal("fuzz: a valid pack changed on its way through export");
    }
    JsonIndex index;
    if (index.parse(bytes)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue theirs = doc.isObject() ? QJsonValue(doc.object())
                                                     : QJsonValue(doc.array());
            if (index.root() != theirs)
                qFatal("fuzz: JsonIndex and QJsonDocument read the same bytes differently");
        }
    }
    return 0;
}

int markdown(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const ImportPreview preview = previewImport(bytes, QStringLiteral("fuzz.md"), bank());
    if (!preview.problems.isEmpty())
        return 0;
    if (preview.categoryOf.size() != preview.pack.questions.size())
        qFatal("fuzz: a question without a category");
    for (const Question &q : preview.pack.questions) {
        if (q.text.trimmed().isEmpty())
            qFatal("fuzz: a question without text");
    }
    // What we export as Markdown, we read back: the same texts and follow-ups.
    const MarkdownQuestions back = readMarkdownQuestions(
        questionsToMarkdown(QStringLiteral("Fuzz"), preview.pack.questions));
    if (back.questions.size() != preview.pack.questions.size())
        qFatal("fuzz: Markdown export → import found %lld questions instead of %lld",
               qlonglong(back.questions.size()), qlonglong(preview.pack.questions.size()));
    qsizetype n = 0;
    for (RoundKind kind : kAllRoundKinds) {
        for (const Question &q : preview.pack.questions) {
            if (q.kind != kind)
                continue;
            const MarkdownQuestion &m = back.questions.at(n++);
            if (textWithCode(m).simplified() != q.text.simplified())
                qFatal("fuzz: Markdown round trip changed \"%s\" into \"%s\"", qPrintable(q.text),
                       qPrintable(textWithCode(m)));
            if (m.followUps.size() != q.followUps.size())
                qFatal("fuzz: Markdown round trip changed the follow-ups of \"%s\"",
                       qPrintable(q.text));
        }
    }
    return 0;
}

namespace {

QTemporaryDir &settingsDir()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("fuzz: no temporary directory");
    return dir;
}

bool inRange(const AppSettings &s)
{
    constexpr int kMaxSeconds = 24 * 3600;
    if (s.defaultPrepSeconds < 0 || s.defaultPrepSeconds > kMaxSeconds)
        return false;
    if (s.defaultAnswerSeconds < 1 || s.defaultAnswerSeconds > kMaxSeconds)
        return false;
    if (!(s.voiceRate >= -1.0 && s.voiceRate <= 1.0))
        return false;
    for (qsizetype i = 0; i < s.warningSeconds.size(); ++i) {
        if (s.warningSeconds[i] < 1 || (i > 0 && s.warningSeconds[i] >= s.warningSeconds[i - 1]))
            return false;
    }
    return true;
}

} // namespace

int settings(const std::uint8_t *data, std::size_t size)
{
    const QString path = settingsDir().filePath(QStringLiteral("fuzz.ini"));
    QFile::remove(path);
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytesOf(data, size)) != qint64(size)
            || !file.commit())
            qFatal("fuzz: cannot write %s", qPrintable(path));
    }
    AppSettings loaded;
    WindowMemory memory;
    {
        QSettings store(path, QSettings::IniFormat);
        QStringList notes;
        loaded = AppSettings::load(store, &notes);
        memory = WindowMemory::load(store);
    }
    if (!inRange(loaded))
        qFatal("fuzz: settings loaded a value out of range");
    // What was kept is what a save writes and the next load reads.
    const QString again = settingsDir().filePath(QStringLiteral("again.ini"));
    QFile::remove(again);
    {
        QSettings store(again, QSettings::IniFormat);
        loaded.save(store);
        memory.save(store);
        store.sync();
    }
    QSettings store(again, QSettings::IniFormat);
    if (!(AppSettings::load(store) == loaded))
        qFatal("fuzz: settings changed on their way through save and load");
    if (!(WindowMemory::load(store) == memory))
        qFatal("fuzz: the window's memory changed on its way through save and load");
    return 0;
}

} // namespace mockloop::fuzz
