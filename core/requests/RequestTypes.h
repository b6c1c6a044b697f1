#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

class WorkingDayCalendar;

namespace requests {

// The rights of policy section 二.4 and PIPL arts. 44-47.
enum class RequestType { Access, Correction, Deletion, Cancellation, ConsentWithdrawal, Portability, Other };
enum class RequestState { Received, Verification, InProgress, Waiting, Completed, Rejected, Withdrawn };
enum class Channel { Email, Phone, Letter, Website, InPerson };
enum class OnBehalf { Self, Guardian, Agent };

QList<RequestType> allTypes();
QList<RequestState> allStates();
QList<Channel> allChannels();
QList<OnBehalf> allOnBehalf();

// Stable storage and CLI keys.
QString key(RequestType type);
QString key(RequestState state);
QString key(Channel channel);
QString key(OnBehalf onBehalf);
bool fromKey(const QString& key, RequestType* out);
bool fromKey(const QString& key, RequestState* out);
bool fromKey(const QString& key, Channel* out);
bool fromKey(const QString& key, OnBehalf* out);

// Names in the UI language (translation context cd::Requests).
QString displayName(RequestType type);
QString displayName(RequestState state);
QString displayName(Channel channel);
QString displayName(OnBehalf onBehalf);

bool isTerminal(RequestState state);
bool isOpen(RequestState state);
bool isErasure(RequestType type); // deletion and account cancellation
bool isDataPackage(RequestType type); // access/copy and portability

// The workflow: received → verification → in progress → completed | rejected | withdrawn, with
// "waiting for requester" as a pause from verification or in progress. Preconditions
// (verification before completion, a reason for rejection) are checked by the service.
bool isTransitionAllowed(RequestState from, RequestState to);
QList<RequestState> allowedTransitions(RequestState from);

// A keyed choice with a name in the UI language and fixed names in both letter languages.
struct Choice {
    QString key;
    const char* english;
    const char* chinese;
    QString displayName() const; // UI language
    QString inLanguage(const QString& language) const;
};

// Deletion grounds: the policy's four (二.4.3) and PIPL art. 47's.
QList<Choice> deletionGrounds();
QList<Choice> rejectionReasons();
QList<Choice> verificationMethods();
const Choice* findChoice(const QList<Choice>& choices, const QString& key);

// How the due date follows from the date of receipt. A vault-wide setting.
struct DeadlineRule {
    enum class Kind { WorkingDays, CalendarDays, Months };
    Kind kind = Kind::WorkingDays;
    int amount = 15;

    static constexpr int maxExtensionMonths = 2;
    static DeadlineRule defaultRule() { return {}; }
    static bool parse(const QString& text, DeadlineRule* out); // "working:15", "calendar:30", "months:1"
    QString toString() const;
    QString displayName() const; // "15 working days"
    bool allowsExtension() const { return kind == Kind::Months; }

    // Counting starts the day after receipt. Month rules land on the same day of the month,
    // or the month's last day when it has no such day (31 Jan + 1 month = 28 Feb).
    QDate dueDate(const QDate& received, const WorkingDayCalendar& calendar, int extensionMonths = 0) const;
};

} // namespace requests
} // namespace cd
