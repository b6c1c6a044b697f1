#pragma once

#include "pages/Page.h"

#include <QCoreApplication>

namespace cd {
class AppSettings;
}

namespace cd::ui {

// Translation context for texts shared by the area pages.
struct FeaturePages {
    Q_DECLARE_TR_FUNCTIONS(cd::ui::FeaturePages)
};

// One factory per area, each in its own folder (ui/<area>/<Area>PageFactory.cpp).
Page* createDashboardPage(AppSettings& settings, QWidget* parent);
Page* createSubmissionsPage(AppSettings& settings, QWidget* parent);
Page* createRequestsPage(AppSettings& settings, QWidget* parent);
Page* createPoliciesPage(AppSettings& settings, QWidget* parent);
Page* createIsoPage(AppSettings& settings, QWidget* parent);
Page* createRegistersPage(AppSettings& settings, QWidget* parent);

} // namespace cd::ui
