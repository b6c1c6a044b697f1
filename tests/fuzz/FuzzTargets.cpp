#include "FuzzTargets.h"

#include <QByteArray>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace cd::fuzz {

const std::vector<Target>& allTargets()
{
    static const std::vector<Target> targets = {
        { "policy_text", &fuzzPolicyText },
        { "policy_html", &fuzzPolicyHtml },
        { "policy_diff", &fuzzPolicyDiff },
        { "holiday_calendar", &fuzzHolidayCalendar },
        { "iso_catalogue", &fuzzIsoCatalogue },
        { "contact_fields", &fuzzContactFields },
        { "submission_csv", &fuzzSubmissionCsv },
        { "submission_json", &fuzzSubmissionJson },
    };
    return targets;
}

Entry findTarget(const std::string& name)
{
    for (const Target& t : allTargets()) {
        if (name == t.name) {
            return t.entry;
        }
    }
    return nullptr;
}

void ensureApplication()
{
    if (QCoreApplication::instance()) {
        return;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    static int argc = 1;
    static char name[] = "compliance-desk-fuzz";
    static char* argv[] = { name, nullptr };
    static std::unique_ptr<QGuiApplication> app(new QGuiApplication(argc, argv));
}

void propertyFailed(const char* target, const char* what)
{
    std::fprintf(stderr, "cd-fuzz: %s: property violated: %s\n", target, what);
    std::fflush(stderr);
    std::abort();
}

} // namespace cd::fuzz
