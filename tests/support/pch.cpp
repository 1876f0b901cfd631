// The tests' precompiled headers are built with this file (tests/CMakeLists.txt, MOCKLOOP_PCH).
