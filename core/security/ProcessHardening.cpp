#include "security/ProcessHardening.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace cd::ProcessHardening {

bool disableCoreDumps()
{
    bool ok = true;
#if defined(__unix__) || defined(__APPLE__)
    const rlimit none { 0, 0 };
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(__linux__)
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

void applyForThisBuild()
{
    if constexpr (enabledInThisBuild()) {
        disableCoreDumps();
    }
}

} // namespace cd::ProcessHardening
