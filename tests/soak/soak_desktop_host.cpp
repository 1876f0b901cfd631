// The desktop program for the kill -9 soak (tests/soak/soak.cpp): the same start as
// app/desktop/main.cpp (a Database on the system clock with the grade replay, the upgrade
// notice, the built-in packs, the real MainWindow shown), plus a line of commands on stdin that
// it carries out as a person would, with clicks on named buttons and key presses in the answer
// editor. The soak sends the key presses at 5 a second and SIGKILLs this process whenever it
// likes; nothing here saves anything the program itself would not.
//
// Commands (one per line)     What it prints
//   start PRESET              ok STATE ATTEMPT SESSION   (Home's "Start a loop", Setup's "Start")
//   click OBJECTNAME          ok STATE ATTEMPT           (a visible, enabled button)
//   key CODE                  (nothing)                  (one character into the first field of
//                                                         the answer editor)
//   grade SCORE               ok STATE ATTEMPT           (score spin box, "Save grade")
//   resume                    ok STATE ATTEMPT SESSION   (Home's "Resume")
//   restore PATH              restored | problem TEXT    (Data → Restore, the file and the
//                                                         question answered by the seams)
//   quit                      (exits as closing the window does: the session is saved)
// Anything refused prints "refused WHY". At start it prints "ready", or "cannot-start ERROR"
// and exits 3 as the program does.
#include "bank/QuestionBank.h"
#include "base/Clock.h"
#include "base/DataDir.h"
#include "coach/AnswerTemplate.h"
#include "common/Confirmation.h"
#include "controller/SessionController.h"
#include "editor/AnswerEditor.h"
#include "practice/GradeReplay.h"
#include "storage/Database.h"
#include "window/DataActions.h"
#include "window/MainWindow.h"
#include "window/UpgradeNotice.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSocketNotifier>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace mockloop;
using mockloop::desktop::AnswerEditor;
using mockloop::desktop::Confirmation;
using mockloop::desktop::DataActions;
using mockloop::desktop::MainWindow;

namespace {

class Host
{
public:
    Host(MainWindow &window, QTextStream &out)
        : m_window(window)
        , m_out(out)
    {
    }

    void run(const QString &line)
    {
        const QString command = line.section(QLatin1Char(' '), 0, 0);
        const QString arg = line.section(QLatin1Char(' '), 1);
        if (command == QLatin1String("start"))
            start(arg);
        else if (command == QLatin1String("click"))
            click(arg) && ok();
        else if (command == QLatin1String("key"))
            key(arg.toInt());
        else if (command == QLatin1String("grade"))
            grade(arg.toInt());
        else if (command == QLatin1String("resume"))
            click(QStringLiteral("resumeButton")) && ok(true);
        else if (command == QLatin1String("restore"))
            restore(arg);
        else if (command == QLatin1String("quit")) {
            if (m_window.close())
                QApplication::quit();
            else
                refuse(QStringLiteral("the window stays"));
        } else
            refuse(QStringLiteral("unknown command ") + command);
    }

private:
    bool ok(bool withSession = false)
    {
        SessionController *c = m_window.controller();
        if (!c)
            return refuse(QStringLiteral("no session"));
        m_out << "ok " << toKey(c->state()) << ' ' << c->engine().currentAttempt();
        if (withSession)
            m_out << ' ' << c->sessionId();
        m_out << Qt::endl;
        return true;
    }

    bool refuse(const QString &why)
    {
        m_out << "refused " << why << Qt::endl;
        return false;
    }

    template<class T>
    T *find(const QString &name)
    {
        auto *w = m_window.findChild<T *>(name);
        if (!w)
            refuse(QStringLiteral("no ") + name);
        return w;
    }

    // As a person can: only a button on screen and enabled.
    bool click(const QString &name)
    {
        auto *button = find<QAbstractButton>(name);
        if (!button)
            return false;
        if (!button->isVisible() || !button->isEnabled())
            return refuse(name + QStringLiteral(" is not visible and enabled"));
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    void start(const QString &preset)
    {
        if (!click(QStringLiteral("startLoopButton")))
            return;
        auto *combo = find<QComboBox>(QStringLiteral("presetCombo"));
        if (!combo)
            return;
        const int index = combo->findData(preset);
        if (index < 0) {
            refuse(QStringLiteral("no preset ") + preset);
            return;
        }
        combo->setCurrentIndex(index);
        click(QStringLiteral("beginSessionButton")) && ok(true);
    }

    // The first field of the answer editor: the person clicked into it and types.
    void key(int code)
    {
        SessionController *c = m_window.controller();
        if (!c || c->engine().currentAttempt() < 0) {
            refuse(QStringLiteral("no answer open"));
            return;
        }
        const int attempt = c->engine().currentAttempt();
        const QList<AnswerSection> sections = answerSectionsFor(c->question(attempt),
                                                                c->answer(attempt));
        auto *edit = find<QPlainTextEdit>(AnswerEditor::editObjectName(sections.first().name));
        if (!edit)
            return;
        if (!edit->isVisible() || edit->isReadOnly()) {
            refuse(QStringLiteral("the editor takes no typing"));
            return;
        }
        QTest::keyClick(edit, char(code));
    }

    void grade(int score)
    {
        auto *spin = find<QSpinBox>(QStringLiteral("scoreSpin"));
        if (!spin)
            return;
        if (!spin->isVisible()) {
            refuse(QStringLiteral("no grade form"));
            return;
        }
        spin->setValue(score);
        click(QStringLiteral("saveGradeButton")) && ok();
    }

    void restore(const QString &path)
    {
        DataActions::setFileChooser(
            [path](const QString &, const QString &, const QString &, bool) { return path; });
        m_problem = false;
        m_notice.clear();
        DataActions::setNotifier([this](const QString &, const QString &text, bool isProblem) {
            m_problem = m_problem || isProblem;
            m_notice = text;
        });
        auto *action = find<QAction>(QStringLiteral("dataRestoreAction"));
        if (!action)
            return;
        action->trigger();
        if (m_problem)
            m_out << "problem " << m_notice << Qt::endl;
        else
            m_out << "restored" << Qt::endl;
    }

    MainWindow &m_window;
    QTextStream &m_out;
    bool m_problem = false;
    QString m_notice;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true); // never the person's real settings
    QTextStream out(stdout);
    if (argc < 2) {
        std::fprintf(stderr, "usage: soak_desktop_host DATA_DIR\n");
        return 1;
    }
    // As app/desktop/main.cpp does, in the same order.
    const QString dataDir = resolveDataDir(QString::fromLocal8Bit(argv[1]));
    const SystemClock clock;
    Database db(clock);
    db.setGradeReplay(gradeReplay());
    QString error;
    auto upgradeNotice = desktop::UpgradeNotice::showIfUpgrading(databasePath(dataDir));
    const bool opened = db.open(databasePath(dataDir), &error);
    upgradeNotice.reset();
    if (!opened) {
        out << "cannot-start " << QString(error).replace(QLatin1Char('\n'), QLatin1Char(' '))
            << Qt::endl;
        return 3;
    }
    if (!QuestionBank(db).installBuiltinPacks(&error))
        out << "packs-not-installed " << error << Qt::endl;

    // The answers a person gives to the program's questions (a restore asks first).
    Confirmation::setHandler([](const QString &, const QString &) { return true; });

    MainWindow window(db, &clock);
    window.show();
    Host host(window, out);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        pending.append(buffer, n);
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            host.run(line);
        }
    });
    out << "ready" << Qt::endl;
    return app.exec();
}
