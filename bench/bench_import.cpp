// Importing a large pack: read + validate + preview + save a generated pack of 10,000
// questions (--full; ctest runs --questions 50), beside a bare QJsonDocument parse of the same
// file in the same run. The goal is ≤ 1 s for validate + import; reported, never asserted.
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "bank/Reimport.h"
#include "questions/PackValidator.h"
#include "storage/Database.h"
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mockloop;

namespace {

// A pack shaped like the built-in ones: every field in use, deterministic text.
QByteArray generatePack(int questions)
{
    static const char *kinds[] = {"technical", "system_design", "behavioral", "cultural_fit",
                                  "project"};
    QJsonArray list;
    for (int i = 0; i < questions; ++i) {
        const QString n = QString::number(i);
        list.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("gen.q") + n},
            {QStringLiteral("kind"), QLatin1String(kinds[i % 5])},
            {QStringLiteral("text"), QStringLiteral("Question %1: how would you explain trade-off number %1 "
                                                    "to a teammate who has not met it before?")
                                         .arg(n)},
            {QStringLiteral("difficulty"), QStringLiteral("mid")},
            {QStringLiteral("tracks"),
             QJsonArray{QStringLiteral("backend"), QStringLiteral("senior")}},
            {QStringLiteral("tags"),
             QJsonArray{QStringLiteral("tag%1").arg(i % 40), QStringLiteral("bench")}},
            {QStringLiteral("prepSeconds"), 60},
            {QStringLiteral("answerSeconds"), 240},
            {QStringLiteral("guidance"),
             QStringLiteral("Name the trade-off, give an example, say when you would "
                            "choose each side and what you would measure.")},
            {QStringLiteral("keyPoints"),
             QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("names the trade-off")},
                                    {QStringLiteral("terms"), QJsonArray{QStringLiteral("trade-off"),
                                                                         QStringLiteral("cost")}}},
                        QJsonObject{{QStringLiteral("text"), QStringLiteral("gives an example")},
                                    {QStringLiteral("terms"), QJsonArray{QStringLiteral("example")}}}}},
            {QStringLiteral("outline"), QStringLiteral("1. Context\n2. Options\n3. Choice and why")},
            {QStringLiteral("followUps"), QJsonArray{QStringLiteral("What would change your mind?")}},
        });
    }
    const QJsonObject pack{{QStringLiteral("format"), QStringLiteral("mockloop-pack")},
                           {QStringLiteral("formatVersion"), 1},
                           {QStringLiteral("id"), QStringLiteral("generated")},
                           {QStringLiteral("name"), QStringLiteral("Generated")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("questions"), list}};
    return QJsonDocument(pack).toJson(QJsonDocument::Indented);
}

double median(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// A Markdown list of distinct questions (a category every 100), and the same list a month
// later with every tenth question reworded: a letter dropped, a word changed or a clause added.
QByteArray generateMarkdownList(int questions, bool reworded)
{
    static const char *verbs[] = {"design", "scale",   "debug", "monitor", "secure",
                                  "test",   "migrate", "shard", "cache",   "deploy"};
    static const char *things[] = {"payment ledger",       "chat backend",     "search index",
                                   "feature flag service", "photo store",      "rate limiter",
                                   "job scheduler",        "audit log",        "session store",
                                   "notification fan-out", "inventory service"};
    static const char *goals[] = {"high write load",  "strict ordering", "a tight budget",
                                  "regional outages", "slow clients",    "schema changes",
                                  "hot keys"};
    QString md = QStringLiteral("# Generated list\n");
    for (int i = 0; i < questions; ++i) {
        if (i % 100 == 0)
            md += QStringLiteral("\n## Topic %1\n\n").arg(i / 100);
        QString text = QStringLiteral("How would you %1 the %2 number %3 under %4?")
                           .arg(QLatin1String(verbs[i % 10]), QLatin1String(things[(i / 10) % 11]))
                           .arg(i)
                           .arg(QLatin1String(goals[(i / 110) % 7]));
        if (reworded && i % 10 == 7) {
            switch ((i / 10) % 3) {
            case 0: text.replace(QStringLiteral("would"), QStringLiteral("woud")); break;
            case 1:
                text.replace(QStringLiteral("How would you"), QStringLiteral("How do you"));
                break;
            default: text.chop(1); text += QStringLiteral(", and what would you measure first?");
            }
        }
        md += QStringLiteral("- ") + text + QLatin1Char('\n');
    }
    return md.toUtf8();
}

// Re-importing the updated list over the installed one (docs/import.md, "Saving and
// updating"): every tenth question is paired with its old wording by similarity. Baseline in
// the same run: re-importing the unchanged list, where every question is paired by its text.
int benchReimport(const QTemporaryDir &dir, int questions, int runs)
{
    const QByteArray v1 = generateMarkdownList(questions, false);
    const QByteArray v2 = generateMarkdownList(questions, true);
    const QString name = dir.filePath(QStringLiteral("generated-list.md"));
    std::vector<double> sameMs;
    std::vector<double> rewordedMs;
    std::vector<double> rewordedPreviewMs;
    qsizetype updated = 0;
    for (int run = 0; run < runs; ++run) {
        Database db;
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("reimport%1.sqlite").arg(run)), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QuestionBank bank(db);
        if (!applyImport(bank, previewImport(v1, name, bank), &error)) {
            std::fprintf(stderr, "first import failed: %s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (!applyImport(bank, previewImport(v1, name, bank), &error)) {
            std::fprintf(stderr, "re-import failed: %s\n", qPrintable(error));
            return 1;
        }
        sameMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const ImportPreview preview = previewImport(v2, name, bank);
        rewordedPreviewMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!applyImport(bank, preview, &error)) {
            std::fprintf(stderr, "re-import failed: %s\n", qPrintable(error));
            return 1;
        }
        rewordedMs.push_back(double(t.nsecsElapsed()) / 1e6);
        updated = preview.reimport.updated.size();
        const qsizetype expected = (questions + 2) / 10;
        if (updated != expected || !preview.reimport.added.isEmpty()
            || !preview.reimport.removed.isEmpty() || bank.count() != questions) {
            std::fprintf(stderr, "re-import paired %lld of %lld, added %lld, removed %lld\n",
                         static_cast<long long>(updated), static_cast<long long>(expected),
                         static_cast<long long>(preview.reimport.added.size()),
                         static_cast<long long>(preview.reimport.removed.size()));
            for (const QString &a : preview.reimport.added)
                std::fprintf(stderr, "  added: %s\n", qPrintable(a));
            for (const ReimportRemoved &r : preview.reimport.removed)
                std::fprintf(stderr, "  removed: %s\n", qPrintable(r.text));
            return 1;
        }
    }
    // The pairing alone, on the same texts: 10 % unpaired by text on each side.
    QList<Question> installed;
    QList<Question> incoming;
    const QList<QByteArray> oldLines = v1.split('\n');
    const QList<QByteArray> newLines = v2.split('\n');
    for (qsizetype i = 0; i < oldLines.size() && i < newLines.size(); ++i) {
        if (!oldLines.at(i).startsWith("- "))
            continue;
        Question was;
        was.id = QStringLiteral("q%1").arg(i);
        was.text = QString::fromUtf8(oldLines.at(i).mid(2));
        installed.append(was);
        Question now = was;
        now.text = QString::fromUtf8(newLines.at(i).mid(2));
        if (now.text != was.text)
            now.id = QStringLiteral("new%1").arg(i);
        incoming.append(now);
    }
    qsizetype paired = 0;
    const double pairingMs = mockloop::bench::medianMs(runs, [&] {
        paired = pairReimport(installed, incoming).matched.size();
    });
    const double same = median(sameMs);
    const double reworded = median(rewordedMs);
    std::printf("markdown re-import, %d questions, %lld reworded, median of %d runs\n", questions,
                static_cast<long long>(updated), runs);
    std::printf("  same list again (baseline, text only)    %9.1f ms\n", same);
    std::printf("  updated list: preview + import (saved)    %9.1f ms  ratio %.2fx (goal <= 1000 ms; "
                "reported, not asserted)\n",
                reworded, reworded / same);
    std::printf("    of which read + preview (pairing)        %9.1f ms\n", median(rewordedPreviewMs));
    std::printf("  pairReimport alone (%lld paired)         %9.1f ms\n",
                static_cast<long long>(paired), pairingMs);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int questions = 50;
    if (args.contains(QStringLiteral("--full")))
        questions = 10'000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--questions"));
        i >= 0 && i + 1 < args.size())
        questions = std::max(1, args.at(i + 1).toInt());
    const int runs = questions >= 1000 ? 5 : 3;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.json"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(generatePack(questions)) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
    }

    // Baseline: read the file and parse it with QJsonDocument, nothing else.
    const double parseMs = mockloop::bench::medianMs(runs, [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (!doc.isObject())
            std::fprintf(stderr, "baseline parse failed\n");
    });

    // MockLoop: read with the size limit, validate with positions, preview, save in one
    // transaction — into a fresh database each run (opening it is not timed).
    std::vector<double> validateMs;
    std::vector<double> importMs;
    std::vector<double> previewMs;
    for (int run = 0; run < runs; ++run) {
        Database db;
        QString error;
        if (!db.open(dir.filePath(QStringLiteral("run%1.sqlite").arg(run)), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QuestionBank bank(db);
        QElapsedTimer t;
        t.start();
        QByteArray bytes;
        Pack pack;
        PackValidator validator(path);
        if (!PackValidator::readFile(path, &bytes, &error) || !validator.validate(bytes, &pack)) {
            std::fprintf(stderr, "validate failed: %s\n",
                         qPrintable(error + validator.messages().join(u'\n')));
            return 1;
        }
        validateMs.push_back(double(t.nsecsElapsed()) / 1e6);
        // The import as the CLI and the library run it: read, preview (which validates), save.
        t.restart();
        QByteArray again;
        if (!PackValidator::readFile(path, &again, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const ImportPreview preview = previewImport(again, path, bank);
        previewMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!applyImport(bank, preview, &error)) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(error));
            return 1;
        }
        importMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (bank.count() != questions) {
            std::fprintf(stderr, "imported %d questions, expected %d\n", bank.count(), questions);
            return 1;
        }
    }
    const double validate = median(validateMs);
    const double total = median(importMs);
    std::printf("pack import, %d questions (%.1f MB), median of %d runs\n", questions,
                double(QFileInfo(path).size()) / 1e6, runs);
    std::printf("  QJsonDocument::fromJson (baseline)   %9.1f ms\n", parseMs);
    std::printf("  read + validate (JsonIndex, rules)   %9.1f ms  ratio %.2fx\n", validate,
                validate / parseMs);
    std::printf(
        "  read + preview + import (saved)      %9.1f ms  ratio %.2fx (goal <= 1000 ms; reported, not asserted)\n",
        total, total / parseMs);
    std::printf("    of which read + preview            %9.1f ms\n", median(previewMs));
    return benchReimport(dir, questions, runs);
}
