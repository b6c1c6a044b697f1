// The libFuzzer glue for one target; CD_FUZZ_TARGET names it at compile time.
#include "FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    cd::fuzz::ensureApplication();
    if (!cd::fuzz::findTarget(CD_FUZZ_TARGET)) {
        std::fprintf(stderr, "unknown fuzz target %s\n", CD_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const cd::fuzz::Entry entry = cd::fuzz::findTarget(CD_FUZZ_TARGET);
    return entry(data, size);
}
