#include "RequestTypes.h"

#include "WorkingDayCalendar.h"
#include "util/EnumTable.h"
#include "util/Languages.h"

#include <QCoreApplication>

namespace cd::requests {

namespace {

const EnumEntry<RequestType> kTypes[] = {
    { RequestType::Access, "access", QT_TRANSLATE_NOOP("cd::Requests", "Access / copy") },
    { RequestType::Correction, "correction", QT_TRANSLATE_NOOP("cd::Requests", "Correction") },
    { RequestType::Deletion, "deletion", QT_TRANSLATE_NOOP("cd::Requests", "Deletion") },
    { RequestType::Cancellation, "cancellation", QT_TRANSLATE_NOOP("cd::Requests", "Account cancellation") },
    { RequestType::ConsentWithdrawal, "withdrawal", QT_TRANSLATE_NOOP("cd::Requests", "Consent withdrawal") },
    { RequestType::Portability, "portability", QT_TRANSLATE_NOOP("cd::Requests", "Portability") },
    { RequestType::Other, "other", QT_TRANSLATE_NOOP("cd::Requests", "Other") },
};

const EnumEntry<RequestState> kStates[] = {
    { RequestState::Received, "received", QT_TRANSLATE_NOOP("cd::Requests", "Received") },
    { RequestState::Verification, "verification", QT_TRANSLATE_NOOP("cd::Requests", "Identity verification") },
    { RequestState::InProgress, "in_progress", QT_TRANSLATE_NOOP("cd::Requests", "In progress") },
    { RequestState::Waiting, "waiting", QT_TRANSLATE_NOOP("cd::Requests", "Waiting for requester") },
    { RequestState::Completed, "completed", QT_TRANSLATE_NOOP("cd::Requests", "Completed") },
    { RequestState::Rejected, "rejected", QT_TRANSLATE_NOOP("cd::Requests", "Rejected") },
    { RequestState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("cd::Requests", "Withdrawn") },
};

const EnumEntry<Channel> kChannels[] = {
    { Channel::Email, "email", QT_TRANSLATE_NOOP("cd::Requests", "Email") },
    { Channel::Phone, "phone", QT_TRANSLATE_NOOP("cd::Requests", "Phone") },
    { Channel::Letter, "letter", QT_TRANSLATE_NOOP("cd::Requests", "Letter") },
    { Channel::Website, "website", QT_TRANSLATE_NOOP("cd::Requests", "Website") },
    { Channel::InPerson, "in_person", QT_TRANSLATE_NOOP("cd::Requests", "In person") },
};

const EnumEntry<OnBehalf> kOnBehalf[] = {
    { OnBehalf::Self, "self", QT_TRANSLATE_NOOP("cd::Requests", "The person themselves") },
    { OnBehalf::Guardian, "guardian", QT_TRANSLATE_NOOP("cd::Requests", "Guardian") },
    { OnBehalf::Agent, "agent", QT_TRANSLATE_NOOP("cd::Requests", "Authorised agent") },
};

const EnumTable<RequestType> kTypeTable { "cd::Requests", kTypes };
const EnumTable<RequestState> kStateTable { "cd::Requests", kStates };
const EnumTable<Channel> kChannelTable { "cd::Requests", kChannels };
const EnumTable<OnBehalf> kOnBehalfTable { "cd::Requests", kOnBehalf };

template <typename E> QList<E> valuesOf(const EnumTable<E>& table)
{
    QList<E> out;
    for (const auto& e : table) {
        out.append(e.value);
    }
    return out;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("cd::Requests", text);
}

} // namespace

QList<RequestType> allTypes()
{
    return valuesOf(kTypeTable);
}
QList<RequestState> allStates()
{
    return valuesOf(kStateTable);
}
QList<Channel> allChannels()
{
    return valuesOf(kChannelTable);
}
QList<OnBehalf> allOnBehalf()
{
    return valuesOf(kOnBehalfTable);
}

QString key(RequestType v)
{
    return kTypeTable.keyOf(v);
}
QString key(RequestState v)
{
    return kStateTable.keyOf(v);
}
QString key(Channel v)
{
    return kChannelTable.keyOf(v);
}
QString key(OnBehalf v)
{
    return kOnBehalfTable.keyOf(v);
}
bool fromKey(const QString& k, RequestType* out)
{
    return kTypeTable.fromKey(k, out);
}
bool fromKey(const QString& k, RequestState* out)
{
    return kStateTable.fromKey(k, out);
}
bool fromKey(const QString& k, Channel* out)
{
    return kChannelTable.fromKey(k, out);
}
bool fromKey(const QString& k, OnBehalf* out)
{
    return kOnBehalfTable.fromKey(k, out);
}
QString displayName(RequestType v)
{
    return kTypeTable.displayName(v);
}
QString displayName(RequestState v)
{
    return kStateTable.displayName(v);
}
QString displayName(Channel v)
{
    return kChannelTable.displayName(v);
}
QString displayName(OnBehalf v)
{
    return kOnBehalfTable.displayName(v);
}

bool isTerminal(RequestState state)
{
    return state == RequestState::Completed || state == RequestState::Rejected || state == RequestState::Withdrawn;
}

bool isOpen(RequestState state)
{
    return !isTerminal(state);
}

bool isErasure(RequestType type)
{
    return type == RequestType::Deletion || type == RequestType::Cancellation;
}

bool isDataPackage(RequestType type)
{
    return type == RequestType::Access || type == RequestType::Portability;
}

bool isTransitionAllowed(RequestState from, RequestState to)
{
    return allowedTransitions(from).contains(to);
}

QList<RequestState> allowedTransitions(RequestState from)
{
    using S = RequestState;
    switch (from) {
    case S::Received: return { S::Verification, S::Rejected, S::Withdrawn };
    case S::Verification: return { S::InProgress, S::Waiting, S::Rejected, S::Withdrawn };
    case S::InProgress: return { S::Completed, S::Waiting, S::Rejected, S::Withdrawn };
    // A pause returns to where it came from; the service checks which one that was.
    case S::Waiting: return { S::Verification, S::InProgress, S::Rejected, S::Withdrawn };
    case S::Completed:
    case S::Rejected:
    case S::Withdrawn: return {};
    }
    return {};
}

QString Choice::displayName() const
{
    return translated(english);
}

QString Choice::inLanguage(const QString& language) const
{
    return language == Languages::chinese() ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

QList<Choice> deletionGrounds()
{
    return {
        { QStringLiteral("unlawful_processing"),
            QT_TRANSLATE_NOOP("cd::Requests", "Processing violates laws or administrative regulations"),
            "处理个人信息的行为违反法律法规" },
        { QStringLiteral("no_consent"),
            QT_TRANSLATE_NOOP("cd::Requests", "Collected or used without the person's consent"),
            "未征得个人同意收集、使用个人信息" },
        { QStringLiteral("breach_of_agreement"),
            QT_TRANSLATE_NOOP("cd::Requests", "Processing violates our agreement with the person"),
            "处理个人信息的行为严重违反了与个人的约定" },
        { QStringLiteral("service_ended"),
            QT_TRANSLATE_NOOP("cd::Requests", "We permanently stop providing services to the person"),
            "不再为个人提供产品或服务" },
        { QStringLiteral("purpose_achieved"),
            QT_TRANSLATE_NOOP(
                "cd::Requests", "Purpose achieved, impossible to achieve or no longer needed (PIPL art. 47)"),
            "处理目的已实现、无法实现或者为实现处理目的不再必要（《个人信息保护法》第四十七条）" },
        { QStringLiteral("retention_expired"),
            QT_TRANSLATE_NOOP("cd::Requests", "Retention period has expired (PIPL art. 47)"),
            "保存期限已届满（《个人信息保护法》第四十七条）" },
        { QStringLiteral("consent_withdrawn"),
            QT_TRANSLATE_NOOP("cd::Requests", "The person withdrew consent (PIPL art. 47)"),
            "个人撤回同意（《个人信息保护法》第四十七条）" },
    };
}

QList<Choice> rejectionReasons()
{
    return {
        { QStringLiteral("identity_not_verified"),
            QT_TRANSLATE_NOOP("cd::Requests", "The requester's identity could not be verified"),
            "无法核验请求人的身份" },
        { QStringLiteral("no_authority"),
            QT_TRANSLATE_NOOP("cd::Requests", "The agent or guardian could not show authority to act"),
            "代理人或监护人未能证明其代理权限" },
        { QStringLiteral("legal_obligation"),
            QT_TRANSLATE_NOOP("cd::Requests", "Laws or regulations require us to keep the information"),
            "法律、行政法规规定的保存期限未届满" },
        { QStringLiteral("manifestly_unfounded"),
            QT_TRANSLATE_NOOP("cd::Requests", "The request is manifestly unfounded or excessively repetitive"),
            "请求明显缺乏依据或者过度重复" },
        { QStringLiteral("no_ground"),
            QT_TRANSLATE_NOOP("cd::Requests", "None of the legal grounds for deletion applies"),
            "不符合法定的删除情形" },
        { QStringLiteral("other"), QT_TRANSLATE_NOOP("cd::Requests", "Other reason (see explanation)"),
            "其他原因（见说明）" },
    };
}

QList<Choice> verificationMethods()
{
    return {
        { QStringLiteral("id_document"), QT_TRANSLATE_NOOP("cd::Requests", "Identity document checked"),
            "核验身份证件" },
        { QStringLiteral("registered_email"), QT_TRANSLATE_NOOP("cd::Requests", "Reply from the registered email"),
            "通过登记的电子邮箱确认" },
        { QStringLiteral("sms_code"), QT_TRANSLATE_NOOP("cd::Requests", "SMS code to the registered phone"),
            "向登记手机号发送短信验证码" },
        { QStringLiteral("account_login"), QT_TRANSLATE_NOOP("cd::Requests", "Signed in to the account"),
            "登录账户确认" },
        { QStringLiteral("in_person"), QT_TRANSLATE_NOOP("cd::Requests", "In person"), "当面核验" },
        { QStringLiteral("authority_document"),
            QT_TRANSLATE_NOOP("cd::Requests", "Power of attorney or guardianship document"),
            "授权委托书或监护关系证明" },
    };
}

const Choice* findChoice(const QList<Choice>& choices, const QString& k)
{
    for (const Choice& c : choices) {
        if (c.key == k) {
            return &c;
        }
    }
    return nullptr;
}

bool DeadlineRule::parse(const QString& text, DeadlineRule* out)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2) {
        return false;
    }
    bool ok = false;
    const int amount = parts.at(1).toInt(&ok);
    if (!ok || amount < 1) {
        return false;
    }
    DeadlineRule r;
    r.amount = amount;
    if (parts.at(0) == QLatin1String("working") && amount <= 250) {
        r.kind = Kind::WorkingDays;
    } else if (parts.at(0) == QLatin1String("calendar") && amount <= 366) {
        r.kind = Kind::CalendarDays;
    } else if (parts.at(0) == QLatin1String("months") && amount <= 12) {
        r.kind = Kind::Months;
    } else {
        return false;
    }
    *out = r;
    return true;
}

QString DeadlineRule::toString() const
{
    switch (kind) {
    case Kind::WorkingDays: return QStringLiteral("working:%1").arg(amount);
    case Kind::CalendarDays: return QStringLiteral("calendar:%1").arg(amount);
    case Kind::Months: return QStringLiteral("months:%1").arg(amount);
    }
    return {};
}

QString DeadlineRule::displayName() const
{
    switch (kind) {
    case Kind::WorkingDays: return QCoreApplication::translate("cd::Requests", "%n working day(s)", nullptr, amount);
    case Kind::CalendarDays: return QCoreApplication::translate("cd::Requests", "%n calendar day(s)", nullptr, amount);
    case Kind::Months: return QCoreApplication::translate("cd::Requests", "%n month(s)", nullptr, amount);
    }
    return {};
}

QDate DeadlineRule::dueDate(const QDate& received, const WorkingDayCalendar& calendar, int extensionMonths) const
{
    if (!received.isValid()) {
        return {};
    }
    switch (kind) {
    case Kind::WorkingDays: return calendar.addWorkingDays(received, amount);
    case Kind::CalendarDays: return received.addDays(amount);
    case Kind::Months: return received.addMonths(amount + qBound(0, extensionMonths, maxExtensionMonths));
    }
    return {};
}

} // namespace cd::requests
