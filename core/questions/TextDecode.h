#pragma once

#include <QByteArray>
#include <QString>

namespace mockloop {

// Decodes a question list's bytes as UTF-8 text, without a leading byte order mark. On the first
// line that is not UTF-8 or holds a NUL byte, returns false with *problem "file:line: what" and
// *problemLine that line (1-based). Line ends are kept as they are ("\r\n" stays).
// Shared by the Markdown and the CSV/TSV readers, so both refuse the same files the same way.
bool decodeImportText(const QByteArray &bytes, const QString &fileName, QString *text,
                      QString *problem, int *problemLine = nullptr);

} // namespace mockloop
