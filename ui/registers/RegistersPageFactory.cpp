#include "pages/FeaturePages.h"

namespace cd::ui {

namespace {
QString title() { return FeaturePages::tr("Registers"); }
QString text()
{
    return FeaturePages::tr("The disclosure register (sharing, transfer and public disclosure, each with its "
                          "legal basis) and the personal-information security incident register with "
                          "notification tracking.");
}
} // namespace

Page* createRegistersPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new PlaceholderPage(&title, &text, parent);
}

} // namespace cd::ui
