#include "dashboard/DashboardPage.h"
#include "pages/FeaturePages.h"

namespace cd::ui {

Page* createDashboardPage(AppSettings& settings, QWidget* parent)
{
    auto* page = new DashboardPage(parent);
    page->setAppSettings(&settings);
    return page;
}

} // namespace cd::ui
