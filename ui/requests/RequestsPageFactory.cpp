#include "pages/FeaturePages.h"

namespace cd::ui {

namespace {
QString title() { return FeaturePages::tr("Rights requests"); }
QString text()
{
    return FeaturePages::tr("Access, correction, deletion and account cancellation requests: identity "
                          "verification, deadlines in working days, fulfilment, letters and certificates.");
}
} // namespace

Page* createRequestsPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new PlaceholderPage(&title, &text, parent);
}

} // namespace cd::ui
