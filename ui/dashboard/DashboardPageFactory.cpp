#include "pages/FeaturePages.h"

namespace cd::ui {

namespace {
QString title() { return FeaturePages::tr("Dashboard"); }
QString text()
{
    return FeaturePages::tr("What needs attention today: overdue and due rights requests, incident clocks, "
                          "policy notifications, control reviews and submissions due for deletion, with "
                          "charts and a printable overview.");
}
} // namespace

Page* createDashboardPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new PlaceholderPage(&title, &text, parent);
}

} // namespace cd::ui
