#pragma once

#include <QCoreApplication>

namespace cd {

// Translation contexts for core code outside classes. lupdate files a bare tr() call under the
// enclosing namespace, while a wrapper function would look it up under its own context at run
// time, so the two never meet; `PoliciesText::tr("…")` gives both the same context.
struct PoliciesText {
    Q_DECLARE_TR_FUNCTIONS(cd::Policies)
};
struct IsoText {
    Q_DECLARE_TR_FUNCTIONS(cd::Iso)
};
struct RegistersText {
    Q_DECLARE_TR_FUNCTIONS(cd::Registers)
};
struct RequestsText {
    Q_DECLARE_TR_FUNCTIONS(cd::Requests)
};
struct SubmissionsText {
    Q_DECLARE_TR_FUNCTIONS(cd::Submissions)
};
struct DashboardText {
    Q_DECLARE_TR_FUNCTIONS(cd::Dashboard)
};

} // namespace cd
