#pragma once

#include "questions/JsonIndex.h"
#include "questions/Question.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;
class QJsonValue;

namespace mockloop {

// One problem in a pack file, with where it is and which field it concerns.
struct PackProblem
{
    QString file;
    JsonPosition at;
    QString path; // JSON path, e.g. "questions[3].kind"; empty = the whole document
    QString message;

    // "file:line:column: field.path: what was expected" (docs/pack-format.md).
    QString toString() const;
};

// Checks a pack document against docs/pack-format.md and reads it. Every problem is reported,
// not only the first, each with its line, column and JSON path (JsonIndex supplies them). A
// pack of a newer format version is refused with one clear message. parsePack() and every
// importer go through here, so there is one set of rules.
class PackValidator
{
public:
    explicit PackValidator(const QString &fileName);

    // Reads bytes into *pack; returns true when there was no problem. On problems *pack holds
    // whatever could be read and must not be saved.
    bool validate(const QByteArray &bytes, Pack *pack);

    const QList<PackProblem> &problems() const { return m_problems; }
    QStringList messages() const;

    // Reads a pack file with the size limit applied before reading (a huge file is refused
    // without being loaded). Returns false with a message naming the file.
    static bool readFile(const QString &path, QByteArray *bytes, QString *error);

    // The rules of a pack question applied to one question made elsewhere (the question dialog
    // through QuestionBank::saveOwnQuestion): exactly the checks a pack file's question gets, so
    // an own question is always a valid pack question. Paths start at the question
    // ("keyPoints[1].terms[0]"); positions are empty (there is no file).
    static QList<PackProblem> checkQuestion(const Question &question);
    // The rules of a pack file applied to a pack made in memory (a Markdown or CSV/TSV list):
    // the same checks validate() makes after reading, without writing the pack as JSON and
    // reading it back. Paths are the file's ("questions[3].text"); positions are empty.
    static QList<PackProblem> checkPack(const Pack &pack);
    // A problem's field named for people: "key point 2, match term 1" for "keyPoints[1].terms[0]".
    static QString fieldDisplayName(const QString &path);

    static constexpr int kMaxTextLength = 4000; // question text, closing text
    static constexpr int kMaxLongText = 40000;  // guidance, outline
    static constexpr int kMaxIdLength = 200;

private:
    void problem(const QString &path, const QString &message);
    void problemAt(const QString &path, const QString &positionPath, const QString &message);
    bool object(const QJsonValue &value, const QString &path, QJsonObject *out);
    void unknownFields(const QJsonObject &o, const QString &path, const QStringList &known);
    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required,
                   int maxLength, bool allowEmpty = false);
    QString id(const QJsonObject &o, const QString &path, const QString &key);
    int integer(const QJsonObject &o, const QString &path, const QString &key, bool required,
                int fallback, int min, int max);
    QStringList strings(const QJsonObject &o, const QString &path, const QString &key);
    void readQuestion(const QJsonValue &value, const QString &path, Question *q);
    void readClosing(const QJsonValue &value, const QString &path, ClosingEntry *c);
    // A question's "pitfalls" (docs/pack-format.md); path is the question's.
    void readPitfalls(const QJsonObject &question, const QString &path, QList<Pitfall> *out);
    QString pitfallTerm(const QJsonValue &value, const QString &path);
    void checkMadeQuestion(const Question &question, const QString &path);
    void checkMadePitfalls(const QList<Pitfall> &pitfalls, const QString &path);
    // The value rules, shared by what a pack file holds and what a made question holds; each
    // returns true when it found no problem.
    bool checkString(const QString &s, const QString &path, const QString &key, int maxLength,
                     bool allowEmpty);
    void checkId(const QString &s, const QString &path, const QString &key);
    bool checkNumber(double d, const QString &path, const QString &key, int min, int max,
                     const QString &found = QString());
    void checkDifficulty(const QString &s, const QString &path);
    bool checkItem(const QString &s, const QString &listPath, qsizetype index);
    // A question id used a second time is a problem at the second place.
    void onceOnly(const QString &questionId, qsizetype index, const QString &path,
                  QHash<QString, qsizetype> *firstIndex);

    QString m_fileName;
    JsonIndex m_index;
    QList<PackProblem> m_problems;
};

} // namespace mockloop
