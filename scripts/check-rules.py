#!/usr/bin/env python3
"""MockLoop's own rules, checked over the sources (the ctest test `project_rules`).

Usage: scripts/check-rules.py [--root DIR] [--qt-headers DIR] [--graph]

Each violation is printed as `path:line: rule: what`, and the script exits 1 if there is any.
--graph prints the include graph between the folders of core/ first. --qt-headers is the
directory that holds QtCore/, QtGui/, ... (the test passes Qt's; without it qmake6 is asked,
and failing that a short built-in list of Gui/Widgets/Multimedia classes is used).

The rules (CONTRIBUTING.md, "The project's rules"):

  core-qt     core/ uses Qt Core and Qt Sql only: it includes no header of another Qt module
              (QtGui: QColor, QFont, QImage, QPixmap, QPainter, QTextDocument, QGuiApplication;
              QtWidgets; QtMultimedia: QAudio*, QMedia*; ...) and core/CMakeLists.txt links no
              other Qt6:: target. Widgets show engine state; they never decide it.
  clock       time is read only through the injected clock (core/base/Clock.h; SystemClock is
              defined there, inline). Anywhere else no QDateTime::currentDateTime[Utc],
              current[M]SecsSinceEpoch, QDate::currentDate, QTime::currentTime, QElapsedTimer,
              QDeadlineTimer, std::chrono::*_clock::now, time(), gettimeofday, clock_gettime.
              Checked in core/, app/, tests/ and bench/, with the exceptions in CLOCK_EXCEPTIONS
              below (fake clocks, baselines, and stopwatches that only measure the code).
  sql         SQL lives in core/storage: no QSql* class, sqlite3_* call or SQL text ("SELECT ...",
              "INSERT ...", ...) in the rest of core/ or anywhere in app/. tests/ and bench/ are
              not checked (tests look at the file the way an outside reader would; benchmarks
              keep raw SQLite baselines).
  layers      the folders of core/ include each other only downward in LAYERS below; a core
              file includes no app/ header.

Comments are ignored by every rule; string literals by every rule but the SQL text check.
"""

import argparse
import os
import re
import subprocess
import sys
from collections import defaultdict

# core/ folders from the bottom up: a folder may include headers of the folders before it (and
# its own), never of those after it. Why this order: docs/architecture.md, "Layers".
LAYERS = ["base", "questions", "session", "voice", "storage", "bank", "coach", "tracker", "practice", "report", "controller"]

# Qt modules core/ may use.
CORE_QT_MODULES = {"QtCore", "QtSql"}
CORE_QT_TARGETS = {"Core", "Sql"}

# Where a clock may be read, and why. (path prefix or file, names of the reads allowed there).
# Everything else in core/, app/, tests/ and bench/ goes through mockloop::Clock.
ALL_READS = "*"
CLOCK_EXCEPTIONS = [
    ("core/base/Clock.h", ALL_READS,
     "the clock itself: SystemClock reads QElapsedTimer and the UTC wall time"),
    # Benchmarks: the stopwatch measures the code under test and is never handed to it.
    ("bench/", {"QElapsedTimer"}, "a benchmark's stopwatch"),
    ("bench/bench_autosave.cpp", {"QDateTime::currentDateTimeUtc"},
     "the raw SQLite baseline stamps its rows, and SteppingClock (a fake clock) gives the wall time"),
    # Tests: a stopwatch that bounds a wait for a child process (which runs on real time) or
    # checks a performance bound; the code under test never sees it.
    ("tests/crash/test_crash.cpp", {"QElapsedTimer"}, "deadline of a wait for the child process"),
    ("tests/crash/test_wav_crash.cpp", {"QElapsedTimer"}, "deadline of a wait for the child process"),
    ("tests/crash/test_two_programs.cpp", {"QDeadlineTimer"},
     "deadline of a wait for the child processes"),
    ("tests/cli/test_cli_run.cpp", {"QElapsedTimer"},
     "deadlines of waits for the mockloop-cli child process"),
    ("tests/cli/test_cli_run.cpp", {"QDateTime::currentDateTimeUtc"},
     "seeds a FakeClock ten days before the real today the mockloop-cli child process sees"),
    ("tests/core/questions/test_pack_validator.cpp", {"QElapsedTimer"},
     "a malformed pack must be refused within a time bound"),
    ("tests/core/practice/test_progress.cpp", {"QElapsedTimer"},
     "the score trend must be computed within a time bound"),
    ("tests/core/storage/test_hostile_text.cpp", {"QElapsedTimer"},
     "measures importing a 10,000-line question list (printed, with a generous bound)"),
    ("tests/gui/test_gui_hostile.cpp", {"QElapsedTimer"},
     "measures a keystroke into a 1 MB answer in each editor (printed, with a generous bound)"),
    ("tests/core/storage/test_database.cpp",
     {"QDateTime::currentDateTimeUtc", "QDateTime::currentDateTime"},
     "ages the clean-close marker and the file's time against a Database made without a clock "
     "(its SystemClock): the whole-file check must see real file times"),
]

SQL_ALLOWED_PREFIXES = ["core/storage/"]
SQL_CHECKED_PREFIXES = ["core/", "app/"]

SOURCE_SUFFIXES = (".cpp", ".h")

# Used when no Qt header directory can be found: classes of Qt modules core/ must not use.
FALLBACK_FORBIDDEN_QT = {
    "QtGui": ["QColor", "QFont", "QFontMetrics", "QFontMetricsF", "QImage", "QPixmap", "QIcon",
              "QPainter", "QPalette", "QPen", "QBrush", "QTextDocument", "QTextCursor",
              "QTextCharFormat", "QGuiApplication", "QClipboard", "QDesktopServices",
              "QKeySequence", "QPdfWriter", "QScreen", "QWindow", "QStandardItemModel",
              "QValidator", "QRegularExpressionValidator", "QIntValidator", "QAction", "QShortcut"],
    "QtWidgets": ["QWidget", "QApplication", "QMainWindow", "QDialog", "QLabel", "QPushButton",
                  "QMessageBox", "QLayout", "QVBoxLayout", "QHBoxLayout", "QLineEdit",
                  "QTextEdit", "QPlainTextEdit", "QTableWidget", "QTableView", "QComboBox"],
    "QtMultimedia": ["QAudioOutput", "QAudioInput", "QAudioSink", "QAudioSource", "QAudioDevice",
                     "QMediaPlayer", "QMediaDevices", "QSoundEffect", "QCamera"],
    "QtTextToSpeech": ["QTextToSpeech"],
    "QtCharts": ["QChart", "QChartView", "QLineSeries"],
}

# ---------------------------------------------------------------------------------------------


class Source:
    """A C++ file with its comments blanked (code) and also its string literals blanked (bare),
    line numbers kept, and its string literals with the line each starts on."""

    def __init__(self, path, text):
        self.path = path
        self.text = text
        self.code, self.bare, self.strings = split_cpp(text)
        self.code_lines = self.code.split("\n")
        self.bare_lines = self.bare.split("\n")


def split_cpp(text):
    code = []  # text without comments
    bare = []  # text without comments and string/char literal contents
    strings = []  # (line, contents)
    i, n, line = 0, len(text), 1

    def emit(s, to_bare=True):
        code.append(s)
        bare.append(s if to_bare else re.sub(r"[^\n]", " ", s))

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank = " " * (j - i)
            code.append(blank)
            bare.append(blank)
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank = re.sub(r"[^\n]", " ", text[i:j])
            code.append(blank)
            bare.append(blank)
            line += text.count("\n", i, j)
            i = j
        elif c == '"' or (c == "'" and not is_digit_separator(text, i)):
            raw = c == '"' and re.search(r'(?:^|[^\w])(?:u8|u|U|L)?R$', text[max(0, i - 3):i])
            if raw:
                m = re.match(r'"([^(\s]{0,16})\(', text[i:])
                end = text.find(")" + (m.group(1) if m else "") + '"', i)
                j = n if end < 0 else end + len(m.group(1) if m else "") + 2
                body = text[i + 1 + (len(m.group(0)) - 1 if m else 0):end if end >= 0 else n]
            else:
                j = i + 1
                while j < n and text[j] != c and text[j] != "\n":
                    j += 2 if text[j] == "\\" else 1
                j = min(j + 1, n)
                body = text[i + 1:j - 1]
            if c == '"':
                strings.append((line, body))
            code.append(text[i:j])
            bare.append(c + re.sub(r"[^\n]", " ", text[i + 1:j - 1]) + c)
            line += text.count("\n", i, j)
            i = j
        else:
            j = i
            while j < n and text[j] not in "\"'/":
                j += 1
            if j == i:
                j = i + 1
            code.append(text[i:j])
            bare.append(text[i:j])
            line += text.count("\n", i, j)
            i = j
    return "".join(code), "".join(bare), strings


def is_digit_separator(text, i):
    # 60'000 or 0xFF'FF: an apostrophe inside a number literal.
    j = i - 1
    while j >= 0 and (text[j].isalnum() or text[j] in "'."):
        j -= 1
    token = text[j + 1:i]
    return bool(token) and token[0].isdigit() and i + 1 < len(text) and text[i + 1].isalnum()


# ---------------------------------------------------------------------------------------------


class Checker:
    def __init__(self, root, qt_headers):
        self.root = root
        self.violations = []
        self.qt_module_of = self.qt_header_index(qt_headers)

    def report(self, path, line, rule, what):
        self.violations.append((path, line, rule, what))

    def files(self, *prefixes):
        out = []
        for prefix in prefixes:
            for dirpath, dirnames, filenames in os.walk(os.path.join(self.root, prefix)):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for f in sorted(filenames):
                    if f.endswith(SOURCE_SUFFIXES):
                        out.append(os.path.relpath(os.path.join(dirpath, f), self.root))
        return out

    def source(self, path, cache={}):
        if path not in cache:
            with open(os.path.join(self.root, path), encoding="utf-8", errors="replace") as f:
                cache[path] = Source(path, f.read())
        return cache[path]

    # -- core-qt --------------------------------------------------------------------------

    def qt_header_index(self, qt_headers):
        index = {}
        self.fallback_module_of = {c: m for m, classes in FALLBACK_FORBIDDEN_QT.items()
                                   for c in classes}
        if not qt_headers:
            try:
                qt_headers = subprocess.run(["qmake6", "-query", "QT_INSTALL_HEADERS"],
                                            capture_output=True, text=True,
                                            check=True).stdout.strip()
            except (OSError, subprocess.CalledProcessError):
                qt_headers = None
        self.fallback_qt = False
        if qt_headers and os.path.isdir(os.path.join(qt_headers, "QtCore")):
            for module in sorted(os.listdir(qt_headers)):
                d = os.path.join(qt_headers, module)
                if module.startswith("Qt") and os.path.isdir(d):
                    for h in os.listdir(d):
                        # Core and Sql first: a class name two modules share counts as theirs.
                        if h not in index or module in CORE_QT_MODULES:
                            index[h] = module
            return index
        self.fallback_qt = True
        return index

    def check_core_qt(self):
        for path in self.files("core"):
            src = self.source(path)
            for number, text in enumerate(src.code_lines, 1):
                m = re.match(r"\s*#\s*include\s*<([^>]+)>", text)
                if not m:
                    continue
                header = m.group(1)
                first = header.split("/")[0]
                if "/" in header and first.startswith("Qt"):
                    module = first
                elif header in self.qt_module_of.values() or header in FALLBACK_FORBIDDEN_QT:
                    module = header  # <QtGui>: the whole module
                else:
                    module = self.qt_module_of.get(header) or self.fallback_module_of.get(header)
                    if not module and self.qt_module_of and re.fullmatch(r"Q[A-Za-z]\w*", header):
                        module = "a Qt module not installed here"
                if module and module not in CORE_QT_MODULES:
                    self.report(path, number, "core-qt",
                                f"includes <{header}> from {module}; core/ uses Qt Core and Qt "
                                f"Sql only (widgets show engine state, they never decide it)")
        cmake = "core/CMakeLists.txt"
        with open(os.path.join(self.root, cmake), encoding="utf-8") as f:
            for number, text in enumerate(f, 1):
                text = text.split("#", 1)[0]
                for target in re.findall(r"\bQt6?::(\w+)", text):
                    if target not in CORE_QT_TARGETS:
                        self.report(cmake, number, "core-qt",
                                    f"links Qt6::{target}; mockloop_core links Qt6::Core and "
                                    f"Qt6::Sql only")
                for component in re.findall(r"find_package\s*\(\s*Qt6[^)]*COMPONENTS([^)]*)\)",
                                            text):
                    for c in component.split():
                        if c not in CORE_QT_TARGETS:
                            self.report(cmake, number, "core-qt", f"finds the Qt module {c}")

    # -- clock ----------------------------------------------------------------------------

    CLOCK_READS = [
        ("QDateTime::currentDateTimeUtc", r"\bQDateTime\s*::\s*currentDateTimeUtc\b"),
        ("QDateTime::currentDateTime", r"\bQDateTime\s*::\s*currentDateTime\b(?!Utc)"),
        ("QDateTime::currentMSecsSinceEpoch", r"\bcurrentMSecsSinceEpoch\b"),
        ("QDateTime::currentSecsSinceEpoch", r"\bcurrentSecsSinceEpoch\b"),
        ("QDate::currentDate", r"\bQDate\s*::\s*currentDate\b"),
        ("QTime::currentTime", r"\bQTime\s*::\s*currentTime\b"),
        ("QElapsedTimer", r"\bQElapsedTimer\b"),
        ("QDeadlineTimer", r"\bQDeadlineTimer\b"),
        ("std::chrono clock", r"\b\w+_clock\s*::\s*now\b"),
        ("time()", r"(?<![\w.>:])(?:std\s*::\s*|::\s*)?time\s*\(\s*(?:nullptr|NULL|0|&\s*\w+)?\s*\)"),
        ("gettimeofday", r"\bgettimeofday\s*\("),
        ("clock_gettime", r"\bclock_gettime\s*\("),
    ]

    def clock_allowed(self, path, read):
        for where, reads, _why in CLOCK_EXCEPTIONS:
            if (path == where or (where.endswith("/") and path.startswith(where))) and (
                    reads == ALL_READS or read in reads):
                return True
        return False

    def check_clock(self):
        for path in self.files("core", "app", "tests", "bench"):
            src = self.source(path)
            for number, text in enumerate(src.bare_lines, 1):
                found = [name for name, rx in self.CLOCK_READS if re.search(rx, text)
                         and not self.clock_allowed(path, name)]
                if found:
                    self.report(path, number, "clock",
                                "reads the time (" + ", ".join(found) + "); use the injected "
                                "mockloop::Clock (core/base/Clock.h)")

    # -- sql ------------------------------------------------------------------------------

    SQL_TEXT = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|UPSERT|CREATE|ALTER|DROP|"
                          r"PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|VACUUM|ATTACH|DETACH|"
                          r"ANALYZE|REINDEX|EXPLAIN|WITH)(\s|$|;)")

    def check_sql(self):
        for path in self.files(*SQL_CHECKED_PREFIXES):
            if any(path.startswith(p) for p in SQL_ALLOWED_PREFIXES):
                continue
            src = self.source(path)
            per_line = defaultdict(list)
            for number, text in enumerate(src.bare_lines, 1):
                names = sorted(set(re.findall(r"\b(QSql\w+|sqlite3_\w+|sqlite3)\b", text)))
                if names:
                    per_line[number].append(", ".join(names))
            for number, text in enumerate(src.code_lines, 1):
                m = re.match(r"\s*#\s*include\s*<(QSql\w*|QtSql[^>]*|sqlite3\.h)>", text)
                if m and f"<{m.group(1)}>" not in per_line[number]:
                    per_line[number] = [f"<{m.group(1)}>"]
            for number, body in src.strings:
                m = self.SQL_TEXT.match(body)
                if m:
                    per_line[number].append(f'SQL text "{body.strip()[:40]}"')
            for number in sorted(per_line):
                if per_line[number]:
                    self.report(path, number, "sql",
                                "; ".join(per_line[number])
                                + ": SQL belongs in core/storage (give it a function there)")

    # -- layers ---------------------------------------------------------------------------

    def core_graph(self):
        edges = defaultdict(list)  # (from, to) -> ["path:line"]
        core_folders = sorted(d for d in os.listdir(os.path.join(self.root, "core"))
                              if os.path.isdir(os.path.join(self.root, "core", d)))
        for path in self.files("core"):
            parts = path.split("/")
            src_folder = parts[1] if len(parts) > 2 else None
            for number, text in enumerate(self.source(path).code_lines, 1):
                m = re.match(r'\s*#\s*include\s*"([^"/]+)/[^"]+"', text)
                if m:
                    edges[(src_folder, m.group(1))].append((path, number))
        return core_folders, edges

    def check_layers(self):
        folders, edges = self.core_graph()
        rank = {f: i for i, f in enumerate(LAYERS)}
        for f in folders:
            if f not in rank:
                self.report(f"core/{f}", 0, "layers",
                            f"core/{f} is not in LAYERS of scripts/check-rules.py: give it its "
                            f"place")
        for (src, dst), uses in sorted(edges.items()):
            if src == dst:
                continue
            for path, number in uses:
                if dst not in folders:
                    self.report(path, number, "layers",
                                f'includes "{dst}/..." which is not a folder of core/')
                elif src not in rank or dst not in rank:
                    continue
                elif rank[dst] > rank[src]:
                    self.report(path, number, "layers",
                                f"core/{src} includes core/{dst}, which is above it in "
                                f"{' < '.join(LAYERS)}")

    def print_graph(self):
        folders, edges = self.core_graph()
        print("Include graph of core/ (folder -> folders it includes, with the number of "
              "#include lines):")
        for f in LAYERS + [f for f in folders if f not in LAYERS]:
            deps = sorted((d, len(u)) for (s, d), u in edges.items() if s == f and d != f)
            print(f"  {f:9} -> " + (", ".join(f"{d} ({n})" for d, n in deps) or "-"))
        print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--root", default=os.path.dirname(here))
    parser.add_argument("--qt-headers")
    parser.add_argument("--graph", action="store_true")
    args = parser.parse_args()

    checker = Checker(args.root, args.qt_headers)
    if args.graph:
        checker.print_graph()
    if checker.fallback_qt:
        print("check-rules: no Qt header directory found; the core-qt rule uses a short list "
              "of classes")
    checker.check_core_qt()
    checker.check_clock()
    checker.check_sql()
    checker.check_layers()

    counts = defaultdict(int)
    for path, line, rule, what in checker.violations:
        print(f"{path}:{line}: {rule}: {what}")
        counts[rule] += 1
    if checker.violations:
        print(f"\n{len(checker.violations)} violation(s): "
              + ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items()))
              + ". The rules are in CONTRIBUTING.md and at the top of scripts/check-rules.py.")
        return 1
    print("check-rules: core-qt, clock, sql and layers hold.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
