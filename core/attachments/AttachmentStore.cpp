#include "AttachmentStore.h"

#include "audit/AuditLog.h"
#include "export/TableExport.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace cd {

namespace {

const char* kSelect = "SELECT a.id, a.owner_type, a.owner_id, a.name, a.mime_type, a.size, a.sha256, a.added_by, "
                      "coalesce(ac.display_name, ''), a.added_at FROM attachments a LEFT JOIN accounts ac ON ac.id = "
                      "a.added_by";

Attachment read(const Statement& s)
{
    Attachment a;
    a.id = s.int64(0);
    a.ownerType = s.text(1);
    a.ownerId = s.int64(2);
    a.name = s.text(3);
    a.mimeType = s.text(4);
    a.size = s.int64(5);
    a.sha256 = s.text(6);
    a.addedBy = s.int64(7);
    a.addedByName = s.text(8);
    a.addedAt = s.dateTime(9);
    return a;
}

} // namespace

AttachmentStore::AttachmentStore(Vault& vault)
    : m_vault(vault)
{
}

Result<Attachment> AttachmentStore::addFile(const QString& ownerType, qint64 ownerId, const QString& filePath)
{
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Attachments", "Cannot read %1: %2").arg(filePath, f.errorString()) };
    }
    if (f.size() > maximumSize) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Attachments", "%1 is larger than %2 MB; attach a smaller file.")
                .arg(QFileInfo(filePath).fileName())
                .arg(maximumSize / (1024 * 1024)) };
    }
    const QByteArray content = f.readAll();
    return addData(ownerType, ownerId, QFileInfo(filePath).fileName(), content,
        QMimeDatabase().mimeTypeForFileNameAndData(filePath, content).name());
}

Result<Attachment> AttachmentStore::addData(
    const QString& ownerType, qint64 ownerId, const QString& name, const QByteArray& data, const QString& mimeType)
{
    if (Status s = m_vault.require(Permission::WriteData); !s) {
        return s;
    }
    if (name.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Attachments", "The file needs a name.") };
    }
    if (data.size() > maximumSize) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate("cd::Attachments", "The file is too large.") };
    }
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    qint64 id = 0;
    const Status s = m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement ins(db,
            "INSERT INTO attachments (owner_type, owner_id, name, mime_type, size, sha256, data, "
            "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ins.bind(1, ownerType)
            .bind(2, ownerId)
            .bind(3, name.trimmed())
            .bindText(4, mimeType)
            .bind(5, qint64(data.size()))
            .bind(6, hash)
            .bind(7, data.isNull() ? QByteArray("") : data)
            .bind(8, m_vault.actor().id)
            .bind(9, Clock::nowUtc())
            .exec();
        id = db.lastInsertId();
        tx.audit({ QStringLiteral("attachment.add"), ownerType, QString::number(ownerId),
            { QStringLiteral("attachment") }, QStringLiteral("attachment=%1 size=%2").arg(id).arg(data.size()) });
    });
    if (!s) {
        return s;
    }
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<Attachment> {
        Statement q(tx.db(), QString::fromLatin1(kSelect) + QStringLiteral(" WHERE a.id = ?"));
        q.bind(1, id);
        if (q.next()) {
            return read(q);
        }
        return Error { ErrorCode::Internal, QStringLiteral("attachment vanished") };
    });
}

Result<QList<Attachment>> AttachmentStore::list(const QString& ownerType, qint64 ownerId)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QList<Attachment>> {
        Statement q(tx.db(),
            QString::fromLatin1(kSelect) + QStringLiteral(" WHERE a.owner_type = ? AND a.owner_id = ? ORDER BY a.id"));
        q.bind(1, ownerType).bind(2, ownerId);
        QList<Attachment> out;
        while (q.next()) {
            out.append(read(q));
        }
        return out;
    });
}

Result<QByteArray> AttachmentStore::data(qint64 id)
{
    return m_vault.readResult(Permission::Read, [&](ReadTx& tx) -> Result<QByteArray> {
        Statement q(tx.db(), "SELECT data, sha256 FROM attachments WHERE id = ?");
        q.bind(1, id);
        if (!q.next()) {
            return Error { ErrorCode::NotFound,
                QCoreApplication::translate("cd::Attachments", "The attachment no longer exists.") };
        }
        const QByteArray content = q.blob(0);
        const QString expected = q.text(1);
        if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != expected) {
            return Error { ErrorCode::Damaged,
                QCoreApplication::translate("cd::Attachments",
                    "The attachment does not match its recorded "
                    "SHA-256 hash; it may have been altered.") };
        }
        return content;
    });
}

Status AttachmentStore::saveAs(qint64 id, const QString& path)
{
    // A file outside the vault is an export of whatever personal data the attachment holds.
    if (Status s = m_vault.require(Permission::ExportPersonalData); !s) {
        return s;
    }
    auto content = data(id);
    if (!content) {
        return content.status();
    }
    QSaveFile out(path);
    const auto failed = [&] {
        return Error { ErrorCode::Io,
            QCoreApplication::translate("cd::Attachments", "Could not write %1: %2").arg(path, out.errorString()) };
    };
    if (!out.open(QIODevice::WriteOnly) || !TableExport::restrictToOwner(out)
        || out.write(content.value()) != content->size()) {
        return failed();
    }
    // On record before the file appears; no entry, no file.
    const Status audited = m_vault.write(Permission::ExportPersonalData, [&](WriteTx& tx) {
        tx.audit({ QStringLiteral("attachment.export"), QStringLiteral("attachment"), QString::number(id), {},
            QStringLiteral("size=%1").arg(content->size()) });
    });
    if (!audited) {
        out.cancelWriting();
        return audited;
    }
    if (!out.commit()) {
        return failed();
    }
    return {};
}

Status AttachmentStore::remove(qint64 id)
{
    return m_vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        Statement q(db, "SELECT owner_type, owner_id, size FROM attachments WHERE id = ?");
        q.bind(1, id);
        if (!q.next()) {
            throw DbException(ErrorCode::NotFound,
                QCoreApplication::translate("cd::Attachments", "The attachment no longer exists."));
        }
        const QString ownerType = q.text(0);
        const qint64 ownerId = q.int64(1);
        const qint64 size = q.int64(2);
        q.reset();
        Statement del(db, "DELETE FROM attachments WHERE id = ?");
        del.bind(1, id).exec();
        // Id and size only: a digest would outlive the file and could confirm a guess of its content.
        tx.audit({ QStringLiteral("attachment.remove"), ownerType, QString::number(ownerId),
            { QStringLiteral("attachment") }, QStringLiteral("attachment=%1 size=%2").arg(id).arg(size) });
    });
}

int AttachmentStore::removeAllFor(Database& db, const QString& ownerType, qint64 ownerId)
{
    Statement del(db, "DELETE FROM attachments WHERE owner_type = ? AND owner_id = ?");
    del.bind(1, ownerType).bind(2, ownerId).exec();
    return db.changes();
}

} // namespace cd
