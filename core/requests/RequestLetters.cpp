// Letters to requesters: the outcomes, the stored templates and the built-in defaults.
#include "RequestService.h"
#include "RequestStore.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "contacts/ContactNormalizer.h"
#include "storage/Statement.h"
#include "submissions/ErasureLedger.h"
#include "submissions/SearchIndex.h"
#include "submissions/SubmissionErasure.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace cd::requests {

using namespace store;

QStringList RequestService::letterOutcomes()
{
    return { QStringLiteral("completed_access"), QStringLiteral("completed_correction"),
        QStringLiteral("completed_deletion"), QStringLiteral("completed_other"), QStringLiteral("rejected"),
        QStringLiteral("withdrawn") };
}

QString RequestService::letterTemplate(const QString& outcome, const QString& language)
{
    // A template that cannot be read is the bundled one, as for an office that never changed it.
    const Result<QString> stored = m_vault.readResult(Permission::Read, [&](ReadTx& tx) {
        Statement q(tx.db(), "SELECT body FROM request_letter_templates WHERE outcome = ? AND language = ?");
        q.bind(1, outcome).bind(2, language);
        return q.next() ? q.text(0) : QString();
    });
    if (!stored || stored.value().trimmed().isEmpty()) {
        return defaultLetterTemplate(outcome, language);
    }
    return stored.value();
}

Status RequestService::setLetterTemplate(const QString& outcome, const QString& language, const QString& body)
{
    if (Status s = m_vault.require(Permission::ManageSettings); !s) {
        return s;
    }
    if (!letterOutcomes().contains(outcome) || !Languages::isSupported(language)) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("Unknown letter template.") };
    }
    return m_vault.write(Permission::ManageSettings, [&](WriteTx& tx) {
        Database& db = tx.db();
        if (body.trimmed().isEmpty()) {
            Statement del(db, "DELETE FROM request_letter_templates WHERE outcome = ? AND language = ?");
            del.bind(1, outcome).bind(2, language).exec();
        } else {
            Statement ins(
                db, "INSERT OR REPLACE INTO request_letter_templates (outcome, language, body) VALUES (?, ?, ?)");
            ins.bind(1, outcome).bind(2, language).bind(3, body.left(20000)).exec();
        }
        tx.audit({ QStringLiteral("request.letter_template"), QStringLiteral("letter_template"),
            outcome + QLatin1Char('.') + language, { QStringLiteral("body") }, {} });
    });
}

QString RequestService::defaultLetterTemplate(const QString& outcome, const QString& language)
{
    const bool zh = language == Languages::chinese();
    if (outcome == QLatin1String("completed_access")) {
        return zh ? QString::fromUtf8(
                   "您于{received}提出的{type}请求（编号 {number}）已办理完毕。随函附上我们保存的与您有关的"
                   "个人信息副本（PDF 及可机读的 JSON 文件）。")
                  : QStringLiteral("We have completed your %1 request of {received} (reference {number}). Enclosed is "
                                   "a copy of the personal information we hold about you, as a PDF and as a "
                                   "machine-readable JSON file.")
                        .arg(QStringLiteral("{type}"));
    }
    if (outcome == QLatin1String("completed_correction")) {
        return zh ? QString::fromUtf8(
                   "您于{received}提出的更正请求（编号 {number}）已办理完毕，相关个人信息已按您的要求更正。")
                  : QStringLiteral("We have completed your correction request of {received} (reference {number}). The "
                                   "personal information concerned has been corrected as you asked.");
    }
    if (outcome == QLatin1String("completed_deletion")) {
        return zh
            ? QString::fromUtf8("您于{received}提出的{type}请求（编号 {number}）已办理完毕。依据“{ground}”，我们已删除"
                                "与您有关的个人信息，删除证明随函附上。")
            : QStringLiteral("We have completed your {type} request of {received} (reference {number}). On the "
                             "ground \"{ground}\" we have deleted the personal information we held about you; "
                             "the deletion certificate is enclosed.");
    }
    if (outcome == QLatin1String("completed_other")) {
        return zh ? QString::fromUtf8("您于{received}提出的{type}请求（编号 {number}）已办理完毕。")
                  : QStringLiteral("We have completed your {type} request of {received} (reference {number}).");
    }
    if (outcome == QLatin1String("rejected")) {
        return zh ? QString::fromUtf8(
                   "经审查，我们无法满足您于{received}提出的{type}请求（编号 {number}）。\n理由：{reason}\n"
                   "说明：{explanation}\n如您对本决定有异议，可以向履行个人信息保护职责的部门投诉、举报，"
                   "或者依法向人民法院提起诉讼（《中华人民共和国个人信息保护法》第五十条）。")
                  : QStringLiteral("After review we cannot grant your {type} request of {received} (reference "
                                   "{number}).\nReason: {reason}\nExplanation: {explanation}\nIf you disagree with "
                                   "this decision, you may complain to the authorities responsible for personal "
                                   "information protection or bring a lawsuit before a people's court (Personal "
                                   "Information Protection Law of the PRC, art. 50).");
    }
    if (outcome == QLatin1String("withdrawn")) {
        return zh ? QString::fromUtf8("我们确认您已撤回于{received}提出的{type}请求（编号 {number}），本请求已结案。")
                  : QStringLiteral("We confirm that you withdrew your {type} request of {received} (reference "
                                   "{number}); the request is closed.");
    }
    return {};
}

} // namespace cd::requests
