// The round kind of an imported category by its heading and by its questions' wording, and the
// reason the preview shows for it: each wording rule with questions it must take and questions
// it must leave alone, the heading that wins, the neutral heading that lets the wording decide.
#include "questions/KindGuess.h"

#include <QRegularExpression>
#include <QTest>

using namespace mockloop;

Q_DECLARE_METATYPE(mockloop::RoundKind)

class TestKindGuess : public QObject
{
    Q_OBJECT
private slots:
    // A reason built with a missing or extra argument warns (QString::arg): fail on it.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("."))); }
    void kindOfQuestion_eachRule_data();
    void kindOfQuestion_eachRule();
    void kindOfQuestion_namesThePhraseThatMatched();
    void kindOfHeading_namesAKindOrNone_data();
    void kindOfHeading_namesAKindOrNone();
    void guess_headingNamingAKind_winsOverTheWording();
    void guess_neutralHeading_letsTheWordingDecideByMajority();
    void guess_nothingSaysOtherwise_isTechnicalAndSaysSo();
    void guess_aTie_goesToTechnical();
};

void TestKindGuess::kindOfQuestion_eachRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<RoundKind>("kind");
    auto row = [](const char *text, std::optional<RoundKind> kind) {
        QTest::newRow(text) << QString::fromUtf8(text) << kind.has_value()
                            << kind.value_or(RoundKind::Technical);
    };
    // STAR phrasing: behavioral.
    row("Tell me about a time you disagreed with a teammate.", RoundKind::Behavioral);
    row("Describe a time you disagreed with your manager.", RoundKind::Behavioral);
    row("Describe a situation where you had to learn a tool quickly.", RoundKind::Behavioral);
    row("Give an example of when you missed a deadline.", RoundKind::Behavioral);
    row("Think of a time when a release went wrong. What happened?", RoundKind::Behavioral);
    row("How did you handle a production outage at night?", RoundKind::Behavioral);
    row("What did you do when the requirements changed late?", RoundKind::Behavioral);
    row("Have you ever disagreed with a code review?", RoundKind::Behavioral);
    row("Tell me about a time your project slipped.", RoundKind::Behavioral); // STAR first
    // … and what only looks like it: technical.
    row("Describe a hash map.", std::nullopt);
    row("Describe a situation where a hash map is slow.", std::nullopt);
    row("Give an example of a hash function.", std::nullopt);
    row("What is the time complexity of quicksort?", std::nullopt);
    row("How did the CAP theorem change database design?", std::nullopt);
    // Designing a system.
    row("Design a rate limiter for a public API.", RoundKind::SystemDesign);
    row("How would you design a job queue that survives a worker crash?", RoundKind::SystemDesign);
    row("Let's design an URL shortener together.", RoundKind::SystemDesign);
    row("How would you architect a chat service?", RoundKind::SystemDesign);
    row("How would you scale a read-heavy service?", RoundKind::SystemDesign);
    row("Your service must scale to a million users: what changes?", RoundKind::SystemDesign);
    row("What is the architecture for a CDN?", RoundKind::SystemDesign);
    row("What design patterns do you use most?", std::nullopt);
    row("Explain the observer design pattern.", std::nullopt);
    row("What does the scale of a DECIMAL column mean?", std::nullopt);
    // One's own work: project.
    row("Walk me through the project you are proudest of.", RoundKind::Project);
    row("What was your role in your last team?", RoundKind::Project);
    row("Walk me through something you built from scratch.", RoundKind::Project);
    row("Which trade-offs did you make in your side project?", RoundKind::Project);
    row("Tell me about a system you have designed.", RoundKind::Project);
    row("What is a project in Maven?", std::nullopt);
    row("What is the role of a load balancer?", std::nullopt);
    row("Walk me through how TCP opens a connection.", std::nullopt);
    // Values and motivation: cultural fit.
    row("Why do you want to work here?", RoundKind::CulturalFit);
    row("Why this company and not another?", RoundKind::CulturalFit);
    row("What motivates you at work?", RoundKind::CulturalFit);
    row("Where do you see yourself in five years?", RoundKind::CulturalFit);
    row("What is your greatest weakness?", RoundKind::CulturalFit);
    row("What are your strengths?", RoundKind::CulturalFit);
    row("Describe your ideal team.", RoundKind::CulturalFit);
    row("What kind of work environment suits you?", RoundKind::CulturalFit);
    row("What do you value in a manager?", RoundKind::CulturalFit);
    row("Tell me about yourself", RoundKind::CulturalFit);
    row("What are the strengths of a document store?", std::nullopt);
    row("Why do you want an index on a foreign key?", std::nullopt);
    row("What motivates the use of a write-ahead log?", std::nullopt);
}

void TestKindGuess::kindOfQuestion_eachRule()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QFETCH(RoundKind, kind);
    const auto m = kindOfQuestion(text);
    QCOMPARE(m.has_value(), matches);
    if (m) {
        QCOMPARE(m->kind, kind);
        QVERIFY2(text.toLower().contains(m->phrase), qPrintable(m->phrase));
    }
}

void TestKindGuess::kindOfQuestion_namesThePhraseThatMatched()
{
    QCOMPARE(kindOfQuestion(QStringLiteral("Tell me about a time you failed."))->phrase,
             QStringLiteral("tell me about a time"));
    QCOMPARE(kindOfQuestion(QStringLiteral("Design a URL shortener."))->phrase,
             QStringLiteral("design a"));
    QCOMPARE(kindOfQuestion(QStringLiteral("Why  do you want to  work here?"))->phrase,
             QStringLiteral("why do you want to work")); // spaces as one, lower case
    QCOMPARE(kindOfQuestion(QStringLiteral("What’s your role in the team?"))->phrase,
             QStringLiteral("your role in"));
}

void TestKindGuess::kindOfHeading_namesAKindOrNone_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("names");
    QTest::addColumn<RoundKind>("kind");
    auto row = [](const char *heading, std::optional<RoundKind> kind) {
        QTest::newRow(*heading ? heading : "(empty)")
            << QString::fromUtf8(heading) << kind.has_value() << kind.value_or(RoundKind::Technical);
    };
    row("Behavioral", RoundKind::Behavioral);
    row("Behavioural questions", RoundKind::Behavioral);
    row("STAR stories", RoundKind::Behavioral);
    row("System Design", RoundKind::SystemDesign);
    row("Projects", RoundKind::Project);
    row("Culture", RoundKind::CulturalFit);
    row("HR", RoundKind::CulturalFit);
    row("Design patterns", RoundKind::Technical);
    row("Databases", RoundKind::Technical);
    // The headings the Markdown export writes read back as their kinds.
    row("Technical", RoundKind::Technical);
    row("Cultural fit", RoundKind::CulturalFit);
    row("Project", RoundKind::Project);
    // Neutral: the wording decides.
    row("", std::nullopt);
    row("General", std::nullopt);
    row("Interview questions", std::nullopt);
    row("Why do you want to work here?", std::nullopt);
    row("Tell me about a conflict you resolved", std::nullopt);
}

void TestKindGuess::kindOfHeading_namesAKindOrNone()
{
    QFETCH(QString, heading);
    QFETCH(bool, names);
    QFETCH(RoundKind, kind);
    const auto m = kindOfHeading(heading);
    QCOMPARE(m.has_value(), names);
    if (m)
        QCOMPARE(m->kind, kind);
}

void TestKindGuess::guess_headingNamingAKind_winsOverTheWording()
{
    const KindGuess g = guessRoundKind(QStringLiteral("Behavioral"),
                                       {QStringLiteral("Design a rate limiter."),
                                        QStringLiteral("Design a job queue.")});
    QCOMPARE(g.kind, RoundKind::Behavioral);
    QCOMPARE(g.reason, QStringLiteral("the heading says “Behavioral”"));
    // "Design patterns" is a technical topic, whatever its questions say.
    QCOMPARE(guessRoundKind(QStringLiteral("Design patterns"),
                            {QStringLiteral("Design a plugin system with the strategy pattern.")})
                 .kind,
             RoundKind::Technical);
}

void TestKindGuess::guess_neutralHeading_letsTheWordingDecideByMajority()
{
    KindGuess g = guessRoundKind(QStringLiteral("General"),
                                 {QStringLiteral("Tell me about a time you disagreed with a teammate."),
                                  QStringLiteral("Describe a time you missed a deadline."),
                                  QStringLiteral("How did you handle a production outage?"),
                                  QStringLiteral("What is a B-tree?")});
    QCOMPARE(g.kind, RoundKind::Behavioral);
    QCOMPARE(g.reason, QStringLiteral("3 of 4 questions ask for a time when something happened "
                                      "(“tell me about a time”)"));

    g = guessRoundKind(QStringLiteral("Interview questions"),
                       {QStringLiteral("Design a URL shortener."),
                        QStringLiteral("How would you design a news feed?"),
                        QStringLiteral("What is a mutex?")});
    QCOMPARE(g.kind, RoundKind::SystemDesign);
    QCOMPARE(g.reason, QStringLiteral("2 of 3 questions ask to design a system (“design a”)"));

    g = guessRoundKind(QString(), {QStringLiteral("What was your role in your last project?"),
                                   QStringLiteral("Walk me through something you built.")});
    QCOMPARE(g.kind, RoundKind::Project);
    QCOMPARE(g.reason,
             QStringLiteral("2 of 2 questions ask about your own work (“what was your role”)"));

    // One question: said of the question, not "1 of 1".
    g = guessRoundKind(QStringLiteral("Why do you want to work here?"),
                       {QStringLiteral("Why do you want to work here?")});
    QCOMPARE(g.kind, RoundKind::CulturalFit);
    QCOMPARE(g.reason, QStringLiteral("the question asks about your values or motivation "
                                      "(“why do you want to work”)"));

    // The majority is technical although one question is not.
    g = guessRoundKind(QStringLiteral("General"),
                       {QStringLiteral("What is a B-tree?"), QStringLiteral("What is a heap?"),
                        QStringLiteral("Tell me about yourself")});
    QCOMPARE(g.kind, RoundKind::Technical);
    QCOMPARE(g.reason, QStringLiteral("2 of 3 questions read as no other kind: technical"));
}

void TestKindGuess::guess_nothingSaysOtherwise_isTechnicalAndSaysSo()
{
    for (const QStringList &texts :
         {QStringList{}, QStringList{QStringLiteral("Describe a hash map.")},
          QStringList{QStringLiteral("What is a heap?"), QStringLiteral("Compare TCP and UDP.")}}) {
        const KindGuess g = guessRoundKind(QStringLiteral("Interview questions"), texts);
        QCOMPARE(g.kind, RoundKind::Technical);
        QCOMPARE(g.reason, QStringLiteral("no heading or wording says otherwise: technical"));
    }
}

void TestKindGuess::guess_aTie_goesToTechnical()
{
    const KindGuess g = guessRoundKind(QStringLiteral("General"),
                                       {QStringLiteral("What is a heap?"),
                                        QStringLiteral("Design a chat service.")});
    QCOMPARE(g.kind, RoundKind::Technical);
    QCOMPARE(g.reason, QStringLiteral("1 of 2 questions reads as no other kind: technical"));
}

QTEST_GUILESS_MAIN(TestKindGuess)
#include "test_kind_guess.moc"
