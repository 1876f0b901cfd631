#pragma once

#include <QStringList>
#include <QTextStream>

namespace mockloop::cli {

// Exit codes, documented in --help and kept by every command.
enum ExitCode { Ok = 0, Usage = 1, BadInput = 2, DatabaseProblem = 3 };

// Parses the arguments and runs one command; returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mockloop::cli
