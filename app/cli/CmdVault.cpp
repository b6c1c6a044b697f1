// Vault commands: init, accounts, open-check, verify, backup, restore, change-passphrase,
// audit list, demo.
#include "CliContext.h"
#include "Commands.h"

#include "accounts/AccountService.h"
#include "audit/AuditLog.h"
#include "demo/DemoData.h"
#include "maintenance/DeepVerify.h"
#include "maintenance/VaultMaintenance.h"
#include "storage/Versions.h"
#include "util/SecretBytes.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace cd::cli {

namespace {

QJsonObject accountJson(const Account& a)
{
    return QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("username"), a.username },
        { QStringLiteral("display_name"), a.displayName }, { QStringLiteral("role"), roleKey(a.role) },
        { QStringLiteral("active"), a.active }, { QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODate) },
        { QStringLiteral("last_sign_in"),
            a.lastSignIn.isValid() ? QJsonValue(a.lastSignIn.toString(Qt::ISODate)) : QJsonValue() } };
}

Result<QString> newVaultPassphrase(CliContext& ctx)
{
    auto first = ctx.passphrase(QStringLiteral("passphrase-file"), "CD_PASSPHRASE", Cli::tr("New vault passphrase: "));
    if (!first) {
        return first;
    }
    if (!ctx.isSet(QStringLiteral("passphrase-file")) && !qEnvironmentVariableIsSet("CD_PASSPHRASE")) {
        const QString again = CliContext::promptHidden(Cli::tr("Repeat the passphrase: "));
        if (again != first.value()) {
            return Error { ErrorCode::InvalidInput, Cli::tr("The two passphrases differ.") };
        }
    }
    if (Status s = Vault::checkNewKey(CliContext::keyFor(first.value())); !s) {
        secureWipe(first.value());
        return s.error();
    }
    return first;
}

int cmdInit(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption(
        { QStringLiteral("display-name"), Cli::tr("Display name of the first account."), QStringLiteral("name") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString path = ctx.value(QStringLiteral("vault"));
    const QString user = ctx.value(QStringLiteral("user"));
    if (path.isEmpty() || user.isEmpty()) {
        return ctx.usage(Cli::tr("init needs --vault FILE and --user NAME."));
    }
    auto passphrase = newVaultPassphrase(ctx);
    if (!passphrase) {
        return ctx.fail(passphrase.error());
    }
    auto password = ctx.password(
        QStringLiteral("password-file"), "CD_PASSWORD", Cli::tr("Password for the new account %1: ").arg(user));
    if (!password) {
        return ctx.fail(password.error());
    }
    const QString display
        = ctx.isSet(QStringLiteral("display-name")) ? ctx.value(QStringLiteral("display-name")) : user;
    auto vault = VaultMaintenance::create(path, CliContext::keyFor(passphrase.value()),
        NewAccount { user, display, password.value(), Role::Administrator });
    if (!vault) {
        return ctx.fail(vault.error());
    }
    ctx.printJson(QJsonObject { { QStringLiteral("vault"), vault.value()->path() },
        { QStringLiteral("vault_id"), vault.value()->vaultId() },
        { QStringLiteral("format"), vault.value()->formatVersion() }, { QStringLiteral("administrator"), user } });
    return ExitOk;
}

int cmdAccounts(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    ctx.parser().addOption({ QStringLiteral("role"), Cli::tr("Role: admin, officer, staff or auditor."),
        QStringLiteral("role"), QStringLiteral("staff") });
    ctx.parser().addOption({ QStringLiteral("display-name"), Cli::tr("Display name."), QStringLiteral("name") });
    ctx.parser().addOption({ QStringLiteral("new-password-file"),
        Cli::tr("File with the new account's password (else CD_NEW_PASSWORD, else a prompt)."),
        QStringLiteral("file") });
    ctx.parser().addPositionalArgument(
        QStringLiteral("action"), Cli::tr("add | list | disable | enable | reset-password"));
    ctx.parser().addPositionalArgument(QStringLiteral("name"),
        Cli::tr("Account name (for add, disable, enable, "
                "reset-password)."));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QStringList pos = ctx.positional();
    const QString action = pos.value(0);
    if (action.isEmpty()) {
        return ctx.usage(Cli::tr("accounts needs an action: add, list, disable, enable or reset-password."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    AccountService accounts(*vault.value());
    if (action == QLatin1String("list")) {
        auto list = accounts.list();
        if (!list) {
            return ctx.fail(list.error());
        }
        if (ctx.format() == QLatin1String("csv")) {
            QList<QStringList> rows;
            for (const Account& a : list.value()) {
                rows.append({ QString::number(a.id), a.username, a.displayName, roleKey(a.role),
                    a.active ? QStringLiteral("yes") : QStringLiteral("no") });
            }
            ctx.printCsv({ QStringLiteral("id"), QStringLiteral("username"), QStringLiteral("display_name"),
                             QStringLiteral("role"), QStringLiteral("active") },
                rows);
        } else {
            QJsonArray arr;
            for (const Account& a : list.value()) {
                arr.append(accountJson(a));
            }
            ctx.printJson(arr);
        }
        return ExitOk;
    }
    const QString name = pos.value(1);
    if (name.isEmpty()) {
        return ctx.usage(Cli::tr("Name the account."));
    }
    if (action == QLatin1String("add")) {
        Role role;
        if (!roleFromKey(ctx.value(QStringLiteral("role")), &role)) {
            return ctx.usage(Cli::tr("Unknown role %1.").arg(ctx.value(QStringLiteral("role"))));
        }
        auto pw = ctx.passphrase(QStringLiteral("new-password-file"), "CD_NEW_PASSWORD",
            Cli::tr("Password for the new account %1: ").arg(name));
        if (!pw) {
            return ctx.fail(pw.error());
        }
        const QString display
            = ctx.isSet(QStringLiteral("display-name")) ? ctx.value(QStringLiteral("display-name")) : name;
        auto added = accounts.add(NewAccount { name, display, pw.value(), role });
        if (!added) {
            return ctx.fail(added.error());
        }
        ctx.printJson(accountJson(added.value()));
        return ExitOk;
    }
    auto target = accounts.findByUsername(name);
    if (!target) {
        return ctx.fail(target.error());
    }
    Status s;
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        s = accounts.setActive(target->id, action == QLatin1String("enable"));
    } else if (action == QLatin1String("reset-password")) {
        auto pw = ctx.passphrase(
            QStringLiteral("new-password-file"), "CD_NEW_PASSWORD", Cli::tr("New password for %1: ").arg(name));
        if (!pw) {
            return ctx.fail(pw.error());
        }
        s = accounts.resetPassword(target->id, pw.value());
    } else {
        return ctx.usage(Cli::tr("Unknown accounts action %1.").arg(action));
    }
    if (!s) {
        return ctx.fail(s.error());
    }
    auto updated = accounts.findByUsername(name);
    ctx.printJson(updated ? accountJson(updated.value()) : QJsonObject());
    return ExitOk;
}

int cmdOpenCheck(CliContext& ctx)
{
    ctx.addVaultOptions(false);
    if (!ctx.parse()) {
        return ExitUsage;
    }
    auto vault = ctx.openVault(false);
    if (!vault) {
        return ctx.fail(vault.error());
    }
    ctx.printJson(QJsonObject { { QStringLiteral("vault"), vault.value()->path() }, { QStringLiteral("opens"), true },
        { QStringLiteral("format"), vault.value()->formatVersion() },
        { QStringLiteral("accounts"), vault.value()->activeAccountCount() } });
    return ExitOk;
}

int cmdVerify(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption({ QStringLiteral("deep"),
        Cli::tr("Also check the search index against the records, the stored number of submissions, every link, and "
                "the erasure ledger.") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    if (ctx.isSet(QStringLiteral("deep"))) {
        auto d = DeepVerify::run(*vault.value());
        if (!d) {
            return ctx.fail(d.error());
        }
        QJsonArray findings;
        for (const DeepVerify::Finding& f : d->findings) {
            findings.append(
                QJsonObject { { QStringLiteral("check"), f.check }, { QStringLiteral("detail"), f.detail } });
        }
        ctx.printJson(
            QJsonObject { { QStringLiteral("vault"), vault.value()->path() }, { QStringLiteral("ok"), d->ok() },
                { QStringLiteral("integrity"), d->integrityOk ? QStringLiteral("ok") : d->integrityMessage },
                { QStringLiteral("audit_chain_ok"), d->auditOk }, { QStringLiteral("audit_entries"), d->auditEntries },
                { QStringLiteral("audit_anchor_checked"), d->anchorChecked },
                { QStringLiteral("checks"), QJsonArray::fromStringList(d->checks) },
                { QStringLiteral("rows_checked"), d->rows }, { QStringLiteral("postings_checked"), d->postings },
                { QStringLiteral("links_checked"), d->links }, { QStringLiteral("ledger_entries"), d->ledgerEntries },
                { QStringLiteral("findings"), findings } });
        return d->ok() ? ExitOk : ExitCheckFailed;
    }
    auto r = vault.value()->verify();
    if (!r) {
        return ctx.fail(r.error());
    }
    const bool anchorOk = r->anchor.ok();
    QJsonObject o { { QStringLiteral("vault"), vault.value()->path() },
        { QStringLiteral("ok"), r->integrityOk && r->auditOk && anchorOk },
        { QStringLiteral("integrity"), r->integrityOk ? QStringLiteral("ok") : r->integrityMessage },
        { QStringLiteral("audit_chain_ok"), r->auditOk }, { QStringLiteral("audit_entries"), r->auditEntries },
        { QStringLiteral("audit_head"), QString::fromLatin1(r->auditHead.toHex()) } };
    if (!r->auditOk) {
        o.insert(QStringLiteral("audit_first_bad_entry"), r->auditFirstBad);
        o.insert(QStringLiteral("audit_problem"), r->auditProblem);
    }
    // This computer's anchor: "none" the first time, "ok", "shorter" or "diverged".
    o.insert(QStringLiteral("audit_anchor"), r->anchor.outcomeKey());
    if (!anchorOk) {
        o.insert(QStringLiteral("audit_anchor_problem"), r->anchor.message());
    }
    ctx.printJson(o);
    return r->integrityOk && r->auditOk && anchorOk ? ExitOk : ExitCheckFailed;
}

QJsonObject backupJson(const BackupReport& r)
{
    return QJsonObject { { QStringLiteral("path"), r.path }, { QStringLiteral("bytes"), r.bytes },
        { QStringLiteral("tables"), r.tables }, { QStringLiteral("rows"), r.rows },
        { QStringLiteral("format"), r.formatVersion }, { QStringLiteral("checked"), true } };
}

int cmdBackup(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption({ QStringLiteral("out"), Cli::tr("Backup file to write."), QStringLiteral("file") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    if (ctx.value(QStringLiteral("out")).isEmpty()) {
        return ctx.usage(Cli::tr("Name the backup file with --out."));
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    auto r = vault.value()->backup(ctx.value(QStringLiteral("out")));
    if (!r) {
        return ctx.fail(r.error());
    }
    ctx.printJson(backupJson(r.value()));
    return ExitOk;
}

int cmdRestore(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption(
        { QStringLiteral("backup"), Cli::tr("Backup file to restore from."), QStringLiteral("file") });
    ctx.parser().addOption({ QStringLiteral("backup-passphrase-file"),
        Cli::tr("File with the backup's passphrase, when it differs from the vault's (else "
                "CD_BACKUP_PASSPHRASE, else the vault's passphrase)."),
        QStringLiteral("file") });
    ctx.parser().addOption({ QStringLiteral("unopenable"),
        Cli::tr("The vault cannot be opened (damaged or missing): --user names an administrator of the backup, "
                "who authorises the restore with the backup's password. A vault that opens is refused.") });
    ctx.parser().addOption({ QStringLiteral("ledger-folder"),
        Cli::tr("With --unopenable: a further folder with copies of the vault (automatic backups) whose erasure "
                "ledgers are re-applied. Repeatable."),
        QStringLiteral("folder") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString backup = ctx.value(QStringLiteral("backup"));
    const QString target = ctx.value(QStringLiteral("vault"));
    if (backup.isEmpty() || target.isEmpty() || ctx.value(QStringLiteral("user")).isEmpty()) {
        return ctx.usage(Cli::tr("restore needs --backup FILE, --vault FILE and --user NAME."));
    }
    auto passphrase = ctx.passphrase();
    if (!passphrase) {
        return ctx.fail(passphrase.error());
    }
    VaultKey backupKey = CliContext::keyFor(passphrase.value());
    if (ctx.isSet(QStringLiteral("backup-passphrase-file")) || qEnvironmentVariableIsSet("CD_BACKUP_PASSPHRASE")) {
        auto other = ctx.passphrase(QStringLiteral("backup-passphrase-file"), "CD_BACKUP_PASSPHRASE");
        if (!other) {
            secureWipe(passphrase.value());
            return ctx.fail(other.error());
        }
        backupKey = CliContext::keyFor(other.value());
        secureWipe(other.value());
    }
    Result<BackupReport> r = Error { ErrorCode::Internal, QString() };
    if (ctx.isSet(QStringLiteral("unopenable"))) {
        // The vault being replaced cannot be opened: an administrator of the backup authorises it.
        secureWipe(passphrase.value());
        auto pw = ctx.password();
        if (!pw) {
            return ctx.fail(pw.error());
        }
        r = VaultMaintenance::restoreUnopenable(target, backup, backupKey, ctx.value(QStringLiteral("user")),
            pw.value(), ctx.parser().values(QStringLiteral("ledger-folder")), &ctx.settings());
        secureWipe(pw.value());
    } else {
        // An administrator signed in to the vault being replaced authorises the restore.
        auto vault = ctx.openVaultWith(passphrase.value());
        secureWipe(passphrase.value());
        if (!vault) {
            return ctx.fail(vault.error());
        }
        r = VaultMaintenance::restore(*vault.value(), backup, backupKey);
    }
    if (!r) {
        return ctx.fail(r.error());
    }
    QJsonObject o = backupJson(r.value());
    o.insert(QStringLiteral("erased_again_people"), r->erasedAgainPeople);
    o.insert(QStringLiteral("erased_again_records"), r->erasedAgainRecords);
    o.insert(QStringLiteral("erased_again"), r->erasedAgainSummary);
    if (!r->erasedAgainSummary.isEmpty()) {
        // Also said on stderr, so a person running the command sees it next to the JSON.
        QTextStream(stderr) << r->erasedAgainSummary << Qt::endl;
    }
    o.insert(
        QStringLiteral("previous"), QFileInfo::exists(r->previousPath) ? QJsonValue(r->previousPath) : QJsonValue());
    ctx.printJson(o);
    return ExitOk;
}

int cmdChangePassphrase(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption({ QStringLiteral("new-passphrase-file"), Cli::tr("File with the new vault passphrase."),
        QStringLiteral("file") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    auto oldPassphrase = ctx.passphrase();
    if (!oldPassphrase) {
        return ctx.fail(oldPassphrase.error());
    }
    auto newPassphrase
        = ctx.passphrase(QStringLiteral("new-passphrase-file"), "CD_NEW_PASSPHRASE", Cli::tr("New vault passphrase: "));
    if (!newPassphrase) {
        return ctx.fail(newPassphrase.error());
    }
    if (!ctx.isSet(QStringLiteral("new-passphrase-file")) && !qEnvironmentVariableIsSet("CD_NEW_PASSPHRASE")) {
        // Typed without echo: a typing mistake would lock everyone out, so it is asked twice.
        QString again = CliContext::promptHidden(Cli::tr("Repeat the new passphrase: "));
        const bool same = again == newPassphrase.value();
        secureWipe(again);
        if (!same) {
            secureWipe(newPassphrase.value());
            return ctx.fail(ErrorCode::InvalidInput, Cli::tr("The two passphrases differ."));
        }
    }
    if (Status s = Vault::checkNewKey(CliContext::keyFor(newPassphrase.value())); !s) {
        secureWipe(newPassphrase.value());
        return ctx.fail(s.error());
    }
    auto vault = ctx.openVaultWith(oldPassphrase.value());
    if (!vault) {
        return ctx.fail(vault.error());
    }
    const Status s = vault.value()->changePassphrase(
        CliContext::keyFor(oldPassphrase.value()), CliContext::keyFor(newPassphrase.value()));
    secureWipe(oldPassphrase.value());
    secureWipe(newPassphrase.value());
    if (!s) {
        return ctx.fail(s.error());
    }
    ctx.printJson(
        QJsonObject { { QStringLiteral("vault"), vault.value()->path() }, { QStringLiteral("changed"), true } });
    return ExitOk;
}

int cmdAudit(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.addFormatOption();
    ctx.parser().addOption({ QStringLiteral("since"), Cli::tr("Only entries on or after this date (YYYY-MM-DD)."),
        QStringLiteral("date") });
    ctx.parser().addOption({ QStringLiteral("limit"), Cli::tr("At most this many entries (newest first)."),
        QStringLiteral("n"), QStringLiteral("1000") });
    ctx.parser().addPositionalArgument(QStringLiteral("action"), Cli::tr("list | accept-anchor"));
    if (!ctx.parse()) {
        return ExitUsage;
    }
    if (ctx.positional().value(0) == QLatin1String("accept-anchor")) {
        // After a warning was looked into: this computer follows the log as it is now.
        auto vault = ctx.openVault();
        if (!vault) {
            return ctx.fail(vault.error());
        }
        const AnchorCheck before = vault.value()->lastAnchorCheck();
        if (Status s = vault.value()->acceptAuditAnchor(ctx.settings()); !s) {
            return ctx.fail(s.error());
        }
        ctx.printJson(QJsonObject { { QStringLiteral("was"), before.outcomeKey() },
            { QStringLiteral("audit_entries"), vault.value()->auditAnchor().entries } });
        return ExitOk;
    }
    if (ctx.positional().value(0) != QLatin1String("list")) {
        return ctx.usage(Cli::tr("audit supports: list, accept-anchor."));
    }
    AuditFilter filter;
    if (ctx.isSet(QStringLiteral("since"))) {
        const QDate since = QDate::fromString(ctx.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid()) {
            return ctx.usage(Cli::tr("--since takes a date as YYYY-MM-DD."));
        }
        filter.from = QDateTime(since, QTime(0, 0), Qt::UTC);
    }
    auto vault = ctx.openVault();
    if (!vault) {
        return ctx.fail(vault.error());
    }
    if (Status s = vault.value()->require(Permission::Read); !s) {
        return ctx.fail(s.error());
    }
    QList<AuditEntry> entries;
    try {
        entries = AuditLog::list(vault.value()->db(), filter, 0, ctx.value(QStringLiteral("limit")).toInt());
    } catch (const DbException& e) {
        return ctx.fail(e.error());
    }
    if (ctx.format() == QLatin1String("csv")) {
        QList<QStringList> rows;
        for (const AuditEntry& e : entries) {
            rows.append({ QString::number(e.id), e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.entityType,
                e.entityId, e.fields.join(QLatin1Char(';')), e.detail });
        }
        ctx.printCsv({ QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                         QStringLiteral("entity_type"), QStringLiteral("entity_id"), QStringLiteral("fields"),
                         QStringLiteral("detail") },
            rows);
        return ExitOk;
    }
    QJsonArray arr;
    for (const AuditEntry& e : entries) {
        arr.append(QJsonObject { { QStringLiteral("id"), e.id },
            { QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs) }, { QStringLiteral("actor"), e.actor },
            { QStringLiteral("action"), e.action }, { QStringLiteral("entity_type"), e.entityType },
            { QStringLiteral("entity_id"), e.entityId },
            { QStringLiteral("fields"), QJsonArray::fromStringList(e.fields) }, { QStringLiteral("detail"), e.detail },
            { QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex()) } });
    }
    ctx.printJson(arr);
    return ExitOk;
}

int cmdDemo(CliContext& ctx)
{
    ctx.addVaultOptions();
    ctx.parser().addOption({ QStringLiteral("submissions"), Cli::tr("How many synthetic contact submissions."),
        QStringLiteral("n"), QStringLiteral("2000") });
    ctx.parser().addOption({ QStringLiteral("seed"), Cli::tr("Random seed, for repeatable data."), QStringLiteral("n"),
        QStringLiteral("20260425") });
    if (!ctx.parse()) {
        return ExitUsage;
    }
    const QString path = ctx.value(QStringLiteral("vault"));
    const QString user
        = ctx.value(QStringLiteral("user")).isEmpty() ? QStringLiteral("admin") : ctx.value(QStringLiteral("user"));
    if (path.isEmpty()) {
        return ctx.usage(Cli::tr("demo needs --vault FILE (a new file)."));
    }
    if (QFileInfo::exists(path)) {
        return ctx.fail(ErrorCode::Conflict, Cli::tr("%1 already exists; demo only fills a new vault.").arg(path));
    }
    auto passphrase = newVaultPassphrase(ctx);
    if (!passphrase) {
        return ctx.fail(passphrase.error());
    }
    auto password = ctx.password(
        QStringLiteral("password-file"), "CD_PASSWORD", Cli::tr("Password for the demo account %1: ").arg(user));
    if (!password) {
        return ctx.fail(password.error());
    }
    auto vault = VaultMaintenance::create(path, CliContext::keyFor(passphrase.value()),
        NewAccount { user, QStringLiteral("王芳"), password.value(), Role::Administrator });
    if (!vault) {
        return ctx.fail(vault.error());
    }
    DemoOptions options;
    options.submissions = ctx.value(QStringLiteral("submissions")).toInt();
    options.seed = ctx.value(QStringLiteral("seed")).toUInt();
    options.staffPassword = password.value();
    auto summary = fillDemoVault(*vault.value(), options);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    QJsonObject o { { QStringLiteral("vault"), vault.value()->path() }, { QStringLiteral("user"), user } };
    for (auto it = summary->counts.cbegin(); it != summary->counts.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    ctx.printJson(o);
    return ExitOk;
}

} // namespace

QList<Command> vaultCommands()
{
    return {
        { QStringLiteral("init"), Cli::tr("Create a new vault with its first administrator."), cmdInit },
        { QStringLiteral("accounts"), Cli::tr("Add, list, disable, enable or reset staff accounts."), cmdAccounts },
        { QStringLiteral("open-check"), Cli::tr("Exit 0 when the passphrase opens the vault."), cmdOpenCheck },
        { QStringLiteral("verify"),
            Cli::tr("Check the vault's integrity and the audit chain (--deep: also the search index, links and "
                    "erasure ledger)."),
            cmdVerify },
        { QStringLiteral("backup"), Cli::tr("Write a checked, encrypted backup."), cmdBackup },
        { QStringLiteral("restore"), Cli::tr("Replace a vault with a checked backup."), cmdRestore },
        { QStringLiteral("change-passphrase"), Cli::tr("Change the vault passphrase."), cmdChangePassphrase },
        { QStringLiteral("audit"), Cli::tr("List audit log entries."), cmdAudit },
        { QStringLiteral("demo"), Cli::tr("Create a vault filled with synthetic demo data."), cmdDemo },
    };
}

} // namespace cd::cli
