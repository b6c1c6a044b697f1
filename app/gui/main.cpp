// compliance-desk: the desktop application.
#include "AppInfo.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "security/ProcessHardening.h"
#include "settings/AppSettings.h"
#include "vault/UnlockWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <memory>

int main(int argc, char* argv[])
{
    cd::ProcessHardening::applyForThisBuild();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vivest"));
    QApplication::setApplicationName(QStringLiteral("ComplianceDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Compliance Desk"));
    QApplication::setApplicationVersion(QStringLiteral(CD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CD_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/compliance-desk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compliance Desk — privacy and information-security compliance"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("vault"), QStringLiteral("A .cdvault file to open."));
    const QCommandLineOption account(
        QStringLiteral("account"), QStringLiteral("Account name to sign in with."), QStringLiteral("name"));
    parser.addOption(account);
    parser.process(app);

    cd::AppSettings settings;
    cd::ui::applyCjkFonts();
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
    return app.exec();
}
