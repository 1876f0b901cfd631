#pragma once

// The built-in packs as the programs read them (from the resources in mockloop_core), for the
// tests that check their content or round-trip them.
#include "questions/Question.h"

#include <QDir>
#include <QFile>

namespace mockloop::test {

// Every pack that loads; a pack with problems is left out with a warning (test_packs fails on
// it separately).
inline QList<Pack> builtinPacks()
{
    QList<Pack> packs;
    const QDir dir(QStringLiteral(":/packs"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Pack pack;
        QStringList errors;
        if (parsePack(f.readAll(), name, &pack, &errors))
            packs.append(pack);
        else
            qWarning("%s", qPrintable(errors.join(QLatin1Char('\n'))));
    }
    return packs;
}

} // namespace mockloop::test
