#include "CliContext.h"

#include "export/TableExport.h"
#include "maintenance/VaultMaintenance.h"
#include "util/SecretBytes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace cd::cli {

CliContext::CliContext(const QStringList& arguments)
    : m_arguments(arguments)
    , m_out(stdout)
    , m_err(stderr)
{
    m_command = arguments.value(1);
    m_parser.setApplicationDescription(QStringLiteral("compliance-desk-cli %1").arg(m_command));
    m_parser.addHelpOption();
}

bool CliContext::parse()
{
    QStringList args = m_arguments;
    args.removeAt(1); // the command name; subcommands stay positional
    if (!m_parser.parse(args)) {
        usage(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        return false;
    }
    return true;
}

QStringList CliContext::positional() const
{
    return m_parser.positionalArguments();
}

void CliContext::addVaultOptions(bool needsUser)
{
    m_parser.addOption({ QStringLiteral("vault"), QStringLiteral("The vault file."), QStringLiteral("file") });
    m_parser.addOption({ QStringLiteral("passphrase-file"),
        QStringLiteral("File whose first line is the vault passphrase (else CD_PASSPHRASE, else a "
                       "prompt)."),
        QStringLiteral("file") });
    if (needsUser) {
        m_parser.addOption(
            { QStringLiteral("user"), QStringLiteral("Account to sign in as."), QStringLiteral("name") });
        m_parser.addOption({ QStringLiteral("password-file"),
            QStringLiteral("File whose first line is the account password (else CD_PASSWORD, else "
                           "a prompt)."),
            QStringLiteral("file") });
    }
}

void CliContext::addFormatOption(const QStringList& formats)
{
    m_parser.addOption(
        { QStringLiteral("format"), QStringLiteral("Output format: %1.").arg(formats.join(QLatin1Char('|'))),
            QStringLiteral("format"), formats.first() });
}

QString CliContext::format() const
{
    return m_parser.isSet(QStringLiteral("format")) ? m_parser.value(QStringLiteral("format")).toLower()
                                                    : QStringLiteral("json");
}

QString CliContext::readSecretFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("cd::cli", "Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QByteArray bytes = f.readLine(64 * 1024);
    while (bytes.endsWith('\n') || bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    QString secret = QString::fromUtf8(bytes);
    secureWipe(bytes);
    return secret;
}

QString CliContext::promptHidden(const QString& prompt)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    std::string line;
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~ENABLE_ECHO_INPUT);
    char c;
    DWORD read = 0;
    while (ReadFile(in, &c, 1, &read, nullptr) && read == 1 && c != '\n') {
        if (c != '\r') {
            line.push_back(c);
        }
    }
    SetConsoleMode(in, mode);
#else
    termios old {};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n') {
        if (c != '\r') {
            line.push_back(char(c));
        }
    }
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    }
#endif
    err << "\n";
    err.flush();
    QString secret = QString::fromStdString(line);
    secureWipe(line.data(), line.size());
    return secret;
}

namespace {
bool stdinIsInteractive()
{
#ifdef Q_OS_WIN
    return true;
#else
    return isatty(STDIN_FILENO);
#endif
}
} // namespace

Result<QString> CliContext::passphrase(const QString& fileOption, const char* envVar, const QString& prompt)
{
    if (m_parser.isSet(fileOption)) {
        QString error;
        const QString secret = readSecretFile(m_parser.value(fileOption), &error);
        if (!error.isEmpty()) {
            return Error { ErrorCode::Io, error };
        }
        return secret;
    }
    if (qEnvironmentVariableIsSet(envVar)) {
        return qEnvironmentVariable(envVar);
    }
    if (!stdinIsInteractive()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::cli", "No passphrase given: use --%1 or set %2.")
                .arg(fileOption, QString::fromLatin1(envVar)) };
    }
    return promptHidden(prompt.isEmpty() ? QCoreApplication::translate("cd::cli", "Vault passphrase: ") : prompt);
}

Result<QString> CliContext::password(const QString& fileOption, const char* envVar, const QString& prompt)
{
    return passphrase(fileOption, envVar,
        prompt.isEmpty()
            ? QCoreApplication::translate("cd::cli", "Password for %1: ").arg(m_parser.value(QStringLiteral("user")))
            : prompt);
}

Result<std::unique_ptr<Vault>> CliContext::openVault(bool signIn)
{
    if (m_parser.value(QStringLiteral("vault")).isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::cli", "Name the vault with --vault.") };
    }
    if (signIn && m_parser.value(QStringLiteral("user")).isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::cli", "Name the account to sign in as with --user.") };
    }
    auto secret = passphrase();
    if (!secret) {
        return secret.error();
    }
    auto vault = openVaultWith(secret.value(), signIn);
    secureWipe(secret.value());
    return vault;
}

Result<std::unique_ptr<Vault>> CliContext::openVaultWith(const QString& passphrase, bool signIn)
{
    const QString path = m_parser.value(QStringLiteral("vault"));
    if (path.isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::cli", "Name the vault with --vault.") };
    }
    if (signIn && m_parser.value(QStringLiteral("user")).isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::cli", "Name the account to sign in as with --user.") };
    }
    auto vault = VaultMaintenance::open(path, keyFor(passphrase));
    if (!vault) {
        return vault;
    }
    if (vault.value()->isReadOnly()) {
        warn(StorageMessages::openedReadOnly(vault.value()->path()));
    }
    const AnchorCheck anchor = vault.value()->checkAuditAnchor(settings());
    if (!anchor.ok()) {
        warn(anchor.message());
    }
    if (!signIn) {
        return vault;
    }
    auto pw = password();
    if (!pw) {
        return pw.error();
    }
    auto actor = vault.value()->signIn(m_parser.value(QStringLiteral("user")), pw.value());
    secureWipe(pw.value());
    if (!actor) {
        return actor.error();
    }
    return vault;
}

VaultKey CliContext::keyFor(const QString& passphrase)
{
    const bool rawForm = passphrase.size() == 67 && passphrase.startsWith(QLatin1String("x'"))
        && passphrase.endsWith(QLatin1Char('\''));
    if (rawForm && qEnvironmentVariable("CD_ALLOW_RAW_KEY") == QLatin1String("1")) {
        QByteArray hex = passphrase.mid(2, 64).toLatin1();
        QByteArray key = QByteArray::fromHex(hex);
        secureWipe(hex);
        if (key.size() == 32) {
            VaultKey k = VaultKey::raw(key);
            secureWipe(key);
            return k;
        }
        secureWipe(key);
    }
    return VaultKey::passphrase(passphrase);
}

AppSettings& CliContext::settings()
{
    if (!m_settings) {
        m_settings = std::make_unique<AppSettings>();
    }
    return *m_settings;
}

void CliContext::warn(const QString& message)
{
    m_err << QCoreApplication::translate("cd::cli", "warning: %1").arg(message) << "\n";
    m_err.flush();
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliContext::printCsv(const QStringList& headers, const QList<QStringList>& rows)
{
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return;
    }
    out.write(TableExport::csvLine(headers));
    for (const QStringList& r : rows) {
        out.write(TableExport::csvLine(r));
    }
    out.flush();
}

void CliContext::printText(const QString& text)
{
    m_out << text << "\n";
    m_out.flush();
}

int CliContext::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::PermissionDenied: return ExitAuth;
    case ErrorCode::InvalidInput: return ExitUsage;
    default: return ExitFailure;
    }
}

int CliContext::fail(const Error& error)
{
    m_err << QCoreApplication::translate("cd::cli", "error: %1").arg(error.message) << "\n";
    m_err.flush();
    return exitCodeFor(error.code);
}

int CliContext::fail(ErrorCode code, const QString& message)
{
    return fail(Error { code, message });
}

int CliContext::usage(const QString& message)
{
    m_err << QCoreApplication::translate("cd::cli", "error: %1").arg(message) << "\n"
          << QCoreApplication::translate("cd::cli", "Run with --help for usage.") << "\n";
    m_err.flush();
    return ExitUsage;
}

} // namespace cd::cli
