// cd-crash-writer: one long all-or-nothing write, the way an import writes its batch: many
// rows plus one audit entry in a single transaction. The crash-consistency test kills it at
// random points. Synthetic rows only (invented names, reserved 170 number range).
//   cd-crash-writer VAULT ROWS TAG      (key from CD_PASSPHRASE, admin password from CD_PASSWORD)
#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "submissions/SubmissionCount.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        err << "usage: cd-crash-writer VAULT ROWS TAG\n";
        return 2;
    }
    const QString tag = args.at(3);
    const int rows = args.at(2).toInt();
    auto vault = cd::Vault::open(args.at(1), cd::VaultKey::passphrase(qEnvironmentVariable("CD_PASSPHRASE")));
    if (!vault) {
        err << vault.message() << "\n";
        return 1;
    }
    if (auto actor = vault.value()->signIn(QStringLiteral("admin"), qEnvironmentVariable("CD_PASSWORD")); !actor) {
        err << actor.message() << "\n";
        return 3;
    }
    cd::Vault& v = *vault.value();
    static const char* const surnames[] = { "Zhao", "Qian", "Sun", "Li", "Zhou", "Wu", "Zheng", "Wang" };
    const QString now = cd::toStorageText(cd::Clock::nowUtc());
    const cd::Status s = v.write(cd::Permission::WriteData, [&](cd::WriteTx& tx) {
        cd::Database& db = tx.db();
        cd::Statement ins(db,
            "INSERT INTO submissions (received_at, name, phone, phone_norm, email, email_norm, "
            "region, message, source, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < rows; ++i) {
            const QString phone = QStringLiteral("170%1").arg(i, 8, 10, QLatin1Char('0'));
            const QString email = QStringLiteral("person%1@example.invalid").arg(i);
            ins.bind(1, now)
                .bind(2, QStringLiteral("Test %1 %2").arg(QLatin1String(surnames[i % 8])).arg(i))
                .bind(3, phone)
                .bind(4, phone)
                .bind(5, email)
                .bind(6, email)
                .bind(7, QStringLiteral("Shanghai"))
                .bind(8, QStringLiteral("Synthetic message number %1 for the crash-consistency test.").arg(i))
                .bind(9, tag)
                .bind(10, now)
                .bind(11, now)
                .exec();
        }
        // Like every writer of submissions: the stored row count, once per transaction.
        cd::submissions::SubmissionCount::add(db, rows);
        tx.audit({ QStringLiteral("reliability.bulk_write"), QStringLiteral("submission"), QString(), {},
            QStringLiteral("rows=%1 tag=%2").arg(rows).arg(tag) });
    });
    if (!s) {
        err << s.message() << "\n";
        return 1;
    }
    v.close();
    QTextStream(stdout) << "rows=" << rows << "\n";
    return 0;
}
