#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

// Fuzz entry points shared by the libFuzzer executables (clang, -DCD_FUZZ=ON) and the
// regression replay test (any compiler): a crasher found by the fuzzer is replayed through
// exactly the same function in the normal build.
//
// Adding a target: write targets/<Name>Fuzz.cpp with one entry function, list it in
// FuzzTargets.cpp and in CD_FUZZ_TARGETS (tests/fuzz/CMakeLists.txt), name its seeds in
// seeds.txt, and create tests/data/fuzz/<name>/ for its regression inputs.
namespace cd::fuzz {

using Entry = int (*)(const uint8_t* data, size_t size);

struct Target {
    const char* name;
    Entry entry;
};

const std::vector<Target>& allTargets();
Entry findTarget(const std::string& name);

// Creates the QGuiApplication (offscreen) that QTextDocument needs; safe to call repeatedly.
void ensureApplication();

// A property the code under test must keep. Aborts so libFuzzer records the input as a crash
// and the replay test fails loudly with the message.
[[noreturn]] void propertyFailed(const char* target, const char* what);

int fuzzPolicyText(const uint8_t* data, size_t size);
int fuzzPolicyHtml(const uint8_t* data, size_t size);
int fuzzPolicyDiff(const uint8_t* data, size_t size);
int fuzzHolidayCalendar(const uint8_t* data, size_t size);
int fuzzIsoCatalogue(const uint8_t* data, size_t size);
int fuzzContactFields(const uint8_t* data, size_t size);
int fuzzSubmissionCsv(const uint8_t* data, size_t size);
int fuzzSubmissionJson(const uint8_t* data, size_t size);

} // namespace cd::fuzz

#define CD_FUZZ_CHECK(target, condition)                                                                               \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            ::cd::fuzz::propertyFailed(target, #condition);                                                            \
        }                                                                                                              \
    } while (false)
