// compliance-desk: the desktop application.
#include "AppInfo.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "preferences/AppSettings.h"
#include "security/ProcessHardening.h"
#include "submissions/SearchIndex.h"
#include "util/Clock.h"
#include "vault/UnlockWidget.h"
#include "widgets/Dialogs.h"
#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <memory>

namespace {

void describeCommandLine(QCommandLineParser& parser, const QCommandLineOption& account)
{
    parser.setApplicationDescription(QStringLiteral("Compliance Desk — privacy and information-security compliance"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("vault"), QStringLiteral("A .cdvault file to open."));
    parser.addOption(account);
}

// --help and --version only print: they must work over SSH, in scripts and in packaging checks
// where no display exists, so they are answered before QApplication (which needs one).
bool onlyPrints(int argc, char* argv[])
{
    static const QByteArrayList printing { "-h", "-?", "--help", "--help-all", "-v", "--version" };
    for (int i = 1; i < argc; ++i) {
        if (printing.contains(QByteArray(argv[i]))) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    cd::ProcessHardening::applyForThisBuild();
    cd::Clock::settleLocalTimeZone();
    QCoreApplication::setOrganizationName(QStringLiteral("Vivest"));
    QCoreApplication::setApplicationName(QStringLiteral("ComplianceDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CD_VERSION));
    const QCommandLineOption account(
        QStringLiteral("account"), QStringLiteral("Account name to sign in with."), QStringLiteral("name"));
    if (onlyPrints(argc, argv)) {
        QCoreApplication printer(argc, argv);
        QCommandLineParser parser;
        describeCommandLine(parser, account);
        parser.process(printer); // prints the help or version text and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Compliance Desk"));
    QApplication::setDesktopFileName(QStringLiteral(CD_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/compliance-desk.svg")));

    QCommandLineParser parser;
    describeCommandLine(parser, account);
    parser.process(app);

    cd::AppSettings settings;
    cd::ui::applyCjkFonts();
    cd::ui::WheelGuard::install(&app);
    cd::ui::LanguageManager language;
    language.setLanguage(settings.language());

    cd::ui::MainWindow window(settings, language);
    if (!parser.positionalArguments().isEmpty()) {
        window.openVault(parser.positionalArguments().first());
    }
    if (parser.isSet(account)) {
        window.unlockWidget()->setAccountName(parser.value(account));
    }
    window.show();
    // Search folds Traditional to Simplified Chinese with OpenCC's data files: when they are
    // missing the user is told at once, not left with searches that quietly miss rows.
    if (const QString problem = cd::submissions::SearchIndex::foldingProblem(); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        QTimer::singleShot(0, &window, [&window, problem] {
            cd::ui::Dialogs::critical(&window, QApplication::applicationDisplayName(), problem);
        });
    }
    return app.exec();
}
