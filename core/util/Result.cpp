#include "Result.h"

namespace cd {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("ok");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    case ErrorCode::NotAVault: return QStringLiteral("not-a-vault");
    case ErrorCode::Damaged: return QStringLiteral("damaged");
    case ErrorCode::TooNew: return QStringLiteral("vault-too-new");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::ReadOnly: return QStringLiteral("read-only");
    case ErrorCode::InUse: return QStringLiteral("in-use");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::NoCipher: return QStringLiteral("no-encryption");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::NotAllowed: return QStringLiteral("not-allowed");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Io: return QStringLiteral("io-error");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Internal: return QStringLiteral("internal-error");
    }
    return QStringLiteral("unknown");
}

} // namespace cd
