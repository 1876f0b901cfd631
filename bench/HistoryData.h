#pragma once

#include <QString>

namespace mockloop::bench {

// Fills the database at path with `sessions` finished sessions of realistic shape: 5 rounds,
// 25 attempts each (so 10,000 sessions = 250,000 attempts), STAR or single-field answers of
// 60-220 words, grades, timings, spread over three years. Deterministic (fixed seed).
// Returns false and prints the error on failure.
bool generateHistory(const QString &path, int sessions);

} // namespace mockloop::bench
