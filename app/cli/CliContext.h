#pragma once

#include "preferences/AppSettings.h"
#include "util/Result.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace cd::cli {

// Exit codes of compliance-desk-cli.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the operation failed (message on stderr)
    ExitUsage = 2, // wrong arguments
    ExitAuth = 3, // wrong passphrase or password, or not permitted
    ExitCheckFailed = 4, // verify found a problem
};

// What every command gets: its arguments, the option parser, and helpers to open the vault,
// sign in, and write JSON or CSV to stdout and errors to stderr.
class CliContext
{
public:
    CliContext(const QStringList& arguments);

    QCommandLineParser& parser() { return m_parser; }
    // Parses the arguments after the command name; prints usage errors. False on error.
    bool parse();
    // Positional arguments after the command (and subcommand) names.
    QStringList positional() const;
    QString command() const { return m_command; }
    QString value(const QString& option) const { return m_parser.value(option); }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }

    // Standard options, added by commands that use them.
    void addVaultOptions(bool needsUser = true);
    void addFormatOption(const QStringList& formats = { QStringLiteral("json"), QStringLiteral("csv") });
    QString format() const;

    // Secrets: from a file, the environment, or a no-echo prompt; never a plain argument.
    Result<QString> passphrase(const QString& fileOption = QStringLiteral("passphrase-file"),
        const char* envVar = "CD_PASSPHRASE", const QString& prompt = {});
    Result<QString> password(const QString& fileOption = QStringLiteral("password-file"),
        const char* envVar = "CD_PASSWORD", const QString& prompt = {});

    // Opens --vault with the passphrase and signs in --user (unless signIn is false). Warns on
    // stderr when the vault opened read-only or its audit log does not match this computer's
    // anchor (AuditAnchor).
    Result<std::unique_ptr<Vault>> openVault(bool signIn = true);
    // The same with a passphrase already read (commands that need it for something else too).
    Result<std::unique_ptr<Vault>> openVaultWith(const QString& passphrase, bool signIn = true);

    // The key for a passphrase the user gave. The x'…' raw-key form is a raw key only when
    // CD_ALLOW_RAW_KEY=1 is set (tests and benchmarks); otherwise it stays a passphrase, which
    // Vault::checkNewKey refuses for new keys.
    static VaultKey keyFor(const QString& passphrase);
    // Per-user settings of this computer (the audit anchors).
    AppSettings& settings();
    void warn(const QString& message);

    // Output.
    void printJson(const QJsonValue& value);
    void printCsv(const QStringList& headers, const QList<QStringList>& rows);
    void printText(const QString& text);
    int fail(const Error& error);
    int fail(ErrorCode code, const QString& message);
    int usage(const QString& message);

    static int exitCodeFor(ErrorCode code);
    static QString readSecretFile(const QString& path, QString* error);
    static QString promptHidden(const QString& prompt);

private:
    QStringList m_arguments;
    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<AppSettings> m_settings;
};

} // namespace cd::cli
