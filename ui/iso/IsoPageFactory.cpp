#include "pages/FeaturePages.h"

namespace cd::ui {

namespace {
QString title() { return FeaturePages::tr("ISO 27001"); }
QString text()
{
    return FeaturePages::tr("The 93 Annex A controls of ISO/IEC 27001:2022: applicability, implementation "
                          "status, owners, evidence, reviews and the Statement of Applicability.");
}
} // namespace

Page* createIsoPage(AppSettings& settings, QWidget* parent)
{
    Q_UNUSED(settings)
    return new PlaceholderPage(&title, &text, parent);
}

} // namespace cd::ui
