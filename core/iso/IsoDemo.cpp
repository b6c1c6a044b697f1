#include "demo/DemoData.h"

namespace cd::demo {

// Synthetic iso records for the demo vault.
Status fillIso(Vault& vault, const DemoOptions& options, DemoSummary& summary)
{
    Q_UNUSED(vault)
    Q_UNUSED(options)
    Q_UNUSED(summary)
    return {};
}

} // namespace cd::demo
