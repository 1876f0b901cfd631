#include "questions/PackValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace mockloop {

namespace {

// Messages about packs, translated in the "Pack" context.
class PackText
{
    Q_DECLARE_TR_FUNCTIONS(Pack)
};

QString found(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return PackText::tr("null");
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return PackText::tr("a number");
    case QJsonValue::String: return PackText::tr("a string");
    case QJsonValue::Array: return PackText::tr("an array");
    case QJsonValue::Object: return PackText::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return PackText::tr("nothing");
}

bool validId(const QString &id)
{
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
              || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &s : items)
        quoted.append(QLatin1Char('"') + s + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

// A question's fields with their rules, read from a pack file (readQuestion) and checked in a
// question made in memory (checkMadeQuestion): one table, so both apply the same rules.
struct TextField
{
    const char *key;
    QString Question::*member;
    bool required;
    int maxLength;
};
const TextField kTextFields[] = {
    {"text", &Question::text, true, PackValidator::kMaxTextLength},
    {"guidance", &Question::guidance, false, PackValidator::kMaxLongText},
    {"outline", &Question::outline, false, PackValidator::kMaxLongText},
};

struct ListField
{
    const char *key;
    QStringList Question::*member;
};
const ListField kListFields[] = {
    {"tracks", &Question::tracks},
    {"tags", &Question::tags},
    {"followUps", &Question::followUps},
    {"competencies", &Question::competencies},
};

struct NumberField
{
    const char *key;
    int Question::*member;
    int fallback;
    int min;
    int max;
};
const NumberField kNumberFields[] = {
    {"version", &Question::version, 1, 1, 1'000'000},
    {"prepSeconds", &Question::prepSeconds, 60, 0, 3600},
    {"answerSeconds", &Question::answerSeconds, 240, 1, 4 * 3600},
};

} // namespace

QString PackProblem::toString() const
{
    // A path hundreds of levels deep says no more than its two ends.
    const QString shown = path.size() > 100 ? path.left(40) + QStringLiteral("…") + path.right(40)
                                            : path;
    return PackText::tr("%1:%2:%3: %4: %5")
        .arg(file)
        .arg(at.line)
        .arg(at.column)
        .arg(shown.isEmpty() ? PackText::tr("(top level)") : shown, message);
}

PackValidator::PackValidator(const QString &fileName)
    : m_fileName(fileName)
{
}

QStringList PackValidator::messages() const
{
    QStringList out;
    for (const PackProblem &p : m_problems)
        out.append(p.toString());
    return out;
}

bool PackValidator::readFile(const QString &path, QByteArray *bytes, QString *error)
{
    const JsonIndex::Limits limits;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = PackText::tr("%1: cannot read: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > limits.maxBytes) {
        *error = PackText::tr("%1: the file is larger than %2 MiB")
                     .arg(path)
                     .arg(limits.maxBytes / (1024 * 1024));
        return false;
    }
    // Read one byte past the limit: a file that grows or lies about its size is still caught.
    *bytes = file.read(limits.maxBytes + 1);
    if (bytes->size() > limits.maxBytes) {
        *error = PackText::tr("%1: the file is larger than %2 MiB")
                     .arg(path)
                     .arg(limits.maxBytes / (1024 * 1024));
        return false;
    }
    return true;
}

void PackValidator::problem(const QString &path, const QString &message)
{
    problemAt(path, path, message);
}

void PackValidator::problemAt(const QString &path, const QString &positionPath, const QString &message)
{
    m_problems.append({m_fileName, m_index.position(positionPath), path, message});
}

bool PackValidator::object(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject()) {
        problem(path, PackText::tr("expected an object, found %1").arg(found(value)));
        return false;
    }
    *out = value.toObject();
    return true;
}

void PackValidator::unknownFields(const QJsonObject &o, const QString &path, const QStringList &known)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            problem(JsonIndex::child(path, it.key()),
                    PackText::tr("unknown field; expected one of %1").arg(quotedList(known)));
    }
}

bool PackValidator::checkString(const QString &s, const QString &path, const QString &key,
                                int maxLength, bool allowEmpty)
{
    // The path is spelled out only for a problem: most fields have none.
    const qsizetype before = m_problems.size();
    if (s.contains(QChar(u'\0'))) // a pack file cannot hold one (JsonIndex), nor may a made question
        problem(JsonIndex::child(path, key),
                QCoreApplication::translate("Json", "the NUL character (U+0000) is not allowed"));
    if (!allowEmpty && s.trimmed().isEmpty())
        problem(JsonIndex::child(path, key), PackText::tr("expected a non-empty string"));
    else if (s.size() > maxLength)
        problem(JsonIndex::child(path, key),
                PackText::tr("expected at most %1 characters, found %2").arg(maxLength).arg(s.size()));
    return m_problems.size() == before;
}

void PackValidator::checkId(const QString &s, const QString &path, const QString &key)
{
    checkString(s, path, key, kMaxIdLength, false);
    if (!s.trimmed().isEmpty() && !validId(s))
        problem(JsonIndex::child(path, key),
                PackText::tr("expected an id of letters, digits, \".\", \"-\" and \"_\", found \"%1\"")
                    .arg(s.left(80)));
}

bool PackValidator::checkNumber(double d, const QString &path, const QString &key, int min, int max,
                                const QString &found)
{
    if (d == std::floor(d) && d >= min && d <= max)
        return true;
    problem(JsonIndex::child(path, key),
            PackText::tr("expected a whole number from %1 to %2, found %3")
                .arg(min)
                .arg(max)
                .arg(found.isEmpty() ? QString::number(d) : found));
    return false;
}

void PackValidator::checkDifficulty(const QString &s, const QString &path)
{
    const QString key = QStringLiteral("difficulty");
    checkString(s, path, key, kMaxIdLength, true);
    if (!s.isEmpty() && !kDifficultyKeys.contains(s))
        problem(JsonIndex::child(path, key), PackText::tr("expected one of %1, found \"%2\"")
                                                 .arg(quotedList(kDifficultyKeys), s.left(80)));
}

QString PackValidator::string(const QJsonObject &o, const QString &path, const QString &key,
                              bool required, int maxLength, bool allowEmpty)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(JsonIndex::child(path, key),
                    PackText::tr("missing; expected a non-empty string"));
        return QString();
    }
    if (!v.isString()) {
        problem(JsonIndex::child(path, key),
                PackText::tr("expected a string, found %1").arg(found(v)));
        return QString();
    }
    const QString s = v.toString();
    checkString(s, path, key, maxLength, allowEmpty);
    return s;
}

QString PackValidator::id(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        problem(JsonIndex::child(path, key), PackText::tr("missing; expected a non-empty string"));
        return QString();
    }
    if (!v.isString()) {
        problem(JsonIndex::child(path, key),
                PackText::tr("expected a string, found %1").arg(found(v)));
        return QString();
    }
    const QString s = v.toString();
    checkId(s, path, key);
    return s;
}

int PackValidator::integer(const QJsonObject &o, const QString &path, const QString &key,
                           bool required, int fallback, int min, int max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(JsonIndex::child(path, key),
                    PackText::tr("missing; expected a whole number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    if (!v.isDouble()) {
        checkNumber(std::nan(""), path, key, min, max, found(v));
        return fallback;
    }
    const double d = v.toDouble();
    return checkNumber(d, path, key, min, max) ? int(d) : fallback;
}

QStringList PackValidator::strings(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    QStringList out;
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        problem(JsonIndex::child(path, key),
                PackText::tr("expected an array of strings, found %1").arg(found(v)));
        return out;
    }
    const QString at = JsonIndex::child(path, key);
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            problem(JsonIndex::child(at, i),
                    PackText::tr("expected a non-empty string, found %1").arg(found(item)));
            continue;
        }
        if (checkItem(item.toString(), at, i))
            out.append(item.toString());
    }
    return out;
}

bool PackValidator::checkItem(const QString &s, const QString &listPath, qsizetype index)
{
    // Items are named by their index: the check builds "tags[2]" only for a problem.
    const qsizetype before = m_problems.size();
    auto at = [&] { return JsonIndex::child(listPath, index); };
    if (s.contains(QChar(u'\0')))
        problem(at(),
                QCoreApplication::translate("Json", "the NUL character (U+0000) is not allowed"));
    if (s.trimmed().isEmpty())
        problem(at(), PackText::tr("expected a non-empty string"));
    else if (s.size() > kMaxTextLength)
        problem(at(), PackText::tr("expected at most %1 characters, found %2")
                          .arg(kMaxTextLength)
                          .arg(s.size()));
    return m_problems.size() == before;
}

void PackValidator::readQuestion(const QJsonValue &value, const QString &path, Question *q)
{
    QJsonObject o;
    if (!object(value, path, &o))
        return;
    static const QStringList known = {
        QStringLiteral("id"),        QStringLiteral("version"),     QStringLiteral("kind"),
        QStringLiteral("text"),      QStringLiteral("difficulty"),  QStringLiteral("tracks"),
        QStringLiteral("tags"),      QStringLiteral("prepSeconds"), QStringLiteral("answerSeconds"),
        QStringLiteral("guidance"),  QStringLiteral("keyPoints"),   QStringLiteral("outline"),
        QStringLiteral("followUps"), QStringLiteral("competencies")};
    static const QStringList knownWithPitfalls = known + QStringList{QStringLiteral("pitfalls")};
    unknownFields(o, path, knownWithPitfalls);
    q->id = id(o, path, QStringLiteral("id"));
    for (const NumberField &f : kNumberFields)
        q->*f.member = integer(o, path, QLatin1String(f.key), false, f.fallback, f.min, f.max);
    const QString kindAt = JsonIndex::child(path, QStringLiteral("kind"));
    const QJsonValue kind = o.value(QStringLiteral("kind"));
    QStringList kinds;
    for (RoundKind k : kAllRoundKinds)
        kinds.append(toKey(k));
    if (kind.isUndefined())
        problem(kindAt, PackText::tr("missing; expected one of %1").arg(quotedList(kinds)));
    else if (const auto k = roundKindFromKey(kind.toString()); k && kind.isString())
        q->kind = *k;
    else
        problem(kindAt, PackText::tr("expected one of %1, found %2")
                            .arg(quotedList(kinds),
                                 kind.isString()
                                     ? QLatin1Char('"') + kind.toString().left(80) + QLatin1Char('"')
                                     : found(kind)));
    for (const TextField &f : kTextFields)
        q->*f.member = string(o, path, QLatin1String(f.key), f.required, f.maxLength, !f.required);
    const QJsonValue difficulty = o.value(QStringLiteral("difficulty"));
    if (!difficulty.isUndefined() && !difficulty.isString())
        problem(JsonIndex::child(path, QStringLiteral("difficulty")),
                PackText::tr("expected a string, found %1").arg(found(difficulty)));
    else if (!difficulty.isUndefined())
        checkDifficulty(q->difficulty = difficulty.toString(), path);
    for (const ListField &f : kListFields)
        q->*f.member = strings(o, path, QLatin1String(f.key));
    readPitfalls(o, path, &q->pitfalls);
    const QString kpAt = JsonIndex::child(path, QStringLiteral("keyPoints"));
    const QJsonValue kps = o.value(QStringLiteral("keyPoints"));
    if (!kps.isUndefined() && !kps.isArray()) {
        problem(kpAt, PackText::tr("expected an array of key points, found %1").arg(found(kps)));
        return;
    }
    const QJsonArray array = kps.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = JsonIndex::child(kpAt, i);
        QJsonObject kp;
        if (!object(array.at(i), at, &kp))
            continue;
        unknownFields(kp, at, {QStringLiteral("text"), QStringLiteral("terms")});
        q->keyPoints.append({string(kp, at, QStringLiteral("text"), true, kMaxTextLength),
                             strings(kp, at, QStringLiteral("terms"))});
    }
}

void PackValidator::readClosing(const QJsonValue &value, const QString &path, ClosingEntry *c)
{
    QJsonObject o;
    if (!object(value, path, &o))
        return;
    unknownFields(o, path, {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("why")});
    c->id = id(o, path, QStringLiteral("id"));
    c->text = string(o, path, QStringLiteral("text"), true, kMaxTextLength);
    c->why = string(o, path, QStringLiteral("why"), false, kMaxLongText, true);
}

void PackValidator::readPitfalls(const QJsonObject &question, const QString &path, QList<Pitfall> *out)
{
    const QJsonValue v = question.value(QStringLiteral("pitfalls"));
    if (v.isUndefined())
        return;
    const QString listAt = JsonIndex::child(path, QStringLiteral("pitfalls"));
    if (!v.isArray()) {
        problem(listAt, PackText::tr("expected an array of pitfalls, found %1").arg(found(v)));
        return;
    }
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = JsonIndex::child(listAt, i);
        QJsonObject o;
        if (!object(array.at(i), at, &o))
            continue;
        unknownFields(o, at,
                      {QStringLiteral("text"), QStringLiteral("terms"), QStringLiteral("correction")});
        Pitfall p;
        p.text = string(o, at, QStringLiteral("text"), true, kMaxTextLength);
        const QString termsAt = JsonIndex::child(at, QStringLiteral("terms"));
        const QJsonValue terms = o.value(QStringLiteral("terms"));
        if (terms.isUndefined()) {
            problem(termsAt, PackText::tr("missing; expected an array of match terms"));
        } else if (!terms.isArray()) {
            problem(termsAt,
                    PackText::tr("expected an array of match terms, found %1").arg(found(terms)));
        } else if (terms.toArray().isEmpty()) {
            problem(termsAt, PackText::tr("expected at least one match term"));
        } else {
            const QJsonArray items = terms.toArray();
            for (qsizetype t = 0; t < items.size(); ++t) {
                const QString termAt = JsonIndex::child(termsAt, t);
                const QJsonValue item = items.at(t);
                QStringList alternatives;
                if (item.isArray()) {
                    const QJsonArray alts = item.toArray();
                    if (alts.isEmpty())
                        problem(termAt, PackText::tr("expected at least one alternative"));
                    for (qsizetype a = 0; a < alts.size(); ++a) {
                        const QString term = pitfallTerm(alts.at(a), JsonIndex::child(termAt, a));
                        if (!term.isEmpty())
                            alternatives.append(term);
                    }
                } else if (item.isString()) {
                    const QString term = pitfallTerm(item, termAt);
                    if (!term.isEmpty())
                        alternatives.append(term);
                } else {
                    problem(termAt, PackText::tr("expected a string or an array of strings, found %1")
                                        .arg(found(item)));
                }
                if (!alternatives.isEmpty())
                    p.terms.append(alternatives);
            }
        }
        p.correction = string(o, at, QStringLiteral("correction"), true, kMaxTextLength);
        out->append(p);
    }
}

// One match term of a pitfall: a non-empty string with a letter or a digit (a term of only
// symbols matches nothing, so the pitfall could never be found); empty on a problem.
QString PackValidator::pitfallTerm(const QJsonValue &value, const QString &path)
{
    if (!value.isString()) {
        problem(path, PackText::tr("expected a non-empty string, found %1").arg(found(value)));
        return QString();
    }
    const QString term = value.toString();
    if (term.trimmed().isEmpty()) {
        problem(path, PackText::tr("expected a non-empty string"));
        return QString();
    }
    if (term.size() > kMaxTextLength) {
        problem(path, PackText::tr("expected at most %1 characters, found %2")
                          .arg(kMaxTextLength)
                          .arg(term.size()));
        return QString();
    }
    if (std::none_of(term.cbegin(), term.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
        problem(path, PackText::tr("expected a term with a letter or a digit, found \"%1\"")
                          .arg(term.left(80)));
        return QString();
    }
    return term;
}

void PackValidator::checkMadeQuestion(const Question &question, const QString &path)
{
    // The checks readQuestion makes of what it read, on the fields directly (a made question
    // has no wrong types or unknown fields). A new question gets its id on saving.
    if (!question.id.isEmpty())
        checkId(question.id, path, QStringLiteral("id"));
    for (const NumberField &f : kNumberFields)
        checkNumber(question.*f.member, path, QLatin1String(f.key), f.min, f.max);
    for (const TextField &f : kTextFields)
        checkString(question.*f.member, path, QLatin1String(f.key), f.maxLength, !f.required);
    checkDifficulty(question.difficulty, path);
    for (const ListField &f : kListFields) {
        const QStringList &items = question.*f.member;
        for (qsizetype i = 0; i < items.size(); ++i)
            checkItem(items.at(i), JsonIndex::child(path, QLatin1String(f.key)), i);
    }
    for (qsizetype i = 0; i < question.keyPoints.size(); ++i) {
        const QString at = JsonIndex::child(JsonIndex::child(path, QStringLiteral("keyPoints")), i);
        const KeyPoint &kp = question.keyPoints.at(i);
        checkString(kp.text, at, QStringLiteral("text"), kMaxTextLength, false);
        for (qsizetype t = 0; t < kp.terms.size(); ++t)
            checkItem(kp.terms.at(t), JsonIndex::child(at, QStringLiteral("terms")), t);
    }
    checkMadePitfalls(question.pitfalls, path);
}

void PackValidator::checkMadePitfalls(const QList<Pitfall> &pitfalls, const QString &path)
{
    // readPitfalls' rules on the fields directly, at the paths the written pack would have: a
    // term with one alternative is written as a string ("terms[1]"), several as an array
    // ("terms[1][0]").
    for (qsizetype i = 0; i < pitfalls.size(); ++i) {
        const QString at = JsonIndex::child(JsonIndex::child(path, QStringLiteral("pitfalls")), i);
        const Pitfall &p = pitfalls.at(i);
        checkString(p.text, at, QStringLiteral("text"), kMaxTextLength, false);
        const QString termsAt = JsonIndex::child(at, QStringLiteral("terms"));
        if (p.terms.isEmpty())
            problem(termsAt, PackText::tr("expected at least one match term"));
        for (qsizetype t = 0; t < p.terms.size(); ++t) {
            const QStringList &alternatives = p.terms.at(t);
            if (alternatives.isEmpty())
                problem(JsonIndex::child(termsAt, t),
                        PackText::tr("expected at least one alternative"));
            for (qsizetype a = 0; a < alternatives.size(); ++a) {
                const QString listAt = alternatives.size() == 1 ? termsAt
                                                                : JsonIndex::child(termsAt, t);
                const qsizetype index = alternatives.size() == 1 ? t : a;
                const QString &term = alternatives.at(a);
                if (checkItem(term, listAt, index)
                    && std::none_of(term.cbegin(), term.cend(),
                                    [](QChar c) { return c.isLetterOrNumber(); }))
                    problem(JsonIndex::child(listAt, index),
                            PackText::tr("expected a term with a letter or a digit, found \"%1\"")
                                .arg(term.left(80)));
            }
        }
        checkString(p.correction, at, QStringLiteral("correction"), kMaxTextLength, false);
    }
}

void PackValidator::onceOnly(const QString &questionId, qsizetype index, const QString &path,
                             QHash<QString, qsizetype> *firstIndex)
{
    if (questionId.isEmpty())
        return;
    if (const auto first = firstIndex->constFind(questionId); first != firstIndex->cend())
        problem(
            JsonIndex::child(path, QStringLiteral("id")),
            PackText::tr("\"%1\" is used twice (first at questions[%2])").arg(questionId).arg(*first));
    else
        firstIndex->insert(questionId, index);
}

QList<PackProblem> PackValidator::checkQuestion(const Question &question)
{
    PackValidator validator(QString{});
    validator.checkMadeQuestion(question, QString());
    return validator.m_problems;
}

QList<PackProblem> PackValidator::checkPack(const Pack &pack)
{
    PackValidator validator(QString{});
    QJsonObject root;
    root.insert(QStringLiteral("id"), pack.id);
    root.insert(QStringLiteral("name"), pack.name);
    root.insert(QStringLiteral("version"), pack.version);
    validator.id(root, QString(), QStringLiteral("id"));
    validator.string(root, QString(), QStringLiteral("name"), true, kMaxTextLength);
    validator.integer(root, QString(), QStringLiteral("version"), true, 1, 1, 1'000'000);
    QHash<QString, qsizetype> firstIndex;
    for (qsizetype i = 0; i < pack.questions.size(); ++i) {
        const QString at = JsonIndex::child(QStringLiteral("questions"), i);
        const Question &q = pack.questions.at(i);
        validator.checkMadeQuestion(q, at);
        validator.onceOnly(q.id, i, at, &firstIndex);
    }
    for (qsizetype i = 0; i < pack.closing.size(); ++i) {
        const QString at = JsonIndex::child(QStringLiteral("closing"), i);
        const ClosingEntry &c = pack.closing.at(i);
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("text"), c.text);
        if (!c.why.isEmpty())
            o.insert(QStringLiteral("why"), c.why);
        ClosingEntry read;
        validator.readClosing(o, at, &read);
    }
    if (pack.questions.isEmpty() && pack.closing.isEmpty())
        validator.problem(QStringLiteral("questions"),
                          PackText::tr("expected at least one question"));
    return validator.m_problems;
}

QString PackValidator::fieldDisplayName(const QString &path)
{
    static const QRegularExpression part(QStringLiteral("([A-Za-z]+)(?:\\[(\\d+)\\])?"));
    QStringList names;
    for (auto it = part.globalMatch(path); it.hasNext();) {
        const auto m = it.next();
        const QString key = m.captured(1);
        const int n = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt() + 1;
        QString name;
        if (key == QLatin1String("text"))
            name = names.isEmpty() ? PackText::tr("question") : PackText::tr("text");
        else if (key == QLatin1String("keyPoints"))
            name = PackText::tr("key point %1").arg(n);
        else if (key == QLatin1String("terms"))
            name = PackText::tr("match term %1").arg(n);
        else if (key == QLatin1String("followUps"))
            name = PackText::tr("follow-up %1").arg(n);
        else if (key == QLatin1String("outline"))
            name = PackText::tr("outline");
        else if (key == QLatin1String("guidance"))
            name = PackText::tr("how to answer");
        else if (key == QLatin1String("tags"))
            name = PackText::tr("tag %1").arg(n);
        else if (key == QLatin1String("pitfalls"))
            name = PackText::tr("pitfall %1").arg(n);
        else if (key == QLatin1String("correction"))
            name = PackText::tr("correction");
        else
            name = n > 0 ? QStringLiteral("%1 %2").arg(key).arg(n) : key;
        names << name;
    }
    return names.join(QStringLiteral(", "));
}

bool PackValidator::validate(const QByteArray &bytes, Pack *pack)
{
    m_problems.clear();
    m_index.parse(bytes);
    for (const JsonProblem &p : m_index.problems())
        m_problems.append({m_fileName, p.at, p.path, p.message});
    if (!m_index.syntaxOk())
        return false;

    QJsonObject root;
    if (!object(m_index.root(), QString(), &root))
        return false;

    // A newer format may mean anything: say so and check nothing else.
    const QJsonValue formatVersion = root.value(QStringLiteral("formatVersion"));
    if (formatVersion.isDouble() && formatVersion.toDouble() > kPackFormatVersion) {
        problem(QStringLiteral("formatVersion"),
                PackText::tr("this pack needs a newer MockLoop (format %1, this version reads up to %2)")
                    .arg(formatVersion.toDouble())
                    .arg(kPackFormatVersion));
        return false;
    }
    unknownFields(root, QString(),
                  {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("id"),
                   QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("questions"),
                   QStringLiteral("closing")});
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        problem(QStringLiteral("format"), PackText::tr("missing; expected \"mockloop-pack\""));
    else if (format.toString() != QLatin1String("mockloop-pack"))
        problem(QStringLiteral("format"),
                PackText::tr("expected \"mockloop-pack\", found %1")
                    .arg(format.isString()
                             ? QLatin1Char('"') + format.toString().left(80) + QLatin1Char('"')
                             : found(format)));
    integer(root, QString(), QStringLiteral("formatVersion"), true, 1, 1, kPackFormatVersion);
    pack->id = id(root, QString(), QStringLiteral("id"));
    pack->name = string(root, QString(), QStringLiteral("name"), true, kMaxTextLength);
    pack->version = integer(root, QString(), QStringLiteral("version"), true, 1, 1, 1'000'000);

    QHash<QString, qsizetype> firstIndex;
    auto list = [&](const QString &key) {
        const QJsonValue v = root.value(key);
        if (!v.isUndefined() && !v.isArray())
            problem(key, PackText::tr("expected an array, found %1").arg(found(v)));
        return v.toArray();
    };
    const QJsonArray questions = list(QStringLiteral("questions"));
    pack->questions.clear();
    pack->questions.reserve(questions.size());
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString at = JsonIndex::child(QStringLiteral("questions"), i);
        Question q;
        readQuestion(questions.at(i), at, &q);
        q.packId = pack->id;
        onceOnly(q.id, i, at, &firstIndex);
        pack->questions.append(q);
    }
    const QJsonArray closing = list(QStringLiteral("closing"));
    QSet<QString> closingIds;
    pack->closing.clear();
    for (qsizetype i = 0; i < closing.size(); ++i) {
        const QString at = JsonIndex::child(QStringLiteral("closing"), i);
        ClosingEntry c;
        readClosing(closing.at(i), at, &c);
        if (!c.id.isEmpty() && closingIds.contains(c.id))
            problem(JsonIndex::child(at, QStringLiteral("id")),
                    PackText::tr("\"%1\" is used twice").arg(c.id));
        closingIds.insert(c.id);
        pack->closing.append(c);
    }
    if (questions.isEmpty() && closing.isEmpty() && m_problems.isEmpty())
        problem(QStringLiteral("questions"), PackText::tr("expected at least one question"));
    // In file order, the way an editor's problem list reads.
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const PackProblem &a, const PackProblem &b) {
                         return std::pair(a.at.line, a.at.column) < std::pair(b.at.line, b.at.column);
                     });
    return m_problems.isEmpty();
}

} // namespace mockloop
