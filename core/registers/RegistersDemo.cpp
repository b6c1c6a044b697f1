#include "demo/DemoData.h"

namespace cd::demo {

// Synthetic registers records for the demo vault.
Status fillRegisters(Vault& vault, const DemoOptions& options, DemoSummary& summary)
{
    Q_UNUSED(vault)
    Q_UNUSED(options)
    Q_UNUSED(summary)
    return {};
}

} // namespace cd::demo
