// The closing questions list: read from and written to the session's closing notes.
#include "coach/ClosingList.h"

#include <QTest>

using namespace mockloop;

class TestClosingList : public QObject
{
    Q_OBJECT
private slots:
    void text_roundTripsQuestionsWithMultiLineNotes();
    void olderFreeText_eachLineIsAQuestion_nothingLost();
    void emptyQuestions_areLeftOut_lineBreaksInAQuestionJoin();
};

void TestClosingList::text_roundTripsQuestionsWithMultiLineNotes()
{
    const QList<ClosingQuestion> list = {{QStringLiteral("What does on-call look like?"),
                                          QStringLiteral("rotation size\npaging volume")},
                                         {QStringLiteral("How are incidents reviewed?"), QString()},
                                         {QStringLiteral("- a dash inside"),
                                          QStringLiteral("  indented note")}};
    const QString text = closingListText(list);
    QCOMPARE(text,
             QStringLiteral("- What does on-call look like?\n  rotation size\n  paging volume\n"
                            "- How are incidents reviewed?\n- - a dash inside\n  indented note"));
    QList<ClosingQuestion> expected = list;
    expected[2].note = QStringLiteral("indented note");
    QCOMPARE(parseClosingList(text), expected);
}

void TestClosingList::olderFreeText_eachLineIsAQuestion_nothingLost()
{
    const QString old = QStringLiteral(
        "What does on-call look like?\n\n  How are incidents reviewed?\n");
    QCOMPARE(parseClosingList(old),
             (QList<ClosingQuestion>{{QStringLiteral("What does on-call look like?"), QString()},
                                     {QStringLiteral("How are incidents reviewed?"), QString()}}));
    QCOMPARE(parseClosingList(QString()), QList<ClosingQuestion>());
}

void TestClosingList::emptyQuestions_areLeftOut_lineBreaksInAQuestionJoin()
{
    QCOMPARE(closingListText({{QString(), QString()}, {QStringLiteral("a\nb"), QString()}}),
             QStringLiteral("- a b"));
    // A note without its question is kept (the person may still be writing it).
    QCOMPARE(parseClosingList(closingListText({{QString(), QStringLiteral("why")}})),
             (QList<ClosingQuestion>{{QString(), QStringLiteral("why")}}));
}

QTEST_GUILESS_MAIN(TestClosingList)
#include "test_closing_list.moc"
