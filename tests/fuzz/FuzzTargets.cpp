#include "FuzzTargets.h"

#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "base/Settings.h"
#include "questions/DelimitedQuestions.h"
#include "questions/JsonIndex.h"
#include "questions/MarkdownQuestions.h"
#include "questions/PackExport.h"
#include "questions/PackValidator.h"
#include "questions/TextDecode.h"
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

QList<QStringList> cellsOf(const QList<DelimitedRecord> &records)
{
    QList<QStringList> rows;
    for (const DelimitedRecord &r : records) {
        QStringList cells;
        for (const DelimitedField &f : r.fields)
            cells.append(f.text);
        rows.append(cells);
    }
    return rows;
}

bool sameReading(const DelimitedQuestions &a, const DelimitedQuestions &b)
{
    if (a.separator != b.separator || a.header != b.header || a.columnNames != b.columnNames
        || !(a.mapping == b.mapping) || cellsOf(a.records) != cellsOf(b.records)
        || a.questions.size() != b.questions.size() || a.problems.size() != b.problems.size()
        || a.leftOut.size() != b.leftOut.size())
        return false;
    for (qsizetype i = 0; i < a.questions.size(); ++i) {
        const DelimitedQuestion &x = a.questions.at(i);
        const DelimitedQuestion &y = b.questions.at(i);
        if (x.text != y.text || x.outline != y.outline || x.category != y.category
            || x.tags != y.tags || x.kind != y.kind || x.line != y.line || x.column != y.column)
            return false;
    }
    for (qsizetype i = 0; i < a.problems.size(); ++i) {
        if (a.problems.at(i).message != b.problems.at(i).message)
            return false;
    }
    return true;
}

} // namespace

int delimited(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const DelimitedQuestions d = readDelimitedQuestions(bytes, QStringLiteral("fuzz.csv"));
    for (const DelimitedProblem &p : d.problems) {
        if (p.line < 1 || p.column < 1 || p.message.isEmpty())
            qFatal("fuzz: a CSV problem without a position or message: %d:%d %s", p.line, p.column,
                   qPrintable(p.message));
    }
    for (const DelimitedQuestion &q : d.questions) {
        if (q.text.trimmed().isEmpty())
            qFatal("fuzz: a CSV question without text (line %d)", q.line);
    }
    // Every record and field starts inside the text: its line exists and its column is at
    // most one past that line's last character.
    QString text;
    QString problem;
    if (decodeImportText(bytes, QStringLiteral("fuzz.csv"), &text, &problem)) {
        QList<int> lengths; // in characters, as the reader counts columns
        for (const QString &line : text.split(QLatin1Char('\n')))
            lengths.append(int(line.toUcs4().size()));
        auto inside = [&](int line, int column) {
            return line >= 1 && line <= lengths.size() && column >= 1
                   && column <= lengths.at(line - 1) + 1;
        };
        for (const DelimitedRecord &r : d.records) {
            if (r.line < 1 || r.line > lengths.size() || r.fields.isEmpty())
                qFatal("fuzz: a CSV record at line %d outside the input", r.line);
            for (const DelimitedField &f : r.fields) {
                if (!inside(f.line, f.column) || f.line < r.line)
                    qFatal("fuzz: a CSV field at %d:%d outside the input", f.line, f.column);
            }
        }
        for (const DelimitedProblem &p : d.problems) {
            if (!inside(p.line, p.column))
                qFatal("fuzz: a CSV problem at %d:%d outside the input", p.line, p.column);
        }
    }
    if (!sameReading(d, readDelimitedQuestions(bytes, QStringLiteral("fuzz.csv"))))
        qFatal("fuzz: the same CSV bytes read differently twice");
    // The cells written back as CSV, quoted where needed, read back as the same cells.
    const QList<QStringList> rows = cellsOf(d.records);
    qsizetype unterminated = -1;
    const QList<DelimitedRecord> back = splitDelimited(writeDelimited(rows, d.separator),
                                                       d.separator, &unterminated);
    if (unterminated >= 0 || cellsOf(back) != rows)
        qFatal("fuzz: CSV cells changed on their way through writeDelimited");
    // And the importer on top: never a crash, a category for every question.
    const ImportPreview preview = previewImport(bytes, QStringLiteral("fuzz.csv"), bank());
    if (preview.categoryOf.size() != preview.pack.questions.size())
        qFatal("fuzz: a CSV question without a category");
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
