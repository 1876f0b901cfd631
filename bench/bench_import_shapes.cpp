// Importing a 10,000-question Markdown list in each published shape (docs/import.md): list items
// under headings, a heading per question with a link line, questions in paragraphs with <br>,
// Q:/A: pairs, a two-column table, <details> answers. Each shape's read + preview + save is
// reported beside the import of a JSON pack holding the same questions, in the same run; the
// goal is the import goal of bench_import (<= 1 s at 10,000). --full = 10,000 questions,
// --questions N sets the count (ctest runs 60), --shape TEXT runs only the shapes named so. Reported, never asserted.
#include "bank/Importer.h"
#include "bank/QuestionBank.h"
#include "questions/PackExport.h"
#include "storage/Database.h"
#include "BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <vector>

using namespace mockloop;

namespace {

constexpr int kPerCategory = 200;

QString questionText(int i)
{
    return QStringLiteral("How would you explain trade-off number %1 to a teammate who has not met it "
                          "before?")
        .arg(i);
}

QString answerText(int i)
{
    return QStringLiteral("Name trade-off %1, give an example, say when you would choose each side.")
        .arg(i);
}

using Writer = std::function<void(QString &out, int i, bool firstOfCategory, int category)>;

QByteArray document(int questions, const Writer &write)
{
    QString out = QStringLiteral("# Generated list\n\nAn introduction that asks nothing.\n\n");
    for (int i = 0; i < questions; ++i)
        write(out, i, i % kPerCategory == 0, i / kPerCategory);
    return out.toUtf8();
}

struct Shape
{
    const char *name;
    Writer write;
};

QList<Shape> shapes()
{
    return {
        {"list items under headings",
         [](QString &out, int i, bool first, int c) {
             if (first)
                 out += QStringLiteral("\n## Category %1\n\n").arg(c);
             out += QStringLiteral("- %1\n  - What would change your mind?\n").arg(questionText(i));
         }},
        {"a heading per question + link",
         [](QString &out, int i, bool first, int c) {
             if (first)
                 out += QStringLiteral("\n## Category %1\n\n").arg(c);
             out += QStringLiteral(
                        "### %1. Trade-off %1\n\n%2<br/>\n[Resources](https://example.org/%1)\n\n")
                        .arg(i)
                        .arg(questionText(i));
         }},
        {"questions in paragraphs",
         [](QString &out, int i, bool first, int c) {
             if (first)
                 out += QStringLiteral("\n## Category %1\n\n").arg(c);
             out += questionText(i) + QStringLiteral("<br/>\n");
             if (i % 5 == 4)
                 out += QLatin1Char('\n');
         }},
        {"Q:/A: pairs",
         [](QString &out, int i, bool first, int c) {
             if (first)
                 out += QStringLiteral("\n## Category %1\n\n").arg(c);
             out += QStringLiteral("**Q:** %1\n**A:** %2\n\n").arg(questionText(i), answerText(i));
         }},
        {"a question | answer table",
         [](QString &out, int i, bool first, int c) {
             if (first)
                 out += QStringLiteral("\n## Category %1\n\n| Question | Answer |\n|---|---|\n").arg(c);
             out += QStringLiteral("| %1 | %2 |\n").arg(questionText(i), answerText(i));
         }},
        {"<details> answers",
         [](QString &out, int i, bool first, int c) {
             if (first)
                 out += QStringLiteral("\n## Category %1\n\n").arg(c);
             out += QStringLiteral("<details><summary>%1</summary>\n\n%2\n\n</details>\n\n")
                        .arg(questionText(i), answerText(i));
         }},
    };
}

// read (the bytes are in memory) + preview + save into a fresh database; -1 on a failure.
double importMs(const QTemporaryDir &dir, const QByteArray &bytes, const QString &name,
                int questions, int run)
{
    Database db;
    QString error;
    if (!db.open(dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(run)), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return -1;
    }
    QuestionBank bank(db);
    QElapsedTimer t;
    t.start();
    const ImportPreview preview = previewImport(bytes, name, bank);
    if (!applyImport(bank, preview, &error)) {
        std::fprintf(stderr, "%s: import failed: %s\n", qPrintable(name), qPrintable(error));
        return -1;
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (preview.packToSave().questions.size() != questions) {
        std::fprintf(stderr, "%s: found %lld questions, expected %d\n", qPrintable(name),
                     qlonglong(preview.packToSave().questions.size()), questions);
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int questions = 60;
    if (args.contains(QStringLiteral("--full")))
        questions = 10'000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--questions"));
        i >= 0 && i + 1 < args.size())
        questions = std::max(1, args.at(i + 1).toInt());
    const int runs = questions >= 1000 ? 3 : 1;
    QString only; // --shape TEXT: only the shapes whose name holds TEXT (for a profiler)
    if (const qsizetype i = args.indexOf(QStringLiteral("--shape")); i >= 0 && i + 1 < args.size())
        only = args.at(i + 1);
    QTemporaryDir dir;

    // Baseline: the same questions as a JSON pack, imported the same way.
    Pack pack;
    pack.id = QStringLiteral("generated");
    pack.name = QStringLiteral("Generated");
    for (int i = 0; i < questions; ++i) {
        Question q;
        q.id = QStringLiteral("generated.q%1").arg(i);
        q.text = questionText(i);
        q.outline = answerText(i);
        pack.questions.append(q);
    }
    const QByteArray json = packToJson(pack);
    std::vector<double> jsonRuns;
    for (int run = 0; run < runs; ++run)
        jsonRuns.push_back(importMs(dir, json, QStringLiteral("generated.json"), questions, run));
    const double baseline = bench::median(jsonRuns);
    if (baseline < 0)
        return 1;
    std::printf("Markdown import by shape, %d questions, median of %d runs\n", questions, runs);
    std::printf("  JSON pack, same questions (baseline)   %9.1f ms\n", baseline);
    for (const Shape &shape : shapes()) {
        if (!QString::fromUtf8(shape.name).contains(only))
            continue;
        const QByteArray md = document(questions, shape.write);
        std::vector<double> ms;
        for (int run = 0; run < runs; ++run)
            ms.push_back(importMs(dir, md, QStringLiteral("generated.md"), questions, run));
        const double m = bench::median(ms);
        if (m < 0)
            return 1;
        std::printf("  %-36s %9.1f ms  ratio %.2fx (%.1f MB; goal <= 1000 ms at 10,000)\n",
                    shape.name, m, m / baseline, double(md.size()) / 1e6);
    }
    return 0;
}
