// A 1 MB answer in every editor the way a person makes one: paste it into the first section
// of the question's editor, type on, and see the editor keep up. Each keystroke is timed with
// its repaint (the key press, the word count, the answer handed to the controller, the
// viewport painted), and the draft save of the whole answer; the figures are printed (see
// docs/benchmarks.md, bench_typing) and the bounds are generous (a median of 250 ms, 2 s at
// worst a keystroke). The saved answer is the pasted text and the typed keys, byte for byte.
#include "bank/QuestionBank.h"
#include "coach/AnswerTemplate.h"
#include "controller/SessionController.h"
#include "editor/AnswerEditor.h"
#include "storage/Database.h"
#include "storage/SessionStore.h"
#include "window/MainWindow.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "HostileText.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace mockloop;
using namespace mockloop::desktop;
using mockloop::test::FakeClock;

class TestGuiHostile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void editor_oneMegabyteAnswer_typingKeepsUp_andSavesByteForByte_data();
    void editor_oneMegabyteAnswer_typingKeepsUp_andSavesByteForByte();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("mockloop.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(QuestionBank(*m_db).installBuiltinPacks(&error), qPrintable(error));
    m_clock = std::make_unique<FakeClock>();
    m_window = std::make_unique<MainWindow>(*m_db, m_clock.get());
    m_window->resize(1280, 860);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestGuiHostile::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestGuiHostile::editor_oneMegabyteAnswer_typingKeepsUp_andSavesByteForByte_data()
{
    QTest::addColumn<QString>("questionId");
    QTest::addColumn<int>("form");
    QTest::newRow("plain (technical)")
        << QStringLiteral("tech.sql-vs-nosql") << int(AnswerForm::Plain);
    QTest::newRow("star") << QStringLiteral("beh.production-bug") << int(AnswerForm::Star);
    QTest::newRow("system design")
        << QStringLiteral("sd.url-shortener") << int(AnswerForm::SystemDesign);
    QTest::newRow("project") << QStringLiteral("proj.proud-backend-project")
                             << int(AnswerForm::Project);
}

void TestGuiHostile::editor_oneMegabyteAnswer_typingKeepsUp_andSavesByteForByte()
{
    QFETCH(QString, questionId);
    QFETCH(int, form);
    const auto question = QuestionBank(*m_db).question(questionId);
    QVERIFY(question);
    QCOMPARE(int(answerFormFor(*question)), form);
    LoopPlan plan;
    plan.name = QStringLiteral("large answer");
    plan.prepSeconds = 0;
    plan.answerSeconds = 600;
    plan.closingSegment = false;
    plan.rounds = {RoundPlan{question->kind, 1, {questionId}, {}, {}, {}, {}}};
    QString error;
    QVERIFY2(m_window->startSession(plan, &error), qPrintable(error));
    CLICK(m_window->findChild<QPushButton *>(QStringLiteral("startRoundButton")));
    SessionController *c = m_window->controller();
    QTRY_COMPARE(c->state(), State::Answering);

    const QString firstSection = answerSections(AnswerForm(form)).first().name;
    auto *edit = m_window->findChild<QPlainTextEdit *>(AnswerEditor::editObjectName(firstSection));
    QVERIFY(edit);
    edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit);

    // Paste 1 MB, as a person pastes a long document.
    const QString big = test::largeAnswer();
    QApplication::clipboard()->setText(big);
    QElapsedTimer stopwatch;
    stopwatch.start();
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    edit->viewport()->repaint();
    const qint64 pasteMs = stopwatch.elapsed();
    QCOMPARE(edit->toPlainText().size(), big.size());

    // Type on at the end, each key with the repaint it causes.
    const QString typed = QStringLiteral("and then the cache");
    QList<double> keyMs;
    for (const QChar ch : typed) {
        stopwatch.restart();
        QTest::keyClicks(edit, QString(ch));
        edit->viewport()->repaint();
        keyMs << double(stopwatch.nsecsElapsed()) / 1e6;
    }
    std::sort(keyMs.begin(), keyMs.end());
    const double median = keyMs.at(keyMs.size() / 2);
    const double worst = keyMs.last();

    // The draft save of the whole answer, as the autosave makes it.
    stopwatch.restart();
    QVERIFY(c->saveNow());
    const qint64 saveMs = stopwatch.elapsed();

    qInfo("1 MB answer, %s editor: paste %lld ms; keystroke with repaint median %.1f ms, worst "
          "%.1f ms (%lld keys); draft save %lld ms",
          QTest::currentDataTag(), pasteMs, median, worst, qlonglong(keyMs.size()), saveMs);
    QVERIFY2(worst < 2000, "a keystroke into a 1 MB answer took over 2 s");
    // Generous (measured: 15-25 ms a key in a debug build on a busy 2-core machine): a quarter
    // of a second a key is lag anyone sees. Every key used to count all the words of the
    // answer again: 470-610 ms a key here.
    QVERIFY2(median < 250, qPrintable(QStringLiteral("%1 ms a key").arg(median)));

    const auto stored = SessionStore(*m_db).load(c->sessionId(), &error);
    QVERIFY2(stored, qPrintable(error));
    const QList<AnswerField> answer = stored->attempts.first().answer;
    const auto field = std::find_if(answer.cbegin(), answer.cend(),
                                    [&](const AnswerField &f) { return f.name == firstSection; });
    QVERIFY(field != answer.cend());
    QVERIFY(field->value.toUtf8() == (big + typed).toUtf8());
}

QTEST_MAIN(TestGuiHostile)
#include "test_gui_hostile.moc"
