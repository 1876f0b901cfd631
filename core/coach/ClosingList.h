#pragma once

#include <QList>
#include <QString>

namespace mockloop {

// "Your questions for the interviewer" as the person's list: each question with a note (why to
// ask it, what to listen for). Stored in the session's closing notes as a Markdown list, so
// reports and exports show it as written and older free-text notes still open:
//
//   - What does on-call look like for this team?
//     Listen for the rotation size and paging volume.
//   - How are incidents reviewed?
//
// Reading: "- " starts a question; the indented lines after it are its note. Any other
// non-empty line (free text from an older version) is a question of its own.
struct ClosingQuestion
{
    QString question;
    QString note;
    friend bool operator==(const ClosingQuestion &, const ClosingQuestion &) = default;
};

QList<ClosingQuestion> parseClosingList(const QString &notes);
// Questions with neither text nor note are left out.
QString closingListText(const QList<ClosingQuestion> &questions);

} // namespace mockloop
