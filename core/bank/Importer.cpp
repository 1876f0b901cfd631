#include "bank/Importer.h"

#include "bank/QuestionBank.h"
#include "base/Clock.h"
#include "questions/JsonIndex.h"
#include "questions/KindGuess.h"
#include "questions/MarkdownQuestions.h"
#include "questions/PackValidator.h"
#include "questions/TextDecode.h"
#include "storage/Database.h"
#include "storage/ImportSourceStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace mockloop {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool isMarkdownName(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"txt")
        return true;
    if (suffix == u"json")
        return false;
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c != '{' && c != '[';
    }
    return false;
}

// A question read from a list (Markdown or CSV/TSV) before it becomes a pack question.
struct ListQuestion
{
    Question question; // text, follow-ups, notes, outline, extra tags, kind
    QString category;  // empty: the pack's name
    int line = 0;
    int column = 0; // 0: the format names lines only
};

// What the Markdown and the CSV/TSV branches share: the pack id and name from the file, the
// question ids, categories and tags, and the pack rules of PackValidator told by the file's
// line (and column).
void fillFromList(ImportPreview &p, const QList<ListQuestion> &list, const QString &title,
                  const QString &noQuestions, const QList<PackInfo> &installed,
                  QSet<QString> *headingless)
{
    const QString &fileName = p.fileName;
    const QString base = QFileInfo(fileName).completeBaseName();
    p.pack.id = slugOf(base);
    for (const PackInfo &info : installed) {
        if (info.id == p.pack.id && info.builtin) {
            p.pack.id = QStringLiteral("my-") + p.pack.id;
            break;
        }
    }
    p.pack.name = title.isEmpty() ? base : title;
    if (p.pack.name.isEmpty())
        p.pack.name = p.pack.id;
    QSet<QString> ids;
    for (const ListQuestion &lq : list) {
        Question q = lq.question;
        const QString stem = p.pack.id + QLatin1Char('.') + slugOf(q.text);
        q.id = stem;
        for (int n = 2; ids.contains(q.id); ++n)
            q.id = stem + QLatin1Char('-') + QString::number(n);
        ids.insert(q.id);
        q.packId = p.pack.id;
        const QString category = lq.category.isEmpty() ? p.pack.name : lq.category;
        if (lq.category.isEmpty())
            headingless->insert(category);
        q.tags.removeAll(category);
        q.tags.prepend(category);
        p.pack.questions.append(q);
        p.categoryOf.append(category);
    }
    if (p.pack.questions.isEmpty()) {
        if (!noQuestions.isEmpty())
            p.problems.append(noQuestions);
        return;
    }
    // The pack the list makes must pass the same rules as a JSON pack (lengths, limits): one
    // validator, its problems told by the list's line.
    static const QRegularExpression question(QStringLiteral("^questions\\[(\\d+)\\]\\.?(.*)$"));
    for (const PackProblem &problem : PackValidator::checkPack(p.pack)) {
        const auto m = question.match(problem.path);
        const ListQuestion *lq = m.hasMatch() ? &list.at(m.captured(1).toInt()) : nullptr;
        const int line = lq ? lq->line : 1;
        const QString field = m.hasMatch() && !m.captured(2).isEmpty() ? m.captured(2)
                                                                       : QStringLiteral("text");
        if (lq && lq->column > 0)
            p.problems.append(ImportText::tr("%1:%2:%3: %4: %5")
                                  .arg(fileName)
                                  .arg(line)
                                  .arg(lq->column)
                                  .arg(field, problem.message));
        else
            p.problems.append(
                ImportText::tr("%1:%2: %3: %4").arg(fileName).arg(line).arg(field, problem.message));
    }
}

QString shapeText(const MarkdownQuestions &doc);

void readMarkdown(ImportPreview &p, const QByteArray &bytes, HeadingReading reading,
                  const QList<PackInfo> &installed, QSet<QString> *headingless)
{
    QString text;
    QString problem;
    if (!decodeImportText(bytes, p.fileName, &text, &problem)) {
        p.problems.append(problem);
        return;
    }
    const MarkdownQuestions doc = readMarkdownQuestions(text, reading);
    p.reading = doc.reading;
    p.readingsDiffer = doc.readingsDiffer;
    p.shape = shapeText(doc);
    QList<ListQuestion> list;
    QList<MarkdownLeftOut> left = doc.leftOut;
    for (const MarkdownQuestion &mq : doc.questions) {
        if (mq.text.size() > PackValidator::kMaxTextLength) {
            // A run of prose or code read as one question: told, not a reason to refuse the
            // rest of the file.
            left.append({mq.line, mq.text.left(59) + QStringLiteral("…"), LeftOutReason::TooLong});
            continue;
        }
        ListQuestion lq;
        Question &q = lq.question;
        q.text = textWithCode(mq);
        q.followUps = mq.followUps;
        q.guidance = mq.notes;
        for (const MarkdownLink &link : mq.links) {
            if (!q.guidance.isEmpty())
                q.guidance += QLatin1Char('\n');
            q.guidance += link.text == link.url ? link.url
                                                : link.text + QStringLiteral(": ") + link.url;
        }
        q.outline = mq.outline;
        if (q.text.size() > PackValidator::kMaxTextLength) {
            // Long code goes with the notes, where there is room for it.
            q.text = mq.text;
            QStringList fenced;
            for (const QString &code : mq.code)
                fenced.append(QStringLiteral("```\n") + code + QStringLiteral("\n```"));
            q.guidance = fenced.join(QStringLiteral("\n\n"))
                         + (q.guidance.isEmpty() ? QString() : QStringLiteral("\n\n") + q.guidance);
        }
        // Answers and notes past the pack limit are cut there, marked with an ellipsis.
        for (QString *longText : {&q.guidance, &q.outline}) {
            if (longText->size() > PackValidator::kMaxLongText)
                *longText = longText->left(PackValidator::kMaxLongText - 1) + QStringLiteral("…");
        }
        lq.category = mq.category;
        lq.line = mq.line;
        list.append(lq);
    }
    std::stable_sort(left.begin(), left.end(), [](const MarkdownLeftOut &x, const MarkdownLeftOut &y) {
        return x.line < y.line;
    });
    for (const MarkdownLeftOut &l : left)
        p.leftOut.append(
            ImportText::tr("line %1: %2 (%3)").arg(l.line).arg(l.text, leftOutReasonText(l.reason)));
    fillFromList(p, list, doc.title,
                 ImportText::tr("%1: no questions found; expected list items or headings "
                                "that ask something (docs/import.md)")
                     .arg(p.fileName),
                 installed, headingless);
}

void readDelimited(ImportPreview &p, const QByteArray &bytes, const DelimitedOptions &options,
                   const QList<PackInfo> &installed, QSet<QString> *headingless)
{
    const DelimitedQuestions doc = readDelimitedQuestions(bytes, p.fileName, options);
    p.columns.separator = doc.separator;
    p.columns.header = doc.header;
    p.columns.mapping = doc.mapping;
    for (int c = 0; c < doc.columnNames.size(); ++c)
        p.columns.names.append(doc.columnNames.at(c).isEmpty()
                                   ? ImportText::tr("Column %1").arg(c + 1)
                                   : doc.columnNames.at(c));
    constexpr int kPreviewRows = 8;
    for (const DelimitedRecord &r : doc.records) {
        if (p.columns.rows.size() >= kPreviewRows)
            break;
        QStringList cells;
        for (const DelimitedField &f : r.fields)
            cells.append(f.text);
        if (!cells.join(QString()).trimmed().isEmpty())
            p.columns.rows.append(cells);
    }
    if (!doc.problems.isEmpty() && doc.records.isEmpty() && doc.columnCount == 0) {
        for (const DelimitedProblem &problem : doc.problems)
            p.problems.append(problem.message);
        return; // not text at all
    }
    QList<ListQuestion> list;
    for (const DelimitedQuestion &dq : doc.questions) {
        ListQuestion lq;
        lq.question.text = dq.text;
        lq.question.outline = dq.outline;
        lq.question.tags = dq.tags;
        if (dq.kind) {
            lq.question.kind = *dq.kind;
            p.ownKind.insert(list.size());
        }
        lq.category = dq.category;
        lq.line = dq.line;
        lq.column = dq.column;
        list.append(lq);
    }
    for (const DelimitedLeftOut &l : doc.leftOut)
        p.leftOut.append(ImportText::tr("line %1: %2").arg(l.line).arg(l.reason));
    // An unclosed quote or a bad kind already says why; "no questions" would only repeat it.
    fillFromList(p, list, QString(),
                 !doc.problems.isEmpty() ? QString()
                 : doc.mapping.question < 0
                     ? ImportText::tr("%1: no column holds the questions; choose one").arg(p.fileName)
                     : ImportText::tr("%1: no questions found; expected a question in column %2")
                           .arg(p.fileName)
                           .arg(doc.mapping.question + 1),
                 installed, headingless);
    for (const DelimitedProblem &problem : doc.problems)
        p.problems.append(problem.message);
}

// "a heading over each question (12), question and answer pairs (3)": where the questions were
// found, most first, and what came with them.
QString shapeText(const MarkdownQuestions &doc)
{
    std::map<MarkdownSource, int> counts;
    int answers = 0;
    int links = 0;
    int code = 0;
    for (const MarkdownQuestion &q : doc.questions) {
        ++counts[q.source];
        answers += q.outline.isEmpty() ? 0 : 1;
        links += q.links.isEmpty() ? 0 : 1;
        code += q.code.isEmpty() ? 0 : 1;
    }
    QList<std::pair<int, QString>> parts;
    for (const auto &[source, n] : counts) {
        QString what;
        switch (source) {
        case MarkdownSource::ListItem:
            what = ImportText::tr("list items under category headings");
            break;
        case MarkdownSource::Heading: what = ImportText::tr("a heading for each question"); break;
        case MarkdownSource::Paragraph: what = ImportText::tr("questions in paragraphs"); break;
        case MarkdownSource::Table: what = ImportText::tr("a table of questions"); break;
        case MarkdownSource::Details: what = ImportText::tr("questions with folded answers"); break;
        }
        parts.append({n, ImportText::tr("%1 (%2)").arg(what).arg(n)});
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList texts;
    for (const auto &part : parts)
        texts.append(part.second);
    if (answers > 0)
        texts.append(ImportText::tr("%n with an answer", nullptr, answers));
    if (links > 0)
        texts.append(ImportText::tr("%n with links", nullptr, links));
    if (code > 0)
        texts.append(ImportText::tr("%n with code", nullptr, code));
    return texts.join(QStringLiteral(", "));
}

// The key of the remembered category → round kind mapping in a source's import settings.
const QString kKindsKey = QStringLiteral("kinds");

} // namespace

QString importSourceKey(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || info.fileName() == path)
        return path;
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QString normalizedQuestionText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

bool ImportPreview::setKind(const QString &category, RoundKind kind)
{
    for (ImportCategory &c : categories) {
        if (c.name == category) {
            c.kind = kind;
            c.reason = kind == c.proposal.kind ? c.proposal.reason : ImportText::tr("your choice");
            return true;
        }
    }
    return false;
}

Pack ImportPreview::packToSave() const
{
    Pack out = pack;
    out.questions.clear();
    QSet<qsizetype> skipped;
    if (skipDuplicates) {
        for (const ImportDuplicate &d : duplicates)
            skipped.insert(d.index);
    }
    QHash<QString, RoundKind> kinds;
    for (const ImportCategory &c : categories)
        kinds.insert(c.name, c.kind);
    for (qsizetype i = 0; i < pack.questions.size(); ++i) {
        if (skipped.contains(i))
            continue;
        Question q = pack.questions.at(i);
        if (!ownKind.contains(i))
            q.kind = kinds.value(categoryOf.value(i), q.kind);
        out.questions.append(q);
    }
    return out;
}

ImportPreview previewImport(const QByteArray &bytes, const QString &fileName,
                            const QuestionBank &bank, const ImportOptions &options,
                            const QString &sourcePath)
{
    ImportPreview p;
    p.fileName = fileName;
    p.source = importSourceKey(sourcePath.isEmpty() ? fileName : sourcePath);
    QSet<QString> headingless; // categories named after the file: no heading to guess from
    p.delimited = isDelimitedFile(fileName, bytes);
    p.markdown = !p.delimited && isMarkdownName(fileName, bytes);

    const QList<PackInfo> installed = bank.packs();
    auto packInfo = [&](const QString &id) -> const PackInfo * {
        for (const PackInfo &info : installed) {
            if (info.id == id)
                return &info;
        }
        return nullptr;
    };

    // What the bank already holds: who owns each id, and each normalized text.
    QHash<QString, QString> ownerOf;
    QHash<QString, RoundKind> installedKind;
    QHash<QString, QString> idOfText; // normalized text → id, other packs only
    const auto bankQuestions = bank.find({});

    if (p.markdown || p.delimited) {
        if (bytes.size() > JsonIndex::Limits{}.maxBytes) {
            p.problems.append(ImportText::tr("%1: the file is larger than %2 MiB")
                                  .arg(fileName)
                                  .arg(JsonIndex::Limits{}.maxBytes / (1024 * 1024)));
            return p;
        }
        if (p.delimited)
            readDelimited(p, bytes, options.delimited, installed, &headingless);
        else
            readMarkdown(p, bytes, options.reading, installed, &headingless);
        if (p.pack.id.isEmpty())
            return p; // not text
    } else {
        PackValidator validator(fileName);
        if (!validator.validate(bytes, &p.pack)) {
            p.problems = validator.messages();
            return p;
        }
        for (const Question &q : p.pack.questions)
            p.categoryOf.append(displayName(q.kind));
        if (const PackInfo *info = packInfo(p.pack.id); info && info->builtin)
            p.problems.append(
                ImportText::tr("%1: id: \"%2\" is a built-in pack; expected an id of your own")
                    .arg(fileName, p.pack.id));
    }
    if (const PackInfo *info = packInfo(p.pack.id))
        p.installedVersion = info->version;

    QList<Question> installedQuestions; // of this pack
    for (const auto &[question, hidden] : bankQuestions) {
        ownerOf.insert(question.id, question.packId);
        if (question.packId == p.pack.id) {
            installedKind.insert(question.id, question.kind);
            installedQuestions.append(question);
        } else {
            idOfText.insert(normalizedQuestionText(question.text), question.id);
        }
    }
    // Ids made from the text change with the wording: a reworded question takes the id of the
    // installed question most like it, so its attempts and review schedule stay with it.
    // (JSON packs carry their own ids; Markdown and CSV/TSV ids come from the text.)
    if ((p.markdown || p.delimited) && p.installedVersion > 0)
        p.reimport = reimportQuestions(bank, installedQuestions, &p.pack.questions);

    // Categories in file order, each with a guessed kind and why (docs/import.md): the choice
    // made at the last import of this source wins; else, on re-import, the kind the category's
    // questions have now; else the guess from the heading and the wording.
    QHash<QString, QStringList> textsOf;
    for (qsizetype i = 0; i < p.pack.questions.size(); ++i) {
        const QString &category = p.categoryOf.at(i);
        if (!textsOf.contains(category))
            p.categories.append({category, 0, p.pack.questions.at(i).kind, {}, {}});
        textsOf[category].append(p.pack.questions.at(i).text);
    }
    const QJsonObject remembered =
        p.source.isEmpty()
            ? QJsonObject()
            : ImportSourceStore(bank.database()).get(p.source).value(kKindsKey).toObject();
    for (ImportCategory &c : p.categories) {
        c.count = int(textsOf.value(c.name).size());
        KindGuess guess{c.kind, ImportText::tr("the file sets this kind")};
        const bool list = p.markdown || p.delimited;
        if (list) {
            guess = guessRoundKind(headingless.contains(c.name) ? QString() : c.name,
                                   textsOf.value(c.name),
                                   p.delimited ? CategoryFrom::Column : CategoryFrom::Heading);
            // A CSV category whose every question names the same kind goes to that kind.
            std::optional<RoundKind> named;
            bool allNamed = true;
            for (qsizetype i = 0; i < p.pack.questions.size() && allNamed; ++i) {
                if (p.categoryOf.at(i) != c.name)
                    continue;
                const RoundKind k = p.pack.questions.at(i).kind;
                allNamed = p.ownKind.contains(i) && (!named || *named == k);
                named = k;
            }
            if (allNamed && named)
                guess = {*named, ImportText::tr("every question in it names this kind")};
        }
        const auto chosen = roundKindFromKey(remembered.value(c.name).toString());
        if (chosen) {
            if (*chosen != guess.kind)
                guess = {*chosen, ImportText::tr("your choice when you last imported this file")};
        } else if (list) {
            for (qsizetype i = 0; i < p.pack.questions.size(); ++i) {
                const QString &id = p.pack.questions.at(i).id;
                if (p.categoryOf.at(i) == c.name && installedKind.contains(id)) {
                    if (installedKind.value(id) != guess.kind)
                        guess = {installedKind.value(id),
                                 ImportText::tr("the kind its questions have in the bank now")};
                    break;
                }
            }
        }
        c.kind = guess.kind;
        c.reason = guess.reason;
        c.proposal = guess;
    }

    QHash<QString, QString> seenInFile;
    for (qsizetype i = 0; i < p.pack.questions.size(); ++i) {
        const Question &q = p.pack.questions.at(i);
        const QString owner = ownerOf.value(q.id);
        if (!owner.isEmpty() && owner != p.pack.id)
            p.problems.append(
                ImportText::tr("%1: questions[%2].id: \"%3\" already belongs to the pack \"%4\"; "
                               "expected an id of its own")
                    .arg(fileName)
                    .arg(i)
                    .arg(q.id, owner));
        const QString norm = normalizedQuestionText(q.text);
        if (const auto it = idOfText.constFind(norm); it != idOfText.cend())
            p.duplicates.append({i, q.text, *it});
        else if (const auto first = seenInFile.constFind(norm); first != seenInFile.cend())
            p.duplicates.append({i, q.text, *first});
        else
            seenInFile.insert(norm, q.id);
    }
    if (p.markdown || p.delimited)
        p.pack.version = p.installedVersion + 1;
    return p;
}

bool applyImport(QuestionBank &bank, const ImportPreview &preview, QString *error)
{
    if (!preview.problems.isEmpty()) {
        *error = preview.problems.join(QLatin1Char('\n'));
        return false;
    }
    const Pack pack = preview.packToSave();
    if (pack.questions.isEmpty()) {
        *error = ImportText::tr("%1: nothing to import").arg(preview.fileName);
        return false;
    }
    Database &db = bank.database();
    return db.inTransaction(error, [&] {
        if (!bank.installPack(pack, false, error))
            return false;
        if (preview.source.isEmpty())
            return true;
        // The mapping as imported, for the next import of this source; the source's other
        // settings stay as they are.
        ImportSourceStore store(db);
        QJsonObject kinds;
        for (const ImportCategory &c : preview.categories)
            kinds.insert(c.name, toKey(c.kind));
        QJsonObject settings = store.get(preview.source);
        settings.insert(kKindsKey, kinds);
        return store.put(preview.source, settings, bank.clock().wallTime(), error);
    });
}

} // namespace mockloop
