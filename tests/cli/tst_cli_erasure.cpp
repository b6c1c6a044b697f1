// The whole rights-request workflow from the command line, checked as a reviewer would:
// import → correction request → requests correct → deletion request → fulfil → verify --deep
// → no byte of the old or new values in a plaintext copy (sqlcipher_export) → restore of an
// older backup → the person is still gone, and re-importing the source file skips them.
#include "TestVault.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

const char* kSeed = "cli-erasure-test";

} // namespace

class TestCliErasure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeFlow();

private:
    Run cli(const QStringList& args);
    Run ok(const QStringList& args);
    QString vault() const { return m_dir.filePath(QStringLiteral("flow.cdvault")); }
    QString m_cli;
    QTemporaryDir m_dir;
};

void TestCliErasure::initTestCase()
{
    m_cli = qEnvironmentVariable("CD_BINARY_DIR") + QStringLiteral("/app/compliance-desk-cli");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    QVERIFY(m_dir.isValid());
}

Run TestCliErasure::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("CD_PASSPHRASE"), QString::fromLatin1(VaultKey::rawFromSeed(kSeed).material().bytes()));
    e.insert(QStringLiteral("CD_PASSWORD"), QStringLiteral("admin-password"));
    p.setProcessEnvironment(e);
    QStringList full = args;
    if (args.first() != QLatin1String("restore")) {
        full << QStringLiteral("--vault") << vault();
    }
    if (args.first() != QLatin1String("init") && !args.contains(QStringLiteral("--user"))) {
        full << QStringLiteral("--user") << QStringLiteral("admin");
    }
    p.start(m_cli, full);
    p.waitForStarted();
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

Run TestCliErasure::ok(const QStringList& args)
{
    Run r = cli(args);
    if (r.exitCode != 0) {
        qWarning("%s -> %d\n%s\n%s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode, r.out.constData(),
            r.err.constData());
    }
    return r;
}

void TestCliErasure::wholeFlow()
{
    const QString oldName = QStringLiteral("Oswin Kettleborough");
    const QString oldPhone = QStringLiteral("13912340001");
    const QString oldEmail = QStringLiteral("oswin.kettleborough@example.cn");
    const QString oldMessage = QStringLiteral("Quizzical porcupine enquiry");
    const QString newName = QStringLiteral("Oswin Featherstonehaugh");
    const QString newPhone = QStringLiteral("13765430002");
    const QString newEmail = QStringLiteral("o.featherstonehaugh@example.cn");
    const QString newMessage = QStringLiteral("Wholesome corrected wording");

    QCOMPARE(ok({ QStringLiteral("init"), QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("--display-name"), QStringLiteral("Admin") })
                 .exitCode,
        0);
    const QString csv = m_dir.filePath(QStringLiteral("contacts.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("received_at,name,phone,email,region,message\n"
                               "2026-01-05 10:00:00,%1,%2,%3,Shanghai,%4\n"
                               "2026-01-06 09:00:00,Other Resident,13800007777,other.resident@example.cn,Beijing,"
                               "a different person\n")
                    .arg(oldName, oldPhone, oldEmail, oldMessage)
                    .toUtf8());
    }
    Run r = ok({ QStringLiteral("import"), QStringLiteral("submissions"), csv });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(QStringLiteral("imported")).toInt(), 2);
    const QString older = m_dir.filePath(QStringLiteral("older.cdvault"));
    QCOMPARE(ok({ QStringLiteral("backup"), QStringLiteral("--out"), older }).exitCode, 0);

    // Correction request, linked to the person's submission, then corrected from the CLI.
    r = ok({ QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("correction"),
        QStringLiteral("--name"), oldName, QStringLiteral("--email"), oldEmail, QStringLiteral("--phone"), oldPhone,
        QStringLiteral("--link"), QStringLiteral("all") });
    QCOMPARE(r.exitCode, 0);
    const QString correction = r.object().value(QStringLiteral("number")).toString();
    const qint64 correctionId = r.object().value(QStringLiteral("id")).toInteger();
    QCOMPARE(r.object().value(QStringLiteral("linked_submissions")).toInt(), 1);
    QCOMPARE(
        ok({ QStringLiteral("requests"), QStringLiteral("transition"), correction, QStringLiteral("verification") })
            .exitCode,
        0);
    QCOMPARE(ok({ QStringLiteral("requests"), QStringLiteral("transition"), correction, QStringLiteral("in_progress"),
                    QStringLiteral("--method"), QStringLiteral("id_document") })
                 .exitCode,
        0);
    // Bad input first: no field, an invalid email.
    QCOMPARE(cli({ QStringLiteral("requests"), QStringLiteral("correct"), correction }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("requests"), QStringLiteral("correct"), correction, QStringLiteral("--email"),
                     QStringLiteral("not an email") })
                 .exitCode,
        2);
    r = ok({ QStringLiteral("requests"), QStringLiteral("correct"), correction, QStringLiteral("--name"), newName,
        QStringLiteral("--phone"), newPhone, QStringLiteral("--email"), newEmail, QStringLiteral("--message"),
        newMessage });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(QStringLiteral("changed")).toArray().size(), 4);
    QCOMPARE(ok({ QStringLiteral("submissions"), QStringLiteral("search"), QStringLiteral("--query"),
                    QStringLiteral("Featherstone") })
                 .array()
                 .size(),
        1);
    QCOMPARE(ok({ QStringLiteral("submissions"), QStringLiteral("search"), QStringLiteral("--query"),
                    QStringLiteral("Kettleborough") })
                 .array()
                 .size(),
        0);

    // Deletion request: the officer links the earlier correction request (it holds the old
    // details) but not the submission the intake proposes; fulfilment is refused with the list.
    r = ok({ QStringLiteral("requests"), QStringLiteral("add"), QStringLiteral("--type"), QStringLiteral("deletion"),
        QStringLiteral("--name"), newName, QStringLiteral("--email"), newEmail, QStringLiteral("--phone"), newPhone,
        QStringLiteral("--link"), QStringLiteral("request:%1").arg(correctionId) });
    QCOMPARE(r.exitCode, 0);
    const QString deletion = r.object().value(QStringLiteral("number")).toString();
    QCOMPARE(ok({ QStringLiteral("requests"), QStringLiteral("transition"), deletion, QStringLiteral("verification") })
                 .exitCode,
        0);
    QCOMPARE(ok({ QStringLiteral("requests"), QStringLiteral("transition"), deletion, QStringLiteral("in_progress"),
                    QStringLiteral("--method"), QStringLiteral("id_document") })
                 .exitCode,
        0);
    r = cli({ QStringLiteral("requests"), QStringLiteral("fulfil"), deletion, QStringLiteral("--ground"),
        QStringLiteral("consent_withdrawn") });
    QCOMPARE(r.exitCode, 1);
    const QJsonArray open = r.object().value(QStringLiteral("unconfirmed")).toArray();
    QCOMPARE(open.size(), 1);
    QVERIFY(r.err.contains("requests matches"));
    const QString match = QStringLiteral("%1:%2")
                              .arg(open.at(0).toObject().value(QStringLiteral("type")).toString())
                              .arg(open.at(0).toObject().value(QStringLiteral("id")).toInteger());
    r = ok({ QStringLiteral("requests"), QStringLiteral("matches"), deletion, QStringLiteral("--confirm"), match });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(QStringLiteral("unconfirmed")).toArray().size(), 0);
    const QString out = m_dir.filePath(QStringLiteral("out"));
    r = ok({ QStringLiteral("requests"), QStringLiteral("fulfil"), deletion, QStringLiteral("--ground"),
        QStringLiteral("consent_withdrawn"), QStringLiteral("--out"), out, QStringLiteral("--lang"),
        QStringLiteral("en") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.object().value(QStringLiteral("deleted")).toObject().value(QStringLiteral("contact_submissions")).toInt(), 1);

    r = ok({ QStringLiteral("verify"), QStringLiteral("--deep") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(r.object().value(QStringLiteral("postings_checked")).toInt() > 0);

    // A plaintext copy holds neither the old nor the corrected values.
    {
        auto db = Database::open(vault(), VaultKey::rawFromSeed(kSeed), Database::OpenMode::Existing);
        QVERIFY2(db, qPrintable(db.message()));
        const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
        Statement attach(*db.value(), "ATTACH DATABASE ? AS plain KEY ''");
        attach.bind(1, plain).exec();
        db.value()->exec("SELECT sqlcipher_export('plain')");
        db.value()->exec("DETACH DATABASE plain");
        const QByteArray bytes = test::readFile(plain);
        QVERIFY(bytes.startsWith("SQLite format 3"));
        QVERIFY(bytes.contains("a different person"));
        for (const QString& v : { oldName, oldPhone, oldEmail, oldMessage, newName, newPhone, newEmail, newMessage }) {
            QVERIFY2(!bytes.contains(v.toUtf8()),
                qPrintable(QStringLiteral("a value of %1 characters survived").arg(v.size())));
        }
    }

    // Restoring the backup made before the correction and the deletion: the person stays gone.
    r = ok({ QStringLiteral("restore"), QStringLiteral("--backup"), older, QStringLiteral("--vault"), vault(),
        QStringLiteral("--user"), QStringLiteral("admin") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(QStringLiteral("erased_again_people")).toInt(), 1);
    QVERIFY(!r.object().value(QStringLiteral("erased_again")).toString().isEmpty());
    QVERIFY(r.err.contains("removed again"));
    QCOMPARE(ok({ QStringLiteral("submissions"), QStringLiteral("search"), QStringLiteral("--query"),
                    QStringLiteral("Kettleborough") })
                 .array()
                 .size(),
        0);
    QCOMPARE(ok({ QStringLiteral("submissions"), QStringLiteral("list") }).array().size(), 1);
    r = ok({ QStringLiteral("verify"), QStringLiteral("--deep") });
    QCOMPARE(r.exitCode, 0);
    // Re-importing the source file skips the person and reports it.
    r = ok({ QStringLiteral("import"), QStringLiteral("submissions"), csv });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(QStringLiteral("erased_earlier")).toInt(), 1);
    QCOMPARE(r.object().value(QStringLiteral("imported")).toInt(), 0);

    // A planted fault makes verify --deep fail with exit code 4 and name it.
    {
        auto db = Database::open(vault(), VaultKey::rawFromSeed(kSeed), Database::OpenMode::Existing);
        QVERIFY(db);
        db.value()->exec("INSERT INTO register_links (owner_type, owner_id, target_type, target_id) VALUES "
                         "('incident', 4242, 'submission', 424242)");
    }
    r = cli({ QStringLiteral("verify"), QStringLiteral("--deep") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.contains("link_missing"));

    // A vault that opens is never replaced on a backup administrator's word.
    r = cli({ QStringLiteral("restore"), QStringLiteral("--unopenable"), QStringLiteral("--backup"), older,
        QStringLiteral("--vault"), vault(), QStringLiteral("--user"), QStringLiteral("admin") });
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("opens with this passphrase"));

    // The vault no longer opens. An administrator of the backup restores it; the copy kept by the
    // earlier restore (next to the vault) lends its erasure ledger, so the person stays gone.
    {
        QFile f(vault());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(int(f.size()), 'Z'));
    }
    QVERIFY(cli({ QStringLiteral("restore"), QStringLiteral("--backup"), older, QStringLiteral("--vault"), vault(),
                    QStringLiteral("--user"), QStringLiteral("admin") })
                .exitCode
        != 0);
    r = ok({ QStringLiteral("restore"), QStringLiteral("--unopenable"), QStringLiteral("--backup"), older,
        QStringLiteral("--vault"), vault(), QStringLiteral("--user"), QStringLiteral("admin") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.object().value(QStringLiteral("erased_again_people")).toInt(), 1);
    QCOMPARE(r.object().value(QStringLiteral("previous")).toString(), vault() + QStringLiteral(".unopenable"));
    QCOMPARE(ok({ QStringLiteral("submissions"), QStringLiteral("search"), QStringLiteral("--query"),
                    QStringLiteral("Kettleborough") })
                 .array()
                 .size(),
        0);
    QCOMPARE(ok({ QStringLiteral("submissions"), QStringLiteral("list") }).array().size(), 1);
    QCOMPARE(ok({ QStringLiteral("verify"), QStringLiteral("--deep") }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliErasure)
#include "tst_cli_erasure.moc"
