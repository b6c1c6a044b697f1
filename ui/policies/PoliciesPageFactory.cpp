#include "pages/FeaturePages.h"
#include "policies/PoliciesPage.h"

namespace cd::ui {

Page* createPoliciesPage(AppSettings& settings, QWidget* parent)
{
    return new PoliciesPage(settings, parent);
}

} // namespace cd::ui
