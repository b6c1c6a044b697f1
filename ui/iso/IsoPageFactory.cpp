#include "iso/IsoPage.h"
#include "pages/FeaturePages.h"

namespace cd::ui {

Page* createIsoPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new IsoPage(parent);
}

} // namespace cd::ui
