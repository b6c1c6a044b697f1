#include "dashboard/DashboardPage.h"
#include "pages/FeaturePages.h"

namespace cd::ui {

Page* createDashboardPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new DashboardPage(parent);
}

} // namespace cd::ui
