#pragma once

#include "Commands.h"

#include <QStringList>
#include <QTextStream>

namespace mockloop::cli {

// Parses the arguments and runs one command; returns the exit code.
int run(const QStringList &arguments, QTextStream &in, QTextStream &out, QTextStream &err);

} // namespace mockloop::cli
