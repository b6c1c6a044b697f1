#include "RegistersPage.h"
#include "pages/FeaturePages.h"

namespace cd::ui {

Page* createRegistersPage(AppSettings& settings, QWidget* parent)
{
    return new RegistersPage(settings, parent);
}

} // namespace cd::ui
