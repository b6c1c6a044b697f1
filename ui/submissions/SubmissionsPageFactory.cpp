#include "pages/FeaturePages.h"

namespace cd::ui {

namespace {
QString title() { return FeaturePages::tr("Contact submissions"); }
QString text()
{
    return FeaturePages::tr("Messages from the website's contact form (name, phone, email, region): import, "
                          "browse, search, work through, export, and delete when the retention period ends.");
}
} // namespace

Page* createSubmissionsPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new PlaceholderPage(&title, &text, parent);
}

} // namespace cd::ui
