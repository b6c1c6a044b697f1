// "Deleting means gone, everywhere": the search index after a correction, ids never reused,
// the erasure ledger across restore and import, the deep verification, and fulfilment that
// refuses to miss proposed records. Real vaults, real backups, plaintext copies via
// sqlcipher_export.
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "maintenance/DeepVerify.h"
#include "maintenance/VaultMaintenance.h"
#include "requests/RequestDocuments.h"
#include "requests/RequestService.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "submissions/ErasureLedger.h"
#include "submissions/SearchIndex.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"
#include "util/Clock.h"
#include "vault/AutoBackup.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace cd;
using namespace cd::requests;
using namespace cd::submissions;

namespace {

qint64 addSubmission(Vault& vault, const QString& name, const QString& phone, const QString& email,
    const QString& message, const QDateTime& received = QDateTime(QDate(2026, 1, 5), QTime(2, 0), Qt::UTC))
{
    Submission s;
    s.receivedAt = received;
    s.name = name;
    s.phone = phone;
    s.email = email;
    s.region = QString::fromUtf8("上海市");
    s.message = message;
    auto id = SubmissionService(vault).create(s);
    if (!id) {
        qWarning("create: %s", qPrintable(id.message()));
        return 0;
    }
    return id.value();
}

TransitionInput to(RequestState state)
{
    TransitionInput in;
    in.to = state;
    return in;
}

// Adds a request of the given type for the person, linked to `submissions`, in progress.
qint64 requestInProgress(RequestService& service, RequestType type, const QString& name, const QString& email,
    const QString& phone, const QList<qint64>& submissions, const QList<qint64>& requests = {})
{
    RequestDraft d;
    d.type = type;
    d.receivedOn = Clock::today();
    d.requesterName = name;
    d.email = email;
    d.phone = phone;
    d.linkedSubmissions = submissions;
    d.linkedRequests = requests;
    auto r = service.add(d);
    if (!r) {
        qWarning("add: %s", qPrintable(r.message()));
        return 0;
    }
    service.transition(r->id, to(RequestState::Verification));
    TransitionInput v = to(RequestState::InProgress);
    v.verificationMethod = QStringLiteral("id_document");
    if (auto t = service.transition(r->id, v); !t) {
        qWarning("transition: %s", qPrintable(t.message()));
    }
    return r->id;
}

bool indexFinds(Database& db, const QString& query, qint64 id)
{
    const SearchIndex::Plan plan = SearchIndex::plan(db, query);
    if (plan.mode != SearchIndex::Plan::Mode::Candidates) {
        return false;
    }
    return std::binary_search(plan.candidates.begin(), plan.candidates.end(), quint32(id));
}

// Every id in the posting lists of a plaintext copy, read with plain SQLite calls.
QList<quint32> plaintextPostings(const QString& path)
{
    QList<quint32> ids;
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return ids;
    }
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(raw, "SELECT block, ids FROM submission_grams", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        // Offsets in the block as gaps of seven-bit groups (SearchIndex::encodePosting), decoded
        // here byte by byte.
        const quint32 base = quint32(sqlite3_column_int64(st, 0)) << 16;
        const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(st, 1));
        const auto* end = p + sqlite3_column_bytes(st, 1);
        quint32 offset = 0;
        while (p != end) {
            quint32 gap = 0;
            for (int shift = 0; p != end; shift += 7) {
                gap |= quint32(*p & 0x7F) << shift;
                if (!(*p++ & 0x80)) {
                    break;
                }
            }
            offset += gap;
            ids.append(base | offset);
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return ids;
}

QStringList findingChecks(const DeepVerify::Report& r)
{
    QStringList out;
    for (const auto& f : r.findings) {
        out << f.check;
    }
    return out;
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void correctionReindexesAndErasureLeavesNoBytes();
    void idsNeverReusedAndLinksGone();
    void migrationFromPreviousFormat();
    void ledgerSurvivesRestoreAndImport();
    void ledgerNeverHoldsValues();
    void restoreOfBackupFromBeforeRekey();
    void deepVerifyNamesEachPlantedFault();
    void unconfirmedMatchesBlockFulfilment();
    void certificateStatesBackupRotation();
    void cancelledFulfilmentChangesNothing_data();
    void cancelledFulfilmentChangesNothing();
    void cancelledRestoreLeavesTheVault();
};

void TestErasure::correctionReindexesAndErasureLeavesNoBytes()
{
    test::TestVault tv;
    const QString oldName = QStringLiteral("Quirinus Oldfield");
    const QString oldEmail = QStringLiteral("quirinus.oldfield@example.cn");
    const QString oldPhone = QStringLiteral("13911112222");
    const QString oldMessage = QStringLiteral("Zanzibarian pumpkin question");
    const QString newName = QString::fromUtf8("欧阳新名字");
    const QString newEmail = QStringLiteral("xylophonic.newmail@example.cn");
    const QString newPhone = QStringLiteral("13733334444");
    const QString newMessage = QStringLiteral("Marmaladeous corrected wording");
    const qint64 id = addSubmission(tv.vault(), oldName, oldPhone, oldEmail, oldMessage);
    const qint64 other = addSubmission(tv.vault(), QStringLiteral("Keeper Person"), QStringLiteral("13800000009"),
        QStringLiteral("keeper@example.cn"), QStringLiteral("keep this row"));
    QVERIFY(id > 0 && other > 0);
    QVERIFY(indexFinds(tv.db(), QStringLiteral("Oldfield"), id));

    RequestService service(tv.vault());
    const qint64 correction = requestInProgress(service, RequestType::Correction, oldName, oldEmail, oldPhone, { id });
    CorrectionInput in;
    in.submissionId = id;
    in.fields = { { QStringLiteral("name"), newName }, { QStringLiteral("email"), newEmail },
        { QStringLiteral("phone"), newPhone }, { QStringLiteral("message"), newMessage } };
    auto changed = service.correctSubmission(correction, in);
    QVERIFY2(changed, qPrintable(changed.message()));
    QCOMPARE(changed->size(), 4);

    // The new values are searchable, the old ones are not.
    QVERIFY(indexFinds(tv.db(), QString::fromUtf8("新名字"), id));
    QVERIFY(indexFinds(tv.db(), QStringLiteral("xylophonic"), id));
    QVERIFY(indexFinds(tv.db(), QStringLiteral("733334"), id));
    QVERIFY(indexFinds(tv.db(), QStringLiteral("Marmaladeous"), id));
    QVERIFY(!indexFinds(tv.db(), QStringLiteral("Oldfield"), id));
    QVERIFY(!indexFinds(tv.db(), QStringLiteral("Zanzibarian"), id));
    QVERIFY(!indexFinds(tv.db(), QStringLiteral("quirinus"), id));
    auto deep = DeepVerify::run(tv.vault());
    QVERIFY(deep && deep->ok());

    // Erase the person: postings go by id, whatever text made them. The officer links the
    // person's earlier correction request (it still holds the old contact details).
    const qint64 deletion
        = requestInProgress(service, RequestType::Deletion, newName, newEmail, newPhone, { id }, { correction });
    QVERIFY(service.unconfirmedMatches(deletion)->isEmpty());
    auto erased = service.eraseLinkedData(deletion, QStringLiteral("consent_withdrawn"));
    QVERIFY2(erased, qPrintable(erased.message()));
    QCOMPARE(erased->counts.value(QStringLiteral("contact_submissions")), 1);

    const QString plain = tv.dir() + QStringLiteral("/plain.db");
    const QByteArray bytes = test::plaintextCopy(tv.db(), plain);
    QVERIFY(bytes.startsWith("SQLite format 3"));
    QVERIFY(bytes.contains("keep this row")); // the copy really holds the vault's data
    for (const QString& value : { oldName, oldEmail, oldPhone, oldMessage, newName, newEmail, newPhone, newMessage }) {
        QVERIFY2(!bytes.contains(value.toUtf8()),
            qPrintable(QStringLiteral("a value survived: field %1").arg(value.size())));
    }
    const QList<quint32> postings = plaintextPostings(plain);
    QVERIFY(postings.contains(quint32(other)));
    QVERIFY(!postings.contains(quint32(id)));
    deep = DeepVerify::run(tv.vault());
    QVERIFY(deep);
    QVERIFY2(deep->ok(), qPrintable(findingChecks(deep.value()).join(QLatin1Char(','))));
}

void TestErasure::idsNeverReusedAndLinksGone()
{
    test::TestVault tv;
    const qint64 a = addSubmission(tv.vault(), QStringLiteral("Ann"), QStringLiteral("13800000001"),
        QStringLiteral("ann@example.cn"), QStringLiteral("one"));
    const qint64 b = addSubmission(tv.vault(), QStringLiteral("Bob"), QStringLiteral("13800000002"),
        QStringLiteral("bob@example.cn"), QStringLiteral("two"));
    QVERIFY(b > a);
    RequestService service(tv.vault());
    // Bob's submission (the largest id) is linked from an access request, a register entry and
    // owns an attachment.
    const qint64 access = requestInProgress(service, RequestType::Access, QStringLiteral("Bob"),
        QStringLiteral("bob@example.cn"), QStringLiteral("13800000002"), { b });
    tv.db().exec("INSERT INTO disclosures (kind, recipient_name, purpose, basis, law_citation, disclosed_on, "
                 "created_at, updated_at) VALUES ('sharing', 'Courier', 'delivery', 'law', 'PIPL 13', "
                 "'2026-01-01', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
    const qint64 disclosure = tv.db().lastInsertId();
    Statement reg(tv.db(),
        "INSERT INTO register_links (owner_type, owner_id, target_type, target_id) VALUES ('disclosure', ?, "
        "'submission', ?)");
    reg.bind(1, disclosure).bind(2, b).exec();
    Statement att(tv.db(),
        "INSERT INTO attachments (owner_type, owner_id, name, size, sha256, data, added_at) VALUES "
        "('submission', ?, 'scan.txt', 4, 'x', x'00010203', '2026-01-01T00:00:00.000Z')");
    att.bind(1, b).exec();

    const qint64 deletion = requestInProgress(service, RequestType::Deletion, QStringLiteral("Bob"),
        QStringLiteral("bob@example.cn"), QStringLiteral("13800000002"), { b });
    auto open = service.unconfirmedMatches(deletion);
    QVERIFY(open);
    QList<LinkCandidate> confirm = open.value(); // the earlier access request is Bob's too
    QVERIFY(service.resolveMatches(deletion, confirm, {}));
    auto erased = service.eraseLinkedData(deletion, QStringLiteral("consent_withdrawn"));
    QVERIFY2(erased, qPrintable(erased.message()));

    auto count = [&](const char* sql, qint64 id) {
        Statement s(tv.db(), sql);
        s.bind(1, id);
        s.next();
        return s.int64(0);
    };
    QCOMPARE(count("SELECT count(*) FROM request_links WHERE target_type = 'submission' AND target_id = ?", b), 0);
    QCOMPARE(count("SELECT count(*) FROM register_links WHERE target_type = 'submission' AND target_id = ?", b), 0);
    QCOMPARE(count("SELECT count(*) FROM attachments WHERE owner_type = 'submission' AND owner_id = ?", b), 0);

    // The next submission gets a new id, and nothing is linked to it.
    const qint64 c = addSubmission(tv.vault(), QStringLiteral("Cai"), QStringLiteral("13800000003"),
        QStringLiteral("cai@example.cn"), QStringLiteral("three"));
    QVERIFY2(c > b, qPrintable(QStringLiteral("new id %1 after erased %2").arg(c).arg(b)));
    QCOMPARE(count("SELECT count(*) FROM request_links WHERE target_type = 'submission' AND target_id = ?", c), 0);
    QCOMPARE(count("SELECT count(*) FROM register_links WHERE target_type = 'submission' AND target_id = ?", c), 0);
    QCOMPARE(count("SELECT count(*) FROM attachments WHERE owner_type = 'submission' AND owner_id = ?", c), 0);
    QCOMPARE(service.linkedSubmissions(access)->size(), 0);
    // Requests too: a new request never takes an old number's row id.
    const qint64 maxRequest = Statement::scalarInt(tv.db(), "SELECT max(id) FROM requests");
    tv.db().exec(QStringLiteral("DELETE FROM requests WHERE id = %1").arg(maxRequest));
    const qint64 next = requestInProgress(
        service, RequestType::Other, QStringLiteral("Dan"), QStringLiteral("dan@example.cn"), QString(), {});
    QVERIFY(next > maxRequest);
}

void TestErasure::migrationFromPreviousFormat()
{
    // A vault as the previous release made it: migrations up to 0007 only.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.cdvault"));
    {
        auto db = Database::open(path, test::TestVault::key(), Database::OpenMode::Create);
        QVERIFY2(db, qPrintable(db.message()));
        Database& d = *db.value();
        d.exec("BEGIN");
        for (const Migration& m : Migrations::all()) {
            if (m.version <= 7) {
                d.exec(m.sql);
            }
        }
        d.setUserVersion(7);
        for (int i = 1; i <= 4; ++i) {
            Statement s(d,
                "INSERT INTO submissions (received_at, name, phone_norm, email_norm, created_at, updated_at) "
                "VALUES ('2026-01-01T00:00:00.000Z', ?, '', '', '2026-01-01T00:00:00.000Z', "
                "'2026-01-01T00:00:00.000Z')");
            s.bind(1, QStringLiteral("Row %1").arg(i)).exec();
        }
        d.exec("INSERT INTO requests (id, number, type, received_on, deadline_rule, base_due_on, due_on, created_at, "
               "updated_at) VALUES (1, 'RR-2026-0001', 'access', '2026-01-02', 'working:15', '2026-01-23', "
               "'2026-01-23', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')");
        d.exec("INSERT INTO request_events (request_id, at, actor, kind) VALUES (1, '2026-01-02T00:00:00.000Z', "
               "'x', 'created')");
        // Submission 7 existed once (the audit log names it) and the largest row, 4, is deleted.
        WriteTx(d, Actor::system())
            .audit({ QStringLiteral("submission.purge"), QStringLiteral("submission"), QStringLiteral("7"), {}, {} });
        d.exec("DELETE FROM submissions WHERE id = 4");
        d.exec("COMMIT");
    }
    QStringList expectedIndexes;
    {
        test::TestVault fresh;
        Statement s(fresh.db(),
            "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN ('submissions', "
            "'requests', 'attachments', 'disclosures', 'incidents', 'incident_notifications') AND name NOT LIKE "
            "'sqlite_%' ORDER BY name");
        while (s.next()) {
            expectedIndexes << s.text(0);
        }
    }
    auto vault = Vault::open(path, test::TestVault::key());
    QVERIFY2(vault, qPrintable(vault.message()));
    Database& db = vault.value()->db();
    QCOMPARE(db.userVersion(), Migrations::latestVersion());
    for (const char* table :
        { "submissions", "requests", "attachments", "disclosures", "incidents", "incident_notifications" }) {
        Statement s(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
        s.bind(1, QString::fromLatin1(table));
        QVERIFY(s.next());
        QVERIFY2(s.text(0).contains(QStringLiteral("AUTOINCREMENT")), table);
    }
    QStringList indexes;
    {
        Statement s(db,
            "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name IN ('submissions', "
            "'requests', 'attachments', 'disclosures', 'incidents', 'incident_notifications') AND name NOT LIKE "
            "'sqlite_%' ORDER BY name");
        while (s.next()) {
            indexes << s.text(0);
        }
    }
    QCOMPARE(indexes, expectedIndexes);
    // The rebuild did not cascade into the tables that reference the rebuilt ones.
    QCOMPARE(Statement::scalarInt(db, "SELECT count(*) FROM request_events"), 1);
    QCOMPARE(Statement::scalarInt(db, "SELECT count(*) FROM submissions"), 3);
    QCOMPARE(Statement::scalarInt(db, "PRAGMA foreign_keys"), 1);
    Statement fk(db, "PRAGMA foreign_key_check");
    QVERIFY(!fk.next());
    // The delete trigger still feeds the index sweep.
    db.exec("DELETE FROM submissions WHERE id = 3");
    QCOMPARE(Statement::scalarInt(db, "SELECT count(*) FROM submission_unindexed_deletes WHERE id = 3"), 1);
    // Neither 4 (deleted before the migration) nor 7 (named by the audit log) comes back.
    db.exec("INSERT INTO submissions (received_at, created_at, updated_at) VALUES ('2026-02-01T00:00:00.000Z', "
            "'2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z')");
    QCOMPARE(db.lastInsertId(), qint64(8));
    // The event trail still hangs off its request after the rebuild (foreign key by name).
    db.exec("DELETE FROM requests WHERE id = 1");
    QCOMPARE(Statement::scalarInt(db, "SELECT count(*) FROM request_events"), 0);
}

void TestErasure::ledgerSurvivesRestoreAndImport()
{
    test::TestVault tv;
    const QString name = QStringLiteral("Ledger Person");
    const QString email = QStringLiteral("Ledger.Person@Example.cn");
    const QString phone = QStringLiteral("+86 139-5555-6666");
    const qint64 person = addSubmission(tv.vault(), name, phone, email, QStringLiteral("first contact"));
    const qint64 second = addSubmission(tv.vault(), name, QString(), email, QStringLiteral("second contact"));
    addSubmission(tv.vault(), QStringLiteral("Other Person"), QStringLiteral("13800001111"),
        QStringLiteral("other@example.cn"), QStringLiteral("stays"));
    const QString backup = tv.dir() + QStringLiteral("/older.cdvault");
    QVERIFY(tv.vault().backup(backup));

    RequestService service(tv.vault());
    const qint64 deletion = requestInProgress(service, RequestType::Deletion, name, email, phone, { person, second });
    QVERIFY(service.eraseLinkedData(deletion, QStringLiteral("consent_withdrawn")));
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM erasure_ledger"), 2); // email + phone
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(DISTINCT person) FROM erasure_ledger"), 1);

    // Restoring the older backup: the person is removed again before anyone sees the data.
    auto restored = VaultMaintenance::restore(tv.vault(), backup, test::TestVault::key());
    QVERIFY2(restored, qPrintable(restored.message()));
    QCOMPARE(restored->erasedAgainPeople, 1);
    QCOMPARE(restored->erasedAgainRecords, 2);
    QVERIFY(restored->erasedAgainSummary.contains(QLatin1Char('1')));
    tv.reopen();
    QCOMPARE(Statement::scalarInt(tv.db(),
                 "SELECT count(*) FROM submissions WHERE email_norm = "
                 "'ledger.person@example.cn' OR phone_norm = '13955556666'"),
        0);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), 1);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM erasure_ledger"), 2);
    AuditFilter f;
    f.action = QStringLiteral("erasure.reapply");
    QCOMPARE(AuditLog::list(tv.db(), f, 0, 10).size(), 1);
    auto deep = DeepVerify::run(tv.vault());
    QVERIFY(deep);
    QVERIFY2(deep->ok(), qPrintable(findingChecks(deep.value()).join(QLatin1Char(','))));
    const QByteArray bytes = test::plaintextCopy(tv.db(), tv.dir() + QStringLiteral("/after-restore.db"));
    QVERIFY(!bytes.contains("first contact") && !bytes.contains(email.toLower().toUtf8()));

    // Re-importing the source file skips the person and says so; other people come in.
    const QString csv = tv.dir() + QStringLiteral("/source.csv");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("received_at,name,phone,email,region,message\n"
               "2026-01-05 10:00:00,Ledger Person,13955556666,,Shanghai,again by phone\n"
               "2026-01-05 11:00:00,Ledger Person,,LEDGER.PERSON@example.cn,Shanghai,again by email\n"
               "2026-01-06 09:00:00,New Person,13800002222,new@example.cn,Beijing,hello\n");
    file.close();
    auto report = SubmissionImporter::run(tv.db(), tv.vault().actor(), csv, ImportOptions {});
    QVERIFY2(report, qPrintable(report.message()));
    QCOMPARE(report->erasedEarlier, qint64(2));
    QCOMPARE(report->imported, qint64(1));
    QCOMPARE(report->read, report->imported + report->duplicates + report->erasedEarlier + report->rejected);
    f.action = QStringLiteral("submission.import");
    const auto audit = AuditLog::list(tv.db(), f, 0, 10);
    QVERIFY(!audit.isEmpty() && audit.first().detail.contains(QStringLiteral("erased_earlier=2")));
}

void TestErasure::restoreOfBackupFromBeforeRekey()
{
    // A backup made before a passphrase change: the vault being replaced is read with its own
    // (new) key and the copy with the backup's, so the ledger still reaches the restored data.
    test::TestVault tv;
    const QString name = QStringLiteral("Rekey Person");
    const QString email = QStringLiteral("rekey.person@example.cn");
    const QString phone = QStringLiteral("13955557777");
    const qint64 person = addSubmission(tv.vault(), name, phone, email, QStringLiteral("before"));
    const QString backup = tv.dir() + QStringLiteral("/before-rekey.cdvault");
    QVERIFY(tv.vault().backup(backup));
    RequestService service(tv.vault());
    const qint64 deletion = requestInProgress(service, RequestType::Deletion, name, email, phone, { person });
    QVERIFY(service.eraseLinkedData(deletion, QStringLiteral("consent_withdrawn")));
    QVERIFY(tv.vault().changePassphrase(test::TestVault::key(), VaultKey::rawFromSeed("another-vault-key")));
    auto restored = VaultMaintenance::restore(tv.vault(), backup, test::TestVault::key());
    QVERIFY2(restored, qPrintable(restored.message()));
    QCOMPARE(restored->erasedAgainPeople, 1);
    QVERIFY(!restored->erasedAgainSummary.contains(QStringLiteral("another passphrase")));
    QVERIFY(QFile::exists(tv.path() + QStringLiteral(".before-restore")));
    tv.reopen();
    QCOMPARE(
        Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions WHERE email_norm = 'rekey.person@example.cn'"),
        0);
}

void TestErasure::ledgerNeverHoldsValues()
{
    test::TestVault tv;
    const QString email = QStringLiteral("digest.only@example.cn");
    const QString phone = QStringLiteral("13977778888");
    const qint64 id = addSubmission(tv.vault(), QStringLiteral("Digest Only"), phone, email, QStringLiteral("m"));
    RequestService service(tv.vault());
    const qint64 r
        = requestInProgress(service, RequestType::Deletion, QStringLiteral("Digest Only"), email, phone, { id });
    QVERIFY(service.eraseLinkedData(r, QStringLiteral("consent_withdrawn")));
    int n = 0;
    {
        Statement s(tv.db(), "SELECT kind, digest FROM erasure_ledger ORDER BY kind");
        while (s.next()) {
            ++n;
            QCOMPARE(s.blob(1).size(), 32); // HMAC-SHA256
            QVERIFY(!s.blob(1).contains(email.toUtf8()) && !s.blob(1).contains(phone.toUtf8()));
        }
    }
    QCOMPARE(n, 2);
    // Keyed: the bare SHA-256 of the value is not what is stored.
    const QByteArray tagged = QByteArray("email:") + email.toUtf8();
    const QByteArray bare = QCryptographicHash::hash(tagged, QCryptographicHash::Sha256);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM erasure_ledger_keys"), 1);
    {
        Statement k(tv.db(), "SELECT count(*) FROM erasure_ledger WHERE digest = ?");
        k.bind(1, bare);
        k.next();
        QCOMPARE(k.int64(0), qint64(0));
    }
    const QByteArray bytes = test::plaintextCopy(tv.db(), tv.dir() + QStringLiteral("/ledger.db"));
    QVERIFY(!bytes.contains(email.toUtf8()) && !bytes.contains(phone.toUtf8()));
    // A later contact of the same person (received after the erasure) is not matched.
    const auto m = ErasureLedger::Matcher::load(tv.db());
    QVERIFY(!m.match(email, QString(), QStringLiteral("2020-01-01T00:00:00.000Z")).isEmpty());
    QVERIFY(m.match(email, QString(), QStringLiteral("2999-01-01T00:00:00.000Z")).isEmpty());
    QVERIFY(m.match(QStringLiteral("someone@example.cn"), QString(), QString()).isEmpty());
}

void TestErasure::deepVerifyNamesEachPlantedFault()
{
    test::TestVault tv;
    const qint64 a = addSubmission(tv.vault(), QStringLiteral("Alpha Person"), QStringLiteral("13800003333"),
        QStringLiteral("alpha@example.cn"), QStringLiteral("alpha message"));
    const qint64 b = addSubmission(tv.vault(), QStringLiteral("Beta Person"), QStringLiteral("13800004444"),
        QStringLiteral("beta@example.cn"), QStringLiteral("beta message"));
    const qint64 gone = addSubmission(tv.vault(), QStringLiteral("Gamma Gone"), QStringLiteral("13800005555"),
        QStringLiteral("gamma@example.cn"), QStringLiteral("gamma message"));
    RequestService service(tv.vault());
    const qint64 r = requestInProgress(service, RequestType::Deletion, QStringLiteral("Gamma Gone"),
        QStringLiteral("gamma@example.cn"), QStringLiteral("13800005555"), { gone });
    QVERIFY(service.eraseLinkedData(r, QStringLiteral("consent_withdrawn")));
    auto clean = DeepVerify::run(tv.vault());
    QVERIFY(clean);
    QVERIFY2(clean->ok(), qPrintable(findingChecks(clean.value()).join(QLatin1Char(','))));
    QVERIFY(clean->checks.contains(QStringLiteral("search_index")));
    QVERIFY(clean->postings > 0 && clean->rows == 2);

    // Each fault planted with raw SQL, as a careless script or a partial restore would leave it.
    struct Plant {
        const char* check;
        std::function<void()> plant;
    };
    const QList<Plant> plants {
        { "index_orphan",
            [&] {
                tv.db().exec("INSERT INTO submission_grams (gram, block, docs, ids) VALUES (4242, 0, 1, x'E707')");
            } },
        { "index_unexplained",
            [&] {
                Statement s(tv.db(), "UPDATE submissions SET name = 'Renamed Without Index' WHERE id = ?");
                s.bind(1, a).exec();
            } },
        { "link_missing",
            [&] {
                tv.db().exec("INSERT INTO request_links (request_id, target_type, target_id, linked_at) VALUES "
                             "(1, 'submission', 9999, '2026-01-01T00:00:00.000Z')");
            } },
        { "ledger_live_match",
            [&] {
                tv.db().exec("INSERT INTO submissions (received_at, name, email_norm, phone_norm, created_at, "
                             "updated_at) VALUES ('2020-01-01T00:00:00.000Z', 'Gamma Back', 'gamma@example.cn', "
                             "'', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')");
            } },
        { "audit_chain", [&] { tv.db().exec("UPDATE audit_log SET detail = 'rewritten' WHERE id = 2"); } },
    };
    for (const Plant& p : plants) {
        p.plant();
        auto report = DeepVerify::run(tv.vault());
        QVERIFY(report);
        QVERIFY2(findingChecks(report.value()).contains(QString::fromLatin1(p.check)),
            qPrintable(QStringLiteral("%1 not named; got %2")
                           .arg(QString::fromLatin1(p.check), findingChecks(report.value()).join(QLatin1Char(',')))));
        for (const auto& f : report->findings) {
            // Findings name ids and tables, never a value.
            QVERIFY(!f.detail.contains(QStringLiteral("Renamed")) && !f.detail.contains(QStringLiteral("gamma@")));
        }
    }
    // The corrected row also lacks postings for its new text.
    auto last = DeepVerify::run(tv.vault());
    QVERIFY(findingChecks(last.value()).contains(QStringLiteral("index_missing")));
    Q_UNUSED(b)
}

void TestErasure::unconfirmedMatchesBlockFulfilment()
{
    test::TestVault tv;
    const QString email = QStringLiteral("shared.family@example.cn");
    const qint64 mine = addSubmission(tv.vault(), QStringLiteral("Parent"), QString(), email, QStringLiteral("mine"));
    const qint64 theirs
        = addSubmission(tv.vault(), QStringLiteral("Child"), QString(), email, QStringLiteral("not mine"));
    RequestService service(tv.vault());
    const qint64 r
        = requestInProgress(service, RequestType::Deletion, QStringLiteral("Parent"), email, QString(), { mine });
    auto open = service.unconfirmedMatches(r);
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().id, theirs);
    auto refused = service.eraseLinkedData(r, QStringLiteral("consent_withdrawn"));
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QVERIFY(refused.message().contains(QStringLiteral("submission %1").arg(theirs)));
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), 2); // nothing deleted

    // An access request is held back the same way.
    const qint64 access
        = requestInProgress(service, RequestType::Access, QStringLiteral("Parent"), email, QString(), { mine });
    QCOMPARE(service.dataPackage(access).code(), ErrorCode::NotAllowed);

    // Only open matches can be decided. The access request is the same person's (confirm); the
    // other submission is a family member's (dismiss).
    LinkCandidate bogus;
    bogus.targetType = QStringLiteral("submission");
    bogus.id = 4711;
    QCOMPARE(service.resolveMatches(r, {}, { bogus }).code(), ErrorCode::InvalidInput);
    open = service.unconfirmedMatches(r);
    QCOMPARE(open->size(), 2);
    QList<LinkCandidate> confirm;
    QList<LinkCandidate> dismiss;
    for (const LinkCandidate& c : open.value()) {
        (c.targetType == QLatin1String("request") ? confirm : dismiss).append(c);
    }
    QCOMPARE(dismiss.size(), 1);
    QCOMPARE(dismiss.first().id, theirs);
    QVERIFY(service.resolveMatches(r, confirm, dismiss));
    QVERIFY(service.unconfirmedMatches(r)->isEmpty());
    auto erased = service.eraseLinkedData(r, QStringLiteral("consent_withdrawn"));
    QVERIFY2(erased, qPrintable(erased.message()));
    QCOMPARE(erased->counts.value(QStringLiteral("contact_submissions")), 1);
    QCOMPARE(erased->kept.value(QStringLiteral("dismissed_matches")), 1);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), 1);
    const RightsRequest done = service.get(r).value();
    QCOMPARE(done.keptCounts.value(QStringLiteral("dismissed_matches")), 1);
    const QString en = buildDeletionCertificate(done, QStringLiteral("en"), QStringLiteral("x")).toPlainText();
    QVERIFY(en.contains(QStringLiteral("confirmed as another person's, and were therefore kept: 1")));
    const QString zh = buildDeletionCertificate(done, QStringLiteral("zh_CN"), QStringLiteral("x")).toPlainText();
    QVERIFY(zh.contains(QString::fromUtf8("予以保留的记录：1 条")));

    // A deletion that found nothing says so on its certificate.
    const qint64 empty = requestInProgress(
        service, RequestType::Deletion, QStringLiteral("Nobody"), QStringLiteral("nobody@example.cn"), QString(), {});
    QVERIFY(service.eraseLinkedData(empty, QStringLiteral("consent_withdrawn")));
    const QString none
        = buildDeletionCertificate(service.get(empty).value(), QStringLiteral("en"), QStringLiteral("x")).toPlainText();
    QVERIFY(none.contains(QStringLiteral("No contact submissions were found for the requester")));
}

void TestErasure::certificateStatesBackupRotation()
{
    test::TestVault tv;
    const QString folder = tv.dir() + QStringLiteral("/auto");
    QDir().mkpath(folder);
    const QString base = QFileInfo(tv.path()).completeBaseName();
    // Three automatic backups a day apart before the deletion, one after it.
    const QDateTime deletedAt(QDate(2026, 3, 10), QTime(12, 0));
    for (const char* stamp : { "20260305-120000", "20260306-120000", "20260307-120000", "20260311-120000" }) {
        QFile f(QDir(folder).filePath(base + QLatin1Char('-') + QLatin1String(stamp) + QStringLiteral(".cdvault")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const BackupExposure e = AutoBackup::exposure(folder, tv.path(), 5, deletedAt.toUTC());
    QVERIFY(e.automatic);
    QCOMPARE(e.holding, 3);
    QCOMPARE(e.remainingBackups, 4); // keep 5, one newer backup exists already
    QCOMPARE(e.lastHoldingAt.toLocalTime().date(), QDate(2026, 3, 7));
    QVERIFY(e.estimatedExpiry.isValid());

    RequestService service(tv.vault());
    const qint64 r = requestInProgress(
        service, RequestType::Deletion, QStringLiteral("Rot"), QStringLiteral("rot@example.cn"), QString(), {});
    QVERIFY(service.eraseLinkedData(r, QStringLiteral("consent_withdrawn")));
    const QString text
        = buildDeletionCertificate(service.get(r).value(), QStringLiteral("en"), QStringLiteral("x"), &e).toPlainText();
    QVERIFY(text.contains(QStringLiteral("3 automatic backup(s) made before the deletion still hold")));
    QVERIFY(text.contains(QStringLiteral("keeps the newest 5")));
    QVERIFY(text.contains(QStringLiteral("after 4 more automatic backup(s)")));
    QVERIFY(text.contains(QStringLiteral("erasure ledger")));
    const BackupExposure none = AutoBackup::exposure(folder, tv.path(), 5, QDateTime(QDate(2026, 3, 1), QTime(0, 0)));
    QCOMPARE(none.holding, 0);
    const QString clean
        = buildDeletionCertificate(service.get(r).value(), QStringLiteral("en"), QStringLiteral("x"), &none)
              .toPlainText();
    QVERIFY(clean.contains(QStringLiteral("No automatic backup made before the deletion remains")));
}

QTEST_GUILESS_MAIN(TestErasure)

namespace {

// What a cancelled change must leave as it was: rows, the erasure ledger and the audit log.
QList<qint64> vaultCounts(Database& db)
{
    QList<qint64> out;
    for (const char* sql : { "SELECT count(*) FROM submissions", "SELECT count(*) FROM requests WHERE erased = 1",
             "SELECT count(*) FROM request_links", "SELECT count(*) FROM erasure_ledger",
             "SELECT count(*) FROM erasure_ledger_records", "SELECT count(*) FROM audit_log",
             "SELECT total FROM submission_stats WHERE id = 1" }) {
        out << Statement::scalarInt(db, sql);
    }
    return out;
}

} // namespace

void TestErasure::cancelledFulfilmentChangesNothing_data()
{
    QTest::addColumn<bool>("atStart");
    QTest::newRow("before the first record") << true;
    QTest::newRow("after the last record") << false;
}

void TestErasure::cancelledFulfilmentChangesNothing()
{
    QFETCH(bool, atStart);
    test::TestVault tv;
    const QString name = QStringLiteral("Cancel Person");
    const QString email = QStringLiteral("cancel.person@example.cn");
    const QString phone = QStringLiteral("13955558888");
    const qint64 first = addSubmission(tv.vault(), name, phone, email, QStringLiteral("first"));
    const qint64 second = addSubmission(tv.vault(), name, QString(), email, QStringLiteral("second"));
    RequestService service(tv.vault());
    const qint64 deletion = requestInProgress(service, RequestType::Deletion, name, email, phone, { first, second });
    const QList<qint64> before = vaultCounts(tv.db());

    std::atomic_bool cancel { false };
    QList<qint64> reported;
    WorkControl control;
    control.cancel = &cancel;
    control.progress = [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(2));
        reported << done;
        if (atStart || done == total) {
            cancel = true; // the user presses Cancel while this step runs
        }
    };
    auto cancelled = service.eraseLinkedData(deletion, QStringLiteral("consent_withdrawn"), control);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QCOMPARE(reported.last(), atStart ? qint64(0) : qint64(2));
    QCOMPARE(vaultCounts(tv.db()), before);
    auto r = service.get(deletion);
    QVERIFY(r);
    QCOMPARE(r->state, RequestState::InProgress);
    QCOMPARE(r->requesterName, name);
    QVERIFY(!r->fulfilledAt.isValid());
    AuditFilter f;
    f.action = QStringLiteral("request.erase");
    QVERIFY(AuditLog::list(tv.db(), f, 0, 10).isEmpty());

    // Not cancelled, the same deletion completes as before.
    cancel = false;
    control.progress = {};
    auto erased = service.eraseLinkedData(deletion, QStringLiteral("consent_withdrawn"), control);
    QVERIFY2(erased, qPrintable(erased.message()));
    QCOMPARE(erased->counts.value(QStringLiteral("contact_submissions")), 2);
    QCOMPARE(service.get(deletion)->state, RequestState::Completed);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), before.at(0) - 2);
    QCOMPARE(AuditLog::list(tv.db(), f, 0, 10).size(), 1);
}

void TestErasure::cancelledRestoreLeavesTheVault()
{
    // Cancel is honoured while the backup is checked, copied and prepared; the vault stays open
    // and unchanged and no copy is left beside it. Not cancelled, the restore replaces the vault.
    test::TestVault tv;
    addSubmission(tv.vault(), QStringLiteral("Before Backup"), QStringLiteral("13800003333"),
        QStringLiteral("before@example.cn"), QStringLiteral("in the backup"));
    const QString backup = tv.dir() + QStringLiteral("/restore-me.cdvault");
    QVERIFY(tv.vault().backup(backup));
    addSubmission(tv.vault(), QStringLiteral("After Backup"), QStringLiteral("13800004444"),
        QStringLiteral("after@example.cn"), QStringLiteral("only in the vault"));
    const QList<qint64> before = vaultCounts(tv.db());
    const auto besideTheVault = [&] {
        QStringList names = QDir(tv.dir()).entryList(QDir::Files | QDir::Hidden);
        names.sort();
        return names;
    };
    const QStringList files = besideTheVault();

    std::atomic_bool cancel { false };
    bool copied = false;
    int replacing = 0;
    RestoreControl control;
    control.cancel = &cancel;
    control.replacing = [&] { ++replacing; };
    const RestoreStep cancelWhilePreparing
        = [&](const QString&, const VaultKey&, const QString& copyPath, const VaultKey&, BackupReport&) -> Status {
        copied = QFile::exists(copyPath);
        cancel = true; // the user presses Cancel while the copy is being prepared
        return {};
    };
    auto cancelled = tv.vault().restore(backup, test::TestVault::key(), cancelWhilePreparing, control);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.code(), ErrorCode::Cancelled);
    QVERIFY(copied);
    QCOMPARE(replacing, 0);
    QVERIFY(tv.vault().isOpen());
    QCOMPARE(vaultCounts(tv.db()), before);
    QCOMPARE(besideTheVault(), files);
    AuditFilter f;
    f.action = QStringLiteral("vault.restore");
    QVERIFY(AuditLog::list(tv.db(), f, 0, 10).isEmpty());

    // Cancel asked for before the restore even starts copying: the same.
    auto early = VaultMaintenance::restore(tv.vault(), backup, test::TestVault::key(), control);
    QCOMPARE(early.code(), ErrorCode::Cancelled);
    QVERIFY(tv.vault().isOpen());
    QCOMPARE(besideTheVault(), files);

    cancel = false;
    auto restored = VaultMaintenance::restore(tv.vault(), backup, test::TestVault::key(), control);
    QVERIFY2(restored, qPrintable(restored.message()));
    QCOMPARE(replacing, 1);
    QVERIFY(!tv.vault().isOpen());
    tv.reopen();
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), before.at(0) - 1);
    QCOMPARE(AuditLog::list(tv.db(), f, 0, 10).size(), 1);
}

#include "tst_erasure.moc"
