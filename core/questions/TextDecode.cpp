#include "questions/TextDecode.h"

#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>
#include <QStringList>

namespace mockloop {

namespace {

// The messages were first written in the importer: they keep its translation context.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

} // namespace

bool decodeImportText(const QByteArray &bytes, const QString &fileName, QString *text,
                      QString *problem, int *problemLine)
{
    const QList<QByteArray> lines = bytes.split('\n');
    QStringList decoded;
    decoded.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        if (lines.at(i).contains('\0')) {
            *problem = ImportText::tr("%1:%2: a NUL byte; expected text").arg(fileName).arg(line);
            if (problemLine)
                *problemLine = line;
            return false;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decodedLine = decoder(lines.at(i));
        if (decoder.hasError()) {
            *problem =
                ImportText::tr("%1:%2: not UTF-8 text; save the file as UTF-8").arg(fileName).arg(line);
            if (problemLine)
                *problemLine = line;
            return false;
        }
        decoded.append(decodedLine);
    }
    *text = decoded.join(QLatin1Char('\n'));
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

} // namespace mockloop
