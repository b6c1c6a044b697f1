#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Vault;
class Database;

struct Attachment {
    qint64 id = 0;
    QString ownerType; // "request", "control", "disclosure", "incident", …
    qint64 ownerId = 0;
    QString name;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // hex
    qint64 addedBy = 0;
    QString addedByName;
    QDateTime addedAt;
};

// Files kept inside the encrypted vault (never beside it): request attachments, ISO evidence,
// register documents. Adding and removing are audited by name and hash, never content.
class AttachmentStore
{
public:
    explicit AttachmentStore(Vault& vault);

    static constexpr qint64 maximumSize = 64 * 1024 * 1024;

    Result<Attachment> addFile(const QString& ownerType, qint64 ownerId, const QString& filePath);
    Result<Attachment> addData(const QString& ownerType, qint64 ownerId, const QString& name, const QByteArray& data,
        const QString& mimeType = {});
    Result<QList<Attachment>> list(const QString& ownerType, qint64 ownerId);
    Result<QByteArray> data(qint64 id); // checks the stored SHA-256 before returning
    Status saveAs(qint64 id, const QString& path);
    Status remove(qint64 id);
    // Inside a caller's transaction: removes every attachment of a record (used when records
    // are deleted).
    static int removeAllFor(Database& db, const QString& ownerType, qint64 ownerId);

private:
    Vault& m_vault;
};

} // namespace cd
