// Typing into a 1 MB answer beside typing into a 1 KB one (the baseline), in the same run, in
// each answer editor (app/desktop/editor/AnswerEditor) as the interview page drives it: every
// keystroke updates the section's word count and height, and the page reads the editor's
// fields for the controller. Each key is timed with the repaint it causes. A bare
// QPlainTextEdit holding the same 1 MB shows what Qt's own editor costs. Reported, never
// asserted. Goal: a keystroke into 1 MB stays under one frame at 60 Hz (16 ms) in Release.
//
//   bench_typing                    tiny smoke run (ctest): 20 KB against 1 KB, 5 keys
//   bench_typing --full             1 MB against 1 KB, 100 keys (scripts/bench.sh)
//   bench_typing --bytes N --keys K
#include "coach/AnswerTemplate.h"
#include "editor/AnswerEditor.h"
#include "BenchSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextCursor>

#include <cstdio>
#include <vector>

using namespace mockloop;
using namespace mockloop::desktop;

namespace {

QString answerText(qsizetype bytes)
{
    const QString paragraph = QStringLiteral(
        "The service keeps a write-ahead log, so a crash after the commit loses nothing; the "
        "cache in front of it is filled on read and invalidated on write (naïve TTLs were "
        "not enough). - trade-off: latency vs. consistency; `EXPLAIN` showed an index scan.\n\n");
    const qsizetype paragraphBytes = paragraph.toUtf8().size();
    return paragraph.repeated(std::max<qsizetype>(1, bytes / paragraphBytes));
}

struct Figures
{
    double medianMs = 0;
    double worstMs = 0;
};

Figures summarize(std::vector<double> ms)
{
    Figures f;
    f.medianMs = bench::median(ms);
    for (double m : ms)
        f.worstMs = std::max(f.worstMs, m);
    return f;
}

// Types `keys` characters at the end of the first section of an editor holding `text`.
Figures typeIntoEditor(RoundKind kind, const QString &text, int keys)
{
    Question question;
    question.id = QStringLiteral("bench.typing");
    question.kind = kind;
    question.text = QStringLiteral("Tell me about it.");
    const QString field = answerSections(answerFormFor(question)).first().name;
    AnswerEditor editor;
    editor.resize(1000, 800);
    editor.setQuestion(question, {{field, text}});
    QList<AnswerField> handedOver;
    QObject::connect(&editor, &AnswerEditor::edited, &editor,
                     [&] { handedOver = editor.fields(); }); // as InterviewPage::answerEdited
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor, 5000))
        std::fprintf(stderr, "editor was not exposed\n");
    auto *edit = editor.findChild<QPlainTextEdit *>(AnswerEditor::editObjectName(field));
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QApplication::processEvents();
    std::vector<double> ms;
    for (int i = 0; i < keys; ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, Qt::Key_A);
        edit->viewport()->repaint();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (handedOver.isEmpty() || handedOver.first().value.size() != text.size() + keys)
        std::fprintf(stderr, "the editor did not hand over what was typed\n");
    return summarize(std::move(ms));
}

Figures typeIntoBareEdit(const QString &text, int keys)
{
    QPlainTextEdit edit;
    edit.resize(1000, 800);
    edit.setPlainText(text);
    edit.show();
    if (!QTest::qWaitForWindowExposed(&edit, 5000))
        std::fprintf(stderr, "edit was not exposed\n");
    edit.setFocus();
    edit.moveCursor(QTextCursor::End);
    QApplication::processEvents();
    std::vector<double> ms;
    for (int i = 0; i < keys; ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(&edit, Qt::Key_A);
        edit.viewport()->repaint();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return summarize(std::move(ms));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    qsizetype bytes = 20 * 1024;
    int keys = 5;
    if (args.contains(QStringLiteral("--full"))) {
        bytes = 1024 * 1024;
        keys = 100;
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--bytes")); i >= 0 && i + 1 < args.size())
        bytes = args.at(i + 1).toLongLong();
    if (const qsizetype i = args.indexOf(QStringLiteral("--keys")); i >= 0 && i + 1 < args.size())
        keys = args.at(i + 1).toInt();

    const QString small = answerText(1024);
    const QString large = answerText(bytes);
    std::printf("typing %d keys at the end of an answer: %lld bytes against %lld bytes "
                "(keystroke + repaint, ms)\n",
                keys, qlonglong(large.toUtf8().size()), qlonglong(small.toUtf8().size()));
    const std::pair<const char *, RoundKind> editors[] = {
        {"plain", RoundKind::Technical},
        {"star", RoundKind::Behavioral},
        {"system design", RoundKind::SystemDesign},
        {"project", RoundKind::Project},
    };
    for (const auto &[name, kind] : editors) {
        const Figures base = typeIntoEditor(kind, small, keys);
        const Figures big = typeIntoEditor(kind, large, keys);
        std::printf("  %-14s 1 KB median %6.2f worst %6.2f | large median %7.2f worst %7.2f | "
                    "ratio %.1fx\n",
                    name, base.medianMs, base.worstMs, big.medianMs, big.worstMs,
                    base.medianMs > 0 ? big.medianMs / base.medianMs : 0.0);
    }
    const Figures bare = typeIntoBareEdit(large, keys);
    std::printf("  %-14s large median %7.2f worst %7.2f (Qt's QPlainTextEdit alone)\n", "bare edit",
                bare.medianMs, bare.worstMs);
    return 0;
}
