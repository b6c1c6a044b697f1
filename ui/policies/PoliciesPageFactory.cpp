#include "pages/FeaturePages.h"

namespace cd::ui {

namespace {
QString title() { return FeaturePages::tr("Policy versions"); }
QString text()
{
    return FeaturePages::tr("Bilingual privacy policy texts: review and approval, publishing, comparing "
                          "versions, and notifying material changes before they take effect.");
}
} // namespace

Page* createPoliciesPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new PlaceholderPage(&title, &text, parent);
}

} // namespace cd::ui
