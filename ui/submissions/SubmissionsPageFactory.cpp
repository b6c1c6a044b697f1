#include "pages/FeaturePages.h"

#include "SubmissionsPage.h"

namespace cd::ui {

Page* createSubmissionsPage(AppSettings& settings, QWidget* parent)
{
    return new SubmissionsPage(settings, parent);
}

} // namespace cd::ui
