#pragma once

#include <cstddef>
#include <cstdint>

// The entry functions of the importer fuzz targets. libFuzzer calls them from
// LLVMFuzzerTestOneInput (fuzz_main.cpp, clang builds only); test_fuzz_replay calls the same
// functions on every file of the committed corpus in the normal build. A broken invariant ends
// the process with qFatal, which both notice.
namespace mockloop::fuzz {

// A JSON pack: the validator never crashes, every problem has a position, a valid pack
// survives export → validate unchanged, and where both readers accept the bytes, JsonIndex
// and QJsonDocument build the same tree.
int packJson(const std::uint8_t *data, std::size_t size);

// A Markdown list: the import preview never crashes, an importable preview only holds
// questions with text, and its questions survive Markdown export → import.
int markdown(const std::uint8_t *data, std::size_t size);

// A CSV/TSV file (or Anki export): reading never crashes, every problem has a position, no
// question is without text, every record and field starts inside the input, the same bytes read
// the same twice, and the cells written back as CSV read back unchanged.
int delimited(const std::uint8_t *data, std::size_t size);

// A settings file (INI, as QSettings writes it): loading never crashes, every value it keeps is
// in range (a newer or broken file falls back to the defaults), and what is loaded survives
// save → load unchanged, the window's memory too.
int settings(const std::uint8_t *data, std::size_t size);

// Every target by name: the corpus folder tests/fuzz/corpus/<name>/ and its function.
struct Target
{
    const char *name;
    int (*run)(const std::uint8_t *data, std::size_t size);
};
inline constexpr Target kTargets[] = {
    {"pack_json", packJson},
    {"markdown", markdown},
    {"delimited", delimited},
    {"settings", settings},
};

} // namespace mockloop::fuzz
