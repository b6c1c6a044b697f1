#include "pages/FeaturePages.h"
#include "requests/RequestsPage.h"

namespace cd::ui {

Page* createRequestsPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new RequestsPage(parent);
}

} // namespace cd::ui
