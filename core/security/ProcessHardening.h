#pragma once

namespace cd::ProcessHardening {

// Keeps a running process from leaking the vault's contents through the operating system:
// no core dumps (a crash would otherwise write decrypted pages and keys to disk), and on Linux
// the process is marked non-dumpable, which also stops other processes of the same user from
// attaching a debugger or reading /proc/<pid>/mem. No-op where the platform has no such switch.
// Returns false when a step failed (the program still runs; there is nothing better to do).
bool disableCoreDumps();

// What the mains call first: disableCoreDumps() in release builds (CD_RELEASE_HARDENING),
// nothing in debug builds so developers can still debug crashes.
void applyForThisBuild();

// Whether this build hardens itself at start-up.
constexpr bool enabledInThisBuild()
{
#ifdef CD_RELEASE_HARDENING
    return true;
#else
    return false;
#endif
}

} // namespace cd::ProcessHardening
